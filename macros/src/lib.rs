//! Procedural macros of [`http-status`](https://docs.rs/http-status). Use them through the
//! facade crate, which re-exports them with working paths: `http_status::status!` and
//! `#[derive(http_status::StatusResponse)]`.

// One module per phase of the derive: `ast` and `attr` parse, `valid` checks the rules that
// span attributes and variants, `model` resolves each variant once, `generics` infers bounds,
// `response`, `decode`, `catalogue` and `openapi` print the model, and `fallback` stands in for an input with errors
// (`derive` runs them in that order). `spec` reads one status (shared with `status!`),
// `headers` and `uri` check what goes on the wire, `manifest` finds a renamed dependency.

mod assert;
mod ast;
mod attr;
mod catalogue;
mod decode;
mod derive;
mod errors;
mod facade;
mod fallback;
mod generics;
mod headers;
mod manifest;
mod model;
#[cfg(any(
    feature = "utoipa",
    feature = "aide015",
    feature = "salvo-oapi",
    feature = "poem-openapi"
))]
mod openapi;
mod response;
mod spec;
mod status;
mod template;
mod uri;
mod valid;

use proc_macro::TokenStream;

/// The implementation behind the facade's `assert_status!`. Its input starts with the facade's
/// path in brackets and the response in parentheses.
#[doc(hidden)]
#[proc_macro]
pub fn __assert_status(input: TokenStream) -> TokenStream {
    assert::expand(input.into()).into()
}

/// The implementation behind the facade's `status!`. Its input starts with the facade's path in
/// brackets (`[$crate]`), which the facade's `macro_rules!` wrapper supplies.
#[doc(hidden)]
#[proc_macro]
pub fn __status(input: TokenStream) -> TokenStream {
    status::expand(input.into()).into()
}

// Documented only on this crate's own pages: when the facade's pages are written, this crate is
// a dependency compiled without `doc`, so its re-export there shows the facade's words alone.
#[cfg_attr(
    doc,
    doc = "Derives `StatusResponse`. The facade's documentation of `StatusResponse` (the derive, at `http_status::StatusResponse`) tells the whole story."
)]
#[cfg_attr(not(doc), allow(missing_docs))]
#[proc_macro_derive(StatusResponse, attributes(status, header, problem))]
pub fn derive_status_response(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input).into()
}
