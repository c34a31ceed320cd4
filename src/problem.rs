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
//! let body = http_status::problem::to_response(&error).into_body();
//! let body: serde_json::Value = serde_json::from_slice(&body)?;
//! assert_eq!(body, serde_json::json!({
//!     "type": "https://example.com/probs/out-of-credit",
//!     "title": "You do not have enough credit.",
//!     "status": 403,
//!     "detail": "you have 30 credits, the call costs 50",
//!     "instance": "/account/12345",
//!     "balance": 30,
//! }));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! The rules, whatever the framework:
//!
//! - a `1xx` status (interim) and `600..=999` (no HTTP status, though a [`Status`] holds them
//!   because peers send them), possible only at run time through `transparent`, are never sent:
//!   they become a `500` problem without detail;
//! - `204`, `205` and `304` carry no content (RFC 9110);
//! - a 2xx or 3xx is no problem: it sends its `Display` as `text/plain; charset=utf-8`, unless
//!   [`StatusResponse::expose_detail`] says no, when it sends nothing;
//! - a 4xx or 5xx sends a problem document. Its `detail` (the `Display`) and its extension members
//!   are left out of a 5xx unless [`StatusResponse::expose_detail`] says otherwise (`expose`);
//!   the `instance` is always there, percent-encoded into a URI reference where it is not one
//!   (`a b` becomes `a%20b`) and left out where even that fails;
//! - the title is the value's, or the registry's phrase, or for a code the registry does not know
//!   the class's name (`Server Error`); the frameworks write the same on the status line;
//! - a header whose value renders to something that is not a valid header value (a line break, a
//!   control character) is left out, never sent half-way; so is a member that fails to serialize,
//!   and a member named like one RFC 9457 defines (`status`, `type`, ...) or like one already
//!   written, whatever a hand-written [`Problem`] writes;
//! - a `Display` that fails part-way gives no detail rather than a truncated one.
//!
//! Every problem response carries its document as a [`Details`] in its extensions, the body as
//! a value, for a layer to read or add to (`http_status::layer` does, with the `axum` or
//! `actix-web` feature).
//!
//! Nothing the client is not told is lost: the response carries it in its extensions as an
//! [`ErrorMessage`] (the message, its `source()` chain, whether the `Display` failed, and any
//! header the status MUST carry that went out missing), for a middleware to log, and with the
//! `tracing` feature an error-level event records it, in words that fit the status.

use core::fmt::{self, Display};
use std::borrow::Cow;
use std::error::Error;

use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::HeaderMap;
use http_status_core::negotiate::Format;
use http_status_core::{Class, HeaderSink, Info, Lang, Status, StatusResponse};
use serde::ser::{SerializeMap, Serializer};

pub use crate::document::Document;
pub use crate::validation::{Invalid, InvalidPointer, Pointer, Validation};

/// The media type of an RFC 9457 problem body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The media type of the body of a 2xx or 3xx response: its `Display`.
pub const TEXT_PLAIN: &str = "text/plain; charset=utf-8";

/// `text` as a header value, for the problem's own static headers (its media types, its
/// languages, its `Vary`): the usual ones are checked once, at compile time, rather than on
/// every response as `HeaderValue::from_static` does at run time.
pub(crate) fn static_value(text: &'static str) -> HeaderValue {
    const JSON: HeaderValue = HeaderValue::from_static(PROBLEM_JSON);
    const TEXT: HeaderValue = HeaderValue::from_static(TEXT_PLAIN);
    const EN: HeaderValue = HeaderValue::from_static("en");
    #[cfg(any(feature = "axum", feature = "salvo"))]
    const VARY: HeaderValue = HeaderValue::from_static(crate::layer::VARY);
    match text {
        PROBLEM_JSON => JSON,
        TEXT_PLAIN => TEXT,
        "en" => EN,
        #[cfg(any(feature = "axum", feature = "salvo"))]
        crate::layer::VARY => VARY,
        other => HeaderValue::from_static(other),
    }
}

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

    /// The title and detail in `lang`, where the value has its own (the derive's
    /// `title(fr = "...")` and `detail(fr = "...")`). `None` by default, and for English, whose
    /// title is [`StatusResponse::title`] and whose detail is the `Display`.
    fn translation(&self, lang: Lang) -> Option<Translation> {
        let _ = lang;
        None
    }
}

/// What a derived type needs, beyond its status, to be an axum response: a `Display`, which is
/// its problem's `detail`. The axum impl's where clause names this trait rather than `Display`,
/// so that when the bound fails, rustc names a trait whose documentation says why.
///
/// In a handler, rustc can only say that axum's `Handler` is not implemented for the function.
/// `#[axum::debug_handler]` on the handler (axum's `macros` feature) makes it say which bound
/// failed: this one when the error type has no `Display`, or [`Problem`] when a `#[problem]`
/// member's type does not implement `serde::Serialize`.
///
/// With `#[axum::debug_handler]` on `async fn handler() -> Result<String, ApiError>` and an
/// `ApiError` derived without `Display`, rustc says (the `ui/axum_without_display` case of the
/// test suite checks it):
///
/// ```text
/// error[E0277]: `ApiError` doesn't implement `std::fmt::Display`
///   --> src/main.rs:11:23
///    |
/// 11 | async fn handler() -> Result<String, ApiError> {
///    |                       ^^^^^^ unsatisfied trait bound
///    = note: required for `ApiError` to implement `DisplayAsDetail`
///    = note: required for `ApiError` to implement `IntoResponse`
/// ```
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an axum response yet: it does not implement `Display`",
    label = "`{Self}` needs `Display`",
    note = "a derived error's message (`Display`) is the `detail` of its problem response: derive `thiserror::Error` with `#[error(\"...\")]` on each variant, or implement `std::fmt::Display` for `{Self}`",
    note = "in a handler, rustc can only say that `Handler` is not implemented; `#[axum::debug_handler]` on the handler shows this message"
)]
pub trait DisplayAsDetail: Display {}

#[cfg(feature = "axum")]
impl<T: Display + ?Sized> DisplayAsDetail for T {}

/// A problem's title and detail in one language: what [`Problem::translation`] gives, and what
/// a [`Details`] keeps for a layer to choose from.
///
/// ```
/// use http_status::problem::Problem;
/// use http_status::{Lang, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("no user {0}")]
/// #[status(404, type = "/probs/no-user", title(en = "No such user", fr = "Utilisateur inconnu"), detail(fr = "aucun utilisateur {0}"))]
/// struct Missing(u32);
///
/// let french = Missing(7).translation(Lang::Fr).unwrap();
/// assert_eq!(french.title.as_deref(), Some("Utilisateur inconnu"));
/// assert_eq!(french.detail.as_deref(), Some("aucun utilisateur 7"));
/// // English is the value's own title and `Display`.
/// assert!(Missing(7).translation(Lang::En).is_none());
/// assert_eq!(Missing(7).title(), Some("No such user"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Translation {
    /// The language.
    pub lang: Lang,
    /// The title, when the value has its own in this language.
    pub title: Option<Cow<'static, str>>,
    /// The detail, when the value has a template in this language.
    pub detail: Option<String>,
}

impl Translation {
    /// A title and a detail in `lang`.
    pub fn new(lang: Lang, title: Option<&'static str>, detail: Option<String>) -> Translation {
        Translation {
            lang,
            title: title.map(Cow::Borrowed),
            detail,
        }
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

            fn translation(&self, lang: Lang) -> Option<Translation> {
                (**self).translation(lang)
            }
        }
    )*};
}

forward!(&T, Box<T>);

/// What the client was not told, in the response's extensions, so that a middleware can log it:
/// the message of an error whose detail was hidden (a 5xx without `expose`, or any value whose
/// [`StatusResponse::expose_detail`] says no), of a status that could not be sent (a `1xx`, or
/// `600..=999`, sent as `500`), of a `Display` that failed part-way, or of a response sent
/// without a header RFC 9110 says it MUST carry (its value was not a valid header value).
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
    /// The status the declared error had (before a `1xx` or a `600` became `500`).
    pub status: Status,
    /// The error's `Display`: what it wrote, even when it failed part-way.
    pub message: String,
    /// Its `source()` chain, outermost first, each as its `Display`.
    pub sources: Vec<String>,
    /// Whether the `Display` failed part-way, so that `message` is only its beginning.
    pub display_failed: bool,
    /// The headers the status MUST carry (RFC 9110) that the response went out without.
    pub missing_headers: Vec<&'static str>,
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
    build_with(error, source, Extensions::Keep)
}

/// Whether [`build_with`] puts `Details` and `ErrorMessage` in the response's extensions.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extensions {
    /// For a layer, a middleware or the framework to read.
    Keep,
    /// For a framework that replaces them (poem puts its `Error`'s in their place): the body,
    /// the headers and the `tracing` event are the same, and nothing is built to be dropped.
    /// Rocket's responses have no extensions at all.
    #[cfg_attr(not(any(feature = "poem", feature = "rocket")), allow(dead_code))]
    Drop,
}

/// [`build`], keeping the extensions or not.
pub(crate) fn build_with<E>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
    extensions: Extensions,
) -> (http::Response<Vec<u8>>, Option<&'static str>)
where
    E: StatusResponse + Problem + Display + ?Sized,
{
    let built = assemble(error, source, extensions);
    let reason = built.reason;
    (built.into_http(extensions), reason)
}

/// A response before it is any framework's: what [`build_with`] puts in an `http::Response`,
/// for the frameworks that write their own (salvo, Rocket), so that nothing is built twice.
pub(crate) struct Built {
    pub(crate) status: http::StatusCode,
    /// The declared headers; the body's `Content-Type` is [`Built::content_type`].
    pub(crate) headers: HeaderMap,
    /// The body's media type, when there is a body.
    pub(crate) content_type: Option<&'static str>,
    pub(crate) body: Vec<u8>,
    /// The document of a problem body, for the response's extensions and for negotiation.
    pub(crate) details: Option<Details>,
    /// What the client was not told, when anyone can read it (see [`Extensions`]).
    pub(crate) hidden: Option<ErrorMessage>,
    /// The status line's phrase: the registry's, or the class's name.
    pub(crate) reason: Option<&'static str>,
}

impl Built {
    /// The `http::Response`: the `Content-Type` after the declared headers, and the document
    /// and the hidden message in its extensions when they are kept.
    pub(crate) fn into_http(self, extensions: Extensions) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(self.body);
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers;
        if let Some(content_type) = self.content_type {
            response
                .headers_mut()
                .insert(CONTENT_TYPE, static_value(content_type));
        }
        if let Some(details) = self.details.filter(|_| extensions == Extensions::Keep) {
            response.extensions_mut().insert(details);
        }
        // Only a kept one is here (`assemble`).
        if let Some(hidden) = self.hidden {
            response.extensions_mut().insert(hidden);
        }
        response
    }
}

/// The parts of `error`'s response: [`build_with`]'s, before they are put in any response. The
/// hidden message is rendered when it is kept or a `tracing` subscriber listens.
pub(crate) fn assemble<E>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
    extensions: Extensions,
) -> Built
where
    E: StatusResponse + Problem + Display + ?Sized,
{
    let keep = extensions == Extensions::Keep;
    let declared = error.status();
    let not_final = NotFinal::of(declared);
    let status = final_status(declared);
    let own = not_final.is_none();
    let meaning = if own { error.meaning() } else { status.info() };
    let exposed = own && error.expose_detail();
    // A hidden message is rendered for `ErrorMessage` and the `tracing` event; with neither
    // (a framework that drops the extensions, no subscriber listening), it is not rendered.
    let operator = keep || logs();
    let message = if exposed || operator {
        render(error)
    } else {
        Ok(String::new())
    };
    let mut headers = HeaderMap::new();
    if own {
        error.headers(&mut Headers(&mut headers));
    }
    // What RFC 9110 says a response MUST carry, and a value at run time kept out.
    let missing: Vec<&'static str> = if own {
        meaning
            .into_iter()
            .flat_map(Info::headers)
            .filter(|rule| rule.is_mandatory() && !headers.contains_key(rule.name()))
            .map(|rule| rule.name())
            .collect()
    } else {
        Vec::new()
    };
    let display_failed = message.is_err();
    let hide = !exposed || display_failed || !missing.is_empty();
    // A `Display` that failed part-way shows nothing rather than half a message. The message
    // moves into the body unless the extension for what was hidden needs it too.
    let (shown, message) = match message {
        Ok(text) if exposed && hide => (Some(text.clone()), Ok(text)),
        Ok(text) if exposed => (Some(text), Ok(String::new())),
        other => (None, other),
    };
    let mut body = Vec::new();
    let mut document = None;
    let content_type = match BodyKind::of(status) {
        BodyKind::Empty => None,
        BodyKind::Text => shown.map(|text| {
            body = text.into_bytes();
            TEXT_PLAIN
        }),
        BodyKind::Problem => {
            let details = details(error, status, meaning, shown, exposed, own);
            body = details.to_json();
            document = Some(details);
            Some(PROBLEM_JSON)
        }
    };
    let hidden = (hide && operator).then(|| {
        let hidden = ErrorMessage {
            status: declared,
            message: message.unwrap_or_else(|partial| partial),
            sources: chain(source),
            display_failed,
            missing_headers: missing,
        };
        log(&hidden, not_final);
        hidden
    });
    Built {
        status: http::StatusCode::from(status),
        headers,
        content_type,
        body,
        details: document,
        hidden: hidden.filter(|_| keep),
        // The status line says what the title says by default: the registry's phrase, or the
        // class's name for a code the registry does not know, never `<none>`.
        reason: Some(default_title(status, meaning)),
    }
}

/// Why a status a value declared cannot be the final status of a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotFinal {
    /// `1xx`: an interim response; the final one always follows.
    Interim,
    /// `600..=999`: outside RFC 9110's range (Section 15), though a `Status` can hold it.
    OutOfRange,
}

impl NotFinal {
    pub(crate) fn of(declared: Status) -> Option<NotFinal> {
        if declared.is_informational() {
            Some(NotFinal::Interim)
        } else if declared.as_u16() > 599 {
            Some(NotFinal::OutOfRange)
        } else {
            None
        }
    }
}

/// The status that goes on the wire for `declared`: a `1xx` is interim and `600..=999` is no
/// HTTP status, so neither is ever sent; both become `500`.
pub(crate) fn final_status(declared: Status) -> Status {
    http_status_core::__private::on_the_wire(declared)
}

/// `value`'s `Display`: `Err` with what it wrote before it failed, when it fails.
fn render<E: Display + ?Sized>(value: &E) -> Result<String, String> {
    let mut out = String::new();
    match fmt::write(&mut out, format_args!("{value}")) {
        Ok(()) => Ok(out),
        Err(_) => Err(out),
    }
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

/// What the event says happened, in words that fit the status.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn summary(hidden: &ErrorMessage, not_final: Option<NotFinal>) -> String {
    let code = hidden.status.as_u16();
    match not_final {
        Some(NotFinal::Interim) => {
            return format!("{code} is an interim (1xx) status and cannot be a final response: sent 500 Internal Server Error instead")
        }
        Some(NotFinal::OutOfRange) => {
            return format!("{code} is no HTTP status (a status is 100 to 599, RFC 9110, Section 15): sent 500 Internal Server Error instead")
        }
        None => {}
    }
    if !hidden.missing_headers.is_empty() {
        return format!(
            "a {code} response must carry {}, but its value was not a valid header value: sent without it",
            hidden.missing_headers.join(" and ")
        );
    }
    if hidden.display_failed {
        return format!(
            "the {code} error's `Display` failed part-way: no message was shown to the client"
        );
    }
    let what = match hidden.status.class() {
        Class::ServerError => "server error",
        Class::ClientError => "client error",
        _ => "response",
    };
    format!("{code} {what}: its message was not shown to the client")
}

#[cfg(feature = "tracing")]
pub(crate) fn log(hidden: &ErrorMessage, not_final: Option<NotFinal>) {
    tracing::error!(
        status = hidden.status.as_u16(),
        error = %hidden.message,
        sources = ?hidden.sources,
        "{}",
        summary(hidden, not_final)
    );
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn log(_: &ErrorMessage, _: Option<NotFinal>) {}

/// Whether [`log`] would reach a subscriber.
#[cfg(feature = "tracing")]
fn logs() -> bool {
    tracing::enabled!(tracing::Level::ERROR)
}

/// Whether [`log`] would reach a subscriber: never, without the `tracing` feature.
#[cfg(not(feature = "tracing"))]
fn logs() -> bool {
    false
}

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
        let Some(Ok(value)) = render(value).ok().map(HeaderValue::try_from) else {
            return;
        };
        self.0.append(name, value);
    }
}

/// The problem document of `error`: its extension members collected (none if one fails to
/// serialize).
fn details<E: Problem + StatusResponse + ?Sized>(
    error: &E,
    status: Status,
    meaning: Option<&'static Info>,
    detail: Option<String>,
    exposed: bool,
    own: bool,
) -> Details {
    let instance = if own {
        error
            .instance()
            .and_then(|i| render(i).ok())
            .and_then(uri_reference)
    } else {
        None
    };
    let title = if own { error.title() } else { None };
    let mut members = Vec::new();
    if exposed {
        let mut collect = Collect {
            out: &mut members,
            key: None,
        };
        if error.members(&mut collect).is_err() {
            members.clear();
        }
    }
    // A title or detail in another language, where the value has one; none is shown for a
    // detail that is not shown.
    let translations = if own {
        Lang::ALL
            .into_iter()
            .filter(|&lang| lang != Lang::En)
            .filter_map(|lang| error.translation(lang))
            .map(|mut t| {
                if !exposed || detail.is_none() {
                    t.detail = None;
                }
                t
            })
            .collect()
    } else {
        Vec::new()
    };
    Details {
        problem_type: Cow::Borrowed(
            own.then(|| error.problem_type())
                .flatten()
                .unwrap_or(ABOUT_BLANK),
        ),
        title: Cow::Borrowed(title.unwrap_or_else(|| default_title(status, meaning))),
        status,
        detail,
        instance,
        members,
        title_language: Lang::En,
        detail_language: Lang::En,
        translations,
    }
}

/// `text` as a URI reference (RFC 3986, Section 4.1), which RFC 9457 makes the `instance`:
/// as it is when it is one, else with what can never stand in one percent-encoded (controls,
/// space, `"<>\^`{|}`, bytes above ASCII, a `%` without two hex digits, a second `#`), and
/// `None` when even that is not one. Checked with `iri-string`.
fn uri_reference(text: String) -> Option<String> {
    use iri_string::types::UriReferenceStr;

    if UriReferenceStr::new(&text).is_ok() {
        return Some(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut fragment = false;
    for (i, &b) in bytes.iter().enumerate() {
        let keep = match b {
            b'%' => {
                bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
            }
            b'#' if !fragment => {
                fragment = true;
                true
            }
            b'#' => false,
            0x21..=0x7e => !matches!(
                b,
                b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
            ),
            _ => false,
        };
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    UriReferenceStr::new(&out).is_ok().then_some(out)
}

/// The `type` of a problem that names none (RFC 9457, Section 4.2.1).
pub const ABOUT_BLANK: &str = "about:blank";

/// An RFC 9457 problem document: what a problem response's body says, as a value.
///
/// [`to_response`] and the framework integrations attach the `Details` of every problem response
/// they make to its extensions, next to its body, so that a layer (see `http_status::layer`) can
/// read what the body says without parsing it, and add to it what only the request knows. Its
/// JSON ([`Details::to_json`]) is the body, byte for byte.
///
/// It also builds a one-off problem without an enum:
///
/// ```
/// use http_status::problem::Details;
/// use http_status::Status;
///
/// let mut problem = Details::new(Status::CONFLICT);
/// problem.detail = Some("the name is taken".into());
/// problem.push_member("name", &"ada")?;
/// let response = problem.to_response();
/// assert_eq!(response.status(), 409);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert_eq!(
///     response.body(),
///     br#"{"type":"about:blank","title":"Conflict","status":409,"detail":"the name is taken","name":"ada"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Details {
    /// `type`: a URI reference that names the kind of problem; [`ABOUT_BLANK`] when the status
    /// says it all.
    pub problem_type: Cow<'static, str>,
    /// `title`: a short summary of the kind of problem.
    pub title: Cow<'static, str>,
    /// `status`: the status of the response.
    pub status: Status,
    /// `detail`: what happened this time, for the client. `None` when it is not shown.
    pub detail: Option<String>,
    /// `instance`: a URI reference that names this occurrence.
    pub instance: Option<String>,
    /// The extension members, in the order they are written. A member named like one RFC 9457
    /// defines (`type`, `title`, ...) or like an earlier one is left out of the JSON.
    pub members: Vec<(String, serde_json::Value)>,
    /// The language `title` is in: English until [`Details::localize`] changes it.
    pub title_language: Lang,
    /// The language `detail` is in: English (the error's `Display`) until
    /// [`Details::localize`] takes a translation.
    pub detail_language: Lang,
    /// The value's own titles and details in other languages, for [`Details::localize`]. Not
    /// part of the JSON.
    pub translations: Vec<Translation>,
}

impl Details {
    /// The problem of `status` alone: `about:blank`, titled with the registry's phrase (or the
    /// class's name for a code the registry does not know). A status that cannot end an
    /// exchange (a `1xx`, `600..=999`) gives a `500`, as every problem response here does.
    ///
    /// ```
    /// # use http_status::{problem::Details, Status};
    /// let problem = Details::new(Status::CONTENT_TOO_LARGE);
    /// assert_eq!(problem.title, "Content Too Large");
    /// assert_eq!(Details::new(Status::CONTINUE).status, 500);
    /// ```
    pub fn new(status: Status) -> Details {
        let status = final_status(status);
        Details {
            problem_type: Cow::Borrowed(ABOUT_BLANK),
            title: Cow::Borrowed(default_title(status, status.info())),
            status,
            detail: None,
            instance: None,
            members: Vec::new(),
            title_language: Lang::En,
            detail_language: Lang::En,
            translations: Vec::new(),
        }
    }

    /// Adds the member `name` with `value`, serialized now.
    ///
    /// # Errors
    ///
    /// When `value` fails to serialize; the member is then not added.
    pub fn push_member<T: serde::Serialize + ?Sized>(
        &mut self,
        name: impl Into<String>,
        value: &T,
    ) -> Result<(), serde_json::Error> {
        let value = serde_json::to_value(value)?;
        self.members.push((name.into(), value));
        Ok(())
    }

    /// The member `name`, if the document has it.
    ///
    /// ```
    /// # use http_status::{problem::Details, Status};
    /// let mut problem = Details::new(Status::CONFLICT);
    /// problem.push_member("name", &"ada")?;
    /// assert_eq!(problem.member("name"), Some(&serde_json::json!("ada")));
    /// assert_eq!(problem.member("age"), None);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn member(&self, name: &str) -> Option<&serde_json::Value> {
        self.members
            .iter()
            .find(|(member, _)| member == name)
            .map(|(_, value)| value)
    }

    /// The document as `application/problem+json`.
    pub fn to_json(&self) -> Vec<u8> {
        // Room for the members' names, quotes and commas, the status and a short member or
        // two: the body is written once, not grown through several reallocations.
        let text = |s: Option<&str>| s.map_or(0, str::len);
        let capacity = 96
            + self.problem_type.len()
            + self.title.len()
            + text(self.detail.as_deref())
            + text(self.instance.as_deref())
            + 24 * self.members.len();
        let mut out = Vec::with_capacity(capacity);
        // Strings, a number and JSON values with string keys: this cannot fail.
        match serde_json::to_writer(&mut out, self) {
            Ok(()) => out,
            Err(_) => Vec::new(),
        }
    }

    /// The title in `lang` when it is the registry's phrase for the status (an `about:blank`
    /// problem's, RFC 9457, Section 4.2.1, which MAY be localized); a title of the value's own
    /// stays as it is. Whether it changed.
    ///
    /// ```
    /// # use http_status::{problem::Details, Lang, Status};
    /// let mut problem = Details::new(Status::NOT_FOUND);
    /// assert!(problem.localize(Lang::Fr));
    /// assert_eq!(problem.title, "Introuvable");
    /// assert!(problem.localize(Lang::En));
    /// assert_eq!(problem.title, "Not Found");
    ///
    /// let mut own = Details::new(Status::FORBIDDEN);
    /// own.title = "Not enough credit".into();
    /// assert!(!own.localize(Lang::Fr));
    /// ```
    pub fn localize(&mut self, lang: Lang) -> bool {
        let english = self.title_language == Lang::En && self.detail_language == Lang::En;
        if lang == Lang::En && english && self.translations.is_empty() {
            // Nothing to translate, and nothing translated to take back.
            return false;
        }
        let mut changed = false;
        let own = self.translations.iter().position(|t| t.lang == lang);
        let own_title = own.and_then(|i| self.translations[i].title.clone());
        let title = match own_title {
            Some(title) => Some(title),
            None => self
                .status
                .meanings()
                .iter()
                .find(|info| Lang::ALL.iter().any(|&l| info.reason_in(l) == self.title))
                .map(|info| Cow::Borrowed(info.reason_in(lang))),
        };
        if let Some(title) = title {
            if title != self.title {
                self.title = title;
                changed = true;
            }
            self.title_language = lang;
        }
        // A detail that is not shown stays unshown in every language.
        if self.detail.is_some() {
            if let Some(detail) = own.and_then(|i| self.translations[i].detail.clone()) {
                if self.detail.as_ref() != Some(&detail) {
                    self.detail = Some(detail);
                    changed = true;
                }
                self.detail_language = lang;
            }
        }
        changed
    }

    /// The `Content-Language` of the document: the languages of its title and its detail.
    ///
    /// ```
    /// # use http_status::{problem::Details, Lang, Status};
    /// let mut problem = Details::new(Status::NOT_FOUND);
    /// problem.detail = Some("no user 7".into());
    /// problem.localize(Lang::Fr);
    /// assert_eq!(problem.content_language(), "fr, en");
    /// ```
    pub fn content_language(&self) -> &'static str {
        let detail = self.detail.as_ref().map(|_| self.detail_language);
        match (self.title_language, detail) {
            (Lang::Fr, Some(Lang::En)) => "fr, en",
            (Lang::En, Some(Lang::Fr)) => "en, fr",
            (Lang::Fr, _) => "fr",
            _ => "en",
        }
    }

    /// The document as `text/plain`: the status and title on the first line, the detail on the
    /// second, then the type, the instance and each member on a line of its own, labelled in
    /// `lang`.
    ///
    /// ```
    /// # use http_status::{problem::Details, Lang, Status};
    /// let mut problem = Details::new(Status::NOT_FOUND);
    /// problem.detail = Some("no user 7".into());
    /// assert_eq!(problem.to_text(Lang::En), "404 Not Found\nno user 7\n");
    /// ```
    pub fn to_text(&self, lang: Lang) -> String {
        crate::render::text(self, lang)
    }

    /// The document as a small HTML page in `lang`: the status and title as its heading, the
    /// detail, the type (a link when it is an absolute URI), the instance and the members as a
    /// definition list, every value escaped, and the JSON itself as data (RFC 9457, Appendix C:
    /// `<script type="application/problem+json">`, where no `</script>` can appear). No
    /// external resource, no other script.
    ///
    /// ```
    /// # use http_status::{problem::Details, Lang, Status};
    /// let mut problem = Details::new(Status::BAD_REQUEST);
    /// problem.detail = Some("<script>alert(1)</script>".into());
    /// let page = problem.to_html(Lang::En);
    /// assert!(page.contains("<h1><span class=\"status\">400</span> <span class=\"title\">Bad Request</span></h1>"));
    /// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    /// assert!(page.contains(r#""detail":"\u003cscript\u003ealert(1)\u003c/script\u003e""#));
    /// ```
    pub fn to_html(&self, lang: Lang) -> String {
        crate::render::html(self, lang)
    }

    /// The document as `application/problem+xml` (RFC 9457, Appendix B).
    ///
    /// ```
    /// # use http_status::{problem::Details, Status};
    /// let xml = String::from_utf8(Details::new(Status::GONE).to_xml()).unwrap();
    /// assert_eq!(
    ///     xml,
    ///     r#"<?xml version="1.0" encoding="UTF-8"?><problem xmlns="urn:ietf:rfc:7807"><type>about:blank</type><title>Gone</title><status>410</status></problem>"#
    /// );
    /// ```
    #[cfg(feature = "xml")]
    #[cfg_attr(docsrs, doc(cfg(feature = "xml")))]
    pub fn to_xml(&self) -> Vec<u8> {
        crate::render::xml(self)
    }

    /// The format [`Details::render`] writes when asked for `format`: the same, but for XML
    /// without the `xml` feature, which is written as JSON. What a response's `Content-Type`
    /// says must be this, not what was asked for.
    ///
    /// ```
    /// # use http_status::{negotiate::Format, problem::Details};
    /// assert_eq!(Details::rendered_as(Format::Html), Format::Html);
    /// let xml = if cfg!(feature = "xml") { Format::Xml } else { Format::Json };
    /// assert_eq!(Details::rendered_as(Format::Xml), xml);
    /// ```
    pub const fn rendered_as(format: Format) -> Format {
        match format {
            Format::Xml if !cfg!(feature = "xml") => Format::Json,
            other => other,
        }
    }

    /// The body of the document in `format` (in [`Details::rendered_as`]`(format)`, exactly),
    /// in `lang` for the words of a page or text that are not the problem's own.
    ///
    /// ```
    /// # use http_status::{negotiate::Format, problem::Details, Lang, Status};
    /// let mut problem = Details::new(Status::GONE);
    /// assert_eq!(problem.render(Format::Json, Lang::En), problem.to_json());
    /// // `lang` is for the page's own words; the title is the document's until it is localized.
    /// assert_eq!(problem.render(Format::Text, Lang::Fr), b"410 Gone\n");
    /// problem.localize(Lang::Fr);
    /// assert_eq!(problem.render(Format::Text, Lang::Fr), b"410 Disparu\n");
    /// ```
    pub fn render(&self, format: Format, lang: Lang) -> Vec<u8> {
        match format {
            Format::Html => self.to_html(lang).into_bytes(),
            Format::Text => self.to_text(lang).into_bytes(),
            #[cfg(feature = "xml")]
            Format::Xml => self.to_xml(),
            _ => self.to_json(),
        }
    }

    /// A response with this document: its status (`500` for one that cannot end an exchange),
    /// `content-type: application/problem+json`, the JSON, and the `Details` in its extensions.
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(self.to_json());
        *response.status_mut() = http::StatusCode::from(final_status(self.status));
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response.extensions_mut().insert(self.clone());
        response
    }
}

impl serde::Serialize for Details {
    /// The members in the order RFC 9457 lists them, then the extension members.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.problem_type)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.status.as_u16())?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in written(&self.members) {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// The members RFC 9457 defines, which the body writes itself.
const DEFINED: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// The members of a `#[problem(flatten)]` field: each entry of the JSON object `value`
/// serializes to (none for `null`), in the order of serde_json's map, by name. Not public API.
///
/// # Errors
///
/// When `value` fails to serialize, or is no object.
#[doc(hidden)]
pub fn flatten<M: SerializeMap, T: serde::Serialize + ?Sized>(
    map: &mut M,
    value: &T,
) -> Result<(), M::Error> {
    use serde::ser::Error as _;
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(members)) => {
            for (name, value) in &members {
                map.serialize_entry(name, value)?;
            }
            Ok(())
        }
        Ok(serde_json::Value::Null) => Ok(()),
        Ok(_) => Err(M::Error::custom(
            "a `#[problem(flatten)]` field must serialize to an object",
        )),
        Err(error) => Err(M::Error::custom(error)),
    }
}

/// The extension members a body writes, in order: not one RFC 9457 defines, not one already
/// written (a JSON reader would take the later value). The one rule for `Details`, `Document`
/// and every rendered format.
pub(crate) fn written(
    members: &[(String, serde_json::Value)],
) -> impl Iterator<Item = &(String, serde_json::Value)> {
    members.iter().enumerate().filter_map(move |(i, member)| {
        let repeated = members[..i].iter().any(|(earlier, _)| *earlier == member.0);
        (!repeated && !is_defined(&member.0)).then_some(member)
    })
}

/// Whether `name` is a member RFC 9457 defines.
pub(crate) fn is_defined(name: &str) -> bool {
    DEFINED.contains(&name)
}

/// The map a value's [`Problem::members`] writes into: it collects each member as a JSON value,
/// and leaves out a member named like one RFC 9457 defines, or like a member already written, so
/// that whatever a hand-written impl writes, the body never holds a key twice (a JSON reader
/// would take the later value).
struct Collect<'a> {
    out: &'a mut Vec<(String, serde_json::Value)>,
    /// The name of the member whose value comes next; `None` when it is left out.
    key: Option<String>,
}

impl SerializeMap for Collect<'_> {
    type Ok = ();
    type Error = serde_json::Error;

    fn serialize_key<T: serde::Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Self::Error> {
        // Keys of a JSON object are strings; serde_json writes a number or a bool key as its
        // text, and so does this.
        let name = match serde_json::to_value(key)? {
            serde_json::Value::String(name) => name,
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            _ => {
                return Err(serde::ser::Error::custom(
                    "a member's name must be a string",
                ))
            }
        };
        let taken = DEFINED.contains(&name.as_str()) || self.out.iter().any(|(n, _)| *n == name);
        self.key = (!taken).then_some(name);
        Ok(())
    }

    fn serialize_value<T: serde::Serialize + ?Sized>(
        &mut self,
        value: &T,
    ) -> Result<(), Self::Error> {
        if let Some(name) = self.key.take() {
            let value = serde_json::to_value(value)?;
            // A member that is `null` (a `None`) is left out: an extension member says
            // something or is absent (RFC 9457, Section 3.2), as
            // `#[serde(skip_serializing_if = "Option::is_none")]` would have it.
            if !value.is_null() {
                self.out.push((name, value));
            }
        }
        Ok(())
    }

    fn end(self) -> Result<(), Self::Error> {
        Ok(())
    }
}
