//! Proactive negotiation of a problem response (RFC 9457, Section 1; RFC 9110, Section 12):
//! which format to send it in, from `Accept`, and which language, from `Accept-Language`.
//!
//! Both read the header's bytes as they came, allocate nothing and never fail: a header that
//! does not parse, or that accepts nothing offered, gives JSON and English. An error is never
//! answered with `406 Not Acceptable`.
//!
//! ```
//! use http_status_core::negotiate::{format, language, Format, Offer};
//! use http_status_core::Lang;
//!
//! // What a browser sends for a page: HTML, whose q is higher than JSON's (`*/*;q=0.8`).
//! let browser = b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
//! assert_eq!(format(browser, Offer::ALL), Format::Html);
//! // curl, reqwest and fetch send `*/*` or nothing: JSON.
//! assert_eq!(format(b"*/*", Offer::ALL), Format::Json);
//! assert_eq!(format(b"", Offer::ALL), Format::Json);
//! assert_eq!(format(b"text/plain", Offer::ALL), Format::Text);
//!
//! assert_eq!(language(b"fr-CH, fr;q=0.9, en;q=0.8", &Lang::ALL), Lang::Fr);
//! assert_eq!(language(b"de, *;q=0.5", &Lang::ALL), Lang::En);
//! ```

use crate::Lang;

/// A format a problem can be sent in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `application/problem+json` (RFC 9457, Section 3): the default, and what every
    /// JSON-compatible `Accept` entry selects.
    Json,
    /// `text/html`: a page for a person, with the problem's JSON embedded in it (RFC 9457,
    /// Appendix C).
    Html,
    /// `text/plain`: the title, the status and the detail, as lines.
    Text,
    /// `application/problem+xml` (RFC 9457, Appendix B).
    Xml,
}

impl Format {
    /// The media type of a body in this format, as a `Content-Type` value.
    ///
    /// ```
    /// # use http_status_core::negotiate::Format;
    /// assert_eq!(Format::Json.media_type(), "application/problem+json");
    /// assert_eq!(Format::Html.media_type(), "text/html; charset=utf-8");
    /// ```
    #[must_use]
    pub const fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/problem+json",
            Format::Html => "text/html; charset=utf-8",
            Format::Text => "text/plain; charset=utf-8",
            Format::Xml => "application/problem+xml",
        }
    }
}

/// The formats a server offers besides JSON, which it always offers.
///
/// ```
/// # use http_status_core::negotiate::{format, Format, Offer};
/// let accept = b"text/html";
/// assert_eq!(format(accept, Offer::ALL), Format::Html);
/// assert_eq!(format(accept, Offer::JSON), Format::Json);
/// assert_eq!(format(accept, Offer::JSON.with(Format::Html)), Format::Html);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Offer {
    html: bool,
    text: bool,
    xml: bool,
}

impl Offer {
    /// JSON only.
    pub const JSON: Offer = Offer {
        html: false,
        text: false,
        xml: false,
    };

    /// JSON, HTML and plain text. XML is offered only when asked for with
    /// [`Offer::with`]`(Format::Xml)`.
    pub const ALL: Offer = Offer {
        html: true,
        text: true,
        xml: false,
    };

    /// This offer and `format`.
    #[must_use]
    pub const fn with(self, format: Format) -> Offer {
        let mut offer = self;
        match format {
            Format::Json => {}
            Format::Html => offer.html = true,
            Format::Text => offer.text = true,
            Format::Xml => offer.xml = true,
        }
        offer
    }

    /// Whether `format` is offered.
    #[must_use]
    pub const fn offers(self, format: Format) -> bool {
        match format {
            Format::Json => true,
            Format::Html => self.html,
            Format::Text => self.text,
            Format::Xml => self.xml,
        }
    }
}

/// The format of a problem response to a request whose `Accept` header is `accept` (its bytes;
/// empty when there is none), among those `offer` holds.
///
/// - JSON for no `Accept`, `*/*`, `application/*`, `application/json`,
///   `application/problem+json`, and anything that accepts nothing offered.
/// - HTML only when `text/html`'s q is strictly higher than every JSON-compatible entry's.
/// - Plain text and XML only when named themselves (`text/plain`, `application/problem+xml`;
///   `text/*` and `application/xml` do not select them), with a q higher than the others'.
///
/// Each candidate takes the q of the most specific range that matches it (`text/html` over
/// `text/*` over `*/*`); `q=0` means "not acceptable"; names compare without ASCII case;
/// parameters other than `q` are read past. A malformed entry is skipped, not the whole header.
#[must_use]
pub fn format(accept: &[u8], offer: Offer) -> Format {
    // The q of the most specific range matching each candidate: JSON (problem+json and
    // plain json alike), HTML, and the two that count only when named.
    let mut json = Quality::NONE;
    let mut plain_json = Quality::NONE;
    let mut html = Quality::NONE;
    let mut text = Quality::NONE;
    let mut xml = Quality::NONE;
    let mut cursor = Cursor::new(accept);
    // A range no candidate matches cannot change the outcome: it is skipped unread.
    let relevant = |kind: &[u8], sub: &[u8]| match classify(kind, sub) {
        (Type::Other, _) => false,
        (Type::Any, sub) => sub == Sub::Any,
        (_, sub) => sub != Sub::Other,
    };
    while let Some(element) = cursor.element(Kind::Media, relevant) {
        let Some(range) = element else { continue };
        let (kind, sub) = classify(range.first, range.second);
        let specificity = match (kind, sub) {
            (Type::Any, Sub::Any) => 0,
            (_, Sub::Any) => 1,
            _ => 2,
        };
        match kind {
            Type::Any => {
                json.take(specificity, range.q);
                plain_json.take(specificity, range.q);
                html.take(specificity, range.q);
            }
            Type::Application => match sub {
                Sub::Any => {
                    json.take(specificity, range.q);
                    plain_json.take(specificity, range.q);
                }
                Sub::ProblemJson => json.take(specificity, range.q),
                Sub::Json => plain_json.take(specificity, range.q),
                Sub::ProblemXml => xml.take(specificity, range.q),
                _ => {}
            },
            Type::Text => match sub {
                Sub::Any => html.take(specificity, range.q),
                Sub::Html => html.take(specificity, range.q),
                Sub::Plain => text.take(specificity, range.q),
                _ => {}
            },
            Type::Other => {}
        }
    }
    let mut best = (Format::Json, json.q.max(plain_json.q));
    for (format, quality) in [
        (Format::Html, html),
        (Format::Text, text),
        (Format::Xml, xml),
    ] {
        if offer.offers(format) && quality.q > best.1 {
            best = (format, quality.q);
        }
    }
    best.0
}

/// How many of the `available` languages [`language`] tells apart; any after them are never
/// chosen.
const MAX_LANGUAGES: usize = 16;

/// The language of a problem response to a request whose `Accept-Language` header is
/// `accept_language` (its bytes; empty when there is none), among `available`: RFC 4647's
/// lookup, in order of q (RFC 9110, Section 12.5.4).
///
/// A range matches a language when its primary subtag is the language's (`fr-CH` and `fr`
/// match French); `*` matches the first available language that no `q=0` range excludes;
/// `fr;q=0` excludes French. Between equal q, the earlier range wins. When nothing matches:
/// English, or the first of `available` when it holds no English. Only the first 16 of
/// `available` are considered.
///
/// ```
/// # use http_status_core::{negotiate::language, Lang};
/// assert_eq!(language(b"fr;q=0, *", &Lang::ALL), Lang::En);
/// assert_eq!(language(b"en;q=0, *", &Lang::ALL), Lang::Fr);
/// assert_eq!(language(b"de-DE, en-GB;q=0.3, fr;q=0.5", &Lang::ALL), Lang::Fr);
/// ```
#[must_use]
pub fn language(accept_language: &[u8], available: &[Lang]) -> Lang {
    let available = &available[..available.len().min(MAX_LANGUAGES)];
    let fallback = if available.is_empty() || available.contains(&Lang::En) {
        Lang::En
    } else {
        available[0]
    };
    // One pass: which languages a `q=0` range excludes, and for each language (and for `*`)
    // the best (q, position) of a range that matches it.
    let mut excluded = [false; MAX_LANGUAGES];
    let mut best: [Option<(u16, usize)>; MAX_LANGUAGES] = [None; MAX_LANGUAGES];
    let mut star: Option<(u16, usize)> = None;
    let mut cursor = Cursor::new(accept_language);
    let mut position = 0;
    // A range of a language not offered cannot change the outcome: it is skipped unread (the
    // positions of the others keep their order, which is all a tie needs).
    let relevant = |primary: &[u8], _: &[u8]| {
        primary == b"*"
            || available
                .iter()
                .any(|lang| primary.eq_ignore_ascii_case(lang.tag().as_bytes()))
    };
    while let Some(element) = cursor.element(Kind::Language, relevant) {
        let Some(range) = element else { continue };
        position += 1;
        let better = |seen: Option<(u16, usize)>| match seen {
            None => true,
            Some((q, _)) => range.q > q,
        };
        if range.first == b"*" {
            if range.q > 0 && better(star) {
                star = Some((range.q, position));
            }
            continue;
        }
        for (i, lang) in available.iter().enumerate() {
            let tag = lang.tag().as_bytes();
            if range.q == 0 {
                // `fr;q=0` excludes French; `fr-CH;q=0` does not.
                if range.second.is_empty() && range.first.eq_ignore_ascii_case(tag) {
                    excluded[i] = true;
                }
            } else if range.first.eq_ignore_ascii_case(tag) && better(best[i]) {
                best[i] = Some((range.q, position));
            }
        }
    }
    let mut winner: Option<(u16, usize, Lang)> = None;
    let mut consider = |candidate: Option<(u16, usize)>, lang: Lang| {
        if let Some((q, at)) = candidate {
            let wins = match winner {
                None => true,
                Some((wq, wat, _)) => q > wq || (q == wq && at < wat),
            };
            if wins {
                winner = Some((q, at, lang));
            }
        }
    };
    for (i, &lang) in available.iter().enumerate() {
        if !excluded[i] {
            consider(best[i], lang);
        }
    }
    if let Some(lang) = available
        .iter()
        .enumerate()
        .find(|&(i, _)| !excluded[i])
        .map(|(_, lang)| *lang)
    {
        consider(star, lang);
    }
    winner.map_or(fallback, |(_, _, lang)| lang)
}

/// The q of the most specific range seen so far that matches one media type.
#[derive(Clone, Copy, Debug)]
struct Quality {
    /// 0 for `*/*`, 1 for `type/*`, 2 for `type/subtype`; `None` for no match yet.
    specificity: Option<u8>,
    /// In thousandths: 0 when nothing matched.
    q: u16,
}

impl Quality {
    const NONE: Quality = Quality {
        specificity: None,
        q: 0,
    };

    /// Takes a range of `specificity` and `q` that matches.
    fn take(&mut self, specificity: u8, q: u16) {
        match self.specificity {
            Some(seen) if seen > specificity => {}
            // Two ranges as specific as each other: the more generous.
            Some(seen) if seen == specificity => self.q = self.q.max(q),
            _ => {
                self.specificity = Some(specificity);
                self.q = q;
            }
        }
    }
}

/// The top-level types a candidate can have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Type {
    Any,
    Application,
    Text,
    Other,
}

/// The subtypes a candidate can have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sub {
    Any,
    Json,
    ProblemJson,
    ProblemXml,
    Html,
    Plain,
    Other,
}

/// A media range's type and subtype, compared once, without ASCII case.
fn classify(kind: &[u8], sub: &[u8]) -> (Type, Sub) {
    let kind = match kind {
        b"*" => Type::Any,
        _ if kind.eq_ignore_ascii_case(b"application") => Type::Application,
        _ if kind.eq_ignore_ascii_case(b"text") => Type::Text,
        _ => Type::Other,
    };
    let sub = match sub.len() {
        1 if sub == b"*" => Sub::Any,
        4 if sub.eq_ignore_ascii_case(b"json") => Sub::Json,
        4 if sub.eq_ignore_ascii_case(b"html") => Sub::Html,
        5 if sub.eq_ignore_ascii_case(b"plain") => Sub::Plain,
        12 if sub.eq_ignore_ascii_case(b"problem+json") => Sub::ProblemJson,
        11 if sub.eq_ignore_ascii_case(b"problem+xml") => Sub::ProblemXml,
        _ => Sub::Other,
    };
    (kind, sub)
}

/// What a list's elements are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `type/subtype` (RFC 9110, Section 12.5.1).
    Media,
    /// `1*8ALPHA *("-" 1*8alphanum)`, or `*` (RFC 4647, Section 2.1).
    Language,
}

/// One well-formed element: a media range's type and subtype, or a language range's primary
/// subtag and the rest of it (empty when it has no other subtag); and its q, in thousandths.
#[derive(Debug, PartialEq, Eq)]
struct Range<'a> {
    first: &'a [u8],
    second: &'a [u8],
    q: u16,
}

/// `tchar` of RFC 9110, Section 5.6.2, as a table.
const TCHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        i += 1;
    }
    table
};

/// A forward reading of a comma-separated header, one element at a time, in one pass.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ows(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// The longest run of bytes for which `keep` holds.
    fn take_while(&mut self, keep: impl Fn(u8) -> bool) -> &'a [u8] {
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        let length = rest.iter().position(|&b| !keep(b)).unwrap_or(rest.len());
        self.at += length;
        &rest[..length]
    }

    /// Past the next comma outside a quoted string, or to the end.
    fn skip_element(&mut self) {
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        match rest.iter().position(|&b| b == b',' || b == b'"') {
            None => self.at = self.bytes.len(),
            Some(i) if rest[i] == b',' => self.at += i + 1,
            Some(_) => {
                let mut quoted = false;
                while let Some(b) = self.peek() {
                    self.at += 1;
                    match b {
                        b'\\' if quoted => self.at += 1,
                        b'"' => quoted = !quoted,
                        b',' if !quoted => return,
                        _ => {}
                    }
                }
            }
        }
    }

    /// The next element: `None` at the end, `Some(None)` for an empty or malformed one, or one
    /// that `relevant` (given its first and second part) says cannot matter, each skipped;
    /// `Some(Some(range))` for a well-formed one.
    fn element(
        &mut self,
        kind: Kind,
        relevant: impl Fn(&[u8], &[u8]) -> bool,
    ) -> Option<Option<Range<'a>>> {
        self.skip_ows();
        self.peek()?;
        let range = self.range(kind, relevant);
        if range.is_none() {
            self.skip_element();
        }
        Some(range)
    }

    /// One element up to and past its comma; `None` when it is empty, malformed or not
    /// relevant (the cursor is then somewhere inside it).
    fn range(&mut self, kind: Kind, relevant: impl Fn(&[u8], &[u8]) -> bool) -> Option<Range<'a>> {
        let (first, second) = match kind {
            Kind::Media => {
                let first = self.take_while(|b| TCHAR[usize::from(b)]);
                if first.is_empty() || self.peek() != Some(b'/') {
                    return None;
                }
                self.at += 1;
                let second = self.take_while(|b| TCHAR[usize::from(b)]);
                if second.is_empty() || (first == b"*" && second != b"*") {
                    return None;
                }
                if !relevant(first, second) {
                    return None;
                }
                (first, second)
            }
            Kind::Language => {
                let tag = self.take_while(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'*');
                let primary = tag.split(|&b| b == b'-').next().unwrap_or_default();
                if !relevant(primary, b"") {
                    return None;
                }
                if tag == b"*" {
                    (tag, &tag[1..])
                } else {
                    let mut parts = tag.split(|&b| b == b'-');
                    let primary = parts.next().unwrap_or_default();
                    let well_formed = (1..=8).contains(&primary.len())
                        && primary.iter().all(u8::is_ascii_alphabetic)
                        && parts.all(|p| (1..=8).contains(&p.len()) && !p.contains(&b'*'));
                    if !well_formed {
                        return None;
                    }
                    (primary, &tag[primary.len()..])
                }
            }
        };
        let mut q = 1000;
        loop {
            self.skip_ows();
            match self.peek() {
                None => break,
                Some(b',') => {
                    self.at += 1;
                    break;
                }
                Some(b';') => self.at += 1,
                Some(_) => return None,
            }
            self.skip_ows();
            if matches!(self.peek(), None | Some(b',' | b';')) {
                continue;
            }
            let name = self.take_while(|b| TCHAR[usize::from(b)]);
            if name.is_empty() || self.peek() != Some(b'=') {
                return None;
            }
            self.at += 1;
            let value = if self.peek() == Some(b'"') {
                self.at += 1;
                let start = self.at;
                loop {
                    match self.peek()? {
                        b'\\' => self.at += 2,
                        b'"' => break,
                        _ => self.at += 1,
                    }
                }
                let value = &self.bytes[start..self.at];
                self.at += 1;
                value
            } else {
                let value = self.take_while(|b| TCHAR[usize::from(b)]);
                if value.is_empty() {
                    return None;
                }
                value
            };
            if name.eq_ignore_ascii_case(b"q") {
                q = parse_q(value)?;
            }
        }
        Some(Range { first, second, q })
    }
}

/// `qvalue` of RFC 9110, Section 12.4.2, in thousandths.
fn parse_q(value: &[u8]) -> Option<u16> {
    match value {
        [b'0'] => Some(0),
        [b'1'] => Some(1000),
        [b'0', b'.', digits @ ..] if digits.len() <= 3 && digits.iter().all(u8::is_ascii_digit) => {
            let mut q = 0u16;
            for i in 0..3 {
                q = q * 10 + digits.get(i).map_or(0, |d| u16::from(d - b'0'));
            }
            Some(q)
        }
        [b'1', b'.', zeros @ ..] if zeros.len() <= 3 && zeros.iter().all(|&d| d == b'0') => {
            Some(1000)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    #[test]
    fn q_values_parse_as_rfc_9110_writes_them() {
        for (text, q) in [
            ("0", Some(0)),
            ("1", Some(1000)),
            ("0.5", Some(500)),
            ("0.05", Some(50)),
            ("0.123", Some(123)),
            ("1.000", Some(1000)),
            ("1.001", None),
            ("0.1234", None),
            ("2", None),
            (".5", None),
            ("", None),
        ] {
            assert_eq!(parse_q(text.as_bytes()), q, "{text}");
        }
    }

    #[test]
    fn a_comma_inside_quotes_does_not_split() {
        let mut cursor = Cursor::new(br#"text/html;x="a,b";q=0.5, text/plain"#);
        let mut ranges = Vec::new();
        while let Some(range) = cursor.element(Kind::Media, |_, _| true) {
            ranges.extend(range);
        }
        assert_eq!(ranges.len(), 2);
        assert_eq!(ranges[0].q, 500);
        assert_eq!(ranges[1].second, b"plain");
    }
}
