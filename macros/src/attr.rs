//! Parsing `#[status(...)]`: a status spec or `transparent`, then options (`expose`,
//! `header("Name", "value")`, `type = "uri"`, `title = "..."`); the type's `crate = "..."`; and
//! the field attributes `#[header("Name")]` and `#[problem]`. Every keyword is a constant of
//! [`kw`], and every "given twice" goes through [`Once`], with one message.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::{Attribute, Error, Field, Ident, LitStr, Meta, Token};

use crate::errors::Errors;
use crate::spec::{self, Context, Resolved};

/// The words of the attributes, each spelled once.
pub(crate) mod kw {
    /// The attribute on variants and types.
    pub(crate) const STATUS: &str = "status";
    /// Names the facade crate: `#[status(crate = "hs")]`.
    pub(crate) const CRATE: &str = "crate";
    /// Shows a server error's message to the client.
    pub(crate) const EXPOSE: &str = "expose";
    /// Delegates to the single field.
    pub(crate) const TRANSPARENT: &str = "transparent";
    /// A constant header (`header("Name", "value")`), or on a field, a header from it.
    pub(crate) const HEADER: &str = "header";
    /// The problem type.
    pub(crate) const TYPE: &str = "type";
    /// The problem title.
    pub(crate) const TITLE: &str = "title";
    /// The problem detail in another language: `detail(fr = "...")`.
    pub(crate) const DETAIL: &str = "detail";
    /// The field attribute for problem members.
    pub(crate) const PROBLEM: &str = "problem";
    /// Renames a member: `#[problem(rename = "...")]`.
    pub(crate) const RENAME: &str = "rename";
    /// The field that is the problem's `instance`: `#[problem(instance)]`.
    pub(crate) const INSTANCE: &str = "instance";
    /// A field whose own fields become members: `#[problem(flatten)]`.
    pub(crate) const FLATTEN: &str = "flatten";
    /// Asks for a variant to be decodable by clients: `#[status(404, decode)]`.
    pub(crate) const DECODE: &str = "decode";
    /// A constant extension member: `member("code", "USER_NOT_FOUND")`.
    pub(crate) const MEMBER: &str = "member";
    /// The base URI relative problem types resolve against: `#[status(type_base = "...")]`.
    pub(crate) const TYPE_BASE: &str = "type_base";
}

/// Something a user may write once (serde's `Attr<T>`): the second time is an error on the
/// second one, always with the same words.
pub(crate) struct Once<T> {
    /// How the user writes it, quoted: "`expose`", "`#[status]`".
    what: &'static str,
    value: Option<T>,
}

impl<T> Once<T> {
    pub(crate) fn new(what: &'static str) -> Once<T> {
        Once { what, value: None }
    }

    /// Keeps `value`, or says that `tokens` give it a second time.
    pub(crate) fn set(&mut self, tokens: impl quote::ToTokens, value: T) -> syn::Result<()> {
        self.vacant(tokens)?;
        self.value = Some(value);
        Ok(())
    }

    /// `Ok` while nothing is kept; else the error that `tokens` give it a second time.
    pub(crate) fn vacant(&self, tokens: impl quote::ToTokens) -> syn::Result<()> {
        match self.value {
            None => Ok(()),
            Some(_) => Err(Error::new_spanned(
                tokens,
                format!("{} is given twice; remove this one", self.what),
            )),
        }
    }

    pub(crate) fn get(self) -> Option<T> {
        self.value
    }
}

/// One `#[status(...)]`, parsed.
pub(crate) struct StatusAttr {
    pub(crate) kind: Kind,
    /// `expose`, when given.
    pub(crate) expose: Option<Ident>,
    /// `header("Name", "value")`, in order.
    pub(crate) headers: Vec<ConstHeader>,
    /// `type = "..."`.
    pub(crate) problem_type: Option<LitStr>,
    /// `title = "..."`, or `title(en = "...")`.
    pub(crate) title: Option<LitStr>,
    /// `title(fr = "...")`: the titles in languages other than English, in order.
    pub(crate) titles: Vec<(Ident, LitStr)>,
    /// `detail(fr = "...")`: the detail templates, in order.
    pub(crate) details: Vec<(Ident, LitStr)>,
    /// `decode`, when given.
    pub(crate) decode: Option<Ident>,
    /// `member("name", value)`, in order.
    pub(crate) members: Vec<ConstMember>,
}

/// `member("code", "USER_NOT_FOUND")`: a constant extension member; the value a string, number
/// or boolean literal (a number possibly negative).
pub(crate) struct ConstMember {
    pub(crate) name: LitStr,
    pub(crate) value: syn::Expr,
}

/// The languages a title or detail may be written in, by tag: the registry's, but English for a
/// detail (the English detail is the error's message).
pub(crate) fn language(tag: &Ident) -> Option<http_status_core::Lang> {
    http_status_core::Lang::ALL
        .into_iter()
        .find(|lang| tag == lang.tag())
}

/// `header("Allow", "GET, HEAD")`.
pub(crate) struct ConstHeader {
    pub(crate) name: LitStr,
    pub(crate) value: LitStr,
}

pub(crate) enum Kind {
    /// A status checked against the registry.
    Status(Resolved),
    /// `transparent`: the single field decides.
    Transparent(Ident),
}

/// The `#[status]` attribute among `attrs`, or `None` when there is none. Every problem is added
/// to `errors`; a broken attribute still counts as present. A second `#[status]` is an error on
/// the second one.
pub(crate) fn find(attrs: &[Attribute], on_type: bool, errors: &mut Errors) -> Option<StatusAttr> {
    let mut found = Once::new("`#[status]`");
    // On the type, `#[status(crate = "...")]` is read by [`crate_path`].
    for attr in attrs.iter().filter(|a| {
        a.path().is_ident(kw::STATUS)
            && !(on_type && (crate_only(a).is_some() || setting(a, kw::TYPE_BASE).is_some()))
    }) {
        // A second one is not read: the first decides.
        if let Err(err) = found.vacant(attr) {
            errors.push(err);
            continue;
        }
        // A broken attribute still counts as "has a status", so that no second error claims
        // the status is missing.
        let parsed = parse(attr).unwrap_or_else(|err| {
            errors.push(err);
            StatusAttr::placeholder(attr.pound_token.span)
        });
        errors.ok(found.set(attr, parsed));
    }
    found.get()
}

fn parse(attr: &Attribute) -> syn::Result<StatusAttr> {
    let tokens = match &attr.meta {
        Meta::List(list) => list.tokens.clone(),
        Meta::Path(_) => {
            return Err(Error::new_spanned(
                attr,
                "expected a status inside the attribute, such as `#[status(404)]`",
            ))
        }
        Meta::NameValue(nv) => {
            return Err(Error::new_spanned(
                &nv.value,
                "write the status in parentheses, such as `#[status(404)]`",
            ))
        }
    };
    let whole = attr.meta.require_list()?.delimiter.span().join();
    let mut segments = split_commas(tokens);
    let first = segments.remove(0);
    let kind = match first.as_slice() {
        [TokenTree::Ident(ident)] if ident == kw::TRANSPARENT => Kind::Transparent(ident.clone()),
        [TokenTree::Ident(key), TokenTree::Punct(eq), ..] if eq.as_char() == '=' && key == kw::TYPE_BASE => {
            return Err(Error::new_spanned(
                key,
                "`type_base` is the base URI of every relative problem type of the derive: put `#[status(type_base = \"https://example.com/probs/\")]` on the type",
            ))
        }
        [TokenTree::Ident(key), TokenTree::Punct(eq), ..] if eq.as_char() == '=' && key == kw::CRATE => {
            return Err(Error::new_spanned(
                key,
                "`crate` names the `http-status` dependency for the whole derive: put `#[status(crate = \"...\")]` on the type",
            ))
        }
        [TokenTree::Ident(key), TokenTree::Punct(eq), ..] if eq.as_char() == '=' => {
            return Err(Error::new_spanned(
                key,
                format!("unknown key `{key}`; write the status directly, such as `#[status(404)]`"),
            ))
        }
        _ => Kind::Status(spec::resolve(
            first.into_iter().collect(),
            whole,
            Context::Attr,
        )?),
    };
    let mut options = Options {
        expose: Once::new("`expose`"),
        headers: Vec::new(),
        problem_type: Once::new("`type`"),
        title: Once::new("`title`"),
        titles: Vec::new(),
        details: Vec::new(),
        decode: Once::new("`decode`"),
        members: Vec::new(),
    };
    for option in segments {
        options.read(&option)?;
    }
    let parsed = StatusAttr {
        kind,
        expose: options.expose.get(),
        headers: options.headers,
        problem_type: options.problem_type.get(),
        title: options.title.get(),
        titles: options.titles,
        details: options.details,
        decode: options.decode.get(),
        members: options.members,
    };
    if let Kind::Transparent(_) = &parsed.kind {
        let given = parsed
            .expose
            .as_ref()
            .map(|e| (e.span(), kw::EXPOSE))
            .or_else(|| parsed.headers.first().map(|h| (h.name.span(), kw::HEADER)))
            .or_else(|| parsed.problem_type.as_ref().map(|t| (t.span(), kw::TYPE)))
            .or_else(|| parsed.title.as_ref().map(|t| (t.span(), kw::TITLE)))
            .or_else(|| parsed.titles.first().map(|(l, _)| (l.span(), kw::TITLE)))
            .or_else(|| parsed.details.first().map(|(l, _)| (l.span(), kw::DETAIL)))
            .or_else(|| parsed.decode.as_ref().map(|d| (d.span(), kw::DECODE)))
            .or_else(|| parsed.members.first().map(|m| (m.name.span(), kw::MEMBER)));
        if let Some((span, option)) = given {
            return Err(Error::new(
                span,
                format!("`{option}` has no effect with `transparent`: the wrapped value decides its whole response; remove it, or give the variant its own status"),
            ));
        }
    }
    Ok(parsed)
}

impl StatusAttr {
    /// Whether a variant with this attribute and `code` shows its message and members to the
    /// client: below 500 always, a 5xx only with `expose`.
    pub(crate) fn exposes(&self, code: u16) -> bool {
        self.expose.is_some() || code < 500
    }

    /// Stands in for a broken attribute.
    fn placeholder(span: Span) -> StatusAttr {
        StatusAttr {
            kind: Kind::Status(Resolved::placeholder(span)),
            expose: None,
            headers: Vec::new(),
            problem_type: None,
            title: None,
            titles: Vec::new(),
            details: Vec::new(),
            decode: None,
            members: Vec::new(),
        }
    }
}

/// The options of one `#[status(...)]` while they are read.
struct Options {
    expose: Once<Ident>,
    headers: Vec<ConstHeader>,
    problem_type: Once<LitStr>,
    title: Once<LitStr>,
    titles: Vec<(Ident, LitStr)>,
    details: Vec<(Ident, LitStr)>,
    decode: Once<Ident>,
    members: Vec<ConstMember>,
}

impl Options {
    /// `title(en = "...", fr = "...")` or `detail(fr = "...")`: each language once, each one the
    /// registry is written in, and for a detail not English.
    fn read_languages(&mut self, key: &Ident, group: &proc_macro2::Group) -> syn::Result<()> {
        let usage = || {
            if key == kw::TITLE {
                "`title(...)` takes a title per language: `title(en = \"No such user\", fr = \"Utilisateur inconnu\")`"
            } else {
                "`detail(...)` takes a detail per language other than English, with the fields as in `#[error(...)]`: `detail(fr = \"aucun utilisateur n'a l'identifiant {0}\")`"
            }
        };
        let pairs = syn::parse::Parser::parse2(
            Punctuated::<syn::MetaNameValue, Token![,]>::parse_terminated,
            group.stream(),
        )
        .map_err(|_| Error::new(group.span(), usage()))?;
        if pairs.is_empty() {
            return Err(Error::new(group.span(), usage()));
        }
        let tags = http_status_core::Lang::ALL
            .map(|l| format!("`{}`", l.tag()))
            .join(" and ");
        for pair in pairs {
            let Some(tag) = pair.path.get_ident() else {
                return Err(Error::new_spanned(&pair.path, usage()));
            };
            let Some(lang) = language(tag) else {
                return Err(Error::new_spanned(
                    tag,
                    format!("unknown language `{tag}`: titles and details are written in {tags}"),
                ));
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = pair.value
            else {
                return Err(Error::new_spanned(&pair.value, usage()));
            };
            let english = lang == http_status_core::Lang::En;
            if key == kw::DETAIL && english {
                return Err(Error::new_spanned(
                    tag,
                    "the English detail is the error's message (its `Display`, such as `#[error(\"...\")]`); `detail(...)` gives the other languages'",
                ));
            }
            let list = if key == kw::TITLE {
                &mut self.titles
            } else {
                &mut self.details
            };
            if list.iter().any(|(seen, _)| seen == tag) {
                return Err(Error::new_spanned(
                    tag,
                    format!("`{tag}` is given twice; remove this one"),
                ));
            }
            if key == kw::TITLE && english {
                self.title.set(tag, text)?;
            } else {
                list.push((tag.clone(), text));
            }
        }
        Ok(())
    }

    /// One option after the status.
    fn read(&mut self, option: &[TokenTree]) -> syn::Result<()> {
        match option {
            [] => {}
            [TokenTree::Ident(ident)] if ident == kw::EXPOSE => {
                self.expose.set(ident, ident.clone())?;
            }
            [TokenTree::Ident(ident)] if ident == kw::DECODE => {
                self.decode.set(ident, ident.clone())?;
            }
            [TokenTree::Ident(ident), TokenTree::Group(group)]
                if ident == kw::HEADER && group.delimiter() == Delimiter::Parenthesis =>
            {
                let args = syn::parse::Parser::parse2(
                    Punctuated::<LitStr, Token![,]>::parse_terminated,
                    group.stream(),
                )
                .map_err(|_| header_usage(group.span()))?;
                let mut args = args.into_iter();
                match (args.next(), args.next(), args.next()) {
                    (Some(name), Some(value), None) => {
                        self.headers.push(ConstHeader { name, value });
                    }
                    _ => return Err(header_usage(group.span())),
                }
            }
            [TokenTree::Ident(ident), TokenTree::Group(group)]
                if ident == kw::MEMBER && group.delimiter() == Delimiter::Parenthesis =>
            {
                self.members.push(const_member(group)?);
            }
            [TokenTree::Ident(key), TokenTree::Group(group)]
                if (key == kw::TITLE || key == kw::DETAIL)
                    && group.delimiter() == Delimiter::Parenthesis =>
            {
                self.read_languages(key, group)?;
            }
            [TokenTree::Ident(key), TokenTree::Punct(eq), value @ ..]
                if eq.as_char() == '=' && (key == kw::TYPE || key == kw::TITLE) =>
            {
                let value: TokenStream = value.iter().cloned().collect();
                let lit: LitStr = syn::parse2(value).map_err(|_| {
                    Error::new_spanned(
                        key,
                        format!(
                            "`{key}` takes a string, such as `{key} = \"{}\"`",
                            example(key)
                        ),
                    )
                })?;
                let slot = if key == kw::TYPE {
                    &mut self.problem_type
                } else {
                    &mut self.title
                };
                slot.set(key, lit)?;
            }
            other => {
                let tokens: TokenStream = other.iter().cloned().collect();
                return Err(Error::new_spanned(
                    tokens,
                    format!(
                        "unknown option; after the status come `{}` (show a 5xx message), `{}(\"Name\", \"value\")`, `{} = \"uri\"`, `{} = \"...\"` (or `{}(en = \"...\", fr = \"...\")`), `{}(fr = \"...\")`, `{}(\"name\", value)` (a constant member) and `{}` (clients must be able to decode it)",
                        kw::EXPOSE, kw::HEADER, kw::TYPE, kw::TITLE, kw::TITLE, kw::DETAIL, kw::MEMBER, kw::DECODE
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn example(key: &Ident) -> &'static str {
    if key == kw::TYPE {
        "https://example.com/probs/out-of-credit"
    } else {
        "You do not have enough credit."
    }
}

/// `member("name", value)`, its value a literal that is JSON: a string, a number, a boolean.
fn const_member(group: &proc_macro2::Group) -> syn::Result<ConstMember> {
    let usage = || {
        Error::new(
            group.span(),
            "`member` takes a name and a constant value, a string, number or boolean: `member(\"code\", \"USER_NOT_FOUND\")`; for a value from a field, mark the field `#[problem]`",
        )
    };
    let args = syn::parse::Parser::parse2(
        Punctuated::<syn::Expr, Token![,]>::parse_terminated,
        group.stream(),
    )
    .map_err(|_| usage())?;
    let mut args = args.into_iter();
    let (Some(name), Some(value), None) = (args.next(), args.next(), args.next()) else {
        return Err(usage());
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(name),
        ..
    }) = name
    else {
        return Err(Error::new_spanned(
            name,
            "a member's name is a string: `member(\"code\", \"USER_NOT_FOUND\")`",
        ));
    };
    let literal = |e: &syn::Expr, numbers_only: bool| match e {
        syn::Expr::Lit(lit) => match &lit.lit {
            syn::Lit::Int(_) | syn::Lit::Float(_) => true,
            syn::Lit::Str(_) | syn::Lit::Bool(_) => !numbers_only,
            _ => false,
        },
        _ => false,
    };
    let fits = match &value {
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => literal(expr, true),
        other => literal(other, false),
    };
    if !fits {
        return Err(Error::new_spanned(
            &value,
            "a constant member's value is a string, number or boolean literal, such as `\"USER_NOT_FOUND\"`, `3` or `true`; for a value from a field, mark the field `#[problem]`",
        ));
    }
    let number = match &value {
        syn::Expr::Unary(unary) => &*unary.expr,
        other => other,
    };
    let suffix = match number {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int.suffix(),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Float(float),
            ..
        }) => float.suffix(),
        _ => "",
    };
    if !suffix.is_empty() {
        return Err(Error::new_spanned(
            number,
            "write the number without a type suffix: it goes out as JSON",
        ));
    }
    Ok(ConstMember { name, value })
}

fn header_usage(span: Span) -> Error {
    Error::new(
        span,
        "`header` takes a name and a value, both strings: `header(\"Allow\", \"GET, HEAD\")`; for a value from a field, mark the field `#[header(\"Retry-After\")]`",
    )
}

/// What a field's attributes ask for.
pub(crate) struct FieldAttrs<'a> {
    pub(crate) field: &'a Field,
    /// `#[header("Name")]`.
    pub(crate) header: Option<LitStr>,
    /// `#[problem]`, `#[problem(rename = "...")]` or `#[problem(instance)]`.
    pub(crate) problem: Option<ProblemField>,
}

/// A field's part in the problem body.
pub(crate) enum ProblemField {
    /// An extension member: its name and the token that gave it (the rename, or the field).
    Member(String, Span),
    /// The `instance` member.
    Instance(Span),
    /// `#[problem(flatten)]`: the field's own members, as serde writes it.
    Flatten(Span),
}

/// Reads `#[header]` and `#[problem]` on `field`; problems go to `errors`.
/// `in_transparent` when the variant is `transparent`: any attribute there is an error of its
/// own (`valid.rs`), so none of this one's advice is given.
pub(crate) fn field<'a>(
    field: &'a Field,
    in_transparent: bool,
    errors: &mut Errors,
) -> FieldAttrs<'a> {
    let mut header = Once::new("`#[header]`");
    let mut problem = Once::new("`#[problem]`");
    for attr in &field.attrs {
        if attr.path().is_ident(kw::HEADER) {
            let name = attr.parse_args::<LitStr>().map_err(|_| {
                Error::new_spanned(
                    attr,
                    "write the header's name: `#[header(\"Retry-After\")]`; the field's `Display` is its value",
                )
            });
            if let Some(name) = errors.ok(name) {
                errors.ok(header.set(attr, name));
            }
        } else if attr.path().is_ident(kw::PROBLEM) {
            if let Some(part) = errors.ok(problem_field(attr, field, in_transparent)) {
                errors.ok(problem.set(attr, part));
            }
        }
    }
    FieldAttrs {
        field,
        header: header.get(),
        problem: problem.get(),
    }
}

fn problem_field(
    attr: &Attribute,
    field: &Field,
    in_transparent: bool,
) -> syn::Result<ProblemField> {
    let unnamed = || {
        Error::new_spanned(
            attr,
            "a tuple field has no name, and the member takes the field's name: write the name the body should use, `#[problem(rename = \"...\")]`",
        )
    };
    match &attr.meta {
        Meta::Path(_) if field.ident.is_none() && in_transparent => {
            Ok(ProblemField::Member(String::new(), attr.pound_token.span))
        }
        Meta::Path(_) => {
            let ident = field.ident.as_ref().ok_or_else(unnamed)?;
            let name = ident.to_string();
            Ok(ProblemField::Member(
                name.strip_prefix("r#").unwrap_or(&name).to_string(),
                ident.span(),
            ))
        }
        Meta::List(list) => {
            let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
            match tokens.as_slice() {
                [TokenTree::Ident(ident)] if ident == kw::INSTANCE => {
                    Ok(ProblemField::Instance(ident.span()))
                }
                [TokenTree::Ident(ident)] if ident == kw::FLATTEN => {
                    Ok(ProblemField::Flatten(ident.span()))
                }
                [TokenTree::Ident(key), TokenTree::Punct(eq), rest @ ..]
                    if key == kw::RENAME && eq.as_char() == '=' =>
                {
                    let lit: LitStr =
                        syn::parse2(rest.iter().cloned().collect()).map_err(|_| {
                            Error::new_spanned(
                                key,
                                "`rename` takes a string: `#[problem(rename = \"balance\")]`",
                            )
                        })?;
                    if lit.value().is_empty() {
                        return Err(Error::new(
                            lit.span(),
                            "an empty name would send the member as `\"\"`, which no client can ask for by name: write a name, such as `#[problem(rename = \"balance\")]`, or leave `rename` out to use the field's",
                        ));
                    }
                    Ok(ProblemField::Member(lit.value(), lit.span()))
                }
                _ => Err(Error::new_spanned(
                    &list.tokens,
                    "`#[problem]` takes nothing, `rename = \"name\"`, `instance` or `flatten`",
                )),
            }
        }
        Meta::NameValue(nv) => Err(Error::new_spanned(
            nv,
            "write `#[problem(rename = \"name\")]` to rename a member",
        )),
    }
}

/// Top-level comma-separated segments; always at least one (possibly empty).
fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut segments = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => segments.push(Vec::new()),
            _ => {
                if let Some(last) = segments.last_mut() {
                    last.push(token);
                }
            }
        }
    }
    segments
}

/// `#[status(crate = "hs")]`: the tokens `crate = "hs"` alone, as `(keyword, string)`.
fn crate_only(attr: &Attribute) -> Option<(Ident, TokenStream)> {
    setting(attr, kw::CRATE)
}

/// `#[status(<name> = ...)]`: the key and the value's tokens, when the attribute is that alone.
fn setting(attr: &Attribute, name: &str) -> Option<(Ident, TokenStream)> {
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
    match tokens.as_slice() {
        [TokenTree::Ident(key), TokenTree::Punct(eq), rest @ ..]
            if key == name && eq.as_char() == '=' =>
        {
            Some((key.clone(), rest.iter().cloned().collect()))
        }
        _ => None,
    }
}

/// The base URI of relative problem types, from `#[status(type_base = "...")]` on the type: an
/// absolute URI (RFC 3986, Section 4.3), checked here.
pub(crate) fn type_base(attrs: &[Attribute], errors: &mut Errors) -> Option<LitStr> {
    let mut found = Once::new("`type_base`");
    for attr in attrs.iter().filter(|a| a.path().is_ident(kw::STATUS)) {
        let Some((key, value)) = setting(attr, kw::TYPE_BASE) else {
            continue;
        };
        let parsed = syn::parse2::<LitStr>(value)
            .map_err(|_| {
                Error::new_spanned(
                    &key,
                    "`type_base` takes an absolute URI as a string: `#[status(type_base = \"https://example.com/probs/\")]`",
                )
            })
            .and_then(|lit| {
                let text = lit.value();
                match crate::uri::check(&text) {
                    Err(why) => Err(Error::new(
                        lit.span(),
                        format!("{text:?} is not a URI ({why}; RFC 3986): write an absolute one, such as `\"https://example.com/probs/\"`"),
                    )),
                    Ok(()) if !crate::uri::has_scheme(&text) || text.contains('#') => Err(Error::new(
                        lit.span(),
                        format!("{text:?} is no absolute URI: a base names its scheme and has no fragment, such as `\"https://example.com/probs/\"`"),
                    )),
                    Ok(()) => Ok(lit),
                }
            });
        if let Some(lit) = errors.ok(parsed) {
            errors.ok(found.set(attr, lit));
        }
    }
    found.get()
}

/// The facade's path from `#[status(crate = "hs")]` on the type, if given.
pub(crate) fn crate_path(attrs: &[Attribute], errors: &mut Errors) -> Option<syn::Path> {
    let mut found = Once::new("`crate`");
    for attr in attrs.iter().filter(|a| a.path().is_ident(kw::STATUS)) {
        let Some((key, value)) = crate_only(attr) else {
            continue;
        };
        let parsed = syn::parse2::<LitStr>(value)
            .and_then(|lit| lit.parse::<syn::Path>())
            .map_err(|_| {
                Error::new_spanned(
                    &key,
                    "`crate` takes the path of the `http-status` dependency as a string: `#[status(crate = \"hs\")]`",
                )
            });
        if let Some(path) = errors.ok(parsed) {
            errors.ok(found.set(attr, path));
        }
    }
    found.get()
}
