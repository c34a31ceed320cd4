//! A client decodes what the server sent back into the server's own enum: every decodable
//! variant round-trips through a real axum server on 127.0.0.1:0 and a reqwest client, and
//! everything else comes back as an `Unmatched` that keeps what the response said.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::routing::get;
use http_status::decode::{self, Decode, Failure, Mismatch, Received, ReqwestExt as _};
use http_status::problem::Document;
use http_status::{Status, StatusResponse};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Limits {
    low: i64,
    high: u64,
    ratio: f64,
    small: i8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Paging {
    page: u32,
    per_page: u8,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no user {id}")]
    #[status(404, type = "https://example.com/probs/no-user", decode)]
    NoUser {
        #[problem(rename = "user_id")]
        id: u64,
    },
    #[error("bad name {name:?}")]
    #[status(422, type = "https://example.com/probs/bad-name", decode)]
    BadName {
        #[problem]
        name: String,
        #[problem]
        hint: Option<String>,
        #[problem]
        limits: Limits,
        #[problem(rename = "tags")]
        labels: Vec<String>,
        #[problem(instance)]
        at: String,
    },
    #[error("slow down")]
    #[status(429, decode)]
    RateLimited {
        #[header("Retry-After")]
        seconds: u32,
        #[problem(flatten)]
        paging: Paging,
    },
    #[error("numbers")]
    #[status(400, type = "https://example.com/probs/numbers", decode)]
    Numbers(
        #[problem(rename = "least")] i64,
        #[problem(rename = "most")] u64,
    ),
    #[error("down until {until}")]
    #[status(503, expose, decode)]
    Maintenance {
        #[problem]
        until: String,
    },
    /// Hidden: a 5xx without `expose`.
    #[error("database at 10.0.0.7 down")]
    #[status(500)]
    Database,
    /// Not decodable: `reason` is not sent.
    #[error("conflict: {reason}")]
    #[status(409)]
    Conflict { reason: String },
    #[error(transparent)]
    #[status(transparent)]
    Auth(AuthError),
}

#[derive(Clone, Debug, PartialEq, thiserror::Error, StatusResponse)]
enum AuthError {
    #[error("log in")]
    #[status(401, header("WWW-Authenticate", "Bearer"), decode)]
    LogIn,
    #[error("missing scope {scope}")]
    #[status(403, type = "https://example.com/probs/scope", decode)]
    Scope {
        #[problem]
        scope: String,
    },
}

/// The error the next request answers with.
type Next = Arc<Mutex<Option<ApiError>>>;

async fn fail(State(next): State<Next>) -> Result<&'static str, ApiError> {
    Err(next.lock().unwrap().take().expect("a value to send"))
}

async fn serve(next: Next) -> SocketAddr {
    let app = axum::Router::new()
        .route("/fail", get(fail))
        .route("/ok", get(|| async { "fine" }))
        .with_state(next);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// What a reqwest client makes of `error`, sent by the server.
async fn round_trip(
    client: &reqwest::Client,
    addr: SocketAddr,
    next: &Next,
    error: ApiError,
) -> Result<reqwest::Response, Failure<ApiError>> {
    *next.lock().unwrap() = Some(error);
    let response = client
        .get(format!("http://{addr}/fail"))
        .send()
        .await
        .unwrap();
    response.error_for_problem::<ApiError>().await
}

/// Strings with every kind of character, control characters included.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        Just(
            (0u8..0x20)
                .map(char::from)
                .chain(['\u{7f}', '\u{85}', '\u{2028}'])
                .collect()
        ),
        Just(String::new()),
    ]
}

/// A finite `f64` that serde_json reads back to the same bits (it writes the shortest text that
/// names it; without its `float_roundtrip` feature its reader may miss by one ulp elsewhere).
fn ratio() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000i32..1_000_000, 0u32..20)
            .prop_map(|(n, shift)| f64::from(n) / f64::from(1u32 << shift)),
        Just(0.0),
        Just(-0.5),
        Just(1e300),
        Just(f64::MIN_POSITIVE),
    ]
}

fn api_error() -> impl Strategy<Value = ApiError> {
    let limits =
        (any::<i64>(), any::<u64>(), ratio(), any::<i8>()).prop_map(|(low, high, ratio, small)| {
            Limits {
                low,
                high,
                ratio,
                small,
            }
        });
    prop_oneof![
        prop_oneof![Just(0), Just(u64::MAX), any::<u64>()].prop_map(|id| ApiError::NoUser { id }),
        (
            text(),
            prop::option::of(text()),
            limits,
            prop::collection::vec(text(), 0..4),
            "/[a-z0-9._~-]{0,12}(/[a-z0-9]{1,6}){0,3}",
        )
            .prop_map(|(name, hint, limits, labels, at)| ApiError::BadName {
                name,
                hint,
                limits,
                labels,
                at,
            }),
        (any::<u32>(), any::<u32>(), any::<u8>()).prop_map(|(seconds, page, per_page)| {
            ApiError::RateLimited {
                seconds,
                paging: Paging { page, per_page },
            }
        }),
        (
            prop_oneof![Just(i64::MIN), Just(i64::MAX), any::<i64>()],
            prop_oneof![Just(u64::MIN), Just(u64::MAX), any::<u64>()]
        )
            .prop_map(|(least, most)| ApiError::Numbers(least, most)),
        text().prop_map(|until| ApiError::Maintenance { until }),
        Just(ApiError::Auth(AuthError::LogIn)),
        text().prop_map(|scope| ApiError::Auth(AuthError::Scope { scope })),
    ]
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn every_decodable_variant_comes_back_as_it_was_sent() {
    let rt = runtime();
    let next = Next::default();
    let addr = rt.block_on(serve(next.clone()));
    let client = reqwest::Client::new();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(300));
    runner
        .run(&api_error(), |error| {
            let back = rt.block_on(round_trip(&client, addr, &next, error.clone()));
            match back {
                Err(Failure::Api(back)) => prop_assert_eq!(back, error),
                Err(Failure::Unmatched(other)) => {
                    prop_assert!(
                        false,
                        "{error:?} came back unmatched: {other} {:?}",
                        other.problem
                    )
                }
                Ok(response) => prop_assert!(false, "{error:?} came back as {}", response.status()),
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn what_the_enum_does_not_decode_comes_back_whole() {
    let rt = runtime();
    let next = Next::default();
    let addr = rt.block_on(serve(next.clone()));
    let client = reqwest::Client::new();
    rt.block_on(async {
        // A success is left alone, body unread.
        let ok = client.get(format!("http://{addr}/ok")).send().await.unwrap();
        let ok = ok.error_for_problem::<ApiError>().await.unwrap();
        assert_eq!(ok.text().await.unwrap(), "fine");

        // A hidden server error: its message never reached the client.
        let Err(Failure::Unmatched(hidden)) =
            round_trip(&client, addr, &next, ApiError::Database).await
        else {
            panic!("a hidden 5xx is not decoded")
        };
        assert_eq!(hidden.status, 500);
        assert!(matches!(
            hidden.reason,
            Mismatch::Undecodable { variant: "Database", .. }
        ));
        assert_eq!(
            hidden.reason.to_string(),
            "`Database` answers it but is not decoded: a 5xx without `expose` hides its message and members"
        );
        let problem = hidden.problem.as_ref().unwrap();
        assert_eq!(problem.problem_type, "about:blank");
        assert_eq!(problem.title.as_deref(), Some("Internal Server Error"));
        assert_eq!(problem.detail, None);
        assert_eq!(hidden.headers["content-type"], "application/problem+json");
        assert_eq!(hidden.body, problem.to_json());
        assert!(!hidden.status_disagrees());

        // A variant whose field is not sent.
        let conflict = ApiError::Conflict {
            reason: "taken".into(),
        };
        let Err(Failure::Unmatched(other)) = round_trip(&client, addr, &next, conflict).await
        else {
            panic!("a variant with a field that is not sent is not decoded")
        };
        assert_eq!(other.status, 409);
        assert_eq!(
            other.problem.as_ref().unwrap().detail.as_deref(),
            Some("conflict: taken")
        );
        assert_eq!(
            other.reason.to_string(),
            "`Conflict` answers it but is not decoded: its field `reason` is not sent (neither a member, a header nor the instance)"
        );

        // The framework's own 404: no body, no content type.
        let missing = client.get(format!("http://{addr}/nowhere")).send().await.unwrap();
        let Err(Failure::Unmatched(missing)) = missing.error_for_problem::<ApiError>().await
        else {
            panic!("axum's 404 is no declared error")
        };
        assert_eq!(missing.status, 404);
        assert!(missing.problem.is_none());
        assert!(matches!(missing.reason, Mismatch::NotProblem { content_type: None }));
        assert_eq!(
            missing.to_string(),
            "404 Not Found: not a problem response (it has no content type)"
        );
    });
}

/// A response as an `http` 1.x client has it.
fn response(status: u16, content_type: &str, body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("content-type", content_type)
        .body(body.as_bytes().to_vec())
        .unwrap()
}

fn unmatched(response: http::Response<Vec<u8>>) -> decode::Unmatched {
    match decode::error_for_problem::<ApiError, _>(response) {
        Err(Failure::Unmatched(other)) => *other,
        Err(Failure::Api(error)) => panic!("decoded {error:?}"),
        Ok(response) => panic!("a success: {}", response.status()),
    }
}

#[test]
fn responses_from_elsewhere_are_kept_with_the_reason() {
    // A proxy's page.
    let page = unmatched(response(
        502,
        "text/html; charset=utf-8",
        "<h1>Bad Gateway</h1>",
    ));
    assert_eq!(page.body, b"<h1>Bad Gateway</h1>");
    assert_eq!(
        page.to_string(),
        "502 Bad Gateway: not a problem response (its content type is `text/html; charset=utf-8`)"
    );

    // JSON that is not said to be a problem is not read as one, even where it would match.
    let json = unmatched(response(
        401,
        "application/json",
        r#"{"type":"about:blank"}"#,
    ));
    assert!(json.problem.is_none());

    // A problem body that is no problem document.
    let broken = unmatched(response(404, "application/problem+json", "[1, 2]"));
    assert!(matches!(broken.reason, Mismatch::Body(_)));
    assert_eq!(broken.body, b"[1, 2]");

    // A type the enum does not know, with a status that disagrees with the response's.
    let foreign = unmatched(response(
        404,
        "application/problem+json; charset=utf-8",
        r#"{"type":"https://other.example/probs/gone","status":410,"title":"Gone"}"#,
    ));
    assert!(matches!(foreign.reason, Mismatch::NoVariant));
    assert!(foreign.status_disagrees());
    assert_eq!(foreign.problem.as_ref().unwrap().status, Some(Status::GONE));

    // The right type with a member of the wrong JSON type: the variant is found, the member
    // does not read back, and the error says which.
    let wrong = unmatched(response(
        404,
        "application/problem+json",
        r#"{"type":"https://example.com/probs/no-user","user_id":"seven"}"#,
    ));
    let Mismatch::Member {
        variant, member, ..
    } = &wrong.reason
    else {
        panic!("{}", wrong.reason)
    };
    assert_eq!((*variant, *member), ("NoUser", "user_id"));
    assert!(wrong.reason.to_string().starts_with(
        "`NoUser`'s member `user_id` does not read back: invalid type: string \"seven\", expected u64"
    ));

    // A declared header that is missing.
    let no_header = unmatched(response(
        429,
        "application/problem+json",
        r#"{"type":"about:blank","page":1,"per_page":10}"#,
    ));
    assert_eq!(
        no_header.reason.to_string(),
        "`RateLimited`'s header `Retry-After` does not read back: the response does not carry it"
    );

    // The same problem with the header decodes: the body need not repeat the status, nor carry
    // a title.
    let mut limited = response(
        429,
        "application/problem+json",
        r#"{"page":1,"per_page":10}"#,
    );
    limited
        .headers_mut()
        .insert("retry-after", http::HeaderValue::from_static("30"));
    let Err(Failure::Api(error)) = decode::error_for_problem::<ApiError, _>(limited) else {
        panic!("a declared error")
    };
    assert_eq!(
        error,
        ApiError::RateLimited {
            seconds: 30,
            paging: Paging {
                page: 1,
                per_page: 10
            }
        }
    );
}

#[allow(dead_code)] // only ever decoded into, and never
#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum Pair {
    #[error("first")]
    #[status(409)]
    First,
    #[error("second")]
    #[status(409)]
    #[allow(deprecated)] // the warning this test is about
    Second,
}

/// `Serialize`, not `Deserialize`.
#[derive(Debug, PartialEq, Serialize)]
struct WriteOnly(u8);

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum Partial {
    #[error("write only")]
    #[status(400, type = "https://example.com/probs/write-only")]
    WriteOnly {
        #[problem]
        value: WriteOnly,
    },
    #[error("borrowed")]
    #[status(400, type = "https://example.com/probs/borrowed")]
    Borrowed {
        #[problem]
        name: &'static str,
    },
    #[error("fine")]
    #[status(400, type = "https://example.com/probs/fine")]
    Fine {
        #[problem]
        value: u8,
    },
}

fn decoded<E: Decode>(status: Status, body: &str) -> Result<E, Mismatch> {
    let problem = Document::from_json(body.as_bytes()).unwrap();
    E::decode(&Received::new(status, &http::HeaderMap::new(), &problem))
}

#[test]
fn what_the_wire_cannot_tell_apart_is_not_decoded() {
    let error = decoded::<Pair>(Status::CONFLICT, r#"{"type":"about:blank"}"#).unwrap_err();
    assert!(matches!(
        error,
        Mismatch::Ambiguous {
            variants: ["First", "Second"]
        }
    ));
    assert_eq!(
        error.to_string(),
        "both `First` and `Second` answer this status with this problem type, so neither is decoded"
    );
}

#[test]
fn a_member_type_without_deserialize_leaves_only_its_variant_out() {
    let error = decoded::<Partial>(
        Status::BAD_REQUEST,
        r#"{"type":"https://example.com/probs/write-only","value":1}"#,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "`WriteOnly` answers it but is not decoded: a member's type does not implement `serde::Deserialize`"
    );
    // A borrowed string compiles, and says at run time that it cannot be read into.
    let error = decoded::<Partial>(
        Status::BAD_REQUEST,
        r#"{"type":"https://example.com/probs/borrowed","name":"ada"}"#,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("expected a borrowed string"),
        "{error}"
    );
    assert_eq!(
        decoded::<Partial>(
            Status::BAD_REQUEST,
            r#"{"type":"https://example.com/probs/fine","value":7}"#
        )
        .unwrap(),
        Partial::Fine { value: 7 }
    );
}

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum Generic<T, I> {
    #[error("value")]
    #[status(422, type = "https://example.com/probs/value")]
    Value {
        #[problem]
        value: T,
    },
    #[error(transparent)]
    #[status(transparent)]
    Inner(I),
}

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
#[error("boxed")]
#[status(410, type = "https://example.com/probs/boxed")]
struct Leaf {
    #[problem]
    depth: u8,
}

#[test]
fn generic_types_decode_where_their_parameters_do() {
    let value = decoded::<Generic<Vec<u16>, Box<Leaf>>>(
        Status::UNPROCESSABLE_CONTENT,
        r#"{"type":"https://example.com/probs/value","value":[1,2]}"#,
    );
    assert_eq!(value.unwrap(), Generic::Value { value: vec![1, 2] });
    let inner = decoded::<Generic<u8, Box<Leaf>>>(
        Status::GONE,
        r#"{"type":"https://example.com/probs/boxed","depth":3}"#,
    );
    assert_eq!(inner.unwrap(), Generic::Inner(Box::new(Leaf { depth: 3 })));
    // The status is part of the identity.
    let wrong_status = decoded::<Leaf>(
        Status::NOT_FOUND,
        r#"{"type":"https://example.com/probs/boxed","depth":3}"#,
    );
    assert!(matches!(wrong_status, Err(Mismatch::NoVariant)));
}

#[test]
fn rfc_9457_examples_and_peer_crates_bodies_read_as_documents() {
    // RFC 9457, Section 3: the out-of-credit example, without `status`.
    let credit = Document::from_json(
        br#"{
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "detail": "Your current balance is 30, but that costs 50.",
            "instance": "/account/12345/msgs/abc",
            "balance": 30,
            "accounts": ["/account/12345", "/account/67890"]
        }"#,
    )
    .unwrap();
    assert_eq!(credit.status, None);
    assert_eq!(credit.instance.as_deref(), Some("/account/12345/msgs/abc"));
    assert_eq!(
        credit
            .member_as::<Vec<String>>("accounts")
            .unwrap()
            .unwrap(),
        ["/account/12345", "/account/67890"]
    );
    let names: Vec<&str> = credit.members.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["balance", "accounts"]);

    // RFC 9457, Section 3: the validation example, errors with a JSON Pointer each.
    let validation = Document::from_json(
        br##"{
            "type": "https://example.net/validation-error",
            "title": "Your request is not valid.",
            "errors": [
                {"detail": "must be a positive integer", "pointer": "#/age"},
                {"detail": "must be 'green', 'red' or 'blue'", "pointer": "#/profile/color"}
            ]
        }"##,
    )
    .unwrap();
    assert_eq!(
        validation.member("errors").unwrap()[1]["pointer"],
        "#/profile/color"
    );

    // RFC 9457, Section 4.2.1: `about:blank`, said or left out.
    for body in [
        r#"{"type": "about:blank", "title": "Not Found", "status": 404}"#,
        r#"{"title": "Not Found", "status": 404}"#,
    ] {
        let blank = Document::from_json(body.as_bytes()).unwrap();
        assert_eq!(blank.problem_type, "about:blank");
        assert_eq!(blank.status, Some(Status::NOT_FOUND));
    }

    // Shaped as `http-api-problem` writes them: no `type`, extension members flattened.
    let peer = Document::from_json(
        br#"{"status":500,"title":"Internal Server Error","error":"this sucks","everything":42,"person":{"name":"Peter","age":77}}"#,
    )
    .unwrap();
    assert_eq!(peer.problem_type, "about:blank");
    assert_eq!(peer.member("person").unwrap()["age"], 77);

    // Shaped as `problem_details` writes them, extensions included.
    let peer = Document::from_json(
        br#"{"type":"https://example.com/probs/locked","status":423,"title":"Locked","detail":"the file is locked","owner":"ada"}"#,
    )
    .unwrap();
    assert_eq!(peer.status, Some(Status::LOCKED));
    assert_eq!(peer.member_as::<String>("owner").unwrap().unwrap(), "ada");

    // What consumers must ignore is ignored: members of the wrong type.
    let odd = Document::from_json(
        br#"{"type": 7, "title": ["x"], "status": "404", "detail": null, "instance": {}, "x": 1}"#,
    )
    .unwrap();
    assert_eq!(odd.problem_type, "about:blank");
    assert_eq!(
        (&odd.title, odd.status, &odd.detail, &odd.instance),
        (&None, None, &None, &None)
    );
    assert_eq!(
        odd.ignored,
        ["type", "title", "status", "detail", "instance"]
    );
    assert_eq!(odd.member("x"), Some(&serde_json::Value::from(1)));
}

#[test]
fn through_the_problem_layer_in_another_language_the_variant_is_the_same() {
    use http_status::layer::ProblemLayer;

    let rt = runtime();
    let next = Next::default();
    let addr = rt.block_on(async {
        let app = axum::Router::new()
            .route("/fail", get(fail))
            .with_state(next.clone())
            .layer(ProblemLayer::new().instance_from_path());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        addr
    });
    let client = reqwest::Client::new();
    rt.block_on(async {
        let scope = ApiError::Auth(AuthError::Scope {
            scope: "admin".into(),
        });
        *next.lock().unwrap() = Some(scope.clone());
        let response = client
            .get(format!("http://{addr}/fail"))
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap();
        // The registry's French title, the English message: neither is what decoding reads.
        assert_eq!(response.headers()["content-language"], "fr, en");
        let Err(Failure::Api(back)) = response.error_for_problem::<ApiError>().await else {
            panic!("a declared error")
        };
        assert_eq!(back, scope);

        // The framework's own 404, made a problem by the layer: kept, with the problem.
        let missing = client
            .get(format!("http://{addr}/nowhere"))
            .send()
            .await
            .unwrap();
        let Err(Failure::Unmatched(missing)) = missing.error_for_problem::<ApiError>().await else {
            panic!("the layer's 404 is no declared error")
        };
        assert!(matches!(missing.reason, Mismatch::NoVariant));
        let problem = missing.problem.unwrap();
        assert_eq!(
            (
                problem.problem_type.as_str(),
                problem.status,
                problem.instance.as_deref()
            ),
            ("about:blank", Some(Status::NOT_FOUND), Some("/nowhere"))
        );
    });
}

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum Timed {
    #[error("slow down")]
    #[status(429, type = "https://example.com/probs/slow", decode)]
    Slow {
        #[header("Retry-After")]
        wait: std::time::Duration,
    },
    #[error("down for maintenance")]
    #[status(503, expose, type = "https://example.com/probs/down", decode)]
    Down {
        #[header("Retry-After")]
        until: std::time::SystemTime,
    },
}

#[test]
fn durations_go_out_as_seconds_and_times_as_http_dates_and_come_back() {
    use std::time::{Duration, UNIX_EPOCH};

    let header = |error: &Timed| {
        let response = http_status::problem::to_response(error);
        response.headers()["retry-after"]
            .to_str()
            .unwrap()
            .to_owned()
    };
    // Whole seconds, rounded up, never 0 (RFC 9110, Section 10.2.3).
    for (wait, sent) in [
        (Duration::from_millis(1_500), "2"),
        (Duration::ZERO, "1"),
        (Duration::from_secs(120), "120"),
    ] {
        assert_eq!(header(&Timed::Slow { wait }), sent);
    }
    // An IMF-fixdate, read back by `httpdate` to the second.
    let until = UNIX_EPOCH + Duration::new(1_700_000_000, 500_000_000);
    let sent = header(&Timed::Down { until });
    assert_eq!(sent, "Tue, 14 Nov 2023 22:13:20 GMT");
    assert_eq!(
        httpdate::parse_http_date(&sent).unwrap(),
        UNIX_EPOCH + Duration::from_secs(1_700_000_000)
    );

    // And back into the enum, whole seconds being what the wire holds.
    let whole = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    for sent in [
        Timed::Slow {
            wait: Duration::from_secs(30),
        },
        Timed::Down { until: whole },
    ] {
        let back = decode::error_for_problem::<Timed, _>(http_status::problem::to_response(&sent));
        assert!(
            matches!(back, Err(Failure::Api(ref b)) if *b == sent),
            "{back:?}"
        );
    }
    // The obsolete forms RFC 9110 asks recipients to accept (Section 5.6.7).
    let problem =
        Document::new(Status::SERVICE_UNAVAILABLE).with_type("https://example.com/probs/down");
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "retry-after",
        http::HeaderValue::from_static("Tuesday, 14-Nov-23 22:13:20 GMT"),
    );
    let back = Timed::decode(&Received::new(
        Status::SERVICE_UNAVAILABLE,
        &headers,
        &problem,
    ));
    assert_eq!(back.unwrap(), Timed::Down { until: whole });
    // What is neither is a mismatch that says so.
    headers.insert("retry-after", http::HeaderValue::from_static("soon"));
    let problem = problem.with_type("https://example.com/probs/slow");
    let error = Timed::decode(&Received::new(
        Status::TOO_MANY_REQUESTS,
        &headers,
        &problem,
    ));
    assert_eq!(
        error.unwrap_err().to_string(),
        "`Slow`'s header `Retry-After` does not read back: \"soon\" is not a number of seconds"
    );
}
