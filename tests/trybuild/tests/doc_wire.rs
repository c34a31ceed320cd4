//! The document agrees with the wire, for generated enums: statuses (shared ones, vendor pairs,
//! 2xx, 3xx, 204), constant headers and headers from fields, members of several types, an
//! instance, types and titles, hidden and exposed 5xx, and transparent nesting (plain and
//! boxed, at statuses the outer enum also uses). Each batch is one generated program, built and
//! run by trybuild: for every value of every variant it compares what `to_response` sends with
//! what `IntoResponses` documents (`http_status_trybuild::docwire::check`).
//!
//! The seeds are fixed, so a failure is reproducible; `DOC_WIRE_SEEDS=1,2,3` runs others.

use std::fmt::Write as _;

/// SplitMix64: small, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).expect("small")
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The statuses variants take, as `#[status(...)]` writes them, with the header RFC 9110 makes
/// them send. Few enough that variants of one enum often share one.
const STATUSES: &[(&str, Option<(&str, &str)>)] = &[
    ("400", None),
    (
        "401",
        Some(("WWW-Authenticate", "Bearer realm=\\\"api\\\"")),
    ),
    ("403", None),
    ("404", None),
    ("405", Some(("Allow", "GET, HEAD"))),
    ("409", None),
    ("422", None),
    ("429", None),
    ("nginx 499", None),
    ("esri 499", None),
    ("500", None),
    ("503", None),
    ("cloudflare 530", None),
    ("pantheon 530", None),
    ("200", None),
    ("202", None),
    ("204", None),
    ("303", None),
];

/// Member types, with a value of each.
const MEMBERS: &[(&str, &str)] = &[
    ("u32", "4_294_967_295"),
    ("i64", "-9_223_372_036_854_775_808"),
    ("String", "\"a \\\"quoted\\\" \\u{1}\\n line\".to_string()"),
    ("Option<u32>", "Some(3)"),
    ("Option<String>", "None"),
    ("Vec<String>", "vec![\"a\".to_string(), \"b\".to_string()]"),
    (
        "http_status_trybuild::docwire::Point",
        "http_status_trybuild::docwire::Point { x: -1, y: 2 }",
    ),
    ("bool", "true"),
];

/// Header field types, with a value of each that is a valid header value.
const HEADER_FIELDS: &[(&str, &str)] = &[
    ("u32", "120"),
    ("u64", "7"),
    ("String", "\"W/\\\"v1\\\"\".to_string()"),
    ("&'static str", "\"</next>; rel=next\""),
];

const HEADER_NAMES: &[&str] = &["Retry-After", "ETag", "Link", "X-Limit", "X-Request-Cost"];

const CONST_VALUES: &[&str] = &["60", "\\\"v2\\\"", "</a>; rel=a", "3"];

/// One generated enum: its source, and an expression for every value to check.
struct Generated {
    name: String,
    source: String,
    values: Vec<(String, String)>,
}

fn generate_enum(rng: &mut Rng, name: &str, inner: &[Generated]) -> Generated {
    let mut source = String::new();
    let mut values = Vec::new();
    let derive = "#[derive(Debug, thiserror::Error, http_status::StatusResponse)]";
    writeln!(source, "{derive}\n#[allow(dead_code)]\npub enum {name} {{").unwrap();
    let variants = 2 + rng.below(5);
    for v in 0..variants {
        let variant = format!("V{v}");
        // A transparent variant over an inner enum, plain or boxed.
        if !inner.is_empty() && rng.chance(30) {
            let wrapped = rng.pick(inner);
            let boxed = rng.chance(40);
            let ty = if boxed {
                format!("Box<{}>", wrapped.name)
            } else {
                wrapped.name.clone()
            };
            writeln!(
                source,
                "    #[error(transparent)]\n    #[status(transparent)]\n    {variant}({ty}),"
            )
            .unwrap();
            for (inner_variant, expr) in &wrapped.values {
                let expr = if boxed {
                    format!("Box::new({expr})")
                } else {
                    expr.clone()
                };
                values.push((
                    format!("{variant}({inner_variant})"),
                    format!("{name}::{variant}({expr})"),
                ));
            }
            continue;
        }
        let (status, must) = *rng.pick(STATUSES);
        let code: u16 = status
            .rsplit(' ')
            .next()
            .and_then(|c| c.parse().ok())
            .expect("a code");
        let problem = code >= 400;
        let mut options = vec![status.to_string()];
        if code >= 500 && rng.chance(50) {
            options.push("expose".into());
        }
        let mut taken: Vec<&str> = Vec::new();
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut field_source = String::new();
        if let Some((header, value)) = must {
            taken.push(header);
            if rng.chance(70) {
                options.push(format!("header(\"{header}\", \"{value}\")"));
            } else {
                writeln!(
                    field_source,
                    "        #[header(\"{header}\")]\n        must: String,"
                )
                .unwrap();
                fields.push((
                    "must".into(),
                    "\"Basic realm=\\\"x\\\"\".to_string()".into(),
                ));
            }
        }
        for _ in 0..rng.below(3) {
            let header = *rng.pick(HEADER_NAMES);
            if taken.contains(&header) {
                continue;
            }
            taken.push(header);
            if rng.chance(50) {
                let value = rng.pick(CONST_VALUES);
                options.push(format!("header(\"{header}\", \"{value}\")"));
            } else {
                let (ty, value) = rng.pick(HEADER_FIELDS);
                let field = format!("h{}", fields.len());
                writeln!(
                    field_source,
                    "        #[header(\"{header}\")]\n        {field}: {ty},"
                )
                .unwrap();
                fields.push((field, (*value).to_string()));
            }
        }
        if problem {
            if rng.chance(40) {
                options.push(format!(
                    "type = \"https://example.com/probs/{}-{v}\"",
                    name.to_lowercase()
                ));
            }
            if rng.chance(30) {
                options.push(format!("title = \"{name} {variant} happened.\""));
            }
            for m in 0..rng.below(3) {
                let (ty, value) = rng.pick(MEMBERS);
                let field = format!("m{m}");
                writeln!(field_source, "        #[problem]\n        {field}: {ty},").unwrap();
                fields.push((field, (*value).to_string()));
            }
            if rng.chance(25) {
                writeln!(
                    field_source,
                    "        #[problem(instance)]\n        at: String,"
                )
                .unwrap();
                fields.push(("at".into(), "\"/things/1\".to_string()".into()));
            }
        }
        // A field that takes no part, sometimes.
        if rng.chance(20) {
            writeln!(field_source, "        quiet: u8,").unwrap();
            fields.push(("quiet".into(), "0".into()));
        }
        writeln!(
            source,
            "    #[error(\"{name} {variant} failed\")]\n    #[status({})]",
            options.join(", ")
        )
        .unwrap();
        if fields.is_empty() {
            writeln!(source, "    {variant},").unwrap();
            values.push((variant.clone(), format!("{name}::{variant}")));
        } else {
            writeln!(source, "    {variant} {{\n{field_source}    }},").unwrap();
            let inits: Vec<String> = fields.iter().map(|(f, v)| format!("{f}: {v}")).collect();
            values.push((
                variant.clone(),
                format!("{name}::{variant} {{ {} }}", inits.join(", ")),
            ));
        }
    }
    source.push_str("}\n");
    Generated {
        name: name.to_string(),
        source,
        values,
    }
}

/// One program: leaf enums, then enums that wrap them, and a `main` that checks every value.
fn program(seed: u64, enums: usize) -> (String, usize) {
    let mut rng = Rng(seed);
    let mut generated: Vec<Generated> = Vec::new();
    for i in 0..enums {
        // The first half are leaves; the others may wrap any enum before them.
        let inner = if i < enums / 2 {
            &generated[..0]
        } else {
            &generated[..]
        };
        let next = generate_enum(&mut rng, &format!("E{seed}x{i}"), inner);
        generated.push(next);
    }
    let mut source = format!(
        "// Generated by tests/doc_wire.rs from seed {seed}: the document/wire test.\n\
         #![allow(clippy::all, unused)]\n\n"
    );
    let mut checks = String::new();
    let mut count = 0;
    for g in &generated {
        source.push_str(&g.source);
        source.push('\n');
        for (variant, expr) in &g.values {
            writeln!(
                checks,
                "    failures.extend(http_status_trybuild::docwire::check(\"{variant}\", &{expr}));"
            )
            .unwrap();
            count += 1;
        }
    }
    write!(
        source,
        "fn main() {{\n    let mut failures: Vec<String> = Vec::new();\n{checks}    \
         assert!(failures.is_empty(), \"{{}} disagreements:\\n{{}}\", failures.len(), failures.join(\"\\n\"));\n    \
         println!(\"{count} variant responses agree with their documents\");\n}}\n"
    )
    .unwrap();
    (source, count)
}

#[test]
fn every_variant_sends_what_its_document_describes() {
    let seeds: Vec<u64> = std::env::var("DOC_WIRE_SEEDS").map_or_else(
        |_| vec![17, 2026],
        |s| {
            s.split(',')
                .map(|n| n.trim().parse().expect("a seed"))
                .collect()
        },
    );
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("doc-wire");
    std::fs::create_dir_all(&dir).expect("a directory");
    let cases = trybuild::TestCases::new();
    let mut total = 0;
    for seed in seeds {
        let (source, count) = program(seed, 14);
        total += count;
        let path = dir.join(format!("seed_{seed}.rs"));
        std::fs::write(&path, source).expect("written");
        cases.pass(&path);
    }
    // Enough variants that every shape above is met many times over.
    assert!(total > 100, "only {total} values generated");
    eprintln!("{total} generated variant values");
}
