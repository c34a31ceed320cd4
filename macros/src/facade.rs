//! The path to the facade crate in derive output, handed to every printer as a value (serde
//! passes its `crate` path the same way). `status!` gets its path from `$crate` instead, through
//! the facade's `macro_rules!` wrapper.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

/// `::http_status`, the crate name the manifest renames it to (`::hs`), or the path
/// `#[status(crate = "...")]` names.
pub(crate) struct Facade {
    /// The user's path, spanned on their string, when `crate = "..."` gave one.
    path: Option<syn::Path>,
    /// The name the manifest gives the dependency, when it renames it.
    renamed: Option<syn::Ident>,
}

impl Facade {
    pub(crate) fn new(path: Option<syn::Path>) -> Facade {
        let renamed = if path.is_none() {
            crate::manifest::renamed().and_then(|name| syn::parse_str::<syn::Ident>(&name).ok())
        } else {
            None
        };
        Facade { path, renamed }
    }

    /// The facade's path spanned at `span`. rustc reports no deprecation for code whose span
    /// comes from a derive, so a path that must warn is spelled entirely on the user's token;
    /// and an error about a bound is reported where its tokens are spanned.
    pub(crate) fn at(&self, span: Span) -> TokenStream {
        match (&self.path, &self.renamed) {
            (Some(path), _) => path
                .to_token_stream()
                .into_iter()
                .map(|mut token| {
                    token.set_span(span);
                    token
                })
                .collect(),
            (None, Some(name)) => {
                let name = syn::Ident::new(&name.to_string(), span);
                quote_spanned!(span=> ::#name)
            }
            (None, None) => quote_spanned!(span=> ::http_status),
        }
    }

    /// The facade's path at the derive, where rustc reports no deprecation: for paths whose
    /// warning, if any, the derive reports once on the user's token instead.
    pub(crate) fn in_derive(&self) -> TokenStream {
        self.at(Span::call_site())
    }

    /// The one spelling of the runtime status type in the output.
    pub(crate) fn status(&self) -> TokenStream {
        quote!(#self::__private::Status)
    }
}

impl ToTokens for Facade {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match (&self.path, &self.renamed) {
            (Some(path), _) => path.to_tokens(tokens),
            (None, Some(name)) => tokens.extend(quote!(::#name)),
            (None, None) => tokens.extend(quote!(::http_status)),
        }
    }
}
