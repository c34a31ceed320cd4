//! The problem middleware in a real actix-web 4 server on 127.0.0.1:0: every error actix-web
//! makes, asked for over HTTP/1.1, comes back a problem, and everything else comes back byte for
//! byte as it would without the middleware.

mod layer;

use actix_web::{web, App, HttpResponse, HttpServer};
use http::HeaderName;
use http_status::layer::ProblemMiddleware;
use http_status::{Status, StatusResponse};
use layer::{
    assert_negotiated, assert_problem, assert_text_becomes_detail, check_negotiation, get as fetch,
    post_json, send,
};
use serde::Deserialize;
use serde_json::json;

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
        #[problem(instance)]
        account: &'static str,
    },
    #[error("no user {0}")]
    #[status(404)]
    Missing(u32),
    #[error("database at 10.0.0.7 refused")]
    #[status(500)]
    Database,
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

fn configure(config: &mut web::ServiceConfig) {
    config
        .app_data(web::JsonConfig::default().limit(64))
        .service(web::resource("/users").route(
            web::post().to(|user: web::Json<NewUser>| async move { user.into_inner().name }),
        ))
        .route(
            "/users/{id}",
            web::get().to(|id: web::Path<u32>| async move { format!("user {id}") }),
        )
        .route(
            "/search",
            web::get().to(|page: web::Query<Page>| async move { format!("page {}", page.page) }),
        )
        .route(
            "/credit",
            web::get().to(|| async {
                Err::<String, _>(ApiError::OutOfCredit {
                    balance: 30,
                    account: "/account/12345",
                })
            }),
        )
        .route(
            "/missing",
            web::get().to(|| async { Err::<String, _>(ApiError::Missing(7)) }),
        )
        .route(
            "/database",
            web::get().to(|| async { Err::<String, _>(ApiError::Database) }),
        )
        .route(
            "/upstream",
            web::get().to(|| async {
                HttpResponse::BadGateway()
                    .content_type("text/plain; charset=utf-8")
                    .body("upstream 10.1.2.3:5432 refused")
            }),
        )
        .route(
            "/html",
            web::get().to(|| async {
                HttpResponse::BadRequest()
                    .content_type("text/html")
                    .body("<p>no</p>")
            }),
        )
        .route(
            "/unauthorized",
            web::get().to(|| async { HttpResponse::Unauthorized().finish() }),
        )
        .route("/gone", web::get().to(|| async { Status::GONE }))
        .route(
            "/gone-err",
            web::get().to(|| async { Err::<String, _>(Status::GONE) }),
        )
        .route(
            "/created",
            web::get().to(|| async { Status::CREATED.with_body(web::Json(json!({"id": 7}))) }),
        )
        .route(
            "/ok",
            web::get().to(|| async { HttpResponse::Ok().json(json!({"ok": true})) }),
        );
}

/// Serves `$app` on 127.0.0.1:0 with one worker: the base URL and the server's handle.
macro_rules! serve {
    ($app:expr) => {{
        let server = HttpServer::new($app)
            .workers(1)
            .bind(("127.0.0.1", 0))
            .expect("bind");
        let base = format!("http://{}", server.addrs()[0]);
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        (base, handle)
    }};
}

#[actix_web::test]
async fn every_actix_error_becomes_a_problem() {
    let (plain, plain_handle) = serve!(|| App::new().configure(configure));
    let (base, handle) = serve!(|| App::new()
        .configure(configure)
        .wrap(ProblemMiddleware::new()));

    // actix-web's extractor errors keep their text as the detail.
    let cases: [(&str, &str, u16, &str); 5] = [
        ("/users", r#"{"name":"ada"}"#, 400, "Bad Request"),
        (
            "/users",
            r#"{"name":"ada","age":"old"}"#,
            400,
            "Bad Request",
        ),
        (
            "/users",
            r#"{"name":"a very long name that goes past the limit of sixty-four bytes","age":3}"#,
            413,
            "Content Too Large",
        ),
        ("/users/abc", "", 404, "Not Found"),
        ("/search?page=last", "", 400, "Bad Request"),
    ];
    for (path, body, status, phrase) in cases {
        let method = if body.is_empty() { "GET" } else { "POST" };
        let headers = [("Content-Type", "application/json")];
        assert_text_becomes_detail(&plain, &base, method, path, &headers, body, status, phrase)
            .await;
    }
    let missing = post_json(&base, "/users", r#"{"name":"ada"}"#).await;
    assert!(missing.problem()["detail"]
        .as_str()
        .is_some_and(|d| d.contains("missing field `age`")));

    // The default service's 404 and a resource's 405, which keeps its `Allow`.
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

    // An inner 5xx's text never reaches the client.
    let upstream = fetch(&base, "/upstream").await;
    assert_problem(
        &upstream,
        "HTTP/1.1 502 Bad Gateway",
        &[],
        json!({"type": "about:blank", "title": "Bad Gateway", "status": 502}),
    );
    assert!(!format!("{upstream:?}").contains("10.1.2.3"));

    // A bare `Status`, answered or returned as the error, is a problem behind the middleware and
    // an empty response with the registry's phrase without it.
    for path in ["/gone", "/gone-err"] {
        let gone = fetch(&plain, path).await;
        assert_eq!(gone.status_line, "HTTP/1.1 410 Gone");
        assert_eq!(gone.body, b"");
        assert_problem(
            &fetch(&base, path).await,
            "HTTP/1.1 410 Gone",
            &[],
            json!({"type": "about:blank", "title": "Gone", "status": 410}),
        );
    }

    // Byte for byte: successes, the derive's problems, an HTML error, a 401 without the
    // `WWW-Authenticate` it MUST carry.
    for path in ["/ok", "/created", "/html", "/unauthorized"] {
        assert_eq!(
            fetch(&base, path).await,
            fetch(&plain, path).await,
            "{path}"
        );
    }
    // The derive's problems: the same bytes, and the headers of a negotiated response.
    for path in ["/credit", "/missing", "/database"] {
        assert_negotiated(&fetch(&base, path).await, &fetch(&plain, path).await);
    }
    assert_eq!(
        fetch(&base, "/created").await.status_line,
        "HTTP/1.1 201 Created"
    );

    handle.stop(true).await;
    plain_handle.stop(true).await;
}

#[actix_web::test]
async fn the_middleware_adds_the_request_path_and_id_when_asked() {
    let (base, handle) = serve!(|| App::new().configure(configure).wrap(
        ProblemMiddleware::new()
            .instance_from_path()
            .request_id(HeaderName::from_static("x-request-id"))
    ));
    let id = [("X-Request-Id", "req-42")];
    let raw = send(&base, "GET", "/search?page=last&token=s3cret", &id, b"").await;
    let body = raw.problem();
    assert_eq!(body["instance"], "/search");
    assert_eq!(body["request_id"], "req-42");
    assert!(!raw.text().contains("s3cret"));

    let raw = send(&base, "GET", "/credit", &id, b"").await;
    assert_eq!(
        raw.text(),
        r#"{"type":"https://example.com/probs/out-of-credit","title":"Not enough credit","status":403,"detail":"your balance is 30","instance":"/account/12345","balance":30,"request_id":"req-42"}"#
    );
    raw.problem();
    let raw = send(&base, "GET", "/database", &id, b"").await;
    assert_eq!(
        raw.problem(),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500,
               "instance": "/database", "request_id": "req-42"})
    );
    handle.stop(true).await;
}

#[actix_web::test]
async fn problems_come_in_the_format_and_language_asked_for() {
    let (base, handle) = serve!(|| App::new()
        .configure(configure)
        .wrap(ProblemMiddleware::new()));
    check_negotiation(&base).await;
    handle.stop(true).await;
}
