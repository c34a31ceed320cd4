//! What `IntoResponses` documents for each shape of variant (feature `utoipa`).

use http_status::{Status, StatusResponse};
use serde_json::{json, Value};
use utoipa::IntoResponses;

// Only documented here, never built.
#[allow(dead_code)]
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(500)]
enum ApiError {
    /// The name is taken.
    #[error("taken")]
    #[status(409)]
    Taken,
    /// The version is stale.
    #[error("stale")]
    #[status(409, header("ETag", "\"v2\""))]
    Stale,
    #[error("accepted")]
    #[status(202)]
    Accepted,
    #[error("gone quietly")]
    #[status(204)]
    Quiet,
    #[error("locked by {owner}")]
    #[status(500)]
    Locked {
        #[problem]
        owner: String,
    },
    #[error("read-only until {until}")]
    #[status(503, expose)]
    ReadOnly {
        #[problem]
        until: String,
    },
    #[error(transparent)]
    #[status(transparent)]
    Inner(#[from] Inner),
    #[error("forwarded")]
    #[status(transparent)]
    Forwarded(Status),
    #[error(transparent)]
    #[status(transparent)]
    Nested(Box<Self>),
    #[error("default")]
    Default,
}

/// Upstream said no.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("upstream refused")]
#[status(502, header("Retry-After", "5"))]
struct Inner;

fn responses() -> Value {
    serde_json::to_value(ApiError::responses()).expect("JSON")
}

fn properties(response: &Value) -> Vec<String> {
    let own = &response["content"]["application/problem+json"]["schema"]["allOf"][1];
    let mut names: Vec<String> = own["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn one_response_per_status_including_the_default_and_wrapped_types() {
    let all = responses();
    let codes: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(codes, ["202", "204", "409", "500", "502", "503"]);
}

#[test]
fn variants_that_share_a_status_are_listed_together_with_both_bodies_and_all_headers() {
    let conflict = &responses()["409"];
    assert_eq!(
        conflict["description"],
        "- The name is taken.\n- The version is stale."
    );
    assert!(conflict["headers"]["ETag"]["description"]
        .as_str()
        .unwrap()
        .starts_with("Sent by `Stale`."));
    // Both bodies are the same shape here, so one schema documents them.
    assert_eq!(
        conflict["content"]["application/problem+json"]["schema"]["allOf"][1]["properties"]
            ["status"]["enum"],
        json!([409])
    );
}

#[test]
fn a_hidden_server_error_documents_no_detail_and_no_member_an_exposed_one_does() {
    let all = responses();
    // 500 gathers `Locked` and the enum default, both hidden.
    assert_eq!(properties(&all["500"]), ["status", "title", "type"]);
    assert_eq!(all["500"]["description"], "Internal Server Error");
    assert_eq!(
        properties(&all["503"]),
        ["detail", "status", "title", "type", "until"]
    );
}

#[test]
fn success_documents_its_text_and_no_content_documents_nothing() {
    let all = responses();
    assert_eq!(
        all["202"]["content"]["text/plain; charset=utf-8"]["schema"]["type"],
        "string"
    );
    assert!(all["204"].get("content").is_none());
}

#[test]
fn a_transparent_variant_brings_the_wrapped_types_responses() {
    let bad_gateway = &responses()["502"];
    assert_eq!(bad_gateway["description"], "Upstream said no.");
    assert!(bad_gateway["headers"]["Retry-After"].is_object());
}
