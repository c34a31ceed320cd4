//! Negotiation of a problem's format and language: a table of what real clients send, and a
//! property test of `negotiate::format` against a second implementation built on the
//! `mediatype` crate's parser.

use http_status::negotiate::{format, language, Format, Offer};
use http_status::Lang;
use mediatype::{MediaTypeList, ReadParams};
use proptest::prelude::*;

/// What clients send, and what they must get. XML is offered in the last column only.
const CLIENTS: &[(&str, &str, Format, Format)] = &[
    // Browsers asking for a page.
    ("Chrome 131, a page", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", Format::Html, Format::Html),
    ("Firefox 133, a page", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Format::Html, Format::Html),
    ("Firefox 65, a page", "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8", Format::Html, Format::Html),
    ("Safari 18, a page", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Format::Html, Format::Html),
    ("Edge, a page", "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,image/apng,*/*;q=0.8", Format::Html, Format::Html),
    // IE 11 gives `*/*` the same q as HTML: nothing says it prefers HTML to JSON.
    ("IE 11, a page", "text/html, application/xhtml+xml, image/jxr, */*", Format::Json, Format::Json),
    ("an old Opera, a page", "text/html, application/xml;q=0.9, application/xhtml+xml, image/png, image/webp, image/jpeg, image/gif, image/x-xbitmap, */*;q=0.1", Format::Html, Format::Html),
    // Browsers fetching something else.
    ("Chrome, an image", "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", Format::Json, Format::Json),
    ("Firefox, a script", "*/*", Format::Json, Format::Json),
    ("Firefox, a style sheet", "text/css,*/*;q=0.1", Format::Json, Format::Json),
    ("fetch(), by default", "*/*", Format::Json, Format::Json),
    ("XMLHttpRequest, by default", "*/*", Format::Json, Format::Json),
    ("fetch() asking for JSON", "application/json", Format::Json, Format::Json),
    ("jQuery's getJSON", "application/json, text/javascript, */*; q=0.01", Format::Json, Format::Json),
    ("htmx (HTML tied with */*)", "text/html, */*", Format::Json, Format::Json),
    // Command-line and library clients.
    ("curl", "*/*", Format::Json, Format::Json),
    ("wget", "*/*", Format::Json, Format::Json),
    ("HTTPie", "application/json, */*;q=0.5", Format::Json, Format::Json),
    ("reqwest, by default", "", Format::Json, Format::Json),
    ("Python requests", "*/*", Format::Json, Format::Json),
    ("Python urllib", "", Format::Json, Format::Json),
    ("Go net/http", "", Format::Json, Format::Json),
    ("Java HttpClient", "", Format::Json, Format::Json),
    ("axios", "application/json, text/plain, */*", Format::Json, Format::Json),
    ("Postman", "*/*", Format::Json, Format::Json),
    ("an RFC 9457 client", "application/problem+json", Format::Json, Format::Json),
    ("a client that wants XML problems", "application/problem+xml", Format::Json, Format::Xml),
    ("XML preferred, JSON accepted", "application/problem+xml, application/problem+json;q=0.5", Format::Json, Format::Xml),
    ("JSON preferred, XML accepted", "application/problem+json, application/problem+xml;q=0.5", Format::Json, Format::Json),
    ("plain XML never selects problem+xml", "application/xml", Format::Json, Format::Json),
    ("a text client", "text/plain", Format::Text, Format::Text),
    ("text first, anything after", "text/plain, */*;q=0.1", Format::Text, Format::Text),
    // q-value edge cases.
    ("HTML tied with JSON", "text/html, application/json", Format::Json, Format::Json),
    ("HTML above JSON", "text/html;q=0.9, application/json;q=0.8", Format::Html, Format::Html),
    ("HTML below JSON", "text/html;q=0.5, application/json", Format::Json, Format::Json),
    ("JSON refused", "application/json;q=0, text/html;q=0.1", Format::Html, Format::Html),
    ("everything refused", "*/*;q=0", Format::Json, Format::Json),
    ("nothing offered accepted", "image/png", Format::Json, Format::Json),
    ("text/* is HTML, not text", "text/*", Format::Html, Format::Html),
    ("text/* with JSON above it", "text/*;q=0.5, application/*", Format::Json, Format::Json),
    ("the most specific range wins", "text/*;q=0.1, text/html;q=0.9, */*;q=0.5", Format::Html, Format::Html),
    ("a specific q=0 beats a wildcard", "text/html;q=0, */*", Format::Json, Format::Json),
    ("q with three decimals", "text/html;q=0.801, */*;q=0.8", Format::Html, Format::Html),
    ("q in upper case", "text/html;Q=0.9, */*;q=0.1", Format::Html, Format::Html),
    ("names in upper case", "TEXT/HTML", Format::Html, Format::Html),
    ("parameters before q", "text/html;level=1;charset=utf-8;q=0.9, */*;q=0.1", Format::Html, Format::Html),
    ("a quoted comma in a parameter", "text/html;x=\"a,b\";q=0.9, */*;q=0.1", Format::Html, Format::Html),
    ("spaces everywhere", "  text/html ; q=0.9 ,  */* ; q=0.1 ", Format::Html, Format::Html),
    ("empty list elements", ",, text/html ,,", Format::Html, Format::Html),
    ("a malformed q skips its entry only", "text/html;q=2, text/plain", Format::Text, Format::Text),
    ("a malformed entry is skipped", "text, text/html", Format::Html, Format::Html),
    ("garbage", "\u{1}\u{2}//;;==", Format::Json, Format::Json),
    ("application/* is JSON", "application/*", Format::Json, Format::Json),
];

#[test]
fn what_real_clients_send_selects_the_right_format() {
    assert!(CLIENTS.len() >= 40);
    for &(client, accept, plain, with_xml) in CLIENTS {
        assert_eq!(
            format(accept.as_bytes(), Offer::ALL),
            plain,
            "{client}: {accept}"
        );
        assert_eq!(
            format(accept.as_bytes(), Offer::ALL.with(Format::Xml)),
            with_xml,
            "{client}, XML offered: {accept}"
        );
        // JSON alone is always the answer when it is all that is offered.
        assert_eq!(
            format(accept.as_bytes(), Offer::JSON),
            Format::Json,
            "{client}"
        );
    }
}

#[test]
fn accept_language_is_a_lookup_in_order_of_q() {
    let cases: &[(&str, Lang)] = &[
        ("", Lang::En),
        ("fr", Lang::Fr),
        ("fr-CH", Lang::Fr),
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", Lang::Fr),
        ("en-US,en;q=0.9", Lang::En),
        ("en-US,en;q=0.9,fr;q=0.8", Lang::En),
        ("de-DE,de;q=0.9", Lang::En),
        ("de-DE,de;q=0.9,fr;q=0.5", Lang::Fr),
        ("FR", Lang::Fr),
        ("fr;q=0", Lang::En),
        ("fr;q=0, *", Lang::En),
        ("en;q=0, *", Lang::Fr),
        ("en;q=0.1, fr;q=0.2", Lang::Fr),
        ("fr;q=0.5, en;q=0.5", Lang::Fr),
        ("*", Lang::En),
        ("x-klingon, fr;q=0.1", Lang::Fr),
        ("fr;q=bad, en", Lang::En),
        ("zh-Hant-TW, fr-CA;q=0.8", Lang::Fr),
        ("toolongsubtag, fr;q=0.3", Lang::Fr),
    ];
    for &(header, lang) in cases {
        assert_eq!(language(header.as_bytes(), &Lang::ALL), lang, "{header:?}");
    }
    assert_eq!(language(b"fr", &[Lang::En]), Lang::En);
    assert_eq!(language(b"de", &[Lang::Fr]), Lang::Fr);
    assert_eq!(language(b"fr", &[]), Lang::En);
}

/// The same decision, by `mediatype`'s parser and a direct reading of RFC 9110, Section 12.5.1.
fn reference(accept: &str, offer_xml: bool) -> Format {
    struct Range {
        ty: String,
        sub: String,
        q: u16,
    }
    let mut ranges = Vec::new();
    for element in accept.split(',') {
        if element.trim().is_empty() {
            continue;
        }
        let Some(Ok(media)) = MediaTypeList::new(element).next() else {
            continue;
        };
        let sub = match &media.suffix {
            Some(suffix) => format!("{}+{}", media.subty.as_str(), suffix.as_str()),
            None => media.subty.as_str().to_string(),
        };
        let q = match media.get_param(mediatype::Name::new("q").expect("a name")) {
            None => 1000,
            Some(value) => match parse_q(&value.unquoted_str()) {
                Some(q) => q,
                None => continue,
            },
        };
        ranges.push(Range {
            ty: media.ty.as_str().to_ascii_lowercase(),
            sub: sub.to_ascii_lowercase(),
            q,
        });
    }
    // The q of the most specific matching range (the highest among equally specific ones).
    let quality = |ty: &str, sub: &str, exact: bool| -> u16 {
        let mut best: Option<(u8, u16)> = None;
        for range in &ranges {
            let specificity = if range.ty == ty && range.sub == sub {
                2
            } else if range.ty == ty && range.sub == "*" {
                1
            } else if range.ty == "*" && range.sub == "*" {
                0
            } else {
                continue;
            };
            if exact && specificity < 2 {
                continue;
            }
            best = match best {
                Some((s, q)) if s > specificity => Some((s, q)),
                Some((s, q)) if s == specificity => Some((s, q.max(range.q))),
                _ => Some((specificity, range.q)),
            };
        }
        best.map_or(0, |(_, q)| q)
    };
    let json =
        quality("application", "problem+json", false).max(quality("application", "json", false));
    let mut best = (Format::Json, json);
    let candidates = [
        (Format::Html, quality("text", "html", false), true),
        (Format::Text, quality("text", "plain", true), true),
        (
            Format::Xml,
            quality("application", "problem+xml", true),
            offer_xml,
        ),
    ];
    for (format, q, offered) in candidates {
        if offered && q > best.1 {
            best = (format, q);
        }
    }
    best.0
}

fn parse_q(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

fn entry() -> impl Strategy<Value = String> {
    let media = prop::sample::select(vec![
        "text/html",
        "TEXT/Html",
        "text/plain",
        "text/*",
        "application/json",
        "application/problem+json",
        "application/problem+xml",
        "application/xml",
        "application/xhtml+xml",
        "application/*",
        "*/*",
        "image/png",
        "image/*",
    ]);
    let param = prop::sample::select(vec![
        "",
        ";charset=utf-8",
        ";level=1",
        "; x=\"a;b\"",
        ";v=b3",
    ]);
    let q = prop_oneof![
        Just(String::new()),
        Just(";q=0".to_string()),
        Just(";q=1".to_string()),
        Just(";Q=1.0".to_string()),
        (0u16..=1000).prop_map(|t| format!(";q=0.{t:03}")),
        (0u16..=9).prop_map(|t| format!("; q=0.{t}")),
    ];
    (media, param, q).prop_map(|(m, p, q)| format!("{m}{p}{q}"))
}

proptest! {
    #[test]
    fn format_agrees_with_a_reference_built_on_mediatype(
        entries in prop::collection::vec(entry(), 0..7),
        separator in prop::sample::select(vec![",", ", ", " ,  "]),
    ) {
        let accept = entries.join(separator);
        prop_assert_eq!(format(accept.as_bytes(), Offer::ALL), reference(&accept, false), "{}", accept);
        prop_assert_eq!(
            format(accept.as_bytes(), Offer::ALL.with(Format::Xml)),
            reference(&accept, true),
            "{}", accept
        );
    }
}
