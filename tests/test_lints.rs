//! The expansions of `status!` (for every standard code) and of the derive (every attribute)
//! stay clean under strict user lints. `cargo clippy --all-targets` (run by CI) checks the clippy
//! lints; `cargo test` the rustc ones.
#![deny(warnings, unused_qualifications, clippy::pedantic)]

use std::fmt::Display;

use http_status::{status, HeaderSink, Status, StatusResponse};

#[test]
fn expansions_are_lint_clean() {
    let all: [Status; 60] = [
        status!(100),
        status!(101),
        status!(102),
        status!(103),
        status!(104),
        status!(200),
        status!(201),
        status!(202),
        status!(203),
        status!(204),
        status!(205),
        status!(206),
        status!(207),
        status!(208),
        status!(226),
        status!(300),
        status!(301),
        status!(302),
        status!(303),
        status!(304),
        status!(307),
        status!(308),
        status!(400),
        status!(401),
        status!(402),
        status!(403),
        status!(404),
        status!(405),
        status!(406),
        status!(407),
        status!(408),
        status!(409),
        status!(410),
        status!(411),
        status!(412),
        status!(413),
        status!(414),
        status!(415),
        status!(416),
        status!(417),
        status!(421),
        status!(422),
        status!(423),
        status!(424),
        status!(425),
        status!(426),
        status!(428),
        status!(429),
        status!(431),
        status!(451),
        status!(500),
        status!(501),
        status!(502),
        status!(503),
        status!(504),
        status!(505),
        status!(506),
        status!(507),
        status!(508),
        status!(511),
    ];
    assert!(all.windows(2).all(|w| w[0] < w[1]));
    let named = [
        status!(NotFound),
        status!(NOT_FOUND),
        status!("Not Found"),
        status!(nginx 499),
    ];
    assert!(named.iter().all(|s| s.is_client_error()));
    assert!(matches!(Status::OK, status!(200)));
}

/// Every attribute of the derive, in a crate that denies the strict lints.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(500)]
enum Strict<T: StatusResponse + std::fmt::Debug + Display> {
    #[error("not allowed")]
    #[status(405, header("Allow", "GET"))]
    Method,
    #[error("over quota {limit}")]
    #[status(429, type = "/probs/quota", title = "Over quota.")]
    Quota {
        #[problem]
        limit: u32,
        #[header("Retry-After")]
        seconds: u32,
        #[problem(instance)]
        at: String,
    },
    #[error("token")]
    #[status(esri 499)]
    Token,
    #[error("down")]
    #[status(503, expose)]
    Down,
    #[error(transparent)]
    #[status(transparent)]
    Inner(T),
    #[error(transparent)]
    #[status(transparent)]
    Nested(Box<Strict<T>>),
    #[error("default")]
    Default,
}

struct Count(usize);

impl HeaderSink for Count {
    fn header(&mut self, _: &str, _: &dyn Display) {
        self.0 += 1;
    }
}

#[test]
fn derived_impls_are_lint_clean() {
    let quota: Strict<Status> = Strict::Quota {
        limit: 3,
        seconds: 60,
        at: "/a".to_string(),
    };
    let mut count = Count(0);
    quota.headers(&mut count);
    assert_eq!(count.0, 1);
    assert_eq!(Strict::Inner(Status::GONE).status(), Status::GONE);
    assert_eq!(
        Strict::Nested(Box::new(Strict::<Status>::Token))
            .meaning()
            .map(http_status::Info::reason),
        Some("Token Required")
    );
    assert!(Strict::<Status>::Down.expose_detail());
    assert_eq!(Strict::<Status>::Method.status(), 405);
    assert_eq!(Strict::<Status>::Default.status(), 500);
}
