//! Looking codes up by name, and parsing strings, without allocating.

use crate::error::{ParseStatusError, ParseStatusErrorKind};
use crate::{Info, Status, REGISTRY};

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

/// The entry named `name`: canonical phrases (and so const names, which are derived from them)
/// first, historic names second, so a current name always wins.
pub(crate) fn lookup(name: &str) -> Option<&'static Info> {
    if name.bytes().all(|b| fold(b).is_none()) {
        return None;
    }
    REGISTRY
        .iter()
        .find(|info| same_name(info.reason, name))
        .or_else(|| {
            REGISTRY.iter().find(|info| {
                info.history.iter().any(|former| {
                    same_name(former.name, name)
                        || former.const_name.is_some_and(|c| same_name(c, name))
                })
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
        return match lookup(s) {
            Some(info) => Ok(info.status()),
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
