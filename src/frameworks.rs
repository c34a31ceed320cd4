//! What the derive's framework impls call: each turns the framework-agnostic
//! [`crate::problem`] response into its framework's type. Not public API; reached through
//! `__private`.

use std::error::Error;

#[cfg(any(feature = "axum", feature = "actix-web"))]
use core::fmt::Display;

#[cfg(any(feature = "axum", feature = "actix-web"))]
use http_status_core::StatusResponse;

#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::problem::{build, Problem};

#[cfg(feature = "actix-web")]
use crate::problem::final_status;

/// The `source()` of a value whose type implements `Error`, and `None` for one that is only
/// `Display`: method resolution picks [`WithSource`] when it applies, and falls back to
/// [`WithoutSource`] through one more reference otherwise.
pub struct Sourced<'a, E: ?Sized>(pub &'a E);

/// See [`Sourced`].
pub trait WithSource<'a> {
    /// The error's `source()`.
    fn error_source(&self) -> Option<&'a (dyn Error + 'static)>;
}

impl<'a, E: Error + ?Sized> WithSource<'a> for Sourced<'a, E> {
    fn error_source(&self) -> Option<&'a (dyn Error + 'static)> {
        self.0.source()
    }
}

/// A field thiserror makes a source, as `&dyn Error`: itself when it implements `Error`, and
/// what a `Box<dyn Error + ...>` holds (thiserror's `AsDynError`, for the same fields).
pub trait AsDynError {
    /// The field as an error.
    fn as_dyn_error(&self) -> &(dyn Error + 'static);
}

impl<T: Error + 'static> AsDynError for T {
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

impl AsDynError for dyn Error + 'static {
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

impl AsDynError for dyn Error + Send + 'static {
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

impl AsDynError for dyn Error + Send + Sync + 'static {
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

/// See [`Sourced`].
pub trait WithoutSource<'a> {
    /// Nothing: the value is not an `Error`.
    fn error_source(&self) -> Option<&'a (dyn Error + 'static)> {
        None
    }
}

impl<'a, E: ?Sized> WithoutSource<'a> for &Sourced<'a, E> {}

/// Whether hyper and actix-web accept `reason` on a status line: tab, space and visible ASCII.
/// Every registry phrase is; the check keeps a bad one from ever reaching them.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn status_line_phrase(reason: Option<&'static str>) -> Option<&'static str> {
    reason.filter(|r| r.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b)))
}

/// The axum response for `error`: [`crate::problem`]'s, with the registry's phrase on the
/// status line.
#[cfg(feature = "axum")]
pub fn axum_response<E: StatusResponse + Problem + Display + ?Sized>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
) -> axum::response::Response {
    let (response, reason) = build(error, source);
    let mut response = response.map(axum::body::Body::from);
    // hyper writes the `http` crate's phrase (`422 Unprocessable Entity`, `499 <none>`) unless
    // the response carries its own: the status line, the title and the docs agree this way.
    // Only where the phrases differ: an extension costs an allocation, and for most codes
    // hyper's phrase is already the registry's.
    let own =
        status_line_phrase(reason).filter(|r| Some(*r) != response.status().canonical_reason());
    if let Some(reason) = own {
        response
            .extensions_mut()
            .insert(hyper::ext::ReasonPhrase::from_static(reason.as_bytes()));
    }
    response
}

/// The actix-web status for `error`: the same status as [`actix_response`]'s.
#[cfg(feature = "actix-web")]
pub fn actix_status<E: StatusResponse + ?Sized>(error: &E) -> actix_web::http::StatusCode {
    // actix-web 4's `StatusCode` is `http` 0.2's: the `http02` conversion.
    actix_web::http::StatusCode::from(final_status(error.status()))
}

/// The actix-web response for `error`: [`crate::problem`]'s, converted to actix-web's `http` 0.2
/// types, with the same status as [`actix_status`].
#[cfg(feature = "actix-web")]
pub fn actix_response<E: StatusResponse + Problem + Display + ?Sized>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
) -> actix_web::HttpResponse {
    use actix_web::http::header::{HeaderName, HeaderValue};

    let (response, reason) = build(error, source);
    let (mut parts, body) = response.into_parts();
    let mut response = actix_web::HttpResponse::with_body(actix_status(error), body);
    for (name, value) in &parts.headers {
        // The same bytes in the older crate's types: both accept what the other built.
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_str().as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    if let Some(hidden) = parts.extensions.remove::<crate::problem::ErrorMessage>() {
        response.extensions_mut().insert(hidden);
    }
    if let Some(details) = parts.extensions.remove::<crate::problem::Details>() {
        response.extensions_mut().insert(details);
    }
    if let Some(reason) = status_line_phrase(reason) {
        response.head_mut().reason = Some(reason);
    }
    response.map_into_boxed_body()
}

/// Framework impls for a derived type; each expands to nothing when its feature is off. The
/// derive calls `__frameworks!`; these `cfg`s are the facade's features, not the user's. The
/// user's come in as each impl's `cfg` predicate (`axum(...)`): the derive reads from the
/// deriving crate's manifest whether that crate asked for the framework (the crate root's
/// "Features stay additive").
#[doc(hidden)]
#[macro_export]
macro_rules! __frameworks {
    (
        [$lt:lifetime] [$($sources:tt)*] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]
        axum($($axum:tt)*) actix($($actix:tt)*)
    ) => {
        $crate::__axum! { [$($axum)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__actix! { [$($actix)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
    };
}

/// The `source()` of `$error` when its type is known to implement `Error` (`sources`); for a
/// generic type, whose `Error` impl the framework impl cannot see, the field thiserror makes the
/// source, read by the derive's match arms (`fields`); or none (`no_sources`).
#[doc(hidden)]
#[macro_export]
macro_rules! __source {
    (sources $error:expr) => {{
        #[allow(unused_imports)]
        use $crate::__private::{WithSource as _, WithoutSource as _};
        (&$crate::__private::Sourced($error)).error_source()
    }};
    (fields { $($arms:tt)* } $error:expr) => {{
        #[allow(unused_imports)]
        use $crate::__private::AsDynError as _;
        match $error {
            $($arms)*
            #[allow(unreachable_patterns)]
            _ => ::core::option::Option::None,
        }
    }};
    (no_sources $error:expr) => {
        ::core::option::Option::None
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ([$($cfg:tt)*] [$lt:lifetime] [$($sources:tt)*] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        // The derive's `cfg`: whether the deriving crate asked for this framework.
        #[cfg($($cfg)*)]
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::response::IntoResponse for $($ty)*
        where
            // Higher-ranked, so that rustc checks it where the impl is used rather than here:
            // a derived type without `Display` still compiles, it is only not a response.
            for<$lt> Self: $crate::problem::DisplayAsDetail + $crate::__private::Problem,
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum_response::<Self>(&self, $crate::__source!($($sources)* &self))
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
    ([$($cfg:tt)*] [$lt:lifetime] [$($sources:tt)*] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        // The derive's `cfg`: whether the deriving crate asked for this framework.
        #[cfg($($cfg)*)]
        #[automatically_derived]
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            for<$lt> Self: ::core::fmt::Debug + ::core::fmt::Display + $crate::__private::Problem,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_status(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_response(self, $crate::__source!($($sources)* self))
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
