//! What the layer tests of both frameworks share: a raw HTTP/1.1 client, so that the status line
//! and every header are seen as they went over the wire, and RFC 9457's JSON Schema.
// Each test file uses its part of it.
#![allow(dead_code)]

use serde_json::{json, Value};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A response as it went over the wire.
#[derive(Clone, PartialEq, Eq)]
pub struct Raw {
    /// `HTTP/1.1 404 Not Found`.
    pub status_line: String,
    /// Every header but `date`, names lowercased, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl std::fmt::Debug for Raw {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Raw")
            .field("status_line", &self.status_line)
            .field("headers", &self.headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish()
    }
}

impl Raw {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The headers but `content-length` and the `connection: close` asked for, sorted: what
    /// two servers must agree on.
    pub fn header_set(&self) -> Vec<(String, String)> {
        let mut headers: Vec<_> = self
            .headers
            .iter()
            .filter(|(n, _)| n != "content-length" && n != "connection")
            .cloned()
            .collect();
        headers.sort();
        headers
    }

    /// The body as a JSON problem, checked against RFC 9457's schema and its content type.
    pub fn problem(&self) -> Value {
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "{self:?}"
        );
        let body: Value = serde_json::from_slice(&self.body).expect("a JSON body");
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&rfc9457_schema())
            .expect("the schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.is_empty(),
            "{body} breaks RFC 9457's schema: {errors:?}"
        );
        let length: usize = self
            .header("content-length")
            .expect("a content length")
            .parse()
            .expect("a number");
        assert_eq!(length, self.body.len());
        body
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The JSON Schema of RFC 9457's Appendix A, in our words: an object whose five defined
/// members, when present, have these types.
pub fn rfc9457_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {
            "type": {"type": "string", "format": "uri-reference"},
            "title": {"type": "string"},
            "status": {"type": "integer", "minimum": 100, "maximum": 599},
            "detail": {"type": "string"},
            "instance": {"type": "string", "format": "uri-reference"}
        }
    })
}

/// Sends `method path` with `headers` and `body` to `base` (`http://127.0.0.1:port`) over a
/// fresh connection, and reads the whole response.
pub async fn send(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Raw {
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    stream.write_all(body).await.expect("write the body");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let head = String::from_utf8(raw[..split].to_vec()).expect("an ASCII head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("a status line").to_string();
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.to_ascii_lowercase(), value.trim().to_string())
        })
        .filter(|(name, _)| name != "date")
        .collect();
    assert!(
        !headers.iter().any(|(n, _)| n == "transfer-encoding"),
        "a chunked body: {headers:?}"
    );
    Raw {
        status_line,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

pub async fn get(base: &str, path: &str) -> Raw {
    send(base, "GET", path, &[], b"").await
}

pub async fn post_json(base: &str, path: &str, body: &str) -> Raw {
    send(
        base,
        "POST",
        path,
        &[("Content-Type", "application/json")],
        body.as_bytes(),
    )
    .await
}

/// A problem with the registry's phrase on the status line, every header listed, and its body.
pub fn assert_problem(raw: &Raw, status_line: &str, headers: &[(&str, &str)], body: Value) {
    assert_eq!(raw.status_line, status_line, "{raw:?}");
    let mut expected: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .chain([
            ("content-type".into(), "application/problem+json".into()),
            ("content-language".into(), "en".into()),
            ("vary".into(), "Accept, Accept-Language".into()),
        ])
        .collect();
    expected.sort();
    assert_eq!(raw.header_set(), expected, "{raw:?}");
    assert_eq!(raw.problem(), body, "{raw:?}");
}

/// `with` is `without` behind a negotiating layer that chose JSON in English: the same status
/// line and body, and the same headers plus `Content-Language` and `Vary`.
pub fn assert_negotiated(with: &Raw, without: &Raw) {
    assert_eq!(with.status_line, without.status_line);
    assert_eq!(with.body, without.body, "{with:?}");
    let mut expected = without.header_set();
    expected.push(("content-language".into(), "en".into()));
    expected.push(("vary".into(), "Accept, Accept-Language".into()));
    expected.sort();
    assert_eq!(with.header_set(), expected, "{with:?}");
}

/// The problem's JSON that a page embeds (RFC 9457, Appendix C).
pub fn embedded_json(page: &str) -> Value {
    let start = page
        .find(r#"<script type="application/problem+json" id="problem">"#)
        .expect("the page embeds its problem");
    let rest = &page[start..];
    let json = &rest[rest.find('>').expect("a tag") + 1..rest.find("</script>").expect("an end")];
    serde_json::from_str(json).expect("the embedded problem is JSON")
}

/// `xml` (RFC 9457, Appendix B) read back, with `roxmltree`, as the JSON object it stands for
/// (strings, and numbers where the JSON has numbers).
pub fn xml_as_json(xml: &[u8], like: &Value) -> Value {
    let text = std::str::from_utf8(xml).expect("UTF-8");
    let document = roxmltree::Document::parse(text).expect("well-formed XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "problem");
    assert_eq!(root.tag_name().namespace(), Some("urn:ietf:rfc:7807"));
    let mut object = serde_json::Map::new();
    for child in root.children().filter(roxmltree::Node::is_element) {
        let name = child.tag_name().name().to_string();
        let items: Vec<_> = child
            .children()
            .filter(roxmltree::Node::is_element)
            .collect();
        let value = if !items.is_empty() {
            assert!(items.iter().all(|i| i.tag_name().name() == "i"));
            Value::Array(
                items
                    .iter()
                    .map(|i| Value::String(i.text().unwrap_or_default().to_string()))
                    .collect(),
            )
        } else {
            let text = child.text().unwrap_or_default().to_string();
            match &like[&name] {
                Value::Number(_) => serde_json::from_str(&text).expect("a number"),
                _ => Value::String(text),
            }
        };
        object.insert(name, value);
    }
    Value::Object(object)
}

/// What a negotiating layer must answer on `base`, whatever the framework: each route in each
/// format and language, and the same problem in all of them.
pub async fn check_negotiation(base: &str) {
    const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    for path in ["/credit", "/missing", "/database", "/nowhere"] {
        for (lang, tag) in [(None, "en"), (Some("fr-CH, fr;q=0.9, en;q=0.5"), "fr")] {
            let mut headers = vec![];
            if let Some(lang) = lang {
                headers.push(("Accept-Language", lang));
            }
            let json = send(base, "GET", path, &headers, b"").await;
            let problem = json.problem();
            let language = json.header("content-language").expect("a language");
            // `/credit`'s title is its own, in English only: it stays English.
            let expected = if path == "/credit" { "en" } else { tag };
            assert!(language.starts_with(expected), "{path}: {language}");
            assert_eq!(json.header("vary"), Some("Accept, Accept-Language"));
            if path == "/missing" {
                let title = if tag == "fr" {
                    "Introuvable"
                } else {
                    "Not Found"
                };
                assert_eq!(problem["title"], title, "{path}");
                assert_eq!(language, if tag == "fr" { "fr, en" } else { "en" });
            }
            if path == "/credit" {
                // A title of the variant's own is not the registry's: it stays.
                assert_eq!(problem["title"], "Not enough credit");
            }
            assert!(!json.text().contains("10.0.0.7"), "{path}");

            let mut html_headers = headers.clone();
            html_headers.push(("Accept", BROWSER));
            let page = send(base, "GET", path, &html_headers, b"").await;
            assert_eq!(page.status_line, json.status_line, "{path}");
            assert_eq!(
                page.header("content-type"),
                Some("text/html; charset=utf-8")
            );
            assert_eq!(page.header("content-language"), Some(language));
            let text = page.text();
            assert!(text.starts_with("<!DOCTYPE html>"), "{text}");
            assert!(text.contains(&format!("<html lang=\"{tag}\">")), "{text}");
            assert_eq!(embedded_json(&text), problem, "{path}");
            assert!(!text.contains("10.0.0.7"), "{path}");

            let mut text_headers = headers.clone();
            text_headers.push(("Accept", "text/plain"));
            let plain = send(base, "GET", path, &text_headers, b"").await;
            assert_eq!(
                plain.header("content-type"),
                Some("text/plain; charset=utf-8")
            );
            let first = format!(
                "{} {}",
                problem["status"],
                problem["title"].as_str().unwrap_or_default()
            );
            assert!(plain.text().starts_with(&first), "{}", plain.text());
            assert!(!plain.text().contains("10.0.0.7"), "{path}");

            let mut xml_headers = headers.clone();
            xml_headers.push(("Accept", "application/problem+xml"));
            let xml = send(base, "GET", path, &xml_headers, b"").await;
            assert_eq!(xml.header("content-type"), Some("application/problem+xml"));
            assert_eq!(xml_as_json(&xml.body, &problem), problem, "{path}");
            assert!(!xml.text().contains("10.0.0.7"), "{path}");

            // `application/xml` is what browsers list: it never selects XML.
            let mut plain_xml = headers.clone();
            plain_xml.push(("Accept", "application/xml"));
            let r = send(base, "GET", path, &plain_xml, b"").await;
            assert_eq!(r.header("content-type"), Some("application/problem+json"));
        }
    }
}

/// A framework's `text/plain` error, asked for from `plain` (no layer) and from `base` (behind
/// it): behind the layer it is a problem with the registry's `phrase`, and the same text as its
/// `detail`.
#[allow(clippy::too_many_arguments)]
pub async fn assert_text_becomes_detail(
    plain: &str,
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
    status: u16,
    phrase: &str,
) {
    let without = send(plain, method, path, headers, body.as_bytes()).await;
    assert_eq!(
        without.header("content-type"),
        Some("text/plain; charset=utf-8"),
        "{without:?}"
    );
    assert!(!without.body.is_empty(), "{without:?}");
    let with = send(base, method, path, headers, body.as_bytes()).await;
    assert_problem(
        &with,
        &format!("HTTP/1.1 {status} {phrase}"),
        &[],
        json!({"type": "about:blank", "title": phrase, "status": status, "detail": without.text()}),
    );
}
