//! Derived code lives in the user's crate, beside the user's names and lints. These types use the
//! exact names that once broke the expansion, and the crate denies every strict lint group: CI's
//! `cargo clippy --all-targets -- -D warnings` fails if the generated impls trip any of them.
#![deny(warnings, clippy::all, clippy::pedantic, clippy::nursery)]
#![allow(non_upper_case_globals, dead_code)]

use std::fmt::{self, Debug, Display};

use http_status::{Status, StatusResponse};

/// A user constant with the name the derive once used for its binding: a transparent arm must
/// still bind its field, not compare it with this constant.
const __inner: u8 = 0;

/// A lifetime with the name the axum impl once used for its higher-ranked bound.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Borrowed<'__a> {
    #[error("{0}")]
    #[status(transparent)]
    Inner(Status),
    #[error("missing {0}")]
    #[status(404)]
    Missing(&'__a str),
}

/// A recursive transparent variant: its bound must not be evaluated eagerly.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Recursive {
    #[error(transparent)]
    #[status(transparent)]
    Boxed(Box<Self>),
    #[error("leaf")]
    #[status(404)]
    Leaf,
}

/// Two transparent variants of the same parameter, which the user also bounds: the generated
/// where clauses hold each bound once (clippy's `type_repetition_in_bounds` and
/// `trait_duplication_in_bounds`, both in `nursery`).
#[derive(StatusResponse)]
enum Generic<T: Debug, U>
where
    U: Debug + StatusResponse,
{
    #[status(transparent)]
    First(T),
    #[status(transparent)]
    Second(T),
    #[status(transparent)]
    Third(U),
    #[status(400)]
    Neither,
}

impl<T: Debug, U: Debug + StatusResponse> Debug for Generic<T, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Generic")
    }
}

impl<T: Debug, U: Debug + StatusResponse> Display for Generic<T, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("generic")
    }
}

#[test]
fn transparent_binds_its_field_beside_a_user_const_named_like_the_binding() {
    assert_eq!(Borrowed::Inner(Status::GONE).status(), Status::GONE);
    assert_eq!(Borrowed::Missing("x").status(), Status::NOT_FOUND);
    assert_eq!(__inner, 0);
}

#[test]
fn recursive_transparent_variants_compile_and_delegate() {
    let nested = Recursive::Boxed(Box::new(Recursive::Boxed(Box::new(Recursive::Leaf))));
    assert_eq!(nested.status(), Status::NOT_FOUND);
}

#[test]
fn generic_transparent_variants_delegate_to_their_parameter() {
    let first: Generic<Status, Status> = Generic::First(Status::CONFLICT);
    assert_eq!(first.status(), Status::CONFLICT);
    let third: Generic<Status, Status> = Generic::Third(Status::GONE);
    assert_eq!(third.status(), Status::GONE);
    assert_eq!(
        Generic::<Status, Status>::Neither.status(),
        Status::BAD_REQUEST
    );
}

/// Headers, a problem type and title, members and an instance, generic and recursive, under the
/// same strict lints.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(500)]
enum Detailed<T: Debug> {
    #[error("slow down")]
    #[status(429, header("Retry-After", "5"))]
    Limited,
    #[error("{value}")]
    #[status(403, type = "/probs/value", title = "A value.")]
    Member {
        #[problem]
        value: T,
        #[header("X-Copy")]
        copy: u32,
        #[problem(instance)]
        at: String,
    },
    #[error("tuple")]
    #[status(409)]
    Tuple(#[problem(rename = "first")] u8, #[header("X-Second")] u8),
    #[error(transparent)]
    #[status(transparent)]
    Nested(Box<Self>),
    #[error("default")]
    Default,
}

/// Collects headers as `name: value`.
struct Lines(Vec<String>);

impl http_status::HeaderSink for Lines {
    fn header(&mut self, name: &str, value: &dyn Display) {
        self.0.push(format!("{name}: {value}"));
    }
}

fn headers_of(value: &impl StatusResponse) -> Vec<String> {
    let mut lines = Lines(Vec::new());
    value.headers(&mut lines);
    lines.0
}

#[test]
fn headers_types_and_titles_come_from_attributes_fields_and_inner_values() {
    let member: Detailed<u8> = Detailed::Member {
        value: 3,
        copy: 7,
        at: "/a".to_string(),
    };
    assert_eq!(headers_of(&member), ["X-Copy: 7"]);
    assert_eq!(member.problem_type(), Some("/probs/value"));
    assert_eq!(member.title(), Some("A value."));
    assert_eq!(headers_of(&Detailed::<u8>::Tuple(1, 2)), ["X-Second: 2"]);
    let nested: Detailed<u8> = Detailed::Nested(Box::new(Detailed::Limited));
    assert_eq!(headers_of(&nested), ["Retry-After: 5"]);
    assert_eq!(nested.status(), Status::TOO_MANY_REQUESTS);
    assert_eq!(nested.problem_type(), None);
    assert_eq!(headers_of(&Detailed::<u8>::Default), Vec::<String>::new());
}

#[cfg(feature = "problem")]
#[test]
fn members_and_instance_reach_the_problem_body() {
    let member: Detailed<u8> = Detailed::Member {
        value: 3,
        copy: 7,
        at: "/a".to_string(),
    };
    let body = http_status::problem::to_response(&member).into_body();
    let body = String::from_utf8(body).expect("UTF-8");
    assert_eq!(
        body,
        r#"{"type":"/probs/value","title":"A value.","status":403,"detail":"3","instance":"/a","value":3}"#
    );
    let tuple = http_status::problem::to_response(&Detailed::<u8>::Tuple(1, 2));
    assert_eq!(tuple.headers()["x-second"], "2");
    let body = String::from_utf8(tuple.into_body()).expect("UTF-8");
    assert!(body.ends_with(r#""detail":"tuple","first":1}"#), "{body}");
}

/// A user's trait whose name ends like ours: the derive must still add its own bound, since it
/// decides by what a bound is, not by how it is spelled.
trait MyStatusResponse: Debug {}

/// A user's own trait that is called `StatusResponse`, in another module.
mod other {
    pub trait StatusResponse {}
}

#[derive(StatusResponse)]
enum NamedLikeOurs<T: MyStatusResponse> {
    #[status(transparent)]
    Inner(T),
    #[status(404)]
    Missing,
}

#[derive(StatusResponse)]
enum SameNameElsewhere<T: other::StatusResponse> {
    #[status(transparent)]
    Inner(T),
    #[status(404)]
    Missing,
}

/// Implements both users' traits and ours.
#[derive(Debug, StatusResponse)]
#[status(409)]
struct Both;

impl MyStatusResponse for Both {}
impl other::StatusResponse for Both {}

#[test]
fn a_user_bound_named_like_ours_does_not_replace_ours() {
    assert_eq!(NamedLikeOurs::Inner(Both).status(), Status::CONFLICT);
    assert_eq!(NamedLikeOurs::<Both>::Missing.status(), Status::NOT_FOUND);
    assert_eq!(SameNameElsewhere::Inner(Both).status(), Status::CONFLICT);
}

/// A generic recursive type: the bound of its `Box<Tree<T>>` field would be its own proof.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[allow(clippy::use_self)] // spelled as users write it
enum Tree<T: Debug> {
    #[error(transparent)]
    #[status(transparent)]
    Node(Box<Tree<T>>),
    #[error("leaf")]
    #[status(404)]
    Leaf(T),
}

#[test]
fn a_generic_recursive_type_compiles_and_delegates() {
    let tree = Tree::Node(Box::new(Tree::Node(Box::new(Tree::Leaf(1u8)))));
    assert_eq!(tree.status(), Status::NOT_FOUND);
}

/// The names the generated impls bind, as a user's constants: each binding must still bind.
mod names_of_bindings {
    #![allow(non_upper_case_globals, dead_code)]

    use http_status::StatusResponse;

    const __http_status_sink: u8 = 0;
    const __http_status_map: u8 = 0;
    const __http_status_f0: u8 = 0;
    const __http_status_f1: u8 = 0;
    const __responses: u8 = 0;
    const __inner: u8 = 0;

    /// A type parameter with the name the members method once gave its own.
    #[derive(Debug, thiserror::Error, StatusResponse)]
    pub enum Shadowed<__HttpStatusMap: std::fmt::Debug> {
        #[error("limited")]
        #[status(429)]
        Limited {
            #[header("Retry-After")]
            seconds: u32,
            #[problem]
            value: __HttpStatusMap,
        },
        #[error("{0}")]
        #[status(transparent)]
        Inner(http_status::Status),
    }

    #[test]
    fn user_items_named_like_generated_bindings_change_nothing() {
        let limited: Shadowed<u8> = Shadowed::Limited {
            seconds: 5,
            value: 3,
        };
        assert_eq!(limited.status(), 429);
        #[cfg(feature = "problem")]
        {
            let response = http_status::problem::to_response(&limited);
            assert_eq!(response.headers()["retry-after"], "5");
            let body = String::from_utf8(response.into_body()).expect("UTF-8");
            assert!(body.ends_with(r#""value":3}"#), "{body}");
        }
        assert_eq!(
            Shadowed::<u8>::Inner(http_status::Status::GONE).status(),
            410
        );
        assert_eq!(
            __http_status_sink
                + __http_status_map
                + __http_status_f0
                + __http_status_f1
                + __responses
                + __inner,
            0
        );
    }
}

/// An expectation the user wrote for the enum is met by the enum: the derive does not copy it
/// onto the item that carries its own deprecation warning (where it would be unfulfilled, and
/// `deny(warnings)` would fail the build). `#[allow(deprecated)]` is what silences that warning.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[expect(non_camel_case_types)]
#[allow(deprecated)]
enum Expecting {
    #[error("teapot")]
    #[status(418)]
    a_teapot,
}

#[test]
fn an_expectation_on_the_enum_stays_with_the_enum() {
    assert_eq!(Expecting::a_teapot.status(), 418);
}
