//! Parsing `#[status(...)]`: a status spec or `transparent`, then options (`expose`).

use proc_macro2::{TokenStream, TokenTree};
use syn::{Attribute, Error, Ident, Meta};

use crate::spec::{self, Context, Resolved};

/// The option that shows a server error's message to the client.
const EXPOSE: &str = "expose";
/// The keyword that delegates to the single field.
const TRANSPARENT: &str = "transparent";

/// One `#[status(...)]`, parsed.
pub(crate) struct StatusAttr {
    pub(crate) kind: Kind,
    /// `expose`, when given.
    pub(crate) expose: Option<Ident>,
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
pub(crate) fn find(attrs: &[Attribute], errors: &mut Errors) -> Option<StatusAttr> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("status")) {
        if found.is_some() {
            errors.push(Error::new_spanned(
                attr,
                "duplicate `#[status]`: each variant has one status; remove this one",
            ));
            continue;
        }
        match parse(attr) {
            Ok(parsed) => found = Some(parsed),
            Err(err) => {
                errors.push(err);
                // A broken attribute still counts as "has a status", so that no second error
                // claims the status is missing.
                found = Some(StatusAttr {
                    kind: Kind::Status(Resolved::placeholder(attr.pound_token.span)),
                    expose: None,
                });
            }
        }
    }
    found
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
        [TokenTree::Ident(ident)] if ident == TRANSPARENT => Kind::Transparent(ident.clone()),
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
    let mut expose = None;
    for option in segments {
        match option.as_slice() {
            [TokenTree::Ident(ident)] if ident == EXPOSE && expose.is_none() => {
                expose = Some(ident.clone());
            }
            [TokenTree::Ident(ident)] if ident == EXPOSE => {
                return Err(Error::new_spanned(
                    ident,
                    "`expose` is given twice; remove one",
                ))
            }
            [] => {}
            other => {
                let tokens: TokenStream = other.iter().cloned().collect();
                return Err(Error::new_spanned(
                    tokens,
                    format!("unknown option; the only option after the status is `{EXPOSE}`, which shows a 5xx error's message to the client"),
                ));
            }
        }
    }
    if let (Kind::Transparent(_), Some(expose)) = (&kind, &expose) {
        return Err(Error::new_spanned(
            expose,
            "`expose` has no effect with `transparent`: the wrapped value decides; remove it",
        ));
    }
    Ok(StatusAttr { kind, expose })
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

/// Errors gathered across the whole input, reported together.
#[derive(Default)]
pub(crate) struct Errors {
    combined: Option<Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, err: Error) {
        match &mut self.combined {
            Some(all) => all.combine(err),
            None => self.combined = Some(err),
        }
    }

    pub(crate) fn finish(self) -> Result<(), Error> {
        self.combined.map_or(Ok(()), Err)
    }
}
