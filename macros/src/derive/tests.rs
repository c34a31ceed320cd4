//! The derive's own fuzz, on a fixed seed: generated enums, valid ones and ones with exactly one
//! mistake planted among valid variants. A valid enum expands without an error; each mistake
//! gives exactly one error (the fallback keeps rustc from adding more); nothing panics.

use proc_macro2::{TokenStream, TokenTree};

/// SplitMix64: the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[usize::try_from(self.next() % items.len() as u64).expect("small")]
    }
}

/// Variants that are right on their own; `@` is where a number goes, so that names (and problem
/// types) never clash.
const VALID: &[&str] = &[
    "#[status(404)] Missing@",
    "#[status(NotFound)] Lost@(u32)",
    "#[status(\"Conflict\")] Taken@ { name: String }",
    "#[status(nginx 499)] Closed@",
    "#[status(esri 499)] Token@",
    "#[status(503, expose)] Down@",
    "#[status(405, header(\"Allow\", \"GET\"))] Method@",
    "#[status(401, header(\"WWW-Authenticate\", \"Bearer\"))] Login@",
    "#[status(429)] Limited@ { #[header(\"Retry-After\")] seconds: u32 }",
    "#[status(403, type = \"/probs/credit\", title = \"No credit.\")] Credit@ { #[problem] balance: u32, #[problem(instance)] at: String }",
    "#[status(409)] Pair@(#[problem(rename = \"first\")] u8, #[header(\"X-Second\")] u8)",
    "#[status(transparent)] Inner@(Box<Self>)",
    "#[status(202)] Queued@",
    "#[status(204)] Empty@",
    "#[status(404, type = \"/probs/d@\", decode)] Decoded@ { #[problem] id: u32, #[header(\"X-Id\")] copy: u32 }",
    "#[status(409, type = \"/probs/c@\", member(\"code\", \"C@\"), member(\"tries\", -1))] Coded@ { #[problem] name: String }",
];

/// Variants with one mistake each, and what the mistake is.
const MISTAKES: &[&str] = &[
    "#[status(299)] Unknown",
    "NoStatus",
    "#[status(100)] Interim",
    "#[status(404, expose)] Exposed",
    "#[status(404)] #[status(410)] Twice",
    "#[status(405)] NoAllow",
    "#[status(404, header(\"Bad Name\", \"x\"))] BadHeader",
    "#[status(404, header(\"X-Line\", \"a\\nb\"))] BadValue",
    "#[status(404, type = \"not a uri\")] BadType",
    "#[status(404)] Reserved { #[problem] status: u16 }",
    "#[status(404)] Duplicate { #[problem] a: u8, #[problem(rename = \"a\")] b: u8 }",
    "#[status(transparent)] TwoFields(u8, u8)",
    "#[header(\"Retry-After\")] #[status(429)] OnVariant",
    "#[status(404, bogus)] Unknown",
    "#[status(404, decode)] NotSent { id: u32 }",
    "#[status(500, decode)] HiddenAsked",
    "#[status(202, decode)] NoProblem",
    "#[status(404, decode, decode)] DecodeTwice",
    "#[status(404, member(\"type\", \"x\"))] ReservedConstant",
    "#[status(404, member(\"code\", CODE))] ExpressionConstant",
    "#[status(404, member(\"code\", \"A\"))] DuplicateConstant { #[problem] code: u8 }",
    "#[status(404, type = \"/probs/x\")] TypeA, #[status(410, type = \"/probs/x\")] TypeB",
    "#[status(404, title = \"\")] EmptyTitle",
    "#[status(204, title = \"Nothing.\")] TitleOnNoContent",
    "#[status(401, header(\"WWW-Authenticate\", \"\"))] EmptyChallenge",
    "#[status(crate = \"hs\")] CrateOnVariant",
    "#[status(404, header(\"ETag\", \"a\"), header(\"etag\", \"b\"))] SameHeader",
    "#[status(0404)] LeadingZero",
    "#[status(202)] Member { #[problem] count: u32 }",
];

/// How many `compile_error!` the expansion holds.
fn errors(tokens: TokenStream) -> usize {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut count = 0;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    count += 1;
                }
            }
            TokenTree::Group(group) => count += errors(group.stream()),
            _ => {}
        }
    }
    count
}

fn expand(source: &str) -> TokenStream {
    let input: syn::DeriveInput =
        syn::parse_str(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    super::expand(&input)
}

/// An enum of `n` valid variants (numbered, so names never clash), and `extra` among them.
fn generated(rng: &mut Rng, n: usize, extra: Option<&str>) -> String {
    let mut variants: Vec<String> = (0..n)
        .map(|i| rng.pick(VALID).replace('@', &i.to_string()))
        .collect();
    if let Some(extra) = extra {
        let at = usize::try_from(rng.next() % (n as u64 + 1)).expect("small");
        variants.insert(at, extra.to_string());
    }
    format!("enum Generated {{ {} }}", variants.join(", "))
}

#[test]
fn valid_enums_expand_without_an_error() {
    let mut rng = Rng(2026);
    for round in 0..300 {
        let source = generated(&mut rng, 1 + round % 9, None);
        assert_eq!(errors(expand(&source)), 0, "{source}");
    }
}

#[test]
fn one_mistake_gives_one_error() {
    let mut rng = Rng(17);
    for round in 0..600 {
        let mistake = MISTAKES[round % MISTAKES.len()];
        let source = generated(&mut rng, round % 7, Some(mistake));
        let found = errors(expand(&source));
        assert_eq!(found, 1, "{found} errors for one mistake:\n{source}");
    }
}

#[test]
fn an_enum_default_is_one_mistake_however_many_variants_take_it() {
    let source = "#[status(405)] enum E { A, B, C, D, #[status(404)] Own }";
    assert_eq!(errors(expand(source)), 1);
}

/// Every string literal of the expansion that follows `doc =`.
fn docs(tokens: TokenStream, out: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if ident == "doc" => {
                if let (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(lit))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                {
                    if eq.as_char() == '=' {
                        let lit: syn::LitStr = syn::parse_str(&lit.to_string()).expect("a string");
                        out.push(lit.value());
                    }
                }
            }
            TokenTree::Group(group) => docs(group.stream(), out),
            _ => {}
        }
    }
}

#[test]
fn the_decode_impl_says_which_variants_decode_and_why_the_others_do_not() {
    let mut found = Vec::new();
    docs(
        expand(
            r#"enum ApiError {
                #[status(404)] NotFound { #[problem] id: u64 },
                #[status(429)] Slow { #[header("Retry-After")] seconds: u32 },
                #[status(403, type = "/probs/credit")] Credit { #[problem(instance)] at: String, #[problem(flatten)] extra: Extra },
                #[status(transparent)] Auth(AuthError),
                #[status(500)] Db(DbError),
                #[status(502, expose)] Upstream(String),
                #[status(303, header("Location", "/x"))] Moved,
                #[status(409)] Taken,
                #[status(409)] Stale,
            }"#,
        ),
        &mut found,
    );
    let expected = "Decoded:\n\n\
        - `NotFound`: 404 with the type `about:blank`, `id` from the member `id`\n\
        - `Slow`: 429 with the type `about:blank`, `seconds` from the header `Retry-After`\n\
        - `Credit`: 403 with the type `/probs/credit`, `at` from `instance`, `extra` from the members\n\
        - `Auth`: whatever its field's type decodes (`0`)\n\
        \nNot decoded:\n\n\
        - `Db`: a 5xx without `expose` hides its message and members\n\
        - `Upstream`: its field `0` is not sent (neither a member, a header nor the instance)\n\
        - `Moved`: a 303 response carries no problem document\n\
        - `Taken`: `Stale` answers the same status with the same problem type\n\
        - `Stale`: `Taken` answers the same status with the same problem type\n";
    assert!(
        found.iter().any(|d| d.ends_with(expected)),
        "no such doc among {found:#?}"
    );
}
