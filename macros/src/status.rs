//! `status!`: one status code, checked against the registry, expanded to a path to its const.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

use crate::spec::{self, Context};

/// Input: `[<path to the facade>] <spec>`. Output: the const's path, or a spanned
/// `compile_error!` (which is a valid expression and pattern position alike).
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut tokens = input.into_iter();
    let krate = match tokens.next() {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => g.stream(),
        _ => {
            return syn::Error::new(
                Span::call_site(),
                "`__status!` is internal: use `http_status::status!`",
            )
            .to_compile_error()
        }
    };
    match spec::resolve(tokens.collect(), Span::call_site(), Context::Macro) {
        Ok(resolved) => resolved.path(&krate),
        Err(err) => err.to_compile_error(),
    }
}
