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
    let mut json = Quality::NONE;
    let mut plain_json = Quality::NONE;
    let mut html = Quality::NONE;
    let mut text = Quality::NONE;
    let mut xml = Quality::NONE;
    for range in MediaRanges::new(accept) {
        json.take(&range, b"application", b"problem+json", false);
        plain_json.take(&range, b"application", b"json", false);
        html.take(&range, b"text", b"html", false);
        text.take(&range, b"text", b"plain", true);
        xml.take(&range, b"application", b"problem+xml", true);
    }
    let mut best = (Format::Json, json.q().max(plain_json.q()));
    for (format, quality) in [
        (Format::Html, html),
        (Format::Text, text),
        (Format::Xml, xml),
    ] {
        if offer.offers(format) && quality.q() > best.1 {
            best = (format, quality.q());
        }
    }
    best.0
}

/// The language of a problem response to a request whose `Accept-Language` header is
/// `accept_language` (its bytes; empty when there is none), among `available`: RFC 4647's
/// lookup, in order of q (RFC 9110, Section 12.5.4).
///
/// A range matches a language when its primary subtag is the language's (`fr-CH` and `fr`
/// match French); `*` matches the first available language that no `q=0` range excludes;
/// `fr;q=0` excludes French. Between equal q, the earlier range wins. When nothing matches:
/// English, or the first of `available` when it holds no English.
///
/// ```
/// # use http_status_core::{negotiate::language, Lang};
/// assert_eq!(language(b"fr;q=0, *", &Lang::ALL), Lang::En);
/// assert_eq!(language(b"en;q=0, *", &Lang::ALL), Lang::Fr);
/// assert_eq!(language(b"de-DE, en-GB;q=0.3, fr;q=0.5", &Lang::ALL), Lang::Fr);
/// ```
#[must_use]
pub fn language(accept_language: &[u8], available: &[Lang]) -> Lang {
    let fallback = if available.is_empty() || available.contains(&Lang::En) {
        Lang::En
    } else {
        available[0]
    };
    // Which of `available` a `q=0` range excludes, by index.
    let mut excluded: u64 = 0;
    for range in LanguageRanges::new(accept_language) {
        if range.q == 0 {
            for (i, lang) in available.iter().enumerate().take(64) {
                if range.tag.eq_ignore_ascii_case(lang.tag().as_bytes()) {
                    excluded |= 1 << i;
                }
            }
        }
    }
    let allowed = |i: usize| i >= 64 || excluded & (1 << i) == 0;
    let mut best: Option<(u16, Lang)> = None;
    for range in LanguageRanges::new(accept_language) {
        if range.q == 0 || best.is_some_and(|(q, _)| q >= range.q) {
            continue;
        }
        let found = if range.tag == b"*" {
            available
                .iter()
                .enumerate()
                .find(|&(i, _)| allowed(i))
                .map(|(_, lang)| *lang)
        } else {
            let primary = range.tag.split(|&b| b == b'-').next().unwrap_or(range.tag);
            available
                .iter()
                .enumerate()
                .find(|&(i, lang)| {
                    allowed(i) && primary.eq_ignore_ascii_case(lang.tag().as_bytes())
                })
                .map(|(_, lang)| *lang)
        };
        if let Some(lang) = found {
            best = Some((range.q, lang));
        }
    }
    best.map_or(fallback, |(_, lang)| lang)
}

/// The q of the most specific range seen so far that matches one media type, and how specific
/// that range was.
#[derive(Clone, Copy, Debug)]
struct Quality {
    /// 0 for `*/*`, 1 for `type/*`, 2 for `type/subtype`; `None` for no match yet.
    specificity: Option<u8>,
    q: u16,
}

impl Quality {
    const NONE: Quality = Quality {
        specificity: None,
        q: 0,
    };

    /// The q in thousandths: 0 when nothing matched.
    fn q(self) -> u16 {
        self.q
    }

    /// Takes `range` into account for `kind/sub`; `exact` when only the type itself counts.
    fn take(&mut self, range: &MediaRange<'_>, kind: &[u8], sub: &[u8], exact: bool) {
        let specificity = if range.kind == b"*" && range.sub == b"*" {
            0
        } else if range.kind.eq_ignore_ascii_case(kind) && range.sub == b"*" {
            1
        } else if range.kind.eq_ignore_ascii_case(kind) && range.sub.eq_ignore_ascii_case(sub) {
            2
        } else {
            return;
        };
        if exact && specificity < 2 {
            return;
        }
        match self.specificity {
            Some(seen) if seen > specificity => {}
            // Two ranges as specific as each other: the more generous.
            Some(seen) if seen == specificity => self.q = self.q.max(range.q),
            _ => {
                self.specificity = Some(specificity);
                self.q = range.q;
            }
        }
    }
}

/// One entry of an `Accept` header.
#[derive(Debug, PartialEq, Eq)]
struct MediaRange<'a> {
    kind: &'a [u8],
    sub: &'a [u8],
    /// In thousandths: 1000 for `q=1` or no `q`.
    q: u16,
}

/// The well-formed entries of an `Accept` header, in order.
struct MediaRanges<'a> {
    rest: &'a [u8],
}

impl<'a> MediaRanges<'a> {
    fn new(header: &'a [u8]) -> MediaRanges<'a> {
        MediaRanges { rest: header }
    }
}

impl<'a> Iterator for MediaRanges<'a> {
    type Item = MediaRange<'a>;

    fn next(&mut self) -> Option<MediaRange<'a>> {
        while !self.rest.is_empty() {
            let (element, rest) = split_element(self.rest);
            self.rest = rest;
            if let Some(range) = parse_media_range(element) {
                return Some(range);
            }
        }
        None
    }
}

/// One entry of an `Accept-Language` header.
#[derive(Debug, PartialEq, Eq)]
struct LanguageRange<'a> {
    tag: &'a [u8],
    q: u16,
}

/// The well-formed entries of an `Accept-Language` header, in order.
struct LanguageRanges<'a> {
    rest: &'a [u8],
}

impl<'a> LanguageRanges<'a> {
    fn new(header: &'a [u8]) -> LanguageRanges<'a> {
        LanguageRanges { rest: header }
    }
}

impl<'a> Iterator for LanguageRanges<'a> {
    type Item = LanguageRange<'a>;

    fn next(&mut self) -> Option<LanguageRange<'a>> {
        while !self.rest.is_empty() {
            let (element, rest) = split_element(self.rest);
            self.rest = rest;
            if let Some(range) = parse_language_range(element) {
                return Some(range);
            }
        }
        None
    }
}

/// The first element of a comma-separated list and what follows its comma; a comma inside a
/// quoted string does not end the element.
fn split_element(list: &[u8]) -> (&[u8], &[u8]) {
    let mut quoted = false;
    let mut escaped = false;
    for (i, &b) in list.iter().enumerate() {
        if escaped {
            escaped = false;
        } else if quoted && b == b'\\' {
            escaped = true;
        } else if b == b'"' {
            quoted = !quoted;
        } else if b == b',' && !quoted {
            return (&list[..i], &list[i + 1..]);
        }
    }
    (list, &[])
}

/// `tchar` of RFC 9110, Section 5.6.2.
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn trim(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., b' ' | b'\t'] = bytes {
        bytes = rest;
    }
    bytes
}

fn is_token(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(|&b| is_tchar(b))
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

/// The parameters after the first `;` of an element: `q` when one of them is, checking that
/// each is `name=value` with a token or quoted-string value. `None` when one is malformed.
fn parse_params(mut params: &[u8]) -> Option<u16> {
    let mut q = 1000;
    while !params.is_empty() {
        // One `name=value`, up to the next `;` outside quotes.
        let mut end = params.len();
        let mut quoted = false;
        let mut escaped = false;
        for (i, &b) in params.iter().enumerate() {
            if escaped {
                escaped = false;
            } else if quoted && b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                quoted = !quoted;
            } else if b == b';' && !quoted {
                end = i;
                break;
            }
        }
        let param = trim(&params[..end]);
        params = params.get(end + 1..).unwrap_or(&[]);
        if param.is_empty() {
            continue;
        }
        let eq = param.iter().position(|&b| b == b'=')?;
        let (name, value) = (&param[..eq], &param[eq + 1..]);
        if !is_token(name) {
            return None;
        }
        let quoted_value = value.len() >= 2 && value[0] == b'"' && value[value.len() - 1] == b'"';
        if !quoted_value && !is_token(value) {
            return None;
        }
        if name.eq_ignore_ascii_case(b"q") {
            q = parse_q(value)?;
        }
    }
    Some(q)
}

fn parse_media_range(element: &[u8]) -> Option<MediaRange<'_>> {
    let element = trim(element);
    let (media, params) = match element.iter().position(|&b| b == b';') {
        Some(i) => (trim(&element[..i]), &element[i + 1..]),
        None => (element, &element[element.len()..]),
    };
    let slash = media.iter().position(|&b| b == b'/')?;
    let (kind, sub) = (&media[..slash], &media[slash + 1..]);
    if !is_token(kind) || !is_token(sub) || (kind == b"*" && sub != b"*") {
        return None;
    }
    let q = parse_params(params)?;
    Some(MediaRange { kind, sub, q })
}

fn parse_language_range(element: &[u8]) -> Option<LanguageRange<'_>> {
    let element = trim(element);
    let (tag, params) = match element.iter().position(|&b| b == b';') {
        Some(i) => (trim(&element[..i]), &element[i + 1..]),
        None => (element, &element[element.len()..]),
    };
    // `1*8ALPHA *("-" 1*8alphanum)`, or `*`.
    let well_formed = tag == b"*"
        || tag.split(|&b| b == b'-').enumerate().all(|(i, part)| {
            (1..=8).contains(&part.len())
                && if i == 0 {
                    part.iter().all(u8::is_ascii_alphabetic)
                } else {
                    part.iter().all(u8::is_ascii_alphanumeric)
                }
        });
    if tag.is_empty() || !well_formed {
        return None;
    }
    let q = parse_params(params)?;
    Some(LanguageRange { tag, q })
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
        let ranges: Vec<_> = MediaRanges::new(br#"text/html;x="a,b";q=0.5, text/plain"#).collect();
        assert_eq!(ranges.len(), 2);
        assert_eq!(ranges[0].q, 500);
        assert_eq!(ranges[1].sub, b"plain");
    }
}
