//! What the derive writes beside the errors of an input that has some: an impl of everything the
//! derive would have implemented (`StatusResponse`, `Problem`, the framework impls, and
//! `IntoResponses` with the `utoipa` feature), so that every use of the type compiles and the
//! user sees each mistake once, not a cascade of "trait not implemented" errors after it.
//!
//! A leaf: the entry point calls it, and it reads nothing of the model, which an input with
//! errors does not have.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::facade::Facade;
use crate::generics::fresh_lifetime;

/// The stand-in impls (the caller adds the errors).
pub(crate) fn expand(input: &DeriveInput, facade: &Facade) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let predicates = where_clause.map(|w| {
        let predicates = w.predicates.iter();
        quote!(#(#predicates,)*)
    });
    let lifetime = fresh_lifetime(&input.generics);
    let status = facade.status();
    let (axum, actix) = (facade.gate("axum"), facade.gate("actix-web"));
    let (poem, salvo, rocket) = (
        facade.gate("poem"),
        facade.gate("salvo"),
        facade.gate("rocket"),
    );
    let params = crate::generics::bare_params(&input.generics);
    #[cfg(feature = "utoipa")]
    let utoipa = facade.gate("utoipa");
    #[cfg(feature = "utoipa")]
    let openapi = quote! {
        #[cfg(#utoipa)]
        #[automatically_derived]
        impl #impl_generics #facade::__private::utoipa::IntoResponses for #ident #ty_generics #where_clause {
            fn responses() -> #facade::__private::ResponsesMap {
                ::core::default::Default::default()
            }
        }

        #[automatically_derived]
        impl #impl_generics #facade::__private::InnerResponses for #ident #ty_generics #where_clause {
            fn inner_responses() -> #facade::__private::ResponsesMap {
                ::core::default::Default::default()
            }
        }
    };
    #[cfg(not(feature = "utoipa"))]
    let openapi = TokenStream::new();
    #[cfg(feature = "aide015")]
    let aide = {
        let gate = facade.gate("aide015");
        let private = quote!(#facade::__private);
        let empty = quote! {
            fn inner_output(
                _: &mut #private::aide015::generate::GenContext,
                _: &mut #private::aide015::openapi::Operation,
            ) -> #private::Vec<(::core::option::Option<u16>, #private::aide015::openapi::Response)> {
                #private::Vec::new()
            }
        };
        quote! {
            #[cfg(#gate)]
            #[automatically_derived]
            impl #impl_generics #private::aide015::OperationOutput for #ident #ty_generics #where_clause {
                type Inner = Self;
            }

            #[automatically_derived]
            impl #impl_generics #private::InnerOutput for #ident #ty_generics #where_clause {
                #empty
            }
        }
    };
    #[cfg(not(feature = "aide015"))]
    let aide = TokenStream::new();
    #[cfg(feature = "salvo-oapi")]
    let salvo_oapi = {
        let gate = facade.gate("salvo-oapi");
        let private = quote!(#facade::__private);
        quote! {
            #[cfg(#gate)]
            #[automatically_derived]
            impl #impl_generics #private::salvo_oapi::EndpointOutRegister for #ident #ty_generics #where_clause {
                fn register(
                    _: &mut #private::salvo_oapi::Components,
                    _: &mut #private::salvo_oapi::Operation,
                ) {}
            }

            #[automatically_derived]
            impl #impl_generics #private::InnerOutRegister for #ident #ty_generics #where_clause {
                fn inner_out_register(
                    _: &mut #private::salvo_oapi::Components,
                    _: &mut #private::salvo_oapi::Operation,
                ) {}
            }
        }
    };
    #[cfg(not(feature = "salvo-oapi"))]
    let salvo_oapi = TokenStream::new();
    #[cfg(feature = "poem-openapi")]
    let poem_openapi = {
        let gate = facade.gate("poem-openapi");
        let private = quote!(#facade::__private);
        let registry = quote!(#private::poem_openapi::registry::Registry);
        let meta = quote!(#private::poem_openapi::registry::MetaResponses);
        quote! {
            #[cfg(#gate)]
            #[automatically_derived]
            impl #impl_generics #private::poem_openapi::ApiResponse for #ident #ty_generics #where_clause {
                fn meta() -> #meta {
                    #meta { responses: #private::Vec::new() }
                }

                fn register(_: &mut #registry) {}
            }

            #[automatically_derived]
            impl #impl_generics #private::InnerApiResponse for #ident #ty_generics #where_clause {
                fn inner_meta() -> #meta {
                    #meta { responses: #private::Vec::new() }
                }

                fn inner_register(_: &mut #registry) {}
            }
        }
    };
    #[cfg(not(feature = "poem-openapi"))]
    let poem_openapi = TokenStream::new();
    quote! {
        #[automatically_derived]
        impl #impl_generics #facade::StatusResponse for #ident #ty_generics #where_clause {
            fn status(&self) -> #status {
                #status::INTERNAL_SERVER_ERROR
            }
        }

        #facade::__if_problem! {
            #[automatically_derived]
            impl #impl_generics #facade::__private::Problem for #ident #ty_generics #where_clause {}
        }

        #facade::__frameworks! {
            [#lifetime] [no_sources] [#impl_generics] [#ident #ty_generics] [#predicates]
            [#params]
            axum(#axum) actix(#actix) poem(#poem) salvo(#salvo) rocket(#rocket)
        }

        #openapi
        #aide
        #salvo_oapi
        #poem_openapi
    }
}
