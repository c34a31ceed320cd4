//! The expansion of `status!` stays clean under strict user lints, for every standard code.
//! `cargo clippy --all-targets` (run by CI) checks the clippy lints; `cargo test` the rustc ones.
#![deny(warnings, unused_qualifications, clippy::pedantic)]

use http_status::{status, Status};

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
