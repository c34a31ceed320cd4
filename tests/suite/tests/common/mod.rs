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
    #[error("method not allowed")]
    #[status(405, header("Allow", "GET, HEAD"))]
    Method,
    #[error("slow down")]
    #[status(429)]
    RateLimited {
        #[header("Retry-After")]
        seconds: u32,
    },
    #[error("log in first")]
    #[status(401, header("WWW-Authenticate", "Bearer realm=\"api\""))]
    Unauthenticated,
    #[error("your current balance is {balance}, but that costs {cost}")]
    #[status(
        403,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    OutOfCredit {
        #[problem]
        balance: u32,
        cost: u32,
        #[problem(rename = "accounts")]
        links: Vec<&'static str>,
        #[problem(instance)]
        account: &'static str,
    },
    #[error("trace {trace}")]
    #[status(400)]
    Traced {
        #[header("X-Trace")]
        trace: &'static str,
    },
    #[error("the ledger is locked for {owner}")]
    #[status(500)]
    Locked {
        #[problem]
        owner: &'static str,
    },
    #[error("read-only until {until}")]
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
    #[status(503, expose)]
    ReadOnly {
        #[problem]
        until: &'static str,
    },
    #[error("unserializable")]
    #[status(409)]
    Unserializable {
        #[problem]
        pairs: std::collections::BTreeMap<(u8, u8), u8>,
        #[problem(instance)]
        at: &'static str,
    },
    #[error(transparent)]
    #[status(transparent)]
    Secret(#[from] Secret),
    #[error(transparent)]
    #[status(transparent)]
    Sneaky(#[from] Sneaky),
    #[error("not at a URI")]
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
    #[status(409)]
    Nowhere {
        #[problem(instance)]
        at: &'static str,
    },
    #[error("log in")]
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
    #[status(401)]
    Challenge {
        #[header("WWW-Authenticate")]
        challenge: &'static str,
    },
}

/// A hand-written response that hides its message, on a 200.
#[derive(Debug, thiserror::Error)]
#[error("internal token=hunter2 at 10.9.8.7")]
pub struct Secret;

impl StatusResponse for Secret {
    fn status(&self) -> Status {
        Status::OK
    }

    fn expose_detail(&self) -> bool {
        false
    }
}

impl http_status::problem::Problem for Secret {}

/// A hand-written `Problem` whose members try to write the members RFC 9457 defines, and one
/// member twice.
#[derive(Debug, thiserror::Error)]
#[error("not here")]
pub struct Sneaky;

impl StatusResponse for Sneaky {
    fn status(&self) -> Status {
        Status::NOT_FOUND
    }
}

impl http_status::problem::Problem for Sneaky {
    fn members<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        map.serialize_entry("status", &200)?;
        map.serialize_entry("type", "https://evil.example/")?;
        map.serialize_entry("extra", &1)?;
        map.serialize_entry("extra", &2)
    }
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
#[status(429, header("Retry-After", "60"))]
pub struct UpstreamError;

/// Makes the error a route returns.
pub type MakeError = fn() -> ApiError;

/// The routes, by path, and the error each one returns.
pub const ROUTES: [(&str, MakeError); 27] = [
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
    ("/method", || ApiError::Method),
    ("/limited", || ApiError::RateLimited { seconds: 30 }),
    ("/login", || ApiError::Unauthenticated),
    ("/credit", || ApiError::OutOfCredit {
        balance: 30,
        cost: 50,
        links: vec!["/account/12345", "/account/67890"],
        account: "/account/12345/msgs/abc",
    }),
    // A field whose value is no valid header value at run time: a header split, tried.
    ("/traced", || ApiError::Traced {
        trace: "abc\r\nSet-Cookie: session=stolen",
    }),
    ("/locked", || ApiError::Locked {
        owner: "admin@10.0.0.7",
    }),
    ("/read-only", || ApiError::ReadOnly { until: "10:00" }),
    ("/unserializable", || ApiError::Unserializable {
        pairs: [((1, 2), 3)].into(),
        at: "/ledger/9",
    }),
    ("/tricky", || ApiError::Traced {
        trace: "\"quotes\", \\ and \u{1f980}",
    }),
    // Statuses a `Status` holds that cannot go on the wire, or that no registry names.
    ("/beyond", || {
        ApiError::Forwarded(Status::from_u16(600).expect("a Status holds 600"))
    }),
    ("/unnamed", || {
        ApiError::Forwarded(Status::from_u16(599).expect("valid"))
    }),
    ("/secret", || ApiError::Secret(Secret)),
    ("/sneaky", || ApiError::Sneaky(Sneaky)),
    ("/nowhere", || ApiError::Nowhere {
        at: "a b<script>\r\n/%zz",
    }),
    ("/challenge", || ApiError::Challenge {
        challenge: "Bearer\r\nSet-Cookie: x=y",
    }),
    ("/too-large", || {
        ApiError::Forwarded(Status::from_u16(999).expect("a Status holds 999"))
    }),
];

struct Reply {
    status: u16,
    content_type: Option<String>,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Reply {
    /// The one value of header `name`, or `None`.
    fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.headers.get_all(name).iter();
        let first = values.next()?.to_str().expect("ascii");
        assert!(values.next().is_none(), "{name} sent twice");
        Some(first)
    }

    /// The headers the variant declares: all but the ones every response has, and the ones
    /// negotiation adds (checked on their own by [`check_framework`]).
    fn declared_headers(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .headers
            .keys()
            .map(reqwest::header::HeaderName::as_str)
            .filter(|n| {
                ![
                    "content-type",
                    "content-length",
                    "date",
                    "vary",
                    "content-language",
                ]
                .contains(n)
            })
            .collect();
        names.sort_unstable();
        names
    }
}

async fn get(client: &reqwest::Client, url: String) -> Reply {
    let response = client.get(url).send().await.expect("request");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().expect("ascii").to_string());
    let body = response.text().await.expect("body");
    Reply {
        status,
        content_type,
        headers,
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

/// What a framework does differently, all else being the same bytes.
#[derive(Clone, Copy, Debug)]
pub struct Framework {
    /// Whether the status line says the registry's phrase (`422 Unprocessable Content`,
    /// `499 Token Required`). `false` where the framework cannot set it: the status line then
    /// says the `http` crate's phrase (`422 Unprocessable Entity`), `<none>` where it has none.
    pub registry_phrase: bool,
    /// Whether a problem response is negotiated without a layer (the framework's response
    /// trait sees the request): it then carries `Vary` and `Content-Language`.
    pub negotiates: bool,
}

impl Framework {
    /// axum and actix-web without the problem layer.
    #[allow(dead_code)] // Not by every test binary.
    pub const PLAIN: Framework = Framework {
        registry_phrase: true,
        negotiates: false,
    };

    /// The status line for `code`, whose registry phrase is `phrase`.
    fn line(self, code: u16, phrase: &str) -> String {
        let phrase = if self.registry_phrase {
            phrase
        } else {
            http::StatusCode::from_u16(code)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("<none>")
        };
        format!("HTTP/1.1 {code} {phrase}")
    }
}

/// Every assertion of the issue, against a server at `base` (`http://127.0.0.1:port`).
#[allow(dead_code)] // Not by every test binary.
pub async fn check_server(base: &str) {
    check_framework(base, Framework::PLAIN).await;
}

/// [`check_server`], for a framework that does what `framework` says.
pub async fn check_framework(base: &str, framework: Framework) {
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
        framework.line(500, "Internal Server Error")
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
        framework.line(499, "Token Required")
    );

    // The status line says the registry's phrase, as the title does (RFC 9110's name for 422).
    let r = get(&client, format!("{base}/invalid")).await;
    assert_eq!(problem(&r)["title"], "Unprocessable Content");
    assert_eq!(
        status_line(base, "/invalid").await,
        framework.line(422, "Unprocessable Content")
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

    check_headers_and_members(&client, base, framework).await;
    check_never_on_the_wire(&client, base, framework).await;

    // Negotiation: a problem says which language it is in, and that it varies by request.
    let r = get(&client, format!("{base}/missing")).await;
    if framework.negotiates {
        assert_eq!(r.header("vary"), Some("Accept, Accept-Language"));
        assert_eq!(r.header("content-language"), Some("en"));
    } else {
        assert_eq!(r.header("vary"), None);
        assert_eq!(r.header("content-language"), None);
    }
    // A 2xx is no problem: nothing to negotiate.
    let r = get(&client, format!("{base}/queued")).await;
    assert_eq!(r.header("vary"), None);

    // The statuses the derive gives agree with what went over the wire (a 1xx or 600..=999
    // aside: those are no final status).
    for (path, make) in ROUTES {
        let r = get(&client, format!("{base}{path}")).await;
        let declared = make().status();
        let sent = if declared.is_informational() || declared.as_u16() > 599 {
            500
        } else {
            declared.as_u16()
        };
        assert_eq!(r.status, sent, "{path}");
    }
}

/// Issue 24: what must never reach the wire, whatever a value says.
async fn check_never_on_the_wire(client: &reqwest::Client, base: &str, framework: Framework) {
    // 600..=999 is no HTTP status: a 500 problem, as for a 1xx.
    for path in ["/beyond", "/too-large"] {
        let r = get(client, format!("{base}{path}")).await;
        assert_eq!(r.status, 500, "{path}");
        assert_eq!(
            problem(&r),
            json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
        );
        assert_eq!(
            status_line(base, path).await,
            framework.line(500, "Internal Server Error")
        );
    }

    // A code no registry names: the status line says what the title says, never `<none>`.
    let r = get(client, format!("{base}/unnamed")).await;
    assert_eq!(r.status, 599);
    assert_eq!(problem(&r)["title"], "Server Error");
    assert_eq!(
        status_line(base, "/unnamed").await,
        framework.line(599, "Server Error")
    );

    // A value that hides its message hides it on a 200 too: no body, nothing of it anywhere.
    let r = get(client, format!("{base}/secret")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "");
    assert_eq!(r.content_type, None);
    assert!(!format!("{:?}", r.headers).contains("hunter2"));

    // Members RFC 9457 defines, and a member given twice, are written once: the derive's.
    let r = get(client, format!("{base}/sneaky")).await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body.matches("\"status\"").count(), 1, "{}", r.body);
    assert_eq!(r.body.matches("\"extra\"").count(), 1, "{}", r.body);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "not here", "extra": 1})
    );

    // An instance that is no URI reference is percent-encoded into one.
    let r = get(client, format!("{base}/nowhere")).await;
    assert_eq!(problem(&r)["instance"], "a%20b%3Cscript%3E%0D%0A/%25zz");

    // A MUST header whose value is invalid at run time is left out, never split; the
    // response still goes out, and the operator is told (see `tracing_events.rs`).
    let r = get(client, format!("{base}/challenge")).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), None);
    assert_eq!(r.header("set-cookie"), None);
}

/// Issue 8: headers from the derive, problem types, titles, instances and extension members.
async fn check_headers_and_members(client: &reqwest::Client, base: &str, framework: Framework) {
    // A constant header; a plain route sends none.
    let r = get(client, format!("{base}/method")).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), Some("GET, HEAD"));
    assert_eq!(r.declared_headers(), ["allow"]);
    assert_eq!(
        get(client, format!("{base}/missing"))
            .await
            .declared_headers(),
        Vec::<&str>::new()
    );

    // A header from a field, through its Display.
    let r = get(client, format!("{base}/limited")).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.header("retry-after"), Some("30"));
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "slow down"})
    );

    // A quoted constant value arrives byte for byte.
    let r = get(client, format!("{base}/login")).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Bearer realm=\"api\""));

    // A transparent variant keeps the inner error's headers.
    let r = get(client, format!("{base}/upstream")).await;
    assert_eq!(r.header("retry-after"), Some("60"));

    // RFC 9457's example, whole: problem type, title, detail, instance, extension members.
    let r = get(client, format!("{base}/credit")).await;
    assert_eq!(r.status, 403);
    assert_eq!(
        problem(&r),
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "detail": "your current balance is 30, but that costs 50",
            "instance": "/account/12345/msgs/abc",
            "balance": 30,
            "accounts": ["/account/12345", "/account/67890"],
        })
    );
    assert_eq!(
        status_line(base, "/credit").await,
        framework.line(403, "Forbidden"),
        "the title is the problem's; the status line keeps the registry's phrase"
    );

    // A field value that would split the header is left out: no header, no injected cookie,
    // and the rest of the response intact.
    let r = get(client, format!("{base}/traced")).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.header("x-trace"), None);
    assert_eq!(r.header("set-cookie"), None);
    assert_eq!(r.declared_headers(), Vec::<&str>::new());
    assert_eq!(
        problem(&r)["detail"],
        "trace abc\r\nSet-Cookie: session=stolen"
    );

    // Quotes, backslashes and non-ASCII are JSON's to escape: the body parses back exactly.
    let r = get(client, format!("{base}/tricky")).await;
    assert_eq!(problem(&r)["detail"], "trace \"quotes\", \\ and \u{1f980}");

    // A hidden 5xx hides its members too; an exposed one shows them.
    let r = get(client, format!("{base}/locked")).await;
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert!(!r.body.contains("10.0.0.7"));
    let r = get(client, format!("{base}/read-only")).await;
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "read-only until 10:00", "until": "10:00"})
    );

    // A member that cannot be JSON (a map with tuple keys) leaves the members out, not the body.
    let r = get(client, format!("{base}/unserializable")).await;
    assert_eq!(r.status, 409);
    assert_eq!(
        problem(&r),
        json!({"type": "about:blank", "title": "Conflict", "status": 409, "detail": "unserializable", "instance": "/ledger/9"})
    );
}
