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
//! ```
//!
//! An unknown query prints what was wrong and the closest documented codes, and exits with 1.

use std::fmt::Write as _;
use std::process::ExitCode;

use http_status::{suggest, Class, Info, Lang, Standing, Status, Vendor, REGISTRY};

const USAGE: &str = "\
usage: explain [--lang en|fr] <query>
       explain [--lang en|fr] --all

<query> is a code (404), a class (4xx), a reason phrase or const name (\"not found\",
NOT_FOUND, NotFound, \"moved temporarily\"), or a vendor and its code (nginx 499).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(text) => {
            eprint!("{text}");
            ExitCode::FAILURE
        }
    }
}

/// What to do, read from the command line.
struct Request {
    lang: Lang,
    all: bool,
    query: String,
}

fn parse_args(args: &[String]) -> Result<Request, String> {
    let mut request = Request {
        lang: Lang::En,
        all: false,
        query: String::new(),
    };
    let mut words = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--all" => request.all = true,
            "-h" | "--help" => return Err(format!("{USAGE}\n")),
            "--lang" => {
                let tag = args
                    .next()
                    .ok_or("`--lang` needs a language: `en` or `fr`\n")?;
                request.lang = Lang::from_tag(tag)
                    .ok_or_else(|| format!("unknown language `{tag}`: use `en` or `fr`\n"))?;
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}\n"))
            }
            word => words.push(word),
        }
    }
    request.query = words.join(" ");
    if request.query.is_empty() && !request.all {
        return Err(format!("{USAGE}\n"));
    }
    Ok(request)
}

fn run(args: &[String]) -> Result<String, String> {
    let request = parse_args(args)?;
    if request.all {
        return Ok(list(REGISTRY.iter()));
    }
    let query = request.query.trim();

    if let Some(class) = parse_class(query) {
        return Ok(format!(
            "{class}\n\n{}",
            list(REGISTRY.iter().filter(|i| i.class() == class))
        ));
    }
    if let Some((vendor, rest)) = split_vendor(query) {
        return explain_vendor(vendor, rest, request.lang);
    }
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        return explain_number(query, request.lang);
    }
    match query.parse::<Status>() {
        Ok(status) => Ok(explain_all(status, request.lang)),
        Err(err) => Err(unknown(query, &err.to_string())),
    }
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

fn explain_vendor(vendor: Vendor, code: &str, lang: Lang) -> Result<String, String> {
    let code: u16 = code.parse().map_err(|_| {
        format!(
            "expected a code after `{}`, as in `nginx 499`\n",
            vendor.keyword()
        )
    })?;
    let used: Vec<&Info> = REGISTRY
        .iter()
        .filter(|i| i.standing() == Standing::Vendor(vendor))
        .collect();
    match used.iter().find(|i| i.code() == code) {
        Some(info) => Ok(explain(info, lang)),
        None => {
            let mut text = format!("{} does not use {code}; its codes are:\n", vendor.name());
            for info in used {
                let _ = writeln!(text, "  {} {}", info.code(), info.reason());
            }
            Err(text)
        }
    }
}

fn explain_number(digits: &str, lang: Lang) -> Result<String, String> {
    let status = match digits.parse::<u16>().map(Status::from_u16) {
        Ok(Ok(status)) => status,
        _ => {
            return Err(format!(
                "`{digits}` is not an HTTP status code: a status code is three digits, 100 to 999\n"
            ))
        }
    };
    if status.info().is_some() {
        return Ok(explain_all(status, lang));
    }
    let mut text = format!(
        "{} is a valid {} code, but no specification or widely deployed server documents it.\n",
        status.as_u16(),
        status.class()
    );
    if status.as_u16() >= 600 {
        text.push_str(
            "Codes 600 to 999 are invalid in HTTP (RFC 9110, Section 15): clients treat them as 5xx.\n",
        );
    }
    let near: Vec<_> = suggest::by_code(status.as_u16()).collect();
    if !near.is_empty() {
        text.push_str("\nnearest documented codes:\n");
        for info in near {
            let _ = writeln!(text, "  {} {}", info.code(), info.reason());
        }
    }
    Err(text)
}

fn unknown(query: &str, why: &str) -> String {
    let mut text = format!("no documented status code matches `{query}`: {why}\n");
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

/// Every meaning of a code, separated by a blank line.
fn explain_all(status: Status, lang: Lang) -> String {
    status
        .meanings()
        .iter()
        .map(|info| explain(info, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

fn explain(info: &Info, lang: Lang) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "{} {}", info.code(), info.reason());
    let _ = writeln!(text, "  class      {}", info.class());
    let _ = writeln!(text, "  standing   {}", info.standing());
    let _ = writeln!(text, "  reference  {}", info.reference());
    let _ = writeln!(text, "  constant   Status::{}", info.const_name());
    let cache = if info.is_cacheable() {
        "cacheable by default"
    } else {
        "not cacheable by default"
    };
    let content = if info.allows_content() {
        "may carry content"
    } else {
        "never carries content"
    };
    let _ = writeln!(text, "  flags      {cache}; {content}");
    let _ = writeln!(text, "\n  {}", wrap(info.description(lang), 76, "  "));
    if !info.history().is_empty() {
        text.push_str("\n  history\n");
        for former in info.history() {
            let _ = write!(
                text,
                "    \"{}\", {}: {}",
                former.name(),
                former.source(),
                former.note()
            );
            if let Some(name) = former.const_name() {
                let _ = write!(text, " (deprecated const `Status::{name}`)");
            }
            text.push('\n');
        }
    }
    text
}

/// One line per entry: code, phrase, and standing when it is not plain standard.
fn list<'a>(infos: impl Iterator<Item = &'a Info>) -> String {
    let mut text = String::new();
    for info in infos {
        let _ = write!(text, "{} {}", info.code(), info.reason());
        if info.standing() != Standing::Standard {
            let _ = write!(text, "  [{}]", info.standing());
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

    #[test]
    fn unknown_queries_fail_with_suggestions() {
        let err = run(&args("not fund")).unwrap_err();
        assert!(err.contains("404 Not Found"), "{err}");
        let err = run(&args("299")).unwrap_err();
        assert!(err.contains("226 IM Used"), "{err}");
        assert!(run(&args("1000")).is_err());
        assert!(run(&args("nginx 404")).is_err());
    }
}
