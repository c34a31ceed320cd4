//! The rule behind the OpenAPI output: for every variant, what `to_response` sends (status,
//! title, type, headers, members, content type) is described by the document the same type's
//! `IntoResponses` writes. [`check`] holds one value to it; `tests/doc_wire.rs` generates enums,
//! and their values, for it to check.

use std::collections::BTreeSet;

use http_status::openapi::ProblemDetails;
use http_status::problem::{to_response, Problem};
use http_status::StatusResponse;
use serde_json::{json, Value};
use utoipa::{IntoResponses, PartialSchema};

/// A member type with a schema of its own.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Point {
    /// Across.
    pub x: i32,
    /// Down.
    pub y: i32,
}

/// Each way `value` (the variant `name` of `E`) disagrees with `E`'s document; none when it
/// agrees.
pub fn check<E>(name: &str, value: &E) -> Vec<String>
where
    E: StatusResponse + Problem + std::error::Error + IntoResponses,
{
    let document = serde_json::to_value(E::responses()).expect("the document is JSON");
    let response = to_response(value);
    let type_name = std::any::type_name::<E>();
    let at = |what: String| format!("{type_name}::{name}: {what}");
    let code = response.status().as_u16().to_string();
    let Some(documented) = document.get(&code) else {
        return vec![at(format!(
            "sends {code}, which the document does not list"
        ))];
    };
    let mut out = Vec::new();
    for (header, value) in response.headers() {
        if header == http::header::CONTENT_TYPE {
            continue;
        }
        let value = value.to_str().expect("the derive sends visible ASCII");
        let entry = documented["headers"].as_object().and_then(|headers| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(header.as_str()))
                .map(|(_, h)| h)
        });
        match entry {
            None => out.push(at(format!(
                "sends header {header}, which is not documented"
            ))),
            Some(entry) if !header_allows(&entry["schema"], value) => out.push(at(format!(
                "sends {header}: {value}, which its schema {} does not allow",
                entry["schema"]
            ))),
            Some(_) => {}
        }
    }
    let content_type = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .map(|v| v.to_str().expect("ASCII").to_string());
    match content_type {
        None => {
            if documented.get("content").is_some() {
                out.push(at("sends no content, but content is documented".into()));
            }
        }
        Some(media) => match documented["content"].get(&media) {
            None => out.push(at(format!("sends {media}, which is not documented"))),
            Some(content) if media == http_status::problem::PROBLEM_JSON => {
                let body: Value = serde_json::from_slice(response.body()).expect("JSON body");
                match response.extensions().get::<http_status::problem::Details>() {
                    None => out.push(at("sends a problem without its `Details`".into())),
                    Some(details) if details.to_json() != *response.body() => out.push(at(
                        format!("its `Details` say {details:?}, its body {body}"),
                    )),
                    Some(_) => {}
                }
                let schema = inline(content["schema"].clone());
                let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
                for error in validator.iter_errors(&body) {
                    out.push(at(format!("body {body} breaks its schema: {error}")));
                }
                // The same problem in every language a negotiating layer may send it in.
                if let Some(details) = response.extensions().get::<http_status::problem::Details>()
                {
                    for lang in http_status::Lang::ALL {
                        let mut localized = details.clone();
                        localized.localize(lang);
                        let body: Value =
                            serde_json::from_slice(&localized.to_json()).expect("JSON");
                        for error in validator.iter_errors(&body) {
                            out.push(at(format!(
                                "in {lang:?}, {body} breaks its schema: {error}"
                            )));
                        }
                    }
                }
                let names = properties(&schema);
                for key in body.as_object().expect("an object").keys() {
                    if !names.contains(key) {
                        out.push(at(format!("sends member `{key}`, which is not documented")));
                    }
                }
            }
            Some(content) => {
                if content["schema"]["type"] != "string" {
                    out.push(at(format!(
                        "sends text, documented as {}",
                        content["schema"]
                    )));
                }
            }
        },
    }
    out
}

/// Whether a header `schema` (one schema, or `anyOf` several) allows `value`.
fn header_allows(schema: &Value, value: &str) -> bool {
    if let Some(items) = schema["anyOf"].as_array() {
        return items.iter().any(|s| header_allows(s, value));
    }
    match schema["type"].as_str() {
        Some("string") | None => true,
        Some("integer") => value.parse::<i64>().is_ok(),
        Some("number") => value.parse::<f64>().is_ok(),
        Some("boolean") => value == "true" || value == "false",
        Some(_) => false,
    }
}

/// `schema` with `ProblemDetails` put in place of each reference to it, so that a validator
/// needs nothing else.
fn inline(schema: Value) -> Value {
    match schema {
        Value::Object(map)
            if map.get("$ref") == Some(&json!("#/components/schemas/ProblemDetails")) =>
        {
            serde_json::to_value(ProblemDetails::schema()).expect("JSON")
        }
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, inline(v))).collect()),
        Value::Array(items) => Value::Array(items.into_iter().map(inline).collect()),
        other => other,
    }
}

/// Every property that `schema` or any of its parts names.
fn properties(schema: &Value) -> BTreeSet<String> {
    let mut names: BTreeSet<String> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for key in ["allOf", "anyOf", "oneOf"] {
        for part in schema[key].as_array().into_iter().flatten() {
            names.extend(properties(part));
        }
    }
    names
}
