//! `use http_status::Status as StatusCode;` is the whole migration from the `http` crate.
//!
//! The first tests restate the `http` crate's own `StatusCode` tests (its `tests/status_code.rs`,
//! version 1.5) with that one import changed, the same inputs and the same expected values. The
//! last ones compare the two types on every `u16`.

use http_status::Status as StatusCode;

#[test]
fn from_bytes_takes_three_digits_from_100_to_999() {
    let accepted = [
        "100", "101", "199", "200", "250", "299", "321", "399", "499", "599", "600", "999",
    ];
    for text in accepted {
        assert!(StatusCode::from_bytes(text.as_bytes()).is_ok(), "{text}");
    }
    let refused = [
        "0", "00", "10", "40", "99", "000", "010", "099", "1000", "1999",
    ];
    for text in refused {
        assert!(StatusCode::from_bytes(text.as_bytes()).is_err(), "{text}");
    }
}

#[test]
fn compares_with_u16_both_ways() {
    let ok = StatusCode::from_u16(200u16).unwrap();
    assert_eq!(200u16, ok);
    assert_eq!(ok, 200u16);
}

#[test]
fn every_code_round_trips_through_bytes_u16_and_as_str() {
    for code in 100..1000u16 {
        let text = code.to_string();
        let status = StatusCode::from_bytes(text.as_bytes()).unwrap();
        assert_eq!(code, u16::from(status));
        assert_eq!(text, status.as_str());
    }
}

/// A valid code, for the class checks below.
fn code(n: u16) -> StatusCode {
    StatusCode::from_u16(n).unwrap()
}

#[test]
fn informational_is_1xx() {
    assert!(code(100).is_informational());
    assert!(code(199).is_informational());
    assert!(!code(200).is_informational());
}

#[test]
fn success_is_2xx() {
    assert!(code(200).is_success());
    assert!(code(299).is_success());
    assert!(!code(199).is_success());
    assert!(!code(300).is_success());
}

#[test]
fn redirection_is_3xx() {
    assert!(code(300).is_redirection());
    assert!(code(399).is_redirection());
    assert!(!code(299).is_redirection());
    assert!(!code(400).is_redirection());
}

#[test]
fn client_error_is_4xx() {
    assert!(code(400).is_client_error());
    assert!(code(499).is_client_error());
    assert!(!code(399).is_client_error());
    assert!(!code(500).is_client_error());
}

#[test]
fn server_error_is_5xx() {
    assert!(code(500).is_server_error());
    assert!(code(599).is_server_error());
    assert!(!code(499).is_server_error());
    // The `http` crate says 600 is no server error. RFC 9110, Section 15, tells a client to
    // treat an unrecognized code as the x00 of its class, and 6xx is no class: we count 600..=999
    // as server errors, so that a client never treats a 6xx as success.
    assert!(code(600).is_server_error());
}

/// The rest of `http::StatusCode`'s surface, by name.
#[test]
fn the_rest_of_the_api_has_the_same_names_and_meanings() {
    assert_eq!(StatusCode::default(), StatusCode::OK);
    assert_eq!(StatusCode::NOT_FOUND.as_str(), "404");
    assert_eq!(StatusCode::NOT_FOUND.canonical_reason(), Some("Not Found"));
    assert_eq!(StatusCode::from_u16(299).unwrap().canonical_reason(), None);
    assert_eq!(StatusCode::try_from(404u16), Ok(StatusCode::NOT_FOUND));
    assert_eq!(StatusCode::try_from("404"), Ok(StatusCode::NOT_FOUND));
    assert_eq!(StatusCode::try_from(&b"404"[..]), Ok(StatusCode::NOT_FOUND));
    assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NOT_FOUND));
    assert_eq!(StatusCode::from(&StatusCode::GONE), StatusCode::GONE);
    assert_eq!(u16::from(StatusCode::GONE), 410);
    assert!(StatusCode::from_u16(1000).is_err());
    assert_eq!(StatusCode::OK.to_string(), "200 OK");
}

/// Where we differ on purpose: RFC 9110's names, and a `Debug` that says what the number is.
#[test]
fn the_deliberate_differences() {
    // RFC 9110, Sections 15.5.14 and 15.5.21 renamed these; 416 was renamed before (RFC 7233),
    // and both crates agree on it.
    assert_eq!(
        http::StatusCode::UNPROCESSABLE_ENTITY.canonical_reason(),
        Some("Unprocessable Entity")
    );
    assert_eq!(
        StatusCode::UNPROCESSABLE_CONTENT.canonical_reason(),
        Some("Unprocessable Content")
    );
    assert_eq!(
        http::StatusCode::PAYLOAD_TOO_LARGE.canonical_reason(),
        Some("Payload Too Large")
    );
    assert_eq!(
        StatusCode::CONTENT_TOO_LARGE.canonical_reason(),
        Some("Content Too Large")
    );
    assert_eq!(
        http::StatusCode::RANGE_NOT_SATISFIABLE.canonical_reason(),
        Some("Range Not Satisfiable")
    );
    assert_eq!(
        StatusCode::RANGE_NOT_SATISFIABLE.canonical_reason(),
        Some("Range Not Satisfiable")
    );
    // `Debug`: `404` there, `Status(404)` here.
    assert_eq!(format!("{:?}", http::StatusCode::NOT_FOUND), "404");
    assert_eq!(format!("{:?}", StatusCode::NOT_FOUND), "Status(404)");
    // A documented vendor code has a phrase here, none there.
    assert_eq!(
        http::StatusCode::from_u16(499).unwrap().canonical_reason(),
        None
    );
    assert_eq!(code(499).canonical_reason(), Some("Client Closed Request"));
}

#[test]
fn compares_with_http_status_code_both_ways() {
    assert_eq!(StatusCode::NOT_FOUND, http::StatusCode::NOT_FOUND);
    assert_eq!(http::StatusCode::NOT_FOUND, StatusCode::NOT_FOUND);
    assert_ne!(StatusCode::NOT_FOUND, http::StatusCode::GONE);
    assert_ne!(http::StatusCode::GONE, StatusCode::NOT_FOUND);
}

/// Every phrase that differs from the `http` crate's, with the RFC 9110 section that names it.
const DIFFERENT_PHRASE: [(u16, &str, &str); 3] = [
    // Section 15.3.4 writes it with a hyphen.
    (
        203,
        "Non-Authoritative Information",
        "Non Authoritative Information",
    ),
    // Section 15.5.14 renamed it.
    (413, "Content Too Large", "Payload Too Large"),
    // Section 15.5.21 renamed it.
    (422, "Unprocessable Content", "Unprocessable Entity"),
];

#[test]
fn every_u16_behaves_as_in_the_http_crate() {
    for n in 0..=u16::MAX {
        let ours = StatusCode::from_u16(n);
        let theirs = http::StatusCode::from_u16(n);
        assert_eq!(ours.is_ok(), theirs.is_ok(), "from_u16({n})");
        let (Ok(ours), Ok(theirs)) = (ours, theirs) else {
            continue;
        };
        assert_eq!(ours.as_u16(), theirs.as_u16(), "{n}");
        assert_eq!(ours.as_str(), theirs.as_str(), "{n}");
        assert_eq!(ours.is_informational(), theirs.is_informational(), "{n}");
        assert_eq!(ours.is_success(), theirs.is_success(), "{n}");
        assert_eq!(ours.is_redirection(), theirs.is_redirection(), "{n}");
        assert_eq!(ours.is_client_error(), theirs.is_client_error(), "{n}");
        // 6xx..9xx: see `server_error_is_5xx`.
        if n < 600 {
            assert_eq!(ours.is_server_error(), theirs.is_server_error(), "{n}");
        }
        assert_eq!(ours, theirs, "{n}");
        assert_eq!(StatusCode::from(theirs), ours, "{n}");
        assert_eq!(http::StatusCode::from(ours), theirs, "{n}");
        // Where the `http` crate knows a phrase, we know one too, and it is the same unless
        // RFC 9110 renamed the code.
        if let Some(phrase) = theirs.canonical_reason() {
            match DIFFERENT_PHRASE.iter().find(|(code, ..)| *code == n) {
                Some((_, rfc, old)) => {
                    assert_eq!(ours.canonical_reason(), Some(*rfc), "{n}");
                    assert_eq!(phrase, *old, "{n}");
                    // The old name still parses, to the same code.
                    assert_eq!(StatusCode::from_reason(old), Some(ours), "{n}");
                }
                None => assert_eq!(ours.canonical_reason(), Some(phrase), "{n}"),
            }
        }
        let text = n.to_string();
        assert_eq!(
            StatusCode::from_bytes(text.as_bytes()).is_ok(),
            http::StatusCode::from_bytes(text.as_bytes()).is_ok(),
            "{n}"
        );
    }
}

#[cfg(feature = "http02")]
#[test]
fn converts_losslessly_with_http_0_2() {
    for n in 100..=999 {
        let ours = code(n);
        let old = http02::StatusCode::from(ours);
        assert_eq!(old.as_u16(), n);
        assert_eq!(StatusCode::from(old), ours);
        assert_eq!(ours, old);
        assert_eq!(old, ours);
    }
}
