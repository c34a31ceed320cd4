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
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
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

/// The user's own type called `Status`, with responses of its own.
mod my {
    use std::collections::BTreeMap;

    use http_status::StatusResponse;
    use utoipa::openapi::{RefOr, Response, ResponseBuilder};

    #[derive(Debug)]
    pub struct Status;

    impl std::fmt::Display for Status {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("mine")
        }
    }

    impl std::error::Error for Status {}

    impl StatusResponse for Status {
        fn status(&self) -> http_status::Status {
            http_status::Status::IM_USED
        }
    }

    impl utoipa::IntoResponses for Status {
        fn responses() -> BTreeMap<String, RefOr<Response>> {
            [(
                "226".to_string(),
                RefOr::T(ResponseBuilder::new().description("Mine.").build()),
            )]
            .into()
        }
    }

    // A hand-written `IntoResponses` that a derived enum wraps says so, in one method.
    impl http_status::openapi::InnerResponses for Status {
        fn inner_responses() -> BTreeMap<String, RefOr<Response>> {
            <Self as utoipa::IntoResponses>::responses()
        }
    }
}

/// A module whose error type has the name of the enum that wraps it.
mod db {
    #[allow(dead_code)]
    #[derive(Debug, thiserror::Error, http_status::StatusResponse)]
    pub enum Error {
        #[error("no row")]
        #[status(404)]
        Missing,
        #[error("duplicate key")]
        #[status(409)]
        Duplicate,
    }
}

type Code = Status;

#[allow(dead_code)]
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Error {
    #[error(transparent)]
    #[status(transparent)]
    Db(db::Error),
    #[error(transparent)]
    #[status(transparent)]
    Mine(my::Status),
    #[error("code")]
    #[status(transparent)]
    Code(Code),
    #[error("bad")]
    #[status(400)]
    Bad,
}

#[test]
fn transparent_types_are_told_apart_by_what_they_are_not_by_their_names() {
    let all = serde_json::to_value(Error::responses()).expect("JSON");
    let codes: Vec<&String> = all.as_object().unwrap().keys().collect();
    // `db::Error` is not this `Error`; `my::Status` is not ours; `Code` is ours and decides at
    // run time, so it documents nothing.
    assert_eq!(codes, ["226", "400", "404", "409"]);
    assert_eq!(all["226"]["description"], "Mine.");
}

/// A limit a client can see.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("quota")]
#[status(429, type = "/probs/quota", title = "Over quota.")]
struct Quota {
    #[problem]
    limit: u32,
}

/// Wrapped, with its own challenge.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("who are you")]
#[status(401, header("WWW-Authenticate", "Basic realm=\"inner\""))]
struct InnerAuth;

#[allow(dead_code)]
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Shared {
    #[error("client closed")]
    #[status(nginx 499)]
    Closed,
    #[error("token")]
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
    #[status(esri 499)]
    Token,
    #[error("slower")]
    #[status(429, header("Retry-After", "60"))]
    Slower,
    #[error("faster")]
    // The same status and type as an earlier variant, on purpose: no client decodes this.
    #[allow(deprecated)]
    #[status(429)]
    Faster {
        #[header("Retry-After")]
        seconds: u32,
    },
    #[error(transparent)]
    #[status(transparent)]
    Quota(Quota),
    #[error("log in")]
    #[status(401, header("WWW-Authenticate", "Bearer realm=\"outer\""))]
    Outer,
    #[error(transparent)]
    #[status(transparent)]
    Inner(InnerAuth),
    #[error("not allowed")]
    #[status(405, header("Allow", "GET"))]
    #[allow(non_camel_case_types)]
    r#match,
}

/// Only a header from an integer field.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("slow down")]
#[status(429)]
struct Limited {
    #[header("Retry-After")]
    seconds: u32,
}

fn shared() -> Value {
    serde_json::to_value(Shared::responses()).expect("JSON")
}

/// Every value `schema` allows for `property`, over the schemas of an `anyOf`/`oneOf`.
fn allowed(response: &Value, property: &str) -> Vec<Value> {
    let schema = &response["content"]["application/problem+json"]["schema"];
    let alternatives: Vec<&Value> = match schema.get("anyOf").or_else(|| schema.get("oneOf")) {
        Some(Value::Array(items)) => items.iter().collect(),
        _ => vec![schema],
    };
    let mut out: Vec<Value> = alternatives
        .iter()
        .flat_map(|s| {
            s["allOf"][1]["properties"][property]["enum"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    out.sort_by_key(ToString::to_string);
    out
}

#[test]
fn two_vendor_meanings_of_one_code_document_both_titles() {
    // Each in every language of the registry: a negotiating layer sends the French one.
    assert_eq!(
        allowed(&shared()["499"], "title"),
        [
            json!("Client Closed Request"),
            json!("Jeton requis"),
            json!("Requête fermée par le client"),
            json!("Token Required")
        ]
    );
}

#[test]
fn a_header_sent_by_several_variants_names_each_of_them_and_keeps_every_example() {
    let header = &shared()["429"]["headers"]["Retry-After"];
    let text = header["description"].as_str().expect("a description");
    assert!(text.contains("`Slower`"), "{text}");
    assert!(
        text.contains("`Faster`, from its field `seconds`"),
        "{text}"
    );
    // A constant string and an integer field: both schemas, the constant's example kept.
    let schema = header["schema"].to_string();
    assert!(schema.contains(r#""examples":["60"]"#), "{schema}");
    assert!(schema.contains(r#""type":"integer""#), "{schema}");
    let challenge = &shared()["401"]["headers"]["WWW-Authenticate"];
    let text = challenge["description"].as_str().expect("a description");
    assert!(
        text.contains("`Outer`") && text.contains("`InnerAuth`"),
        "{text}"
    );
    let examples = challenge["schema"]["examples"].to_string();
    assert!(
        examples.contains("outer") && examples.contains("inner"),
        "{examples}"
    );
}

#[test]
fn a_transparent_variant_at_a_status_the_enum_also_uses_documents_its_own_body() {
    let too_many = &shared()["429"];
    assert_eq!(
        allowed(too_many, "type"),
        [json!("/probs/quota"), json!("about:blank")]
    );
    let schema = too_many["content"]["application/problem+json"]["schema"].to_string();
    assert!(schema.contains("\"limit\""), "{schema}");
}

#[test]
fn a_header_from_a_field_has_the_fields_schema_and_raw_names_read_as_written() {
    let limited = serde_json::to_value(Limited::responses()).expect("JSON");
    let retry = &limited["429"]["headers"]["Retry-After"];
    assert_eq!(retry["schema"]["type"], "integer", "{retry}");
    let all = shared();
    let allow = all["405"]["headers"]["Allow"]["description"]
        .as_str()
        .unwrap();
    assert!(allow.starts_with("Sent by `match`."), "{allow}");
    assert!(allow.contains("MUST"), "{allow}");
}

/// A member that can be `None` is not `required` (it is left out when it is); a flattened
/// field's members are documented by its type's schema.
#[test]
fn optional_members_are_optional_and_flattened_ones_documented() {
    #[derive(serde::Serialize, utoipa::ToSchema)]
    struct Limits {
        limit: u32,
        window: String,
    }

    // Only documented here, never built.
    #[allow(dead_code)]
    #[derive(Debug, thiserror::Error, StatusResponse)]
    enum Quota {
        #[error("slow down")]
        #[status(429)]
        Exceeded {
            #[problem]
            hint: Option<String>,
            #[problem]
            retry: u32,
            #[problem(flatten)]
            limits: Limits,
        },
    }

    impl std::fmt::Debug for Limits {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Limits")
        }
    }

    let doc = serde_json::to_value(Quota::responses()).expect("JSON");
    let schema = &doc["429"]["content"]["application/problem+json"]["schema"];
    let own = &schema["allOf"][1];
    let required: Vec<&str> = own["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(required.contains(&"retry"), "{own}");
    assert!(!required.contains(&"hint"), "{own}");
    assert!(own["properties"]["hint"].is_object());
    let flattened = &schema["allOf"][2];
    assert_eq!(
        flattened["properties"]["limit"]["type"], "integer",
        "{schema}"
    );
    assert_eq!(
        flattened["properties"]["window"]["type"], "string",
        "{schema}"
    );
}

#[test]
fn constant_members_are_documented_as_their_one_value_and_sent_as_written() {
    // Only documented and sent here, never matched on.
    #[allow(dead_code)]
    #[derive(Debug, thiserror::Error, StatusResponse)]
    enum Users {
        #[error("no user {user_id}")]
        #[status(
            404,
            type = "https://example.com/probs/no-user",
            member("code", "USER_NOT_FOUND"),
            member("retryable", false),
            member("attempts", -1),
            member("weight", 0.5)
        )]
        Missing {
            #[problem]
            user_id: u32,
        },
    }

    let doc = serde_json::to_value(Users::responses()).expect("JSON");
    let own = &doc["404"]["content"]["application/problem+json"]["schema"]["allOf"][1];
    let expected = [
        ("code", "string", serde_json::json!("USER_NOT_FOUND")),
        ("retryable", "boolean", serde_json::json!(false)),
        ("attempts", "integer", serde_json::json!(-1)),
        ("weight", "number", serde_json::json!(0.5)),
    ];
    for (name, ty, value) in expected {
        assert_eq!(own["properties"][name]["type"], ty, "{own}");
        assert_eq!(
            own["properties"][name]["enum"],
            serde_json::json!([value]),
            "{own}"
        );
        assert!(
            own["required"]
                .as_array()
                .unwrap()
                .contains(&Value::from(name)),
            "{name} is always sent: {own}"
        );
    }

    // Constants first, in the attribute's order, then the fields' members.
    let body = http_status::problem::to_response(&Users::Missing { user_id: 7 }).into_body();
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"type":"https://example.com/probs/no-user","title":"Not Found","status":404,"detail":"no user 7","code":"USER_NOT_FOUND","retryable":false,"attempts":-1,"weight":0.5,"user_id":7}"#
    );
}

#[test]
fn time_headers_are_documented_in_their_wire_forms() {
    // Only documented here, never built.
    #[allow(dead_code)]
    #[derive(Debug, thiserror::Error, StatusResponse)]
    enum Timed {
        #[error("slow down")]
        #[status(429)]
        Slow {
            #[header("Retry-After")]
            wait: std::time::Duration,
        },
        #[error("down")]
        #[status(503, expose)]
        Down {
            #[header("Retry-After")]
            until: std::time::SystemTime,
        },
    }

    let doc = serde_json::to_value(Timed::responses()).expect("JSON");
    let seconds = &doc["429"]["headers"]["Retry-After"]["schema"];
    assert_eq!(
        (&seconds["type"], &seconds["minimum"]),
        (&Value::from("integer"), &Value::from(1)),
        "{seconds}"
    );
    let date = &doc["503"]["headers"]["Retry-After"]["schema"];
    assert_eq!(
        (&date["type"], &date["format"]),
        (&Value::from("string"), &Value::from("http-date")),
        "{date}"
    );
}
