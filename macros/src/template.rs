//! `detail(fr = "...")` templates and constant header values with placeholders
//! (`header("Location", "/items/{id}")`): thiserror's `#[error("...")]` syntax, the fields by name
//! (`{id}`) or position (`{0}`), with a format spec after a colon (`{id:>8}`), `{{` and `}}`
//! for braces. Each placeholder is checked against the variant's fields here; the spec, by
//! rustc's `format!`, on the user's literal.

use proc_macro2::{Ident, Span};
use syn::{Error, Fields, LitStr};

/// A template whose placeholders name fields: the format string with each placeholder renamed
/// to `{__hs<index>...}`, and the index of each field it uses, once, in order.
pub(crate) struct Template {
    pub(crate) format: LitStr,
    pub(crate) fields: Vec<usize>,
    /// The first placeholder written with `?` in its spec (`{id:?}`), as written.
    pub(crate) debug: Option<String>,
}

/// Whether `text` has a placeholder or an escaped brace: only then is it a template rather
/// than the very text to send.
pub(crate) fn is_template(text: &str) -> bool {
    text.contains('{') || text.contains('}')
}

/// The name a template gives field `index` inside its `format!`.
pub(crate) fn arg(index: usize, span: Span) -> Ident {
    Ident::new(&format!("__hs{index}"), span)
}

/// `lit` checked against `fields`.
pub(crate) fn parse(lit: &LitStr, variant: &Ident, fields: &Fields) -> syn::Result<Template> {
    let text = lit.value();
    let mut format = String::with_capacity(text.len() + 8);
    let mut used = Vec::new();
    let mut debug = None;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' if chars.peek().is_some_and(|&(_, n)| n == '{') => {
                chars.next();
                format.push_str("{{");
            }
            '}' if chars.peek().is_some_and(|&(_, n)| n == '}') => {
                chars.next();
                format.push_str("}}");
            }
            '}' => {
                return Err(Error::new(
                    lit.span(),
                    "a `}` that closes no placeholder: write `}}` for a brace",
                ))
            }
            '{' => {
                let mut inner = String::new();
                let mut closed = false;
                for (_, c) in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err(Error::new(
                        lit.span(),
                        "a `{` that opens no placeholder: write `{{` for a brace, or close it, such as `{0}`",
                    ));
                }
                let (name, spec) = match inner.split_once(':') {
                    Some((name, spec)) => (name.trim(), Some(spec)),
                    None => (inner.trim(), None),
                };
                let index = field_index(name, lit, variant, fields)?;
                if !used.contains(&index) {
                    used.push(index);
                }
                format.push('{');
                format.push_str(&arg(index, lit.span()).to_string());
                if let Some(spec) = spec {
                    if spec.contains('?') && debug.is_none() {
                        debug = Some(format!("{{{inner}}}"));
                    }
                    format.push(':');
                    format.push_str(spec);
                }
                format.push('}');
            }
            c => format.push(c),
        }
    }
    Ok(Template {
        format: LitStr::new(&format, lit.span()),
        fields: used,
        debug,
    })
}

/// The field a placeholder names.
fn field_index(name: &str, lit: &LitStr, variant: &Ident, fields: &Fields) -> syn::Result<usize> {
    let names: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            f.ident.as_ref().map_or_else(
                || i.to_string(),
                |ident| syn::ext::IdentExt::unraw(ident).to_string(),
            )
        })
        .collect();
    let listed = if names.is_empty() {
        format!("`{variant}` has no fields")
    } else {
        let list: Vec<String> = names.iter().map(|n| format!("`{{{n}}}`")).collect();
        format!("`{variant}` has {}", list.join(", "))
    };
    if name.is_empty() {
        return Err(Error::new(
            lit.span(),
            format!("`{{}}` names no field: write which, as in `#[error(...)]`; {listed}"),
        ));
    }
    match names.iter().position(|n| n == name) {
        Some(index) => Ok(index),
        None => Err(Error::new(
            lit.span(),
            format!("`{{{name}}}` is no field of `{variant}`: {listed}"),
        )),
    }
}
