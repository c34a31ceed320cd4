//! A problem document in the formats negotiation can choose: plain text, an HTML page, XML. The
//! JSON is `Details`'s `Serialize`.

use core::fmt::Write as _;

use http_status_core::Lang;

use crate::problem::{Details, ABOUT_BLANK};

/// The words of a page or a text body that are not the problem's own, in one language.
struct Labels {
    problem_type: &'static str,
    instance: &'static str,
    details: &'static str,
}

fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::Fr => Labels {
            problem_type: "Type de problème",
            instance: "Occurrence",
            details: "Détails",
        },
        _ => Labels {
            problem_type: "Problem type",
            instance: "Occurrence",
            details: "Details",
        },
    }
}

/// A member's value as text: a string as it is, anything else as its JSON.
fn member_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The members a document writes: not one RFC 9457 defines, not one written before.
fn members(details: &Details) -> impl Iterator<Item = &(String, serde_json::Value)> {
    crate::problem::written(&details.members)
}

/// `details` as `text/plain`: the status and title, the detail, then one line per other member.
pub(crate) fn text(details: &Details, lang: Lang) -> String {
    let labels = labels(lang);
    let mut out = format!("{} {}\n", details.status.as_u16(), details.title);
    if let Some(detail) = &details.detail {
        out.push_str(detail);
        out.push('\n');
    }
    if details.problem_type != ABOUT_BLANK {
        let _ = writeln!(out, "{}: {}", labels.problem_type, details.problem_type);
    }
    if let Some(instance) = &details.instance {
        let _ = writeln!(out, "{}: {instance}", labels.instance);
    }
    for (name, value) in members(details) {
        let _ = writeln!(out, "{name}: {}", member_text(value));
    }
    out
}

/// `text` with `&`, `<`, `>`, `"` and `'` as character references: safe in HTML text and in a
/// quoted attribute value.
pub(crate) fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The document's JSON, safe inside a `<script>` element: `<`, `>` and `&` (which serde_json
/// writes only inside strings) as `\u` escapes, so no `</script>` or `<!--` can appear, and the
/// JSON means the same.
pub(crate) fn json_for_script(details: &Details) -> String {
    let json = String::from_utf8(details.to_json()).unwrap_or_default();
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` is an absolute URI (a scheme and what follows), which a page may link to.
fn is_absolute_uri(text: &str) -> bool {
    iri_string::types::UriStr::new(text).is_ok()
}

/// `details` as a small, self-contained HTML page: no external resource and no script but the
/// problem's JSON as data (RFC 9457, Appendix C).
pub(crate) fn html(details: &Details, lang: Lang) -> String {
    let labels = labels(lang);
    let mut out = String::with_capacity(1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(lang.tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    let _ = write!(out, "{} ", details.status.as_u16());
    escape_html(&details.title, &mut out);
    out.push_str("</title>\n<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}main{max-width:40rem;margin:4rem auto;padding:0 1.5rem}h1{font-size:1.75rem;margin:0 0 1rem}h1 .status{color:#a4262c;margin-right:.5rem}p{font-size:1.125rem;line-height:1.5}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin-top:2rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}a{color:#0b57d0}</style>\n");
    out.push_str("<script type=\"application/problem+json\" id=\"problem\">");
    out.push_str(&json_for_script(details));
    out.push_str("</script>\n</head>\n<body>\n<main>\n<h1><span class=\"status\">");
    let _ = write!(out, "{}", details.status.as_u16());
    out.push_str("</span> <span class=\"title\">");
    escape_html(&details.title, &mut out);
    out.push_str("</span></h1>\n");
    if let Some(detail) = &details.detail {
        out.push_str("<p class=\"detail\">");
        escape_html(detail, &mut out);
        out.push_str("</p>\n");
    }
    let mut rows = String::new();
    if details.problem_type != ABOUT_BLANK {
        rows.push_str("<dt>");
        rows.push_str(labels.problem_type);
        rows.push_str("</dt><dd class=\"type\">");
        if is_absolute_uri(&details.problem_type) {
            rows.push_str("<a href=\"");
            escape_html(&details.problem_type, &mut rows);
            rows.push_str("\">");
            escape_html(&details.problem_type, &mut rows);
            rows.push_str("</a>");
        } else {
            escape_html(&details.problem_type, &mut rows);
        }
        rows.push_str("</dd>\n");
    }
    if let Some(instance) = &details.instance {
        rows.push_str("<dt>");
        rows.push_str(labels.instance);
        rows.push_str("</dt><dd class=\"instance\">");
        escape_html(instance, &mut rows);
        rows.push_str("</dd>\n");
    }
    for (name, value) in members(details) {
        rows.push_str("<dt>");
        escape_html(name, &mut rows);
        rows.push_str("</dt><dd>");
        escape_html(&member_text(value), &mut rows);
        rows.push_str("</dd>\n");
    }
    if !rows.is_empty() {
        out.push_str("<dl aria-label=\"");
        out.push_str(labels.details);
        out.push_str("\">\n");
        out.push_str(&rows);
        out.push_str("</dl>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// `details` as `application/problem+xml`, RFC 9457's Appendix B: one element per member in
/// the `urn:ietf:rfc:7807` namespace, arrays as `i` elements, objects as nested elements. A
/// member whose name is no XML name is left out. Written by `quick-xml`.
#[cfg(feature = "xml")]
pub(crate) fn xml(details: &Details) -> Vec<u8> {
    use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
    use quick_xml::Writer;
    use serde_json::Value;

    fn is_xml_name(name: &str) -> bool {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
            && !name.to_ascii_lowercase().starts_with("xml")
    }

    fn element(writer: &mut Writer<Vec<u8>>, name: &str, value: &Value) -> std::io::Result<()> {
        writer.write_event(Event::Start(BytesStart::new(name)))?;
        match value {
            Value::Array(items) => {
                for item in items {
                    element(writer, "i", item)?;
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    if is_xml_name(key) {
                        element(writer, key, item)?;
                    }
                }
            }
            Value::String(text) => writer.write_event(Event::Text(BytesText::new(text)))?,
            Value::Null => {}
            other => writer.write_event(Event::Text(BytesText::new(&other.to_string())))?,
        }
        writer.write_event(Event::End(BytesEnd::new(name)))
    }

    let write = || -> std::io::Result<Vec<u8>> {
        let mut writer = Writer::new(Vec::with_capacity(256));
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer.write_event(Event::Start(
            BytesStart::new("problem").with_attributes([("xmlns", "urn:ietf:rfc:7807")]),
        ))?;
        element(
            &mut writer,
            "type",
            &Value::String(details.problem_type.to_string()),
        )?;
        element(
            &mut writer,
            "title",
            &Value::String(details.title.to_string()),
        )?;
        element(&mut writer, "status", &Value::from(details.status.as_u16()))?;
        if let Some(detail) = &details.detail {
            element(&mut writer, "detail", &Value::String(detail.clone()))?;
        }
        if let Some(instance) = &details.instance {
            element(&mut writer, "instance", &Value::String(instance.clone()))?;
        }
        for (name, value) in members(details) {
            if is_xml_name(name) {
                element(&mut writer, name, value)?;
            }
        }
        writer.write_event(Event::End(BytesEnd::new("problem")))?;
        Ok(writer.into_inner())
    };
    // Writing into a `Vec` does not fail.
    write().unwrap_or_default()
}
