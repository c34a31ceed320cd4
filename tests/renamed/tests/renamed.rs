//! Both macros work when `http-status` is a renamed dependency (`hs`).

use hs::StatusResponse;
use http_status_renamed::{ApiError, Inner, MISSING};

#[test]
fn status_macro_follows_the_rename() {
    assert_eq!(MISSING, hs::Status::NOT_FOUND);
    assert!(matches!(hs::Status::GONE, hs::status!(Gone)));
}

#[test]
fn the_derive_follows_crate_attribute() {
    assert_eq!(ApiError::Missing.status(), 404);
    assert_eq!(ApiError::Inner(Inner).status(), 410);
    assert_eq!(ApiError::Unexpected.status(), 500);
    assert_eq!(ApiError::Teapot.status(), 418);
    let response = hs::problem::to_response(&ApiError::Quota {
        limit: 3,
        seconds: 60,
    });
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "60");
    let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(body["type"], "/probs/quota");
    assert_eq!(body["limit"], 3);
    let response = hs::problem::to_response(&ApiError::ReadOnly);
    assert_eq!(response.headers()["allow"], "GET");
}

/// Without `crate = ...`, the error says so; with a path that does not resolve, rustc points
/// at the string.
#[test]
fn a_missing_or_wrong_crate_path_is_a_clear_error() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
