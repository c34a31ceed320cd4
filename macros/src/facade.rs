//! The one place that spells the path to the facade crate in derive output. (`status!` gets it
//! from `$crate` instead, through the facade's `macro_rules!` wrapper.)

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

/// `::http_status`.
pub(crate) fn path() -> TokenStream {
    quote!(::http_status)
}

/// `::http_status`, spanned on a user's token. rustc reports no deprecation for code whose span
/// comes from a derive, so a path that must warn is spelled entirely on the user's token.
pub(crate) fn path_at(span: Span) -> TokenStream {
    quote_spanned!(span=> ::http_status)
}
