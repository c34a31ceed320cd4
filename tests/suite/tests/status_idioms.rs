//! The axum and actix-web idioms of `http::StatusCode`, written with the one-line migration
//! `use http_status::Status as StatusCode;`, served and asked for over HTTP/1.1: each answers
//! with the status it says, and the registry's phrase on the status line.

mod layer;

use http_status::status;
use layer::get;

mod axum_idioms {
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use axum::{Json, Router};
    use http_status::status;
    // The migration: one line.
    use http_status::Status as StatusCode;
    use serde_json::{json, Value};

    async fn gone() -> StatusCode {
        StatusCode::GONE
    }

    async fn found(ok: bool) -> Result<Json<Value>, StatusCode> {
        if ok {
            Ok(Json(json!({"id": 7})))
        } else {
            Err(StatusCode::NOT_FOUND)
        }
    }

    // `(StatusCode::CREATED, Json(x))` with `http::StatusCode`.
    async fn created() -> impl IntoResponse {
        StatusCode::CREATED.with_body(Json(json!({"id": 7})))
    }

    // `Err((StatusCode::BAD_REQUEST, msg))` with `http::StatusCode`.
    async fn rejected() -> Result<String, Response> {
        Err(StatusCode::BAD_REQUEST
            .with_body("the name is empty")
            .into_response())
    }

    // `(status!(404), "x").into_response()`.
    async fn missing() -> Response {
        status!(404).with_body("x").into_response()
    }

    async fn unprocessable() -> StatusCode {
        status!(422)
    }

    pub fn app() -> Router {
        Router::new()
            .route("/gone", get(gone))
            .route("/found", get(|| found(true)))
            .route("/not-found", get(|| found(false)))
            .route("/created", get(created))
            .route("/rejected", get(rejected))
            .route("/missing", get(missing))
            .route("/unprocessable", get(unprocessable))
    }
}

mod actix_idioms {
    use actix_web::{web, HttpResponse, Responder};
    use http_status::status;
    use http_status::Status as StatusCode;
    use serde_json::json;

    async fn gone() -> StatusCode {
        StatusCode::GONE
    }

    async fn found(ok: bool) -> Result<web::Json<serde_json::Value>, StatusCode> {
        if ok {
            Ok(web::Json(json!({"id": 7})))
        } else {
            Err(StatusCode::NOT_FOUND)
        }
    }

    // `(web::Json(x), StatusCode::CREATED)` with actix-web's `StatusCode`.
    async fn created() -> impl Responder {
        StatusCode::CREATED.with_body(web::Json(json!({"id": 7})))
    }

    async fn rejected() -> impl Responder {
        StatusCode::BAD_REQUEST.with_body("the name is empty")
    }

    async fn missing() -> impl Responder {
        status!(404).with_body("x")
    }

    // `HttpResponse::build(status)` takes actix-web's own (`http` 0.2) type: `.into()` converts.
    async fn built() -> HttpResponse {
        HttpResponse::build(StatusCode::ACCEPTED.into()).body("queued")
    }

    async fn unprocessable() -> StatusCode {
        status!(422)
    }

    pub fn configure(config: &mut web::ServiceConfig) {
        config
            .route("/gone", web::get().to(gone))
            .route("/found", web::get().to(|| found(true)))
            .route("/not-found", web::get().to(|| found(false)))
            .route("/created", web::get().to(created))
            .route("/rejected", web::get().to(rejected))
            .route("/missing", web::get().to(missing))
            .route("/built", web::get().to(built))
            .route("/unprocessable", web::get().to(unprocessable));
    }
}

/// What both frameworks must answer on `base`.
async fn check(base: &str) {
    let r = get(base, "/gone").await;
    assert_eq!(r.status_line, "HTTP/1.1 410 Gone");
    assert_eq!(r.body, b"");
    let r = get(base, "/found").await;
    assert_eq!(r.status_line, "HTTP/1.1 200 OK");
    assert_eq!(r.text(), r#"{"id":7}"#);
    let r = get(base, "/not-found").await;
    assert_eq!(r.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(r.body, b"");
    let r = get(base, "/created").await;
    assert_eq!(r.status_line, "HTTP/1.1 201 Created");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.text(), r#"{"id":7}"#);
    let r = get(base, "/rejected").await;
    assert_eq!(r.status_line, "HTTP/1.1 400 Bad Request");
    assert_eq!(r.text(), "the name is empty");
    let r = get(base, "/missing").await;
    assert_eq!(r.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(r.text(), "x");
    // The registry's phrase, where the `http` crate's is RFC 7231's.
    let r = get(base, "/unprocessable").await;
    assert_eq!(r.status_line, "HTTP/1.1 422 Unprocessable Content");
}

#[tokio::test]
async fn axum_answers_the_status_idioms() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, axum_idioms::app()).await });
    check(&base).await;
}

#[actix_web::test]
async fn actix_answers_the_status_idioms() {
    let server =
        actix_web::HttpServer::new(|| actix_web::App::new().configure(actix_idioms::configure))
            .workers(1)
            .bind(("127.0.0.1", 0))
            .expect("bind");
    let base = format!("http://{}", server.addrs()[0]);
    let server = server.run();
    let handle = server.handle();
    actix_web::rt::spawn(server);
    check(&base).await;
    // actix-web's builder writes the `http` crate's phrase: the status is right.
    let r = get(&base, "/built").await;
    assert_eq!(r.status_line, "HTTP/1.1 202 Accepted");
    assert_eq!(r.text(), "queued");
    handle.stop(true).await;
}

#[test]
fn a_status_that_cannot_end_an_exchange_is_sent_as_500() {
    use axum::response::IntoResponse as _;
    for code in [100, 103, 600, 999] {
        let status = http_status::Status::from_u16(code).expect("a status");
        assert_eq!(status.into_response().status(), 500);
        let actix = actix_web::ResponseError::status_code(&status);
        assert_eq!(actix.as_u16(), 500);
    }
    assert_eq!(status!(404).with_body("x").into_response().status(), 404);
}
