//! Looking codes up by name, and parsing strings, without allocating.

use crate::error::{ParseStatusError, ParseStatusErrorKind};
use crate::{Former, Info, Status, REGISTRY};

/// The byte a name contributes after normalisation: ASCII letters lower-cased; white space,
/// `-`, `_` and `'` dropped; everything else kept as it is.
#[inline]
const fn fold(b: u8) -> Option<u8> {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | b'-' | b'_' | b'\'' => None,
        _ => Some(b.to_ascii_lowercase()),
    }
}

/// Whether two names are equal once normalised.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let mut x = a.bytes().filter_map(fold);
    let mut y = b.bytes().filter_map(fold);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (p, q) if p == q => {}
            _ => return false,
        }
    }
}

/// What a name matched: an entry, and the historic name it was, if it was one.
///
/// ```
/// use http_status_core::find;
///
/// let m = find("Payload Too Large").unwrap();
/// assert_eq!(m.info.code(), 413);
/// assert_eq!(m.former.unwrap().const_name(), Some("PAYLOAD_TOO_LARGE"));
/// assert!(find("NotFound").unwrap().former.is_none());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct NameMatch {
    /// The entry whose name it is.
    pub info: &'static Info,
    /// The historic name matched, or `None` for a current name.
    pub former: Option<&'static Former>,
}

/// The entry named `name`, as [`Status::from_reason`] reads names: canonical phrases (and so
/// const names, which are derived from them) first, historic names and their deprecated const
/// names second, so a current name always wins. Keeps which meaning of a shared number matched.
#[must_use]
pub fn find(name: &str) -> Option<NameMatch> {
    if name.bytes().all(|b| fold(b).is_none()) {
        return None;
    }
    if let Some(info) = REGISTRY.iter().find(|info| same_name(info.reason, name)) {
        return Some(NameMatch { info, former: None });
    }
    REGISTRY.iter().find_map(|info| {
        let former = info.history.iter().find(|former| {
            same_name(former.name, name) || former.const_name.is_some_and(|c| same_name(c, name))
        })?;
        Some(NameMatch {
            info,
            former: Some(former),
        })
    })
}

/// Whether `name` is one of the names of `status`: any of its meanings' phrases or any
/// historic name.
pub(crate) fn names(status: Status, name: &str) -> bool {
    status.meanings().iter().any(|info| {
        same_name(info.reason, name) || info.history.iter().any(|f| same_name(f.name, name))
    })
}

pub(crate) fn parse(s: &str) -> Result<Status, ParseStatusError> {
    let err = |kind| Err(ParseStatusError::new(kind));
    let s = s.trim();
    if s.is_empty() {
        return err(ParseStatusErrorKind::Empty);
    }
    let (head, rest) = match s.find(|c: char| c.is_ascii_whitespace()) {
        Some(at) => (&s[..at], s[at..].trim_start()),
        None => (s, ""),
    };
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return match find(s) {
            Some(found) => Ok(found.info.status()),
            None => err(ParseStatusErrorKind::UnknownReason),
        };
    }
    let value = head.bytes().fold(0u32, |acc, d| {
        acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    });
    if head.len() < 3 || (head.len() > 3 && value <= u32::from(Status::MAX)) {
        return err(ParseStatusErrorKind::NotThreeDigits);
    }
    let status = match u16::try_from(value).ok().map(Status::from_u16) {
        Some(Ok(status)) => status,
        _ => return err(ParseStatusErrorKind::OutOfRange(value)),
    };
    if rest.is_empty() || names(status, rest) {
        Ok(status)
    } else {
        err(ParseStatusErrorKind::ReasonMismatch(status))
    }
}
