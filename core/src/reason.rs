//! Looking codes up by name, and parsing strings, without allocating.

use crate::error::{ParseStatusError, ParseStatusErrorKind};
use crate::{Former, Info, Status, REGISTRY};

/// The white space of a status string: space, tab, CR and LF. Nothing else (not form feed, not
/// vertical tab, not Unicode spaces) separates a code from its phrase or is trimmed; one rule
/// for parsing and for names.
#[inline]
pub(crate) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The byte a name contributes after normalisation: ASCII letters lower-cased; white space (see
/// [`is_space`]), `-`, `_` and `'` dropped; everything else kept as it is.
#[inline]
pub(crate) const fn fold(b: u8) -> Option<u8> {
    if is_space(b) {
        return None;
    }
    match b {
        b'-' | b'_' | b'\'' => None,
        _ => Some(b.to_ascii_lowercase()),
    }
}

/// Whether two names are equal once normalised.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && fold(a[i]).is_none() {
            i += 1;
        }
        while j < b.len() && fold(b[j]).is_none() {
            j += 1;
        }
        match (a.get(i), b.get(j)) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {
                i += 1;
                j += 1;
            }
            _ => return false,
        }
    }
}

/// What a name matched: an entry, and the historic name it was, if it was one.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::find;
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

/// A hash of the normalised bytes of a name: equal for names [`same_name`] calls equal. A
/// rotate-and-xor per byte and one multiply at the end: the names are short, and every match is
/// confirmed by a comparison, so speed matters more than spread. Also returns how many bytes
/// counted, so an input of separators alone is seen in the same pass.
const fn hash(name: &[u8]) -> (u64, usize) {
    let mut h: u64 = 0;
    let mut counted = 0;
    let mut i = 0;
    while i < name.len() {
        if let Some(b) = fold(name[i]) {
            h = h.rotate_left(7) ^ b as u64;
            counted += 1;
        }
        i += 1;
    }
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15), counted)
}

/// `Key::former` of a canonical phrase.
const CANONICAL: u8 = u8::MAX;

/// One name of the registry: the hash of its normalised form, its entry, and which of the
/// entry's historic names it is (or [`CANONICAL`]).
#[derive(Clone, Copy)]
struct Key {
    hash: u64,
    entry: u8,
    former: u8,
}

impl Key {
    /// Sort order: by hash; for equal hashes canonical phrases first, then registry order. So the
    /// first verified match is the one [`find`] promises: a current name beats a historic one.
    const fn before(self, other: Key) -> bool {
        if self.hash != other.hash {
            return self.hash < other.hash;
        }
        let (a, b) = (self.former == CANONICAL, other.former == CANONICAL);
        if a != b {
            return a;
        }
        if self.entry != other.entry {
            return self.entry < other.entry;
        }
        self.former < other.former
    }
}

/// How many names the registry has: one phrase per entry plus every historic name.
const NAME_COUNT: usize = {
    let mut n = REGISTRY.len();
    let mut i = 0;
    while i < REGISTRY.len() {
        n += REGISTRY[i].history.len();
        i += 1;
    }
    n
};

/// Every name of the registry, sorted by [`Key::before`]; built from `REGISTRY` at compile time.
const KEYS: [Key; NAME_COUNT] = {
    assert!(
        REGISTRY.len() < CANONICAL as usize,
        "entries are indexed by u8"
    );
    let blank = Key {
        hash: 0,
        entry: 0,
        former: 0,
    };
    let mut keys = [blank; NAME_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < REGISTRY.len() {
        keys[n] = Key {
            hash: hash(REGISTRY[i].reason.as_bytes()).0,
            entry: i as u8,
            former: CANONICAL,
        };
        n += 1;
        let history = REGISTRY[i].history;
        let mut j = 0;
        while j < history.len() {
            keys[n] = Key {
                hash: hash(history[j].name.as_bytes()).0,
                entry: i as u8,
                former: j as u8,
            };
            n += 1;
            j += 1;
        }
        i += 1;
    }
    // Insertion sort: a hundred-odd keys, once, at compile time.
    let mut i = 1;
    while i < NAME_COUNT {
        let mut j = i;
        while j > 0 && keys[j].before(keys[j - 1]) {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// The entry named `name`, as [`Status::from_reason`] reads names: canonical phrases (and so
/// const names, which are derived from them) first, historic names and their deprecated const
/// names second, so a current name always wins. Keeps which meaning of a shared number matched.
///
/// One pass over `name` to hash it, a binary search, and a comparison to confirm: no allocation.
#[must_use]
pub fn find(name: &str) -> Option<NameMatch> {
    let (h, counted) = hash(name.as_bytes());
    if counted == 0 {
        return None;
    }
    let start = KEYS.partition_point(|k| k.hash < h);
    for key in KEYS[start..].iter().take_while(|k| k.hash == h) {
        let info = &REGISTRY[usize::from(key.entry)];
        if key.former == CANONICAL {
            if same_name(info.reason, name) {
                return Some(NameMatch { info, former: None });
            }
        } else if let Some(former) = info.history.get(usize::from(key.former)) {
            if same_name(former.name, name) || former.const_name.is_some_and(|c| same_name(c, name))
            {
                return Some(NameMatch {
                    info,
                    former: Some(former),
                });
            }
        }
    }
    None
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
    let space = |c: char| c.is_ascii() && is_space(c as u8);
    let s = s.trim_matches(space);
    if s.is_empty() {
        return err(ParseStatusErrorKind::Empty);
    }
    let (head, rest) = match s.bytes().position(is_space) {
        Some(at) => (&s[..at], s[at..].trim_start_matches(space)),
        None => (s, ""),
    };
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return match find(s) {
            Some(found) => Ok(found.info.status()),
            None => err(ParseStatusErrorKind::UnknownReason),
        };
    }
    let status = digits(head.as_bytes())?;
    if rest.is_empty() || names(status, rest) {
        Ok(status)
    } else {
        err(ParseStatusErrorKind::ReasonMismatch(status))
    }
}

/// A code written as ASCII digits only (checked by the caller). One rule, in this order: a
/// leading zero is never part of a code (`"0404"`, `"099"`, `"01000"`); then a code has three
/// digits: fewer is `NotThreeDigits`, more is too large.
pub(crate) fn digits(head: &[u8]) -> Result<Status, ParseStatusError> {
    let err = |kind| Err(ParseStatusError::new(kind));
    if head.len() > 1 && head[0] == b'0' {
        return err(ParseStatusErrorKind::LeadingZero);
    }
    let value = head.iter().fold(0u32, |acc, d| {
        acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    });
    if head.len() < 3 {
        return err(ParseStatusErrorKind::NotThreeDigits);
    }
    match u16::try_from(value).ok().map(Status::from_u16) {
        Some(Ok(status)) => Ok(status),
        _ => err(ParseStatusErrorKind::OutOfRange(value)),
    }
}
