//! One status code as a user writes it (`404`, `NOT_FOUND`, `NotFound`, `"Not Found"`,
//! `nginx 499`), parsed from tokens and checked against the core's `REGISTRY`.
//!
//! Shared by `status!` and `#[status(...)]`, so both accept the same forms and give the same
//! errors. Every error is spanned on the user's offending token and says what to write.

use std::fmt::Write as _;

use http_status_core::__private::{find, NameMatch};
use http_status_core::{suggest, Info, Standing, Status, Vendor, REGISTRY};
use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::{Error, Lit, LitInt, LitStr};

/// Where the spec was written, so messages show the form the user types.
#[derive(Clone, Copy)]
pub(crate) enum Context {
    /// `status!(...)`.
    Macro,
    /// `#[status(...)]`.
    Attr,
}

impl Context {
    /// `status!(404)` or `#[status(404)]`.
    pub(crate) fn show(self, inner: &str) -> String {
        match self {
            Context::Macro => format!("`status!({inner})`"),
            Context::Attr => format!("`#[status({inner})]`"),
        }
    }
}

/// A spec checked against the registry: the const to expand to, and why to warn, if at all.
pub(crate) struct Resolved {
    /// The code, for rules such as "no 1xx as a final status".
    pub(crate) code: u16,
    /// The facade's module for a warning (`unused_code`), or `None` for `Status`.
    warn: Option<&'static str>,
    /// The const's name inside that module or `Status`.
    name: &'static str,
    /// Whether the path is `#[deprecated]`: a discouraged code, or a historic or old name.
    pub(crate) warns: bool,
    /// The user's token, where warnings point.
    span: Span,
    /// The position in `REGISTRY` of the meaning named, when it is not the code's first
    /// (`esri 499`): the response must carry that meaning, not the one `Status::info` gives.
    pub(crate) other_meaning: Option<usize>,
    /// Whether this stands in for a spec that had an error.
    placeholder: bool,
}

impl Resolved {
    /// Stands in for a status whose spec had an error, so that the derive can still emit its
    /// fallback impl without a cascade of errors.
    pub(crate) fn placeholder(span: Span) -> Resolved {
        Resolved {
            code: 500,
            warn: None,
            name: "INTERNAL_SERVER_ERROR",
            warns: false,
            span,
            other_meaning: None,
            placeholder: true,
        }
    }

    /// The registry entry named: the vendor meaning chosen, else the code's first. `None` for a
    /// placeholder.
    pub(crate) fn info(&self) -> Option<&'static Info> {
        if self.placeholder {
            return None;
        }
        match self.other_meaning {
            Some(i) => REGISTRY.get(i),
            None => Status::from_u16(self.code).ok()?.info(),
        }
    }

    /// The registry entry this status names, as an expression of type
    /// `Option<&'static Info>`, when it is not the code's first (`esri 499`); `None` when
    /// `Status::info` gives it.
    pub(crate) fn other_meaning_expr(&self, krate: &TokenStream) -> Option<TokenStream> {
        self.other_meaning
            .map(|i| quote!(::core::option::Option::Some(&#krate::REGISTRY[#i])))
    }

    /// The user's token that wrote this status.
    pub(crate) fn span(&self) -> Span {
        self.span
    }

    /// An error on the user's token that wrote this status.
    pub(crate) fn error(&self, message: String) -> Error {
        Error::new(self.span, message)
    }

    /// The path to the constant, through the facade at `krate`. Spanned on the user's token, so a
    /// deprecation warning points there.
    pub(crate) fn path(&self, krate: &TokenStream) -> TokenStream {
        let name = syn::Ident::new(self.name, self.span);
        match self.warn {
            None => quote_spanned!(self.span=> #krate::__private::Status::#name),
            Some(module) => {
                let module = syn::Ident::new(module, Span::call_site());
                quote_spanned!(self.span=> #krate::#module::#name)
            }
        }
    }
}

const EXPECTED: &str =
    "write a code such as `404`, a const name such as `NOT_FOUND` or a reason phrase such as `\"Not Found\"`";

/// Parses and resolves the tokens of one spec. `whole` spans the macro call or attribute, for the
/// one error that has no token to point at (empty input).
pub(crate) fn resolve(tokens: TokenStream, whole: Span, cx: Context) -> syn::Result<Resolved> {
    let tokens = flatten(tokens);
    if let [TokenTree::Literal(lit)] = tokens.as_slice() {
        if let Some(resolved) = plain_documented_code(lit) {
            return Ok(resolved);
        }
    }
    // Only `status!` gets here with a comma: `#[status(...)]` is split at its commas first.
    if let Some(comma) = tokens.iter().position(is_comma) {
        let extra: TokenStream = tokens[comma..].iter().cloned().collect();
        return Err(Error::new_spanned(
            extra,
            "`status!` takes one status code; remove the extra argument",
        ));
    }
    match tokens.as_slice() {
        [] => Err(Error::new(
            whole,
            format!("expected a status code: {EXPECTED}"),
        )),
        [TokenTree::Literal(lit)] => resolve_literal(&Lit::new(lit.clone()), cx),
        [TokenTree::Punct(minus), TokenTree::Literal(lit)] if minus.as_char() == '-' => {
            let value = match Lit::new(lit.clone()) {
                Lit::Int(int) => int.base10_parse::<u64>().ok(),
                _ => None,
            };
            Err(Error::new_spanned(
                quote!(#minus #lit),
                format!("a status code cannot be negative; {}", fix(value, cx)),
            ))
        }
        [TokenTree::Ident(ident)] if ident == "true" || ident == "false" => Err(Error::new(
            ident.span(),
            format!("a boolean is not a status code; {EXPECTED}"),
        )),
        [TokenTree::Ident(ident)] => resolve_name(ident, cx),
        [TokenTree::Ident(vendor), TokenTree::Literal(code)] => resolve_vendor(vendor, code, cx),
        [TokenTree::Ident(_), TokenTree::Punct(colon), ..] if colon.as_char() == ':' => {
            let last = tokens.iter().rev().find_map(|t| match t {
                TokenTree::Ident(i) => Some(i.to_string()),
                _ => None,
            });
            let whole: TokenStream = tokens.iter().cloned().collect();
            Err(Error::new_spanned(
                whole,
                format!(
                    "write the const name alone, without a path: {}",
                    cx.show(last.as_deref().unwrap_or("NOT_FOUND"))
                ),
            ))
        }
        _ => {
            let all: TokenStream = tokens.iter().cloned().collect();
            Err(Error::new_spanned(
                all,
                format!(
                    "expected one status code written as a literal or a name, not an expression; {EXPECTED} (for a code computed at run time, use `Status::from_u16`)"
                ),
            ))
        }
    }
}

/// The tokens with invisible groups opened: a spec that reaches us through another
/// `macro_rules!` (`status!($code)`) arrives wrapped in them.
fn flatten(tokens: TokenStream) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                out.extend(flatten(g.stream()))
            }
            other => out.push(other),
        }
    }
    out
}

/// The common case, `404`, read straight off the literal's text without syn: the macro crate
/// runs unoptimised in a user's debug build, and this is most of what `status!` is asked. Any
/// other literal, and any code that needs a message, takes the general path.
fn plain_documented_code(lit: &proc_macro2::Literal) -> Option<Resolved> {
    let text = lit.to_string();
    let bytes = text.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = bytes.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    let first = Status::from_u16(code).ok()?.meanings().first()?;
    (!matches!(first.standing(), Standing::Vendor(_))).then(|| found(first, lit.span()))
}

fn is_comma(t: &TokenTree) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == ',')
}

fn resolve_literal(lit: &Lit, cx: Context) -> syn::Result<Resolved> {
    match lit {
        Lit::Int(int) => resolve_int(int, cx, None),
        Lit::Str(s) => resolve_phrase(s, cx),
        Lit::Float(f) => {
            let text = f.to_string();
            let whole = text
                .strip_suffix(".0")
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
            let fix = fix(whole.and_then(|d| d.parse().ok()), cx);
            Err(Error::new(
                f.span(),
                format!("`{text}` is not a whole number; a status code is an integer: {fix}"),
            ))
        }
        Lit::Char(_) => Err(Error::new(
            lit.span(),
            format!("a character literal is not a status code; {EXPECTED}"),
        )),
        _ => Err(Error::new(
            lit.span(),
            format!("this literal is not a status code; {EXPECTED}"),
        )),
    }
}

/// The code of an integer literal written the plain way (three decimal digits, no suffix).
fn plain_code(int: &LitInt, cx: Context) -> syn::Result<u64> {
    let text = int.to_string();
    let value = int.base10_parse::<u64>().ok();
    let fix = |v: Option<u64>| fix(v, cx);
    // `4xx`: the literal `4` with the suffix `xx`. A class is no code.
    if int.suffix().eq_ignore_ascii_case("xx") {
        if let Some(class) = value.filter(|v| (1..=5).contains(v)) {
            let check = [
                "informational",
                "success",
                "redirection",
                "client_error",
                "server_error",
            ][usize::try_from(class - 1).unwrap_or(0)];
            return Err(Error::new(
                int.span(),
                format!(
                    "`{text}` is a class of status codes, not a code: a status is one code from 100 to 599, such as {}; to test a status's class at run time, use `status.is_{check}()` or `status.class()`",
                    cx.show(&format!("{class}00"))
                ),
            ));
        }
        return Err(Error::new(
            int.span(),
            format!("`{text}` is no class of status codes: the classes are `1xx` to `5xx` (RFC 9110, Section 15), and a status is one code from 100 to 599, such as {}", cx.show("404")),
        ));
    }
    if !int.suffix().is_empty() {
        return Err(Error::new(
            int.span(),
            format!(
                "`{text}` has a type suffix; a status code is written without one: {}",
                fix(value)
            ),
        ));
    }
    if text.len() > 1
        && text.starts_with('0')
        && text[1..].starts_with(['x', 'o', 'b', 'X', 'O', 'B'])
    {
        return Err(Error::new(
            int.span(),
            format!(
                "`{text}` is not written in decimal; status codes are decimal: {}",
                fix(value)
            ),
        ));
    }
    if text.contains('_') {
        return Err(Error::new(
            int.span(),
            format!(
                "`{text}` has an underscore; a status code is plain digits: {}",
                fix(value)
            ),
        ));
    }
    // `0404` would read as 404 to the compiler, but a status code is exactly three digits, and
    // `"0404".parse::<Status>()` rejects it too: one rule for leading zeros everywhere.
    if text.len() > 1 && text.starts_with('0') {
        return Err(Error::new(
            int.span(),
            format!(
                "`{text}` has a leading zero; a status code is three digits from 100 to 599: {}",
                fix(value)
            ),
        ));
    }
    value.ok_or_else(|| Error::new(int.span(), out_of_range(&text)))
}

/// "write `status!(404)`" when `value` is a code that form accepts without an error, so a
/// suggestion always compiles; otherwise the general advice.
fn fix(value: Option<u64>, cx: Context) -> String {
    let compiles = |code: u64| {
        let Some(first) = u16::try_from(code)
            .ok()
            .and_then(|c| Status::from_u16(c).ok())
            .and_then(|s| s.meanings().first())
        else {
            return false;
        };
        // A vendor code needs its vendor, and a derived response cannot be interim.
        !matches!(first.standing(), Standing::Vendor(_))
            && (matches!(cx, Context::Macro) || first.code() >= 200)
    };
    match value.filter(|&v| compiles(v)) {
        Some(code) => format!("write {}", cx.show(&code.to_string())),
        None => EXPECTED.to_string(),
    }
}

fn out_of_range(text: &str) -> String {
    format!("`{text}` is no HTTP status: a status is a code from 100 to 599 (RFC 9110, Section 15)")
}

/// `vendor` is set for the `nginx 499` form.
fn resolve_int(int: &LitInt, cx: Context, vendor: Option<Vendor>) -> syn::Result<Resolved> {
    let value = plain_code(int, cx)?;
    let text = int.to_string();
    let err = |msg: String| Err(Error::new(int.span(), msg));
    let code = match u16::try_from(value) {
        Ok(code) if (100..=599).contains(&code) => code,
        Ok(code) if (600..=999).contains(&code) => {
            return err(format!(
                "`{text}` is no HTTP status: a status is a code from 100 to 599 (RFC 9110, Section 15); a `Status` value also holds 600 to 999, because some peers send them, but none is ever sent; for a server error use a 5xx code such as {}",
                cx.show("500")
            ))
        }
        _ => return err(out_of_range(&text)),
    };
    let status = Status::from_u16(code).map_err(|e| Error::new(int.span(), e.to_string()))?;
    let meanings = status.meanings();
    if let Some(vendor) = vendor {
        return match meanings
            .iter()
            .find(|i| i.standing() == Standing::Vendor(vendor))
        {
            Some(info) => Ok(found(info, int.span())),
            None => err(vendor_does_not_use(vendor, code, meanings, cx)),
        };
    }
    match meanings.first() {
        None => {
            let mut msg = format!("`{code}` is not a documented HTTP status code");
            let near: Vec<String> = suggest::by_code(code)
                .map(|i| format!("`{}` ({})", i.code(), i.reason()))
                .collect();
            if !near.is_empty() {
                let _ = write!(
                    msg,
                    "; the nearest documented {}xx codes are {}",
                    code / 100,
                    join_and(&near)
                );
            }
            err(msg)
        }
        Some(first) if matches!(first.standing(), Standing::Vendor(_)) => {
            let users: Vec<String> = meanings
                .iter()
                .filter_map(|i| {
                    Some(format!(
                        "{} ({})",
                        i.standing().vendor()?.name(),
                        i.reason()
                    ))
                })
                .collect();
            let forms: Vec<String> = meanings
                .iter()
                .filter_map(|i| {
                    Some(cx.show(&format!("{} {code}", i.standing().vendor()?.keyword())))
                })
                .collect();
            err(format!(
                "`{code}` is not a standard HTTP status code: it is a vendor code used by {}; name the vendor: write {}",
                join_and(&users),
                join_or(&forms)
            ))
        }
        Some(first) => Ok(found(first, int.span())),
    }
}

fn vendor_does_not_use(vendor: Vendor, code: u16, meanings: &[Info], cx: Context) -> String {
    let own: Vec<String> = REGISTRY
        .iter()
        .filter(|i| i.standing() == Standing::Vendor(vendor))
        .map(|i| format!("`{}`", i.code()))
        .collect();
    let mut msg = format!(
        "{} does not use `{code}`; its codes are {}",
        vendor.name(),
        join_and(&own)
    );
    match meanings.first() {
        Some(first) if !matches!(first.standing(), Standing::Vendor(_)) => {
            let _ = write!(
                msg,
                "; `{code}` ({}) is a standard code: write {}",
                first.reason(),
                cx.show(&code.to_string())
            );
        }
        Some(first) => {
            if let Some(other) = first.standing().vendor() {
                let _ = write!(
                    msg,
                    "; `{code}` is a {} code: write {}",
                    other.name(),
                    cx.show(&format!("{} {code}", other.keyword()))
                );
            }
        }
        None => {}
    }
    msg
}

fn resolve_vendor(
    ident: &proc_macro2::Ident,
    code: &proc_macro2::Literal,
    cx: Context,
) -> syn::Result<Resolved> {
    let keyword = ident.to_string();
    let Some(vendor) = Vendor::from_keyword(&keyword) else {
        let known: Vec<String> = Vendor::ALL
            .iter()
            .map(|v| format!("`{}`", v.keyword()))
            .collect();
        let hint = suggest::vendor(&keyword)
            .map(|v| format!("did you mean `{}`? ", v.keyword()))
            .unwrap_or_default();
        return Err(Error::new(
            ident.span(),
            format!(
                "`{keyword}` is not a known vendor; {hint}the vendors with codes are {}",
                join_and(&known)
            ),
        ));
    };
    match Lit::new(code.clone()) {
        Lit::Int(int) => resolve_int(&int, cx, Some(vendor)),
        _ => Err(Error::new(
            code.span(),
            format!(
                "expected the vendor's numeric code after `{keyword}`, as in {}",
                cx.show(&format!("{keyword} {}", first_code_of(vendor)))
            ),
        )),
    }
}

fn first_code_of(vendor: Vendor) -> u16 {
    REGISTRY
        .iter()
        .find(|i| i.standing() == Standing::Vendor(vendor))
        .map_or(499, Info::code)
}

fn resolve_name(ident: &proc_macro2::Ident, cx: Context) -> syn::Result<Resolved> {
    let name = ident.to_string();
    if let Some(vendor) = Vendor::from_keyword(&name) {
        return Err(Error::new(
            ident.span(),
            format!(
                "a vendor code needs its number after the vendor: write {}",
                cx.show(&format!("{} {}", vendor.keyword(), first_code_of(vendor)))
            ),
        ));
    }
    if let Some(found) = find(&name) {
        return Ok(resolved(found, ident.span()));
    }
    let suggestion = suggest::by_name(&name).next();
    let hint = suggestion
        .map(|i| {
            format!(
                "did you mean `{}` ({} {})?",
                i.const_name(),
                i.code(),
                i.reason()
            )
        })
        .unwrap_or_else(|| EXPECTED.to_string());
    // A lower-case name is most likely a variable, a SCREAMING_SNAKE one that is close to no
    // registry name a constant of the user's: neither is read at compile time.
    let lower = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_');
    let shouty = name
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let variable = match cx {
        Context::Macro if lower => format!(
            "; if `{name}` is a variable, `status!` cannot read it: use `Status::from_u16({name})` at run time"
        ),
        Context::Macro if shouty && suggestion.is_none() => format!(
            "; if `{name}` is a constant of yours, `status!` cannot read it: it is already a `Status`, so write `{name}` where you need one"
        ),
        Context::Attr if (shouty || lower) && suggestion.is_none() => format!(
            "; if `{name}` is a constant or variable of yours, `#[status]` cannot read it: write the code itself, such as `#[status(404)]`"
        ),
        Context::Macro | Context::Attr => String::new(),
    };
    Err(Error::new(
        ident.span(),
        format!("`{name}` is not the name of a documented HTTP status code; {hint}{variable}"),
    ))
}

fn resolve_phrase(lit: &LitStr, cx: Context) -> syn::Result<Resolved> {
    let phrase = lit.value();
    let trimmed = phrase.trim();
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::new(
            lit.span(),
            format!(
                "a number in a string is not a status code; drop the quotes: {}",
                cx.show(trimmed)
            ),
        ));
    }
    if let Some(found) = find(&phrase) {
        return Ok(resolved(found, lit.span()));
    }
    let hint = suggest::by_name(&phrase)
        .next()
        .map(|i| format!("did you mean `\"{}\"` ({})?", i.reason(), i.code()))
        .unwrap_or_else(|| EXPECTED.to_string());
    Err(Error::new(
        lit.span(),
        format!("`{phrase:?}` is not the reason phrase of a documented HTTP status code; {hint}"),
    ))
}

/// A name found in the registry. A historic name expands to the renamed const's own deprecated
/// alias when it has one (`UNPROCESSABLE_ENTITY`), to `historic_name` otherwise.
fn resolved(found: NameMatch, span: Span) -> Resolved {
    let info = found.info;
    let (warn, name) = match found.former {
        Some(former) => match former.const_name() {
            Some(alias) => (None, alias),
            None => (Some("historic_name"), info.const_name()),
        },
        None => (warn_module(info.standing()), info.const_name()),
    };
    // `REGISTRY` is a `const`: two uses need not share an address, so entries are compared by
    // what tells them apart (a code's meanings differ in their phrase).
    let same = |i: &Info| i.code() == info.code() && i.reason() == info.reason();
    let first = info.status().info().is_some_and(same);
    Resolved {
        code: info.code(),
        warn,
        name,
        warns: warn.is_some() || found.former.is_some(),
        span,
        other_meaning: if first {
            None
        } else {
            REGISTRY.iter().position(same)
        },
        placeholder: false,
    }
}

/// A code used by its number.
fn found(info: &'static Info, span: Span) -> Resolved {
    resolved(NameMatch { info, former: None }, span)
}

/// The facade's warning module for a standing that deserves a warning.
fn warn_module(standing: Standing) -> Option<&'static str> {
    match standing {
        Standing::Unused => Some("unused_code"),
        Standing::Deprecated => Some("deprecated_code"),
        Standing::Obsolete => Some("obsolete_code"),
        _ => None,
    }
}

fn join_and(items: &[String]) -> String {
    join(items, "and")
}

fn join_or(items: &[String]) -> String {
    join(items, "or")
}

fn join(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}
