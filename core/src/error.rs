//! The errors of the runtime entry points. None of them panics.

use core::fmt;

use crate::Status;

/// A number no [`Status`] holds: below `100` or above `999`. (A valid HTTP status is 100 to 599,
/// RFC 9110, Section 15; a `Status` also holds 600 to 999, because some peers send them.)
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::Status;
///
/// let err = Status::from_u16(42).unwrap_err();
/// assert_eq!(err.value(), 42);
/// assert_eq!(err.to_string(), "`42` is not a status code: a status is 100 to 599 (RFC 9110, Section 15), and a `Status` also holds 600 to 999, which some peers send");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidStatus {
    value: u16,
}

impl InvalidStatus {
    // Cold: the valid case is the one to lay out as the fall-through path.
    #[cold]
    pub(crate) const fn new(value: u16) -> InvalidStatus {
        InvalidStatus { value }
    }

    /// The rejected number.
    #[must_use]
    pub const fn value(&self) -> u16 {
        self.value
    }
}

/// The one sentence for a number no `Status` holds: the two facts, a valid status is 100 to
/// 599 (RFC 9110) and a `Status` also holds 600 to 999, stated the same way everywhere.
pub(crate) fn out_of_range(f: &mut fmt::Formatter<'_>, value: &dyn fmt::Display) -> fmt::Result {
    write!(
        f,
        "`{value}` is not a status code: a status is 100 to 599 (RFC 9110, Section 15), and a `Status` also holds 600 to {}, which some peers send",
        Status::MAX
    )
}

impl fmt::Display for InvalidStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        out_of_range(f, &self.value)
    }
}

impl core::error::Error for InvalidStatus {}

/// Why a string did not parse as a [`Status`].
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{ParseStatusErrorKind, Status};
///
/// let err = "1000".parse::<Status>().unwrap_err();
/// assert_eq!(err.kind(), ParseStatusErrorKind::OutOfRange(1000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseStatusError {
    kind: ParseStatusErrorKind,
}

/// What exactly was wrong with the string; see [`ParseStatusError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusErrorKind {
    /// The string was empty or only white space.
    Empty,
    /// A number shorter than three digits (`"40"`).
    NotThreeDigits,
    /// A number that starts with `0` (`"0404"`, `"099"`, `"01000"`): a status code never does.
    LeadingZero,
    /// A number of more than three digits (`"1000"`); holds the value, saturated at `u32::MAX`.
    OutOfRange(u32),
    /// Not a number, and not a name of any documented code.
    UnknownReason,
    /// A code followed by a reason phrase that is not one of its names (`"404 OK"`).
    ReasonMismatch(Status),
}

impl ParseStatusError {
    pub(crate) const fn new(kind: ParseStatusErrorKind) -> ParseStatusError {
        ParseStatusError { kind }
    }

    /// What was wrong.
    #[must_use]
    pub const fn kind(&self) -> ParseStatusErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseStatusErrorKind::Empty => f.write_str(
                "empty string: expected a status code such as `404` or a reason phrase such as `Not Found`",
            ),
            ParseStatusErrorKind::NotThreeDigits => {
                f.write_str("a status code has exactly three digits, such as `404`")
            }
            ParseStatusErrorKind::LeadingZero => f.write_str(
                "a status code never starts with `0`: write three digits, such as `404` (a status is 100 to 599, and a `Status` also holds 600 to 999)",
            ),
            ParseStatusErrorKind::OutOfRange(value) => out_of_range(f, &value),
            ParseStatusErrorKind::UnknownReason => f.write_str(
                "not a status code and not the name of any documented status code",
            ),
            ParseStatusErrorKind::ReasonMismatch(status) => match status.reason() {
                Some(reason) => write!(
                    f,
                    "the reason phrase does not match {}: its reason phrase is `{reason}`",
                    status.as_u16()
                ),
                None => write!(
                    f,
                    "{} has no documented reason phrase: write the code alone",
                    status.as_u16()
                ),
            },
        }
    }
}

impl core::error::Error for ParseStatusError {}
