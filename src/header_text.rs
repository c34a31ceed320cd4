//! What a `#[header]` field sends: its `Display`, except for the types whose wire form RFC 9110
//! fixes, a `Duration` (delay-seconds) and a `SystemTime` (an HTTP-date). Chosen by the field's
//! type through autoref, since `Display` may be implemented for either upstream one day. Not
//! public API; reached through `__private`.

use core::fmt::{self, Display};
use core::time::Duration;

/// A `#[header]` field's value, for the method that writes it: [`AsDelay`] and [`AsDate`] where
/// the type is one of theirs, else, through one reference less, [`AsDisplay`].
pub struct Text<'a, T: ?Sized>(pub &'a T);

/// RFC 9110's delay-seconds (Section 10.2.3): whole seconds, rounded up, at least 1, so that a
/// client never retries before the time the server meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DelaySeconds(pub Duration);

impl DelaySeconds {
    /// The number of seconds sent.
    #[must_use]
    pub fn seconds(self) -> u64 {
        let whole = self.0.as_secs();
        let up = whole.saturating_add(u64::from(self.0.subsec_nanos() > 0));
        up.max(1)
    }
}

impl Display for DelaySeconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.seconds())
    }
}

/// A `Duration` field: delay-seconds.
pub trait AsDelay {
    /// The value sent.
    fn header_text(&self) -> DelaySeconds;
}

impl AsDelay for &Text<'_, Duration> {
    fn header_text(&self) -> DelaySeconds {
        DelaySeconds(*self.0)
    }
}

/// A `SystemTime` field: an HTTP-date (IMF-fixdate, RFC 9110, Section 5.6.7), by `httpdate`.
/// Implemented with the `std` feature, where there is a `SystemTime`.
pub trait AsDate {
    /// What is sent.
    type Date: Display;
    /// The value sent.
    fn header_text(&self) -> Self::Date;
}

#[cfg(feature = "std")]
impl AsDate for &Text<'_, std::time::SystemTime> {
    type Date = httpdate::HttpDate;

    fn header_text(&self) -> httpdate::HttpDate {
        httpdate::HttpDate::from(*self.0)
    }
}

/// Any other field: its `Display`.
pub trait AsDisplay<'a> {
    /// The field's type.
    type Value;

    /// The value sent.
    fn header_text(&self) -> &'a dyn Display
    where
        Self::Value: HeaderField;
}

impl<'a, T> AsDisplay<'a> for Text<'a, T> {
    type Value = T;

    fn header_text(&self) -> &'a dyn Display
    where
        T: HeaderField,
    {
        crate::__private::display(self.0)
    }
}

/// What a `#[header]` field's type needs: `Display`, named so that rustc says why.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header value: it does not implement `Display`",
    label = "a `#[header]` field's `Display` is the header's value",
    note = "implement `std::fmt::Display` for `{Self}`, or mark a field that has it; a `std::time::Duration` is sent as seconds and a `std::time::SystemTime` as an HTTP-date"
)]
pub trait HeaderField: Display {}

impl<T: Display + ?Sized> HeaderField for T {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_seconds_round_up_and_never_say_zero() {
        let cases = [
            (Duration::ZERO, 1),
            (Duration::from_millis(1), 1),
            (Duration::from_secs(1), 1),
            (Duration::from_millis(1_001), 2),
            (Duration::from_secs(120), 120),
            (Duration::new(59, 999_999_999), 60),
            (Duration::MAX, u64::MAX),
        ];
        for (delay, seconds) in cases {
            assert_eq!(DelaySeconds(delay).seconds(), seconds, "{delay:?}");
            assert_eq!(DelaySeconds(delay).to_string(), seconds.to_string());
        }
    }
}
