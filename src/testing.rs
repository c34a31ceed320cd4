//! Test assertions on responses: [`assert_status!`](crate::assert_status), the expected status
//! checked at compile time like `status!`'s, and, with the `decode` feature,
//! [`assert_problem!`](crate::assert_problem), a problem matched against a variant's pattern.
//! [`HasStatus`] is what they read a response through.

use core::fmt::{self, Display};

use http_status_core::{Class, Status};

/// A response, or anything else with a status, for [`assert_status!`](crate::assert_status):
/// its status, and the problem it carries when the response knows it (a server's response, whose
/// extensions hold the problem's `Details`).
///
/// Implemented for [`Status`], `http::StatusCode` and `http::Response<B>` (feature `http`),
/// `reqwest::Response` (feature `reqwest`), and actix-web's `HttpResponse<B>` and
/// `ServiceResponse<B>` (feature `actix-web`, what `actix_web::test::call_service` returns).
/// A response type of your own implements it with its status:
///
/// ```
/// use http_status::testing::HasStatus;
/// use http_status::{assert_status, Status};
///
/// struct Reply {
///     code: u16,
/// }
///
/// impl HasStatus for Reply {
///     fn status_of(&self) -> Status {
///         Status::from_u16(self.code).unwrap_or(Status::INTERNAL_SERVER_ERROR)
///     }
/// }
///
/// assert_status!(Reply { code: 201 }, Created);
/// assert_status!(Reply { code: 201 }, 2xx);
/// ```
pub trait HasStatus {
    /// The status.
    fn status_of(&self) -> Status;

    /// The problem's title and detail, when the value carries its problem.
    fn problem_of(&self) -> Option<(String, Option<String>)> {
        None
    }
}

impl<T: HasStatus + ?Sized> HasStatus for &T {
    fn status_of(&self) -> Status {
        (**self).status_of()
    }

    fn problem_of(&self) -> Option<(String, Option<String>)> {
        (**self).problem_of()
    }
}

impl HasStatus for Status {
    fn status_of(&self) -> Status {
        *self
    }
}

#[cfg(feature = "http")]
impl HasStatus for http::StatusCode {
    fn status_of(&self) -> Status {
        Status::from(*self)
    }
}

/// The problem a response's extensions hold.
#[cfg(feature = "problem")]
fn extension_problem(
    details: Option<&crate::problem::Details>,
) -> Option<(String, Option<String>)> {
    details.map(|d| (d.title.to_string(), d.detail.clone()))
}

#[cfg(feature = "http")]
impl<B> HasStatus for http::Response<B> {
    fn status_of(&self) -> Status {
        Status::from(self.status())
    }

    fn problem_of(&self) -> Option<(String, Option<String>)> {
        #[cfg(feature = "problem")]
        return extension_problem(self.extensions().get());
        #[cfg(not(feature = "problem"))]
        None
    }
}

#[cfg(feature = "reqwest")]
impl HasStatus for reqwest::Response {
    fn status_of(&self) -> Status {
        Status::from(self.status())
    }
}

#[cfg(feature = "actix-web")]
impl<B> HasStatus for actix_web::HttpResponse<B> {
    fn status_of(&self) -> Status {
        Status::from(self.status())
    }

    fn problem_of(&self) -> Option<(String, Option<String>)> {
        extension_problem(self.extensions().get())
    }
}

#[cfg(feature = "actix-web")]
impl<B> HasStatus for actix_web::dev::ServiceResponse<B> {
    fn status_of(&self) -> Status {
        self.response().status_of()
    }

    fn problem_of(&self) -> Option<(String, Option<String>)> {
        self.response().problem_of()
    }
}

/// What `assert_status!` expects. Not public API.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Expected {
    /// One status.
    Code(Status),
    /// Any status of a class.
    Class(Class),
}

impl Expected {
    fn admits(self, status: Status) -> bool {
        match self {
            Expected::Code(code) => code == status,
            Expected::Class(class) => status.class() == class,
        }
    }
}

impl Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Code(status) => write!(f, "{status}"),
            Expected::Class(class) => write!(f, "any {} ({})", class_code(*class), class.name()),
        }
    }
}

fn class_code(class: Class) -> &'static str {
    match class {
        Class::Informational => "1xx",
        Class::Success => "2xx",
        Class::Redirection => "3xx",
        Class::ClientError => "4xx",
        _ => "5xx",
    }
}

/// The comparison behind `assert_status!`. Not public API.
#[doc(hidden)]
#[track_caller]
pub fn assert_status<R: HasStatus + ?Sized>(response: &R, expected: Expected, written: &str) {
    let actual = response.status_of();
    if expected.admits(actual) {
        return;
    }
    let problem = match response.problem_of() {
        Some((title, Some(detail))) => format!("\n   problem: {title}: {detail}"),
        Some((title, None)) => format!("\n   problem: {title} (no detail shown)"),
        None => String::new(),
    };
    panic!(
        "assertion failed: the response's status is not {written}\n  expected: {expected}\n    actual: {actual}{problem}"
    );
}

/// A response for `assert_problem!`, whose autoref picks how to read its problem: from its body
/// when it has bytes (`FromBody`), else from its extensions (`FromExtensions`). Not public
/// API.
#[cfg(feature = "decode")]
#[doc(hidden)]
pub mod problem_parts {
    use http::HeaderMap;
    use http_status_core::Status;

    use crate::problem::Document;

    /// See the module.
    pub struct Probe<'a, R: ?Sized>(pub &'a R);

    /// A response with its body's bytes: the body read as a problem.
    pub trait FromBody {
        /// Status, headers and problem.
        fn parts(&self) -> (Status, HeaderMap, Option<Document>);
    }

    impl<B: AsRef<[u8]>> FromBody for &Probe<'_, http::Response<B>> {
        fn parts(&self) -> (Status, HeaderMap, Option<Document>) {
            let response = self.0;
            let problem = Document::from_json(response.body().as_ref())
                .ok()
                .or_else(|| response.extensions().get().map(Document::from));
            (
                Status::from(response.status()),
                response.headers().clone(),
                problem,
            )
        }
    }

    /// A response whose problem is in its extensions (axum's, actix-web's).
    pub trait FromExtensions {
        /// Status, headers and problem.
        fn parts(&self) -> (Status, HeaderMap, Option<Document>);
    }

    impl<B> FromExtensions for Probe<'_, http::Response<B>> {
        fn parts(&self) -> (Status, HeaderMap, Option<Document>) {
            let response = self.0;
            let problem = response
                .extensions()
                .get::<crate::problem::Details>()
                .map(Document::from);
            (
                Status::from(response.status()),
                response.headers().clone(),
                problem,
            )
        }
    }

    #[cfg(feature = "actix-web")]
    impl<B> FromExtensions for Probe<'_, actix_web::HttpResponse<B>> {
        fn parts(&self) -> (Status, HeaderMap, Option<Document>) {
            let response = self.0;
            let mut headers = HeaderMap::new();
            for (name, value) in response.headers() {
                if let (Ok(name), Ok(value)) = (
                    http::HeaderName::from_bytes(name.as_str().as_bytes()),
                    http::HeaderValue::from_bytes(value.as_bytes()),
                ) {
                    headers.append(name, value);
                }
            }
            let problem = response
                .extensions()
                .get::<crate::problem::Details>()
                .map(Document::from);
            (Status::from(response.status()), headers, problem)
        }
    }

    #[cfg(feature = "actix-web")]
    impl<B> FromExtensions for Probe<'_, actix_web::dev::ServiceResponse<B>> {
        fn parts(&self) -> (Status, HeaderMap, Option<Document>) {
            Probe(self.0.response()).parts()
        }
    }

    /// The decoding behind `assert_problem!`.
    ///
    /// # Errors
    ///
    /// When the response has no problem, or it decodes into none of the type's variants.
    pub fn decoded<E: crate::decode::Decode>(
        (status, headers, problem): (Status, HeaderMap, Option<Document>),
    ) -> Result<E, String> {
        let problem = problem.ok_or_else(|| format!("the {status} response carries no problem"))?;
        E::decode(&crate::decode::Received::new(status, &headers, &problem)).map_err(|why| {
            format!(
                "the {status} response's problem (type `{}`) is none of the type's variants: {why}",
                problem.problem_type
            )
        })
    }

    /// The failure of `assert_problem!`.
    #[track_caller]
    pub fn mismatch(found: &dyn core::fmt::Debug, pattern: &str) -> ! {
        panic!("assertion failed: the response's problem does not match `{pattern}`\n  decoded: {found:?}")
    }

    /// The failure of `assert_problem!` when nothing decodes.
    #[track_caller]
    pub fn undecoded(why: &str, pattern: &str) -> ! {
        panic!("assertion failed: the response's problem does not match `{pattern}`\n  {why}")
    }
}
