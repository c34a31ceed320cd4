//! The hot paths of `Status` against the `http` crate's `StatusCode`, called the way users call
//! them, in one process, in interleaved rounds.
//!
//! ```text
//! cargo bench -p http-status-suite --bench compare            # every operation
//! cargo bench -p http-status-suite --bench compare -- reason  # those whose name contains `reason`
//! ```
//!
//! Each measurement runs one operation over a whole input set: every element comes through
//! `black_box`, and every result is added into a sum that goes through `black_box`, so nothing
//! is hoisted or dropped. A round measures ours and the anchor back to back, in an order that
//! alternates from round to round, so that drift on the machine falls on both alike. The figures
//! are the medians over the rounds of the time per element, and the median of the per-round
//! ratios.
//!
//! Inputs: every code 100..=599; 4,096 pseudo-random codes 100..=999 (a fixed seed); and a
//! realistic mix of 4,096 codes (200 half the time, 404 a fifth, then 201, 204, 301, 302, 304,
//! 400, 401, 403, 409, 422, 429, 500, 502, 503).

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

use http_status::Status;

/// Rounds per operation; each round measures both crates.
const ROUNDS: usize = 41;
/// Passes over the input per measurement, so that one measurement takes well over a timer tick.
const PASSES: usize = 40;

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let sets = inputs();
    println!("| operation | input | http-status ns | http ns | ratio (median of rounds) |");
    println!("| --- | --- | --- | --- | --- |");
    for (set, codes) in &sets {
        if filter.is_empty() || filter.iter().any(|f| "from_u16".contains(f.as_str())) {
            let (o, t, r) = compare(codes, from_u16_ours, codes, from_u16_http);
            println!("| from_u16 | {set} | {o:.2} | {t:.2} | {r:.2}x |");
        }
        queries(&filter, set, codes);
    }
    if filter.is_empty() || filter.iter().any(|f| "display".contains(f.as_str())) {
        for (set, codes) in &sets {
            let (o, t, r) = display(codes);
            println!("| Display into a reused String | {set} | {o:.2} | {t:.2} | {r:.2}x |");
        }
    }
    if filter.is_empty() || filter.iter().any(|f| "from_reason".contains(f.as_str())) {
        from_reason();
    }
    if filter.is_empty() || filter.iter().any(|f| "problem".contains(f.as_str())) {
        problem::run();
    }
    if filter.is_empty() || filter.iter().any(|f| "frameworks".contains(f.as_str())) {
        frameworks::run();
    }
    if filter.is_empty() || filter.iter().any(|f| "negotiate".contains(f.as_str())) {
        negotiate::run();
    }
    if filter.is_empty() || filter.iter().any(|f| "decode".contains(f.as_str())) {
        decode::run();
    }
}

/// A fixed xorshift, so every run sees the same codes.
fn random_codes(n: usize) -> Vec<u16> {
    let mut x: u32 = 0x9E37_79B9;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            100 + (x % 900) as u16
        })
        .collect()
}

fn realistic(n: usize) -> Vec<u16> {
    let tail = [
        201, 204, 301, 302, 304, 400, 401, 403, 409, 422, 429, 500, 502, 503,
    ];
    random_codes(n)
        .into_iter()
        .enumerate()
        .map(|(i, r)| match r % 10 {
            0..=4 => 200,
            5 | 6 => 404,
            _ => tail[i % tail.len()],
        })
        .collect()
}

fn inputs() -> Vec<(&'static str, Vec<u16>)> {
    vec![
        ("all 100..=599", (100..=599).collect()),
        ("random 100..=999", random_codes(4096)),
        ("realistic mix", realistic(4096)),
    ]
}

/// One pass of an operation over its inputs: the sum of its results.
type Op<T> = fn(&[T]) -> u64;

/// Runs every status query on `codes`, each against its anchor, and prints a row for each.
fn queries(filter: &[String], set: &str, codes: &[u16]) {
    let ours: Vec<Status> = codes
        .iter()
        .filter_map(|&c| Status::from_u16(c).ok())
        .collect();
    let theirs: Vec<http::StatusCode> = codes
        .iter()
        .filter_map(|&c| http::StatusCode::from_u16(c).ok())
        .collect();
    let row = |name: &str, (o, t, r): (f64, f64, f64)| {
        if filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str())) {
            println!("| {name} | {set} | {o:.2} | {t:.2} | {r:.2}x |");
        }
    };
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let run = |name: &str, o: Op<Status>, t: Op<http::StatusCode>| {
        if wanted(name) {
            row(name, compare(&ours, o, &theirs, t));
        }
    };
    run(
        "as_u16",
        |v| sum(v, |s| u64::from(s.as_u16())),
        |v| sum(v, |t| u64::from(t.as_u16())),
    );
    run(
        "is_informational",
        |v| sum(v, |s| u64::from(s.is_informational())),
        |v| sum(v, |t| u64::from(t.is_informational())),
    );
    run(
        "is_success",
        |v| sum(v, |s| u64::from(s.is_success())),
        |v| sum(v, |t| u64::from(t.is_success())),
    );
    run(
        "is_redirection",
        |v| sum(v, |s| u64::from(s.is_redirection())),
        |v| sum(v, |t| u64::from(t.is_redirection())),
    );
    run(
        "is_client_error",
        |v| sum(v, |s| u64::from(s.is_client_error())),
        |v| sum(v, |t| u64::from(t.is_client_error())),
    );
    run(
        "is_server_error",
        |v| sum(v, |s| u64::from(s.is_server_error())),
        |v| sum(v, |t| u64::from(t.is_server_error())),
    );
    // `http` has no class: a user matches on the number, 6xx..9xx as server errors.
    run(
        "class (http: a match on as_u16)",
        |v| sum(v, |s| s.class() as u64),
        |v| {
            sum(v, |t| match t.as_u16() {
                100..=199 => 0,
                200..=299 => 1,
                300..=399 => 2,
                400..=499 => 3,
                _ => 4,
            })
        },
    );
    // Nor a content rule: a user writes RFC 9110's.
    run(
        "allows_content (http: by hand)",
        |v| sum(v, |s| u64::from(s.allows_content())),
        |v| {
            sum(v, |t| {
                u64::from(!(t.is_informational() || matches!(t.as_u16(), 204 | 205 | 304)))
            })
        },
    );
    run(
        "reason vs canonical_reason",
        |v| sum(v, |s| s.reason().map_or(0, |r| r.len() as u64)),
        |v| sum(v, |t| t.canonical_reason().map_or(0, |r| r.len() as u64)),
    );
    // `info` answers more than a phrase; its anchor is still `http`'s only lookup.
    run(
        "info vs canonical_reason",
        |v| sum(v, |s| s.info().map_or(0, |i| i.reason().len() as u64)),
        |v| sum(v, |t| t.canonical_reason().map_or(0, |r| r.len() as u64)),
    );
}

/// `f` of every element, each through `black_box`, added up.
#[inline(always)]
fn sum<T: Copy>(items: &[T], mut f: impl FnMut(T) -> u64) -> u64 {
    let mut total = 0u64;
    for &item in items {
        total = total.wrapping_add(f(black_box(item)));
    }
    total
}

fn from_u16_ours(codes: &[u16]) -> u64 {
    sum(codes, |code| match Status::from_u16(code) {
        Ok(status) => u64::from(status.as_u16()),
        Err(_) => 1,
    })
}

fn from_u16_http(codes: &[u16]) -> u64 {
    sum(codes, |code| match http::StatusCode::from_u16(code) {
        Ok(status) => u64::from(status.as_u16()),
        Err(_) => 1,
    })
}

/// Times `op` on `items` once: nanoseconds per element.
fn time<T>(op: Op<T>, items: &[T]) -> f64 {
    let items = black_box(items);
    let start = Instant::now();
    let mut total = 0u64;
    for _ in 0..PASSES {
        total = total.wrapping_add(op(items));
    }
    black_box(total);
    start.elapsed().as_nanos() as f64 / (PASSES * items.len()) as f64
}

/// Interleaved rounds: medians of each side, and of the per-round ratios.
fn compare<A, B>(a: &[A], ours: Op<A>, b: &[B], theirs: Op<B>) -> (f64, f64, f64) {
    time(ours, a);
    time(theirs, b);
    let mut o = Vec::with_capacity(ROUNDS);
    let mut t = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        if round % 2 == 0 {
            o.push(time(ours, a));
            t.push(time(theirs, b));
        } else {
            t.push(time(theirs, b));
            o.push(time(ours, a));
        }
    }
    let mut ratios: Vec<f64> = o.iter().zip(&t).map(|(x, y)| x / y).collect();
    (median(&mut o), median(&mut t), median(&mut ratios))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// `Display` into a `String` reused across a pass, cleared for each status, as a logger or a
/// status line writer does: the sum of the lengths written.
fn display_sum<T: std::fmt::Display + Copy>(items: &[T]) -> u64 {
    let mut buffer = String::with_capacity(64);
    sum(items, |item| {
        buffer.clear();
        let _ = write!(buffer, "{item}");
        buffer.len() as u64
    })
}

fn display(codes: &[u16]) -> (f64, f64, f64) {
    let ours: Vec<Status> = codes
        .iter()
        .filter_map(|&c| Status::from_u16(c).ok())
        .collect();
    let theirs: Vec<http::StatusCode> = codes
        .iter()
        .filter_map(|&c| http::StatusCode::from_u16(c).ok())
        .collect();
    compare(&ours, display_sum, &theirs, display_sum)
}

/// `from_reason` on a mix of canonical phrases, const names, historic names, other cases and
/// misses: nanoseconds per lookup, median of the rounds. No anchor: `http` has no equivalent.
fn from_reason() {
    let names: Vec<String> = [
        "Not Found",
        "OK",
        "Internal Server Error",
        "Unprocessable Content",
        "NOT_FOUND",
        "TOO_MANY_REQUESTS",
        "NotFound",
        "Moved Temporarily",
        "Payload Too Large",
        "not found",
        "SERVICE UNAVAILABLE",
        "i'm a teapot",
        "Not Fund",
        "Teapot",
        "",
        "A phrase that is much longer than any registry name",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    let run = |names: &[String]| {
        let start = Instant::now();
        let mut sum = 0u64;
        for _ in 0..PASSES * 16 {
            for name in names {
                sum += Status::from_reason(black_box(name)).map_or(0, |s| u64::from(s.as_u16()));
            }
        }
        black_box(sum);
        start.elapsed().as_nanos() as f64 / (PASSES * 16 * names.len()) as f64
    };
    run(&names);
    let mut samples: Vec<f64> = (0..ROUNDS).map(|_| run(&names)).collect();
    let per_kind: Vec<(&str, f64)> = [
        ("canonical phrases", &names[0..4]),
        ("const names", &names[4..7]),
        ("historic names", &names[7..9]),
        ("other cases", &names[9..12]),
        ("misses", &names[12..16]),
    ]
    .iter()
    .map(|(kind, set)| {
        let mut s: Vec<f64> = (0..ROUNDS).map(|_| run(set)).collect();
        (*kind, median(&mut s))
    })
    .collect();
    println!();
    println!("| from_reason | ns per lookup (median of {ROUNDS} rounds) |");
    println!("| --- | --- |");
    println!("| the whole mix | {:.1} |", median(&mut samples));
    for (kind, ns) in per_kind {
        println!("| {kind} | {ns:.1} |");
    }
}

/// The problem response path: a derived error into an axum response, against the
/// `IntoResponse` a careful user writes by hand with `serde_json` and
/// `(StatusCode, HeaderMap, Json)`, for a 4xx with its detail and for a hidden 5xx.
mod problem {
    use axum::http::header::CONTENT_TYPE;
    use axum::http::{HeaderMap, HeaderValue, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::Json;
    use http_body::Body as _;
    use http_status::StatusResponse;
    use serde::Serialize;

    /// Ours: one declaration.
    #[derive(Debug, thiserror::Error, StatusResponse)]
    pub enum Derived {
        #[error("no user has id {0}")]
        #[status(404)]
        NotFound(u32),
        #[error("storage shard {0} unreachable at 10.1.2.3:5432")]
        #[status(500)]
        Storage(u32),
        #[error("your balance is {balance}, but that costs {cost}")]
        #[status(
            403,
            type = "https://example.com/probs/out-of-credit",
            title = "Not enough credit"
        )]
        OutOfCredit {
            #[problem]
            balance: u32,
            #[problem]
            cost: u32,
            #[problem(instance)]
            account: &'static str,
        },
    }

    /// The anchor: the same responses, written by hand.
    #[derive(Debug, thiserror::Error)]
    pub enum ByHand {
        #[error("no user has id {0}")]
        NotFound(u32),
        #[error("storage shard {0} unreachable at 10.1.2.3:5432")]
        Storage(u32),
        #[error("your balance is {balance}, but that costs {cost}")]
        OutOfCredit {
            balance: u32,
            cost: u32,
            account: &'static str,
        },
    }

    #[derive(Serialize)]
    pub struct Problem<'a> {
        #[serde(rename = "type")]
        kind: &'a str,
        title: &'a str,
        pub status: u16,
        #[serde(skip_serializing_if = "Option::is_none")]
        detail: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        instance: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        balance: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cost: Option<u32>,
    }

    impl ByHand {
        /// The body a careful user writes, with its status in it.
        pub fn problem(&self) -> Problem<'_> {
            match self {
                ByHand::NotFound(_) => Problem {
                    kind: "about:blank",
                    title: "Not Found",
                    status: 404,
                    detail: Some(self.to_string()),
                    instance: None,
                    balance: None,
                    cost: None,
                },
                ByHand::Storage(_) => Problem {
                    kind: "about:blank",
                    title: "Internal Server Error",
                    status: 500,
                    detail: None,
                    instance: None,
                    balance: None,
                    cost: None,
                },
                ByHand::OutOfCredit {
                    balance,
                    cost,
                    account,
                } => Problem {
                    kind: "https://example.com/probs/out-of-credit",
                    title: "Not enough credit",
                    status: 403,
                    detail: Some(self.to_string()),
                    instance: Some(account),
                    balance: Some(*balance),
                    cost: Some(*cost),
                },
            }
        }
    }

    impl IntoResponse for ByHand {
        fn into_response(self) -> Response {
            let body = self.problem();
            let status = StatusCode::from_u16(body.status).unwrap_or_default();
            let mut headers = HeaderMap::new();
            headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/problem+json"),
            );
            (status, headers, Json(body)).into_response()
        }
    }

    /// What a server does with a response before writing it: status, headers, body length.
    fn consume(response: &Response) -> u64 {
        u64::from(response.status().as_u16())
            + response.headers().len() as u64
            + response.body().size_hint().exact().unwrap_or(0)
    }

    pub fn run() {
        println!();
        println!(
            "| problem response (axum) | http-status ns | by hand ns | ratio (median of rounds) |"
        );
        println!("| --- | --- | --- | --- |");
        let ids: Vec<u32> = (0..500).collect();
        let cases: [(&str, super::Op<u32>, super::Op<u32>); 3] = [
            (
                "404 with its detail",
                |ids| super::sum(ids, |i| consume(&Derived::NotFound(i).into_response())),
                |ids| super::sum(ids, |i| consume(&ByHand::NotFound(i).into_response())),
            ),
            (
                "hidden 500",
                |ids| super::sum(ids, |i| consume(&Derived::Storage(i).into_response())),
                |ids| super::sum(ids, |i| consume(&ByHand::Storage(i).into_response())),
            ),
            (
                "403 with a type, two members and an instance",
                |ids| {
                    super::sum(ids, |i| {
                        let error = Derived::OutOfCredit {
                            balance: i,
                            cost: 50,
                            account: "/account/12345",
                        };
                        consume(&error.into_response())
                    })
                },
                |ids| {
                    super::sum(ids, |i| {
                        let error = ByHand::OutOfCredit {
                            balance: i,
                            cost: 50,
                            account: "/account/12345",
                        };
                        consume(&error.into_response())
                    })
                },
            ),
        ];
        for (name, ours, theirs) in cases {
            let (o, t, r) = super::compare(&ids, ours, &ids, theirs);
            println!("| {name} | {o:.0} | {t:.0} | {r:.2}x |");
        }
    }
}

/// Negotiation, per request: `negotiate::format` on what a browser and curl send, and
/// `negotiate::language` on a 5-entry `Accept-Language`, against what a user writes with the
/// well-kept parser (`mediatype`) and with a split-and-sort reading of the language list.
mod negotiate {
    use http_status::negotiate::{format, language, Format, Offer};
    use http_status::Lang;
    use mediatype::{MediaTypeList, ReadParams};

    const BROWSER: &[u8] = b"text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    const CURL: &[u8] = b"*/*";
    const LANGUAGES: &[u8] = b"fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5";

    fn ours_format(headers: &[&'static [u8]]) -> u64 {
        super::sum(headers, |h| format(h, Offer::ALL) as u64)
    }

    /// The anchor: `mediatype` parses, and the most specific range's q decides, as RFC 9110 says.
    fn mediatype_format(headers: &[&'static [u8]]) -> u64 {
        super::sum(headers, |h| {
            let text = std::str::from_utf8(h).unwrap_or_default();
            let q_name = mediatype::Name::new("q").expect("a name");
            let mut best = [(0u8, 0u16); 2]; // (specificity + 1, q) for JSON and HTML
            for media in MediaTypeList::new(text).flatten() {
                let q = media
                    .get_param(q_name)
                    .and_then(|v| v.unquoted_str().parse::<f32>().ok())
                    .map_or(1000, |q| (q * 1000.0) as u16);
                let (ty, sub) = (media.ty.as_str(), media.subty.as_str());
                for (slot, (want_ty, want_sub)) in [("application", "json"), ("text", "html")]
                    .iter()
                    .enumerate()
                {
                    let spec = if ty == "*" && sub == "*" {
                        1
                    } else if ty.eq_ignore_ascii_case(want_ty) && sub == "*" {
                        2
                    } else if ty.eq_ignore_ascii_case(want_ty) && sub.eq_ignore_ascii_case(want_sub)
                    {
                        3
                    } else {
                        continue;
                    };
                    if spec > best[slot].0 {
                        best[slot] = (spec, q);
                    }
                }
            }
            let chosen = if best[1].1 > best[0].1 {
                Format::Html
            } else {
                Format::Json
            };
            chosen as u64
        })
    }

    fn ours_language(headers: &[&'static [u8]]) -> u64 {
        super::sum(headers, |h| language(h, &Lang::ALL) as u64)
    }

    /// The anchor: split, parse each q, sort by q, take the first supported primary tag.
    fn sorted_language(headers: &[&'static [u8]]) -> u64 {
        super::sum(headers, |h| {
            let text = std::str::from_utf8(h).unwrap_or_default();
            let mut ranges: Vec<(&str, f32)> = text
                .split(',')
                .filter_map(|part| {
                    let mut pieces = part.split(';');
                    let tag = pieces.next()?.trim();
                    let q = pieces
                        .find_map(|p| p.trim().strip_prefix("q="))
                        .map_or(Some(1.0), |q| q.parse().ok())?;
                    Some((tag, q))
                })
                .collect();
            ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
            let lang = ranges
                .iter()
                .filter(|(_, q)| *q > 0.0)
                .find_map(|(tag, _)| Lang::from_tag(tag))
                .unwrap_or(Lang::En);
            lang as u64
        })
    }

    pub fn run() {
        println!();
        println!(
            "| negotiation, per request | http-status ns | anchor ns | ratio (median of rounds) |"
        );
        println!("| --- | --- | --- | --- |");
        for (name, header) in [("browser's Accept", BROWSER), ("curl's Accept", CURL)] {
            let headers = vec![header; 256];
            let (o, t, r) = super::compare(&headers, ours_format, &headers, mediatype_format);
            println!("| `format`, {name} (anchor: `mediatype`) | {o:.1} | {t:.1} | {r:.2}x |");
        }
        let headers = vec![LANGUAGES; 256];
        let (o, t, r) = super::compare(&headers, ours_language, &headers, sorted_language);
        println!("| `language`, 5 entries (anchor: split and sort) | {o:.1} | {t:.1} | {r:.2}x |");
    }
}

/// A client decoding a problem body back into the error enum: the derived `Decode` against what
/// a careful user writes by hand, one `#[derive(Deserialize)]` struct with every member any
/// variant has, then a `match` on status and `type`. Both get the status, the headers and the
/// body bytes, and both check the content type.
mod decode {
    use http::header::CONTENT_TYPE;
    use http::HeaderMap;
    use http_status::{Status, StatusResponse};
    use serde::Deserialize;
    use std::hint::black_box;

    /// Ours: the server's declaration, shared with the client.
    #[derive(Debug, PartialEq, thiserror::Error, StatusResponse)]
    pub enum Derived {
        #[error("no user {id}")]
        #[status(404, decode)]
        NotFound {
            #[problem(rename = "user_id")]
            id: u64,
        },
        #[error("your balance is {balance}")]
        #[status(403, type = "https://example.com/probs/out-of-credit", decode)]
        OutOfCredit {
            #[problem]
            balance: u32,
            #[problem]
            accounts: Vec<String>,
            #[problem(instance)]
            instance: String,
        },
        #[error("slow down")]
        #[status(429, decode)]
        Slow {
            #[header("Retry-After")]
            seconds: u32,
        },
    }

    /// The anchor's enum: the same variants, no derive.
    #[derive(Debug, PartialEq)]
    pub enum ByHand {
        NotFound {
            id: u64,
        },
        OutOfCredit {
            balance: u32,
            accounts: Vec<String>,
            instance: String,
        },
        Slow {
            seconds: u32,
        },
    }

    fn blank() -> String {
        "about:blank".to_owned()
    }

    #[derive(Deserialize)]
    struct Wire {
        #[serde(rename = "type", default = "blank")]
        kind: String,
        #[allow(dead_code)]
        title: Option<String>,
        #[allow(dead_code)]
        status: Option<u16>,
        #[allow(dead_code)]
        detail: Option<String>,
        instance: Option<String>,
        #[serde(rename = "user_id")]
        id: Option<u64>,
        balance: Option<u32>,
        accounts: Option<Vec<String>>,
    }

    fn by_hand(status: u16, headers: &HeaderMap, body: &[u8]) -> Option<ByHand> {
        let problem = headers
            .get(CONTENT_TYPE)
            .is_some_and(|ct| ct.as_bytes().starts_with(b"application/problem+json"));
        if !problem {
            return None;
        }
        let wire: Wire = serde_json::from_slice(body).ok()?;
        match (status, wire.kind.as_str()) {
            (404, "about:blank") => Some(ByHand::NotFound { id: wire.id? }),
            (403, "https://example.com/probs/out-of-credit") => Some(ByHand::OutOfCredit {
                balance: wire.balance?,
                accounts: wire.accounts.unwrap_or_default(),
                instance: wire.instance?,
            }),
            (429, "about:blank") => Some(ByHand::Slow {
                seconds: headers.get("retry-after")?.to_str().ok()?.parse().ok()?,
            }),
            _ => None,
        }
    }

    fn ours(status: u16, headers: &HeaderMap, body: &[u8]) -> Option<Derived> {
        let status = Status::from_u16(status).ok()?;
        http_status::decode::decode::<Derived>(status, headers, body).ok()
    }

    struct Case {
        status: u16,
        headers: HeaderMap,
        body: Vec<u8>,
    }

    fn case(error: &Derived) -> Case {
        let (parts, body) = http_status::problem::to_response(error).into_parts();
        Case {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body,
        }
    }

    /// Something of the value, so that none of it is dropped unread.
    fn weight_ours(e: &Derived) -> u64 {
        match e {
            Derived::NotFound { id } => *id,
            Derived::OutOfCredit {
                balance,
                accounts,
                instance,
            } => u64::from(*balance) + accounts.len() as u64 + instance.len() as u64,
            Derived::Slow { seconds } => u64::from(*seconds),
        }
    }

    fn weight_hand(e: &ByHand) -> u64 {
        match e {
            ByHand::NotFound { id } => *id,
            ByHand::OutOfCredit {
                balance,
                accounts,
                instance,
            } => u64::from(*balance) + accounts.len() as u64 + instance.len() as u64,
            ByHand::Slow { seconds } => u64::from(*seconds),
        }
    }

    fn sum_ours(cases: &[Case]) -> u64 {
        let mut total = 0u64;
        for c in cases {
            let c = black_box(c);
            total += ours(c.status, &c.headers, &c.body)
                .as_ref()
                .map_or(1, weight_ours);
        }
        black_box(total)
    }

    fn sum_hand(cases: &[Case]) -> u64 {
        let mut total = 0u64;
        for c in cases {
            let c = black_box(c);
            total += by_hand(c.status, &c.headers, &c.body)
                .as_ref()
                .map_or(1, weight_hand);
        }
        black_box(total)
    }

    pub fn run() {
        println!();
        println!("| decoding a problem (client) | http-status ns | by hand ns | ratio (median of rounds) |");
        println!("| --- | --- | --- | --- |");
        let credit = |i: u32| Derived::OutOfCredit {
            balance: i,
            accounts: vec!["/account/12345".into(), "/account/67890".into()],
            instance: "/account/12345/msgs/abc".into(),
        };
        let sets: [(&str, Vec<Case>); 3] = [
            (
                "404 with one member",
                (0..200)
                    .map(|i| case(&Derived::NotFound { id: i }))
                    .collect(),
            ),
            (
                "403 with a type, two members and an instance (RFC 9457's example)",
                (0..200).map(|i| case(&credit(i))).collect(),
            ),
            (
                "429 with a header",
                (0..200)
                    .map(|i| case(&Derived::Slow { seconds: i }))
                    .collect(),
            ),
        ];
        for (name, cases) in &sets {
            // Both read every case back into the same variant.
            for c in cases {
                let (o, h) = (
                    ours(c.status, &c.headers, &c.body),
                    by_hand(c.status, &c.headers, &c.body),
                );
                assert_eq!(o.as_ref().map(weight_ours), h.as_ref().map(weight_hand));
                assert!(o.is_some());
            }
            let (o, t, r) = super::compare(cases, sum_ours, cases, sum_hand);
            println!("| {name} | {o:.0} | {t:.0} | {r:.2}x |");
        }
    }
}

/// The problem response in poem, salvo and Rocket: the derived error through each framework's
/// own trait, against the impl of that trait a careful user writes by hand (the same body as
/// the axum anchor's, with `serde_json`), for the same three errors. salvo's and Rocket's
/// derived responses negotiate (they read `Accept` and `Accept-Language`); the hand-written
/// ones do not, as most hand-written ones do not. salvo's derived response is also measured
/// against salvo's own RFC 9457 `Problem` (feature `rfc9457`), which does not negotiate either.
mod frameworks {
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use super::problem::{ByHand, Derived};
    use super::Op;

    /// Runs a future that never waits, as both sides' salvo writers are.
    fn ready<F: Future<Output = ()>>(future: F) {
        let mut future = pin!(future);
        let mut cx = Context::from_waker(Waker::noop());
        assert!(matches!(future.as_mut().poll(&mut cx), Poll::Ready(())));
    }

    /// The three errors, for a given id.
    fn derived(case: usize, i: u32) -> Derived {
        match case {
            0 => Derived::NotFound(i),
            1 => Derived::Storage(i),
            _ => Derived::OutOfCredit {
                balance: i,
                cost: 50,
                account: "/account/12345",
            },
        }
    }

    fn by_hand(case: usize, i: u32) -> ByHand {
        match case {
            0 => ByHand::NotFound(i),
            1 => ByHand::Storage(i),
            _ => ByHand::OutOfCredit {
                balance: i,
                cost: 50,
                account: "/account/12345",
            },
        }
    }

    /// A newtype, since the anchor's enum is the axum bench's: poem's trait, by hand.
    #[derive(Debug, thiserror::Error)]
    #[error(transparent)]
    struct PoemHand(ByHand);

    impl poem::error::ResponseError for PoemHand {
        fn status(&self) -> http::StatusCode {
            match self.0 {
                ByHand::NotFound(_) => http::StatusCode::NOT_FOUND,
                ByHand::Storage(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
                ByHand::OutOfCredit { .. } => http::StatusCode::FORBIDDEN,
            }
        }

        // The body once: its status is in it.
        fn as_response(&self) -> poem::Response {
            let problem = self.0.problem();
            let body = serde_json::to_vec(&problem).unwrap_or_default();
            poem::Response::builder()
                .status(http::StatusCode::from_u16(problem.status).unwrap_or_default())
                .content_type("application/problem+json")
                .body(body)
        }
    }

    fn poem_consume(error: poem::Error) -> u64 {
        let response = error.into_response();
        u64::from(response.status().as_u16()) + response.headers().len() as u64
    }

    struct SalvoHand(ByHand);

    #[salvo::async_trait]
    impl salvo::Writer for SalvoHand {
        async fn write(
            self,
            _req: &mut salvo::Request,
            _depot: &mut salvo::Depot,
            res: &mut salvo::Response,
        ) {
            let problem = self.0.problem();
            let body = serde_json::to_vec(&problem).unwrap_or_default();
            res.status_code(salvo::http::StatusCode::from_u16(problem.status).unwrap_or_default());
            res.headers.insert(
                salvo::http::header::CONTENT_TYPE,
                salvo::http::HeaderValue::from_static("application/problem+json"),
            );
            res.body(body);
        }
    }

    fn salvo_consume(res: &salvo::Response) -> u64 {
        let body = match &res.body {
            salvo::http::ResBody::Once(bytes) => bytes.len() as u64,
            _ => 0,
        };
        u64::from(res.status_code.map_or(0, |s| s.as_u16())) + res.headers.len() as u64 + body
    }

    /// Each id's error, made by `make`, written by its `Writer` into a fresh response, as a
    /// salvo server does.
    fn salvo_write<W: salvo::Writer>(ids: &[u32], make: impl Fn(u32) -> W) -> u64 {
        super::sum(ids, |i| {
            let (mut req, mut depot, mut res) = (
                salvo::Request::new(),
                salvo::Depot::new(),
                salvo::Response::new(),
            );
            ready(make(i).write(&mut req, &mut depot, &mut res));
            salvo_consume(&res)
        })
    }

    fn salvo_ours(case: usize, ids: &[u32]) -> u64 {
        salvo_write(ids, |i| derived(case, i))
    }

    fn salvo_hand(case: usize, ids: &[u32]) -> u64 {
        salvo_write(ids, |i| SalvoHand(by_hand(case, i)))
    }

    /// salvo's own RFC 9457 `Problem` (feature `rfc9457`), as a handler renders it by hand: the
    /// same members, the extension members typed.
    struct SalvoOwn(ByHand);

    #[derive(serde::Serialize)]
    struct Credit {
        balance: u32,
        cost: u32,
    }

    #[salvo::async_trait]
    impl salvo::Writer for SalvoOwn {
        async fn write(
            self,
            _req: &mut salvo::Request,
            _depot: &mut salvo::Depot,
            res: &mut salvo::Response,
        ) {
            use salvo::http::{Problem, StatusCode};
            match self.0 {
                ByHand::NotFound(_) => {
                    res.render(Problem::new(StatusCode::NOT_FOUND).detail(self.0.to_string()))
                }
                ByHand::Storage(_) => res.render(Problem::new(StatusCode::INTERNAL_SERVER_ERROR)),
                ByHand::OutOfCredit {
                    balance,
                    cost,
                    account,
                } => res.render(
                    Problem::new(StatusCode::FORBIDDEN)
                        .kind("https://example.com/probs/out-of-credit")
                        .title("Not enough credit")
                        .detail(self.0.to_string())
                        .instance(account)
                        .with_extensions(Credit { balance, cost }),
                ),
            }
        }
    }

    fn salvo_own(case: usize, ids: &[u32]) -> u64 {
        salvo_write(ids, |i| SalvoOwn(by_hand(case, i)))
    }

    struct RocketHand(ByHand);

    impl<'r, 'o: 'r> rocket::response::Responder<'r, 'o> for RocketHand {
        fn respond_to(self, _request: &'r rocket::Request<'_>) -> rocket::response::Result<'o> {
            let problem = self.0.problem();
            let body = serde_json::to_vec(&problem).unwrap_or_default();
            rocket::Response::build()
                .status(rocket::http::Status::new(problem.status))
                .header(rocket::http::ContentType::new(
                    "application",
                    "problem+json",
                ))
                .sized_body(body.len(), std::io::Cursor::new(body))
                .ok()
        }
    }

    /// One request, as Rocket hands it to a responder: what a browser-less client sends.
    /// Made once per thread and kept for the process: a bench's fixture.
    fn rocket_request() -> &'static rocket::local::blocking::LocalRequest<'static> {
        thread_local! {
            static REQUEST: &'static rocket::local::blocking::LocalRequest<'static> = {
                // No logging: Rocket's logger would print the hidden 500's event (the
                // `tracing` feature's), which a server does, but which is no response's cost.
                let config = rocket::Config {
                    log_level: rocket::config::LogLevel::Off,
                    ..rocket::Config::release_default()
                };
                let client: &'static rocket::local::blocking::Client = Box::leak(Box::new(
                    rocket::local::blocking::Client::untracked(rocket::custom(config))
                        .expect("a Rocket client"),
                ));
                Box::leak(Box::new(client.get("/")))
            };
        }
        REQUEST.with(|r| *r)
    }

    fn rocket_consume(response: rocket::response::Result<'_>) -> u64 {
        match response {
            Ok(response) => {
                u64::from(response.status().code)
                    + response.headers().len() as u64
                    + response.body().preset_size().unwrap_or(0) as u64
            }
            Err(status) => u64::from(status.code),
        }
    }

    fn rocket_ours(case: usize, ids: &[u32]) -> u64 {
        use rocket::response::Responder as _;
        let request = rocket_request();
        super::sum(ids, |i| {
            rocket_consume(derived(case, i).respond_to(request))
        })
    }

    fn rocket_hand(case: usize, ids: &[u32]) -> u64 {
        use rocket::response::Responder as _;
        let request = rocket_request();
        super::sum(ids, |i| {
            rocket_consume(RocketHand(by_hand(case, i)).respond_to(request))
        })
    }

    pub fn run() {
        println!();
        println!(
            "| problem response | framework | http-status ns | by hand ns | ratio (median of rounds) |"
        );
        println!("| --- | --- | --- | --- | --- |");
        let ids: Vec<u32> = (0..500).collect();
        let names = [
            "404 with its detail",
            "hidden 500",
            "403 with a type, two members and an instance",
        ];
        // Fn pointers per case: `Op` takes no state, so each case is spelled out.
        let poem: [(Op<u32>, Op<u32>); 3] = [
            (
                |ids| super::sum(ids, |i| poem_consume(derived(0, i).into())),
                |ids| super::sum(ids, |i| poem_consume(PoemHand(by_hand(0, i)).into())),
            ),
            (
                |ids| super::sum(ids, |i| poem_consume(derived(1, i).into())),
                |ids| super::sum(ids, |i| poem_consume(PoemHand(by_hand(1, i)).into())),
            ),
            (
                |ids| super::sum(ids, |i| poem_consume(derived(2, i).into())),
                |ids| super::sum(ids, |i| poem_consume(PoemHand(by_hand(2, i)).into())),
            ),
        ];
        let salvo: [(Op<u32>, Op<u32>); 3] = [
            (|ids| salvo_ours(0, ids), |ids| salvo_hand(0, ids)),
            (|ids| salvo_ours(1, ids), |ids| salvo_hand(1, ids)),
            (|ids| salvo_ours(2, ids), |ids| salvo_hand(2, ids)),
        ];
        let salvo_own: [(Op<u32>, Op<u32>); 3] = [
            (|ids| salvo_ours(0, ids), |ids| salvo_own(0, ids)),
            (|ids| salvo_ours(1, ids), |ids| salvo_own(1, ids)),
            (|ids| salvo_ours(2, ids), |ids| salvo_own(2, ids)),
        ];
        let rocket: [(Op<u32>, Op<u32>); 3] = [
            (|ids| rocket_ours(0, ids), |ids| rocket_hand(0, ids)),
            (|ids| rocket_ours(1, ids), |ids| rocket_hand(1, ids)),
            (|ids| rocket_ours(2, ids), |ids| rocket_hand(2, ids)),
        ];
        let frameworks = [
            ("poem", poem),
            ("salvo", salvo),
            ("salvo, against its own `Problem`", salvo_own),
            ("Rocket", rocket),
        ];
        for (framework, ops) in frameworks {
            for (name, (ours, theirs)) in names.iter().zip(ops) {
                let (o, t, r) = super::compare(&ids, ours, &ids, theirs);
                println!("| {name} | {framework} | {o:.0} | {t:.0} | {r:.2}x |");
            }
        }
    }
}
