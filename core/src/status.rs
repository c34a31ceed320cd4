//! [`Status`]: the type, its methods, its trait impls, the tables its lookups read, and (at the
//! end, from the registry's one table) its associated consts. The consts and their deprecated
//! aliases must be in the module that defines the type: rustc names an associated item of an
//! impl in another module `<impl Status>` in its warnings, and `http_status::Status::PAYLOAD_TOO_LARGE`
//! only when the type and the impl share a module. Written in this order, docs.rs lists the
//! methods before the constants.

use core::fmt;
use core::num::NonZeroU16;

use crate::info::{Former, Standing, Texts};
use crate::reason;
use crate::{Class, Info, InvalidStatus, ParseStatusError, ParseStatusErrorKind, Vendor};

/// An HTTP status code, as it can arrive on the wire: any number from `100` to `999`.
///
/// Two facts, stated the same way everywhere in this crate: a valid HTTP status is `100` to
/// `599` (RFC 9110, Section 15), which is what `status!`, the derive, the OpenAPI schema and every
/// response use; a `Status` also holds `600` to `999`, because some peers send them, which is
/// what [`Status::from_u16`] and parsing accept. None of those goes out in a response: the
/// facade sends `500` instead.
///
/// Every documented code has an associated const (`Status::NOT_FOUND`); [`Status::info`] gives
/// what the registry knows about it. Codes without an entry (`299`, `600`) are still values:
/// they just have no reason phrase.
///
/// `Option<Status>` is two bytes.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Class, Status};
///
/// let s = Status::from_u16(418)?;
/// assert_eq!(s, Status::IM_A_TEAPOT);
/// assert_eq!(s.class(), Class::ClientError);
/// assert_eq!(s.reason(), Some("I'm a teapot"));
/// assert_eq!(u16::from(s), 418);
/// assert_eq!(core::mem::size_of::<Option<Status>>(), 2);
/// # Ok::<(), http_status_core::InvalidStatus>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(pub(crate) NonZeroU16);

impl Status {
    /// The smallest valid code, `100`.
    pub const MIN: u16 = 100;
    /// The largest valid code, `999`.
    pub const MAX: u16 = 999;

    /// Builds a registry constant. Only ever evaluated at compile time, on codes from the table.
    pub(crate) const fn from_table(code: u16) -> Status {
        match Status::from_u16(code) {
            Ok(status) => status,
            Err(_) => panic!("registry codes are 100..=599"),
        }
    }

    /// The status for `code`, if it is in `100..=999`.
    ///
    /// Every three-digit number is accepted, documented or not, as on the wire.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::Status;
    ///
    /// assert_eq!(Status::from_u16(404), Ok(Status::NOT_FOUND));
    /// assert!(Status::from_u16(299).is_ok());
    /// let err = Status::from_u16(1000).unwrap_err();
    /// assert_eq!(err.value(), 1000);
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidStatus`], holding `code`, when `code` is below `100` or above `999`.
    #[inline]
    pub const fn from_u16(code: u16) -> Result<Status, InvalidStatus> {
        // One compare (below 100 wraps around to a large number), with the valid case first so
        // that it is the fall-through path.
        if code.wrapping_sub(Status::MIN) <= Status::MAX - Status::MIN {
            if let Some(n) = NonZeroU16::new(code) {
                return Ok(Status(n));
            }
        }
        Err(InvalidStatus::new(code))
    }

    /// The numeric code.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::NOT_FOUND.as_u16(), 404);
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The class, from the first digit. Codes `600..=999` are invalid in HTTP and, as RFC 9110
    /// (Section 15) tells clients to do, count as [`Class::ServerError`].
    ///
    /// ```
    /// # use http_status_core::{Class, Status};
    /// assert_eq!(Status::SEE_OTHER.class(), Class::Redirection);
    /// ```
    #[must_use]
    #[inline]
    pub const fn class(self) -> Class {
        // A `Status` is at least 100, and 600..=999 count as server errors.
        // One load from a table built at compile time (the bounds check never fails: a
        // `Status` is below 1000, and the branch is always predicted).
        let code = self.as_u16() as usize;
        if code < CLASSES.len() {
            CLASSES[code]
        } else {
            Class::ServerError
        }
    }

    /// `1xx`.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(Status::EARLY_HINTS.is_informational());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_informational(self) -> bool {
        // A `Status` is at least 100: one compare.
        self.as_u16() < 200
    }

    /// `2xx`.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(Status::NO_CONTENT.is_success());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_success(self) -> bool {
        self.as_u16().wrapping_sub(200) < 100
    }

    /// `3xx`.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(Status::PERMANENT_REDIRECT.is_redirection());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_redirection(self) -> bool {
        self.as_u16().wrapping_sub(300) < 100
    }

    /// `4xx`.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(Status::NOT_FOUND.is_client_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_client_error(self) -> bool {
        self.as_u16().wrapping_sub(400) < 100
    }

    /// `5xx`, and the invalid `600..=999` (see [`Status::class`]).
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(Status::BAD_GATEWAY.is_server_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_server_error(self) -> bool {
        // 600..=999 included: one compare.
        self.as_u16() >= 500
    }

    /// Whether a response with this code may carry content: not `1xx`, `204`, `205` or `304`
    /// (RFC 9110).
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert!(!Status::NO_CONTENT.allows_content());
    /// assert!(Status::NOT_FOUND.allows_content());
    /// ```
    #[must_use]
    #[inline]
    pub const fn allows_content(self) -> bool {
        // One load from a table built at compile time, like `class`.
        let code = self.as_u16() as usize;
        code < WITH_CONTENT.len() && WITH_CONTENT[code]
    }

    /// The canonical reason phrase, or `None` for a code without a registry entry.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::CONTENT_TOO_LARGE.reason(), Some("Content Too Large"));
    /// assert_eq!(Status::from_u16(299).unwrap().reason(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason(self) -> Option<&'static str> {
        match self.info() {
            Some(info) => Some(info.reason),
            None => None,
        }
    }

    /// What the registry knows about this code, in constant time. For a code with several
    /// meanings, the most widely deployed one; see [`Status::meanings`].
    ///
    /// ```
    /// # use http_status_core::{Lang, Status};
    /// let info = Status::NOT_FOUND.info().unwrap();
    /// assert_eq!(info.reason(), "Not Found");
    /// assert!(Status::from_u16(600).unwrap().info().is_none());
    /// ```
    #[must_use]
    #[inline]
    pub const fn info(self) -> Option<&'static Info> {
        // Two loads and no branch to a panic: the index (a code above 599 wraps past its end),
        // then the entry, where `NONE` is past the end of `REGISTRY` and so gives `None` too.
        let slot = self.as_u16().wrapping_sub(Status::MIN) as usize;
        if slot >= INDEX.len() {
            return None;
        }
        let i = INDEX[slot] as usize;
        if i >= REGISTRY.len() {
            return None;
        }
        Some(&REGISTRY[i])
    }

    /// Every registry entry for this code: empty for an undocumented code, one for most codes,
    /// more for a number that several vendors use for different things.
    ///
    /// ```
    /// # use http_status_core::{Standing, Status, Vendor};
    /// let meanings = Status::CLIENT_CLOSED_REQUEST.meanings();
    /// assert_eq!(meanings.len(), 2);
    /// assert_eq!(meanings[0].standing(), Standing::Vendor(Vendor::Nginx));
    /// assert_eq!(meanings[1].reason(), "Token Required");
    /// ```
    #[must_use]
    pub const fn meanings(self) -> &'static [Info] {
        let code = self.as_u16();
        if code > 599 {
            return &[];
        }
        let first = INDEX[(code - 100) as usize];
        if first == NONE {
            return &[];
        }
        let (_, rest) = REGISTRY.split_at(first as usize);
        let mut len = 1;
        while len < rest.len() && rest[len].code == code {
            len += 1;
        }
        rest.split_at(len).0
    }

    /// The status whose name is `name`: a canonical reason phrase (`"Not Found"`), a const name
    /// (`"NOT_FOUND"`, `"NotFound"`), or a historic name (`"Moved Temporarily"`,
    /// `"Payload Too Large"`). Case, spaces, hyphens, underscores and apostrophes are ignored.
    ///
    /// A current canonical name always wins over a historic one: `"Gateway Timeout"` is `504`,
    /// although the 1992 draft used that name for `503`. Never allocates.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::from_reason("not found"), Some(Status::NOT_FOUND));
    /// assert_eq!(Status::from_reason("NotFound"), Some(Status::NOT_FOUND));
    /// assert_eq!(Status::from_reason("Moved Temporarily"), Some(Status::FOUND));
    /// assert_eq!(Status::from_reason("Gateway Timeout"), Some(Status::GATEWAY_TIMEOUT));
    /// assert_eq!(Status::from_reason("Not Fund"), None);
    /// ```
    #[must_use]
    pub fn from_reason(name: &str) -> Option<Status> {
        reason::find(name).map(|found| found.info.status())
    }

    /// The status written as exactly three ASCII digits, as on a status line: `b"404"`. Like
    /// `http::StatusCode::from_bytes`, nothing else is accepted (no phrase, no white space; see
    /// [`FromStr`](core::str::FromStr) for those).
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{ParseStatusErrorKind, Status};
    ///
    /// assert_eq!(Status::from_bytes(b"404"), Ok(Status::NOT_FOUND));
    /// assert_eq!(Status::from_bytes(b"999").map(Status::as_u16), Ok(999));
    /// let kind = |b: &[u8]| Status::from_bytes(b).unwrap_err().kind();
    /// assert_eq!(kind(b"099"), ParseStatusErrorKind::LeadingZero);
    /// assert_eq!(kind(b"40"), ParseStatusErrorKind::NotThreeDigits);
    /// assert_eq!(kind(b"1000"), ParseStatusErrorKind::OutOfRange(1000));
    /// assert_eq!(kind(b"4O4"), ParseStatusErrorKind::NotThreeDigits);
    /// assert_eq!(kind(b""), ParseStatusErrorKind::Empty);
    /// ```
    ///
    /// # Errors
    ///
    /// [`ParseStatusError`] when `src` is empty, holds anything but digits, or is not a code
    /// from `100` to `999` written without a leading zero.
    pub fn from_bytes(src: &[u8]) -> Result<Status, ParseStatusError> {
        if src.is_empty() {
            return Err(ParseStatusError::new(ParseStatusErrorKind::Empty));
        }
        if !src.iter().all(u8::is_ascii_digit) {
            return Err(ParseStatusError::new(ParseStatusErrorKind::NotThreeDigits));
        }
        reason::digits(src)
    }

    /// The code as three digits: `"404"`, for every code `100..=999`, without allocating.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::NOT_FOUND.as_str(), "404");
    /// ```
    #[must_use]
    #[inline]
    pub fn as_str(&self) -> &'static str {
        let at = usize::from(self.as_u16() - Status::MIN) * 3;
        // Always in bounds and on ASCII boundaries: a `Status` is 100..=999.
        DIGITS.get(at..at + 3).unwrap_or("")
    }

    /// The reason phrase, as `http::StatusCode::canonical_reason` names it: the same as
    /// [`reason`](Status::reason). Where the two crates differ (`203`, `413`, `422`), ours is
    /// RFC 9110's name.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::NOT_FOUND.canonical_reason(), Some("Not Found"));
    /// assert_eq!(Status::UNPROCESSABLE_CONTENT.canonical_reason(), Some("Unprocessable Content"));
    /// ```
    #[must_use]
    #[inline]
    pub const fn canonical_reason(&self) -> Option<&'static str> {
        self.reason()
    }
}

/// For each code `100..=599`, the index in `REGISTRY` of its first entry, or `NONE`.
const NONE: u8 = u8::MAX;
const INDEX: [u8; 500] = {
    assert!(
        REGISTRY.len() < NONE as usize,
        "the index stores positions in a u8"
    );
    let mut index = [NONE; 500];
    // Walk backwards so that a code with several meanings points at its first one.
    let mut i = REGISTRY.len();
    while i > 0 {
        i -= 1;
        let code = REGISTRY[i].code;
        assert!(code >= 100 && code <= 599, "registry codes are 100..=599");
        if i + 1 < REGISTRY.len() {
            assert!(
                REGISTRY[i + 1].code >= code,
                "REGISTRY must be sorted by code"
            );
        }
        index[(code - 100) as usize] = i as u8;
    }
    index
};

/// The class of every number below 1000, for [`Status::class`]: 600..=999 are server errors.
const CLASSES: [Class; 1000] = {
    let mut table = [Class::ServerError; 1000];
    let mut code = 0;
    while code < 500 {
        table[code] = match code / 100 {
            0 | 1 => Class::Informational,
            2 => Class::Success,
            3 => Class::Redirection,
            _ => Class::ClientError,
        };
        code += 1;
    }
    table
};

/// Whether a response with each number below 1000 may carry content, for
/// [`Status::allows_content`]: not 1xx, 204, 205 or 304 (RFC 9110).
const WITH_CONTENT: [bool; 1000] = {
    let mut table = [true; 1000];
    let mut code = 0;
    while code < 200 {
        table[code] = false;
        code += 1;
    }
    table[204] = false;
    table[205] = false;
    table[304] = false;
    table
};

/// `"100101102...999"`: every code's three digits, for [`Status::as_str`].
const DIGITS: &str = {
    const LEN: usize = (Status::MAX - Status::MIN + 1) as usize * 3;
    const BYTES: [u8; LEN] = {
        let mut bytes = [0u8; LEN];
        let mut code = Status::MIN;
        while code <= Status::MAX {
            let at = (code - Status::MIN) as usize * 3;
            bytes[at] = b'0' + (code / 100) as u8;
            bytes[at + 1] = b'0' + (code / 10 % 10) as u8;
            bytes[at + 2] = b'0' + (code % 10) as u8;
            code += 1;
        }
        bytes
    };
    match core::str::from_utf8(&BYTES) {
        Ok(digits) => digits,
        Err(_) => panic!("digits are ASCII"),
    }
};

impl Default for Status {
    /// `200 OK`, as `http::StatusCode::default()`.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::default(), Status::OK);
    /// ```
    fn default() -> Status {
        Status::OK
    }
}

impl From<&Status> for Status {
    fn from(status: &Status) -> Status {
        *status
    }
}

impl TryFrom<&str> for Status {
    type Error = ParseStatusError;

    /// The same as [`FromStr`](core::str::FromStr): `"404"`, `"404 Not Found"` or `"Not Found"`.
    fn try_from(s: &str) -> Result<Status, ParseStatusError> {
        s.parse()
    }
}

impl TryFrom<&[u8]> for Status {
    type Error = ParseStatusError;

    /// The same as [`Status::from_bytes`].
    fn try_from(src: &[u8]) -> Result<Status, ParseStatusError> {
        Status::from_bytes(src)
    }
}

impl fmt::Display for Status {
    /// `404 Not Found`; a code without a registry entry prints its number alone. A number that
    /// vendors share prints its first meaning (`499 Client Closed Request`, also for
    /// [`Status::TOKEN_REQUIRED`], which is the same value); see [`Status::meanings`].
    ///
    /// One write of a line prepared at compile time; width, fill and alignment are honoured.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::NOT_FOUND.to_string(), "404 Not Found");
    /// assert_eq!(format!("[{:>16}]", Status::NOT_FOUND), "[   404 Not Found]");
    /// assert_eq!(Status::from_u16(299).unwrap().to_string(), "299");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.info() {
            Some(info) => f.pad(info.line),
            None => f.pad(self.as_str()),
        }
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Status({})", self.as_u16())
    }
}

impl core::str::FromStr for Status {
    type Err = ParseStatusError;

    /// Parses `"404"`, `"404 Not Found"` or `"Not Found"` (any name [`Status::from_reason`]
    /// knows).
    ///
    /// The rules, the same for serde's strings and, where they apply, for `status!`:
    ///
    /// - **White space** is space, tab, CR and LF, nothing else: it is trimmed around the
    ///   input, and a run of it separates the code from its phrase. Any other character
    ///   (form feed, vertical tab, a Unicode space) belongs to the word it touches.
    /// - **A code** is exactly three decimal digits without a leading zero: `"0404"`, `"099"`
    ///   and `"01000"` are [`LeadingZero`](crate::ParseStatusErrorKind::LeadingZero), `"40"`
    ///   is [`NotThreeDigits`](crate::ParseStatusErrorKind::NotThreeDigits), and `"1000"` is
    ///   [`OutOfRange`](crate::ParseStatusErrorKind::OutOfRange).
    ///
    /// ```
    /// # use http_status_core::{ParseStatusErrorKind, Status};
    /// assert_eq!("404".parse(), Ok(Status::NOT_FOUND));
    /// assert_eq!("404\tNot Found\r\n".parse(), Ok(Status::NOT_FOUND));
    /// let kind = |s: &str| s.parse::<Status>().unwrap_err().kind();
    /// assert_eq!(kind("0404"), ParseStatusErrorKind::LeadingZero);
    /// assert_eq!(kind("01000"), ParseStatusErrorKind::LeadingZero);
    /// assert_eq!(kind("404\u{c}Not Found"), ParseStatusErrorKind::UnknownReason);
    /// assert_eq!("404 Not Found".parse(), Ok(Status::NOT_FOUND));
    /// assert_eq!("not found".parse(), Ok(Status::NOT_FOUND));
    /// let err = "404 OK".parse::<Status>().unwrap_err();
    /// assert_eq!(err.to_string(), "the reason phrase does not match 404: its reason phrase is `Not Found`");
    /// ```
    fn from_str(s: &str) -> Result<Status, ParseStatusError> {
        reason::parse(s)
    }
}

impl TryFrom<u16> for Status {
    type Error = InvalidStatus;

    fn try_from(code: u16) -> Result<Status, InvalidStatus> {
        Status::from_u16(code)
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.as_u16()
    }
}

impl PartialEq<u16> for Status {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<Status> for u16 {
    fn eq(&self, other: &Status) -> bool {
        *self == other.as_u16()
    }
}

use Vendor::{Apache, Cloudflare, Esri, Iis, Laravel, Microsoft, Nginx, Pantheon, Twitter};

registry_rows!(registry);
