//! The problem layer in a real axum 0.8 server on 127.0.0.1:0, behind tower-http's timeout,
//! panic and body-limit layers: every error the framework makes, asked for over HTTP/1.1, comes
//! back a problem, and everything else comes back byte for byte as it would without the layer.

mod layer;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Extension, Form, Path, Query};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderName, StatusCode};
use axum::response::Html;
use axum::routing::{get, post};
use axum::{Json, Router};
use http_status::layer::ProblemLayer;
use http_status::problem::{Details, ErrorMessage};
use http_status::{Status, StatusResponse};
use layer::{
    assert_negotiated, assert_problem, assert_text_becomes_detail, check_negotiation, get as fetch,
    post_json, send,
};
use serde::Deserialize;
use serde_json::json;
use tower::ServiceExt as _;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("your balance is {balance}")]
    #[status(
        403,
        type = "https://example.com/probs/out-of-credit",
        title = "Not enough credit"
    )]
    OutOfCredit {
        #[problem]
        balance: u32,
        #[problem]
        accounts: Vec<&'static str>,
        #[problem(instance)]
        account: &'static str,
    },
    #[error("no user {0}")]
    #[status(404)]
    Missing(u32),
    #[error("database at 10.0.0.7 refused")]
    #[status(500)]
    Database,
    #[error("no user is named {name:?}")]
    // A title of its own on `about:blank`, on purpose: the layer's choice of titles is tested.
    #[allow(deprecated)]
    #[status(
        404,
        title(en = "No such user", fr = "Utilisateur inconnu"),
        detail(fr = "aucun utilisateur ne s'appelle {name:?}")
    )]
    Unknown { name: String },
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct NewUser {
    name: String,
    age: u32,
}

#[derive(Debug, Deserialize)]
struct Page {
    page: u32,
}

/// The service: routes that answer well, routes that fail in every way axum and tower-http
/// fail, and the layers that make those failures.
fn routes() -> Router {
    Router::new()
        .route(
            "/users",
            post(|Json(user): Json<NewUser>| async move { format!("made {}", user.name) }),
        )
        .route(
            "/users/{id}",
            get(|Path(id): Path<u32>| async move { format!("user {id}") }),
        )
        .route(
            "/search",
            get(|Query(page): Query<Page>| async move { format!("page {}", page.page) }),
        )
        .route(
            "/form",
            post(|Form(user): Form<NewUser>| async move { user.name }),
        )
        .route(
            "/extension",
            get(|Extension(name): Extension<Arc<String>>| async move { name.to_string() }),
        )
        .route(
            "/credit",
            get(|| async {
                Err::<(), _>(ApiError::OutOfCredit {
                    balance: 30,
                    accounts: vec!["/account/1", "/account/2"],
                    account: "/account/12345",
                })
            }),
        )
        .route(
            "/missing",
            get(|| async { Err::<(), _>(ApiError::Missing(7)) }),
        )
        .route(
            "/database",
            get(|| async { Err::<(), _>(ApiError::Database) }),
        )
        .route(
            "/unknown",
            get(|| async {
                Err::<(), _>(ApiError::Unknown {
                    name: "<ada>".into(),
                })
            }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        )
        .route(
            "/panic",
            get(|| async {
                if true {
                    panic!("the vault key is hunter2");
                }
                "unreachable"
            }),
        )
        .route(
            "/foreign",
            get(|| async {
                (
                    StatusCode::CONFLICT,
                    [(CONTENT_TYPE, "application/problem+json")],
                    r#"{"type":"https://example.com/taken","title":"Taken","status":409}"#,
                )
            }),
        )
        .route(
            "/html",
            get(|| async { (StatusCode::BAD_REQUEST, Html("<p>no</p>")) }),
        )
        .route("/unauthorized", get(|| async { StatusCode::UNAUTHORIZED }))
        .route(
            "/upstream",
            get(|| async { (StatusCode::BAD_GATEWAY, "upstream 10.1.2.3:5432 refused") }),
        )
        .route("/gone", get(|| async { Status::GONE }))
        .route(
            "/ok",
            get(|| async { Json(json!({"ok": true, "name": "ada"})) }),
        )
        .route(
            "/created",
            get(|| async { Status::CREATED.with_body(Json(json!({"id": 7}))) }),
        )
        .layer(DefaultBodyLimit::max(64))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_millis(200),
        ))
        .layer(CatchPanicLayer::new())
}

fn request_id() -> HeaderName {
    HeaderName::from_static("x-request-id")
}

/// Serves `app` on 127.0.0.1:0: its base URL.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

#[tokio::test]
async fn every_framework_error_becomes_a_problem() {
    let plain = serve(routes()).await;
    let base = serve(routes().layer(ProblemLayer::new())).await;

    // Each error axum makes keeps its text as the detail: the same text it sends without the layer.
    let cases: [(&str, &str, &str, u16, &str); 7] = [
        (
            "POST",
            "/users",
            r#"{"name":"ada"}"#,
            422,
            "Unprocessable Content",
        ),
        (
            "POST",
            "/users",
            r#"{"name":"ada","age":"old"}"#,
            422,
            "Unprocessable Content",
        ),
        ("POST", "/users", r#"{"name":"#, 400, "Bad Request"),
        ("GET", "/users/abc", "", 400, "Bad Request"),
        ("GET", "/search?page=last", "", 400, "Bad Request"),
        ("POST", "/form", "name=ada", 422, "Unprocessable Content"),
        (
            "POST",
            "/users",
            r#"{"name":"a very long name that goes past the limit of sixty-four bytes","age":3}"#,
            413,
            "Content Too Large",
        ),
    ];
    for (method, path, body, status, phrase) in cases {
        let content_type = if path == "/form" {
            "application/x-www-form-urlencoded"
        } else {
            "application/json"
        };
        let headers = [("Content-Type", content_type)];
        assert_text_becomes_detail(&plain, &base, method, path, &headers, body, status, phrase)
            .await;
    }
    let missing = post_json(&base, "/users", r#"{"name":"ada"}"#).await;
    assert!(missing.problem()["detail"]
        .as_str()
        .is_some_and(|d| d.contains("missing field `age`")));

    // A request body of the wrong media type.
    let raw = send(
        &base,
        "POST",
        "/users",
        &[("Content-Type", "text/plain")],
        b"ada",
    )
    .await;
    assert_problem(
        &raw,
        "HTTP/1.1 415 Unsupported Media Type",
        &[],
        json!({"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
               "detail": "Expected request with `Content-Type: application/json`"}),
    );

    // The router's own 404 and 405 are empty; the 405 keeps its `Allow`.
    assert_eq!(fetch(&plain, "/nowhere").await.body, b"");
    assert_problem(
        &fetch(&base, "/nowhere").await,
        "HTTP/1.1 404 Not Found",
        &[],
        json!({"type": "about:blank", "title": "Not Found", "status": 404}),
    );
    assert_problem(
        &fetch(&base, "/users").await,
        "HTTP/1.1 405 Method Not Allowed",
        &[("allow", "POST")],
        json!({"type": "about:blank", "title": "Method Not Allowed", "status": 405}),
    );

    // tower-http's timeout.
    assert_problem(
        &fetch(&base, "/slow").await,
        "HTTP/1.1 408 Request Timeout",
        &[],
        json!({"type": "about:blank", "title": "Request Timeout", "status": 408}),
    );

    // A 5xx never shows its text: not axum's missing extension, not a panic's message, not an
    // inner service's.
    for (path, status, phrase, secret) in [
        (
            "/extension",
            500,
            "Internal Server Error",
            "Missing request extension",
        ),
        ("/panic", 500, "Internal Server Error", "Service panicked"),
        ("/upstream", 502, "Bad Gateway", "10.1.2.3"),
    ] {
        let without = fetch(&plain, path).await;
        assert!(without.text().contains(secret), "{without:?}");
        let with = fetch(&base, path).await;
        assert_problem(
            &with,
            &format!("HTTP/1.1 {status} {phrase}"),
            &[],
            json!({"type": "about:blank", "title": phrase, "status": status}),
        );
        let wire = format!("{with:?}");
        assert!(
            !wire.contains(secret) && !wire.contains("hunter2"),
            "{wire}"
        );
    }

    // A bare `Status` is a problem behind the layer, and an empty response with the registry's
    // phrase without it.
    let gone = fetch(&plain, "/gone").await;
    assert_eq!(gone.status_line, "HTTP/1.1 410 Gone");
    assert_eq!(gone.body, b"");
    assert_problem(
        &fetch(&base, "/gone").await,
        "HTTP/1.1 410 Gone",
        &[],
        json!({"type": "about:blank", "title": "Gone", "status": 410}),
    );

    // What passes through, byte for byte: successes, the derive's problems, a problem someone
    // else wrote, an HTML error, and a 401 without the `WWW-Authenticate` it MUST carry.
    for path in ["/ok", "/created", "/foreign", "/html", "/unauthorized"] {
        let without = fetch(&plain, path).await;
        let with = fetch(&base, path).await;
        assert_eq!(with, without, "{path}");
    }
    // The derive's problems: the same bytes, and the headers of a negotiated response.
    for path in ["/credit", "/missing", "/database"] {
        assert_negotiated(&fetch(&base, path).await, &fetch(&plain, path).await);
    }
    let credit = fetch(&base, "/credit").await;
    assert_eq!(
        credit.problem(),
        json!({"type": "https://example.com/probs/out-of-credit", "title": "Not enough credit",
               "status": 403, "detail": "your balance is 30", "instance": "/account/12345",
               "balance": 30, "accounts": ["/account/1", "/account/2"]})
    );
    assert_eq!(
        fetch(&base, "/created").await.status_line,
        "HTTP/1.1 201 Created"
    );
}

#[tokio::test]
async fn the_layer_adds_the_request_path_and_id_when_asked() {
    let base = serve(
        routes().layer(
            ProblemLayer::new()
                .instance_from_path()
                .request_id(request_id()),
        ),
    )
    .await;
    let plain = serve(routes()).await;
    let id = [("X-Request-Id", "req-42")];

    // A problem of the framework's: the path, never the query.
    let raw = send(&base, "GET", "/search?page=last&token=s3cret", &id, b"").await;
    let body = raw.problem();
    assert_eq!(body["instance"], "/search");
    assert_eq!(body["request_id"], "req-42");
    assert!(!raw.text().contains("s3cret"));

    // A derived problem keeps its own instance and its members' order; the id comes last.
    let raw = send(&base, "GET", "/credit", &id, b"").await;
    let without = fetch(&plain, "/credit").await;
    assert_eq!(raw.status_line, without.status_line);
    let mut headers = without.header_set();
    headers.extend([
        ("content-language".to_string(), "en".to_string()),
        ("vary".to_string(), "Accept, Accept-Language".to_string()),
    ]);
    headers.sort();
    assert_eq!(raw.header_set(), headers);
    let mut expected = without.text();
    expected.truncate(expected.len() - 1);
    expected.push_str(r#","request_id":"req-42"}"#);
    assert_eq!(raw.text(), expected);
    raw.problem();

    // A hidden 5xx gets them too, and still no detail.
    let raw = send(&base, "GET", "/database", &id, b"").await;
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500,
               "instance": "/database", "request_id": "req-42"})
    );

    // No header, no id; a success is untouched.
    let raw = fetch(&base, "/missing").await;
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "Not Found", "status": 404,
               "detail": "no user 7", "instance": "/missing"})
    );
    assert_eq!(
        send(&base, "GET", "/ok", &id, b"").await,
        send(&plain, "GET", "/ok", &id, b"").await
    );
}

#[tokio::test]
async fn what_the_client_is_not_shown_stays_in_the_extensions() {
    let app = routes().layer(ProblemLayer::new());
    let request = || {
        http::Request::builder()
            .uri("/upstream")
            .body(axum::body::Body::empty())
            .expect("a request")
    };
    let response = app.clone().oneshot(request()).await.expect("infallible");
    assert_eq!(response.status(), 502);
    let hidden = response
        .extensions()
        .get::<ErrorMessage>()
        .expect("the hidden text");
    assert_eq!(hidden.message, "upstream 10.1.2.3:5432 refused");
    assert_eq!(hidden.status, Status::BAD_GATEWAY);
    let details = response
        .extensions()
        .get::<Details>()
        .expect("the document")
        .clone();
    assert_eq!(details.status, Status::BAD_GATEWAY);
    assert_eq!(details.detail, None);
    let body = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .expect("a body");
    assert_eq!(body, details.to_json());
}

#[tokio::test]
async fn problems_come_in_the_format_and_language_asked_for() {
    check_negotiation(&serve(routes().layer(ProblemLayer::new())).await).await;
}

#[tokio::test]
async fn a_variant_speaks_french_in_its_own_words() {
    let base = serve(routes().layer(ProblemLayer::new())).await;
    let raw = fetch(&base, "/unknown").await;
    assert_eq!(raw.header("content-language"), Some("en"));
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "No such user", "status": 404,
               "detail": "no user is named \"<ada>\""})
    );
    let french = [("Accept-Language", "fr-FR,fr;q=0.9")];
    let raw = send(&base, "GET", "/unknown", &french, b"").await;
    assert_eq!(raw.header("content-language"), Some("fr"), "{raw:?}");
    assert_eq!(raw.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "Utilisateur inconnu", "status": 404,
               "detail": "aucun utilisateur ne s'appelle \"<ada>\""})
    );
    let page = send(
        &base,
        "GET",
        "/unknown",
        &[("Accept-Language", "fr"), ("Accept", "text/html")],
        b"",
    )
    .await
    .text();
    assert!(
        page.contains("<title>404 Utilisateur inconnu</title>"),
        "{page}"
    );
    assert!(
        page.contains("aucun utilisateur ne s&#39;appelle &quot;&lt;ada&gt;&quot;"),
        "{page}"
    );
}

#[tokio::test]
async fn a_page_of_the_users_own_replaces_the_default_one() {
    fn page(details: &Details, lang: http_status::Lang) -> String {
        format!("<p lang=\"{}\">{}</p>", lang.tag(), details.title)
    }
    let base = serve(routes().layer(ProblemLayer::new().html_template(page))).await;
    let headers = [("Accept", "text/html"), ("Accept-Language", "fr")];
    let raw = send(&base, "GET", "/missing", &headers, b"").await;
    assert_eq!(raw.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(raw.text(), "<p lang=\"fr\">Introuvable</p>");
    // JSON is still JSON, and without negotiation every problem is JSON in English.
    assert_eq!(
        fetch(&base, "/missing").await.problem()["title"],
        "Not Found"
    );
    let base = serve(routes().layer(ProblemLayer::new().negotiate(false))).await;
    let raw = send(&base, "GET", "/missing", &headers, b"").await;
    assert_eq!(raw.header("content-type"), Some("application/problem+json"));
    assert_eq!(raw.header("vary"), None);
    assert_eq!(raw.header("content-language"), None);
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user 7"})
    );
}
