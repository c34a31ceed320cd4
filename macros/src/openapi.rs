//! Prints the OpenAPI impls for the model: `utoipa::IntoResponses` (the facade's `utoipa` feature
//! turns this crate's `utoipa` feature on), `aide::OperationOutput` (`aide015`) and
//! `salvo_oapi::EndpointOutRegister` (`salvo-oapi`) and `poem_openapi::ApiResponse`
//! (`poem-openapi`). Each impl
//! describes each variant as data and lets the facade's one printer (`openapi::pipeline`) build
//! the responses, so the expansion stays small and every backend documents the same.

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

/// The OpenAPI crate an impl is printed for: what a member's and a header field's schema come
/// from, and what a wrapped type's responses are asked with.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Backend {
    /// utoipa 6: `utoipa::ToSchema`, `InnerResponses`.
    #[cfg(feature = "utoipa")]
    Utoipa,
    /// aide 0.15: `schemars::JsonSchema` (0.9), `InnerOutput`.
    #[cfg(feature = "aide015")]
    Aide,
    /// salvo-oapi 1: `salvo_oapi::ToSchema`, `InnerOutRegister`.
    #[cfg(feature = "salvo-oapi")]
    Salvo,
    /// poem-openapi 5: `poem_openapi::types::Type`, `InnerApiResponse`.
    #[cfg(feature = "poem-openapi")]
    Poem,
}

/// The names the aide and salvo-oapi impls' functions take: the generator context (salvo-oapi's
/// components) and the operation.
#[cfg(any(feature = "aide015", feature = "salvo-oapi"))]
fn context() -> (Ident, Ident) {
    (
        Ident::new("__ctx", Span::mixed_site()),
        Ident::new("__operation", Span::mixed_site()),
    )
}

/// The calls that give the printer each variant, for `backend`, and the bounds they need.
fn calls(
    model: &Model<'_>,
    facade: &Facade,
    backend: Backend,
) -> (Vec<TokenStream>, InferredBounds) {
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
                let probe = match backend {
                    #[cfg(feature = "utoipa")]
                    Backend::Utoipa => quote!(ViaToSchema),
                    #[cfg(feature = "aide015")]
                    Backend::Aide => quote!(ViaJsonSchema),
                    #[cfg(feature = "salvo-oapi")]
                    Backend::Salvo => quote!(ViaSalvoSchema),
                    #[cfg(feature = "poem-openapi")]
                    Backend::Poem => quote!(ViaPoemSchema),
                };
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
                                    use #facade::__private::{#probe as _, ViaTime as _, ViaDisplay as _};
                                    (&&&#facade::__private::HeaderSchema::<#ty>::new()).header_schema()
                                })
                            }
                        }
                    }
                });
                let constants = own.constants.iter().map(|constant| {
                    let (name, value) = (&constant.name, &constant.value);
                    quote! {
                        (#name, #facade::__private::Part::Json(#facade::__private::const_member_schema(#value)))
                    }
                });
                let members = own.members.iter().map(|member| {
                    let (name, ty) = (&member.name, member.field.ty());
                    let at = facade.at(ty.span());
                    match backend {
                        #[cfg(feature = "utoipa")]
                        Backend::Utoipa => {
                            bounds.insert(ty, quote!(#facade::__private::MemberSchema));
                            quote_spanned!(ty.span()=>
                                (#name, <#ty as #at::__private::MemberSchema>::member_schema())
                            )
                        }
                        #[cfg(feature = "aide015")]
                        Backend::Aide => {
                            let (ctx, _) = context();
                            bounds.insert(ty, quote!(#facade::__private::AideMemberSchema));
                            quote_spanned!(ty.span()=>
                                (#name, <#ty as #at::__private::AideMemberSchema>::aide_member_schema(#ctx))
                            )
                        }
                        #[cfg(feature = "salvo-oapi")]
                        Backend::Salvo => {
                            let (components, _) = context();
                            bounds.insert(ty, quote!(#facade::__private::SalvoMemberSchema));
                            quote_spanned!(ty.span()=>
                                (#name, <#ty as #at::__private::SalvoMemberSchema>::salvo_member_schema(#components))
                            )
                        }
                        #[cfg(feature = "poem-openapi")]
                        Backend::Poem => {
                            bounds.insert(ty, quote!(#facade::__private::PoemMemberSchema));
                            quote_spanned!(ty.span()=>
                                (#name, <#ty as #at::__private::PoemMemberSchema>::poem_member_schema())
                            )
                        }
                    }
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
                let at = facade.at(ty.span());
                let (bound, call) = match backend {
                    #[cfg(feature = "utoipa")]
                    Backend::Utoipa => (
                        quote!(#facade::__private::InnerResponses),
                        quote_spanned!(ty.span()=>
                            <#ty as #at::__private::InnerResponses>::inner_responses()
                        ),
                    ),
                    #[cfg(feature = "aide015")]
                    Backend::Aide => {
                        let (ctx, operation) = context();
                        (
                            quote!(#facade::__private::InnerOutput),
                            quote_spanned!(ty.span()=>
                                #at::__private::aide_delegated::<#ty>(#ctx, #operation)
                            ),
                        )
                    }
                    #[cfg(feature = "salvo-oapi")]
                    Backend::Salvo => {
                        let (components, _) = context();
                        (
                            quote!(#facade::__private::InnerOutRegister),
                            quote_spanned!(ty.span()=>
                                #at::__private::salvo_delegated::<#ty>(#components)
                            ),
                        )
                    }
                    #[cfg(feature = "poem-openapi")]
                    Backend::Poem => (
                        quote!(#facade::__private::InnerApiResponse),
                        quote_spanned!(ty.span()=>
                            #at::__private::poem_delegated::<#ty>()
                        ),
                    ),
                };
                // A type that contains this one cannot be bounded (its bound would be its own
                // proof); its responses are this type's, which the call finds already under way.
                if !d.recursive {
                    bounds.insert(ty, bound);
                }
                calls.push(quote_spanned!(ty.span()=> #responses.delegate(#call);));
            }
        }
    }
    (calls, bounds)
}

/// `aide::OperationOutput` (through `InnerOutput`, which `transparent` variants ask of the type
/// they wrap), printed with the facade's `aide015` feature.
#[cfg(feature = "aide015")]
pub(crate) fn print_aide(model: &Model<'_>, facade: &Facade) -> TokenStream {
    let lifetime = fresh_lifetime(model.generics);
    let (calls, bounds) = calls(model, facade, Backend::Aide);
    let responses = responses();
    let (ctx, operation) = context();
    let ident = model.ident;
    let aide = facade.gate("aide015");
    let (impl_generics, ty_generics, _) = model.generics.split_for_impl();
    let predicates = bounds.predicates(model.generics, Some(&lifetime));
    let private = quote!(#facade::__private);
    quote! {
        #[cfg(#aide)]
        #[automatically_derived]
        impl #impl_generics #private::aide015::OperationOutput for #ident #ty_generics
        where #predicates
        {
            type Inner = Self;

            fn inferred_responses(
                #ctx: &mut #private::aide015::generate::GenContext,
                #operation: &mut #private::aide015::openapi::Operation,
            ) -> #private::Vec<(::core::option::Option<u16>, #private::aide015::openapi::Response)> {
                <Self as #private::InnerOutput>::inner_output(#ctx, #operation)
            }
        }

        #[automatically_derived]
        impl #impl_generics #private::InnerOutput for #ident #ty_generics
        where #predicates
        {
            fn inner_output(
                #ctx: &mut #private::aide015::generate::GenContext,
                #operation: &mut #private::aide015::openapi::Operation,
            ) -> #private::Vec<(::core::option::Option<u16>, #private::aide015::openapi::Response)> {
                let ::core::option::Option::Some(mut #responses) =
                    #private::Responses::<#private::Aide>::enter(::core::any::type_name::<Self>())
                else {
                    return #private::Vec::new();
                };
                #(#calls)*
                #private::aide_responses(#ctx, #responses.finish())
            }
        }
    }
}

/// `salvo_oapi::EndpointOutRegister` (through `InnerOutRegister`, which `transparent` variants
/// ask of the type they wrap), printed with the facade's `salvo-oapi` feature.
#[cfg(feature = "salvo-oapi")]
pub(crate) fn print_salvo(model: &Model<'_>, facade: &Facade) -> TokenStream {
    let lifetime = fresh_lifetime(model.generics);
    let (calls, bounds) = calls(model, facade, Backend::Salvo);
    let responses = responses();
    let (components, operation) = context();
    let ident = model.ident;
    let gate = facade.gate("salvo-oapi");
    let (impl_generics, ty_generics, _) = model.generics.split_for_impl();
    let predicates = bounds.predicates(model.generics, Some(&lifetime));
    let private = quote!(#facade::__private);
    quote! {
        #[cfg(#gate)]
        #[automatically_derived]
        impl #impl_generics #private::salvo_oapi::EndpointOutRegister for #ident #ty_generics
        where #predicates
        {
            fn register(
                #components: &mut #private::salvo_oapi::Components,
                #operation: &mut #private::salvo_oapi::Operation,
            ) {
                <Self as #private::InnerOutRegister>::inner_out_register(#components, #operation)
            }
        }

        #[automatically_derived]
        impl #impl_generics #private::InnerOutRegister for #ident #ty_generics
        where #predicates
        {
            fn inner_out_register(
                #components: &mut #private::salvo_oapi::Components,
                #operation: &mut #private::salvo_oapi::Operation,
            ) {
                let ::core::option::Option::Some(mut #responses) =
                    #private::Responses::<#private::Salvo>::enter(::core::any::type_name::<Self>())
                else {
                    return;
                };
                #(#calls)*
                #private::salvo_register(#components, #operation, #responses.finish())
            }
        }
    }
}

/// `poem_openapi::ApiResponse` (through `InnerApiResponse`, which `transparent` variants ask of
/// the type they wrap), printed with the facade's `poem-openapi` feature.
#[cfg(feature = "poem-openapi")]
pub(crate) fn print_poem(model: &Model<'_>, facade: &Facade) -> TokenStream {
    let lifetime = fresh_lifetime(model.generics);
    let (calls, bounds) = calls(model, facade, Backend::Poem);
    let responses = responses();
    let registry = Ident::new("__registry", Span::mixed_site());
    // What `register` registers: each member type's schemas, and each wrapped type's (not a
    // type that contains this one: its schemas are this type's, already under way).
    let registers = model
        .variants
        .iter()
        .flat_map(|variant| match &variant.response {
            Response::Own(own) => own
                .members
                .iter()
                .map(|member| {
                    let ty = member.field.ty();
                    let at = facade.at(ty.span());
                    quote_spanned!(ty.span()=>
                        <#ty as #at::__private::PoemMemberSchema>::poem_member_register(#registry);
                    )
                })
                .collect::<Vec<_>>(),
            Response::Delegated(d) if !d.recursive => {
                let ty = d.field.ty();
                let at = facade.at(ty.span());
                vec![quote_spanned!(ty.span()=>
                    <#ty as #at::__private::InnerApiResponse>::inner_register(#registry);
                )]
            }
            Response::Delegated(_) => Vec::new(),
        });
    let ident = model.ident;
    let gate = facade.gate("poem-openapi");
    let (impl_generics, ty_generics, _) = model.generics.split_for_impl();
    let predicates = bounds.predicates(model.generics, Some(&lifetime));
    let private = quote!(#facade::__private);
    let registry_ty = quote!(#private::poem_openapi::registry::Registry);
    let meta_ty = quote!(#private::poem_openapi::registry::MetaResponses);
    quote! {
        #[cfg(#gate)]
        #[automatically_derived]
        impl #impl_generics #private::poem_openapi::ApiResponse for #ident #ty_generics
        where #predicates
        {
            fn meta() -> #meta_ty {
                <Self as #private::InnerApiResponse>::inner_meta()
            }

            fn register(#registry: &mut #registry_ty) {
                <Self as #private::InnerApiResponse>::inner_register(#registry)
            }
        }

        #[automatically_derived]
        impl #impl_generics #private::InnerApiResponse for #ident #ty_generics
        where #predicates
        {
            fn inner_meta() -> #meta_ty {
                let ::core::option::Option::Some(mut #responses) =
                    #private::Responses::<#private::Poem>::enter(::core::any::type_name::<Self>())
                else {
                    return #meta_ty { responses: #private::Vec::new() };
                };
                #(#calls)*
                #responses.finish()
            }

            fn inner_register(#registry: &mut #registry_ty) {
                #private::poem_register_problem(#registry);
                #(#registers)*
            }
        }
    }
}

/// `utoipa::IntoResponses` (through `InnerResponses`), and `Answers` for each own status.
#[cfg(feature = "utoipa")]
pub(crate) fn print(model: &Model<'_>, facade: &Facade) -> TokenStream {
    // Higher-ranked, like the `Problem` impl's: a member type without `ToSchema` (or a wrapped
    // type without `IntoResponses`) leaves this impl out instead of breaking a crate that never
    // asked for OpenAPI, since Cargo turns `utoipa` on for every crate once one asks. Using the
    // type where utoipa needs `IntoResponses` then says which bound failed, and why.
    let lifetime = fresh_lifetime(model.generics);
    let (calls, bounds) = calls(model, facade, Backend::Utoipa);
    let responses = responses();
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
                    #facade::__private::Responses::<#facade::__private::Utoipa>::enter(::core::any::type_name::<Self>())
                else {
                    return ::core::default::Default::default();
                };
                #(#calls)*
                #responses.finish()
            }
        }
    }
}
