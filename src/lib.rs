#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(feature = "std"), no_std)]

pub use http_status_core::{negotiate, suggest};
pub use http_status_core::{
    Class, Former, HeaderRule, HeaderSink, Info, InvalidStatus, Lang, ParseStatusError,
    ParseStatusErrorKind, Requirement, Standing, Status, StatusResponse, Vendor, WithBody,
    REGISTRY,
};
/// Derives [`StatusResponse`](trait@StatusResponse): each variant declares its HTTP status, and
/// every status is checked at compile time like [`status!`]'s.
///
/// ```
/// use http_status::{Status, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[status(500)] // the default for variants without their own
/// enum ApiError {
///     #[error("user {0} not found")]
///     #[status(404)]
///     NotFound(u32),
///     #[error("name {name:?} is taken")]
///     #[status(Conflict)]
///     Taken { name: String },
///     #[error("invalid input")]
///     #[status("Unprocessable Content")]
///     Invalid,
///     #[error("down for maintenance")]
///     #[status(503, expose)] // show this 5xx message to clients
///     Maintenance,
///     #[error(transparent)]
///     #[status(transparent)] // the wrapped error decides
///     Upstream(UpstreamError),
///     #[error("database unreachable")]
///     Database,
/// }
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("upstream timed out")]
/// #[status(504)]
/// struct UpstreamError;
///
/// assert_eq!(ApiError::NotFound(7).status(), Status::NOT_FOUND);
/// assert_eq!(ApiError::Upstream(UpstreamError).status(), Status::GATEWAY_TIMEOUT);
/// assert_eq!(ApiError::Database.status(), Status::INTERNAL_SERVER_ERROR);
/// assert!(!ApiError::Database.expose_detail());
/// assert!(ApiError::Maintenance.expose_detail());
/// ```
///
/// `#[status(...)]` takes every form `status!` takes (`404`, `NotFound`, `"Not Found"`,
/// `nginx 499`), with the same errors and warnings; `transparent` on a variant with one field;
/// and `expose` after a status. It works on enums (unit, tuple and struct variants) and structs,
/// generic ones included. A 1xx code, a variant with no status and no enum default, a duplicate
/// `#[status]`, an unknown option, or `transparent` on a variant without exactly one field are
/// compile errors, all reported at once:
///
/// ```compile_fail
/// use http_status::StatusResponse;
///
/// #[derive(StatusResponse)]
/// enum ApiError {
///     #[status(100)] // error: an interim (1xx) response can never be the final status
///     TooEarly,
///     Forgotten, // error: variant `Forgotten` has no status
/// }
/// ```
///
/// # Headers and problem bodies
///
/// After the status, `#[status(...)]` takes these options, in any order:
///
/// - `header("Name", "value")`: a constant header, as often as needed. Its value may name the
///   variant's fields with `#[error("...")]`'s syntax, `header("Location", "/items/{id}")` or
///   `"{0}"`, formatted at run time and left out, like a field header, when the result is no
///   header value; a brace is written `{{` or `}}`, and `{id:?}` (a debug form) is refused;
/// - `type = "uri"`: the problem type, a URI reference (`about:blank` when absent); a relative one
///   (`type = "out-of-credit"`) resolves against the base the type declares once with
///   `#[status(type_base = "https://example.com/probs/")]` (RFC 3986, Section 5.2), and goes out
///   as written without one;
/// - `title = "..."`: the problem title (the reason phrase when absent); `title(en = "...",
///   fr = "...")` gives it in each language, for a negotiating layer to choose from;
/// - `detail(fr = "...")`: the detail in another language than English, with the fields as in
///   `#[error("...")]` (`"aucun utilisateur n'a l'identifiant {0}"`); the English detail is the
///   `Display`;
/// - `member("code", "USER_NOT_FOUND")`: a constant extension member, a string, number or
///   boolean, written before the fields' members and documented as its one value (a stable
///   machine code, as Google's AIP-193 `reason` or Django REST's `default_code` give);
/// - `expose`: show a 5xx's message and members to the client;
/// - `decode`: clients must be able to read the variant back (feature `decode`, see
///   `http_status::decode`): every reason it could not is a compile error on the token to
///   change, a field that is not sent, a 2xx or 3xx, a 5xx without `expose`, another variant
///   with the same status and `type`, a member type without `serde::Deserialize`.
///
/// With the `decode` feature, two variants with the same status and the same `type` get a
/// warning: a client cannot tell them apart, so neither is decoded.
///
/// Where RFC 9457 gives advice, the derive checks it. Two variants that give one `type` different
/// statuses are an error (a problem type names one kind of problem). A warning, which
/// `#[allow(deprecated)]` on the variant or field silences, goes on a title of its own on an
/// `about:blank` problem (whose title should be the status phrase, Section 4.2.1: give it a
/// `type`), and on a member name that is not three or more letters, digits and `_`, starting
/// with a letter (Section 3.2: `id`, `retry-in`, `_internal` and `2fa` warn).
///
/// On fields: `#[header("Name")]` sends the field's `Display` as a header, except for the two
/// types whose form RFC 9110 fixes: a `std::time::Duration` goes out as delay-seconds (whole
/// seconds, rounded up, at least 1: `Retry-After: 2` for 1.5 s) and a `std::time::SystemTime`
/// as an HTTP-date (`Tue, 14 Nov 2023 22:13:20 GMT`, by `httpdate`), and both are documented and
/// decoded in those forms;
/// `#[problem]` adds the field to the problem body as an extension member, serialized with serde
/// (`#[problem(rename = "name")]` renames it; a tuple field needs the rename);
/// `#[problem(instance)]` makes the field's `Display` the `instance` member;
/// `#[problem(flatten)]` adds each member of a field that serializes to an object (a struct of
/// its own), as `#[serde(flatten)]` would, in serde_json's order of names.
///
/// A member whose value is `null` (an `Option` that is `None`) is left out rather than sent as
/// `null`: an extension member tells the client something, or is absent (RFC 9457, Section
/// 3.2, asks clients to ignore what they do not know, and gives `null` no meaning), which is what
/// `#[serde(skip_serializing_if = "Option::is_none")]` does. The OpenAPI document marks such a
/// member optional. A flattened member named like one RFC 9457 defines, or like a member
/// already written, is left out at run time: the body never holds a key twice.
///
/// ```
/// use http_status::{HeaderSink, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error("method not allowed")]
///     #[status(405, header("Allow", "GET, HEAD"))]
///     Method,
///     #[error("slow down")]
///     #[status(429)]
///     RateLimited {
///         #[header("Retry-After")]
///         seconds: u32,
///     },
///     #[error("log in first")]
///     #[status(401, header("WWW-Authenticate", "Bearer realm=\"api\""))]
///     Unauthenticated,
///     #[error("see the new order")]
///     #[status(303, header("Location", "/orders/{id}"))]
///     Placed { id: u32 },
///     #[error("your balance is {balance}")]
///     #[status(403, type = "https://example.com/probs/out-of-credit", title = "You do not have enough credit.")]
///     OutOfCredit {
///         #[problem]
///         balance: u32,
///     },
/// }
///
/// struct Names(Vec<String>);
/// impl HeaderSink for Names {
///     fn header(&mut self, name: &str, value: &dyn std::fmt::Display) {
///         self.0.push(format!("{name}: {value}"));
///     }
/// }
/// let mut names = Names(Vec::new());
/// ApiError::RateLimited { seconds: 30 }.headers(&mut names);
/// assert_eq!(names.0, ["Retry-After: 30"]);
/// let mut names = Names(Vec::new());
/// ApiError::Placed { id: 7 }.headers(&mut names);
/// assert_eq!(names.0, ["Location: /orders/7"]);
/// let credit = ApiError::OutOfCredit { balance: 30 };
/// assert_eq!(credit.problem_type(), Some("https://example.com/probs/out-of-credit"));
/// ```
///
/// A variant without its own `#[status]` takes the enum's whole attribute, options included. A
/// `transparent` variant sends the wrapped value's whole response: its headers, type, title and
/// members; options and field attributes on it are errors. All of this is checked at compile
/// time, each error on the offending token:
///
/// - a status whose RFC says MUST for a header (401 `WWW-Authenticate`, 405 `Allow`,
///   407 `Proxy-Authenticate`, 426 `Upgrade`) on a variant that does not send it, or sends it
///   empty (an empty `Allow` is fine: no method is allowed); for an enum default, one error
///   that names every variant taking it;
/// - a header name that is not an RFC 9110 token, or that misspells a well-known one
///   (`Retry-Afer`); `Content-Type`, `Content-Length` and `Transfer-Encoding`, which the response
///   sets itself; a header given twice;
/// - a constant value with CR, LF, NUL or another control character;
/// - a `type` that is not a URI reference; an empty `type` or `title`; a `type`, `title`,
///   `#[problem]` or `#[problem(instance)]` on a 1xx, 2xx or 3xx variant, which sends no problem
///   body;
/// - a member named `type`, `title`, `status`, `detail` or `instance`, or given twice; two
///   instances; `#[header]` or `#[problem]` on a variant or the type rather than a field.
///
/// ```compile_fail
/// use http_status::StatusResponse;
///
/// #[derive(StatusResponse)]
/// enum ApiError {
///     #[status(405)] // error: a 405 response must carry an `Allow` header
///     Method,
/// }
/// ```
///
/// A `#[header]` field's type must implement `Display`; a `#[problem]` field's type must
/// implement `serde::Serialize` for the value to be a problem response (with the `problem`
/// feature; without it the members are not compiled at all).
///
/// # Warnings
///
/// A `#[status]` with a discouraged code (`418`, `306`) or an old name (`"Moved Temporarily"`)
/// warns once, on its token. `#[allow(deprecated)]` on the enum or the variant silences it.
/// `#[expect(deprecated)]` cannot: rustc counts a warning only inside the item that carries the
/// expectation, and this one comes from an item beside the enum. The derive leaves the user's
/// `#[expect(...)]` on the enum, where it is met or not by the enum itself.
///
/// # OpenAPI
///
/// With the `utoipa` feature, a derived type also implements `utoipa::IntoResponses`: one
/// response per status, described by the variants' doc comments, with the headers each sends
/// and its problem schema. See [`openapi`] for what is documented and how.
///
/// # A renamed dependency
///
/// The derive writes paths through `::http_status`. When the crate's `Cargo.toml` renames the
/// dependency (`hs = { package = "http-status", ... }`, in `[dependencies]`, a
/// `[dependencies.hs]` table, a `[target.'cfg(..)'.dependencies]` table, or through
/// `workspace = true` from `[workspace.dependencies]`), the derive reads the rename, once per
/// crate, and writes `::hs` instead. `status!` follows a rename by itself, through `$crate`.
///
/// Where the manifest cannot tell (a crate built without Cargo, a path re-exported under another
/// name), name the path on the type, as with serde's `#[serde(crate = "...")]`; it always wins:
///
/// ```ignore
/// #[derive(Debug, thiserror::Error, hs::StatusResponse)]
/// #[status(crate = "hs")]
/// enum ApiError {
///     #[error("no such item")]
///     #[status(404)]
///     Missing,
/// }
/// ```
///
/// A path that does not resolve is reported on the string. `tests/renamed` proves both forms,
/// and `extern crate hs as http_status;`.
///
/// # Frameworks
///
/// With the `axum` feature (axum 0.8), a derived type implements `IntoResponse`; with the
/// `actix-web` feature (actix-web 4), it implements `ResponseError`, and `status_code()` and
/// `error_response()` always agree; with `poem` (poem 3), `poem::error::ResponseError`; with
/// `salvo` (salvo 1), `salvo::Writer`; with `rocket` (Rocket 0.5), `Responder`. A handler
/// returns `Result<T, ApiError>`; no wrapper type. salvo's and Rocket's traits see the request,
/// so there the problem comes in the format and language the client asked for, as behind the
/// problem layer. Rocket cannot set a reason phrase and poem drops it: their status lines say
/// the `http` crate's phrase, while the `title` says the registry's.
///
/// A type gets a framework's impl only when the crate that derives it asks for the framework
/// in its own `Cargo.toml` (the crate root's "Features stay additive"), so a crate that writes
/// its own `IntoResponse` is not broken by another crate of the build turning `axum` on.
///
/// The response carries the declared headers, and its body follows RFC 9457:
/// `Content-Type: application/problem+json` and
/// `{"type":<type or "about:blank">,"title":<title or reason phrase>,"status":<code>,"detail":<Display>,"instance":...,<members>}`,
/// written by `serde_json`. The detail and members of a 5xx are left out unless the variant says
/// `expose`, since server error messages can leak internals. `204`, `205` and `304` responses
/// have no body. Both integrations build the response with
/// [`problem::to_response`]'s code, which any other `http` 1.x
/// stack can call.
///
/// **Types used with a framework implement `Display`** (the detail); thiserror's derive is the
/// usual way. actix-web's `ResponseError` also needs `Debug`. The framework impls exist only
/// for types that have what they need, so turning a framework feature on never breaks a
/// derived type that lacks `Display` or `Debug`.
///
/// A 2xx or 3xx variant is not a problem: it sends its `Display` as `text/plain`. A `1xx` or a
/// `600..=999` that a `transparent` variant holds at run time (a forwarded `Status::CONTINUE`) is
/// never sent: it goes out as a `500` problem without detail. Whatever the client is not
/// shown reaches the operator: the response carries it as a
/// [`problem::ErrorMessage`] extension, and with the `tracing`
/// feature an error-level event records the status, the message and its `source()` chain. For
/// a type with generic parameters, whose `Error` impl the integration cannot see, the chain
/// starts at the field thiserror makes the source (`#[source]`, `#[from]`, a field named
/// `source`, or `#[error(transparent)]`'s inner error), where thiserror derives the type, and
/// the framework impls then ask that field's type for `Error + 'static`, as thiserror's `Error`
/// impl does; a generic type with a hand-written `Error` logs none. A `Display` that fails part-way gives no
/// detail rather than a truncated one.
pub use http_status_macros::StatusResponse;

#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod catalogue;
#[cfg(feature = "decode")]
#[cfg_attr(docsrs, doc(cfg(feature = "decode")))]
pub mod decode;
#[cfg(feature = "problem")]
mod document;
#[cfg(feature = "problem")]
mod frameworks;
mod header_text;
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "salvo",
    feature = "rocket"
))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(
        feature = "axum",
        feature = "actix-web",
        feature = "salvo",
        feature = "rocket"
    )))
)]
pub mod layer;
#[cfg(any(
    feature = "utoipa",
    feature = "aide015",
    feature = "salvo-oapi",
    feature = "poem-openapi"
))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(
        feature = "utoipa",
        feature = "aide015",
        feature = "salvo-oapi",
        feature = "poem-openapi"
    )))
)]
pub mod openapi;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod problem;
#[cfg(feature = "problem")]
mod render;
#[cfg(feature = "std")]
pub mod testing;
#[cfg(feature = "problem")]
mod validation;

// The paths `status!` and the derive expand to when a use deserves a warning. They sit at the
// root so that the warning names a path that reads as words: `http_status::unused_code::IM_A_TEAPOT`.
#[doc(hidden)]
pub use http_status_core::__warn::*;

/// What the derive warns with where a problem goes against RFC 9457's advice: paths that read as
/// the warning's subject, whose notes say why and what to write.
#[doc(hidden)]
pub mod problem_lints {
    /// See the note.
    #[deprecated(
        note = "this variant answers the same status with the same problem `type` as another one: a client cannot tell them apart (RFC 9457 makes the `type` a problem's identifier), so neither is decoded; give one of them its own `type = \"...\"`, or `#[allow(deprecated)]` on the variant"
    )]
    pub const SAME_STATUS_AND_TYPE: () = ();

    /// See the note.
    #[deprecated(
        note = "a problem without a `type` is `about:blank`, whose title should be the status's phrase (RFC 9457, Section 4.2.1): give the variant a `type = \"...\"` that this title describes, or remove the title; `#[allow(deprecated)]` keeps both"
    )]
    pub const TITLE_ON_ABOUT_BLANK: () = ();

    /// See the note.
    #[deprecated(
        note = "RFC 9457 (Section 3.2) advises member names of at least three characters, starting with a letter, of letters, digits and `_` only, so that every format (XML too) can carry them: rename it, such as `#[problem(rename = \"user_id\")]`, or `#[allow(deprecated)]` on the field"
    )]
    pub const MEMBER_NAME: () = ();
}

/// Paths used by the code the macros generate. Not public API.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "decode")]
    pub use crate::decode::support as decode;
    #[cfg(feature = "problem")]
    pub use crate::frameworks::*;
    #[cfg(any(
        feature = "utoipa",
        feature = "aide015",
        feature = "salvo-oapi",
        feature = "poem-openapi"
    ))]
    pub use crate::openapi::pipeline::{
        const_member_schema, HeaderDoc, HeaderSchema, Part, Responses, Variant, ViaDisplay, ViaTime,
    };
    #[cfg(feature = "aide015")]
    pub use crate::openapi::with_aide::support::*;
    #[cfg(feature = "poem-openapi")]
    pub use crate::openapi::with_poem::support::*;
    #[cfg(feature = "salvo-oapi")]
    pub use crate::openapi::with_salvo::support::*;
    #[cfg(feature = "utoipa")]
    pub use crate::openapi::with_utoipa::support::*;
    #[cfg(feature = "utoipa")]
    pub use crate::openapi::with_utoipa::Utoipa;
    #[cfg(feature = "utoipa")]
    pub use crate::openapi::{Answers, InnerResponses};
    #[cfg(feature = "problem")]
    pub use crate::problem::{flatten, Problem, Translation};
    #[cfg(feature = "decode")]
    pub use crate::testing::problem_parts;
    #[cfg(feature = "std")]
    pub use crate::testing::{assert_status, Expected};
    #[cfg(feature = "actix-web")]
    pub use actix_web;
    #[cfg(feature = "aide015")]
    pub use aide015;
    #[cfg(feature = "axum")]
    pub use axum;
    pub use http_status_core::Status;
    pub use http_status_macros::{__assert_status, __status};
    #[cfg(feature = "poem")]
    pub use poem;
    #[cfg(feature = "poem-openapi")]
    pub use poem_openapi;
    #[cfg(feature = "rocket")]
    pub use rocket;
    #[cfg(feature = "salvo")]
    pub use salvo_core;
    #[cfg(feature = "salvo-oapi")]
    pub use salvo_oapi;
    #[cfg(feature = "problem")]
    pub use serde;
    #[cfg(feature = "problem")]
    pub use std::format;
    #[cfg(any(feature = "aide015", feature = "salvo-oapi", feature = "poem-openapi"))]
    pub use std::vec::Vec;
    #[cfg(feature = "utoipa")]
    pub use utoipa;

    /// A field's value as the `Display` a header is written from. Called with the field's type
    /// spelled on the user's token, so that a type without `Display` is reported there.
    #[must_use]
    pub fn display<T: HeaderField>(value: &T) -> &dyn core::fmt::Display {
        value
    }

    pub use crate::header_text::{AsDate, AsDelay, AsDisplay, HeaderField, Text};
}

#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __frameworks {
    ($($tokens:tt)*) => {};
}

/// The derive's `Problem` impl: emitted only when the facade has problem responses.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_problem {
    ($($tokens:tt)*) => { $($tokens)* };
}

#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_problem {
    ($($tokens:tt)*) => {};
}

/// The derive's `Decode` impl: emitted only when the facade has the decoder.
#[cfg(feature = "decode")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_decode {
    ($($tokens:tt)*) => { $($tokens)* };
}

#[cfg(not(feature = "decode"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_decode {
    ($($tokens:tt)*) => {};
}

/// Asserts that a response has a status, the status checked at compile time like
/// [`status!`]'s: a code, a name, a phrase, a vendor code, or a class (`4xx`). On failure, the
/// message shows both statuses with their phrases and, for a server's problem response, its
/// title and detail.
///
/// The response is anything [`testing::HasStatus`] reads: `http::Response<B>` (what
/// `tower::ServiceExt::oneshot` gives an axum test), `reqwest::Response`, actix-web's test
/// responses, a [`Status`].
///
/// ```
/// use http_status::{assert_status, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// #[error("no user {0}")]
/// #[status(404)]
/// struct NoUser(u32);
///
/// let response = http_status::problem::to_response(&NoUser(7));
/// assert_status!(response, 404);
/// assert_status!(response, NotFound);
/// assert_status!(response, "Not Found");
/// assert_status!(response, 4xx);
/// ```
///
/// ```should_panic
/// # use http_status::{assert_status, StatusResponse};
/// # #[derive(Debug, thiserror::Error, StatusResponse)]
/// # #[error("no user {0}")]
/// # #[status(404)]
/// # struct NoUser(u32);
/// # let response = http_status::problem::to_response(&NoUser(7));
/// // assertion failed: the response's status is not 5xx
/// //   expected: any 5xx (Server Error)
/// //     actual: 404 Not Found
/// //    problem: Not Found: no user 7
/// assert_status!(response, 5xx);
/// ```
///
/// A code that is no status is a compile error, as in `status!`:
///
/// ```compile_fail
/// # let response = http::Response::new(());
/// http_status::assert_status!(response, 299);
/// ```
#[cfg(feature = "std")]
#[macro_export]
macro_rules! assert_status {
    ($response:expr, $($spec:tt)+) => {
        $crate::__private::__assert_status!([$crate] ($response) $($spec)+)
    };
}

/// Asserts that a response's problem decodes into the derived error type as a variant that
/// matches a pattern (feature `decode`): its status and `type` found it, and the members the
/// pattern names match. The type is the pattern's.
///
/// The response is an `http::Response` (its body read when it has bytes, else its extensions:
/// what axum and `problem::to_response` give), or actix-web's test response.
///
/// ```
/// use http_status::{assert_problem, StatusResponse};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error("you have {balance} credits")]
///     #[status(403, type = "https://example.com/probs/out-of-credit")]
///     OutOfCredit {
///         #[problem]
///         balance: u32,
///     },
/// }
///
/// let response = http_status::problem::to_response(&ApiError::OutOfCredit { balance: 30 });
/// assert_problem!(response, ApiError::OutOfCredit { .. });
/// assert_problem!(response, ApiError::OutOfCredit { balance: 30 });
/// assert_problem!(response, ApiError::OutOfCredit { balance } if *balance < 50);
/// ```
///
/// ```should_panic
/// # use http_status::{assert_problem, StatusResponse};
/// # #[derive(Debug, thiserror::Error, StatusResponse)]
/// # enum ApiError {
/// #     #[error("you have {balance} credits")]
/// #     #[status(403, type = "https://example.com/probs/out-of-credit")]
/// #     OutOfCredit { #[problem] balance: u32 },
/// # }
/// # let response = http_status::problem::to_response(&ApiError::OutOfCredit { balance: 30 });
/// // assertion failed: the response's problem does not match `ApiError::OutOfCredit { balance: 31 }`
/// //   decoded: OutOfCredit { balance: 30 }
/// assert_problem!(response, ApiError::OutOfCredit { balance: 31 });
/// ```
#[cfg(feature = "decode")]
#[macro_export]
macro_rules! assert_problem {
    ($response:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::__private::problem_parts::{FromBody as _, FromExtensions as _};
        let __response = &$response;
        let __parts = (&&$crate::__private::problem_parts::Probe(__response)).parts();
        match $crate::__private::problem_parts::decoded(__parts) {
            ::core::result::Result::Ok(__value) => {
                if !::core::matches!(&__value, $pattern $(if $guard)?) {
                    $crate::__private::problem_parts::mismatch(&__value, ::core::stringify!($pattern));
                }
            }
            ::core::result::Result::Err(__why) => {
                $crate::__private::problem_parts::undecoded(&__why, ::core::stringify!($pattern))
            }
        }
    }};
}

/// Writes `status!`, which forwards to `__status_const!`: one arm per standard or provisional
/// code (from the core's table, through `__with_plain_codes!`), which expands to its const
/// without calling the procedural macro, and one arm that hands everything else (names,
/// phrases, vendor codes, codes that warn, mistakes) to it. `$d` is `$`, for the metavariables
/// of the macro written here. The codes are taken as `tt`: a `literal` fragment put back into a
/// pattern no longer matches a literal token.
macro_rules! define_status_macro {
    ($d:tt $([$code:tt $name:ident])*) => {
        /// A status code checked at compile time against the registry, as its typed constant.
        ///
        /// `status!(404)` is `Status::NOT_FOUND`. It takes:
        ///
        /// - a decimal code: `status!(404)`;
        /// - a const name or its CamelCase form: `status!(NOT_FOUND)`, `status!(NotFound)`;
        /// - a reason phrase: `status!("Not Found")`;
        /// - a historic name, with a warning: `status!("Moved Temporarily")` is `302`;
        /// - a vendor code with its vendor: `status!(nginx 499)`, `status!(cloudflare 522)`,
        ///   `status!(iis 449)`.
        ///
        /// ```
        /// use http_status::{status, Status};
        ///
        /// assert_eq!(status!(404), Status::NOT_FOUND);
        /// assert_eq!(status!(NOT_FOUND), Status::NOT_FOUND);
        /// assert_eq!(status!(NotFound), Status::NOT_FOUND);
        /// assert_eq!(status!("Not Found"), Status::NOT_FOUND);
        /// assert_eq!(status!(nginx 499), Status::CLIENT_CLOSED_REQUEST);
        /// assert_eq!(status!(cloudflare 522), Status::CONNECTION_TIMED_OUT);
        /// assert_eq!(status!(iis 449), Status::RETRY_WITH);
        /// ```
        ///
        /// The result is a constant: it works in `const` and `static` items and in `match` patterns.
        ///
        /// ```
        /// use http_status::{status, Status};
        ///
        /// const GONE: Status = status!(410);
        /// static TEAPOT_FREE: Status = status!(Conflict);
        ///
        /// fn describe(status: Status) -> &'static str {
        ///     match status {
        ///         status!(404) | status!(Gone) => "not here",
        ///         status!("Too Many Requests") => "slow down",
        ///         _ => "something else",
        ///     }
        /// }
        /// assert_eq!(describe(GONE), "not here");
        /// assert_eq!(describe(TEAPOT_FREE), "something else");
        /// ```
        ///
        /// A vendor code names one vendor's meaning, but a [`Status`] is only a number: `status!(nginx
        /// 499)` and `status!(esri 499)` are the same value, so as `match` patterns they match the same
        /// statuses. The first such arm takes every 499, the second never runs, and rustc does not warn
        /// about it. Tell the meanings apart where they are kept: in a derived error's
        /// `#[status(esri 499)]`, whose response says "Token Required", or with [`Status::meanings`].
        ///
        /// ```
        /// use http_status::{status, Status};
        ///
        /// assert_eq!(status!(nginx 499), status!(esri 499));
        /// let who = |s: Status| match s {
        ///     status!(nginx 499) => "nginx",
        ///     status!(esri 499) => "esri", // never reached: the arm above takes every 499
        ///     _ => "other",
        /// };
        /// assert_eq!(who(status!(esri 499)), "nginx");
        /// assert_eq!(status!(esri 499).to_string(), "499 Client Closed Request"); // the first meaning
        /// assert_eq!(status!(esri 499).meanings()[1].reason(), "Token Required");
        /// ```
        ///
        /// Codes that IANA lists as unused, deprecated or obsolete (`306`, `418`, `305`, `510`),
        /// historic names and the deprecated names of renamed codes compile with a warning that says why
        /// and what to write; `#[allow(deprecated)]` silences it.
        ///
        /// ```
        /// # use http_status::{status, Status};
        /// #[allow(deprecated)]
        /// let teapot = status!(418);
        /// assert_eq!(teapot, Status::IM_A_TEAPOT);
        /// ```
        ///
        /// Anything else is a compile error on the offending token that says what to write instead:
        ///
        /// ```compile_fail
        /// # use http_status::status;
        /// // error: `299` is not a documented HTTP status code; the nearest documented 2xx codes are
        /// //        `226` (IM Used), `208` (Already Reported) and `207` (Multi-Status)
        /// let s = status!(299);
        /// ```
        ///
        /// ```compile_fail
        /// # use http_status::status;
        /// // error: `499` is not a standard HTTP status code: it is a vendor code used by nginx
        /// //        (Client Closed Request) and Esri ArcGIS (Token Required); name the vendor ...
        /// let s = status!(499);
        /// ```
        #[macro_export]
        macro_rules! status {
            ($d ($d spec:tt)*) => {
                $d crate::__status_const!($d ($d spec)*)
            };
        }

        /// `status!`'s arms, one per plain code, kept off `status!`'s page (which shows its
        /// arms as its signature). Not public API.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __status_const {
            $(
                ($code) => {
                    $d crate::__private::Status::$name
                };
            )*
            ($d ($d spec:tt)*) => {
                $d crate::__private::__status!([$d crate] $d ($d spec)*)
            };
        }
    };
}

http_status_core::__with_plain_codes! { define_status_macro $ }
