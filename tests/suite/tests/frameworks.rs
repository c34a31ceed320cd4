//! poem 3, salvo 1 and Rocket 0.5 serve the routes the axum and actix-web tests serve, from the
//! same derived enum, each on 127.0.0.1:0 behind a real HTTP client; then every route of every
//! framework is compared byte for byte against axum's, and the differences each framework
//! cannot avoid are stated.
//!
//! One test binary for the three, so that CI links them once.

mod common;

// salvo-oapi's and poem-openapi's documents of the derive, in this binary so that each
// framework is linked once.
#[path = "frameworks/poem_openapi.rs"]
mod poem_openapi;
#[path = "frameworks/salvo_oapi.rs"]
mod salvo_oapi;

use std::collections::BTreeMap;
use std::net::SocketAddr;

use common::{ApiError, Framework, MakeError, ROUTES};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// salvo and Rocket see the request in their response traits, so a derived error negotiates
/// there as the problem layer does; the status line says the registry's phrase in salvo.
const SALVO: Framework = Framework {
    registry_phrase: true,
    negotiates: true,
};

/// poem replaces a response's extensions with its `Error`'s on the way out, and Rocket 0.5 has
/// no way to set a reason phrase: both status lines say the `http` crate's phrase.
const POEM: Framework = Framework {
    registry_phrase: false,
    negotiates: false,
};

const ROCKET: Framework = Framework {
    registry_phrase: false,
    negotiates: true,
};

async fn axum_server() -> SocketAddr {
    let mut app = axum::Router::new();
    for (path, make) in ROUTES {
        app = app.route(
            path,
            axum::routing::get(move || async move { Err::<String, ApiError>(make()) }),
        );
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

async fn poem_server() -> SocketAddr {
    use poem::endpoint::make_sync;
    use poem::listener::{Acceptor as _, Listener as _};

    let mut app = poem::Route::new();
    for (path, make) in ROUTES {
        app = app.at(
            path,
            poem::get(make_sync(move |_| Err::<String, ApiError>(make()))),
        );
    }
    let acceptor = poem::listener::TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .expect("bind");
    let addr = acceptor
        .local_addr()
        .into_iter()
        .find_map(|a| a.as_socket_addr().copied())
        .expect("a TCP address");
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(app));
    addr
}

/// A salvo handler for one route: what a `#[handler]` returning `Result<String, ApiError>`
/// does, for a route chosen at run time.
struct SalvoRoute(MakeError);

#[salvo::async_trait]
impl salvo::Handler for SalvoRoute {
    async fn handle(
        &self,
        req: &mut salvo::Request,
        depot: &mut salvo::Depot,
        res: &mut salvo::Response,
        _ctrl: &mut salvo::FlowCtrl,
    ) {
        use salvo::Writer as _;
        Err::<String, ApiError>((self.0)())
            .write(req, depot, res)
            .await;
    }
}

/// Serves `router` with salvo on 127.0.0.1:0.
async fn serve_salvo(router: salvo::Router) -> SocketAddr {
    use salvo::conn::{Acceptor as _, Listener as _};

    let acceptor = salvo::conn::TcpListener::new("127.0.0.1:0").bind().await;
    let addr = acceptor.holdings()[0]
        .local_addr
        .clone()
        .into_std()
        .expect("a TCP address");
    tokio::spawn(salvo::Server::new(acceptor).serve(router));
    addr
}

async fn salvo_server() -> SocketAddr {
    let mut router = salvo::Router::new();
    for (path, make) in ROUTES {
        router = router
            .push(salvo::Router::with_path(path.trim_start_matches('/')).get(SalvoRoute(make)));
    }
    serve_salvo(router).await
}

/// A Rocket handler for one route, as a `#[get]` returning `Result<String, ApiError>`.
#[derive(Clone)]
struct RocketRoute(MakeError);

#[rocket::async_trait]
impl rocket::route::Handler for RocketRoute {
    async fn handle<'r>(
        &self,
        request: &'r rocket::Request<'_>,
        _data: rocket::Data<'r>,
    ) -> rocket::route::Outcome<'r> {
        rocket::route::Outcome::from(request, Err::<String, ApiError>((self.0)()))
    }
}

async fn rocket_server() -> SocketAddr {
    use rocket::fairing::AdHoc;

    let config = rocket::Config {
        address: std::net::Ipv4Addr::LOCALHOST.into(),
        port: 0,
        // No `Server: Rocket` header, no log lines in the test output.
        ident: rocket::config::Ident::none(),
        log_level: rocket::config::LogLevel::Off,
        ..rocket::Config::debug_default()
    };
    let routes: Vec<rocket::Route> = ROUTES
        .iter()
        .map(|(path, make)| rocket::Route::new(rocket::http::Method::Get, path, RocketRoute(*make)))
        .collect();
    let (port, bound) = tokio::sync::oneshot::channel();
    let port = std::sync::Mutex::new(Some(port));
    let rocket = rocket::custom(config)
        .mount("/", routes)
        // Shield's security headers are Rocket's, on every response, not the derive's: an empty
        // Shield, so that what is compared is what the derive sends.
        .attach(rocket::shield::Shield::new())
        .attach(AdHoc::on_liftoff("port", move |rocket| {
            let port = port.lock().ok().and_then(|mut p| p.take());
            let bound = rocket.config().port;
            Box::pin(async move {
                if let Some(port) = port {
                    let _ = port.send(bound);
                }
            })
        }));
    tokio::spawn(rocket.launch());
    let port = bound.await.expect("Rocket lifted off");
    SocketAddr::from(([127, 0, 0, 1], port))
}

#[tokio::test]
async fn poem_serves_derived_errors_as_problem_json() {
    let addr = poem_server().await;
    common::check_framework(&format!("http://{addr}"), POEM).await;
}

#[tokio::test]
async fn salvo_serves_derived_errors_as_problem_json() {
    let addr = salvo_server().await;
    common::check_framework(&format!("http://{addr}"), SALVO).await;
}

#[tokio::test]
async fn rocket_serves_derived_errors_as_problem_json() {
    let addr = rocket_server().await;
    common::check_framework(&format!("http://{addr}"), ROCKET).await;
}

/// A raw HTTP/1.1 response: its status line, its headers (names lowercased, sorted, `date`
/// left out) and its body bytes.
#[derive(Debug, PartialEq, Eq)]
struct Raw {
    line: String,
    headers: BTreeMap<String, Vec<String>>,
    body: Vec<u8>,
}

async fn raw(addr: SocketAddr, path: &str, accept: Option<&str>) -> Raw {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let accept = accept
        .map(|a| format!("Accept: {a}\r\n"))
        .unwrap_or_default();
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{accept}Connection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.expect("read");
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let head = String::from_utf8(bytes[..split].to_vec()).expect("an ASCII head");
    let mut lines = head.split("\r\n");
    let line = lines.next().expect("a status line").to_string();
    let mut headers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for header in lines {
        let (name, value) = header.split_once(':').expect("a header");
        let name = name.to_ascii_lowercase();
        if name != "date" {
            headers
                .entry(name)
                .or_default()
                .push(value.trim().to_string());
        }
    }
    Raw {
        line,
        headers,
        body: bytes[split + 4..].to_vec(),
    }
}

/// Every route of each framework against axum's, byte for byte. What may differ is stated
/// here, per framework, and nothing else does:
///
/// - salvo and Rocket negotiate: their problems carry `vary` and `content-language`, which
///   axum's carry behind the problem layer;
/// - poem and Rocket cannot say the registry's reason phrase.
#[tokio::test]
async fn every_framework_sends_the_bytes_axum_sends() {
    let axum = axum_server().await;
    let others = [
        ("poem", poem_server().await, POEM),
        ("salvo", salvo_server().await, SALVO),
        ("rocket", rocket_server().await, ROCKET),
    ];
    for (path, make) in ROUTES {
        let expected = raw(axum, path, None).await;
        let code: u16 = expected.line[9..12].parse().expect("a code");
        for (name, addr, framework) in others {
            let got = raw(addr, path, None).await;
            let mut want = Raw {
                line: expected.line.clone(),
                headers: expected.headers.clone(),
                body: expected.body.clone(),
            };
            if !framework.registry_phrase {
                want.line = framework_line(code);
            }
            if framework.negotiates && (400..=599).contains(&code) {
                want.headers
                    .insert("vary".into(), vec!["Accept, Accept-Language".into()]);
                want.headers
                    .insert("content-language".into(), vec!["en".into()]);
            }
            assert_eq!(got, want, "{name} {path} ({:?})", make());
        }
    }
}

/// The status line of a framework that cannot set the reason phrase.
fn framework_line(code: u16) -> String {
    let phrase = http::StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("<none>");
    format!("HTTP/1.1 {code} {phrase}")
}

/// salvo and Rocket negotiate the format and language themselves, as the layer does for axum.
#[tokio::test]
async fn salvo_and_rocket_answer_in_the_format_asked_for() {
    for addr in [salvo_server().await, rocket_server().await] {
        let r = raw(addr, "/missing", Some("text/html")).await;
        assert_eq!(r.headers["content-type"], ["text/html; charset=utf-8"]);
        let html = String::from_utf8(r.body).expect("UTF-8");
        assert!(html.contains("user 7 not found"), "{html}");
        let r = raw(addr, "/missing", Some("text/plain")).await;
        assert_eq!(r.headers["content-type"], ["text/plain; charset=utf-8"]);
        let r = raw(addr, "/missing", Some("application/problem+xml")).await;
        assert_eq!(r.headers["content-type"], ["application/problem+xml"]);
        // Below 400 nothing is negotiated.
        let r = raw(addr, "/queued", Some("text/html")).await;
        assert_eq!(r.headers["content-type"], ["text/plain; charset=utf-8"]);
    }
}

/// What a salvo hoop around a handler reads after it: the problem's document and, for a
/// hidden 5xx, what the client was not told, in the response's extensions, as in axum and
/// actix-web. A header the hoop set before the handler stays; the problem's own replace its.
#[tokio::test]
async fn a_salvo_hoop_reads_the_document_and_the_hidden_message() {
    use std::sync::{Arc, Mutex};

    use http_status::problem::{Details, ErrorMessage};

    /// Each response's title and hidden message.
    type Found = Vec<(String, Option<String>)>;

    /// Records what it finds after the handler, for the test to read.
    #[derive(Clone, Default)]
    struct Recorder(Arc<Mutex<Found>>);

    #[salvo::async_trait]
    impl salvo::Handler for Recorder {
        async fn handle(
            &self,
            req: &mut salvo::Request,
            depot: &mut salvo::Depot,
            res: &mut salvo::Response,
            ctrl: &mut salvo::FlowCtrl,
        ) {
            res.headers
                .insert("x-request-id", "r-1".parse().expect("a value"));
            res.headers
                .insert("content-type", "text/x-hoop".parse().expect("a value"));
            ctrl.call_next(req, depot, res).await;
            let title = res.extensions.get::<Details>().map(|d| d.title.to_string());
            let hidden = res
                .extensions
                .get::<ErrorMessage>()
                .map(|m| m.message.clone());
            self.0
                .lock()
                .expect("not poisoned")
                .push((title.unwrap_or_default(), hidden));
        }
    }

    let recorder = Recorder::default();
    let router = salvo::Router::new()
        .hoop(recorder.clone())
        .push(salvo::Router::with_path("missing").get(SalvoRoute(|| ApiError::NotFound(7))))
        .push(salvo::Router::with_path("database").get(SalvoRoute(|| ApiError::Database)));
    let addr = serve_salvo(router).await;

    let client = reqwest::Client::new();
    for path in ["missing", "database"] {
        let response = client
            .get(format!("http://{addr}/{path}"))
            .send()
            .await
            .expect("a response");
        let headers = response.headers();
        assert_eq!(headers["x-request-id"], "r-1", "{path}");
        assert_eq!(
            headers["content-type"], "application/problem+json",
            "{path}"
        );
        assert_eq!(headers.get_all("content-type").iter().count(), 1, "{path}");
    }
    let seen = recorder.0.lock().expect("not poisoned").clone();
    assert_eq!(
        seen,
        [
            ("Not Found".to_owned(), None),
            (
                "Internal Server Error".to_owned(),
                Some("database password rejected for admin@10.0.0.7".to_owned())
            ),
        ]
    );
}

/// A problem that declares `Vary: *` already varies on everything: salvo's writer and Rocket's
/// responder add no `Vary: Accept, Accept-Language` to it, as the axum layer does not.
#[tokio::test]
async fn a_declared_vary_star_gets_no_negotiation_vary() {
    use salvo::Writer as _;

    #[derive(Debug, thiserror::Error, http_status::StatusResponse)]
    #[error("try again")]
    #[status(503, header("Vary", "*"))]
    struct Busy;

    let (mut req, mut depot, mut res) = (
        salvo::Request::new(),
        salvo::Depot::new(),
        salvo::Response::new(),
    );
    Busy.write(&mut req, &mut depot, &mut res).await;
    let vary: Vec<_> = res.headers.get_all("vary").iter().collect();
    assert_eq!(vary, ["*"]);
    assert_eq!(res.headers["content-language"], "en");

    let client = rocket::local::asynchronous::Client::untracked(rocket::build())
        .await
        .expect("a client");
    let request = client.get("/");
    let response = rocket::response::Responder::respond_to(Busy, &request).expect("a response");
    let vary: Vec<_> = response.headers().get("vary").collect();
    assert_eq!(vary, ["*"]);
    assert_eq!(response.headers().get_one("content-language"), Some("en"));
}

/// salvo ships an RFC 9457 `Problem` of its own (feature `rfc9457`), which a handler renders by
/// hand and which does no negotiation. For the same problem, the derived error sends the same
/// status, media type and members; then it also answers in the client's format and language,
/// which salvo's does not.
#[tokio::test]
async fn the_derive_sends_what_salvos_own_problem_sends_and_negotiates_too() {
    use http_status::StatusResponse;
    use salvo::http::{Problem, StatusCode};
    use serde_json::{json, Value};

    #[derive(Debug, thiserror::Error, StatusResponse)]
    enum Orders {
        #[error("no order has id 7")]
        #[status(404)]
        Missing,
        #[error("your balance is 30, the order costs 50")]
        #[status(
            403,
            type = "https://example.com/probs/out-of-credit",
            title = "You do not have enough credit."
        )]
        OutOfCredit {
            #[problem]
            balance: u32,
            #[problem(instance)]
            account: &'static str,
        },
    }

    #[salvo::handler]
    async fn ours_missing() -> Result<&'static str, Orders> {
        Err(Orders::Missing)
    }

    #[salvo::handler]
    async fn ours_credit() -> Result<&'static str, Orders> {
        Err(Orders::OutOfCredit {
            balance: 30,
            account: "/accounts/12345",
        })
    }

    #[salvo::handler]
    async fn theirs_missing(res: &mut salvo::Response) {
        res.render(Problem::new(StatusCode::NOT_FOUND).detail("no order has id 7"));
    }

    #[salvo::handler]
    async fn theirs_credit(res: &mut salvo::Response) {
        res.render(
            Problem::new(StatusCode::FORBIDDEN)
                .kind("https://example.com/probs/out-of-credit")
                .title("You do not have enough credit.")
                .detail("your balance is 30, the order costs 50")
                .instance("/accounts/12345")
                .extension("balance", json!(30)),
        );
    }

    let router = salvo::Router::new()
        .push(salvo::Router::with_path("ours/missing").get(ours_missing))
        .push(salvo::Router::with_path("ours/credit").get(ours_credit))
        .push(salvo::Router::with_path("theirs/missing").get(theirs_missing))
        .push(salvo::Router::with_path("theirs/credit").get(theirs_credit));
    let addr = serve_salvo(router).await;
    let client = reqwest::Client::new();
    let get = |path: String, accept: Option<(&'static str, &'static str)>| {
        let mut request = client.get(format!("http://{addr}/{path}"));
        if let Some((name, value)) = accept {
            request = request.header(name, value);
        }
        async move {
            let response = request.send().await.expect("a response");
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.text().await.expect("a body");
            (status, headers, body)
        }
    };

    for (route, status) in [("missing", 404), ("credit", 403)] {
        let (their_status, theirs, their_body) = get(format!("theirs/{route}"), None).await;
        let (our_status, ours, our_body) = get(format!("ours/{route}"), None).await;
        assert_eq!((their_status, our_status), (status, status), "{route}");
        assert_eq!(
            theirs["content-type"], "application/problem+json",
            "{route}"
        );
        assert_eq!(ours["content-type"], theirs["content-type"], "{route}");
        let their_body: Value = serde_json::from_str(&their_body).expect("JSON");
        let our_body: Value = serde_json::from_str(&our_body).expect("JSON");
        assert_eq!(our_body, their_body, "{route}");
        // What negotiation adds to ours: the language, and what the answer depends on.
        assert_eq!(ours["content-language"], "en", "{route}");
        assert_eq!(ours["vary"], "Accept, Accept-Language", "{route}");
        assert!(theirs.get("vary").is_none(), "{route}");

        // A browser gets a page from ours, and JSON from salvo's.
        let html = ("accept", "text/html");
        let (_, theirs, _) = get(format!("theirs/{route}"), Some(html)).await;
        let (_, ours, page) = get(format!("ours/{route}"), Some(html)).await;
        assert_eq!(
            theirs["content-type"], "application/problem+json",
            "{route}"
        );
        assert_eq!(ours["content-type"], "text/html; charset=utf-8", "{route}");
        assert!(
            page.contains("<script type=\"application/problem+json\""),
            "{route}"
        );
    }
    // A French client gets the registry's French title from ours, and English from salvo's.
    let french = Some(("accept-language", "fr"));
    let (_, theirs, their_body) = get("theirs/missing".into(), french).await;
    let (_, ours, our_body) = get("ours/missing".into(), french).await;
    let their_body: Value = serde_json::from_str(&their_body).expect("JSON");
    let our_body: Value = serde_json::from_str(&our_body).expect("JSON");
    assert_eq!(their_body["title"], "Not Found");
    assert!(theirs.get("content-language").is_none());
    assert_eq!(our_body["title"], "Introuvable");
    assert_eq!(ours["content-language"], "fr, en");
}
