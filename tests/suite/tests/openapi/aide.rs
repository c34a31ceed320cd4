//! Issue 20: the same derive documented through aide 0.15 (feature `aide015`): the document
//! aide builds is parsed back with `oas3`, served, and every response the server sends is
//! checked against it with `jsonschema`. The derive's responses are the same as utoipa's for
//! the same declaration, but for the schemas of member types, which come from `schemars`; so
//! are the problem layer's (`LayerResponses`).

#[path = "../../examples/aide_api.rs"]
mod example;

use super::served;

use http_status::StatusResponse;
use serde_json::{json, Value};

/// The document, serialized, and parsed back with `oas3`.
fn document() -> (Value, oas3::OpenApiV3Spec) {
    let (_, api) = example::app();
    let text = serde_json::to_string(&api).expect("the document serializes");
    let spec = oas3::from_json(&text).expect("oas3 parses the document as OpenAPI 3.1");
    (serde_json::from_str(&text).expect("JSON"), spec)
}

/// The problem schema documented for `code` of `/orders/{id}`.
fn body_schema(doc: &Value, method: &str, code: u16) -> Value {
    served::body_schema(doc, "/orders/{id}", method, code)
}

#[test]
fn the_document_names_every_status_header_and_member() {
    let (doc, spec) = document();
    let item = &spec.paths.as_ref().expect("paths")["/orders/{id}"];
    let get = item.get.as_ref().expect("get");
    let codes: Vec<&String> = get.responses.as_ref().expect("responses").keys().collect();
    // The enum's statuses, then the problem layer's (its 404 and 405 are the enum's here: an
    // operation's own response stays), sorted.
    assert_eq!(
        codes,
        ["200", "400", "403", "404", "405", "413", "415", "422", "429", "500", "503"]
    );
    let responses = &doc["paths"]["/orders/{id}"]["get"]["responses"];
    assert_eq!(responses["404"]["description"], "No order has this id.");
    assert_eq!(
        responses["400"]["description"],
        http_status::openapi::LayerResponses::description(http_status::Status::BAD_REQUEST)
    );
    // Every problem response, the enum's and the layer's: JSON, and what the layer's
    // negotiation also sends.
    for (code, response) in responses.as_object().expect("responses") {
        if code == "200" {
            continue;
        }
        let content: Vec<&String> = response["content"]
            .as_object()
            .expect("content")
            .keys()
            .collect();
        assert_eq!(content, served::NEGOTIATED, "{code}");
        assert!(
            response["headers"]["Content-Language"].is_object(),
            "{code}"
        );
        assert!(response["headers"]["Vary"].is_object(), "{code}");
    }
    assert_eq!(
        responses["405"]["headers"]["Allow"]["description"],
        "Sent by `Replace`. RFC 9110, Section 15.5.6: a 405 response MUST carry it."
    );
    assert_eq!(
        responses["405"]["headers"]["Allow"]["schema"],
        json!({"type": "string", "examples": ["GET"]})
    );
    // The header field's schema is schemars' for `u32`.
    assert_eq!(
        responses["429"]["headers"]["Retry-After"]["schema"]["type"],
        "integer"
    );
    // The problem document is a component, once, and every problem refers to it.
    assert!(doc["components"]["schemas"]["ProblemDetails"].is_object());
    let own = &body_schema(&doc, "get", 403)["allOf"];
    assert_eq!(
        own[0],
        json!({"$ref": "#/components/schemas/ProblemDetails"})
    );
    // A member of a type of its own is a reference to its component, from schemars.
    assert_eq!(
        own[1]["properties"]["credit"],
        json!({"$ref": "#/components/schemas/Credit"})
    );
    assert!(doc["components"]["schemas"]["Credit"]["properties"]["cost"].is_object());
    // An `Option` member is optional; the others and the instance are required.
    assert_eq!(own[1]["required"], json!(["status", "credit", "instance"]));
    // A hidden 5xx documents no detail and no member.
    served::check_hidden(&doc);
}

#[test]
fn aide_documents_what_utoipa_documents_for_the_same_declaration() {
    use utoipa::IntoResponses as _;

    #[derive(Debug, thiserror::Error, StatusResponse)]
    enum Shared {
        /// Gone for good.
        #[error("gone")]
        #[status(410)]
        Gone,
        #[error("slow down")]
        #[status(429, header("Retry-After", "60"))]
        Slower,
        /// The server is down for maintenance.
        #[error("down")]
        #[status(503)]
        #[allow(dead_code)] // Documented, never sent.
        Down {
            #[header("Retry-After")]
            seconds: String,
        },
    }

    let utoipa = serde_json::to_value(Shared::responses()).expect("JSON");
    let mut api = aide::openapi::OpenApi::default();
    let _router: axum::Router = aide::axum::ApiRouter::new()
        .api_route(
            "/",
            aide::axum::routing::get(|| async { Err::<String, Shared>(Shared::Gone) }),
        )
        .finish_api(&mut api);
    let mut doc = serde_json::to_value(&api).expect("JSON");
    let aide = &mut doc["paths"]["/"]["get"]["responses"];
    for code in ["410", "429", "503"] {
        // aide writes each header's `style`, `simple`: OpenAPI's default for a header.
        let headers = aide[code].get_mut("headers").and_then(Value::as_object_mut);
        for header in headers.into_iter().flatten() {
            let style = header.1.as_object_mut().and_then(|h| h.remove("style"));
            assert_eq!(style, Some(json!("simple")));
        }
        // The same description, headers and body: no member type here has a schema of its
        // own, so nothing comes from schemars.
        assert_eq!(aide[code], utoipa[code], "{code}");
    }

    // And the problem layer's responses, added to both documents of the one route.
    let layer = http_status::openapi::LayerResponses::DEFAULT;
    layer.add_to(&mut api);
    let paths = utoipa::openapi::Paths::builder()
        .path(
            "/",
            utoipa::openapi::PathItem::new(
                utoipa::openapi::HttpMethod::Get,
                utoipa::openapi::path::OperationBuilder::new().responses(
                    utoipa::openapi::ResponsesBuilder::new()
                        .responses_from_into_responses::<Shared>(),
                ),
            ),
        )
        .build();
    let mut with_utoipa = utoipa::openapi::OpenApiBuilder::new().paths(paths).build();
    layer.add_to(&mut with_utoipa);
    let utoipa = serde_json::to_value(&with_utoipa).expect("JSON");
    let utoipa = &utoipa["paths"]["/"]["get"]["responses"];
    let mut doc = serde_json::to_value(&api).expect("JSON");
    let aide = &mut doc["paths"]["/"]["get"]["responses"];
    // aide's own 200, for the handler's `String`, is no problem: the utoipa route has none.
    assert!(aide["200"].is_object());
    let codes = |responses: &Value| -> Vec<String> {
        let codes = responses.as_object().expect("responses").keys();
        codes.filter(|code| *code != "200").cloned().collect()
    };
    assert_eq!(
        codes(aide),
        ["400", "404", "405", "410", "413", "415", "422", "429", "500", "503"]
    );
    assert_eq!(codes(aide), codes(utoipa));
    for (code, response) in aide.as_object_mut().expect("responses") {
        if code == "200" {
            continue;
        }
        let headers = response.get_mut("headers").and_then(Value::as_object_mut);
        for header in headers.into_iter().flatten() {
            let style = header.1.as_object_mut().and_then(|h| h.remove("style"));
            assert_eq!(style, Some(json!("simple")), "{code}");
        }
        assert_eq!(*response, utoipa[code], "{code}");
    }
}

#[tokio::test]
async fn every_response_the_server_sends_matches_the_served_document() {
    let (app, api) = example::app();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let document = served::fetch(&base, &serde_json::to_value(&api).expect("JSON")).await;
    served::check_orders(&base, &document).await;
    check_layer(&base, &document).await;
    server.abort();
}

/// What the problem layer answers by itself in front of the orders routes, each a problem:
/// (method, path, the status, the documented path or `None` where no operation is documented).
pub const LAYER_ROUTES: [(&str, &str, u16, Option<&str>); 3] = [
    ("get", "/orders/abc", 400, Some("/orders/{id}")),
    ("get", "/nowhere", 404, None),
    ("delete", "/orders/1", 405, None),
];

/// Calls each of [`LAYER_ROUTES`] on the server at `base`: each answer is a problem, valid
/// against the schema `doc` documents for its operation, or against `ProblemDetails` where
/// no operation is documented. Then asks for an orders error as text: its media type, and
/// every header the layer's negotiation adds, are documented for its status.
pub async fn check_layer(base: &str, doc: &Value) {
    let client = reqwest::Client::new();
    let component = doc["components"]["schemas"]["ProblemDetails"].clone();
    for (method, path, expected, documented_at) in LAYER_ROUTES {
        let (headers, body) = served::problem(&client, base, method, path, expected).await;
        match documented_at {
            Some(at) => served::check(doc, at, method, expected, &headers, &body),
            None => {
                let problem: Value = serde_json::from_str(&body).expect("a JSON body");
                let validator = jsonschema::validator_for(&component).expect("the schema compiles");
                assert!(validator.is_valid(&problem), "{method} {path}: {problem}");
            }
        }
    }
    let response = client
        .get(format!("{base}/orders/7"))
        .header("accept", "text/plain")
        .header("accept-language", "fr")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    let documented = &doc["paths"]["/orders/{id}"]["get"]["responses"]["404"];
    assert!(documented["content"]["text/plain"]["schema"].is_object());
    for name in response.headers().keys() {
        if ["content-type", "content-length", "date"].contains(&name.as_str()) {
            continue;
        }
        let known = documented["headers"]
            .as_object()
            .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case(name.as_str())));
        assert!(known, "404 as text: header {name} is not documented");
    }
    assert_eq!(response.headers()["vary"], "Accept, Accept-Language");
    // A French title over the English detail the error wrote.
    assert_eq!(response.headers()["content-language"], "fr, en");
}
