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
/// use http_status::__private::find;
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

/// The longest normalised name the registry holds, with room to spare; checked at compile time.
/// An input whose normalised form is longer is no name, and its lookup stops there.
const MAX_NAME: usize = 48;

/// [`fold`] as a table, for the lookup's one pass: `0` for a dropped byte. NUL maps to `0x80`,
/// a byte no registry name holds, so that it is kept (and matches nothing) as before.
const FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match fold(b as u8) {
            Some(0) => 0x80,
            Some(f) => f,
            None => 0,
        };
        b += 1;
    }
    table
};

/// A name after normalisation, and its hash: the form [`find`] compares.
#[derive(Clone, Copy)]
struct Normal {
    bytes: [u8; MAX_NAME],
    len: usize,
    hash: u64,
}

/// Normalises `name` in one pass: `None` when its normalised form is empty or longer than any
/// registry name. The hash is a rotate-and-xor per kept byte and one multiply at the end: names
/// are short, and every match is confirmed by comparing the bytes.
#[inline]
const fn normalise(name: &[u8]) -> Option<Normal> {
    let mut out = Normal {
        bytes: [0; MAX_NAME],
        len: 0,
        hash: 0,
    };
    let mut h: u64 = 0;
    let mut i = 0;
    while i < name.len() {
        let f = FOLD[name[i] as usize];
        if f != 0 {
            if out.len == MAX_NAME {
                return None;
            }
            out.bytes[out.len] = f;
            out.len += 1;
            h = h.rotate_left(7) ^ f as u64;
        }
        i += 1;
    }
    if out.len == 0 {
        return None;
    }
    out.hash = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    Some(out)
}

/// `Key::former` of a canonical phrase.
const CANONICAL: u8 = u8::MAX;

/// One name of the registry: its normalised form, its entry, and which of the entry's historic
/// names it is (or [`CANONICAL`]).
#[derive(Clone, Copy)]
struct Key {
    name: Normal,
    entry: u8,
    former: u8,
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

/// The normalised form of a registry name; every one fits.
const fn registry_name(name: &str) -> Normal {
    match normalise(name.as_bytes()) {
        Some(normal) => normal,
        None => panic!("a registry name is empty or longer than MAX_NAME once normalised"),
    }
}

/// Whether two normalised names are the same bytes.
const fn same_normal(a: &Normal, b: &Normal) -> bool {
    if a.len != b.len {
        return false;
    }
    let mut i = 0;
    while i < a.len {
        if a.bytes[i] != b.bytes[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Every name of the registry, canonical phrases first (in registry order), then historic
/// names: the order [`SLOTS`] takes them in, so that among equal names a current one is found
/// first. A historic name's deprecated const name normalises to the name itself (checked here),
/// so it needs no key of its own.
const KEYS: [Key; NAME_COUNT] = {
    assert!(
        NAME_COUNT < SLOTS_LEN / 2
            && NAME_COUNT < u8::MAX as usize
            && REGISTRY.len() < CANONICAL as usize,
        "names and entries are indexed by u8, and the table stays at most half full"
    );
    let blank = Key {
        name: Normal {
            bytes: [0; MAX_NAME],
            len: 0,
            hash: 0,
        },
        entry: 0,
        former: 0,
    };
    let mut keys = [blank; NAME_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < REGISTRY.len() {
        keys[n] = Key {
            name: registry_name(REGISTRY[i].reason),
            entry: i as u8,
            former: CANONICAL,
        };
        n += 1;
        i += 1;
    }
    let mut i = 0;
    while i < REGISTRY.len() {
        let history = REGISTRY[i].history;
        let mut j = 0;
        while j < history.len() {
            let name = registry_name(history[j].name);
            if let Some(alias) = history[j].const_name {
                assert!(
                    same_normal(&name, &registry_name(alias)),
                    "a deprecated const name normalises to its historic name"
                );
            }
            keys[n] = Key {
                name,
                entry: i as u8,
                former: j as u8,
            };
            n += 1;
            j += 1;
        }
        i += 1;
    }
    keys
};

/// The size of [`SLOTS`]: a power of two, at least twice the number of names.
const SLOTS_LEN: usize = 512;

/// An open-addressing table over the names' hashes, built at compile time: slot `h >> 55`, then
/// the next ones. Each slot holds a [`KEYS`] index plus one, or `0` when empty. Keys go in in
/// their order, so of two equal names the first (the current one) comes first on the probe.
const SLOTS: [u8; SLOTS_LEN] = {
    let mut slots = [0u8; SLOTS_LEN];
    let mut k = 0;
    while k < NAME_COUNT {
        let mut slot = (KEYS[k].name.hash >> 55) as usize;
        while slots[slot] != 0 {
            slot = (slot + 1) % SLOTS_LEN;
        }
        slots[slot] = (k + 1) as u8;
        k += 1;
    }
    slots
};

/// The entry named `name`, as [`Status::from_reason`] reads names: canonical phrases (and so
/// const names, which are derived from them) first, historic names and their deprecated const
/// names second, so a current name always wins. Keeps which meaning of a shared number matched.
///
/// One pass over `name` normalises and hashes it; the hash picks a slot of a table built at
/// compile time; a comparison of the normalised bytes confirms. No allocation.
#[must_use]
pub fn find(name: &str) -> Option<NameMatch> {
    let (bytes, hash) = normalise_fast(name.as_bytes())?;
    let mut slot = (hash >> 55) as usize;
    loop {
        let k = usize::from(*SLOTS.get(slot)?);
        let key = KEYS.get(k.checked_sub(1)?)?;
        // Both forms are zero past their length, so one fixed-size comparison settles it.
        if key.name.hash == hash && same_bytes(&key.name.bytes, &bytes) {
            let info = REGISTRY.get(usize::from(key.entry))?;
            let former = if key.former == CANONICAL {
                None
            } else {
                Some(info.history.get(usize::from(key.former))?)
            };
            return Some(NameMatch { info, former });
        }
        slot = (slot + 1) % SLOTS_LEN;
    }
}

/// [`normalise`] at run time, without a branch per byte: every byte is written (a dropped one
/// as `0`, at the position the next kept byte overwrites), and the hash and length advance only
/// for kept bytes. Past the length the buffer is zero, as a [`Normal`]'s bytes are. The same
/// bytes and hash as [`normalise`], checked by a test.
#[inline]
fn normalise_fast(name: &[u8]) -> Option<([u8; 64], u64)> {
    // Room past `MAX_NAME` so that the index never needs a check: a longer name is rejected
    // after the loop, and until then its extra bytes land in the spare room, masked.
    let mut buffer = [0u8; 64];
    let mut len = 0usize;
    let mut h: u64 = 0;
    for &b in name {
        let f = FOLD[usize::from(b)];
        buffer[len & 63] = f;
        let kept = f != 0;
        let mixed = h.rotate_left(7) ^ u64::from(f);
        h = if kept { mixed } else { h };
        len += usize::from(kept);
    }
    if len == 0 || len > MAX_NAME {
        return None;
    }
    Some((buffer, h.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
}

/// Whether the first [`MAX_NAME`] bytes of both are equal, eight at a time.
#[inline]
fn same_bytes(a: &[u8; MAX_NAME], b: &[u8; 64]) -> bool {
    let mut i = 0;
    while i < MAX_NAME {
        let x = u64::from_le_bytes([
            a[i],
            a[i + 1],
            a[i + 2],
            a[i + 3],
            a[i + 4],
            a[i + 5],
            a[i + 6],
            a[i + 7],
        ]);
        let y = u64::from_le_bytes([
            b[i],
            b[i + 1],
            b[i + 2],
            b[i + 3],
            b[i + 4],
            b[i + 5],
            b[i + 6],
            b[i + 7],
        ]);
        if x != y {
            return false;
        }
        i += 8;
    }
    true
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_time_normalisation_agrees_with_the_compile_time_one() {
        let mut names: [&str; 12] = [
            "Not Found",
            "NOT_FOUND",
            "  i'm a TEAPOT ",
            "a-b_c d'e",
            "---",
            "",
            "x",
            "\0nul",
            "Ünïcödé",
            "A phrase that is much longer than any registry name, by far",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw",
        ];
        names.sort_unstable();
        for name in names {
            let slow = normalise(name.as_bytes()).map(|n| (n.bytes, n.hash));
            let fast = normalise_fast(name.as_bytes());
            assert_eq!(slow.is_some(), fast.is_some(), "{name:?}");
            if let (Some(slow), Some(fast)) = (slow, fast) {
                assert_eq!(slow.1, fast.1, "{name:?}");
                assert_eq!(slow.0[..], fast.0[..MAX_NAME], "{name:?}");
                assert!(fast.0[MAX_NAME..].iter().all(|&b| b == 0), "{name:?}");
            }
        }
        for key in &KEYS {
            let name = core::str::from_utf8(&key.name.bytes[..key.name.len]).unwrap();
            let (bytes, hash) = normalise_fast(name.as_bytes()).unwrap();
            assert_eq!(hash, key.name.hash);
            assert!(same_bytes(&key.name.bytes, &bytes));
        }
    }
}
