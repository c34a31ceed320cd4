//! Whether a string is a URI reference (RFC 3986, Section 4.1), for `type = "..."`: a grammar
//! check of one literal at compile time. A dependency for this one check doubled the cost of a
//! clean build (see BENCHMARKS.md), so it is written out here and tested against `iri-string`
//! (a dev-dependency) on a corpus and on generated strings.

/// `Ok` for a URI reference; otherwise what is wrong, in words.
pub(crate) fn check(s: &str) -> Result<(), &'static str> {
    if !s.is_ascii() {
        return Err("a URI holds ASCII only: percent-encode other characters");
    }
    let (rest, query, fragment) = split_query_fragment(s);
    for part in [fragment, query].into_iter().flatten() {
        if !chars(part, |c| is_pchar(c) || c == b'/' || c == b'?') {
            return Err("the query or fragment holds a character that must be percent-encoded");
        }
    }
    // A colon before any `/` ends a scheme; with none, this is a relative reference.
    let path_start = rest.find('/').unwrap_or(rest.len());
    let (relative, hier) = match rest[..path_start].find(':') {
        Some(colon) => {
            if !is_scheme(&rest[..colon]) {
                return Err("the part before `:` is not a scheme (a letter, then letters, digits, `+`, `-` or `.`)");
            }
            (false, &rest[colon + 1..])
        }
        None => (true, rest),
    };
    let path = match hier.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            authority(&after[..end])?;
            &after[end..]
        }
        None => {
            // Without an authority, a path cannot start with `//` (checked above) and, in a
            // relative reference, its first segment holds no `:` (checked by the split).
            let _ = relative;
            hier
        }
    };
    if !chars(path, |c| is_pchar(c) || c == b'/') {
        return Err("the path holds a character that must be percent-encoded");
    }
    Ok(())
}

/// Every byte of `s` passes `ok`, and every `%` starts a two-digit hex escape.
fn chars(s: &str, ok: impl Fn(u8) -> bool) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
            {
                return false;
            }
            i += 3;
        } else if ok(bytes[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

fn is_unreserved(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~')
}

fn is_sub_delim(c: u8) -> bool {
    matches!(
        c,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

fn is_pchar(c: u8) -> bool {
    is_unreserved(c) || is_sub_delim(c) || matches!(c, b':' | b'@')
}

fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|c| c.is_ascii_alphabetic())
        && bytes.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
}

/// `[ userinfo "@" ] host [ ":" port ]`.
fn authority(s: &str) -> Result<(), &'static str> {
    let (userinfo, hostport) = match s.rsplit_once('@') {
        Some((userinfo, hostport)) => (Some(userinfo), hostport),
        None => (None, s),
    };
    if let Some(userinfo) = userinfo {
        if !chars(userinfo, |c| {
            is_unreserved(c) || is_sub_delim(c) || c == b':'
        }) {
            return Err("the user information holds a character that must be percent-encoded");
        }
    }
    let (host, port) = if let Some(literal) = hostport.strip_prefix('[') {
        let Some((inside, after)) = literal.split_once(']') else {
            return Err("an IP literal host has no closing `]`");
        };
        if !(is_ipv6(inside) || is_ipv_future(inside)) {
            return Err("the host in brackets is not an IPv6 address");
        }
        match after {
            "" => ("", None),
            _ => match after.strip_prefix(':') {
                Some(port) => ("", Some(port)),
                None => return Err("only a port may follow an IP literal host"),
            },
        }
    } else {
        match hostport.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (hostport, None),
        }
    };
    if !chars(host, |c| is_unreserved(c) || is_sub_delim(c)) {
        return Err("the host holds a character that must be percent-encoded");
    }
    if port.is_some_and(|p| !p.bytes().all(|c| c.is_ascii_digit())) {
        return Err("the port is not a number");
    }
    Ok(())
}

/// `"v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`.
fn is_ipv_future(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['v', 'V']) else {
        return false;
    };
    let Some((version, tail)) = rest.split_once('.') else {
        return false;
    };
    !version.is_empty()
        && version.bytes().all(|c| c.is_ascii_hexdigit())
        && !tail.is_empty()
        && tail
            .bytes()
            .all(|c| is_unreserved(c) || is_sub_delim(c) || c == b':')
}

/// An IPv6 address as RFC 3986 writes it: eight groups of one to four hex digits, `::` once for
/// a run of zero groups, and the last two groups possibly an IPv4 address.
fn is_ipv6(s: &str) -> bool {
    let (head, tail, compressed) = match s.split_once("::") {
        Some((head, tail)) => (head, tail, true),
        None => (s, "", false),
    };
    if compressed && tail.contains("::") {
        return false;
    }
    let groups = |part: &str, last: bool| -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let pieces: Vec<&str> = part.split(':').collect();
        let mut count = 0;
        for (i, piece) in pieces.iter().enumerate() {
            if last && i == pieces.len() - 1 && piece.contains('.') {
                is_ipv4(piece).then_some(())?;
                count += 2;
            } else if (1..=4).contains(&piece.len()) && piece.bytes().all(|c| c.is_ascii_hexdigit())
            {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    if compressed {
        match (groups(head, false), groups(tail, true)) {
            (Some(a), Some(b)) => a + b <= 7,
            _ => false,
        }
    } else {
        groups(head, true) == Some(8)
    }
}

fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.bytes().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// Whether `s` (a URI reference) is absolute: it has a scheme.
pub(crate) fn has_scheme(s: &str) -> bool {
    let end = s.find(['/', '?', '#']).unwrap_or(s.len());
    s[..end]
        .find(':')
        .is_some_and(|colon| is_scheme(&s[..colon]))
}

/// The parts of a URI reference (RFC 3986, Appendix B): scheme, authority, path, query,
/// fragment.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

/// `s` without its query and fragment, then the query and the fragment: the fragment is split
/// off first, since a `?` may stand in it.
fn split_query_fragment(s: &str) -> (&str, Option<&str>, Option<&str>) {
    let (rest, fragment) = match s.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (s, None),
    };
    match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query), fragment),
        None => (rest, None, fragment),
    }
}

fn parts(s: &str) -> Parts<'_> {
    let (rest, query, fragment) = split_query_fragment(s);
    let (scheme, rest) = if has_scheme(rest) {
        let colon = rest.find(':').unwrap_or(0);
        (Some(&rest[..colon]), &rest[colon + 1..])
    } else {
        (None, rest)
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            (Some(&after[..end]), &after[end..])
        }
        None => (None, rest),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
        fragment,
    }
}

/// `reference` resolved against the absolute URI `base` (RFC 3986, Section 5.2, strict).
pub(crate) fn resolve(base: &str, reference: &str) -> String {
    let b = parts(base);
    let r = parts(reference);
    let (scheme, authority, path, query);
    if r.scheme.is_some() {
        scheme = r.scheme;
        authority = r.authority;
        path = remove_dot_segments(r.path);
        query = r.query;
    } else {
        scheme = b.scheme;
        if r.authority.is_some() {
            authority = r.authority;
            path = remove_dot_segments(r.path);
            query = r.query;
        } else {
            authority = b.authority;
            if r.path.is_empty() {
                path = b.path.to_owned();
                query = r.query.or(b.query);
            } else {
                path = if r.path.starts_with('/') {
                    remove_dot_segments(r.path)
                } else {
                    remove_dot_segments(&merge(&b, r.path))
                };
                query = r.query;
            }
        }
    }
    let mut out = String::new();
    if let Some(scheme) = scheme {
        out.push_str(scheme);
        out.push(':');
    }
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    if let Some(fragment) = r.fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// RFC 3986, Section 5.2.3.
fn merge(base: &Parts<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        format!("/{path}")
    } else {
        match base.path.rfind('/') {
            Some(slash) => format!("{}{path}", &base.path[..=slash]),
            None => path.to_owned(),
        }
    }
}

/// RFC 3986, Section 5.2.4.
fn remove_dot_segments(path: &str) -> String {
    let mut input = path.to_owned();
    let mut output = String::new();
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../") {
            input = rest.to_owned();
        } else if let Some(rest) = input.strip_prefix("./") {
            input = rest.to_owned();
        } else if input.starts_with("/./") {
            input = input[2..].to_owned();
        } else if input == "/." {
            input = "/".to_owned();
        } else if input.starts_with("/../") || input == "/.." {
            input = if input == "/.." {
                "/".to_owned()
            } else {
                input[3..].to_owned()
            };
            match output.rfind('/') {
                Some(slash) => output.truncate(slash),
                None => output.clear(),
            }
        } else if input == "." || input == ".." {
            input.clear();
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input[start..].find('/').map_or(input.len(), |i| i + start);
            output.push_str(&input[..end]);
            input = input[end..].to_owned();
        }
    }
    output
}

#[cfg(test)]
mod tests {
    use super::{check, resolve};

    fn reference(s: &str) -> bool {
        iri_string::types::UriReferenceStr::new(s).is_ok()
    }

    #[test]
    fn agrees_with_iri_string_on_a_corpus() {
        let corpus = [
            "https://example.com/probs/out-of-credit",
            "/probs/out-of-credit",
            "probs/out-of-credit",
            "about:blank",
            "tag:example.com,2024:probs/x",
            "urn:ietf:rfc:9457",
            "#frag",
            "?q=1",
            "",
            ".",
            "..",
            "//host",
            "//host:8080/p",
            "//user:pw@host/p",
            "http://[::1]/x",
            "http://[::1",
            "http://[v1.fe]/",
            "http://[1:2:3:4:5:6:7:8]/",
            "http://[1:2:3:4:5:6:7:8:9]/",
            "http://[::ffff:192.168.0.1]/",
            "http://[::ffff:192.168.0.256]/",
            "http://[1::2::3]/",
            "http://host:port/",
            "http://exa mple.com",
            "a b",
            "%zz",
            "%4",
            "%41%42",
            "1http://x",
            "a:b:c",
            "./a:b",
            "a/b:c",
            "mailto:user@example.com",
            "http://example.com/a?b#c?d/e",
            "http://example.com/a#b#c",
            "http://[::]/",
            "http://[fe80::1%25eth0]/",
            "ünicode",
            "http://h/\\",
            "http://h/{x}",
            "http://h/|",
            "http://h/^",
            "http://h/`",
            "http://user@[::1]:80/",
            "http://@host/",
            "http://host:/",
            "x:",
            ":x",
            "//",
            "///a",
            "http:///a",
        ];
        for s in corpus {
            assert_eq!(check(s).is_ok(), reference(s), "{s:?}: {:?}", check(s));
        }
    }

    #[test]
    fn agrees_with_iri_string_on_generated_strings() {
        // Short strings over the characters that matter to the grammar, from a fixed seed.
        let alphabet = b"ab1:/?#[]@%.-+vF9 ~!$&'()*,;=_";
        let mut x: u32 = 0x2545_F491;
        let mut valid = 0;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let len = (x % 9) as usize;
            let mut s = String::new();
            let mut y = x;
            for _ in 0..len {
                y = y.wrapping_mul(1_103_515_245).wrapping_add(12345);
                s.push(char::from(alphabet[(y >> 16) as usize % alphabet.len()]));
            }
            assert_eq!(check(&s).is_ok(), reference(&s), "{s:?}: {:?}", check(&s));
            valid += usize::from(reference(&s));
        }
        // Both answers are common, so the agreement says something.
        assert!((20_000..180_000).contains(&valid), "{valid} valid");
    }

    /// RFC 3986, Section 5.4: every normal and abnormal example, and the same against
    /// `iri-string`'s resolver.
    #[test]
    fn references_resolve_as_rfc_3986_says() {
        use iri_string::types::{UriAbsoluteStr, UriReferenceStr};

        let base = "http://a/b/c/d;p?q";
        let examples = [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ];
        let reference_base = UriAbsoluteStr::new(base).unwrap();
        for (reference, expected) in examples {
            assert_eq!(resolve(base, reference), expected, "{reference}");
            let theirs = UriReferenceStr::new(reference)
                .unwrap()
                .resolve_against(reference_base)
                .to_string();
            assert_eq!(
                resolve(base, reference),
                theirs,
                "{reference} against iri-string"
            );
        }
        // The bases users write for problem types.
        for (base, reference, expected) in [
            (
                "https://example.com/probs/",
                "out-of-credit",
                "https://example.com/probs/out-of-credit",
            ),
            (
                "https://example.com/probs",
                "out-of-credit",
                "https://example.com/out-of-credit",
            ),
            (
                "https://example.com",
                "out-of-credit",
                "https://example.com/out-of-credit",
            ),
            (
                "tag:example.com,2026:probs/",
                "quota",
                "tag:example.com,2026:probs/quota",
            ),
        ] {
            assert_eq!(resolve(base, reference), expected);
        }
    }
}
