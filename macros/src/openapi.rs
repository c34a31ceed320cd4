//! Prints `utoipa::IntoResponses` for the model (the facade's `utoipa` feature turns this crate's
//! `utoipa` feature on). The impl describes each variant as data and lets the facade's `openapi`
//! module build the responses, so the expansion stays small.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned as _;

use crate::facade::Facade;
use crate::generics::{fresh_lifetime, InferredBounds};
use crate::model::{HeaderValue, Model, Response};

/// The names the printed impl binds (see [`crate::response::local_names`]).
pub(crate) fn local_names() -> Vec<Ident> {
    vec![responses()]
}

fn responses() -> Ident {
    Ident::new("__responses", Span::mixed_site())
}

pub(crate) fn print(model: &Model<'_>, facade: &Facade) -> TokenStream {
    // Higher-ranked, like the `Problem` impl's: a member type without `ToSchema` (or a wrapped
    // type without `IntoResponses`) leaves this impl out instead of breaking a crate that never
    // asked for OpenAPI, since Cargo turns `utoipa` on for every crate once one asks. Using the
    // type where utoipa needs `IntoResponses` then says which bound failed, and why.
    let lifetime = fresh_lifetime(model.generics);
    let mut bounds = InferredBounds::default();
    let responses = responses();
    let mut calls = Vec::new();
    for variant in &model.variants {
        match &variant.response {
            Response::Own(own) => {
                let status = own.status.path(&facade.in_derive());
                let status_ty = facade.status();
                let meaning = own
                    .status
                    .other_meaning_expr(&facade.in_derive())
                    .unwrap_or_else(|| quote!(#status_ty::info(#status)));
                let name = variant.ident.unraw().to_string();
                let docs = &variant.docs;
                let exposed = own.exposed;
                let some = |lit: Option<&syn::LitStr>| match lit {
                    Some(lit) => quote!(::core::option::Option::Some(#lit)),
                    None => quote!(::core::option::Option::None),
                };
                let (problem_type, title) = (some(own.problem_type.as_ref()), some(own.title));
                let instance = own.instance.is_some();
                let titles = own.translations.iter().filter_map(|t| t.title);
                let headers = own.headers.iter().map(|h| {
                    let header = h.name;
                    match &h.value {
                        // A template documents its shape, `/items/{id}`, as its example.
                        HeaderValue::Const(value) | HeaderValue::Template(value, _) => quote! {
                            #facade::__private::HeaderDoc::Const(#header, #value)
                        },
                        HeaderValue::Field(field) => {
                            let (ty, field_name) = (field.ty(), field.name());
                            // The field's own schema when its type has one (`u32` is an
                            // integer), else a string: its `Display` is what goes out.
                            quote_spanned! {ty.span()=>
                                #facade::__private::HeaderDoc::Field(#header, #field_name, {
                                    #[allow(unused_imports)]
                                    use #facade::__private::{ViaToSchema as _, ViaTime as _, ViaDisplay as _};
                                    (&&&#facade::__private::HeaderSchema::<#ty>::new()).header_schema()
                                })
                            }
                        }
                    }
                });
                let constants = own.constants.iter().map(|constant| {
                    let (name, value) = (&constant.name, &constant.value);
                    quote! {
                        (#name, #facade::__private::const_member_schema(#value))
                    }
                });
                let members = own.members.iter().map(|member| {
                    let (name, ty) = (&member.name, member.field.ty());
                    let at = facade.at(ty.span());
                    bounds.insert(ty, quote!(#facade::__private::MemberSchema));
                    quote_spanned!(ty.span()=>
                        (#name, <#ty as #at::__private::MemberSchema>::member_schema())
                    )
                });
                calls.push(quote! {
                    #responses.variant(
                        #facade::__private::Variant {
                            name: #name,
                            status: #status,
                            meaning: #meaning,
                            docs: #docs,
                            exposed: #exposed,
                            problem_type: #problem_type,
                            title: #title,
                            titles: &[#(#titles),*],
                            instance: #instance,
                        },
                        [#(#headers),*],
                        [#(#constants,)* #(#members),*],
                    );
                });
            }
            Response::Delegated(d) => {
                let ty = d.field.ty();
                // A type that contains this one cannot be bounded (its bound would be its own
                // proof); its responses are this type's, which the call finds already under way.
                if !d.recursive {
                    bounds.insert(ty, quote!(#facade::__private::InnerResponses));
                }
                let at = facade.at(ty.span());
                calls.push(quote_spanned!(ty.span()=>
                    #responses.delegate(<#ty as #at::__private::InnerResponses>::inner_responses());
                ));
            }
        }
    }
    let ident = model.ident;
    let utoipa = facade.gate("utoipa");
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let predicates = bounds.predicates(model.generics, Some(&lifetime));
    // The statuses the type's own variants declare, each once, for `openapi::Only`'s check.
    let mut codes: Vec<u16> = model
        .variants
        .iter()
        .filter_map(|variant| match &variant.response {
            Response::Own(own) if own.status.info().is_some() => Some(own.status.code),
            _ => None,
        })
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let answers = codes.iter().map(|code| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #facade::__private::Answers<#code> for #ident #ty_generics
            #where_clause
            {}
        }
    });
    quote! {
        #(#answers)*

        // Only when the deriving crate asked for `utoipa` (or cannot tell): a crate that did
        // not may have written its own `IntoResponses`. `InnerResponses` and `Answers` are
        // this crate's, so they are always there.
        #[cfg(#utoipa)]
        #[automatically_derived]
        impl #impl_generics #facade::__private::utoipa::IntoResponses for #ident #ty_generics
        where #predicates
        {
            fn responses() -> #facade::__private::ResponsesMap {
                <Self as #facade::__private::InnerResponses>::inner_responses()
            }
        }

        #[automatically_derived]
        impl #impl_generics #facade::__private::InnerResponses for #ident #ty_generics
        where #predicates
        {
            fn inner_responses() -> #facade::__private::ResponsesMap {
                // `None` when this type's responses are already being gathered, further up:
                // the type wraps itself, and adds nothing to what it documents.
                let ::core::option::Option::Some(mut #responses) =
                    #facade::__private::Responses::enter(::core::any::type_name::<Self>())
                else {
                    return ::core::default::Default::default();
                };
                #(#calls)*
                #responses.finish()
            }
        }
    }
}
