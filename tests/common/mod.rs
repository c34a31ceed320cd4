//! What both framework tests check: one error type, one set of routes, real HTTP requests.

use std::fmt;
use std::time::Duration;

use http_status::{Status, StatusResponse};
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
    #[error("forwarded {0}")]
    #[status(transparent)]
    Forwarded(Status),
    #[error("a token is required")]
    #[status(esri 499)]
    Token,
    #[error("the name is too short")]
    #[status(422)]
    Invalid,
    #[error("queued as job 12")]
    #[status(202)]
    Queued,
    #[error(transparent)]
    #[status(transparent)]
    Flaky(#[from] FlakyError),
}

/// A `Display` that writes part of its message and then fails.
#[derive(Debug, StatusResponse)]
#[status(400)]
pub struct FlakyError;

impl fmt::Display for FlakyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the first half of a mess")?;
        Err(fmt::Error)
    }
}

impl std::error::Error for FlakyError {}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("the \"inventory\" service refused: quota\nexceeded")]
#[status(429)]
pub struct UpstreamError;

/// Makes the error a route returns.
pub type MakeError = fn() -> ApiError;

/// The routes, by path, and the error each one returns.
pub const ROUTES: [(&str, MakeError); 11] = [
    ("/missing", || ApiError::NotFound(7)),
    ("/database", || ApiError::Database),
    ("/maintenance", || ApiError::Maintenance),
    ("/upstream", || ApiError::Upstream(UpstreamError)),
    ("/unexpected", || ApiError::Unexpected),
    ("/deleted", || ApiError::Deleted),
    ("/interim", || ApiError::Forwarded(Status::CONTINUE)),
    ("/token", || ApiError::Token),
    ("/invalid", || ApiError::Invalid),
    ("/queued", || ApiError::Queued),
    ("/flaky", || ApiError::Flaky(FlakyError)),
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

    // A run-time 1xx is no final response: it goes out as a 500 problem, without detail, and
    // never as `HTTP/1.1 100 Continue` followed by nothing.
    for interim in [100, 101, 103, 199] {
        let error = ApiError::Forwarded(Status::from_u16(interim).expect("valid"));
        assert_eq!(error.status(), interim);
    }
    let r = get(&client, format!("{base}/interim")).await;
    assert_eq!(r.status, 500);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert_eq!(
        status_line(base, "/interim").await,
        "HTTP/1.1 500 Internal Server Error"
    );

    // The meaning the variant named reaches the title and the status line: Esri's 499, not
    // nginx's, though both are the number 499.
    let r = get(&client, format!("{base}/token")).await;
    assert_eq!(r.status, 499);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Token Required", "status": 499, "detail": "a token is required"})
    );
    assert_eq!(
        status_line(base, "/token").await,
        "HTTP/1.1 499 Token Required"
    );

    // The status line says the registry's phrase, as the title does (RFC 9110's name for 422).
    let r = get(&client, format!("{base}/invalid")).await;
    assert_eq!(problem(&r)["title"], "Unprocessable Content");
    assert_eq!(
        status_line(base, "/invalid").await,
        "HTTP/1.1 422 Unprocessable Content"
    );

    // A 2xx is not a problem: its message goes out as plain text.
    let r = get(&client, format!("{base}/queued")).await;
    assert_eq!(r.status, 202);
    assert_eq!(r.content_type.as_deref(), Some("text/plain; charset=utf-8"));
    assert_eq!(r.body, "queued as job 12");

    // A Display that fails part-way gives no detail rather than a truncated one.
    let r = get(&client, format!("{base}/flaky")).await;
    assert_eq!(r.status, 400);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Bad Request", "status": 400})
    );

    // The statuses the derive gives agree with what went over the wire (a 1xx aside).
    for (path, make) in ROUTES {
        let r = get(&client, format!("{base}{path}")).await;
        let declared = make().status();
        let sent = if declared.is_informational() {
            500
        } else {
            declared.as_u16()
        };
        assert_eq!(r.status, sent, "{path}");
    }
}
