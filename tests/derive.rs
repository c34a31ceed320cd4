//! `#[derive(StatusResponse)]`: every form of `#[status]`, defaults, delegation and generics.
#![allow(dead_code)] // the variants' fields exist to be carried, not read

use std::fmt;

use http_status::{Status, StatusResponse};

/// With the `actix-web` feature, derived types implement `Debug` and `Display` (actix's
/// `ResponseError` requires both); these tests run with every feature on.
macro_rules! display_as_debug {
    ($($ty:ident $(<$g:ident>)?),*) => {$(
        impl$(<$g: fmt::Debug>)? fmt::Display for $ty$(<$g>)? {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self, f)
            }
        }
    )*};
}

display_as_debug!(ApiError, DbError, Wrapped<E>, Newtype<T>, Never, Deleted);

#[derive(Debug, StatusResponse)]
#[status(500)]
enum ApiError {
    #[status(404)]
    NotFound {
        id: u32,
    },
    #[status(Conflict)]
    Conflict(String),
    #[status("Unprocessable Content")]
    Invalid,
    #[status(nginx 499)]
    ClientGone,
    #[status(503, expose)]
    Maintenance,
    #[status(transparent)]
    Db(DbError),
    #[status(transparent)]
    Named {
        source: Status,
    },
    Unexpected,
}

#[derive(Debug, StatusResponse)]
#[status(502)]
struct DbError;

#[test]
fn each_variant_has_its_declared_status() {
    assert_eq!(ApiError::NotFound { id: 7 }.status(), Status::NOT_FOUND);
    assert_eq!(ApiError::Conflict("x".into()).status(), Status::CONFLICT);
    assert_eq!(ApiError::Invalid.status(), Status::UNPROCESSABLE_CONTENT);
    assert_eq!(ApiError::ClientGone.status(), Status::CLIENT_CLOSED_REQUEST);
    assert_eq!(ApiError::Maintenance.status(), Status::SERVICE_UNAVAILABLE);
}

#[test]
fn variants_without_a_status_take_the_enum_default() {
    assert_eq!(ApiError::Unexpected.status(), Status::INTERNAL_SERVER_ERROR);
}

#[test]
fn transparent_delegates_to_the_field() {
    assert_eq!(ApiError::Db(DbError).status(), Status::BAD_GATEWAY);
    assert_eq!(
        ApiError::Named {
            source: Status::GONE
        }
        .status(),
        Status::GONE
    );
    assert!(!ApiError::Db(DbError).expose_detail());
    assert!(ApiError::Named {
        source: Status::GONE
    }
    .expose_detail());
}

#[test]
fn details_are_hidden_for_server_errors_unless_exposed() {
    assert!(ApiError::NotFound { id: 1 }.expose_detail());
    assert!(!ApiError::Unexpected.expose_detail());
    assert!(ApiError::Maintenance.expose_detail());
}

#[test]
fn forwarding_through_references_and_boxes() {
    let boxed: Box<dyn StatusResponse> = Box::new(ApiError::Invalid);
    assert_eq!(boxed.status(), 422);
    let by_ref: &dyn StatusResponse = &&ApiError::Invalid;
    assert_eq!(by_ref.status(), 422);
}

/// Each method answers something other than the trait's default, so a wrapper that forgot to
/// forward one would answer differently.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Distinct {
    #[error("token")]
    #[status(esri 499, header("X-Token", "expired"), type = "/probs/token", title = "Expired.")]
    Token,
    #[error("down")]
    #[status(503, expose)]
    Down,
}

/// Everything `StatusResponse` says of a value, as text.
fn everything(value: &dyn StatusResponse) -> String {
    struct Lines(String);
    impl http_status::HeaderSink for Lines {
        fn header(&mut self, name: &str, value: &dyn fmt::Display) {
            self.0.push_str(&format!("{name}: {value}; "));
        }
    }
    let mut headers = Lines(String::new());
    value.headers(&mut headers);
    format!(
        "{} {:?} {} [{}] {:?} {:?}",
        value.status(),
        value.meaning().map(http_status::Info::reason),
        value.expose_detail(),
        headers.0,
        value.problem_type(),
        value.title()
    )
}

#[test]
fn references_and_boxes_forward_every_method() {
    for value in [Distinct::Token, Distinct::Down] {
        let direct = everything(&value);
        assert_eq!(everything(&&value), direct);
        assert_eq!(everything(&Box::new(&value)), direct);
    }
    assert_eq!(
        everything(&Distinct::Token),
        r#"499 Client Closed Request Some("Token Required") true [X-Token: expired; ] Some("/probs/token") Some("Expired.")"#
    );
    // A 503 hides its message unless `expose`: this one shows it.
    assert!(everything(&Distinct::Down).contains(" true "));
}

/// Generics work, and delegation adds the bound it needs.
#[derive(Debug, StatusResponse)]
enum Wrapped<E> {
    #[status(transparent)]
    Inner(E),
    #[status(429)]
    Limited,
}

#[derive(Debug, StatusResponse)]
#[status(transparent)]
struct Newtype<T>(T);

#[test]
fn generic_types_derive_with_the_needed_bounds() {
    assert_eq!(Wrapped::Inner(DbError).status(), Status::BAD_GATEWAY);
    assert_eq!(
        Wrapped::<DbError>::Limited.status(),
        Status::TOO_MANY_REQUESTS
    );
    assert_eq!(Newtype(Status::IM_USED).status(), Status::IM_USED);
}

#[derive(Debug, StatusResponse)]
enum Never {}

#[derive(Debug, StatusResponse)]
#[status(NoContent)]
struct Deleted;

#[test]
fn unit_structs_and_empty_enums_derive() {
    assert_eq!(Deleted.status(), Status::NO_CONTENT);
    fn never(n: &Never) -> Status {
        n.status()
    }
    let _ = never;
}

/// thiserror and the derive sit side by side.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum WithThiserror {
    #[error("user {0} not found")]
    #[status(404)]
    Missing(u32),
    #[error(transparent)]
    #[status(transparent)]
    Api(#[from] Box<ApiErrorWrapper>),
}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("wrapped")]
#[status(500)]
struct ApiErrorWrapper;

#[test]
fn works_beside_thiserror() {
    assert_eq!(WithThiserror::Missing(3).to_string(), "user 3 not found");
    assert_eq!(WithThiserror::Missing(3).status(), 404);
    assert_eq!(WithThiserror::Api(Box::new(ApiErrorWrapper)).status(), 500);
}

#[test]
fn a_variant_that_names_a_vendor_keeps_that_vendors_meaning() {
    #[derive(StatusResponse)]
    enum Gateway {
        #[status(esri 499)]
        Token,
        // The same status and type as an earlier variant, on purpose: no client decodes this.
        #[allow(deprecated)]
        #[status(nginx 499)]
        Closed,
        #[status(pantheon 530)]
        Frozen,
        #[status(404)]
        Missing,
        #[status(transparent)]
        Inner(Box<Gateway>),
    }
    let phrase = |g: &Gateway| g.meaning().map(http_status::Info::reason);
    // One number...
    assert_eq!(Gateway::Token.status(), Gateway::Closed.status());
    // ...two meanings, each kept where the user named it, and delegated through transparent.
    assert_eq!(phrase(&Gateway::Token), Some("Token Required"));
    assert_eq!(phrase(&Gateway::Closed), Some("Client Closed Request"));
    assert_eq!(phrase(&Gateway::Frozen), Some("Site Is Frozen"));
    assert_eq!(phrase(&Gateway::Missing), Some("Not Found"));
    let inner = Gateway::Inner(Box::new(Gateway::Token));
    assert_eq!(phrase(&inner), Some("Token Required"));
}

/// A constant header value with placeholders is formatted from the variant's fields, with
/// thiserror's syntax; `{{` and `}}` are braces.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Moved {
    #[error("see the item")]
    #[status(
        303,
        header("Location", "/items/{id}"),
        header("X-Braces", "{{{shape}}}")
    )]
    Item { id: u32, shape: u8 },
    #[error("retry")]
    #[status(503, header("Retry-After", "{0}"), header("X-Spec", "{1:>4}|{{}}"))]
    Busy(u64, &'static str),
}

#[test]
fn a_header_value_is_formatted_from_the_fields() {
    let item = Moved::Item { id: 7, shape: 4 };
    assert!(
        everything(&item).contains("[Location: /items/7; X-Braces: {4}; ]"),
        "{}",
        everything(&item)
    );
    let busy = Moved::Busy(30, "ab");
    assert!(
        everything(&busy).contains("[Retry-After: 30; X-Spec:   ab|{}; ]"),
        "{}",
        everything(&busy)
    );
}

/// A value that is no header value at run time is left out, as a field header's is; a MUST
/// header left out so is reported.
#[cfg(feature = "problem")]
#[test]
fn a_formatted_header_that_is_no_header_value_is_left_out() {
    #[derive(Debug, thiserror::Error, StatusResponse)]
    #[error("moved")]
    #[status(405, header("Allow", "{methods}"))]
    struct Method {
        methods: &'static str,
    }
    let response = http_status::problem::to_response(&Method {
        methods: "GET, HEAD",
    });
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    let response = http_status::problem::to_response(&Method {
        methods: "GET\r\nX-Evil: 1",
    });
    assert!(response.headers().get("allow").is_none());
    assert!(response.headers().get("x-evil").is_none());
    let hidden = response
        .extensions()
        .get::<http_status::problem::ErrorMessage>()
        .expect("the missing MUST header is reported");
    assert_eq!(hidden.missing_headers, ["Allow"]);
}

#[cfg(feature = "problem")]
mod members {
    use http_status::StatusResponse;
    use serde::Serialize;

    #[derive(Serialize)]
    pub struct Limits {
        pub limit: u32,
        pub window: &'static str,
        /// A name RFC 9457 defines: left out of the body, never a second `status`.
        pub status: &'static str,
        pub hint: Option<&'static str>,
    }

    #[derive(thiserror::Error, Debug, StatusResponse)]
    pub enum Quota {
        #[error("slow down")]
        #[status(429)]
        Exceeded {
            #[problem]
            hint: Option<&'static str>,
            #[problem(flatten)]
            limits: Limits,
            #[problem]
            window: u32,
        },
    }

    impl std::fmt::Debug for Limits {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Limits")
        }
    }

    fn body(error: &Quota) -> serde_json::Value {
        serde_json::from_slice(http_status::problem::to_response(error).body()).unwrap()
    }

    #[test]
    fn a_none_member_is_left_out_and_a_flattened_field_adds_its_own() {
        let error = Quota::Exceeded {
            hint: None,
            limits: Limits {
                limit: 100,
                window: "1m",
                status: "ignored",
                hint: Some("inner"),
            },
            window: 60,
        };
        // `hint` is None: absent. The flattened `Limits` adds `limit`, `window`, `hint` (its
        // own, the outer being absent), never `status`; the later `window` member is the
        // flattened one's duplicate, and is left out.
        assert_eq!(
            body(&error),
            serde_json::json!({
                "type": "about:blank", "title": "Too Many Requests", "status": 429,
                "detail": "slow down", "hint": "inner", "limit": 100, "window": "1m"
            })
        );
        let error = Quota::Exceeded {
            hint: Some("wait a minute"),
            limits: Limits {
                limit: 100,
                window: "1m",
                status: "ignored",
                hint: None,
            },
            window: 60,
        };
        assert_eq!(body(&error)["hint"], "wait a minute");
    }
}

#[test]
fn relative_problem_types_resolve_against_the_types_base() {
    #[derive(StatusResponse)]
    #[status(type_base = "https://example.com/probs/")]
    enum Billing {
        #[status(403, type = "out-of-credit")]
        OutOfCredit,
        #[status(409, type = "../legal/frozen")]
        Frozen,
        #[status(402, type = "https://other.example/probs/pay")]
        Absolute,
        #[status(400)]
        Blank,
    }

    assert_eq!(
        Billing::OutOfCredit.problem_type(),
        Some("https://example.com/probs/out-of-credit")
    );
    assert_eq!(
        Billing::Frozen.problem_type(),
        Some("https://example.com/legal/frozen")
    );
    assert_eq!(
        Billing::Absolute.problem_type(),
        Some("https://other.example/probs/pay")
    );
    assert_eq!(Billing::Blank.problem_type(), None);

    // Without a base, a relative type goes out as written (RFC 9457 allows it; the client
    // resolves it against the request's URI).
    #[derive(StatusResponse)]
    enum Plain {
        #[status(403, type = "/probs/out-of-credit")]
        OutOfCredit,
    }
    assert_eq!(
        Plain::OutOfCredit.problem_type(),
        Some("/probs/out-of-credit")
    );
}
