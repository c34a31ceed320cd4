//! Issue 20: the same derive documented through poem-openapi (feature `poem-openapi`): the
//! document poem-openapi builds from its `#[OpenApi]` operations is served, parsed back with
//! `oas3`, and every response the server sends is checked against it with `jsonschema`.
//! poem-openapi writes OpenAPI 3.0: a header's examples are its one `example`, and an
//! `Option` member is `nullable`.

#[path = "../../examples/poem_openapi.rs"]
mod example;

use super::salvo_oapi::served;
use serde_json::{json, Value};

/// The served document, after checking that it is the one built and that `oas3` reads it.
async fn serve() -> (String, Value) {
    use poem::listener::{Acceptor as _, Listener as _};

    let (route, document) = example::app();
    let acceptor = poem::listener::TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .expect("bind");
    let addr = acceptor
        .local_addr()
        .into_iter()
        .find_map(|a| a.as_socket_addr().copied())
        .expect("a TCP address");
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(route));
    let base = format!("http://{addr}");
    let built: Value = serde_json::from_str(&document).expect("JSON");
    let served = served::fetch(&base, &built).await;
    assert_eq!(served["openapi"], "3.0.0");
    (base, served)
}

#[tokio::test]
async fn the_document_names_every_status_header_and_member() {
    let (_, doc) = serve().await;
    let responses = &doc["paths"]["/orders/{id}"]["get"]["responses"];
    let codes: Vec<&String> = responses.as_object().expect("responses").keys().collect();
    for code in ["200", "403", "404", "405", "429", "503"] {
        assert!(codes.iter().any(|k| *k == code), "{code}: {codes:?}");
    }
    assert_eq!(responses["404"]["description"], "No order has this id.");
    let allow = &responses["405"]["headers"]["Allow"];
    assert_eq!(
        allow["description"],
        "Sent by `Replace`. RFC 9110, Section 15.5.6: a 405 response MUST carry it."
    );
    assert_eq!(allow["schema"], json!({"type": "string", "example": "GET"}));
    assert_eq!(
        responses["429"]["headers"]["Retry-After"]["schema"]["type"],
        "integer"
    );
    let own = &served::body_schema(&doc, "/orders/{id}", "get", 403)["allOf"];
    assert_eq!(
        own[0],
        json!({"$ref": "#/components/schemas/ProblemDetails"})
    );
    assert_eq!(
        own[1]["properties"]["credit"],
        json!({"$ref": "#/components/schemas/Credit"})
    );
    assert!(doc["components"]["schemas"]["Credit"]["properties"]["cost"].is_object());
    // The `Option` member is nullable, and not required.
    assert_eq!(own[1]["properties"]["reference"]["nullable"], true);
    assert_eq!(own[1]["required"], json!(["status", "credit", "instance"]));
    // A hidden 5xx documents no detail and no member.
    served::check_hidden(&doc);
}

#[tokio::test]
async fn every_response_the_server_sends_matches_the_served_document() {
    let (base, doc) = serve().await;
    served::check_orders(&base, &doc).await;
}
