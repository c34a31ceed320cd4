//! The response headers that a status's specification asks for, and the sink through which a
//! [`StatusResponse`](crate::StatusResponse) reports the headers it sends.

use core::fmt;

/// How strongly a specification asks for a header (the BCP 14 keywords of RFC 2119 and 8174).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Requirement {
    /// The response is wrong without it.
    Must,
    /// Leave it out only for a good reason.
    Should,
    /// Optional; it tells the client something useful.
    May,
}

impl Requirement {
    /// The keyword as the RFCs write it: `"MUST"`, `"SHOULD"`, `"MAY"`.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::Requirement;
    ///
    /// assert_eq!(Requirement::Must.keyword(), "MUST");
    /// ```
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Self::Must => "MUST",
            Self::Should => "SHOULD",
            Self::May => "MAY",
        }
    }
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
}

/// One header that the specification of a status asks its responses to carry.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Requirement, Status};
///
/// let rules = Status::METHOD_NOT_ALLOWED.info().unwrap().headers();
/// assert_eq!(rules[0].name(), "Allow");
/// assert_eq!(rules[0].requirement(), Requirement::Must);
/// assert_eq!(rules[0].reference(), "RFC 9110, Section 15.5.6");
/// assert!(rules[0].condition().is_none());
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct HeaderRule {
    pub(crate) name: &'static str,
    pub(crate) requirement: Requirement,
    pub(crate) reference: &'static str,
    pub(crate) condition: Option<&'static str>,
}

impl HeaderRule {
    /// The header's name, in the case its specification writes it: `"Retry-After"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How strongly it is asked for.
    #[must_use]
    pub const fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// Where: `"RFC 9110, Section 15.5.2"`.
    #[must_use]
    pub const fn reference(&self) -> &'static str {
        self.reference
    }

    /// When the rule applies, if not always, in our words: `"when the condition is temporary"`.
    /// A rule with a condition is documentation only: the derive enforces unconditional MUSTs.
    #[must_use]
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }

    /// Whether every response with this status must carry the header: a MUST without a
    /// condition. The derive refuses a variant with such a status that does not send it.
    #[must_use]
    pub const fn is_mandatory(&self) -> bool {
        matches!(self.requirement, Must) && self.condition.is_none()
    }
}

const fn rule(
    name: &'static str,
    requirement: Requirement,
    reference: &'static str,
    condition: Option<&'static str>,
) -> HeaderRule {
    HeaderRule {
        name,
        requirement,
        reference,
        condition,
    }
}

use Requirement::{May, Must, Should};

// Each rule was checked against the text of its RFC. Where the issue that asked for this table
// and the RFC disagree, the RFC wins: 413's Retry-After is a SHOULD (when the condition is
// temporary), not a MAY.
const R101: &[HeaderRule] = &[rule("Upgrade", Must, "RFC 9110, Section 15.2.2", None)];
const R201: &[HeaderRule] = &[rule(
    "Location",
    May,
    "RFC 9110, Section 15.3.2",
    Some("without it, the new resource is the target URI itself; the RFC states no keyword"),
)];
const R206: &[HeaderRule] = &[
    rule(
        "Content-Range",
        Must,
        "RFC 9110, Section 15.3.7.1",
        Some("when a single part is sent"),
    ),
    rule(
        "Content-Type",
        Must,
        "RFC 9110, Section 15.3.7.2",
        Some("when several parts are sent: multipart/byteranges"),
    ),
];
const R300: &[HeaderRule] = &[rule(
    "Location",
    Should,
    "RFC 9110, Section 15.4.1",
    Some("when the server prefers one of the choices"),
)];
const R301: &[HeaderRule] = &[rule("Location", Should, "RFC 9110, Section 15.4.2", None)];
const R302: &[HeaderRule] = &[rule("Location", Should, "RFC 9110, Section 15.4.3", None)];
const R303: &[HeaderRule] = &[rule(
    "Location",
    Should,
    "RFC 9110, Section 15.4.4",
    Some("RFC 9110 defines the redirect by its Location without a keyword; RFC 2616 said SHOULD"),
)];
const R307: &[HeaderRule] = &[rule("Location", Should, "RFC 9110, Section 15.4.8", None)];
const R308: &[HeaderRule] = &[rule("Location", Should, "RFC 9110, Section 15.4.9", None)];
const R401: &[HeaderRule] = &[rule(
    "WWW-Authenticate",
    Must,
    "RFC 9110, Section 15.5.2",
    None,
)];
const R405: &[HeaderRule] = &[rule("Allow", Must, "RFC 9110, Section 15.5.6", None)];
const R407: &[HeaderRule] = &[rule(
    "Proxy-Authenticate",
    Must,
    "RFC 9110, Section 15.5.8",
    None,
)];
const R413: &[HeaderRule] = &[rule(
    "Retry-After",
    Should,
    "RFC 9110, Section 15.5.14",
    Some("when the condition is temporary"),
)];
const R416: &[HeaderRule] = &[rule(
    "Content-Range",
    Should,
    "RFC 9110, Section 15.5.17",
    Some("for a byte-range request: the current length"),
)];
const R426: &[HeaderRule] = &[rule("Upgrade", Must, "RFC 9110, Section 15.5.22", None)];
const R429: &[HeaderRule] = &[rule("Retry-After", May, "RFC 6585, Section 4", None)];
const R451: &[HeaderRule] = &[rule(
    "Link",
    Should,
    "RFC 7725, Section 4",
    Some("rel=\"blocked-by\", naming who blocks the resource"),
)];
const R503: &[HeaderRule] = &[rule("Retry-After", May, "RFC 9110, Section 15.6.4", None)];

/// The header rules of a standard `code`; vendor meanings of a number have none.
pub(crate) const fn rules(code: u16) -> &'static [HeaderRule] {
    match code {
        101 => R101,
        201 => R201,
        206 => R206,
        300 => R300,
        301 => R301,
        302 => R302,
        303 => R303,
        307 => R307,
        308 => R308,
        401 => R401,
        405 => R405,
        407 => R407,
        413 => R413,
        416 => R416,
        426 => R426,
        429 => R429,
        451 => R451,
        503 => R503,
        _ => &[],
    }
}

/// Where a [`StatusResponse`](crate::StatusResponse) writes the headers it sends: the framework
/// integrations of the `http-status` facade implement it, and so can a test.
///
/// A value is anything `Display`: it is rendered when the response is built, and a rendering
/// that is not a valid header value (a line break, a control character) is left out, never sent
/// half-way.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use core::fmt::Display;
/// use http_status::HeaderSink;
///
/// struct Collect(Vec<(String, String)>);
/// impl HeaderSink for Collect {
///     fn header(&mut self, name: &str, value: &dyn Display) {
///         self.0.push((name.to_string(), value.to_string()));
///     }
/// }
///
/// let mut out = Collect(Vec::new());
/// out.header("Retry-After", &120);
/// assert_eq!(out.0, [("Retry-After".to_string(), "120".to_string())]);
/// ```
pub trait HeaderSink {
    /// Adds the header `name: value`.
    fn header(&mut self, name: &str, value: &dyn fmt::Display);
}
