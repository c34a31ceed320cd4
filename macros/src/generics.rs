//! The generics of the derived impls, in one place: the bounds the printers infer from field
//! types (thiserror's `InferredBounds`), which field types need a bound at all, and a lifetime
//! for higher-ranked bounds that the user's generics do not use.

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{Generics, Ident, Lifetime, Type};

/// The bounds one impl adds to the user's where clause: per type, the traits it must implement,
/// each once, in the order first asked for. A bound the user already wrote is repeated rather
/// than guessed at from its spelling: a repeated bound is harmless, a missing one is not.
#[derive(Default)]
pub(crate) struct InferredBounds {
    bounds: Vec<Bounded>,
}

/// One type and the traits it must implement. The texts are only keys against asking twice for
/// the same bound, never a judgement of what a type or trait is.
struct Bounded {
    key: String,
    ty: TokenStream,
    traits: Vec<(String, TokenStream)>,
}

impl InferredBounds {
    pub(crate) fn insert(&mut self, ty: impl ToTokens, bound: impl ToTokens) {
        let (ty, bound) = (ty.into_token_stream(), bound.into_token_stream());
        let (ty_key, bound_key) = (ty.to_string(), bound.to_string());
        let index = match self.bounds.iter().position(|b| b.key == ty_key) {
            Some(i) => i,
            None => {
                self.bounds.push(Bounded {
                    key: ty_key,
                    ty,
                    traits: Vec::new(),
                });
                self.bounds.len() - 1
            }
        };
        let traits = &mut self.bounds[index].traits;
        if !traits.iter().any(|(k, _)| *k == bound_key) {
            traits.push((bound_key, bound));
        }
    }

    /// The user's where predicates followed by these bounds, each type's traits in one
    /// predicate; higher-ranked over `lifetime` when given, so that rustc checks a bound on a
    /// concrete type where the impl is used rather than where it is written: a type that lacks
    /// the trait then leaves the impl out instead of breaking the build.
    /// (As a comma-terminated list, for `where #predicates`.)
    pub(crate) fn predicates(
        &self,
        generics: &Generics,
        lifetime: Option<&Lifetime>,
    ) -> TokenStream {
        let theirs = generics.where_clause.iter().flat_map(|w| &w.predicates);
        let binder = lifetime.map(|l| quote!(for<#l>));
        let ours = self.bounds.iter().map(|Bounded { ty, traits, .. }| {
            let traits = traits.iter().map(|(_, t)| t);
            quote!(#binder #ty: #(#traits)+*)
        });
        quote!(#(#theirs,)* #(#ours,)*)
    }
}

/// What a printer needs to know of the type's own generics.
pub(crate) struct Params<'a> {
    /// The type's name: a field type that names it in a single-segment path is the type itself.
    ident: &'a Ident,
    /// The names of its type parameters.
    types: BTreeSet<String>,
}

impl<'a> Params<'a> {
    pub(crate) fn new(ident: &'a Ident, generics: &Generics) -> Params<'a> {
        Params {
            ident,
            types: generics
                .type_params()
                .map(|p| p.ident.to_string())
                .collect(),
        }
    }

    /// Whether `ty` names one of the type parameters: only then can a bound on it say more
    /// than the call that uses it, which rustc checks in the body with an error on the type.
    pub(crate) fn is_generic(&self, ty: &Type) -> bool {
        any_ident(ty.to_token_stream(), &mut |ident, _| {
            self.types.contains(&ident.to_string())
        })
    }

    /// Whether `ty` contains the type itself (`Box<Self>`, `Box<Tree<T>>`): a bound on it would
    /// be its own proof, which rustc cannot settle (E0275). Inside the item, `Self` and a path
    /// of one segment with the type's name can only be the type; `db::Error` is another one.
    pub(crate) fn is_recursive(&self, ty: &Type) -> bool {
        any_ident(ty.to_token_stream(), &mut |ident, after_path_separator| {
            ident == "Self" || (!after_path_separator && ident == self.ident)
        })
    }
}

/// Whether `found(ident, after_path_separator)` holds for some identifier in `tokens`.
fn any_ident(tokens: TokenStream, found: &mut impl FnMut(&Ident, bool) -> bool) -> bool {
    let mut after_separator = false;
    let mut colons = 0;
    for token in tokens {
        match &token {
            TokenTree::Ident(ident) => {
                if found(ident, after_separator) {
                    return true;
                }
                colons = 0;
                after_separator = false;
            }
            TokenTree::Group(group) => {
                if any_ident(group.stream(), found) {
                    return true;
                }
                colons = 0;
                after_separator = false;
            }
            TokenTree::Punct(p) if p.as_char() == ':' => {
                colons += 1;
                after_separator = colons >= 2;
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => {
                colons = 0;
                after_separator = false;
            }
        }
    }
    false
}

/// The parameters of an impl for `generics`, as `impl_generics` prints them (bounds kept,
/// defaults dropped) but without the angle brackets: for an impl that declares parameters of
/// its own before them (Rocket's `Responder<'r, 'o>`). Empty for a type without any.
pub(crate) fn bare_params(generics: &Generics) -> TokenStream {
    let params = generics.params.iter().map(|param| match param {
        syn::GenericParam::Type(t) => {
            let (attrs, ident, bounds) = (&t.attrs, &t.ident, &t.bounds);
            let colon = (!bounds.is_empty()).then(|| quote::quote!(:));
            quote::quote!(#(#attrs)* #ident #colon #bounds)
        }
        syn::GenericParam::Const(c) => {
            let (attrs, ident, ty) = (&c.attrs, &c.ident, &c.ty);
            quote::quote!(#(#attrs)* const #ident: #ty)
        }
        syn::GenericParam::Lifetime(l) => quote::quote!(#l),
    });
    quote::quote!(#(#params,)*)
}

/// A lifetime for higher-ranked bounds that none of the user's generics use: `'__a`, or `'__a_`,
/// `'__a__`, ... when the user took it.
pub(crate) fn fresh_lifetime(generics: &Generics) -> Lifetime {
    let mut name = String::from("'__a");
    while generics.lifetimes().any(|l| l.lifetime.ident == name[1..]) {
        name.push('_');
    }
    Lifetime::new(&name, Span::call_site())
}

/// A type parameter name that none of the user's generics use: `base`, or `base_`, ...
pub(crate) fn fresh_type_param(generics: &Generics, base: &str) -> Ident {
    let mut name = base.to_string();
    while generics.type_params().any(|p| p.ident == name) {
        name.push('_');
    }
    Ident::new(&name, Span::mixed_site())
}
