//! What the derive's framework impls call: RFC 9457 problem responses built from a
//! `StatusResponse + Display` value. Not public API; reached through `__private`.

use core::fmt::{self, Display, Write as _};

use http_status_core::StatusResponse;

/// The media type of an RFC 9457 problem body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The body of a problem response for `error`, or `None` when its status never carries content
/// (`204`, `205`, `304`; RFC 9110).
///
/// `{"type":"about:blank","title":<reason phrase>,"status":<code>,"detail":<Display>}`; the
/// detail is left out when [`StatusResponse::expose_detail`] says so (server errors, by default).
pub fn problem_body<E: StatusResponse + Display + ?Sized>(error: &E) -> Option<String> {
    let status = error.status();
    if !status.allows_content() {
        return None;
    }
    let title = status.reason().unwrap_or_else(|| status.class().name());
    let mut body = String::from(r#"{"type":"about:blank","title":"#);
    push_json_string(&mut body, format_args!("{title}"));
    let _ = write!(body, r#","status":{}"#, status.as_u16());
    if error.expose_detail() {
        body.push_str(r#","detail":"#);
        push_json_string(&mut body, format_args!("{error}"));
    }
    body.push('}');
    Some(body)
}

/// Writes `value` as a JSON string, escaped as RFC 8259 requires.
fn push_json_string(out: &mut String, value: fmt::Arguments<'_>) {
    struct Escape<'a>(&'a mut String);
    impl fmt::Write for Escape<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            for c in s.chars() {
                match c {
                    '"' => self.0.push_str("\\\""),
                    '\\' => self.0.push_str("\\\\"),
                    '\n' => self.0.push_str("\\n"),
                    '\r' => self.0.push_str("\\r"),
                    '\t' => self.0.push_str("\\t"),
                    c if u32::from(c) < 0x20 => {
                        let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                    }
                    c => self.0.push(c),
                }
            }
            Ok(())
        }
    }
    out.push('"');
    let _ = Escape(out).write_fmt(value);
    out.push('"');
}

/// The axum response for `error`.
#[cfg(feature = "axum")]
pub fn axum_response<E: StatusResponse + Display + ?Sized>(error: &E) -> axum::response::Response {
    use axum::http::header::CONTENT_TYPE;
    use axum::http::HeaderValue;

    let status = http::StatusCode::from(error.status());
    let mut response = match problem_body(error) {
        Some(body) => {
            let mut response = axum::response::Response::new(axum::body::Body::from(body));
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
            response
        }
        None => axum::response::Response::new(axum::body::Body::empty()),
    };
    *response.status_mut() = status;
    response
}

/// The actix-web status for `error` (actix-web 4 uses `http` 0.2, so through the number).
#[cfg(feature = "actix-web")]
pub fn actix_status<E: StatusResponse + ?Sized>(error: &E) -> actix_web::http::StatusCode {
    // Both hold exactly 100..=999, so the fallback is never taken.
    actix_web::http::StatusCode::from_u16(error.status().as_u16())
        .unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The actix-web response for `error`, with the same status as [`actix_status`].
#[cfg(feature = "actix-web")]
pub fn actix_response<E: StatusResponse + Display + ?Sized>(error: &E) -> actix_web::HttpResponse {
    let mut builder = actix_web::HttpResponse::build(actix_status(error));
    match problem_body(error) {
        Some(body) => builder.content_type(PROBLEM_JSON).body(body),
        None => builder.finish(),
    }
}

/// Framework impls for a derived type; each expands to nothing when its feature is off. The
/// derive calls `__frameworks!`; these `cfg`s are the facade's features, not the user's.
#[doc(hidden)]
#[macro_export]
macro_rules! __frameworks {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        $crate::__axum! { [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__actix! { [$($generics)*] [$($ty)*] [$($where)*] }
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
        where
            for<'__a> &'__a Self: ::core::fmt::Display,
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum_response::<&Self>(&&self)
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
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            Self: ::core::fmt::Debug + ::core::fmt::Display,
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
