//! `assert_status!` and `assert_problem!` as a test suite uses them: on the responses of axum
//! (through `tower::ServiceExt::oneshot`), of actix-web's test service, of reqwest against a real
//! server, and on bodies a client received; their failure messages, word for word.

use std::panic::{catch_unwind, AssertUnwindSafe};

use http_status::{assert_problem, assert_status, StatusResponse};
use tower::ServiceExt as _;

#[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no user {0}")]
    #[status(404)]
    NoUser(u32),
    #[error("you have {balance} credits")]
    #[status(403, type = "https://example.com/probs/out-of-credit", decode)]
    OutOfCredit {
        #[problem]
        balance: u32,
    },
}

/// The message of the panic `f` ends in.
fn panic_message(f: impl FnOnce()) -> String {
    let payload = catch_unwind(AssertUnwindSafe(f)).expect_err("a failed assertion");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap()
}

fn app() -> axum::Router {
    axum::Router::new()
        .route(
            "/users/7",
            axum::routing::get(|| async { Err::<(), _>(ApiError::NoUser(7)) }),
        )
        .route(
            "/credit",
            axum::routing::get(|| async { Err::<(), _>(ApiError::OutOfCredit { balance: 30 }) }),
        )
}

#[tokio::test]
async fn axum_responses() {
    let request = |uri: &str| {
        http::Request::get(uri)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let response = app().oneshot(request("/users/7")).await.unwrap();
    assert_status!(response, 404);
    assert_status!(response, NotFound);
    assert_status!(response, 4xx);
    let message = panic_message(|| assert_status!(response, 5xx));
    assert_eq!(
        message,
        "assertion failed: the response's status is not 5xx\n  expected: any 5xx (Server Error)\n    actual: 404 Not Found\n   problem: Not Found: no user 7"
    );
    let message = panic_message(|| assert_status!(response, "Gone"));
    assert!(message.contains("\n  expected: 410 Gone\n"), "{message}");

    // From the response's extensions: axum's body is a stream.
    let response = app().oneshot(request("/credit")).await.unwrap();
    assert_problem!(response, ApiError::OutOfCredit { balance: 30 });
    assert_problem!(response, ApiError::OutOfCredit { balance } if *balance > 10);
    let message =
        panic_message(|| assert_problem!(response, ApiError::OutOfCredit { balance: 31 }));
    assert_eq!(
        message,
        "assertion failed: the response's problem does not match `ApiError::OutOfCredit { balance: 31 }`\n  decoded: OutOfCredit { balance: 30 }"
    );
    // A variant that is not decoded says why.
    let response = app().oneshot(request("/users/7")).await.unwrap();
    let message = panic_message(|| assert_problem!(response, ApiError::NoUser(7)));
    assert!(
        message.contains("is none of the type's variants: `NoUser` answers it but is not decoded: its field `0` is not sent"),
        "{message}"
    );
}

#[tokio::test]
async fn reqwest_responses_and_received_bodies() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app()).await });
    let response = reqwest::get(format!("{base}/credit")).await.unwrap();
    assert_status!(response, 403);
    assert_status!(response, Forbidden);
    // A body a client received, in an `http::Response`.
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.unwrap().to_vec();
    let mut received = http::Response::new(body);
    *received.status_mut() = status;
    *received.headers_mut() = headers;
    assert_problem!(received, ApiError::OutOfCredit { balance: 30 });
}

#[actix_web::test]
async fn actix_test_responses() {
    use actix_web::{test, web, App};

    let app = test::init_service(
        App::new()
            .route(
                "/users/7",
                web::get().to(|| async { Err::<&'static str, _>(ApiError::NoUser(7)) }),
            )
            .route(
                "/credit",
                web::get()
                    .to(|| async { Err::<&'static str, _>(ApiError::OutOfCredit { balance: 30 }) }),
            ),
    )
    .await;
    let response =
        test::call_service(&app, test::TestRequest::get().uri("/users/7").to_request()).await;
    assert_status!(response, 404);
    let message = panic_message(|| assert_status!(response, 200));
    assert!(
        message.ends_with("    actual: 404 Not Found\n   problem: Not Found: no user 7"),
        "{message}"
    );
    let response =
        test::call_service(&app, test::TestRequest::get().uri("/credit").to_request()).await;
    assert_problem!(response, ApiError::OutOfCredit { .. });
}
