//! What both framework tests check: one error type, one set of routes, real HTTP requests.

use std::time::Duration;

use http_status::StatusResponse;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(500)]
pub enum ApiError {
    #[error("user {0} not found")]
    #[status(404)]
    NotFound(u32),
    #[error("database password rejected for admin@10.0.0.7")]
    #[status(InternalServerError)]
    Database,
    #[error("down for maintenance until 10:00")]
    #[status(503, expose)]
    Maintenance,
    #[error(transparent)]
    #[status(transparent)]
    Upstream(#[from] UpstreamError),
    #[error("something unexpected")]
    Unexpected,
    #[error("nothing left to show")]
    #[status(NoContent)]
    Deleted,
}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("the \"inventory\" service refused: quota\nexceeded")]
#[status(429)]
pub struct UpstreamError;

/// Makes the error a route returns.
pub type MakeError = fn() -> ApiError;

/// The routes, by path, and the error each one returns.
pub const ROUTES: [(&str, MakeError); 6] = [
    ("/missing", || ApiError::NotFound(7)),
    ("/database", || ApiError::Database),
    ("/maintenance", || ApiError::Maintenance),
    ("/upstream", || ApiError::Upstream(UpstreamError)),
    ("/unexpected", || ApiError::Unexpected),
    ("/deleted", || ApiError::Deleted),
];

struct Reply {
    status: u16,
    content_type: Option<String>,
    body: String,
}

async fn get(client: &reqwest::Client, url: String) -> Reply {
    let response = client.get(url).send().await.expect("request");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().expect("ascii").to_string());
    let body = response.text().await.expect("body");
    Reply {
        status,
        content_type,
        body,
    }
}

fn problem(reply: &Reply) -> Value {
    assert_eq!(
        reply.content_type.as_deref(),
        Some("application/problem+json")
    );
    serde_json::from_str(&reply.body).expect("a JSON body")
}

/// The first line the server sends for `path`, read off a raw TCP connection.
async fn status_line(base: &str, path: &str) -> String {
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let text = String::from_utf8_lossy(&raw);
    text.lines().next().unwrap_or_default().to_string()
}

/// Every assertion of the issue, against a server at `base` (`http://127.0.0.1:port`).
pub async fn check_server(base: &str) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");

    // A 4xx variant shows its message.
    let r = get(&client, format!("{base}/missing")).await;
    assert_eq!(r.status, 404);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "user 7 not found"})
    );
    assert!(status_line(base, "/missing")
        .await
        .starts_with("HTTP/1.1 404 "));

    // A 5xx variant hides its message: it names a host and an account.
    let r = get(&client, format!("{base}/database")).await;
    assert_eq!(r.status, 500);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert!(!r.body.contains("10.0.0.7"));

    // An exposed 5xx shows it.
    let r = get(&client, format!("{base}/maintenance")).await;
    assert_eq!(r.status, 503);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "down for maintenance until 10:00"})
    );

    // A transparent variant takes the wrapped error's status and message (escaped in JSON).
    let r = get(&client, format!("{base}/upstream")).await;
    assert_eq!(r.status, 429);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "the \"inventory\" service refused: quota\nexceeded"})
    );

    // A variant without its own status takes the enum default.
    let r = get(&client, format!("{base}/unexpected")).await;
    assert_eq!(r.status, 500);
    assert_eq!(problem(&r)["title"], "Internal Server Error");

    // 204 carries no body and no content type.
    let r = get(&client, format!("{base}/deleted")).await;
    assert_eq!(r.status, 204);
    assert_eq!(r.body, "");
    assert_eq!(r.content_type, None);
    assert!(status_line(base, "/deleted")
        .await
        .starts_with("HTTP/1.1 204 "));

    // The statuses the derive gives agree with what went over the wire.
    for (path, make) in ROUTES {
        let r = get(&client, format!("{base}{path}")).await;
        assert_eq!(r.status, make().status().as_u16(), "{path}");
    }
}
