//! Explains an HTTP status code the way a person would want it explained.
//!
//! ```text
//! cargo run --example explain -- 404
//! cargo run --example explain -- moved temporarily
//! cargo run --example explain -- NOT_FOUND
//! cargo run --example explain -- nginx 499
//! cargo run --example explain -- 4xx
//! cargo run --example explain -- --all
//! cargo run --example explain -- --lang fr 418
//! cargo run --example explain -- --json 405
//! cargo run --example explain -- --catalogue probs.json
//! ```
//!
//! `--catalogue` reads the JSON of an API's catalogue of problem types, as its server sends it
//! (`curl -H 'Accept: application/json' localhost:3000/probs > probs.json`, with
//! `http_status::catalogue` mounted at `/probs`), and shows each problem type.
//!
//! Exit status: 0 when the query names a documented code, 1 when it names none (what was wrong
//! goes to standard error, with the closest documented codes when a name or number is close),
//! 2 for a usage error. `--help` prints the usage and exits with 0.

use std::fmt::Write as _;
use std::process::ExitCode;

use http_status::{suggest, Class, Info, Lang, Requirement, Standing, Status, Vendor, REGISTRY};

const USAGE: &str = "\
usage: explain [--lang en|fr] [--json] <query>
       explain [--lang en|fr] [--json] --all
       explain --catalogue <file>
       explain --help

--lang fr   labels and descriptions in French (the registry's notes stay in English)
--json      the entries as a JSON array (code, phrase, class, standing, reference, flags,
            header rules, history, description), for scripts
--catalogue an API's problem types, from the JSON its catalogue serves (`-` reads stdin)

<query> is one of:
  a code                  404
  a class                 4xx
  a reason phrase         not found, \"moved temporarily\" (today's names and historic ones)
  a const name            NOT_FOUND, NotFound
  a vendor                nginx (lists its codes)
  a vendor and its code   nginx 499

exit status: 0 found, 1 not found, 2 usage error";

/// Why `run` did not explain anything.
#[derive(Debug)]
enum Failure {
    /// The query is well formed but names no documented code (exit status 1).
    NotFound(String),
    /// The command line itself is wrong (exit status 2).
    Usage(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (stdout, stderr, code) = outcome(&args);
    print!("{stdout}");
    eprint!("{stderr}");
    ExitCode::from(code)
}

/// What the command prints on standard output and standard error, and its exit status. With
/// `--json`, standard output is JSON even when nothing matches (`[]`), for scripts.
fn outcome(args: &[String]) -> (String, String, u8) {
    match run(args) {
        Ok(text) => (text, String::new(), 0),
        Err(Failure::NotFound(text)) => {
            let json = parse_args(args).is_ok_and(|r| r.json);
            let stdout = if json {
                "[]\n".to_string()
            } else {
                String::new()
            };
            (stdout, text, 1)
        }
        Err(Failure::Usage(text)) => (String::new(), text, 2),
    }
}

/// What to do, read from the command line.
struct Request {
    lang: Lang,
    json: bool,
    all: bool,
    help: bool,
    catalogue: Option<String>,
    query: String,
}

fn parse_args(args: &[String]) -> Result<Request, Failure> {
    let usage = |why: String| Failure::Usage(format!("{why}\n\n{USAGE}\n"));
    let mut request = Request {
        lang: Lang::En,
        json: false,
        all: false,
        help: false,
        catalogue: None,
        query: String::new(),
    };
    let mut words = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--all" => request.all = true,
            "--json" => request.json = true,
            "-h" | "--help" => request.help = true,
            // The end of the options: what follows is the query, dashes and all.
            "--" => {
                words.extend(args.by_ref().map(String::as_str));
                break;
            }
            "--catalogue" => {
                let file = args.next().ok_or_else(|| {
                    usage(
                        "`--catalogue` needs the file of a catalogue's JSON, or `-` for stdin"
                            .into(),
                    )
                })?;
                request.catalogue = Some(file.clone());
            }
            "--lang" => {
                let tag = args
                    .next()
                    .ok_or_else(|| usage("`--lang` needs a language: `en` or `fr`".into()))?;
                request.lang = Lang::from_tag(tag)
                    .ok_or_else(|| usage(format!("unknown language `{tag}`: use `en` or `fr`")))?;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(usage(format!("unknown option `{flag}`")))
            }
            word => words.push(word),
        }
    }
    // `404 500` is two queries, not a code and its phrase: one query at a time.
    if words.len() > 1
        && words[1..]
            .iter()
            .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        && Vendor::from_keyword(words[0]).is_none()
    {
        return Err(usage(format!(
            "`{}` is more than one query; explain one code at a time",
            words.join(" ")
        )));
    }
    request.query = words.join(" ");
    if request.catalogue.is_some() && !request.query.trim().is_empty() {
        return Err(usage(
            "`--catalogue` shows a whole catalogue: give it no query".into(),
        ));
    }
    if request.query.trim().is_empty()
        && !request.all
        && !request.help
        && request.catalogue.is_none()
    {
        return Err(usage("no query".into()));
    }
    Ok(request)
}

/// What a query found: entries to explain, or a list under a heading.
enum Found {
    Entries(Vec<&'static Info>),
    List(String, Vec<&'static Info>),
}

fn run(args: &[String]) -> Result<String, Failure> {
    let request = parse_args(args)?;
    if request.help {
        return Ok(format!("{USAGE}\n"));
    }
    if let Some(file) = &request.catalogue {
        return catalogue(file);
    }
    let lang = request.lang;
    let found = if request.all {
        Found::List(String::new(), REGISTRY.iter().collect())
    } else {
        find(request.query.trim(), lang)?
    };
    Ok(match (found, request.json) {
        (Found::Entries(infos) | Found::List(_, infos), true) => json(&infos, lang),
        (Found::Entries(infos), false) => infos
            .iter()
            .map(|info| explain(info, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        (Found::List(heading, infos), false) if heading.is_empty() => list(infos.into_iter(), lang),
        (Found::List(heading, infos), false) => {
            format!("{heading}\n{}", list(infos.into_iter(), lang))
        }
    })
}

/// An API's catalogue of problem types, from its JSON: each type's status, title and URI, what
/// it documents, and its members and headers.
fn catalogue(file: &str) -> Result<String, Failure> {
    use std::io::Read as _;
    let mut text = String::new();
    let read = if file == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    read.map_err(|e| Failure::Usage(format!("cannot read {file}: {e}\n")))?;
    let entries: Vec<serde_json::Value> = serde_json::from_str(&text).map_err(|e| {
        Failure::NotFound(format!(
            "{file} is not a catalogue's JSON (an array of problem types): {e}\n"
        ))
    })?;
    if entries.is_empty() {
        return Err(Failure::NotFound(format!("{file} lists no problem type\n")));
    }
    let mut out = String::new();
    for entry in &entries {
        let text = |key: &str| entry[key].as_str().unwrap_or_default().to_owned();
        let _ = writeln!(
            out,
            "{} {}  {}  ({})",
            entry["status"],
            text("title"),
            text("type"),
            text("variant")
        );
        for paragraph in text("docs").split("\n\n").filter(|p| !p.is_empty()) {
            let _ = writeln!(out, "  {paragraph}");
        }
        let list = |key: &str| -> Vec<String> {
            entry[key]
                .as_array()
                .into_iter()
                .flatten()
                .map(|item| {
                    let name = item["name"].as_str().unwrap_or_default();
                    let name = if name.is_empty() { "(flattened)" } else { name };
                    match (
                        &item["constant"],
                        item["type"].as_str(),
                        item["value"].as_str(),
                    ) {
                        (serde_json::Value::Null, Some(ty), _) => format!("{name}: {ty}"),
                        (serde_json::Value::Null, None, Some(value)) => format!("{name}: {value}"),
                        (serde_json::Value::Null, None, None) => name.to_owned(),
                        (constant, _, _) => format!("{name} = {constant}"),
                    }
                })
                .collect()
        };
        for (label, key) in [("members", "members"), ("headers", "headers")] {
            let items = list(key);
            if !items.is_empty() {
                let _ = writeln!(out, "  {label}: {}", items.join(", "));
            }
        }
    }
    Ok(out)
}

fn find(query: &str, lang: Lang) -> Result<Found, Failure> {
    if let Some(vendor) = Vendor::from_keyword(query) {
        let heading = match lang {
            Lang::Fr => format!("{} utilise :", vendor.name()),
            _ => format!("{} uses:", vendor.name()),
        };
        return Ok(Found::List(heading, vendor_codes(vendor)));
    }
    if let Some(class) = parse_class(query) {
        return Ok(Found::List(
            format!("{}\n", class_name(class, lang)),
            REGISTRY.iter().filter(|i| i.class() == class).collect(),
        ));
    }
    if let Some((vendor, rest)) = split_vendor(query) {
        return explain_vendor(vendor, rest).map(|info| Found::Entries(vec![info]));
    }
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        return explain_number(query).map(Found::Entries);
    }
    // Full-width digits and spaces (`４０４`, as an East Asian keyboard types them) read as
    // ASCII.
    let narrow = narrow(query);
    if narrow != query {
        return find(&narrow, lang);
    }
    let error = match query.parse::<Status>() {
        Ok(status) => return Ok(Found::Entries(status.meanings().iter().collect())),
        Err(error) => error,
    };
    // A phrase in the language asked for (`--lang fr introuvable`).
    let exact: Vec<&'static Info> = REGISTRY
        .iter()
        .filter(|i| i.reason_in(lang).to_lowercase() == query.to_lowercase())
        .collect();
    if !exact.is_empty() {
        return Ok(Found::Entries(exact));
    }
    // Words of a phrase (`teapot`, `timeout`), in English and in the language asked for.
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let matching: Vec<&'static Info> = REGISTRY
        .iter()
        .filter(|info| {
            let phrases = [info.reason(), info.reason_in(lang)];
            !words.is_empty()
                && words.iter().all(|word| {
                    phrases.iter().any(|phrase| {
                        phrase
                            .to_lowercase()
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| w == word || (word.len() >= 4 && w.starts_with(word.as_str())))
                    })
                })
        })
        .collect();
    if !matching.is_empty() {
        let heading = match lang {
            Lang::Fr => format!("les intitulés où figure « {query} » :"),
            _ => format!("phrases with `{query}` in them:"),
        };
        return Ok(Found::List(heading, matching));
    }
    Err(Failure::NotFound(unknown(query, &error.to_string())))
}

/// `query` with full-width digits, letters and spaces as ASCII.
fn narrow(query: &str) -> String {
    query
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The codes one vendor uses.
fn vendor_codes(vendor: Vendor) -> Vec<&'static Info> {
    REGISTRY
        .iter()
        .filter(|i| i.standing() == Standing::Vendor(vendor))
        .collect()
}

/// `4xx`, `4XX`.
fn parse_class(query: &str) -> Option<Class> {
    let bytes = query.as_bytes();
    match bytes {
        [d @ b'1'..=b'5', x, y]
            if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') =>
        {
            Class::of(u16::from(d - b'0') * 100)
        }
        _ => None,
    }
}

/// `nginx 499` -> (Nginx, "499").
fn split_vendor(query: &str) -> Option<(Vendor, &str)> {
    let (first, rest) = query.split_once(' ')?;
    Some((Vendor::from_keyword(first)?, rest.trim()))
}

fn explain_vendor(vendor: Vendor, code: &str) -> Result<&'static Info, Failure> {
    let code: u16 = code.parse().map_err(|_| {
        Failure::Usage(format!(
            "expected a code after `{}`, as in `{} {}`\n",
            vendor.keyword(),
            vendor.keyword(),
            REGISTRY
                .iter()
                .find(|i| i.standing() == Standing::Vendor(vendor))
                .map_or(499, Info::code)
        ))
    })?;
    let used = vendor_codes(vendor);
    match used.iter().find(|i| i.code() == code) {
        Some(info) => Ok(info),
        None => {
            let mut text = format!("{} does not use {code}; its codes are:\n", vendor.name());
            for info in used {
                let _ = writeln!(text, "  {} {}", info.code(), info.reason());
            }
            Err(Failure::NotFound(text))
        }
    }
}

fn explain_number(digits: &str) -> Result<Vec<&'static Info>, Failure> {
    let status = match digits.parse::<Status>() {
        Ok(status) => status,
        Err(err) => return Err(Failure::NotFound(format!("`{digits}`: {err}\n"))),
    };
    if status.info().is_some() {
        return Ok(status.meanings().iter().collect());
    }
    let code = status.as_u16();
    let mut text = if code >= 600 {
        format!(
            "{code} is outside the codes HTTP defines (100 to 599, RFC 9110, Section 15): a client that receives it treats it as a 5xx Server Error, and nothing documents it.\n"
        )
    } else {
        format!(
            "{code} is a {} code by its first digit, but no specification or widely deployed server documents it.\n",
            status.class()
        )
    };
    let near: Vec<_> = suggest::by_code(status.as_u16()).collect();
    if !near.is_empty() {
        text.push_str("\nnearest documented codes:\n");
        for info in near {
            let _ = writeln!(text, "  {} {}", info.code(), info.reason());
        }
    }
    Err(Failure::NotFound(text))
}

fn unknown(query: &str, why: &str) -> String {
    // A query is echoed back, but not a page of it.
    const SHOWN: usize = 60;
    let shown: String = if query.chars().count() > SHOWN {
        format!("{}...", query.chars().take(SHOWN).collect::<String>())
    } else {
        query.to_string()
    };
    let mut text = format!("no documented status code matches `{shown}`: {why}\n");
    let close: Vec<_> = suggest::by_name(query).collect();
    if close.is_empty() {
        text.push_str("\ntry a code (404), a class (4xx) or `--all` for the whole registry\n");
    } else {
        text.push_str("\nclosest matches:\n");
        for info in close {
            let _ = writeln!(text, "  {} {}", info.code(), info.reason());
        }
    }
    text
}

/// The words around the registry's facts, in one language.
struct Labels {
    /// The reason phrase in this language, when it is not English's (the status line keeps
    /// the English one: it is protocol text).
    phrase: Option<&'static str>,
    class: &'static str,
    standing: &'static str,
    reference: &'static str,
    constant: &'static str,
    flags: &'static str,
    cacheable: &'static str,
    not_cacheable: &'static str,
    content: &'static str,
    no_content: &'static str,
    headers: &'static str,
    history: &'static str,
    deprecated_const: &'static str,
}

const EN: Labels = Labels {
    phrase: None,
    class: "class",
    standing: "standing",
    reference: "reference",
    constant: "constant",
    flags: "flags",
    cacheable: "cacheable by default",
    not_cacheable: "not cacheable by default",
    content: "may carry content",
    no_content: "never carries content",
    headers: "headers",
    history: "history",
    deprecated_const: "deprecated const",
};

const FR: Labels = Labels {
    phrase: Some("intitulé"),
    class: "classe",
    standing: "statut",
    reference: "référence",
    constant: "constante",
    flags: "propriétés",
    cacheable: "mise en cache par défaut",
    not_cacheable: "pas de mise en cache par défaut",
    content: "peut avoir un contenu",
    no_content: "jamais de contenu",
    headers: "en-têtes",
    history: "historique",
    deprecated_const: "constante dépréciée",
};

fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Fr => &FR,
        _ => &EN,
    }
}

/// `4xx Client Error`, or `4xx Erreur du client`.
fn class_name(class: Class, lang: Lang) -> String {
    match lang {
        Lang::Fr => {
            let name = match class {
                Class::Informational => "Information",
                Class::Success => "Succès",
                Class::Redirection => "Redirection",
                Class::ClientError => "Erreur du client",
                Class::ServerError => "Erreur du serveur",
            };
            format!("{}xx {name}", class.first_digit())
        }
        _ => class.to_string(),
    }
}

/// `standard`, `vendor (nginx)`, or their French.
fn standing_name(standing: Standing, lang: Lang) -> String {
    match (lang, standing) {
        (Lang::Fr, Standing::Standard) => "standard".into(),
        (Lang::Fr, Standing::Provisional) => "provisoire".into(),
        (Lang::Fr, Standing::Unused) => "inutilisé".into(),
        (Lang::Fr, Standing::Deprecated) => "déconseillé".into(),
        (Lang::Fr, Standing::Obsolete) => "obsolète".into(),
        (Lang::Fr, Standing::Vendor(vendor)) => format!("propre à un éditeur ({})", vendor.name()),
        _ => standing.to_string(),
    }
}

/// `MUST`, or the French of RFC 2119 (`DOIT`, `DEVRAIT`, `PEUT`).
fn requirement_name(requirement: Requirement, lang: Lang) -> &'static str {
    match (lang, requirement) {
        (Lang::Fr, Requirement::Must) => "DOIT",
        (Lang::Fr, Requirement::Should) => "DEVRAIT",
        (Lang::Fr, Requirement::May) => "PEUT",
        _ => requirement.keyword(),
    }
}

fn explain(info: &Info, lang: Lang) -> String {
    let l = labels(lang);
    // Label column: the longest label and two spaces.
    let width = [l.class, l.standing, l.reference, l.constant, l.flags]
        .iter()
        .chain(&l.phrase)
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let row = |label: &str, value: &str| format!("  {label:<width$}{value}\n");
    let mut text = format!("{} {}\n", info.code(), info.reason());
    if let Some(phrase) = l.phrase {
        text += &row(phrase, info.reason_in(lang));
    }
    text += &row(l.class, &class_name(info.class(), lang));
    text += &row(l.standing, &standing_name(info.standing(), lang));
    text += &row(l.reference, info.reference());
    text += &row(l.constant, &format!("Status::{}", info.const_name()));
    let cache = if info.is_cacheable() {
        l.cacheable
    } else {
        l.not_cacheable
    };
    let content = if info.allows_content() {
        l.content
    } else {
        l.no_content
    };
    text += &row(l.flags, &format!("{cache}; {content}"));
    let _ = writeln!(text, "\n  {}", wrap(info.description(lang), 76, "  "));
    if !info.headers().is_empty() {
        let _ = writeln!(text, "\n  {}", l.headers);
        for rule in info.headers() {
            let _ = write!(
                text,
                "    {} {} ({})",
                rule.name(),
                requirement_name(rule.requirement(), lang),
                rule.reference()
            );
            if let Some(condition) = rule.condition() {
                let _ = write!(text, ": {condition}");
            }
            text.push('\n');
        }
    }
    if !info.history().is_empty() {
        let _ = writeln!(text, "\n  {}", l.history);
        for former in info.history() {
            let _ = write!(
                text,
                "    \"{}\", {}: {}",
                former.name(),
                former.source(),
                former.note()
            );
            if let Some(name) = former.const_name() {
                let _ = write!(text, " ({} `Status::{name}`)", l.deprecated_const);
            }
            text.push('\n');
        }
    }
    text
}

/// The entries as a JSON array, through `serde_json`.
fn json(infos: &[&Info], lang: Lang) -> String {
    let entries: Vec<serde_json::Value> = infos
        .iter()
        .map(|info| {
            let vendor = match info.standing() {
                Standing::Vendor(vendor) => Some(vendor.keyword()),
                _ => None,
            };
            serde_json::json!({
                "code": info.code(),
                "reason": info.reason(),
                "reason_in_lang": info.reason_in(lang),
                "const": info.const_name(),
                "class": class_name(info.class(), lang),
                "standing": standing_name(info.standing(), lang),
                "vendor": vendor,
                "reference": info.reference(),
                "cacheable": info.is_cacheable(),
                "allows_content": info.allows_content(),
                "headers": info.headers().iter().map(|rule| serde_json::json!({
                    "name": rule.name(),
                    "requirement": rule.requirement().keyword(),
                    "reference": rule.reference(),
                    "condition": rule.condition(),
                })).collect::<Vec<_>>(),
                "history": info.history().iter().map(|former| serde_json::json!({
                    "name": former.name(),
                    "source": former.source(),
                    "note": former.note(),
                    "const": former.const_name(),
                })).collect::<Vec<_>>(),
                "lang": lang.tag(),
                "description": info.description(lang),
            })
        })
        .collect();
    // A `Value` built from strings, numbers and booleans always serializes.
    serde_json::to_string_pretty(&entries).unwrap_or_default() + "\n"
}

/// One line per entry: code, phrase, and standing when it is not plain standard.
fn list<'a>(infos: impl Iterator<Item = &'a Info>, lang: Lang) -> String {
    let mut text = String::new();
    for info in infos {
        let _ = write!(text, "{} {}", info.code(), info.reason());
        if info.standing() != Standing::Standard {
            let _ = write!(text, "  [{}]", standing_name(info.standing(), lang));
        }
        text.push('\n');
    }
    text
}

/// Greedy word wrap; later lines start with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + 1 + word.chars().count() > width {
            out.push('\n');
            out.push_str(indent);
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.chars().count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn explains_a_code_with_all_its_facts() {
        let out = run(&args("404")).unwrap();
        assert!(out.starts_with("404 Not Found\n"));
        assert!(out.contains("RFC 9110, Section 15.5.5"));
        assert!(out.contains("cacheable by default"));
    }

    /// A catalogue's JSON as `http_status::catalogue` serves it (`tests/suite/tests/catalogue.rs`
    /// checks that the served JSON has every key read here).
    const CATALOGUE: &str = r#"[
        {"variant": "Quota", "type": "https://example.com/probs/user-quota", "status": 429,
         "title": "Too many users.", "docs": "A problem type of our own.\n\nDelete one first.",
         "exposed": true,
         "headers": [{"name": "Retry-After", "value": null, "field": "retry_after", "type": "u32", "rule": null}],
         "members": [{"name": "code", "constant": "QUOTA", "field": null, "type": null},
                     {"name": "limit", "constant": null, "field": "limit", "type": "usize"}]},
        {"variant": "Method", "type": "about:blank", "status": 405, "title": "Method Not Allowed",
         "docs": "", "exposed": true,
         "headers": [{"name": "Allow", "value": "GET, HEAD", "field": null, "type": null, "rule": null}],
         "members": []}
    ]"#;

    #[test]
    fn shows_a_catalogue_from_its_json() {
        let file =
            std::env::temp_dir().join(format!("explain-catalogue-{}.json", std::process::id()));
        std::fs::write(&file, CATALOGUE).unwrap();
        let path = file.display().to_string();
        let out = run(&["--catalogue".to_owned(), path.clone()]).unwrap();
        assert_eq!(
            out,
            "429 Too many users.  https://example.com/probs/user-quota  (Quota)\n  A problem type of our own.\n  Delete one first.\n  members: code = \"QUOTA\", limit: usize\n  headers: Retry-After: u32\n405 Method Not Allowed  about:blank  (Method)\n  headers: Allow: GET, HEAD\n"
        );
        // What is no catalogue says so; a query beside it is a usage error.
        std::fs::write(&file, "{}").unwrap();
        assert!(matches!(
            run(&["--catalogue".to_owned(), path.clone()]),
            Err(Failure::NotFound(_))
        ));
        assert!(matches!(
            run(&["--catalogue".to_owned(), path, "404".to_owned()]),
            Err(Failure::Usage(_))
        ));
        let _ = std::fs::remove_file(&file);
        assert!(matches!(run(&args("--catalogue")), Err(Failure::Usage(_))));
    }

    #[test]
    fn shows_the_headers_a_status_calls_for() {
        let out = run(&args("405")).unwrap();
        assert!(out.contains("\n  headers\n    Allow MUST (RFC 9110, Section 15.5.6)\n"));
        let out = run(&args("413")).unwrap();
        assert!(out.contains(
            "    Retry-After SHOULD (RFC 9110, Section 15.5.14): when the condition is temporary\n"
        ));
        assert!(!run(&args("404")).unwrap().contains("headers"));
    }

    fn not_found(query: &str) -> String {
        match run(&args(query)) {
            Err(Failure::NotFound(text)) => text,
            other => panic!("{query:?}: expected not found, got {other:?}"),
        }
    }

    fn usage_error(query: &str) -> String {
        match run(&args(query)) {
            Err(Failure::Usage(text)) => text,
            other => panic!("{query:?}: expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn unknown_queries_fail_with_suggestions() {
        let err = not_found("not fund");
        assert!(err.contains("404 Not Found"), "{err}");
        let err = not_found("299");
        assert!(err.contains("226 IM Used"), "{err}");
        not_found("1000");
        not_found("0404");
        not_found("nginx 404");
    }

    #[test]
    fn a_code_above_599_gets_one_coherent_sentence() {
        let err = not_found("650");
        assert!(
            err.starts_with("650 is outside the codes HTTP defines (100 to 599"),
            "{err}"
        );
        assert!(!err.contains("valid"), "{err}");
    }

    #[test]
    fn help_succeeds_and_lists_every_form_of_query() {
        for flag in ["--help", "-h"] {
            let out = run(&args(flag)).unwrap();
            for form in [
                "404",
                "4xx",
                "NOT_FOUND",
                "nginx 499",
                "--all",
                "--lang",
                "--json",
                "exit status",
            ] {
                assert!(out.contains(form), "{flag}: {form}");
            }
        }
    }

    #[test]
    fn command_line_mistakes_are_usage_errors() {
        assert!(usage_error("404 500").contains("one code at a time"));
        assert!(usage_error("--bogus 404").contains("unknown option"));
        assert!(usage_error("--lang de 404").contains("unknown language"));
        usage_error("");
    }

    #[test]
    fn a_vendor_alone_lists_its_codes() {
        let out = run(&args("nginx")).unwrap();
        assert!(out.contains("444 No Response"), "{out}");
        assert!(out.contains("499 Client Closed Request"), "{out}");
        assert!(!out.contains("522"), "{out}");
    }

    #[test]
    fn french_translates_the_labels_too() {
        let out = run(&args("--lang fr 405")).unwrap();
        for label in [
            "classe      4xx Erreur du client",
            "statut      standard",
            "référence   RFC 9110, Section 15.5.6",
            "propriétés  mise en cache par défaut; peut avoir un contenu",
            "en-têtes",
            "Allow DOIT (RFC 9110, Section 15.5.6)",
        ] {
            assert!(out.contains(label), "{label}\n{out}");
        }
        for english in ["class ", "standing", "flags", "cacheable", "MUST"] {
            assert!(!out.contains(english), "{english}\n{out}");
        }
        let out = run(&args("--lang fr nginx")).unwrap();
        assert!(out.starts_with("nginx utilise :"), "{out}");
        assert!(out.contains("[propre à un éditeur (nginx)]"), "{out}");
    }

    #[test]
    fn a_double_dash_ends_the_options() {
        assert!(run(&args("-- 404")).unwrap().starts_with("404 Not Found"));
        assert!(run(&args("--lang fr -- 404")).is_ok());
    }

    #[test]
    fn json_prints_an_empty_array_when_nothing_matches_and_still_exits_with_1() {
        let (stdout, stderr, code) = outcome(&args("--json 299"));
        assert_eq!((stdout.as_str(), code), ("[]\n", 1));
        assert!(stderr.contains("299"), "{stderr}");
        let (stdout, _, code) = outcome(&args("299"));
        assert_eq!((stdout.as_str(), code), ("", 1));
    }

    #[test]
    fn a_long_query_is_not_echoed_whole() {
        let query = "x".repeat(100_000);
        let (_, stderr, code) = outcome(&[query]);
        assert_eq!(code, 1);
        assert!(stderr.len() < 1_000, "{} bytes", stderr.len());
        assert!(stderr.contains("xxx..."), "{stderr}");
    }

    #[test]
    fn json_prints_every_fact_of_every_meaning() {
        let out = run(&args("--json 499")).unwrap();
        let entries: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        let entries = entries.as_array().expect("an array");
        assert_eq!(entries.len(), 2, "nginx's and Esri's 499");
        assert_eq!(entries[0]["reason"], "Client Closed Request");
        assert_eq!(entries[0]["vendor"], "nginx");
        assert_eq!(entries[1]["reason"], "Token Required");

        let out = run(&args("--json 413")).unwrap();
        let entry = &serde_json::from_str::<serde_json::Value>(&out).unwrap()[0];
        assert_eq!(entry["code"], 413);
        assert_eq!(entry["const"], "CONTENT_TOO_LARGE");
        assert_eq!(entry["class"], "4xx Client Error");
        assert_eq!(entry["cacheable"], false);
        assert_eq!(entry["headers"][0]["name"], "Retry-After");
        assert_eq!(entry["headers"][0]["requirement"], "SHOULD");
        assert_eq!(entry["history"][1]["name"], "Payload Too Large");
        assert_eq!(entry["history"][1]["const"], "PAYLOAD_TOO_LARGE");
        assert!(entry["description"].as_str().unwrap().len() > 20);

        let out = run(&args("--json 4xx")).unwrap();
        let all: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(all
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["class"] == "4xx Client Error"));
    }

    #[test]
    fn a_code_and_its_phrase_still_explain_the_code() {
        assert!(run(&args("404 not found"))
            .unwrap()
            .starts_with("404 Not Found"));
    }

    #[test]
    fn french_shows_the_french_phrase_under_the_protocols() {
        let text = run(&args("--lang fr 404")).unwrap();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("404 Not Found"));
        assert_eq!(lines.next(), Some("  intitulé    Introuvable"));
        let json = run(&args("--lang fr --json 404")).unwrap();
        let entries: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(entries[0]["reason_in_lang"], "Introuvable");
        assert!(!run(&args("404")).unwrap().contains("intitulé"));
    }

    #[test]
    fn words_french_phrases_and_full_width_digits_find_their_codes() {
        let text = run(&args("teapot")).unwrap();
        assert!(text.contains("418 I'm a teapot"), "{text}");
        let text = run(&args("timeout")).unwrap();
        assert!(text.contains("408 Request Timeout") && text.contains("504 Gateway Timeout"));
        assert!(run(&args("--lang fr introuvable"))
            .unwrap()
            .starts_with("404 Not Found"));
        assert!(run(&args("\u{FF14}\u{FF10}\u{FF14}"))
            .unwrap()
            .starts_with("404 Not Found"));
        assert!(run(&args("gibberish")).is_err());
    }
}
