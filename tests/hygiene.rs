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
