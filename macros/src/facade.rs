//! The one place that spells the path to the facade crate in derive output. (`status!` gets it
//! from `$crate` instead, through the facade's `macro_rules!` wrapper.)
//!
//! The path is `::http_status`, or what `#[status(crate = "...")]` on the type names: one derive
//! expands at a time, so [`Override`] holds it for the length of one expansion.

use std::cell::RefCell;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens as _};

thread_local! {
    static PATH: RefCell<Option<syn::Path>> = const { RefCell::new(None) };
}

/// Sets the facade's path for one expansion; the default comes back when this is dropped.
pub(crate) struct Override;

impl Override {
    pub(crate) fn new(path: Option<syn::Path>) -> Override {
        PATH.with(|p| *p.borrow_mut() = path);
        Override
    }
}

impl Drop for Override {
    fn drop(&mut self) {
        PATH.with(|p| *p.borrow_mut() = None);
    }
}

/// `::http_status`, or the path `crate = "..."` named (spanned on the user's string).
pub(crate) fn path() -> TokenStream {
    PATH.with(|p| match &*p.borrow() {
        Some(path) => path.to_token_stream(),
        None => quote!(::http_status),
    })
}

/// The facade's path spanned at the derive, for paths that may be deprecated: rustc reports no
/// deprecation inside derived code, and the derive reports its own once.
pub(crate) fn path_in_derive() -> TokenStream {
    path_at(Span::call_site())
}

/// The facade's path, spanned on a user's token. rustc reports no deprecation for code whose
/// span comes from a derive, so a path that must warn is spelled entirely on the user's token.
pub(crate) fn path_at(span: Span) -> TokenStream {
    PATH.with(|p| match &*p.borrow() {
        Some(path) => path
            .to_token_stream()
            .into_iter()
            .map(|mut token| {
                token.set_span(span);
                token
            })
            .collect(),
        None => quote_spanned!(span=> ::http_status),
    })
}

/// The key under which `Cargo.toml` (of the crate being compiled) renames the `http-status`
/// dependency, if it does: `hs` for `hs = { package = "http-status", ... }` or for a
/// `[dependencies.hs]` table with `package = "http-status"`. Only used to say what to write when
/// `::http_status` cannot be found, so a manifest it cannot read just gives no hint.
pub(crate) fn renamed_in_manifest() -> Option<String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let manifest = std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml")).ok()?;
    let names_us = |text: &str| text.replace(' ', "").contains("package=\"http-status\"");
    let mut table = String::new();
    for line in manifest.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix('[') {
            table = header.trim_end_matches(']').trim().to_string();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches('"');
        if table.ends_with("dependencies") && names_us(value) {
            return Some(key.to_string());
        }
        if key == "package" && names_us(line) {
            if let Some((tables, name)) = table.rsplit_once('.') {
                if tables.ends_with("dependencies") {
                    return Some(name.trim_matches('"').to_string());
                }
            }
        }
    }
    None
}
