//! `utoipa::IntoResponses` for a derived type (the facade's `utoipa` feature turns this crate's
//! `utoipa` feature on). The impl describes each variant as data and lets the facade's
//! `openapi` module build the responses, so the expansion stays small.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Attribute, Expr, Lit, Meta, WherePredicate};

use crate::ast::Input;
use crate::attr::{Kind, ProblemField};
use crate::expand::{fresh_lifetime, mentions, unbounded_params};
use crate::facade;

pub(crate) fn into_responses(input: &Input<'_>, base: Vec<WherePredicate>) -> TokenStream {
    let krate = facade::path();
    let original = input.original;
    let generics = &original.generics;
    // Higher-ranked, like the `Problem` impl's: a member type without `ToSchema` (or a wrapped
    // type without `IntoResponses`) leaves this impl out instead of breaking a crate that never
    // asked for OpenAPI, since Cargo turns `utoipa` on for every crate once one asks. Using the
    // type where utoipa needs `IntoResponses` then says which bound failed, and why.
    let lifetime = fresh_lifetime(generics);
    let mut needs: Vec<(String, TokenStream)> = Vec::new();
    let mut need = |ty: &syn::Type, trait_: TokenStream| {
        let key = quote!(#ty: #trait_).to_string();
        if !needs.iter().any(|(k, _)| *k == key) {
            let span = ty.span();
            needs.push((key, quote_spanned!(span=> for<#lifetime> #ty: #trait_)));
        }
    };
    let recursive = ["Self".to_string(), original.ident.to_string()].into();
    let mut calls = Vec::new();
    for (variant, attr) in input.with_status() {
        match &attr.kind {
            Kind::Status(resolved) => {
                let status = resolved.path(&facade::path_in_derive());
                let meaning = resolved
                    .other_meaning_expr(&krate)
                    .unwrap_or_else(|| quote!(#krate::Status::info(#status)));
                let name = variant.ident.to_string();
                let docs = docs(variant.attrs);
                let exposed = attr.exposes(resolved.code);
                let some = |lit: Option<&syn::LitStr>| match lit {
                    Some(lit) => quote!(::core::option::Option::Some(#lit)),
                    None => quote!(::core::option::Option::None),
                };
                let (problem_type, title) =
                    (some(attr.problem_type.as_ref()), some(attr.title.as_ref()));
                let mut headers: Vec<TokenStream> = attr
                    .headers
                    .iter()
                    .map(|h| {
                        let (name, value) = (&h.name, &h.value);
                        quote!((#name, ::core::option::Option::Some(#value), ""))
                    })
                    .collect();
                let mut instance = false;
                let mut members = Vec::new();
                for (i, field) in variant.field_attrs.iter().enumerate() {
                    let field_name = field
                        .field
                        .ident
                        .as_ref()
                        .map_or_else(|| i.to_string(), ToString::to_string);
                    if let Some(name) = &field.header {
                        headers.push(quote!((#name, ::core::option::Option::None, #field_name)));
                    }
                    match &field.problem {
                        Some(ProblemField::Member(name, _)) => {
                            let ty = &field.field.ty;
                            let at = facade::path_at(ty.span());
                            need(ty, quote!(#krate::__private::MemberSchema));
                            members.push(quote_spanned!(ty.span()=>
                                (#name, <#ty as #at::__private::MemberSchema>::member_schema())
                            ));
                        }
                        Some(ProblemField::Instance(_)) => instance = true,
                        None => {}
                    }
                }
                calls.push(quote! {
                    __responses.variant(
                        #krate::__private::Variant {
                            name: #name,
                            status: #status,
                            meaning: #meaning,
                            docs: #docs,
                            exposed: #exposed,
                            problem_type: #problem_type,
                            title: #title,
                            headers: &[#(#headers),*],
                            instance: #instance,
                        },
                        [#(#members),*],
                    );
                });
            }
            Kind::Transparent(_) => {
                let Some(field) = variant.fields.iter().next() else {
                    continue;
                };
                let ty = &field.ty;
                // A wrapped `Status` decides at run time, and a recursive type's responses are
                // this type's own: neither has anything to add.
                if mentions(quote!(#ty), &recursive) || is_status(ty) {
                    continue;
                }
                need(ty, quote!(#krate::__private::InnerResponses));
                let at = facade::path_at(ty.span());
                calls.push(quote_spanned!(ty.span()=>
                    __responses.delegate(<#ty as #at::__private::InnerResponses>::inner_responses());
                ));
            }
        }
    }
    let (impl_generics, _) = unbounded_params(generics);
    let (_, ty_generics, _) = generics.split_for_impl();
    let ident = &original.ident;
    let predicates = base
        .iter()
        .map(|p| quote!(#p))
        .chain(needs.into_iter().map(|(_, p)| p));
    let responses = Ident::new("__responses", Span::mixed_site());
    let calls = calls
        .into_iter()
        .map(|call| replace_ident(call, &responses));
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::__private::utoipa::IntoResponses for #ident #ty_generics
        where #(#predicates,)*
        {
            fn responses() -> #krate::__private::ResponsesMap {
                let mut #responses = #krate::__private::Responses::new();
                #(#calls)*
                #responses.finish()
            }
        }
    }
}

/// The doc comment of an item as text: each paragraph on one line, paragraphs apart.
fn docs(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(s) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.trim().to_string())
        .collect();
    // Lines of one paragraph join with a space; a blank line separates paragraphs.
    lines
        .split(String::is_empty)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| paragraph.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `Status`, `http_status::Status`, `hs::Status`: the runtime status type.
fn is_status(ty: &syn::Type) -> bool {
    let text = quote!(#ty).to_string().replace(' ', "");
    text == "Status" || text.ends_with("::Status")
}

/// `__responses` in `call`, re-spelled as `ident` (mixed-site), so that a user's item of that
/// name cannot be confused with the local.
fn replace_ident(call: TokenStream, ident: &Ident) -> TokenStream {
    call.into_iter()
        .map(|token| match token {
            proc_macro2::TokenTree::Ident(i) if i == "__responses" => {
                proc_macro2::TokenTree::Ident(ident.clone())
            }
            proc_macro2::TokenTree::Group(g) => {
                let mut group =
                    proc_macro2::Group::new(g.delimiter(), replace_ident(g.stream(), ident));
                group.set_span(g.span());
                proc_macro2::TokenTree::Group(group)
            }
            other => other,
        })
        .collect()
}
