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
fn an_ordinary_response_logs_nothing() {
    let mut sent = 0;
    let events = events_while(|| sent = respond(ApiError::Missing));
    assert_eq!(sent, 404);
    assert!(events.is_empty(), "{events:?}");
}
