//! RFC 9457 problem responses as [`http::Response`]s, for any `http` 1.x stack (hyper, tower,
//! axum, and actix-web through the same code).
//!
//! [`to_response`] turns a [`StatusResponse`] into the response a client gets: the status, the
//! headers the value declares, and an `application/problem+json` body written by `serde_json`.
//! `#[derive(StatusResponse)]` implements [`Problem`] as well (for `#[problem]` fields), so a
//! derived error needs nothing more:
//!
//! ```
//! use http_status::StatusResponse;
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     #[error("you have {balance} credits, the call costs {cost}")]
//!     #[status(403, type = "https://example.com/probs/out-of-credit", title = "You do not have enough credit.")]
//!     OutOfCredit {
//!         #[problem]
//!         balance: u32,
//!         cost: u32,
//!         #[problem(instance)]
//!         account: String,
//!     },
//!     #[error("slow down")]
//!     #[status(429)]
//!     RateLimited {
//!         #[header("Retry-After")]
//!         seconds: u32,
//!     },
//! }
//!
//! let response = http_status::problem::to_response(&ApiError::RateLimited { seconds: 30 });
//! assert_eq!(response.status(), 429);
//! assert_eq!(response.headers()["retry-after"], "30");
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//!
//! let error = ApiError::OutOfCredit { balance: 30, cost: 50, account: "/account/12345".into() };
//! let body: serde_json::Value = serde_json::from_slice(to_response_body(&error).as_slice())?;
//! assert_eq!(body, serde_json::json!({
//!     "type": "https://example.com/probs/out-of-credit",
//!     "title": "You do not have enough credit.",
//!     "status": 403,
//!     "detail": "you have 30 credits, the call costs 50",
//!     "instance": "/account/12345",
//!     "balance": 30,
//! }));
//! # fn to_response_body(e: &ApiError) -> Vec<u8> { http_status::problem::to_response(e).into_body() }
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! The rules, whatever the framework:
//!
//! - a `1xx` status (possible only at run time, through `transparent`) is not a final response:
//!   it becomes a `500` problem without detail;
//! - `204`, `205` and `304` carry no content (RFC 9110);
//! - a 2xx or 3xx is no problem: it sends its `Display` as `text/plain; charset=utf-8`;
//! - a 4xx or 5xx sends a problem document. Its `detail` (the `Display`) and its extension members
//!   are left out of a 5xx unless [`StatusResponse::expose_detail`] says otherwise (`expose`);
//!   the `instance` is always there;
//! - a header whose value renders to something that is not a valid header value (a line break, a
//!   control character) is left out, never sent half-way; so is a member that fails to serialize;
//! - a `Display` that fails part-way gives no detail rather than a truncated one.
//!
//! A hidden message is not lost: the response carries it in its extensions as an
//! [`ErrorMessage`], for a middleware to log, and with the `tracing` feature an error-level event
//! records the status, the message and its `source()` chain.

use core::fmt::{self, Display};
use std::error::Error;

use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::HeaderMap;
use http_status_core::{HeaderSink, Info, Status, StatusResponse};
use serde::ser::{SerializeMap, Serializer};

/// The media type of an RFC 9457 problem body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The media type of the body of a 2xx or 3xx response: its `Display`.
pub const TEXT_PLAIN: &str = "text/plain; charset=utf-8";

/// What the body of a response with a given status is: the one rule that both the response
/// ([`to_response`]) and its OpenAPI document follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BodyKind {
    /// `204`, `205` and `304` carry no content (RFC 9110).
    Empty,
    /// A 2xx or 3xx is no problem: its `Display`, as [`TEXT_PLAIN`].
    Text,
    /// A 4xx or 5xx: an RFC 9457 problem document, as [`PROBLEM_JSON`].
    Problem,
}

impl BodyKind {
    /// The body of a final response with `status`.
    pub(crate) fn of(status: Status) -> BodyKind {
        if !status.allows_content() {
            BodyKind::Empty
        } else if status.as_u16() < 400 {
            BodyKind::Text
        } else {
            BodyKind::Problem
        }
    }
}

/// The problem `title` when the value names none: the reason phrase of the meaning it names, or
/// the class's name for a code the registry does not know.
pub(crate) fn default_title(status: Status, meaning: Option<&'static Info>) -> &'static str {
    meaning.map_or_else(|| status.class().name(), Info::reason)
}

/// Whether `name` is a header the response's framing and body set, which a value's own headers
/// may not: the derive refuses these names at compile time, by the same list.
pub(crate) fn is_framing(name: &HeaderName) -> bool {
    http_status_core::__private::FRAMING_HEADERS
        .iter()
        .any(|framing| name.as_str().eq_ignore_ascii_case(framing))
}

/// The parts of a problem body that come from a value's fields: its `instance` and its extension
/// members. `#[derive(StatusResponse)]` implements it from `#[problem(instance)]` and `#[problem]`
/// fields; a hand-written [`StatusResponse`] opts in with an empty impl, or writes its own.
///
/// ```
/// use http_status::problem::{to_response, Problem};
/// use http_status::{Status, StatusResponse};
/// use serde::ser::SerializeMap;
///
/// #[derive(Debug)]
/// struct OutOfCredit { balance: u32 }
///
/// impl std::fmt::Display for OutOfCredit {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         write!(f, "your balance is {}", self.balance)
///     }
/// }
/// impl std::error::Error for OutOfCredit {}
/// impl StatusResponse for OutOfCredit {
///     fn status(&self) -> Status {
///         Status::FORBIDDEN
///     }
/// }
/// impl Problem for OutOfCredit {
///     fn members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
///         map.serialize_entry("balance", &self.balance)
///     }
/// }
///
/// let body = to_response(&OutOfCredit { balance: 30 }).into_body();
/// let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
/// assert_eq!(body["balance"], 30);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a problem response: it does not implement `Problem`",
    label = "`{Self}` does not implement `http_status::problem::Problem`",
    note = "a derived type implements it when every `#[problem]` field's type implements `serde::Serialize` and the `#[problem(instance)]` field's type implements `Display`",
    note = "for a hand-written `StatusResponse`, add `impl http_status::problem::Problem for {Self} {{}}`"
)]
pub trait Problem {
    /// The `instance` member: a URI reference that names this occurrence of the problem. None by
    /// default.
    fn instance(&self) -> Option<&dyn Display> {
        None
    }

    /// Writes the extension members into the problem's JSON object. None by default. A member
    /// must not be one of the members RFC 9457 defines (`type`, `title`, `status`, `detail`,
    /// `instance`); the derive refuses those names at compile time.
    ///
    /// # Errors
    ///
    /// When a member fails to serialize. The response is then sent without any extension member.
    fn members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }
}

impl Problem for Status {}

/// `Problem` for a wrapper of `T`, every method forwarded: written once, so that a method added to
/// the trait cannot be forgotten for one wrapper and silently take its default there.
macro_rules! forward {
    ($($wrapper:ty),*) => {$(
        impl<T: Problem + ?Sized> Problem for $wrapper {
            fn instance(&self) -> Option<&dyn Display> {
                (**self).instance()
            }

            fn members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                (**self).members(map)
            }
        }
    )*};
}

forward!(&T, Box<T>);

/// The message of an error whose detail the client was not shown (a 5xx without `expose`), in
/// the response's extensions, so that a middleware can log it.
///
/// ```
/// use http_status::problem::{to_response, ErrorMessage};
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("database at 10.0.0.7 refused the connection")]
/// #[status(500)]
/// struct Database;
///
/// let response = to_response(&Database);
/// let body = String::from_utf8(response.body().clone()).unwrap();
/// assert!(!body.contains("10.0.0.7"));
/// let hidden = response.extensions().get::<ErrorMessage>().unwrap();
/// assert_eq!(hidden.message, "database at 10.0.0.7 refused the connection");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorMessage {
    /// The status the declared error had (before a `1xx` became `500`).
    pub status: Status,
    /// The error's `Display`.
    pub message: String,
    /// Its `source()` chain, outermost first, each as its `Display`.
    pub sources: Vec<String>,
}

/// The response for `error`: status, declared headers, and body. See the
/// [module documentation](self) for the rules.
///
/// ```
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("method not allowed")]
/// #[status(405, header("Allow", "GET, HEAD"))]
/// struct Method;
///
/// // Any `http` 1.x stack can send this: hyper, a tower service, a test.
/// let response: http::Response<Vec<u8>> = http_status::problem::to_response(&Method);
/// assert_eq!(response.status(), http::StatusCode::METHOD_NOT_ALLOWED);
/// assert_eq!(response.headers()["allow"], "GET, HEAD");
/// assert!(response.body().starts_with(br#"{"type":"about:blank","title":"Method Not Allowed""#));
/// ```
pub fn to_response<E>(error: &E) -> http::Response<Vec<u8>>
where
    E: StatusResponse + Problem + Error + ?Sized,
{
    build(error, error.source()).0
}

/// [`to_response`] for a value that is only `Display`, with the `source()` of its `Error` impl
/// when the caller can see one; and the reason phrase of the status that goes out, in the
/// meaning the value named, for the frameworks' status lines.
pub(crate) fn build<E>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
) -> (http::Response<Vec<u8>>, Option<&'static str>)
where
    E: StatusResponse + Problem + Display + ?Sized,
{
    let declared = error.status();
    let status = final_status(declared);
    let interim = status != declared;
    let meaning = if interim {
        status.info()
    } else {
        error.meaning()
    };
    let exposed = !interim && error.expose_detail();
    let mut message = render(error);
    let mut headers = HeaderMap::new();
    if !interim {
        error.headers(&mut Headers(&mut headers));
    }
    let body = match BodyKind::of(status) {
        BodyKind::Empty => None,
        // Always shown, so the message is not needed again below.
        BodyKind::Text => message.take().map(|text| (TEXT_PLAIN, text.into_bytes())),
        BodyKind::Problem => {
            let detail = message.as_deref().filter(|_| exposed);
            Some((
                PROBLEM_JSON,
                problem_body(error, status, meaning, detail, exposed, interim),
            ))
        }
    };
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = http::StatusCode::from(status);
    *response.headers_mut() = headers;
    if let Some((content_type, bytes)) = body {
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        *response.body_mut() = bytes;
    }
    if interim || !exposed {
        let hidden = ErrorMessage {
            status: declared,
            message: message.unwrap_or_default(),
            sources: chain(source),
        };
        log(&hidden, interim);
        response.extensions_mut().insert(hidden);
    }
    (response, meaning.map(Info::reason))
}

/// The status that goes on the wire for `declared`: a `1xx` is interim, never a final response,
/// so it becomes `500`.
pub(crate) fn final_status(declared: Status) -> Status {
    if declared.is_informational() {
        Status::INTERNAL_SERVER_ERROR
    } else {
        declared
    }
}

/// `error`'s `Display`, or `None` when it fails.
fn render<E: Display + ?Sized>(error: &E) -> Option<String> {
    let mut out = String::new();
    fmt::write(&mut out, format_args!("{error}")).ok()?;
    Some(out)
}

/// Each error of a `source()` chain, as its `Display`.
fn chain(mut source: Option<&(dyn Error + 'static)>) -> Vec<String> {
    let mut out = Vec::new();
    // A cycle would never end: 64 causes is more than any real chain.
    while let Some(error) = source.filter(|_| out.len() < 64) {
        out.push(error.to_string());
        source = error.source();
    }
    out
}

#[cfg(feature = "tracing")]
fn log(hidden: &ErrorMessage, interim: bool) {
    if interim {
        tracing::error!(
            status = hidden.status.as_u16(),
            error = %hidden.message,
            sources = ?hidden.sources,
            "a 1xx status cannot be a final response: sending 500 Internal Server Error instead"
        );
    } else {
        tracing::error!(
            status = hidden.status.as_u16(),
            error = %hidden.message,
            sources = ?hidden.sources,
            "server error; its message was not shown to the client"
        );
    }
}

#[cfg(not(feature = "tracing"))]
fn log(_: &ErrorMessage, _: bool) {}

/// Collects declared headers, leaving out any that `http` would not send.
struct Headers<'a>(&'a mut HeaderMap);

impl HeaderSink for Headers<'_> {
    fn header(&mut self, name: &str, value: &dyn Display) {
        let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else {
            return;
        };
        // The framing and the body's type are the response's own.
        if is_framing(&name) {
            return;
        }
        let Some(Ok(value)) = render(value).map(HeaderValue::try_from) else {
            return;
        };
        self.0.append(name, value);
    }
}

/// The problem document, by `serde_json`; without the extension members if one fails.
fn problem_body<E: Problem + StatusResponse + ?Sized>(
    error: &E,
    status: Status,
    meaning: Option<&'static Info>,
    detail: Option<&str>,
    exposed: bool,
    interim: bool,
) -> Vec<u8> {
    let instance = if interim {
        None
    } else {
        error.instance().and_then(render)
    };
    let title = if interim { None } else { error.title() };
    let mut body = Body {
        kind: if interim { None } else { error.problem_type() },
        title: title.unwrap_or_else(|| default_title(status, meaning)),
        status: status.as_u16(),
        detail,
        instance: instance.as_deref(),
        members: exposed.then_some(error),
    };
    serde_json::to_vec(&body).unwrap_or_else(|_| {
        body.members = None;
        // Strings and a number only: this cannot fail.
        serde_json::to_vec(&body).unwrap_or_default()
    })
}

/// The members of an RFC 9457 problem document, in the order the RFC lists them.
struct Body<'a, E: ?Sized> {
    kind: Option<&'static str>,
    title: &'a str,
    status: u16,
    detail: Option<&'a str>,
    instance: Option<&'a str>,
    members: Option<&'a E>,
}

impl<E: Problem + ?Sized> serde::Serialize for Body<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.kind.unwrap_or("about:blank"))?;
        map.serialize_entry("title", self.title)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(detail) = self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = self.instance {
            map.serialize_entry("instance", instance)?;
        }
        if let Some(error) = self.members {
            error.members(&mut map)?;
        }
        map.end()
    }
}
