//! Runtime lookups of http-status against the `http` crate, on the same inputs, in one run.
//!
//! `cargo bench -p http-status-suite --bench runtime`
//!
//! Inputs: every documented code (`documented`), and a mix of one documented code to one that
//! is valid but undocumented (`mixed`); names in canonical, const-name and historic spellings.

use std::fmt::Write as _;
use std::hint::black_box;

use divan::Bencher;
use http_status::{Status, REGISTRY};

fn main() {
    divan::main();
}

fn documented() -> Vec<u16> {
    let mut codes: Vec<u16> = REGISTRY.iter().map(|i| i.code()).collect();
    codes.dedup();
    codes
}

fn mixed() -> Vec<u16> {
    documented()
        .into_iter()
        .flat_map(|c| [c, if c % 100 < 50 { c + 50 } else { c - 50 }])
        .collect()
}

const INPUTS: &[&str] = &["documented", "mixed"];

fn codes(input: &str) -> Vec<u16> {
    if input == "documented" {
        documented()
    } else {
        mixed()
    }
}

/// Runs `f` on every item, black-boxed, counting items so divan reports time per lookup.
fn each<T: Copy + Sync>(bencher: Bencher<'_, '_>, items: &[T], f: impl Fn(T) + Sync) {
    bencher.counter(items.len()).bench(|| {
        for &item in items {
            f(black_box(item));
        }
    });
}

fn statuses(input: &str) -> Vec<Status> {
    codes(input)
        .into_iter()
        .filter_map(|c| Status::from_u16(c).ok())
        .collect()
}

fn http_codes(input: &str) -> Vec<http::StatusCode> {
    codes(input)
        .into_iter()
        .filter_map(|c| http::StatusCode::from_u16(c).ok())
        .collect()
}

#[divan::bench_group]
mod from_u16 {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn http_status(bencher: Bencher<'_, '_>, input: &str) {
        each(bencher, &codes(input), |c| {
            black_box(Status::from_u16(c).is_ok());
        });
    }

    #[divan::bench(args = INPUTS)]
    fn http_crate(bencher: Bencher<'_, '_>, input: &str) {
        each(bencher, &codes(input), |c| {
            black_box(http::StatusCode::from_u16(c).is_ok());
        });
    }
}

#[divan::bench_group]
mod reason {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn http_status(bencher: Bencher<'_, '_>, input: &str) {
        each(bencher, &statuses(input), |s| {
            black_box(s.reason());
        });
    }

    #[divan::bench(args = INPUTS)]
    fn http_crate(bencher: Bencher<'_, '_>, input: &str) {
        each(bencher, &http_codes(input), |s| {
            black_box(s.canonical_reason());
        });
    }
}

#[divan::bench(args = INPUTS)]
fn info(bencher: Bencher<'_, '_>, input: &str) {
    each(bencher, &statuses(input), |s| {
        black_box(s.info());
    });
}

/// Every canonical phrase, const name and historic name of the registry.
fn names(kind: &str) -> Vec<String> {
    match kind {
        "canonical" => REGISTRY.iter().map(|i| i.reason().to_string()).collect(),
        "const_name" => REGISTRY
            .iter()
            .map(|i| i.const_name().to_string())
            .collect(),
        "historic" => REGISTRY
            .iter()
            .flat_map(|i| i.history().iter().map(|f| f.name().to_string()))
            .collect(),
        _ => unreachable!(),
    }
}

#[divan::bench(args = ["canonical", "const_name", "historic"])]
fn from_reason(bencher: Bencher<'_, '_>, kind: &str) {
    let names = names(kind);
    bencher.counter(names.len()).bench(|| {
        for name in &names {
            black_box(Status::from_reason(black_box(name)));
        }
    });
}

#[divan::bench(args = ["code", "code_and_phrase", "phrase"])]
fn from_str(bencher: Bencher<'_, '_>, kind: &str) {
    let inputs: Vec<String> = REGISTRY
        .iter()
        .map(|i| match kind {
            "code" => i.code().to_string(),
            "code_and_phrase" => format!("{} {}", i.code(), i.reason()),
            _ => i.reason().to_string(),
        })
        .collect();
    bencher.counter(inputs.len()).bench(|| {
        for s in &inputs {
            black_box(black_box(s.as_str()).parse::<Status>().is_ok());
        }
    });
}

/// Formats every item into one reused buffer.
fn display_each<T: std::fmt::Display>(bencher: Bencher<'_, '_>, items: &[T]) {
    let mut buf = String::with_capacity(64);
    bencher.counter(items.len()).bench_local(|| {
        for item in items {
            buf.clear();
            let _ = write!(buf, "{item}");
            black_box(&buf);
        }
    });
}

#[divan::bench_group]
mod display {
    use super::*;

    #[divan::bench]
    fn http_status(bencher: Bencher<'_, '_>) {
        display_each(bencher, &statuses("documented"));
    }

    #[divan::bench]
    fn http_crate(bencher: Bencher<'_, '_>) {
        display_each(bencher, &http_codes("documented"));
    }
}
