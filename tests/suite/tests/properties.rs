//! Properties over all inputs: ranges, round trips, and no panic on arbitrary strings.

use http_status::{ParseStatusErrorKind, Status, REGISTRY};
use proptest::prelude::*;

#[test]
fn from_u16_accepts_exactly_100_to_999() {
    for code in 0..=u16::MAX {
        let result = Status::from_u16(code);
        assert_eq!(result.is_ok(), (100..=999).contains(&code), "{code}");
        match result {
            Ok(status) => {
                assert_eq!(status.as_u16(), code);
                assert_eq!(Status::try_from(code), Ok(status));
                assert_eq!(u16::from(status), code);
                assert_eq!(status, code);
            }
            Err(err) => assert_eq!(err.value(), code),
        }
    }
}

#[test]
fn every_code_round_trips_through_strings_and_http() {
    for code in 100..=999u16 {
        let status = Status::from_u16(code).unwrap();
        assert_eq!(status.to_string().parse::<Status>(), Ok(status), "{status}");
        assert_eq!(code.to_string().parse::<Status>(), Ok(status));
        let http = http::StatusCode::from(status);
        assert_eq!(http.as_u16(), code);
        assert_eq!(Status::from(http), status);
        assert_eq!(status.reason().is_some(), status.info().is_some());
    }
}

#[test]
fn display_is_code_and_phrase_or_code_alone() {
    assert_eq!(Status::NOT_FOUND.to_string(), "404 Not Found");
    assert_eq!(Status::from_u16(299).unwrap().to_string(), "299");
    assert_eq!(format!("{:?}", Status::NOT_FOUND), "Status(404)");
}

#[test]
fn every_name_and_const_name_resolves_to_its_code() {
    for info in REGISTRY {
        let primary = info.status().info().unwrap();
        // A second meaning of a number resolves to the number.
        assert_eq!(Status::from_reason(info.reason()), Some(info.status()));
        assert_eq!(Status::from_reason(info.const_name()), Some(info.status()));
        let camel: String = info
            .const_name()
            .split('_')
            .map(|w| w[..1].to_string() + &w[1..].to_ascii_lowercase())
            .collect();
        assert_eq!(Status::from_reason(&camel), Some(info.status()), "{camel}");
        let _ = primary;
    }
}

#[test]
fn from_reason_examples_from_the_issue() {
    let find = |s| Status::from_reason(s).map(Status::as_u16);
    assert_eq!(find("not found"), Some(404));
    assert_eq!(find("NotFound"), Some(404));
    assert_eq!(find("NOT_FOUND"), Some(404));
    assert_eq!(find("Moved Temporarily"), Some(302));
    assert_eq!(find("Payload Too Large"), Some(413));
    assert_eq!(find("PAYLOAD_TOO_LARGE"), Some(413));
    assert_eq!(find("unprocessable-entity"), Some(422));
    assert_eq!(find("Gateway Timeout"), Some(504));
    assert_eq!(find("I'm a teapot"), Some(418));
    assert_eq!(find("IM_A_TEAPOT"), Some(418));
    assert_eq!(find(""), None);
    assert_eq!(find(" - _ "), None);
    assert_eq!(find("Not Fund"), None);
}

#[test]
fn from_str_errors_say_what_was_wrong() {
    let kind = |s: &str| s.parse::<Status>().unwrap_err().kind();
    assert_eq!(kind(""), ParseStatusErrorKind::Empty);
    assert_eq!(kind("   "), ParseStatusErrorKind::Empty);
    assert_eq!(kind("40"), ParseStatusErrorKind::NotThreeDigits);
    assert_eq!(kind("0404"), ParseStatusErrorKind::LeadingZero);
    assert_eq!(kind("099"), ParseStatusErrorKind::LeadingZero);
    assert_eq!(kind("1000"), ParseStatusErrorKind::OutOfRange(1000));
    assert_eq!(
        kind("99999999999999"),
        ParseStatusErrorKind::OutOfRange(u32::MAX)
    );
    assert_eq!(kind("Not Fund"), ParseStatusErrorKind::UnknownReason);
    assert_eq!(
        kind("404 OK"),
        ParseStatusErrorKind::ReasonMismatch(Status::NOT_FOUND)
    );
    assert_eq!(
        kind("299 Custom"),
        ParseStatusErrorKind::ReasonMismatch(Status::from_u16(299).unwrap())
    );
    assert_eq!("302 Moved Temporarily".parse(), Ok(Status::FOUND));
    assert_eq!("  404   not found ".parse(), Ok(Status::NOT_FOUND));
    assert_eq!("499 Token Required".parse(), Ok(Status::TOKEN_REQUIRED));
    assert_eq!(
        "1000".parse::<Status>().unwrap_err().to_string(),
        "`1000` is not a status code: a status is 100 to 599 (RFC 9110, Section 15), and a `Status` also holds 600 to 999, which some peers send"
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_a_number_and_rejects_invalid_codes() {
    assert_eq!(serde_json::to_string(&Status::NOT_FOUND).unwrap(), "404");
    assert_eq!(
        serde_json::from_str::<Status>("404").unwrap(),
        Status::NOT_FOUND
    );
    let err = serde_json::from_str::<Status>("1000").unwrap_err();
    assert!(
        err.to_string()
            .contains("`1000` is not a status code: a status is 100 to 599"),
        "{err}"
    );
    assert!(serde_json::from_str::<Status>("70000").is_err());
    assert!(serde_json::from_str::<Status>("-404").is_err());
    // JSON is human-readable: a string goes through `FromStr`, with the same rules.
    assert_eq!(
        serde_json::from_str::<Status>("\"404 Not Found\"").unwrap(),
        Status::NOT_FOUND
    );
    assert_eq!(
        serde_json::from_str::<Status>("\"Payload Too Large\"").unwrap(),
        Status::CONTENT_TOO_LARGE
    );
    let err = serde_json::from_str::<Status>("\"0404\"").unwrap_err();
    assert!(err.to_string().contains("never starts with `0`"), "{err}");
    assert!(serde_json::from_str::<Status>("\"404\\u000bNot Found\"").is_err());
}

/// One rule for leading zeros and one for white space, whatever the shape of the input
/// (issue: `"0999"` and `"01000"` once failed differently, and so did form feed and vertical
/// tab between a code and its phrase).
#[test]
fn parse_rules_are_the_same_for_every_shape_of_input() {
    let kind = |s: &str| s.parse::<Status>().unwrap_err().kind();
    for zeroed in ["0404", "0999", "01000", "00404", "099", "000", "0100000"] {
        assert_eq!(
            kind(zeroed),
            ParseStatusErrorKind::LeadingZero,
            "{zeroed:?}"
        );
    }
    // Space, tab, CR and LF separate and are trimmed...
    for sep in [" ", "\t", "\r\n", " \t "] {
        let s = format!("{sep}404{sep}Not Found{sep}");
        assert_eq!(s.parse(), Ok(Status::NOT_FOUND), "{s:?}");
    }
    // ...and nothing else does, wherever it stands.
    for other in ['\u{b}', '\u{c}', '\u{a0}', '\u{2003}'] {
        let between = format!("404{other}Not Found");
        assert_eq!(
            kind(&between),
            ParseStatusErrorKind::UnknownReason,
            "{between:?}"
        );
        let around = format!("{other}404");
        assert_eq!(
            kind(&around),
            ParseStatusErrorKind::UnknownReason,
            "{around:?}"
        );
        let in_name = format!("Not{other}Found");
        assert_eq!(
            kind(&in_name),
            ParseStatusErrorKind::UnknownReason,
            "{in_name:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_arbitrary_strings_never_panics(s in ".{0,40}") {
        let _ = s.parse::<Status>();
        let _ = Status::from_reason(&s);
        let _ = http_status::suggest::by_name(&s).count();
    }

    #[test]
    fn parsing_ascii_soup_never_panics(s in "[0-9a-zA-Z _'-]{0,80}") {
        if let Ok(status) = s.parse::<Status>() {
            prop_assert!((100..=999).contains(&status.as_u16()));
        }
        let _ = Status::from_reason(&s);
    }

    #[test]
    fn from_reason_ignores_case_and_separators(i in 0..REGISTRY.len(), upper in any::<bool>(), sep in "[ _-]") {
        let info = &REGISTRY[i];
        let mangled: String = info.reason().split(' ').collect::<Vec<_>>().join(&sep);
        let mangled = if upper { mangled.to_uppercase() } else { mangled.to_lowercase() };
        prop_assert_eq!(Status::from_reason(&mangled), Some(info.status()));
    }
}

/// The obvious implementation of `from_reason`: canonical phrases over the whole registry
/// first, then historic names. The real one hashes and binary-searches; they must agree.
fn linear_from_reason(name: &str) -> Option<Status> {
    let fold = |s: &str| -> Vec<u8> {
        s.bytes()
            .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'-' | b'_' | b'\''))
            .map(|b| b.to_ascii_lowercase())
            .collect()
    };
    let wanted = fold(name);
    if wanted.is_empty() {
        return None;
    }
    REGISTRY
        .iter()
        .find(|i| fold(i.reason()) == wanted)
        .or_else(|| {
            REGISTRY
                .iter()
                .find(|i| i.history().iter().any(|f| fold(f.name()) == wanted))
        })
        .map(|i| i.status())
}

#[test]
fn hashed_lookup_agrees_with_a_linear_scan_on_every_name() {
    for info in REGISTRY {
        let names = std::iter::once(info.reason())
            .chain(std::iter::once(info.const_name()))
            .chain(info.history().iter().map(|f| f.name()));
        for name in names {
            assert_eq!(
                Status::from_reason(name),
                linear_from_reason(name),
                "{name}"
            );
        }
    }
}

proptest! {
    #[test]
    fn hashed_lookup_agrees_with_a_linear_scan(s in "[a-zA-Z _'-]{0,30}") {
        prop_assert_eq!(Status::from_reason(&s), linear_from_reason(&s));
    }
}
