//! The registry against the reference tables it is built from, copied into `tests/data/`:
//! the IANA registry, RFC 9110's section numbers, the codes of the source documents, and the
//! `http` crate's constants.

use http_status::{Standing, Status, REGISTRY};

const IANA: &str = include_str!("data/iana.tsv");
const RFC9110: &str = include_str!("data/rfc9110.tsv");
const SEEDS: &str = include_str!("data/seeds.tsv");

/// Rows of a TSV file, header skipped.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
}

/// `[RFC9110, Section 15.5.5]` -> `RFC 9110, Section 15.5.5`; several brackets join with `; `.
fn iana_reference(raw: &str) -> String {
    raw.trim_start_matches('[')
        .trim_end_matches(']')
        .split("][")
        .map(|part| match part.strip_prefix("RFC") {
            Some(rest) => format!("RFC {rest}"),
            None => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn info(code: u16) -> &'static http_status::Info {
    Status::from_u16(code)
        .unwrap()
        .info()
        .unwrap_or_else(|| panic!("{code} is missing from the registry"))
}

#[test]
fn every_iana_code_is_present_with_its_exact_phrase_and_reference() {
    let mut count = 0;
    for row in rows(IANA) {
        let code: u16 = row[0].parse().unwrap();
        let info = info(code);
        assert!(
            !matches!(info.standing(), Standing::Vendor(_)),
            "{code} is IANA's"
        );
        if row[1] == "(Unused)" {
            assert_eq!(info.standing(), Standing::Unused, "{code}");
        } else {
            assert_eq!(info.reason(), row[1], "{code}: IANA reason phrase");
        }
        assert_eq!(
            info.reference(),
            iana_reference(row[2]),
            "{code}: IANA reference"
        );
        count += 1;
    }
    assert_eq!(count, 64);
}

#[test]
fn iana_markers_are_reflected_in_the_standing() {
    for row in rows(IANA) {
        let code: u16 = row[0].parse().unwrap();
        let standing = info(code).standing();
        if row[3].contains("TEMPORARY") {
            assert_eq!(standing, Standing::Provisional, "{code}");
        }
        if row[3].contains("OBSOLETED") {
            assert_eq!(standing, Standing::Obsolete, "{code}");
        }
    }
}

#[test]
fn every_rfc_9110_code_cites_its_section() {
    let mut count = 0;
    for row in rows(RFC9110) {
        let code: u16 = row[0].parse().unwrap();
        assert_eq!(
            info(code).reference(),
            format!("RFC 9110, Section {}", row[2]),
            "{code}"
        );
        count += 1;
    }
    assert_eq!(count, 46);
}

#[test]
fn every_code_of_the_source_documents_is_present() {
    let mut codes: Vec<u16> = rows(SEEDS).map(|r| r[0].parse().unwrap()).collect();
    codes.dedup();
    assert_eq!(codes.len(), 57, "distinct codes in seeds.tsv");
    for code in codes {
        info(code);
    }
    assert!(info(449).reason() == "Retry With" && info(509).reason() == "Bandwidth Limit Exceeded");
}

#[test]
fn every_name_in_the_source_documents_resolves_to_its_code() {
    // The seeds' names, old and new, all lead back to their code through `from_reason`, except
    // the ones a current canonical name wins (the 1992 503 "Gateway timeout" is 504 today).
    for row in rows(SEEDS) {
        let (code, name) = (row[0].parse::<u16>().unwrap(), row[2]);
        if name.is_empty() || name == "(Unused)" || name == "Unused" || name == "Verrouillé" {
            continue;
        }
        let found = Status::from_reason(name).unwrap_or_else(|| panic!("{name:?} ({code})"));
        let canonical_elsewhere = REGISTRY
            .iter()
            .any(|i| i.code() != code && i.reason().eq_ignore_ascii_case(name));
        if canonical_elsewhere {
            assert_ne!(found, code, "{name:?}: the current name wins");
        } else {
            assert_eq!(found, code, "{name:?}");
        }
    }
}

/// Every const of the `http` crate exists here under the same name with the same value (the
/// renamed ones as deprecated aliases), so migrating is search and replace.
#[test]
#[allow(deprecated)]
fn http_crate_const_names_exist_with_the_same_values() {
    macro_rules! same {
        ($($name:ident)*) => {$(
            assert_eq!(Status::$name.as_u16(), http::StatusCode::$name.as_u16(), stringify!($name));
        )*};
    }
    same! {
        CONTINUE SWITCHING_PROTOCOLS PROCESSING EARLY_HINTS OK CREATED ACCEPTED
        NON_AUTHORITATIVE_INFORMATION NO_CONTENT RESET_CONTENT PARTIAL_CONTENT MULTI_STATUS
        ALREADY_REPORTED IM_USED MULTIPLE_CHOICES MOVED_PERMANENTLY FOUND SEE_OTHER NOT_MODIFIED
        USE_PROXY TEMPORARY_REDIRECT PERMANENT_REDIRECT BAD_REQUEST UNAUTHORIZED PAYMENT_REQUIRED
        FORBIDDEN NOT_FOUND METHOD_NOT_ALLOWED NOT_ACCEPTABLE PROXY_AUTHENTICATION_REQUIRED
        REQUEST_TIMEOUT CONFLICT GONE LENGTH_REQUIRED PRECONDITION_FAILED PAYLOAD_TOO_LARGE
        URI_TOO_LONG UNSUPPORTED_MEDIA_TYPE RANGE_NOT_SATISFIABLE EXPECTATION_FAILED IM_A_TEAPOT
        MISDIRECTED_REQUEST UNPROCESSABLE_ENTITY LOCKED FAILED_DEPENDENCY TOO_EARLY
        UPGRADE_REQUIRED PRECONDITION_REQUIRED TOO_MANY_REQUESTS REQUEST_HEADER_FIELDS_TOO_LARGE
        UNAVAILABLE_FOR_LEGAL_REASONS INTERNAL_SERVER_ERROR NOT_IMPLEMENTED BAD_GATEWAY
        SERVICE_UNAVAILABLE GATEWAY_TIMEOUT HTTP_VERSION_NOT_SUPPORTED VARIANT_ALSO_NEGOTIATES
        INSUFFICIENT_STORAGE LOOP_DETECTED NOT_EXTENDED NETWORK_AUTHENTICATION_REQUIRED
    }
}
