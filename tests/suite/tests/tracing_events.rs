//! With the `tracing` feature, what a client is not shown still reaches the operator.
#![cfg(any(feature = "axum", feature = "actix-web"))]

use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex};

use http_status::{Status, StatusResponse};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Every event, as `LEVEL field=value ...`.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<String>>>);

struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut line = event.metadata().level().to_string();
        event.record(&mut Line(&mut line));
        self.0.lock().expect("not poisoned").push(line);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("forwarded from upstream: {0}")]
    #[status(transparent)]
    Forwarded(Status),
    #[error("no such user")]
    #[status(404)]
    Missing,
    #[error("could not save the order")]
    #[status(500)]
    Save(#[source] StoreError),
    #[error("down for maintenance")]
    #[status(503, expose)]
    Maintenance,
    #[error("log in")]
    #[status(401)]
    Challenge {
        #[header("WWW-Authenticate")]
        challenge: &'static str,
    },
    #[error(transparent)]
    #[status(transparent)]
    Quiet(Quiet),
    #[error(transparent)]
    #[status(transparent)]
    Flaky(Flaky),
}

/// A hand-written 404 that hides its message.
#[derive(Debug, thiserror::Error)]
#[error("user 7 is in the audit list")]
struct Quiet;

impl StatusResponse for Quiet {
    fn status(&self) -> Status {
        Status::NOT_FOUND
    }
    fn expose_detail(&self) -> bool {
        false
    }
}

impl http_status::problem::Problem for Quiet {}

/// A 500 whose `Display` writes half a message and fails.
#[derive(Debug)]
struct Flaky;

impl fmt::Display for Flaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the store at 10.0.0.7 ")?;
        Err(fmt::Error)
    }
}

impl std::error::Error for Flaky {}

impl StatusResponse for Flaky {
    fn status(&self) -> Status {
        Status::BAD_GATEWAY
    }
}

impl http_status::problem::Problem for Flaky {}

/// A cause with a cause of its own: the event carries the whole chain.
#[derive(Debug, thiserror::Error)]
#[error("the store at 10.0.0.7 refused the write")]
struct StoreError(#[source] std::io::Error);

fn save_error() -> ApiError {
    ApiError::Save(StoreError(std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        "disk is read-only",
    )))
}

fn events_while(f: impl FnOnce()) -> Vec<String> {
    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), f);
    let events = capture.0.lock().expect("not poisoned").clone();
    events
}

#[cfg(feature = "axum")]
fn respond(error: ApiError) -> u16 {
    use axum::response::IntoResponse;
    error.into_response().status().as_u16()
}

#[cfg(all(feature = "actix-web", not(feature = "axum")))]
fn respond(error: ApiError) -> u16 {
    use actix_web::ResponseError;
    error.error_response().status().as_u16()
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_run_time_1xx_is_logged_when_it_becomes_a_500() {
    let mut sent = 0;
    let events = events_while(|| sent = respond(ApiError::Forwarded(Status::CONTINUE)));
    assert_eq!(sent, 500);
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert!(event.starts_with(Level::ERROR.as_str()), "{event}");
    assert!(event.contains("status=100"), "{event}");
    assert!(
        event.contains("error=forwarded from upstream: 100 Continue"),
        "{event}"
    );
    assert!(event.contains("cannot be a final response"), "{event}");
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_hidden_server_error_is_logged_with_its_message_and_source_chain() {
    let mut sent = 0;
    let events = events_while(|| sent = respond(save_error()));
    assert_eq!(sent, 500);
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert!(event.starts_with(Level::ERROR.as_str()), "{event}");
    assert!(event.contains("status=500"), "{event}");
    assert!(event.contains("error=could not save the order"), "{event}");
    assert!(
        event.contains(
            r#"sources=["the store at 10.0.0.7 refused the write", "disk is read-only"]"#
        ),
        "{event}"
    );
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn an_exposed_server_error_is_the_clients_to_read_and_logs_nothing() {
    let mut sent = 0;
    let events = events_while(|| sent = respond(ApiError::Maintenance));
    assert_eq!(sent, 503);
    assert!(events.is_empty(), "{events:?}");
}

/// For a middleware: the hidden message rides along in the response's extensions.
#[cfg(feature = "axum")]
#[test]
fn an_axum_response_carries_the_hidden_message_in_its_extensions() {
    use axum::response::IntoResponse;
    use http_status::problem::ErrorMessage;

    let mut response = None;
    events_while(|| response = Some(save_error().into_response()));
    let response = response.unwrap();
    let hidden = response
        .extensions()
        .get::<ErrorMessage>()
        .expect("a hidden 5xx carries its message");
    assert_eq!(hidden.status, Status::INTERNAL_SERVER_ERROR);
    assert_eq!(hidden.message, "could not save the order");
    assert_eq!(
        hidden.sources,
        [
            "the store at 10.0.0.7 refused the write",
            "disk is read-only"
        ]
    );
    let shown = ApiError::Missing.into_response();
    assert!(shown.extensions().get::<ErrorMessage>().is_none());
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn an_ordinary_response_logs_nothing() {
    let mut sent = 0;
    let events = events_while(|| sent = respond(ApiError::Missing));
    assert_eq!(sent, 404);
    assert!(events.is_empty(), "{events:?}");
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_status_outside_100_to_599_is_logged_when_it_becomes_a_500() {
    let mut sent = 0;
    let beyond = Status::from_u16(600).expect("a Status holds 600");
    let events = events_while(|| sent = respond(ApiError::Forwarded(beyond)));
    assert_eq!(sent, 500);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].contains("status=600"), "{}", events[0]);
    assert!(
        events[0].contains("600 is no HTTP status (a status is 100 to 599, RFC 9110, Section 15)"),
        "{}",
        events[0]
    );
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_must_header_left_out_at_run_time_is_logged() {
    let mut sent = 0;
    let bad = ApiError::Challenge {
        challenge: "Bearer\r\nX: y",
    };
    let events = events_while(|| sent = respond(bad));
    assert_eq!(sent, 401);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains("a 401 response must carry WWW-Authenticate"),
        "{}",
        events[0]
    );
    let response = http_status::problem::to_response(&ApiError::Challenge {
        challenge: "Bearer\r\nX: y",
    });
    let told = response
        .extensions()
        .get::<http_status::problem::ErrorMessage>()
        .expect("the operator is told");
    assert_eq!(told.missing_headers, ["WWW-Authenticate"]);
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_hidden_client_error_is_called_what_it_is() {
    let events = events_while(|| {
        respond(ApiError::Quiet(Quiet));
    });
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains("404 client error: its message was not shown"),
        "{}",
        events[0]
    );
    assert!(!events[0].contains("server error"), "{}", events[0]);
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
#[test]
fn a_display_that_fails_part_way_keeps_what_it_wrote() {
    let events = events_while(|| {
        respond(ApiError::Flaky(Flaky));
    });
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains("error=the store at 10.0.0.7 "),
        "{}",
        events[0]
    );
    let response = http_status::problem::to_response(&ApiError::Flaky(Flaky));
    let told = response
        .extensions()
        .get::<http_status::problem::ErrorMessage>()
        .expect("kept");
    assert_eq!(told.message, "the store at 10.0.0.7 ");
    assert!(told.display_failed);
}

/// Behind the problem layer, an inner service's 5xx text is logged as a derived hidden 5xx's
/// message is, once; a 4xx's text is the client's and logs nothing.
#[cfg(feature = "axum")]
#[test]
fn the_layer_logs_an_inner_server_errors_text_once() {
    use axum::http::StatusCode;
    use axum::routing::get;
    use tower::ServiceExt as _;

    let app = axum::Router::new()
        .route(
            "/upstream",
            get(|| async { (StatusCode::BAD_GATEWAY, "upstream 10.1.2.3 refused") }),
        )
        .route(
            "/bad",
            get(|| async { (StatusCode::BAD_REQUEST, "the id is not a number") }),
        )
        .layer(http_status::layer::ProblemLayer::new());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let call = |path: &'static str| {
        let app = app.clone();
        let mut status = 0;
        let events = events_while(|| {
            let request = http::Request::builder()
                .uri(path)
                .body(axum::body::Body::empty())
                .expect("a request");
            let response = runtime.block_on(app.oneshot(request)).expect("infallible");
            status = response.status().as_u16();
        });
        (status, events)
    };
    let (status, events) = call("/upstream");
    assert_eq!(status, 502);
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert!(event.starts_with(Level::ERROR.as_str()), "{event}");
    assert!(event.contains("status=502"), "{event}");
    assert!(event.contains("error=upstream 10.1.2.3 refused"), "{event}");
    let (status, events) = call("/bad");
    assert_eq!(status, 400);
    assert!(events.is_empty(), "{events:?}");
}

/// A generic type's `source()` is read from the field thiserror makes its source: `#[source]`,
/// `#[from]`, a field named `source`, and `#[error(transparent)]`'s inner `source()`.
#[cfg(feature = "axum")]
#[test]
fn a_generic_error_keeps_its_source_chain() {
    use axum::response::IntoResponse;
    use http_status::problem::ErrorMessage;

    #[derive(Debug, thiserror::Error)]
    #[error("disk is read-only")]
    struct Disk;

    #[derive(Debug, thiserror::Error)]
    #[error("the store refused the write")]
    struct Store(#[source] Disk);

    #[derive(Debug, thiserror::Error, StatusResponse)]
    #[status(500)]
    enum Generic<E: std::error::Error + 'static> {
        #[error("could not save")]
        Marked(#[source] E),
        #[error("could not load")]
        Named {
            source: Box<dyn std::error::Error + Send + Sync>,
        },
        #[error(transparent)]
        Transparent(E),
        #[error("no source")]
        Plain(u8),
    }

    // Inside a subscriber, as every test here: a callsite first hit with none can cache
    // "never" while another test's scoped subscriber is being set up, and lose its event.
    let sources = |error: Generic<Store>| {
        let mut sources = Vec::new();
        let events = events_while(|| {
            let response = error.into_response();
            sources = response
                .extensions()
                .get::<ErrorMessage>()
                .unwrap()
                .sources
                .clone();
        });
        assert_eq!(events.len(), 1, "{events:?}");
        sources
    };
    assert_eq!(
        sources(Generic::Marked(Store(Disk))),
        ["the store refused the write", "disk is read-only"]
    );
    assert_eq!(
        sources(Generic::Named {
            source: Box::new(Disk)
        }),
        ["disk is read-only"]
    );
    // Transparent: the inner error's own `source()`, as thiserror's `source()` forwards.
    assert_eq!(
        sources(Generic::Transparent(Store(Disk))),
        ["disk is read-only"]
    );
    assert!(sources(Generic::Plain(1)).is_empty());
}

/// A hidden message that counts how often it is rendered, each test with its own counter.
#[cfg(any(feature = "poem", feature = "rocket"))]
#[derive(Debug)]
struct Counted(&'static std::sync::atomic::AtomicUsize);

#[cfg(any(feature = "poem", feature = "rocket"))]
impl fmt::Display for Counted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        f.write_str("the ledger at 10.0.0.9 is locked")
    }
}

#[cfg(any(feature = "poem", feature = "rocket"))]
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Ledger {
    #[error("{0}")]
    #[status(500)]
    Locked(Counted),
}

/// poem replaces a response's extensions with its `Error`'s, so its response carries no
/// `ErrorMessage`; the event is the operator's way to the message there, and it is logged.
#[cfg(feature = "poem")]
#[test]
fn poem_logs_a_hidden_server_error_as_the_other_frameworks_do() {
    use poem::error::ResponseError as _;

    let mut sent = 0;
    let events = events_while(|| sent = save_error().as_response().status().as_u16());
    assert_eq!(sent, 500);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains("error=could not save the order"),
        "{}",
        events[0]
    );
}

/// With no subscriber listening, poem's response renders no hidden message at all: nothing
/// would read it. A response that keeps its extensions renders it once, for `ErrorMessage`.
#[cfg(feature = "poem")]
#[test]
fn poem_renders_a_hidden_message_only_for_a_listener() {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use poem::error::ResponseError as _;

    static RENDERED: AtomicUsize = AtomicUsize::new(0);
    let locked = || Ledger::Locked(Counted(&RENDERED));

    let response = locked().as_response();
    assert_eq!(response.status().as_u16(), 500);
    assert_eq!(RENDERED.load(Ordering::SeqCst), 0);
    let kept = http_status::problem::to_response(&locked());
    assert!(kept
        .extensions()
        .get::<http_status::problem::ErrorMessage>()
        .is_some());
    assert_eq!(RENDERED.load(Ordering::SeqCst), 1);
    // And with a listener, poem's renders it for the event.
    let events = events_while(|| drop(locked().as_response()));
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(RENDERED.load(Ordering::SeqCst), 2);
}

/// A Rocket response has no extensions, so, as in poem, the event is the operator's way to a
/// hidden message: it is logged with a listener, and not rendered at all without one.
#[cfg(feature = "rocket")]
#[test]
fn rocket_logs_a_hidden_server_error_and_renders_it_only_for_a_listener() {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use rocket::response::Responder as _;

    static RENDERED: AtomicUsize = AtomicUsize::new(0);
    let locked = || Ledger::Locked(Counted(&RENDERED));

    let config = rocket::Config {
        log_level: rocket::config::LogLevel::Off,
        ..rocket::Config::debug_default()
    };
    let client =
        rocket::local::blocking::Client::untracked(rocket::custom(config)).expect("a client");
    let request = client.get("/");
    let status = |response: rocket::response::Result<'_>| match response {
        Ok(response) => response.status().code,
        Err(status) => status.code,
    };
    assert_eq!(status(locked().respond_to(&request)), 500);
    assert_eq!(RENDERED.load(Ordering::SeqCst), 0);
    let events = events_while(|| {
        assert_eq!(status(locked().respond_to(&request)), 500);
    });
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains("error=the ledger at 10.0.0.9 is locked"),
        "{}",
        events[0]
    );
    assert_eq!(RENDERED.load(Ordering::SeqCst), 1);
}
