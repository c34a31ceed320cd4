//! What the derive's framework impls call: RFC 9457 problem responses built from a
//! `StatusResponse + Display` value. Not public API; reached through `__private`.

use core::fmt::{self, Display};

use http_status_core::{Info, Status, StatusResponse};

/// The media type of an RFC 9457 problem body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The media type of the body of a derived 2xx or 3xx response: its `Display`.
pub const TEXT_PLAIN: &str = "text/plain; charset=utf-8";

/// What a derived value sends, whatever the framework: the rules live here once.
#[derive(Debug, PartialEq, Eq)]
pub struct Reply {
    /// The final status: never `1xx`.
    pub status: Status,
    /// The registry's phrase for the status line, in the meaning the value named.
    pub reason: Option<&'static str>,
    /// The content type and the body, or `None` for a response without content.
    pub body: Option<(&'static str, String)>,
}

/// The reply for `error`:
///
/// - a `1xx` status (possible only at run time, through `transparent`) is not a final response,
///   so it becomes a `500` problem response without detail;
/// - `204`, `205` and `304` carry no content (RFC 9110);
/// - a 2xx or 3xx sends its `Display` as `text/plain`: it is not a problem, so it is no problem
///   document;
/// - a 4xx or 5xx sends an RFC 9457 problem document, whose `detail` is the `Display` when
///   [`StatusResponse::expose_detail`] allows it (not for a 5xx, by default).
///
/// A `Display` that fails part-way would give a truncated message, so a failed `Display` gives
/// no detail (and no text body) at all.
pub fn reply<E: StatusResponse + Display + ?Sized>(error: &E) -> Reply {
    let declared = error.status();
    if final_status(declared) != declared {
        // Nobody would see why the client got a 500: say it where operators look.
        #[cfg(feature = "tracing")]
        tracing::error!(
            status = declared.as_u16(),
            error = %error,
            "a 1xx status cannot be a final response: sending 500 Internal Server Error instead"
        );
        let status = final_status(declared);
        return Reply {
            status,
            reason: status.reason(),
            body: Some((PROBLEM_JSON, problem(status, status.info(), None))),
        };
    }
    let meaning = error.meaning();
    let reason = meaning.map(Info::reason);
    let body = if !declared.allows_content() {
        None
    } else if declared.as_u16() < 400 {
        render(error).map(|text| (TEXT_PLAIN, text))
    } else {
        let detail = if error.expose_detail() {
            render(error)
        } else {
            None
        };
        Some((PROBLEM_JSON, problem(declared, meaning, detail.as_deref())))
    };
    Reply {
        status: declared,
        reason,
        body,
    }
}

/// The status that goes on the wire for `declared`: a `1xx` is interim, never a final response,
/// so it becomes `500`. Every framework sends this, whatever a `transparent` variant holds.
pub fn final_status(declared: Status) -> Status {
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

/// `{"type":"about:blank","title":<reason phrase>,"status":<code>,"detail":<detail>}`.
fn problem(status: Status, meaning: Option<&'static Info>, detail: Option<&str>) -> String {
    let title = meaning.map_or_else(|| status.class().name(), Info::reason);
    let mut body = String::from(r#"{"type":"about:blank","title":"#);
    push_json_string(&mut body, title);
    body.push_str(r#","status":"#);
    body.push_str(&status.as_u16().to_string());
    if let Some(detail) = detail {
        body.push_str(r#","detail":"#);
        push_json_string(&mut body, detail);
    }
    body.push('}');
    body
}

/// Writes `value` as a JSON string, escaped as RFC 8259 requires.
fn push_json_string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether hyper and actix-web accept `reason` on a status line: tab, space and visible ASCII.
/// Every registry phrase is; the check keeps a bad one from ever reaching them.
#[cfg(any(feature = "axum", feature = "actix-web"))]
fn status_line_phrase(reason: Option<&'static str>) -> Option<&'static str> {
    reason.filter(|r| r.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)))
}

/// The axum response for `error`.
#[cfg(feature = "axum")]
pub fn axum_response<E: StatusResponse + Display + ?Sized>(error: &E) -> axum::response::Response {
    use axum::http::header::CONTENT_TYPE;
    use axum::http::HeaderValue;

    let reply = reply(error);
    let mut response = match reply.body {
        Some((content_type, body)) => {
            let mut response = axum::response::Response::new(axum::body::Body::from(body));
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            response
        }
        None => axum::response::Response::new(axum::body::Body::empty()),
    };
    *response.status_mut() = http::StatusCode::from(reply.status);
    // hyper writes the `http` crate's phrase (`422 Unprocessable Entity`, `499 <none>`) unless
    // the response carries its own: the status line, the title and the docs agree this way.
    if let Some(reason) = status_line_phrase(reply.reason) {
        response
            .extensions_mut()
            .insert(hyper::ext::ReasonPhrase::from_static(reason.as_bytes()));
    }
    response
}

/// The actix-web status for `error` (actix-web 4 uses `http` 0.2, so through the number): the
/// same status as [`actix_response`]'s.
#[cfg(feature = "actix-web")]
pub fn actix_status<E: StatusResponse + ?Sized>(error: &E) -> actix_web::http::StatusCode {
    let status = final_status(error.status());
    // Both hold exactly 100..=999, so the fallback is never taken.
    actix_web::http::StatusCode::from_u16(status.as_u16())
        .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The actix-web response for `error`, with the same status as [`actix_status`].
#[cfg(feature = "actix-web")]
pub fn actix_response<E: StatusResponse + Display + ?Sized>(error: &E) -> actix_web::HttpResponse {
    let reply = reply(error);
    let mut builder = actix_web::HttpResponse::build(actix_status(error));
    let mut response = match reply.body {
        Some((content_type, body)) => builder.content_type(content_type).body(body),
        None => builder.finish(),
    };
    if let Some(reason) = status_line_phrase(reply.reason) {
        response.head_mut().reason = Some(reason);
    }
    response
}

/// What the axum impl needs of a derived type beyond its status: a `Display`, which is the
/// problem's `detail`. The impl's where clause names this trait rather than `Display`, so that
/// when the bound fails, rustc says why in words.
#[cfg(feature = "axum")]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an axum response yet: it does not implement `Display`",
    label = "`{Self}` needs `Display`",
    note = "a derived error's message (`Display`) is the `detail` of its problem response: derive `thiserror::Error` with `#[error(\"...\")]` on each variant, or implement `std::fmt::Display` for `{Self}`",
    note = "in a handler, rustc can only say that `Handler` is not implemented; `#[axum::debug_handler]` on the handler shows this message"
)]
pub trait AxumDetail: Display {}

#[cfg(feature = "axum")]
impl<T: Display + ?Sized> AxumDetail for T {}

/// Framework impls for a derived type; each expands to nothing when its feature is off. The
/// derive calls `__frameworks!`; these `cfg`s are the facade's features, not the user's.
#[doc(hidden)]
#[macro_export]
macro_rules! __frameworks {
    ([$lt:lifetime] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        $crate::__axum! { [$lt] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__actix! { [$lt] [$($generics)*] [$($ty)*] [$($where)*] }
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ([$lt:lifetime] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
        where
            // Higher-ranked, so that rustc checks it where the impl is used rather than here:
            // a derived type without `Display` still compiles, it is only not a response.
            for<$lt> Self: $crate::__private::AxumDetail,
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum_response::<Self>(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix {
    ([$lt:lifetime] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            for<$lt> Self: ::core::fmt::Debug + ::core::fmt::Display,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_status(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_response(self)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix {
    ($($tokens:tt)*) => {};
}
