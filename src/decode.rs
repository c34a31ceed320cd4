//! A client's side of a derived error: a problem response decoded back into the server's enum.
//!
//! With the `decode` feature, `#[derive(StatusResponse)]` implements [`Decode`]. A client that
//! shares the error type with its server turns every error response back into the variant the
//! server sent, or into an [`Unmatched`] that keeps everything the response said:
//!
//! ```
//! use http_status::decode::{self, Failure};
//! use http_status::StatusResponse;
//!
//! #[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     #[error("no user {id}")]
//!     #[status(404, type = "https://example.com/probs/no-user")]
//!     NoUser {
//!         #[problem]
//!         id: u64,
//!     },
//!     #[error("slow down")]
//!     #[status(429)]
//!     RateLimited {
//!         #[header("Retry-After")]
//!         seconds: u32,
//!     },
//! }
//!
//! // What the server sends, as any `http` 1.x client receives it.
//! let response = http_status::problem::to_response(&ApiError::NoUser { id: 7 });
//! let error = decode::error_for_problem::<ApiError, _>(response).unwrap_err();
//! assert!(matches!(error, Failure::Api(ApiError::NoUser { id: 7 })));
//!
//! let response = http_status::problem::to_response(&ApiError::RateLimited { seconds: 30 });
//! let Err(Failure::Api(error)) = decode::error_for_problem::<ApiError, _>(response) else {
//!     panic!("a declared error")
//! };
//! assert_eq!(error, ApiError::RateLimited { seconds: 30 });
//!
//! // Anything the enum does not declare is kept whole.
//! let response = http::Response::builder()
//!     .status(502)
//!     .header("content-type", "text/html")
//!     .body(b"<h1>Bad Gateway</h1>".to_vec())?;
//! let Err(Failure::Unmatched(other)) = decode::error_for_problem::<ApiError, _>(response) else {
//!     panic!("not a declared error")
//! };
//! assert_eq!(other.status, 502);
//! assert_eq!(other.body, b"<h1>Bad Gateway</h1>");
//! assert_eq!(other.to_string(), "502 Bad Gateway: not a problem response (its content type is `text/html`)");
//!
//! // A success is left alone.
//! let ok = http::Response::new(b"{}".to_vec());
//! assert!(decode::error_for_problem::<ApiError, _>(ok).is_ok());
//! # Ok::<(), http::Error>(())
//! ```
//!
//! # What is decoded
//!
//! A variant is found by what RFC 9457 makes a problem's identifier, its `type` (Section
//! 3.1.1), together with the response's status; `detail` is never parsed. Its fields come back
//! from where the server put them: a `#[problem]` member with serde (a member left out, as a
//! `None` is, reads as `null`), a `#[header("...")]` field with `FromStr` from the response's
//! header, the `#[problem(instance)]` field with `FromStr` from `instance`. A `transparent`
//! variant asks its field's type.
//!
//! A variant is not decoded, and the documentation of the derived `Decode` impl says which and
//! why, when:
//!
//! - one of its fields is not sent (neither a member, a header nor the instance);
//! - its status is not a 4xx or 5xx, the only responses that carry a problem;
//! - it is a 5xx that does not `expose` its message: its members are not sent, and a client
//!   should not tell hidden server errors apart;
//! - another variant answers the same status with the same `type`: the client cannot tell them
//!   apart (the derive warns; give one a `type`);
//! - a member's type does not implement `serde::Deserialize`, or a header's or the instance's
//!   does not implement `FromStr` (found out at compile time, but without an error, so that a
//!   type that never asked for decoding keeps compiling when another crate turns the feature
//!   on).
//!
//! `#[status(404, decode)]` asks for one variant to be decoded: each of the rules above is then
//! a compile error on the token to change.
//!
//! A generic type's members and delegates are decoded when its parameters allow it: the impl
//! states the bounds (`T: Deserialize`, `T: Decode`).

use core::fmt::{self, Display};
use std::error::Error;
use std::marker::PhantomData;

use http::header::CONTENT_TYPE;
use http::HeaderMap;
use http_status_core::Status;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::problem::{Document, PROBLEM_JSON};

/// A type whose values a client reads back from a problem response: what
/// `#[derive(StatusResponse)]` implements with the `decode` feature. See the
/// [module documentation](self).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be decoded from a problem response: it does not implement `Decode`",
    label = "`{Self}` does not implement `http_status::decode::Decode`",
    note = "`#[derive(StatusResponse)]` implements it when http-status's `decode` feature is on; for a generic type, when its parameters are `Deserialize` (members) or `Decode` (transparent variants)"
)]
pub trait Decode: Sized {
    /// The value the response says, or why it says none.
    ///
    /// # Errors
    ///
    /// When no variant answers the response's status with its `type`, when the variant that
    /// does cannot be decoded, or when one of its fields does not read back.
    fn decode(received: &Received<'_>) -> Result<Self, Mismatch>;
}

impl<T: Decode> Decode for Box<T> {
    fn decode(received: &Received<'_>) -> Result<Self, Mismatch> {
        T::decode(received).map(Box::new)
    }
}

/// What a problem response said: its status, its headers and its problem document.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Received<'a> {
    /// The response's status: the one that counts, whatever the body's `status` says.
    pub status: Status,
    /// The response's headers.
    pub headers: &'a HeaderMap,
    /// The body.
    pub problem: &'a Document,
}

impl<'a> Received<'a> {
    /// A response, from its parts.
    #[must_use]
    pub fn new(status: Status, headers: &'a HeaderMap, problem: &'a Document) -> Received<'a> {
        Received {
            status,
            headers,
            problem,
        }
    }
}

/// Why a response was not decoded into a declared error.
#[derive(Debug)]
#[non_exhaustive]
pub enum Mismatch {
    /// No decodable variant answers this status with this problem type.
    NoVariant,
    /// The variant that answers it is not decoded (see the
    /// [module documentation](self#what-is-decoded)).
    Undecodable {
        /// The variant.
        variant: &'static str,
        /// Why, in words.
        reason: &'static str,
    },
    /// Two variants answer this status with this type: the response cannot say which.
    Ambiguous {
        /// The variants, in declaration order.
        variants: [&'static str; 2],
    },
    /// The variant's member is missing, or is not of its field's type.
    Member {
        /// The variant.
        variant: &'static str,
        /// The member's name, empty for a flattened field.
        member: &'static str,
        /// What serde said.
        error: serde_json::Error,
    },
    /// The variant's header is missing, or does not parse.
    Header {
        /// The variant.
        variant: &'static str,
        /// The header's name, as declared.
        header: &'static str,
        /// Why: missing, not visible ASCII, or the field type's parse error.
        error: String,
    },
    /// The variant's `instance` is missing, or does not parse.
    Instance {
        /// The variant.
        variant: &'static str,
        /// Why.
        error: String,
    },
    /// The response is no problem: its content type is not `application/problem+json`.
    NotProblem {
        /// The content type it had, when it had one.
        content_type: Option<String>,
    },
    /// The body says `application/problem+json` but is no problem document.
    Body(serde_json::Error),
    /// The body could not be read.
    Unreadable(Box<dyn Error + Send + Sync>),
}

impl Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::NoVariant => f.write_str("no declared error answers this status with this problem type"),
            Mismatch::Undecodable { variant, reason } => {
                write!(f, "`{variant}` answers it but is not decoded: {reason}")
            }
            Mismatch::Ambiguous { variants: [a, b] } => write!(
                f,
                "both `{a}` and `{b}` answer this status with this problem type, so neither is decoded"
            ),
            Mismatch::Member { variant, member: "", error } => {
                write!(f, "`{variant}`'s flattened members do not read back: {error}")
            }
            Mismatch::Member { variant, member, error } => {
                write!(f, "`{variant}`'s member `{member}` does not read back: {error}")
            }
            Mismatch::Header { variant, header, error } => {
                write!(f, "`{variant}`'s header `{header}` does not read back: {error}")
            }
            Mismatch::Instance { variant, error } => {
                write!(f, "`{variant}`'s `instance` does not read back: {error}")
            }
            Mismatch::NotProblem { content_type: Some(ct) } => {
                write!(f, "not a problem response (its content type is `{ct}`)")
            }
            Mismatch::NotProblem { content_type: None } => {
                f.write_str("not a problem response (it has no content type)")
            }
            Mismatch::Body(error) => write!(f, "the problem body does not parse: {error}"),
            Mismatch::Unreadable(error) => write!(f, "the body could not be read: {error}"),
        }
    }
}

impl Error for Mismatch {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Mismatch::Member { error, .. } | Mismatch::Body(error) => Some(error),
            Mismatch::Unreadable(error) => Some(&**error),
            _ => None,
        }
    }
}

/// An error response that is none of the declared errors: everything it said, kept.
#[derive(Debug)]
#[non_exhaustive]
pub struct Unmatched {
    /// The response's status.
    pub status: Status,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The problem document, when the body was one.
    pub problem: Option<Document>,
    /// The body, as it came.
    pub body: Vec<u8>,
    /// Why it matched no declared error.
    pub reason: Mismatch,
}

impl Unmatched {
    /// Whether the body's `status` member names another status than the response's: RFC 9457
    /// (Section 3.1.2) asks generators to use the same, so a difference says that something on
    /// the way (a proxy, a gateway) changed the response.
    #[must_use]
    pub fn status_disagrees(&self) -> bool {
        self.problem
            .as_ref()
            .and_then(|p| p.status)
            .is_some_and(|s| s != self.status)
    }
}

impl Display for Unmatched {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.reason)
    }
}

impl Error for Unmatched {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.reason)
    }
}

/// What an error response becomes: the declared error it says, or everything else it said.
#[derive(Debug)]
pub enum Failure<E> {
    /// One of the declared errors.
    Api(E),
    /// Any other response with a 4xx or 5xx status: a proxy's, a framework's, a hidden server
    /// error, a variant that is not decoded. Boxed: it keeps the whole response.
    Unmatched(Box<Unmatched>),
}

impl<E> Failure<E> {
    /// The declared error, if it is one.
    pub fn api(self) -> Option<E> {
        match self {
            Failure::Api(error) => Some(error),
            Failure::Unmatched(_) => None,
        }
    }
}

impl<E: Display> Display for Failure<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Api(error) => error.fmt(f),
            Failure::Unmatched(other) => other.fmt(f),
        }
    }
}

impl<E: Error> Error for Failure<E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Failure::Api(error) => error.source(),
            Failure::Unmatched(other) => other.source(),
        }
    }
}

/// `Ok(response)` for a response below 400, untouched; for a 4xx or 5xx, the declared error it
/// says, or [`Failure::Unmatched`] with everything it said. For any `http` 1.x client (hyper,
/// a tower service, a test); reqwest's has its own, behind the `reqwest` feature.
///
/// # Errors
///
/// Every 4xx and 5xx response.
pub fn error_for_problem<E: Decode, B: AsRef<[u8]>>(
    response: http::Response<B>,
) -> Result<http::Response<B>, Failure<E>> {
    if response.status().as_u16() < 400 {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    Err(into_failure(decode(
        Status::from(parts.status),
        &parts.headers,
        body.as_ref(),
    )))
}

/// The declared error an error response says, from its parts; or everything it said, the
/// headers and the body copied. What [`error_for_problem`] does for a 4xx or 5xx; for a client
/// whose response is not an `http::Response`.
///
/// ```
/// use http_status::{Status, StatusResponse};
///
/// #[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
/// #[error("slow down")]
/// #[status(429, type = "https://example.com/probs/slow")]
/// struct Slow {
///     #[header("Retry-After")]
///     seconds: u32,
/// }
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("content-type", "application/problem+json".parse().unwrap());
/// headers.insert("retry-after", "30".parse().unwrap());
/// let body = br#"{"type": "https://example.com/probs/slow", "status": 429}"#;
/// let slow = http_status::decode::decode::<Slow>(Status::TOO_MANY_REQUESTS, &headers, body);
/// assert_eq!(slow.unwrap(), Slow { seconds: 30 });
///
/// let other = http_status::decode::decode::<Slow>(Status::TOO_MANY_REQUESTS, &headers, b"{}");
/// assert_eq!(other.unwrap_err().problem.unwrap().problem_type, "about:blank");
/// ```
///
/// # Errors
///
/// When the response is no problem, or its problem is none of the declared errors.
pub fn decode<E: Decode>(
    status: Status,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<E, Box<Unmatched>> {
    let content_type = headers.get(CONTENT_TYPE);
    // The value as servers write it is compared as it is; anything else (parameters, another
    // case, spaces) is read by `mime`, which allocates.
    let is_problem = content_type
        .and_then(|ct| ct.to_str().ok())
        .is_some_and(|ct| {
            ct.eq_ignore_ascii_case(PROBLEM_JSON)
                || ct
                    .parse::<mime::Mime>()
                    .is_ok_and(|ct| ct.essence_str() == PROBLEM_JSON)
        });
    let (problem, reason) = if !is_problem {
        let content_type =
            content_type.map(|ct| String::from_utf8_lossy(ct.as_bytes()).into_owned());
        (None, Mismatch::NotProblem { content_type })
    } else {
        match Document::from_json(body) {
            Err(error) => (None, Mismatch::Body(error)),
            Ok(problem) => match E::decode(&Received::new(status, headers, &problem)) {
                Ok(error) => return Ok(error),
                Err(reason) => (Some(problem), reason),
            },
        }
    };
    Err(Box::new(Unmatched {
        status,
        headers: headers.clone(),
        problem,
        body: body.to_vec(),
        reason,
    }))
}

fn into_failure<E>(decoded: Result<E, Box<Unmatched>>) -> Failure<E> {
    match decoded {
        Ok(error) => Failure::Api(error),
        Err(other) => Failure::Unmatched(other),
    }
}

/// What the derived `Decode` impls call. Not public API.
#[doc(hidden)]
pub mod support {
    use super::*;

    /// A field's type, for the method that reads it back: the trait whose bound the type meets
    /// ([`Serde`], [`Parse`], [`Nested`]) when it does, else, through one more reference, the
    /// fallback that says why it does not.
    pub struct Wire<T>(PhantomData<fn() -> T>);

    impl<T> Wire<T> {
        #[must_use]
        pub const fn new() -> Wire<T> {
            Wire(PhantomData)
        }
    }

    impl<T> Default for Wire<T> {
        fn default() -> Wire<T> {
            Wire::new()
        }
    }

    /// A member's type that implements `Deserialize`.
    pub trait Serde {
        /// The field's type.
        type Value;
        /// The member `name`, `null` when it is left out.
        fn member(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
        ) -> Result<Self::Value, Mismatch>;
        /// A `#[problem(flatten)]` field, from every member.
        fn flattened(
            &self,
            received: &Received<'_>,
            variant: &'static str,
        ) -> Result<Self::Value, Mismatch>;
    }

    // `Deserialize<'static>` from owned values rather than `DeserializeOwned` from borrowed
    // ones: method resolution ignores lifetimes, so `&'static str` (which is `Deserialize`
    // for `'static` alone) would pick this impl and then fail to compile, in a crate that never
    // asked for decoding. From an owned value, it compiles, and fails at run time with serde's
    // "expected a borrowed string". A member's value moves out of its clone: no more
    // allocations than reading from a reference.
    impl<T: Deserialize<'static>> Serde for Wire<T> {
        type Value = T;

        fn member(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
        ) -> Result<T, Mismatch> {
            let value = received.problem.member(name).cloned();
            T::deserialize(value.unwrap_or(serde_json::Value::Null)).map_err(|error| {
                Mismatch::Member {
                    variant,
                    member: name,
                    error,
                }
            })
        }

        fn flattened(&self, received: &Received<'_>, variant: &'static str) -> Result<T, Mismatch> {
            use serde::de::value::MapDeserializer;
            let members = received.problem.members.iter().cloned();
            T::deserialize(MapDeserializer::<_, serde_json::Error>::new(members)).map_err(|error| {
                Mismatch::Member {
                    variant,
                    member: "",
                    error,
                }
            })
        }
    }

    /// The fallback of [`Serde`].
    pub trait NotSerde {
        /// The field's type.
        type Value;
        /// Never: the type is not `Deserialize`.
        fn member(
            &self,
            _: &Received<'_>,
            variant: &'static str,
            _: &'static str,
        ) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::Undecodable {
                variant,
                reason: "a member's type does not implement `serde::Deserialize`",
            })
        }
        /// Never: the type is not `Deserialize`.
        fn flattened(
            &self,
            _: &Received<'_>,
            variant: &'static str,
        ) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::Undecodable {
                variant,
                reason: "a flattened field's type does not implement `serde::Deserialize`",
            })
        }
    }

    impl<T> NotSerde for &Wire<T> {
        type Value = T;
    }

    /// Why an instance field is not decoded, where its type has no `FromStr`.
    const INSTANCE_NOT_FROM_STR: &str =
        "the instance field's type does not implement `FromStr` (with an error that is `Display`)";

    /// A header's or the instance's type that implements `FromStr`. Three levels, from the
    /// call `(&&&Wire::<T>::new())`: [`Parse`] for `&&Wire<T>`, [`ParseTime`] for
    /// `&Wire<Duration>` and `&Wire<SystemTime>`, then [`NotParse`] for `Wire<T>`.
    pub trait Parse {
        /// The field's type.
        type Value;
        /// The `nth` value of the header `name`.
        fn header(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
            nth: usize,
        ) -> Result<Self::Value, Mismatch>;
        /// The `instance`.
        fn instance(
            &self,
            received: &Received<'_>,
            variant: &'static str,
        ) -> Result<Self::Value, Mismatch>;
        /// Nothing: the field reads back. The compile-time check of a variant that asked for
        /// `decode`.
        fn readable(&self) {}
    }

    /// The text of the `nth` value of the header `name`.
    fn header_text<'r>(
        received: &Received<'r>,
        variant: &'static str,
        name: &'static str,
        nth: usize,
    ) -> Result<&'r str, Mismatch> {
        let fail = |error: &str| Mismatch::Header {
            variant,
            header: name,
            error: error.to_owned(),
        };
        let value = received
            .headers
            .get_all(name)
            .iter()
            .nth(nth)
            .ok_or_else(|| fail("the response does not carry it"))?;
        value
            .to_str()
            .map_err(|_| fail("its value is not visible ASCII"))
    }

    /// The text of the `instance`.
    fn instance_text<'r>(
        received: &Received<'r>,
        variant: &'static str,
    ) -> Result<&'r str, Mismatch> {
        received
            .problem
            .instance
            .as_deref()
            .ok_or_else(|| Mismatch::Instance {
                variant,
                error: "the problem has none".to_owned(),
            })
    }

    impl<T: core::str::FromStr> Parse for &&Wire<T>
    where
        T::Err: Display,
    {
        type Value = T;

        fn header(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
            nth: usize,
        ) -> Result<T, Mismatch> {
            let text = header_text(received, variant, name, nth)?;
            text.parse().map_err(|e: T::Err| Mismatch::Header {
                variant,
                header: name,
                error: e.to_string(),
            })
        }

        fn instance(&self, received: &Received<'_>, variant: &'static str) -> Result<T, Mismatch> {
            let text = instance_text(received, variant)?;
            text.parse().map_err(|e: T::Err| Mismatch::Instance {
                variant,
                error: e.to_string(),
            })
        }
    }

    /// A header field of a type whose wire form RFC 9110 fixes, read back as it is sent: a
    /// `Duration` from delay-seconds, a `SystemTime` from an HTTP-date (by `httpdate`, which
    /// also reads the two obsolete formats RFC 9110 asks recipients to accept).
    pub trait ParseTime {
        /// The field's type.
        type Value;
        /// The `nth` value of the header `name`.
        fn header(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
            nth: usize,
        ) -> Result<Self::Value, Mismatch>;
        /// Nothing: the field reads back.
        fn readable(&self) {}
        /// Never: a time is no `instance`.
        fn instance(
            &self,
            _: &Received<'_>,
            variant: &'static str,
        ) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::Undecodable {
                variant,
                reason: INSTANCE_NOT_FROM_STR,
            })
        }
    }

    impl ParseTime for &Wire<core::time::Duration> {
        type Value = core::time::Duration;

        fn header(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
            nth: usize,
        ) -> Result<core::time::Duration, Mismatch> {
            let text = header_text(received, variant, name, nth)?;
            // delay-seconds is 1*DIGIT (RFC 9110, Section 10.2.3): no sign, no space.
            let seconds = text
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| text.parse::<u64>().ok())
                .flatten();
            seconds
                .map(core::time::Duration::from_secs)
                .ok_or_else(|| Mismatch::Header {
                    variant,
                    header: name,
                    error: format!("{text:?} is not a number of seconds"),
                })
        }
    }

    impl ParseTime for &Wire<std::time::SystemTime> {
        type Value = std::time::SystemTime;

        fn header(
            &self,
            received: &Received<'_>,
            variant: &'static str,
            name: &'static str,
            nth: usize,
        ) -> Result<std::time::SystemTime, Mismatch> {
            let text = header_text(received, variant, name, nth)?;
            httpdate::parse_http_date(text).map_err(|e| Mismatch::Header {
                variant,
                header: name,
                error: format!("{text:?}: {e}"),
            })
        }
    }

    /// The fallback of [`Parse`] and [`ParseTime`].
    pub trait NotParse {
        /// The field's type.
        type Value;
        /// The error of a variant that asked for `decode`: the type does not read back.
        fn readable(&self)
        where
            Self::Value: ParsedField,
        {
        }
        /// Never: the type is not `FromStr`.
        fn header(
            &self,
            _: &Received<'_>,
            variant: &'static str,
            _: &'static str,
            _: usize,
        ) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::Undecodable {
                variant,
                reason: "a header field's type does not implement `FromStr` (with an error that is `Display`)",
            })
        }
        /// Never: the type is not `FromStr`.
        fn instance(
            &self,
            _: &Received<'_>,
            variant: &'static str,
        ) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::Undecodable {
                variant,
                reason: INSTANCE_NOT_FROM_STR,
            })
        }
    }

    impl<T> NotParse for Wire<T> {
        type Value = T;
    }

    /// A `transparent` field's type that implements [`Decode`].
    pub trait Nested {
        /// The field's type.
        type Value;
        /// What the field's type decodes.
        fn nested(&self, received: &Received<'_>) -> Result<Self::Value, Mismatch>;
    }

    impl<T: Decode> Nested for Wire<T> {
        type Value = T;

        fn nested(&self, received: &Received<'_>) -> Result<T, Mismatch> {
            T::decode(received)
        }
    }

    /// The fallback of [`Nested`].
    pub trait NotNested {
        /// The field's type.
        type Value;
        /// Never: the type is not `Decode`.
        fn nested(&self, _: &Received<'_>) -> Result<Self::Value, Mismatch> {
            Err(Mismatch::NoVariant)
        }
    }

    impl<T> NotNested for &Wire<T> {
        type Value = T;
    }

    /// Which of two reasons to keep: the one that says more.
    #[must_use]
    pub fn closer(kept: Mismatch, other: Mismatch) -> Mismatch {
        match kept {
            Mismatch::NoVariant => other,
            kept => kept,
        }
    }

    /// What a member of a variant that asked for `decode` needs, named so that rustc says why.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be read back from a problem member: it does not implement `serde::Deserialize`",
        label = "the variant asks for `decode`, and its members are read with serde",
        note = "derive `serde::Deserialize` for `{Self}`, or remove `decode` to leave the variant out of decoding"
    )]
    pub trait DecodedMember: DeserializeOwned {}

    impl<T: DeserializeOwned> DecodedMember for T {}

    /// What a header or the instance of a variant that asked for `decode` needs, when it is not
    /// a `Duration` or a `SystemTime`.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be read back from a header or the instance: it does not implement `FromStr`",
        label = "the variant asks for `decode`, and its headers and instance are read with `FromStr`",
        note = "implement `std::str::FromStr` for `{Self}` (with an error that is `Display`), or remove `decode` to leave the variant out of decoding; a `std::time::Duration` or `SystemTime` header reads back as RFC 9110 writes it"
    )]
    pub trait ParsedField: core::str::FromStr<Err: Display> {}

    impl<T: core::str::FromStr<Err: Display>> ParsedField for T {}

    /// Checks at compile time that a member of a variant that asked for `decode` can be read.
    pub const fn member<T: DecodedMember>() {}
}

/// [`error_for_problem`] for reqwest (feature `reqwest`): a success comes back untouched, an
/// error response as the declared error it says, or everything it said.
///
/// ```no_run
/// use http_status::decode::{Failure, ReqwestExt as _};
/// # #[derive(Debug, thiserror::Error, http_status::StatusResponse)]
/// # enum ApiError {
/// #     #[error("no user {id}")]
/// #     #[status(404, type = "https://example.com/probs/no-user")]
/// #     NoUser { #[problem] id: u64 },
/// # }
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let response = reqwest::get("http://127.0.0.1:3000/users/7").await?;
/// match response.error_for_problem::<ApiError>().await {
///     Ok(user) => println!("{}", user.text().await?),
///     Err(Failure::Api(ApiError::NoUser { id })) => println!("no user {id}"),
///     Err(Failure::Unmatched(other)) => println!("something else: {other}"),
/// }
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub trait ReqwestExt: Sized {
    /// `Ok(self)` for a status below 400; else the body is read and decoded. A body that cannot
    /// be read is [`Mismatch::Unreadable`].
    ///
    /// # Errors
    ///
    /// Every 4xx and 5xx response.
    fn error_for_problem<E: Decode>(
        self,
    ) -> impl core::future::Future<Output = Result<Self, Failure<E>>> + Send;
}

#[cfg(feature = "reqwest")]
impl ReqwestExt for reqwest::Response {
    async fn error_for_problem<E: Decode>(self) -> Result<Self, Failure<E>> {
        if self.status().as_u16() < 400 {
            return Ok(self);
        }
        let status = Status::from(self.status());
        let headers = self.headers().clone();
        match self.bytes().await {
            Ok(body) => Err(into_failure(decode(status, &headers, &body))),
            Err(error) => Err(Failure::Unmatched(Box::new(Unmatched {
                status,
                headers,
                problem: None,
                body: Vec::new(),
                reason: Mismatch::Unreadable(Box::new(error)),
            }))),
        }
    }
}
