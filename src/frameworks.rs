//! What the derive's framework impls call: each turns the framework-agnostic
//! [`crate::problem`] response into its framework's type. Not public API; reached through
//! `__private`.

use std::error::Error;

#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo",
    feature = "rocket"
))]
use core::fmt::Display;

#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo",
    feature = "rocket"
))]
use http_status_core::StatusResponse;

#[cfg(any(feature = "salvo", feature = "rocket"))]
use crate::problem::assemble;
#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::problem::build;
#[cfg(feature = "poem")]
use crate::problem::build_with;
#[cfg(any(feature = "poem", feature = "salvo", feature = "rocket"))]
use crate::problem::Extensions;
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo",
    feature = "rocket"
))]
use crate::problem::Problem;

#[cfg(any(feature = "actix-web", feature = "poem"))]
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
#[cfg(any(feature = "axum", feature = "actix-web", feature = "salvo"))]
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

/// The poem status for `error`: the same as [`poem_response`]'s.
#[cfg(feature = "poem")]
pub fn poem_status<E: StatusResponse + ?Sized>(error: &E) -> http::StatusCode {
    final_status(error.status()).into()
}

/// The poem response for `error`: [`crate::problem`]'s, without its extensions, which poem
/// replaces with its `Error`'s: the status line says the `http` crate's phrase.
#[cfg(feature = "poem")]
pub fn poem_response<E: StatusResponse + Problem + Display + ?Sized>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
) -> poem::Response {
    // poem replaces the response's extensions with its `Error`'s (`Error::into_response`), so
    // nothing is put there: no `Details`, no `ErrorMessage`, and no reason phrase, which is why
    // poem's status line says the `http` crate's.
    let (response, _) = build_with(error, source, Extensions::Drop);
    let (parts, body) = response.into_parts();
    poem::Response::from_parts(
        poem::ResponseParts {
            status: parts.status,
            version: parts.version,
            headers: parts.headers,
            extensions: parts.extensions,
        },
        poem::Body::from(body),
    )
}

/// Writes `error`'s response into salvo's `res`, negotiated for `req` as the problem layer
/// does: the format and language the request's `Accept` and `Accept-Language` ask for. Headers
/// already on `res` (a middleware's) stay, but for the ones the problem sets.
#[cfg(feature = "salvo")]
pub fn salvo_write<E: StatusResponse + Problem + Display + ?Sized>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
    req: &salvo_core::Request,
    res: &mut salvo_core::Response,
) {
    use crate::problem::static_value;
    use http::header::CONTENT_TYPE;

    let mut built = assemble(error, source, Extensions::Keep);
    let (language, vary) = crate::layer::negotiate_built(&mut built, |name| {
        let name = crate::layer::request_header(name)?;
        crate::layer::joined(req.headers().get_all(name).iter().map(|v| v.as_bytes()))
    });
    let mut headers = std::mem::take(&mut built.headers);
    if let Some(content_type) = built.content_type {
        headers.insert(CONTENT_TYPE, static_value(content_type));
    }
    crate::layer::negotiated(&mut headers, language, vary);
    res.status_code(built.status);
    if res.headers.is_empty() {
        // The usual case, a handler's error: the problem's headers are the response's.
        res.headers = headers;
    } else {
        let mut last = None;
        for (name, value) in headers {
            // `None` for each further value of the same name: appended, not replacing.
            let name = match name {
                Some(name) => {
                    res.headers.remove(&name);
                    last = Some(name.clone());
                    name
                }
                None => match &last {
                    Some(name) => name.clone(),
                    None => continue,
                },
            };
            res.headers.append(name, value);
        }
    }
    // The phrase is checked only where it is not the `http` crate's, which hyper writes.
    let own = built
        .reason
        .filter(|r| Some(*r) != built.status.canonical_reason());
    if let Some(reason) = status_line_phrase(own) {
        res.extensions
            .insert(hyper::ext::ReasonPhrase::from_static(reason.as_bytes()));
    }
    if let Some(details) = built.details {
        res.extensions.insert(details);
    }
    if let Some(hidden) = built.hidden {
        res.extensions.insert(hidden);
    }
    if built.body.is_empty() {
        res.body(salvo_core::http::ResBody::None);
    } else {
        res.body(built.body);
    }
}

/// `error`'s Rocket response, negotiated for `request` as the problem layer does. Rocket 0.5
/// cannot set a reason phrase: its status line says hyper 0.14's (`422 Unprocessable Entity`,
/// `499 <none>`), while the problem's `title` says the registry's. A Rocket response has no
/// extensions: what a hidden 5xx's client is not told goes only to the `tracing` event.
#[cfg(feature = "rocket")]
pub fn rocket_response<'o, E: StatusResponse + Problem + Display + ?Sized>(
    error: &E,
    source: Option<&(dyn Error + 'static)>,
    request: &rocket::Request<'_>,
) -> rocket::Response<'o> {
    use rocket::http::Header;

    let mut built = assemble(error, source, Extensions::Drop);
    let (language, vary) = crate::layer::negotiate_built(&mut built, |name| {
        crate::layer::joined(request.headers().get(name).map(str::as_bytes))
    });
    let mut out = rocket::Response::build();
    out.status(rocket::http::Status::new(built.status.as_u16()));
    for (name, value) in &built.headers {
        // Rocket's header values are `str`: a value that is not UTF-8 (only a field's
        // `Display` could make one, and it is UTF-8) is left out, as an invalid value is.
        if let Ok(value) = std::str::from_utf8(value.as_bytes()) {
            out.header_adjoin(Header::new(name.as_str().to_owned(), value.to_owned()));
        }
    }
    // The problem's own headers are static text: borrowed, not copied.
    if let Some(content_type) = built.content_type {
        out.header_adjoin(Header::new("content-type", content_type));
    }
    if let Some(language) = language {
        out.header_adjoin(Header::new("content-language", language));
    }
    let everything = crate::layer::varies_on_everything(
        built
            .headers
            .get_all(http::header::VARY)
            .iter()
            .map(|v| v.as_bytes()),
    );
    if vary && !everything {
        out.header_adjoin(Header::new("vary", crate::layer::VARY));
    }
    if !built.body.is_empty() {
        let body = built.body;
        out.sized_body(body.len(), std::io::Cursor::new(body));
    }
    out.finalize()
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
        [$($params:tt)*]
        axum($($axum:tt)*) actix($($actix:tt)*) poem($($poem:tt)*) salvo($($salvo:tt)*)
        rocket($($rocket:tt)*)
    ) => {
        $crate::__axum! { [$($axum)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__actix! { [$($actix)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__poem! { [$($poem)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__salvo! { [$($salvo)*] [$lt] [$($sources)*] [$($generics)*] [$($ty)*] [$($where)*] }
        $crate::__rocket! { [$($rocket)*] [$lt] [$($sources)*] [$($params)*] [$($ty)*] [$($where)*] }
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

#[cfg(feature = "poem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __poem {
    ([$($cfg:tt)*] [$lt:lifetime] [$($sources:tt)*] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[cfg($($cfg)*)]
        #[automatically_derived]
        impl $($generics)* $crate::__private::poem::error::ResponseError for $($ty)*
        where
            for<$lt> Self: $crate::problem::DisplayAsDetail + $crate::__private::Problem,
            $($where)*
        {
            fn status(&self) -> $crate::__private::poem::http::StatusCode {
                $crate::__private::poem_status(self)
            }

            // Without the trait's `Self: Error + Send + Sync + 'static`: a concrete type that
            // is no `Error` would fail that bound here, where the impl must stay harmless.
            fn as_response(&self) -> $crate::__private::poem::Response {
                $crate::__private::poem_response(self, $crate::__source!($($sources)* self))
            }
        }
    };
}

#[cfg(not(feature = "poem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __poem {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "salvo")]
#[doc(hidden)]
#[macro_export]
macro_rules! __salvo {
    ([$($cfg:tt)*] [$lt:lifetime] [$($sources:tt)*] [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[cfg($($cfg)*)]
        #[automatically_derived]
        impl $($generics)* $crate::__private::salvo_core::Writer for $($ty)*
        where
            for<$lt> Self: $crate::problem::DisplayAsDetail + $crate::__private::Problem,
            $($where)*
        {
            // `async fn write` as `async_trait` declares it, written out: the response is
            // made before the future, which then holds nothing of `self`.
            fn write<'life0, 'life1, 'life2, 'async_trait>(
                self,
                req: &'life0 mut $crate::__private::salvo_core::Request,
                _depot: &'life1 mut $crate::__private::salvo_core::Depot,
                res: &'life2 mut $crate::__private::salvo_core::Response,
            ) -> ::core::pin::Pin<
                ::std::boxed::Box<
                    dyn ::core::future::Future<Output = ()> + ::core::marker::Send + 'async_trait,
                >,
            >
            where
                'life0: 'async_trait,
                'life1: 'async_trait,
                'life2: 'async_trait,
                Self: 'async_trait,
            {
                $crate::__private::salvo_write(&self, $crate::__source!($($sources)* &self), req, res);
                ::std::boxed::Box::pin(::core::future::ready(()))
            }
        }
    };
}

#[cfg(not(feature = "salvo"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __salvo {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "rocket")]
#[doc(hidden)]
#[macro_export]
macro_rules! __rocket {
    // `$params`: the type's generic parameters without their brackets, after Rocket's two.
    ([$($cfg:tt)*] [$lt:lifetime] [$($sources:tt)*] [$($params:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[cfg($($cfg)*)]
        #[automatically_derived]
        impl<'__http_status_r, '__http_status_o: '__http_status_r, $($params)*>
            $crate::__private::rocket::response::Responder<'__http_status_r, '__http_status_o> for $($ty)*
        where
            for<$lt> Self: $crate::problem::DisplayAsDetail + $crate::__private::Problem,
            $($where)*
        {
            fn respond_to(
                self,
                request: &'__http_status_r $crate::__private::rocket::Request<'_>,
            ) -> $crate::__private::rocket::response::Result<'__http_status_o> {
                ::core::result::Result::Ok($crate::__private::rocket_response(
                    &self,
                    $crate::__source!($($sources)* &self),
                    request,
                ))
            }
        }
    };
}

#[cfg(not(feature = "rocket"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rocket {
    ($($tokens:tt)*) => {};
}
