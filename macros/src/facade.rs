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
    /// When the crate asks for each foreign-trait impl; `None`: as the build's features say.
    gates: Option<crate::manifest::Gates>,
    /// The manifests read for the crate, to be tracked by Cargo.
    tracked: Vec<std::path::PathBuf>,
}

/// The name the derive's block gives the facade (`use ::http_status as __http_status;`), through
/// which every path of the output goes: a path that does not resolve is then one error, on the
/// import, and rustc says nothing of the paths through it.
const ALIAS: &str = "__http_status";

impl Facade {
    pub(crate) fn new(path: Option<syn::Path>) -> Facade {
        let answer = crate::manifest::answer();
        // A path of the user's own decides the name; the manifest still decides the gates (a
        // crate with no `http-status` dependency of its own, a re-export, has none).
        let renamed = if path.is_none() {
            answer
                .rename
                .and_then(|name| syn::parse_str::<syn::Ident>(&name).ok())
        } else {
            None
        };
        Facade {
            path,
            renamed,
            gates: answer.gates,
            tracked: answer.read,
        }
    }

    /// `const _: &[u8] = include_bytes!("<manifest>");` for each manifest the derive read:
    /// never used, but rustc then lists the manifest among the crate's inputs, and Cargo builds
    /// the crate again when it changes.
    pub(crate) fn track(&self) -> TokenStream {
        let paths = self
            .tracked
            .iter()
            .filter_map(|path| path.to_str())
            .map(|path| syn::LitStr::new(path, Span::call_site()));
        quote!(#(const _: &[u8] = ::core::include_bytes!(#paths);)*)
    }

    /// The `cfg` predicate under which the impl of `name` (an entry of
    /// [`crate::manifest::IMPLS`]) is emitted: `all()` when the crate's manifest asks for it
    /// (or cannot tell), `any()` when it does not, `any(feature = "web")` when one of its own
    /// features does. So a crate that never asked for `axum` gets no `IntoResponse` impl, and
    /// its own hand-written one does not conflict when another crate turns `axum` on.
    pub(crate) fn gate(&self, name: &str) -> TokenStream {
        use crate::manifest::{Gate, IMPLS};
        let Some(gates) = &self.gates else {
            return quote!(all());
        };
        let Some(gates) = IMPLS
            .iter()
            .position(|(n, _)| *n == name)
            .and_then(|i| gates.get(i))
        else {
            return quote!(all());
        };
        if gates.contains(&Gate::Always) {
            return quote!(all());
        }
        let predicates = gates.iter().map(|gate| match gate {
            Gate::Feature(feature) => quote!(feature = #feature),
            // A target's `cfg(...)` that does not read as tokens turns the impl on everywhere,
            // as a target triple does.
            Gate::Cfg(cfg) => syn::parse_str::<TokenStream>(cfg).unwrap_or_else(|_| quote!(all())),
            Gate::Always => quote!(all()),
        });
        quote!(any(#(#predicates),*))
    }

    /// `use <the facade> as __http_status;`, spanned on the user's `crate = "..."` string when
    /// it gave one, so that a path that does not resolve is reported there.
    pub(crate) fn import(&self) -> TokenStream {
        let path = self.real();
        let span = self
            .path
            .as_ref()
            .map_or_else(Span::call_site, syn::spanned::Spanned::span);
        let alias = syn::Ident::new(ALIAS, span);
        quote_spanned!(span=> #[allow(unused_imports)] use #path as #alias;)
    }

    /// The facade's alias spanned at `span`. rustc reports no deprecation for code whose span
    /// comes from a derive, so a path that must warn is spelled entirely on the user's token;
    /// and an error about a bound is reported where its tokens are spanned.
    pub(crate) fn at(&self, span: Span) -> TokenStream {
        let alias = syn::Ident::new(ALIAS, span);
        quote!(#alias)
    }

    /// The facade's real path: the user's, with its spans, or `::http_status` (`::hs`).
    fn real(&self) -> TokenStream {
        match (&self.path, &self.renamed) {
            (Some(path), _) => path.to_token_stream(),
            (None, Some(name)) => quote!(::#name),
            (None, None) => quote!(::http_status),
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
        tokens.extend(self.at(Span::call_site()));
    }
}
