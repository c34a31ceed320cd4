//! `assert_status!`: the expected status checked at compile time like `status!`'s, or a class
//! (`4xx`), for the facade's run-time comparison.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::quote;

use crate::spec::{self, Context};

/// Input: `[<path to the facade>] (<response>) <spec>`. Output: the call that compares, or a
/// spanned `compile_error!`.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut tokens = input.into_iter();
    let (krate, response) = match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Group(k)), Some(TokenTree::Group(r)))
            if k.delimiter() == Delimiter::Bracket && r.delimiter() == Delimiter::Parenthesis =>
        {
            (k.stream(), r.stream())
        }
        _ => {
            return syn::Error::new(
                Span::call_site(),
                "`__assert_status!` is internal: use `http_status::assert_status!`",
            )
            .to_compile_error()
        }
    };
    let spec: TokenStream = tokens.collect();
    let written = spec.to_string();
    let expected = match class(&spec) {
        Some(class) => {
            let class = syn::Ident::new(class, Span::call_site());
            quote!(#krate::__private::Expected::Class(#krate::Class::#class))
        }
        None => match spec::resolve(spec, Span::call_site(), Context::Macro) {
            Ok(resolved) => {
                let path = resolved.path(&krate);
                quote!(#krate::__private::Expected::Code(#path))
            }
            Err(err) => return err.to_compile_error(),
        },
    };
    quote! {
        #krate::__private::assert_status(&(#response), #expected, #written)
    }
}

/// `1xx` to `5xx`: the class's variant.
fn class(spec: &TokenStream) -> Option<&'static str> {
    let tokens: Vec<TokenTree> = spec.clone().into_iter().collect();
    let [TokenTree::Literal(lit)] = tokens.as_slice() else {
        return None;
    };
    let int: syn::LitInt = syn::parse_str(&lit.to_string()).ok()?;
    if !int.suffix().eq_ignore_ascii_case("xx") {
        return None;
    }
    match int.base10_digits() {
        "1" => Some("Informational"),
        "2" => Some("Success"),
        "3" => Some("Redirection"),
        "4" => Some("ClientError"),
        "5" => Some("ServerError"),
        _ => None,
    }
}
