//! Issue 9: the OpenAPI document the derive writes, read back by an independent parser (`oas3`),
//! and checked against what a real server sends: every status documented, every body valid
//! against its documented schema (`jsonschema`), every member and header documented.

#[path = "../examples/openapi.rs"]
mod example;

// aide's document of the same derive, in this binary so that axum is linked once more, not twice.
#[path = "openapi/served.rs"]
mod served;
#[path = "openapi/aide.rs"]
mod with_aide;

use std::collections::BTreeSet;

use serde_json::{json, Value};

/// The document, serialized, and parsed back with `oas3`.
fn document() -> (Value, oas3::OpenApiV3Spec) {
    let (_, api) = example::app();
    let text = serde_json::to_string(&api).expect("the document serializes");
    let spec = oas3::from_json(&text).expect("oas3 parses the document as OpenAPI 3.1");
    (serde_json::from_str(&text).expect("JSON"), spec)
}

fn operation<'a>(spec: &'a oas3::OpenApiV3Spec, method: &str) -> &'a oas3::spec::Operation {
    let item = &spec.paths.as_ref().expect("paths")["/orders/{id}"];
    match method {
        "get" => item.get.as_ref(),
        "put" => item.put.as_ref(),
        _ => None,
    }
    .expect("the operation")
}

fn response<'a>(op: &'a oas3::spec::Operation, code: &str) -> &'a oas3::spec::Response {
    match op.responses.as_ref().expect("responses").get(code) {
        Some(oas3::spec::ObjectOrReference::Object(response)) => response,
        other => panic!("{code}: {other:?}"),
    }
}

#[test]
fn every_status_description_and_header_is_documented() {
    let (_, spec) = document();
    let get = operation(&spec, "get");
    let codes: Vec<&String> = get.responses.as_ref().unwrap().keys().collect();
    // The derive's statuses, and what the problem layer adds (its 404 and 405 are the
    // derive's here: an operation's own response stays).
    assert_eq!(
        codes,
        ["200", "400", "403", "404", "405", "408", "413", "415", "422", "429", "500", "503"]
    );
    let post = &spec.paths.as_ref().expect("paths")["/orders"]
        .post
        .as_ref()
        .expect("the post operation");
    let codes: Vec<&String> = post.responses.as_ref().unwrap().keys().collect();
    assert_eq!(
        codes,
        ["201", "400", "404", "405", "408", "413", "415", "422", "500"]
    );
    assert_eq!(
        response(post, "422").description.as_deref(),
        Some(http_status::openapi::LayerResponses::description(
            http_status::Status::UNPROCESSABLE_CONTENT
        ))
    );
    // A doc comment is the description; one without describes by the reason phrase.
    assert_eq!(
        response(get, "404").description.as_deref(),
        Some("No order has this id.")
    );
    assert_eq!(
        response(get, "503").description.as_deref(),
        Some("The order store cannot be reached. Its message names an internal host, so clients see only the status.")
    );
    // Headers, with the registry's rule.
    let allow = match &response(get, "405").headers["Allow"] {
        oas3::spec::ObjectOrReference::Object(header) => header,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        allow.description.as_deref(),
        Some("Sent by `Replace`. RFC 9110, Section 15.5.6: a 405 response MUST carry it.")
    );
    let retry = match &response(get, "429").headers["Retry-After"] {
        oas3::spec::ObjectOrReference::Object(header) => header,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        retry.description.as_deref(),
        Some("Sent by `RateLimited`, from its field `seconds`. RFC 6585, Section 4: a 429 response MAY carry it.")
    );
    // Problem bodies, by media type.
    for code in [
        "400", "403", "404", "405", "408", "413", "415", "422", "429", "500", "503",
    ] {
        // JSON, and what the negotiating layer also sends (`LayerResponses` documents it).
        let content: Vec<&String> = response(get, code).content.keys().collect();
        assert_eq!(content, served::NEGOTIATED, "{code}");
        let headers: Vec<&String> = response(get, code).headers.keys().collect();
        assert!(headers.contains(&&"Content-Language".to_string()), "{code}");
        assert!(headers.contains(&&"Vary".to_string()), "{code}");
    }
    // The put operation documents only the status it answers with, `Only<OrderError, 405>`,
    // and what the layer adds: none of the enum's 403, 429 or 503.
    let put = operation(&spec, "put");
    let codes: Vec<&String> = put.responses.as_ref().unwrap().keys().collect();
    assert_eq!(
        codes,
        ["400", "404", "405", "408", "413", "415", "422", "500"]
    );
    assert_eq!(
        response(put, "405").description.as_deref(),
        Some("Orders are created and deleted, never replaced.")
    );
    assert!(response(put, "405").headers.contains_key("Allow"));
}

/// The schema documented for `code`, with `ProblemDetails` put in place of its reference so
/// that a JSON Schema validator needs nothing else.
fn body_schema(doc: &Value, method: &str, code: u16) -> Value {
    body_schema_at(doc, "/orders/{id}", method, code)
}

/// [`body_schema`] for the operation `method` of `path`.
fn body_schema_at(doc: &Value, path: &str, method: &str, code: u16) -> Value {
    let mut schema = doc["paths"][path][method]["responses"][code.to_string()]["content"]
        ["application/problem+json"]["schema"]
        .clone();
    let component = doc["components"]["schemas"]["ProblemDetails"].clone();
    assert!(component.is_object(), "ProblemDetails is registered");
    let parts = schema["allOf"].as_array_mut().expect("allOf");
    assert_eq!(
        parts[0],
        json!({"$ref": "#/components/schemas/ProblemDetails"})
    );
    parts[0] = component;
    schema
}

/// Every property a schema (and its `allOf` parts) documents.
fn documented(schema: &Value) -> BTreeSet<String> {
    let mut names: BTreeSet<String> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for part in schema["allOf"].as_array().into_iter().flatten() {
        names.extend(documented(part));
    }
    names
}

#[test]
fn the_schemas_say_what_the_bodies_hold() {
    let (doc, _) = document();
    let credit = body_schema(&doc, "get", 403);
    let own = &credit["allOf"][1];
    assert_eq!(own["properties"]["status"]["enum"], json!([403]));
    assert_eq!(
        own["properties"]["type"]["enum"],
        json!(["https://example.com/probs/out-of-credit"])
    );
    assert_eq!(
        own["properties"]["title"]["enum"],
        json!(["You do not have enough credit."])
    );
    assert_eq!(own["properties"]["balance"]["type"], "integer");
    assert!(own["required"]
        .as_array()
        .unwrap()
        .contains(&json!("instance")));
    // A hidden 5xx documents no detail and no member.
    let hidden = body_schema(&doc, "get", 503);
    let names = documented(&hidden);
    assert!(!names.contains("detail"), "{names:?}");
    assert_eq!(
        names,
        ["instance", "status", "title", "type"]
            .map(String::from)
            .into()
    );
}

#[tokio::test]
async fn every_status_the_server_sends_is_documented_and_every_body_matches_its_schema() {
    let (app, api) = example::app();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = reqwest::Client::new();

    let served = client
        .get(format!("{base}/openapi.json"))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("a body");
    let served: Value = serde_json::from_str(&served).expect("JSON");
    assert_eq!(served, serde_json::to_value(&api).expect("JSON"));

    for (method, path, expected) in served::ORDER_ROUTES {
        let (headers, body) = served::problem(&client, &base, method, path, expected).await;
        served::check(&served, "/orders/{id}", method, expected, &headers, &body);
    }
    // What axum and tower-http answer on their own, behind the problem layer: each a problem,
    // valid against the schema documented for its operation, or against `ProblemDetails` where
    // no operation is documented (an unknown route, a method the path does not answer to).
    let component = served["components"]["schemas"]["ProblemDetails"].clone();
    let json = "application/json";
    // (method, path, content type, body, the documented path, the status)
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a str,
        Option<&'a str>,
        u16,
    );
    let long = "x".repeat(2048);
    let malformed: [Case<'_>; 9] = [
        (
            "post",
            "/orders",
            Some(json),
            r#"{"item":"tea"}"#,
            Some("/orders"),
            422,
        ),
        (
            "post",
            "/orders",
            Some(json),
            r#"{"item":"tea","quantity":"two"}"#,
            Some("/orders"),
            422,
        ),
        (
            "post",
            "/orders",
            Some("text/plain"),
            "tea",
            Some("/orders"),
            415,
        ),
        ("post", "/orders", Some(json), &long, Some("/orders"), 413),
        ("get", "/orders/abc", None, "", Some("/orders/{id}"), 400),
        ("get", "/orders/8", None, "", Some("/orders/{id}"), 500),
        ("get", "/orders/9", None, "", Some("/orders/{id}"), 408),
        ("get", "/nowhere", None, "", None, 404),
        ("delete", "/orders/1", None, "", None, 405),
    ];
    for (method, path, content_type, body, documented_at, expected) in malformed {
        let mut request = match method {
            "post" => client.post(format!("{base}{path}")).body(body.to_string()),
            "delete" => client.delete(format!("{base}{path}")),
            _ => client.get(format!("{base}{path}")),
        };
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = request.send().await.expect("request");
        assert_eq!(response.status().as_u16(), expected, "{method} {path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{method} {path}"
        );
        let text = response.text().await.expect("a body");
        assert!(!text.contains("trips a bug"), "{text}");
        let problem: Value = serde_json::from_str(&text).expect("a JSON body");
        let schema = match documented_at {
            Some(at) => body_schema_at(&served, at, method, expected),
            None => component.clone(),
        };
        let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(&problem)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {path}: {problem} against {schema}: {errors:?}"
        );
        let names = documented(&schema);
        for key in problem.as_object().expect("an object").keys() {
            assert!(
                names.contains(key),
                "{path}: member {key} is not documented"
            );
        }
    }

    // The validator is not vacuous: a body with another status fails the 403 schema.
    let schema = body_schema(&served, "get", 403);
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let wrong = json!({"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.", "status": 404, "balance": 1, "instance": "/a"});
    assert!(!validator.is_valid(&wrong));
    server.abort();
}

/// `Only` on a generic enum: the statuses its variants declare, whatever the parameter.
#[test]
fn only_documents_the_listed_statuses_of_a_generic_enum() {
    use http_status::openapi::Only;
    use utoipa::IntoResponses;

    // Only documented here, never made.
    #[allow(dead_code)]
    #[derive(Debug, thiserror::Error, http_status::StatusResponse)]
    enum Lookup<K: std::fmt::Display + std::fmt::Debug> {
        #[error("no entry {0}")]
        #[status(404)]
        Missing(K),
        #[error("entry {0} is locked")]
        #[status(423)]
        Locked(K),
        #[error("store down")]
        #[status(503)]
        Down,
    }

    let whole = Lookup::<u32>::responses();
    let some = Only::<Lookup<u32>, 423, 503>::responses();
    assert_eq!(some.keys().collect::<Vec<_>>(), ["423", "503"]);
    for (code, response) in &some {
        assert!(whole[code] == *response, "{code}");
    }
    // The order written does not matter, nor does a repeat.
    let again = Only::<Lookup<String>, 503, 423, 503>::responses();
    assert_eq!(again.keys().collect::<Vec<_>>(), ["423", "503"]);
}
