//! Procedural macros of [`http-status`](https://docs.rs/http-status). Use them through the
//! facade crate, which re-exports them with working paths: `http_status::status!` and
//! `#[derive(http_status::StatusResponse)]`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ast;
mod attr;
mod expand;
mod facade;
mod headers;
#[cfg(feature = "utoipa")]
mod openapi;
mod spec;
mod status;
mod uri;
mod valid;

use proc_macro::TokenStream;

/// The implementation behind the facade's `status!`. Its input starts with the facade's path in
/// brackets (`[$crate]`), which the facade's `macro_rules!` wrapper supplies.
#[doc(hidden)]
#[proc_macro]
pub fn __status(input: TokenStream) -> TokenStream {
    status::expand(input.into()).into()
}

/// Derives `StatusResponse`: each variant declares its status with `#[status(...)]`, checked at
/// compile time. See the facade's documentation of `StatusResponse` for the whole story.
#[proc_macro_derive(StatusResponse, attributes(status, header, problem))]
pub fn derive_status_response(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
