//! Issue 20: the same derive documented through salvo-oapi (feature `salvo-oapi`): the
//! document salvo builds from its `#[endpoint]`s is served, parsed back with `oas3`, and every
//! response the server sends is checked against it with `jsonschema`. salvo's `Writer`
//! negotiates by itself, so the document names the other formats and the negotiation's headers.

#[path = "../../examples/salvo_oapi.rs"]
mod example;

#[path = "../openapi/served.rs"]
pub mod served;

use serde_json::{json, Value};

/// The served document, after checking that it is the one built and that `oas3` reads it.
async fn serve() -> (String, Value) {
    let (router, api) = example::app();
    let addr = super::serve_salvo(router).await;
    let base = format!("http://{addr}");
    let served = served::fetch(&base, &serde_json::to_value(&api).expect("JSON")).await;
    (base, served)
}

#[tokio::test]
async fn the_document_names_every_status_header_format_and_member() {
    let (_, doc) = serve().await;
    let responses = &doc["paths"]["/orders/{id}"]["get"]["responses"];
    let codes: Vec<&String> = responses.as_object().expect("responses").keys().collect();
    assert!(
        ["200", "403", "404", "405", "429", "503"]
            .iter()
            .all(|c| codes.iter().any(|k| k == c)),
        "{codes:?}"
    );
    assert_eq!(responses["404"]["description"], "No order has this id.");
    assert_eq!(
        responses["405"]["headers"]["Allow"]["description"],
        "Sent by `Replace`. RFC 9110, Section 15.5.6: a 405 response MUST carry it."
    );
    // The member of a type of its own is its salvo-oapi component.
    let own = &served::body_schema(&doc, "/orders/{id}", "get", 403)["allOf"];
    assert_eq!(
        own[0],
        json!({"$ref": "#/components/schemas/ProblemDetails"})
    );
    let credit = served::resolve(&doc, &own[1]["properties"]["credit"]);
    assert!(credit["properties"]["cost"].is_object(), "{credit}");
    assert_eq!(own[1]["required"], json!(["status", "credit", "instance"]));
    // What the writer's negotiation adds: the other formats, `Content-Language` and `Vary`.
    let content = &responses["404"]["content"];
    for media in served::NEGOTIATED {
        assert!(content[media]["schema"].is_object(), "{media}: {content}");
    }
    assert!(responses["404"]["headers"]["Vary"].is_object());
    assert!(responses["404"]["headers"]["Content-Language"].is_object());
    // A hidden 5xx documents no detail and no member.
    served::check_hidden(&doc);
}

#[tokio::test]
async fn every_response_the_server_sends_matches_the_served_document() {
    let (base, doc) = serve().await;
    served::check_orders(&base, &doc).await;
}

#[test]
fn salvo_oapi_documents_what_utoipa_documents_for_the_same_declaration() {
    use http_status::StatusResponse;
    use salvo::oapi::EndpointOutRegister as _;
    use utoipa::IntoResponses as _;

    #[derive(Debug, thiserror::Error, StatusResponse)]
    #[allow(dead_code)] // Documented, never sent.
    enum Shared {
        /// Gone for good.
        #[error("gone")]
        #[status(410)]
        Gone,
        #[error("slow down")]
        #[status(429, header("Retry-After", "60"))]
        Slower,
        /// Moved; see `Location`.
        #[error("moved")]
        #[status(308, header("Location", "/elsewhere"))]
        Moved,
    }

    let utoipa = serde_json::to_value(Shared::responses()).expect("JSON");
    let mut operation = salvo::oapi::Operation::new();
    Shared::register(&mut salvo::oapi::Components::new(), &mut operation);
    let mut salvo = serde_json::to_value(&operation.responses).expect("JSON");
    for code in ["308", "410", "429"] {
        // What salvo's writer adds by negotiating, the rest the same as utoipa's.
        let response = salvo[code].as_object_mut().expect("a response");
        if code != "308" {
            let headers = response["headers"].as_object_mut().expect("headers");
            assert!(
                headers.remove("Vary").is_some() && headers.remove("Content-Language").is_some()
            );
            if headers.is_empty() {
                response.remove("headers");
            }
            let content = response["content"].as_object_mut().expect("content");
            assert!(
                content.remove("text/html").is_some() && content.remove("text/plain").is_some()
            );
            content.remove("application/problem+xml");
        }
        assert_eq!(salvo[code], utoipa[code], "{code}");
    }
}
