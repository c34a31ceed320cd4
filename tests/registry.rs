//! Invariants of the registry table: what every other part of the project relies on.

use http_status::{Class, Lang, Standing, Status, Vendor, REGISTRY};

/// SCREAMING_SNAKE_CASE of a reason phrase: letters and digits kept, apostrophes dropped,
/// every other run of characters one underscore.
fn screaming_snake(phrase: &str) -> String {
    let mut out = String::new();
    for c in phrase.chars().filter(|c| *c != '\'') {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

#[test]
fn registry_is_sorted_by_code() {
    assert!(REGISTRY.windows(2).all(|w| w[0].code() <= w[1].code()));
}

#[test]
fn entries_are_unique_by_code_and_meaning() {
    for (i, a) in REGISTRY.iter().enumerate() {
        for b in &REGISTRY[i + 1..] {
            assert_ne!(a.const_name(), b.const_name(), "duplicate const name");
            if a.code() == b.code() {
                // Only vendor codes may share a number, and then from different vendors.
                let (Standing::Vendor(va), Standing::Vendor(vb)) = (a.standing(), b.standing())
                else {
                    panic!("{} has two entries and one is not a vendor code", a.code());
                };
                assert_ne!(va, vb, "{} listed twice for {va}", a.code());
            }
        }
    }
}

#[test]
fn class_matches_first_digit() {
    for info in REGISTRY {
        assert_eq!(
            u16::from(info.class().first_digit()),
            info.code() / 100,
            "{}",
            info.code()
        );
        assert!(info.class().range().contains(&info.code()));
    }
}

#[test]
fn const_names_are_derived_from_phrases() {
    for info in REGISTRY {
        assert_eq!(
            info.const_name(),
            screaming_snake(info.reason()),
            "{}",
            info.code()
        );
        for former in info.history() {
            if let Some(name) = former.const_name() {
                assert_eq!(name, screaming_snake(former.name()), "{}", info.code());
            }
        }
    }
}

#[test]
fn every_entry_is_described_in_every_language() {
    for info in REGISTRY {
        for lang in Lang::ALL {
            let text = info.description(lang);
            assert!(
                !text.trim().is_empty(),
                "{} has no {lang:?} text",
                info.code()
            );
            let sentences = text.matches(['.', '!', '?']).count();
            assert!(
                (1..=3).contains(&sentences),
                "{} {lang:?}: one to three sentences, found {sentences}",
                info.code()
            );
        }
        assert_ne!(info.description(Lang::En), info.description(Lang::Fr));
    }
}

#[test]
fn references_are_well_formed() {
    for info in REGISTRY {
        let reference = info.reference();
        match info.standing() {
            Standing::Vendor(vendor) => {
                let first_word = vendor.name().split([' ', '/']).next().unwrap();
                assert!(
                    reference.contains(first_word),
                    "{}: a vendor reference names the vendor's documentation: {reference}",
                    info.code()
                );
            }
            _ => {
                let ok = reference.starts_with("draft-ietf-")
                    || reference
                        .strip_prefix("RFC ")
                        .and_then(|r| r.split([',', ';']).next())
                        .is_some_and(|n| n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()));
                assert!(ok, "{}: malformed reference {reference}", info.code());
                if let Some((_, section)) = reference.split_once(", Section ") {
                    assert!(
                        section.split('.').all(|p| p.parse::<u8>().is_ok()),
                        "{reference}"
                    );
                }
            }
        }
        for former in info.history() {
            assert!(!former.name().is_empty() && !former.source().is_empty());
            assert!(!former.note().is_empty());
        }
    }
}

#[test]
fn vendor_codes_are_never_standard_and_every_vendor_is_used() {
    for vendor in Vendor::ALL {
        assert!(
            REGISTRY
                .iter()
                .any(|i| i.standing() == Standing::Vendor(vendor)),
            "{vendor} has no code"
        );
        assert_eq!(Vendor::from_keyword(vendor.keyword()), Some(vendor));
    }
    for info in REGISTRY {
        if let Standing::Vendor(_) = info.standing() {
            assert!(!info.standing().is_standard());
            assert!(!info.is_cacheable());
        }
    }
}

#[test]
fn the_issue_s_vendor_codes_are_present_with_their_vendor() {
    let has = |code: u16, vendor: Vendor| {
        Status::from_u16(code)
            .unwrap()
            .meanings()
            .iter()
            .any(|i| i.standing() == Standing::Vendor(vendor))
    };
    for code in [444, 494, 495, 496, 497, 499] {
        assert!(has(code, Vendor::Nginx), "nginx {code}");
    }
    for code in (520..=527).chain([530]) {
        assert!(has(code, Vendor::Cloudflare), "cloudflare {code}");
    }
    assert!(has(440, Vendor::Iis) && has(449, Vendor::Iis));
    assert!(has(509, Vendor::Apache));
    // 499 keeps both meanings apart.
    let m = Status::CLIENT_CLOSED_REQUEST.meanings();
    assert_eq!(
        [m[0].reason(), m[1].reason()],
        ["Client Closed Request", "Token Required"]
    );
}

#[test]
fn standings_follow_iana() {
    let standing = |code| Status::from_u16(code).unwrap().info().unwrap().standing();
    assert_eq!(standing(104), Standing::Provisional);
    assert_eq!(standing(306), Standing::Unused);
    assert_eq!(standing(418), Standing::Unused);
    assert_eq!(standing(305), Standing::Deprecated);
    assert_eq!(standing(510), Standing::Obsolete);
    assert_eq!(Status::SWITCH_PROXY.reason(), Some("Switch Proxy"));
    assert_eq!(Status::IM_A_TEAPOT.reason(), Some("I'm a teapot"));
}

#[test]
fn flags_follow_rfc_9110() {
    let cacheable: Vec<u16> = REGISTRY
        .iter()
        .filter(|i| i.is_cacheable())
        .map(|i| i.code())
        .collect();
    assert_eq!(
        cacheable,
        [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]
    );
    let no_content: Vec<u16> = REGISTRY
        .iter()
        .filter(|i| !i.allows_content())
        .map(|i| i.code())
        .collect();
    assert_eq!(no_content, [100, 101, 102, 103, 104, 204, 205, 304]);
}

#[test]
fn history_records_the_renames_and_old_meanings() {
    let history = |code: u16| -> Vec<&str> {
        Status::from_u16(code)
            .unwrap()
            .info()
            .unwrap()
            .history()
            .iter()
            .map(|f| f.name())
            .collect()
    };
    assert_eq!(history(302), ["Moved Temporarily"]);
    assert_eq!(history(203), ["Partial Information"]);
    assert_eq!(history(204), ["No Response"]);
    assert_eq!(history(301), ["Moved"]);
    assert_eq!(history(303), ["Method"]);
    assert_eq!(history(502), ["Service temporarily overloaded"]);
    assert_eq!(
        history(503),
        ["Gateway timeout", "Service Temporarily Unavailable"]
    );
    assert_eq!(history(405), ["Not Allowed"]);
    assert_eq!(history(501), ["Method Not Implemented"]);
    assert_eq!(
        history(413),
        ["Request Entity Too Large", "Payload Too Large"]
    );
    assert_eq!(
        history(414),
        ["Request-URI Too Long", "Request-URI Too Large"]
    );
    assert_eq!(history(416), ["Requested Range Not Satisfiable"]);
    assert_eq!(history(422), ["Unprocessable Entity"]);
    assert_eq!(history(103), ["Checkpoint"]);
    assert_eq!(history(308), ["Resume Incomplete"]);
    assert_eq!(history(421), ["Too Many Connections"]);
    assert_eq!(history(425), ["Unordered Collection"]);
}

#[test]
#[allow(deprecated)]
fn deprecated_aliases_equal_the_renamed_codes() {
    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::CONTENT_TOO_LARGE);
    assert_eq!(Status::REQUEST_ENTITY_TOO_LARGE, Status::CONTENT_TOO_LARGE);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UNPROCESSABLE_CONTENT);
    assert_eq!(Status::REQUEST_URI_TOO_LONG, Status::URI_TOO_LONG);
    assert_eq!(
        Status::REQUESTED_RANGE_NOT_SATISFIABLE,
        Status::RANGE_NOT_SATISFIABLE
    );
    assert_eq!(Status::MOVED_TEMPORARILY, Status::FOUND);
}

#[test]
fn classes_cover_100_to_999() {
    assert_eq!(Class::of(99), None);
    assert_eq!(Class::of(1000), None);
    for code in 100..=999u16 {
        let status = Status::from_u16(code).unwrap();
        let expected = match code / 100 {
            1 => Class::Informational,
            2 => Class::Success,
            3 => Class::Redirection,
            4 => Class::ClientError,
            _ => Class::ServerError,
        };
        assert_eq!(status.class(), expected);
        let flags = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(flags.iter().filter(|f| **f).count(), 1, "{code}");
    }
}

/// Issue 8, §1: the header rules, as RFC 9110 (and RFC 6585, 7725) state them.
#[test]
fn header_rules_match_their_rfcs() {
    use http_status::Requirement::{May, Must, Should};

    let rules = |code: u16| -> Vec<(&str, http_status::Requirement, &str)> {
        Status::from_u16(code)
            .unwrap()
            .info()
            .unwrap()
            .headers()
            .iter()
            .map(|r| (r.name(), r.requirement(), r.reference()))
            .collect()
    };
    assert_eq!(
        rules(401),
        [("WWW-Authenticate", Must, "RFC 9110, Section 15.5.2")]
    );
    assert_eq!(rules(405), [("Allow", Must, "RFC 9110, Section 15.5.6")]);
    assert_eq!(
        rules(407),
        [("Proxy-Authenticate", Must, "RFC 9110, Section 15.5.8")]
    );
    assert_eq!(rules(426), [("Upgrade", Must, "RFC 9110, Section 15.5.22")]);
    assert_eq!(rules(101), [("Upgrade", Must, "RFC 9110, Section 15.2.2")]);
    assert_eq!(
        rules(206)[0],
        ("Content-Range", Must, "RFC 9110, Section 15.3.7.1")
    );
    assert_eq!(
        rules(416),
        [("Content-Range", Should, "RFC 9110, Section 15.5.17")]
    );
    assert_eq!(rules(201), [("Location", May, "RFC 9110, Section 15.3.2")]);
    for (code, section) in [
        (301, "15.4.2"),
        (302, "15.4.3"),
        (303, "15.4.4"),
        (307, "15.4.8"),
        (308, "15.4.9"),
    ] {
        let reference = format!("RFC 9110, Section {section}");
        assert_eq!(
            rules(code),
            [("Location", Should, reference.as_str())],
            "{code}"
        );
    }
    // The issue's table said MAY; RFC 9110 says SHOULD, when the condition is temporary.
    assert_eq!(
        rules(413),
        [("Retry-After", Should, "RFC 9110, Section 15.5.14")]
    );
    assert_eq!(rules(429), [("Retry-After", May, "RFC 6585, Section 4")]);
    assert_eq!(
        rules(503),
        [("Retry-After", May, "RFC 9110, Section 15.6.4")]
    );
    assert_eq!(rules(451), [("Link", Should, "RFC 7725, Section 4")]);
    assert!(rules(404).is_empty());
}

#[cfg(feature = "http")]
#[test]
fn only_unconditional_musts_are_mandatory_and_vendor_meanings_have_no_rules() {
    let mandatory: Vec<u16> = REGISTRY
        .iter()
        .filter(|i| {
            i.headers()
                .iter()
                .any(http_status::HeaderRule::is_mandatory)
        })
        .map(http_status::Info::code)
        .collect();
    assert_eq!(mandatory, [101, 401, 405, 407, 426]);
    for info in REGISTRY {
        for rule in info.headers() {
            assert!(rule.reference().starts_with("RFC "), "{}", rule.reference());
            assert!(
                rule.reference().contains(", Section "),
                "{}",
                rule.reference()
            );
            assert!(
                http::HeaderName::from_bytes(rule.name().as_bytes()).is_ok(),
                "{}",
                rule.name()
            );
            if let Some(condition) = rule.condition() {
                assert!(!condition.is_empty());
            }
        }
        if matches!(info.standing(), Standing::Vendor(_)) {
            assert!(info.headers().is_empty(), "{}", info.code());
        }
    }
}

/// The phrases widely deployed servers write on their status lines resolve, though no RFC uses
/// them: nginx's `405 Not Allowed`, `503 Service Temporarily Unavailable` and, in older
/// releases, `501 Method Not Implemented`.
#[test]
fn nginx_status_lines_resolve() {
    for (line, code) in [
        ("405 Not Allowed", 405),
        ("503 Service Temporarily Unavailable", 503),
        ("501 Method Not Implemented", 501),
        ("408 Request Time-out", 408),
        ("414 Request-URI Too Large", 414),
    ] {
        let status: Status = line.parse().unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(status, code, "{line}");
        let phrase = line.split_once(' ').map(|(_, p)| p).unwrap_or_default();
        assert_eq!(Status::from_reason(phrase), Some(status), "{phrase}");
    }
    let former = Status::METHOD_NOT_ALLOWED.info().unwrap().history();
    assert!(former
        .iter()
        .any(|f| f.name() == "Not Allowed" && f.source() == "nginx"));
}

#[test]
fn every_entry_has_a_french_phrase_of_its_own() {
    use http_status::Lang;
    for info in REGISTRY {
        let fr = info.reason_in(Lang::Fr);
        assert!(!fr.trim().is_empty(), "{}", info.code());
        assert_eq!(fr.trim(), fr, "{}", info.code());
        assert_eq!(info.reason_in(Lang::En), info.reason());
        // A few are the same words in both languages; most are not.
    }
    let same = REGISTRY
        .iter()
        .filter(|i| i.reason_in(Lang::Fr) == i.reason())
        .count();
    assert!(same <= 2, "{same} phrases are not translated");
}
