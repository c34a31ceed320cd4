//! Procedural macros of [`http-status`](https://docs.rs/http-status). Use them through the
//! facade crate, which re-exports them with working paths: `http_status::status!` and
//! `#[derive(http_status::StatusResponse)]`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod spec;
mod status;

use proc_macro::TokenStream;

/// The implementation behind the facade's `status!`. Its input starts with the facade's path in
/// brackets (`[$crate]`), which the facade's `macro_rules!` wrapper supplies.
#[doc(hidden)]
#[proc_macro]
pub fn __status(input: TokenStream) -> TokenStream {
    status::expand(input.into()).into()
}
