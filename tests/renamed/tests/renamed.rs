//! Both macros work when `http-status` is a renamed dependency (`hs`).

use hs::StatusResponse;
use http_status_renamed::{ApiError, Inner, Moved, MISSING};

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

#[test]
fn the_derive_follows_the_rename_in_cargo_toml_without_an_attribute() {
    let moved = Moved { hint: 1 };
    assert_eq!(moved.status(), hs::Status::CONFLICT);
    let response = hs::problem::to_response(&moved);
    assert_eq!(response.headers()["location"], "/elsewhere");
    let body: serde_json::Value = serde_json::from_slice(response.body()).expect("JSON");
    assert_eq!(body["hint"], 1);
}

/// A malformed or misplaced `crate = ...` is a clear error, and a path that does not resolve is
/// reported on the string; `extern crate hs as http_status;` works as a user would expect.
#[test]
fn crate_paths_wrong_and_right() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/pass/*.rs");
}
