//! Compile-time checks of what the derive writes into a response: header names and values, and
//! the problem type. Header names and values are checked with the `http` crate, by the rules the
//! response is built with at run time, so what compiles is what goes out; URI references by
//! [`crate::uri`].

use syn::{Error, LitStr};

/// Header names a response commonly carries, for did-you-mean: a name one or two edits away
/// from one of these is a typo, not a new header.
const WELL_KNOWN: &[&str] = &[
    "Accept-Patch",
    "Accept-Post",
    "Accept-Ranges",
    "Age",
    "Allow",
    "Alt-Svc",
    "Cache-Control",
    "Content-Disposition",
    "Content-Encoding",
    "Content-Language",
    "Content-Location",
    "Content-Range",
    "Content-Security-Policy",
    "Cross-Origin-Resource-Policy",
    "Date",
    "ETag",
    "Expires",
    "Last-Modified",
    "Link",
    "Location",
    "Proxy-Authenticate",
    "Refresh",
    "Retry-After",
    "Server",
    "Set-Cookie",
    "Strict-Transport-Security",
    "Upgrade",
    "Vary",
    "WWW-Authenticate",
    "X-Content-Type-Options",
    "X-Frame-Options",
];

/// Headers the response's framing and body set: a variant may not write them (the facade leaves
/// them out at run time by the same list).
use http_status_core::__private::FRAMING_HEADERS as FRAMING;

/// Checks a header name: a token (RFC 9110, Section 5.6.2), not a framing header, not a typo of
/// a well-known name.
pub(crate) fn check_name(name: &LitStr) -> syn::Result<()> {
    let text = name.value();
    if http::HeaderName::from_bytes(text.as_bytes()).is_err() {
        let why = if text.is_empty() {
            "is empty".to_string()
        } else {
            match text
                .chars()
                .find(|c| !c.is_ascii_alphanumeric() && !"!#$%&'*+-.^_`|~".contains(*c))
            {
                Some(c) => format!("contains {c:?}"),
                None => "is too long".to_string(),
            }
        };
        return Err(Error::new(
            name.span(),
            format!("{text:?} is not a header name: it {why}, and a name is letters, digits and ``!#$%&'*+-.^_`|~`` only (RFC 9110, Section 5.6.2), such as `\"Retry-After\"`"),
        ));
    }
    if let Some(framing) = FRAMING.iter().find(|f| f.eq_ignore_ascii_case(&text)) {
        return Err(Error::new(
            name.span(),
            format!("`{framing}` is set by the response itself (its body and framing); remove this header"),
        ));
    }
    if let Some(known) = WELL_KNOWN.iter().find(|k| is_typo(&text, k)) {
        return Err(Error::new(
            name.span(),
            format!("unknown header {text:?}; did you mean `\"{known}\"`?"),
        ));
    }
    Ok(())
}

/// Whether `name` is close to `known` without being it.
fn is_typo(name: &str, known: &str) -> bool {
    let (a, b) = (name.to_ascii_lowercase(), known.to_ascii_lowercase());
    if a == b {
        return false;
    }
    let limit = if b.len() <= 6 { 1 } else { 2 };
    distance(a.as_bytes(), b.as_bytes()) <= limit
}

/// Levenshtein distance.
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Checks a constant header value: what `http::HeaderValue` accepts, which rules out CR, LF and
/// NUL (a header split) and every other control character but tab.
pub(crate) fn check_value(value: &LitStr) -> syn::Result<()> {
    let text = value.value();
    if http::HeaderValue::from_str(&text).is_ok() {
        return Ok(());
    }
    let what = match text
        .chars()
        .find(|c| *c == '\r' || *c == '\n' || *c == '\0')
    {
        Some(c) => format!("contains {c:?}, which would end the header (or the head) early"),
        // `http` refuses exactly the control characters but tab (and DEL, which is one).
        None => match text.chars().find(|c| c.is_control() && *c != '\t') {
            Some(c) => format!("contains the control character {c:?}"),
            None => "holds a character a header value cannot".to_string(),
        },
    };
    Err(Error::new(
        value.span(),
        format!("this header value {what}; a value is visible characters, spaces and tabs (RFC 9110, Section 5.5): remove it"),
    ))
}

/// Checks a problem type: a URI reference (RFC 3986), not empty.
pub(crate) fn check_type(uri: &LitStr) -> syn::Result<()> {
    let text = uri.value();
    if text.is_empty() {
        return Err(Error::new(
            uri.span(),
            "an empty problem type says nothing; remove `type` for `about:blank`, or name the problem: `type = \"https://example.com/probs/out-of-credit\"`",
        ));
    }
    if let Err(why) = crate::uri::check(&text) {
        return Err(Error::new(
            uri.span(),
            format!("{text:?} is not a URI reference ({why}; RFC 3986): write an absolute URI such as `\"https://example.com/probs/out-of-credit\"` or a relative one such as `\"/probs/out-of-credit\"`, with spaces and other characters percent-encoded"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_of_well_known_names_are_caught_and_exact_names_pass() {
        assert!(is_typo("Retry-Afer", "Retry-After"));
        assert!(is_typo("alow", "Allow"));
        assert!(!is_typo("retry-after", "Retry-After"));
        assert!(!is_typo("X-Request-Id", "Retry-After"));
        assert!(!is_typo("Age", "Date"), "short names need one edit");
    }
}
