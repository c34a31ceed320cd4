//! "Did you mean ...?": documented codes close to a name or a number, without allocating.
//!
//! Used by the `status!` macro's error messages and by the `explain` example; available to any
//! program that wants to help a user who mistyped a code.
//!
//! ```
//! # extern crate http_status_core as http_status;
//! use http_status::suggest;
//!
//! let names: Vec<_> = suggest::by_name("Not Fund").map(|i| i.reason()).collect();
//! assert_eq!(names[0], "Not Found");
//!
//! let codes: Vec<_> = suggest::by_code(432).map(|i| i.code()).collect();
//! assert_eq!(codes, [431, 429, 428]);
//! ```

use crate::reason::fold;
use crate::{Info, Standing, REGISTRY};

/// At most this many suggestions are returned.
pub const MAX: usize = 3;

/// Up to [`MAX`] registry entries, best first. An iterator.
#[derive(Clone, Debug)]
pub struct Suggestions {
    found: [Option<&'static Info>; MAX],
    next: usize,
}

impl Iterator for Suggestions {
    type Item = &'static Info;

    fn next(&mut self) -> Option<&'static Info> {
        let item = *self.found.get(self.next)?;
        self.next += 1;
        item
    }
}

impl Suggestions {
    /// Keeps the `MAX` entries with the lowest score; ties keep registry order.
    fn best(mut score: impl FnMut(&'static Info) -> Option<u32>) -> Suggestions {
        let mut found: [Option<(u32, &'static Info)>; MAX] = [None; MAX];
        for info in REGISTRY {
            let Some(s) = score(info) else { continue };
            if found.iter().flatten().any(|(_, i)| i.code == info.code) {
                continue;
            }
            if let Some(pos) = found.iter().position(|f| f.map_or(true, |(t, _)| s < t)) {
                found.copy_within(pos..MAX - 1, pos + 1);
                found[pos] = Some((s, info));
            }
        }
        Suggestions {
            found: found.map(|f| f.map(|(_, i)| i)),
            next: 0,
        }
    }
}

/// Most bytes of a name that are compared; longer names are cut.
const LEN: usize = 64;

/// Lower-cased letters and digits of `s`, as in [`Status::from_reason`](crate::Status::from_reason).
fn normalise(s: &str) -> ([u8; LEN], usize) {
    let mut out = [0; LEN];
    let mut n = 0;
    for b in s.bytes().filter_map(fold) {
        if n == LEN {
            break;
        }
        out[n] = b;
        n += 1;
    }
    (out, n)
}

/// Levenshtein distance between two normalised names.
fn distance(a: &[u8], b: &[u8]) -> u32 {
    let mut row = [0u32; LEN + 1];
    for (j, cell) in row.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j as u32;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i as u32 + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let cost = u32::from(ca != cb);
            row[j + 1] = (diagonal + cost).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Documented codes whose canonical or historic names are close to `name` (a few typing
/// mistakes away), closest first.
#[must_use]
pub fn by_name(name: &str) -> Suggestions {
    let (query, len) = normalise(name);
    let query = &query[..len];
    let limit = (len as u32 / 3).max(1);
    Suggestions::best(|info| {
        let names = core::iter::once(info.reason).chain(info.history.iter().map(|f| f.name));
        names
            .map(|n| {
                let (candidate, n) = normalise(n);
                distance(query, &candidate[..n])
            })
            .min()
            .filter(|d| *d <= limit)
    })
}

/// The documented, non-vendor codes of the same class nearest to `code`, nearest first. Empty
/// when `code` is outside `100..=599`.
#[must_use]
pub fn by_code(code: u16) -> Suggestions {
    Suggestions::best(|info| {
        let same_class = info.code / 100 == code / 100;
        let vendor = matches!(info.standing, Standing::Vendor(_));
        (same_class && !vendor && info.code != code).then(|| u32::from(info.code.abs_diff(code)))
    })
}

/// The vendor whose keyword is closest to `keyword` (a typing mistake or two away).
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{suggest, Vendor};
///
/// assert_eq!(suggest::vendor("ngnix"), Some(Vendor::Nginx));
/// assert_eq!(suggest::vendor("varnish"), None);
/// ```
#[must_use]
pub fn vendor(keyword: &str) -> Option<crate::Vendor> {
    let (query, len) = normalise(keyword);
    // Keywords are short: allow two edits (a swapped pair of letters) from five letters on.
    let limit = (len as u32 / 2).max(1);
    crate::Vendor::ALL
        .into_iter()
        .map(|v| {
            let (candidate, n) = normalise(v.keyword());
            (distance(&query[..len], &candidate[..n]), v)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v)
}
