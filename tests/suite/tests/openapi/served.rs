//! What the OpenAPI tests check of a response a server really sent, against the document it
//! serves: its status is documented for the operation, each of its headers is, its body is
//! valid against the documented schema (`jsonschema`, with the document's components beside
//! the schema so that references resolve), and each member of the body is documented.

use std::collections::BTreeSet;

use serde_json::Value;

/// The problem schema documented for `code` of the operation `method` of `path`, as a JSON
/// Schema a validator can use alone.
pub fn body_schema(doc: &Value, path: &str, method: &str, code: u16) -> Value {
    let mut schema = doc["paths"][path][method]["responses"][code.to_string()]["content"]
        ["application/problem+json"]["schema"]
        .clone();
    assert!(
        schema.is_object(),
        "{method} {path} {code} documents a problem"
    );
    schema["components"] = doc["components"].clone();
    schema
}

/// What a `$ref` to `#/components/schemas/Name` points at in `doc`, or `schema` itself.
pub fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        Some(name) => &doc["components"]["schemas"][name],
        None => schema,
    }
}

/// Every property a schema (and its `allOf` parts, references followed) documents.
pub fn documented(doc: &Value, schema: &Value) -> BTreeSet<String> {
    let schema = resolve(doc, schema);
    let mut names: BTreeSet<String> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for part in schema["allOf"].as_array().into_iter().flatten() {
        names.extend(documented(doc, part));
    }
    names
}

/// Checks one problem response (`status`, header names, JSON body) against what `doc`
/// documents for the operation `method` of `path`.
pub fn check(doc: &Value, path: &str, method: &str, status: u16, headers: &[String], body: &str) {
    let response = &doc["paths"][path][method]["responses"][status.to_string()];
    assert!(
        response.is_object(),
        "{method} {path}: {status} is not documented"
    );
    for name in headers {
        if ["content-type", "content-length", "date"].contains(&name.as_str()) {
            continue;
        }
        let known = response["headers"]
            .as_object()
            .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case(name)));
        assert!(known, "{method} {path}: header {name} is not documented");
    }
    let body: Value = serde_json::from_str(body).expect("a JSON body");
    let schema = body_schema(doc, path, method, status);
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&body)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {path}: {body} against {schema}: {errors:?}"
    );
    let names = documented(doc, &schema);
    for key in body.as_object().expect("an object").keys() {
        assert!(
            names.contains(key),
            "{method} {path}: member {key} is not documented"
        );
    }
}

/// The media types of every problem response behind a negotiating server: JSON, then what the
/// negotiation also sends (XML with the `xml` feature, which the suite turns on).
pub const NEGOTIATED: [&str; 4] = [
    "application/problem+json",
    "text/html",
    "text/plain",
    "application/problem+xml",
];

/// Sends `method path` to the server at `base` and checks that the answer is a JSON problem
/// with status `expected`; its header names and body.
pub async fn problem(
    client: &reqwest::Client,
    base: &str,
    method: &str,
    path: &str,
    expected: u16,
) -> (Vec<String>, String) {
    let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("a method");
    let response = client
        .request(method.clone(), format!("{base}{path}"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), expected, "{method} {path}");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json",
        "{method} {path}"
    );
    let headers = response.headers().keys().map(|k| k.to_string()).collect();
    (headers, response.text().await.expect("a body"))
}

/// The document the server at `base` serves at `/openapi.json`, after checking that it is
/// `built` (the one the example made) and that `oas3` reads it.
pub async fn fetch(base: &str, built: &Value) -> Value {
    let text = reqwest::get(format!("{base}/openapi.json"))
        .await
        .expect("request")
        .text()
        .await
        .expect("a body");
    let served: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(&served, built);
    oas3::from_json(&text).expect("oas3 reads the served document");
    served
}

/// A hidden 5xx (the orders' 503) documents no detail and no member: only what
/// `ProblemDetails` holds.
pub fn check_hidden(doc: &Value) {
    let hidden = body_schema(doc, "/orders/{id}", "get", 503);
    assert_eq!(
        documented(doc, &hidden),
        ["instance", "status", "title", "type"]
            .map(String::from)
            .into()
    );
}

/// The routes of the orders examples (`examples/shared/orders.rs`), each with the status it
/// answers: every status the error enum declares, but for `200`.
pub const ORDER_ROUTES: [(&str, &str, u16); 5] = [
    ("get", "/orders/0", 503),
    ("get", "/orders/2", 403),
    ("get", "/orders/3", 429),
    ("get", "/orders/7", 404),
    ("put", "/orders/1", 405),
];

/// Calls each of [`ORDER_ROUTES`] on the server at `base` and [`check`]s what it sends against
/// `doc`; then shows that the check can fail: the documented 403 schema rejects the body with
/// a member of the wrong type, and with another status.
pub async fn check_orders(base: &str, doc: &Value) {
    let client = reqwest::Client::new();
    for (method, path, expected) in ORDER_ROUTES {
        let (headers, body) = problem(&client, base, method, path, expected).await;
        check(doc, "/orders/{id}", method, expected, &headers, &body);
    }
    let validator = jsonschema::validator_for(&body_schema(doc, "/orders/{id}", "get", 403))
        .expect("the schema compiles");
    let mut body = serde_json::json!({
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "status": 403,
        "credit": {"balance": 30, "cost": 50},
        "instance": "/accounts/1"
    });
    assert!(validator.is_valid(&body));
    body["credit"]["cost"] = serde_json::json!("fifty");
    assert!(!validator.is_valid(&body));
    body["credit"]["cost"] = serde_json::json!(50);
    body["status"] = serde_json::json!(404);
    assert!(!validator.is_valid(&body));
}
