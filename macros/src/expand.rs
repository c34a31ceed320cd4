//! Code generation for `#[derive(StatusResponse)]`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{DeriveInput, Fields, Member, WherePredicate};

use crate::ast::{Input, Shape, Variant};
use crate::attr::{Errors, Kind, StatusAttr};
use crate::facade;

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let result = Input::from_syn(input, &mut errors).inspect(|parsed| parsed.validate(&mut errors));
    match (result, errors.finish()) {
        (Ok(parsed), Ok(())) => expand(&parsed),
        // The errors, and a fallback impl so that uses of the type do not add a cascade of
        // "trait not implemented" errors on top of the real one.
        (Ok(_), Err(err)) | (Err(err), _) => {
            let error = err.to_compile_error();
            let fallback = fallback(input);
            quote!(#error #fallback)
        }
    }
}

/// One match arm: its pattern, the status, and whether the detail is shown.
struct Arm {
    pattern: TokenStream,
    status: TokenStream,
    expose: TokenStream,
    /// Whether `expose` differs from the trait's default (`expose` given, or delegated).
    custom_expose: bool,
}

fn expand(input: &Input<'_>) -> TokenStream {
    let krate = facade::path();
    let mut bounds: Vec<WherePredicate> = Vec::new();
    let arms: Vec<Arm> = match &input.shape {
        Shape::Struct(body) => input
            .attr
            .as_ref()
            .map(|attr| arm(&quote!(Self), body, attr, &mut bounds))
            .into_iter()
            .collect(),
        Shape::Enum(variants) => variants
            .iter()
            .filter_map(|v| {
                let attr = v.attr.as_ref().or(input.attr.as_ref())?;
                let ident = v.ident;
                Some(arm(&quote!(Self::#ident), v, attr, &mut bounds))
            })
            .collect(),
    };
    // An empty enum has no value to match on: `match *self {}` proves it to the compiler.
    let scrutinee = if arms.is_empty() {
        quote!(*self)
    } else {
        quote!(self)
    };
    let patterns: Vec<_> = arms.iter().map(|a| &a.pattern).collect();
    let statuses = arms.iter().map(|a| &a.status);
    let exposes = arms.iter().map(|a| &a.expose);
    // The trait's default (every status but 5xx) is right unless a variant says `expose` or
    // delegates; leaving the method out keeps the expansion, and the user's build, smaller.
    let expose_detail = arms.iter().any(|a| a.custom_expose).then(|| {
        quote! {
            fn expose_detail(&self) -> bool {
                match #scrutinee {
                    #(#patterns => #exposes,)*
                }
            }
        }
    });
    let warnings = warnings(input);
    let original = input.original;
    let ident = &original.ident;
    let (impl_generics, ty_generics, where_clause) = original.generics.split_for_impl();
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    predicates.extend(bounds.iter().map(|b| quote!(#b)));
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::StatusResponse for #ident #ty_generics
        where #(#predicates,)*
        {
            fn status(&self) -> #krate::Status {
                match #scrutinee {
                    #(#patterns => #statuses,)*
                }
            }

            #expose_detail
        }

        #krate::__frameworks! {
            [#impl_generics] [#ident #ty_generics] [#(#predicates,)*]
        }

        #(#warnings)*
    }
}

fn arm(
    path: &TokenStream,
    variant: &Variant<'_>,
    attr: &StatusAttr,
    bounds: &mut Vec<WherePredicate>,
) -> Arm {
    let krate = facade::path();
    match &attr.kind {
        Kind::Status(resolved) => {
            let pattern = match variant.fields {
                Fields::Unit => quote!(#path),
                Fields::Unnamed(_) => quote!(#path(..)),
                Fields::Named(_) => quote!(#path { .. }),
            };
            let expose = attr.expose.is_some() || resolved.code < 500;
            Arm {
                pattern,
                status: resolved.path(&krate),
                expose: quote!(#expose),
                custom_expose: attr.expose.is_some(),
            }
        }
        Kind::Transparent(keyword) => {
            let field = variant.fields.iter().next();
            let member = field.map_or(Member::from(0), |f| {
                f.ident.clone().map_or(Member::from(0), Member::Named)
            });
            let binding = format_ident!("__inner");
            let pattern = quote!(#path { #member: #binding, .. });
            if let Some(field) = field {
                let ty = &field.ty;
                bounds
                    .push(syn::parse_quote_spanned!(keyword.span()=> #ty: #krate::StatusResponse));
            }
            Arm {
                pattern,
                status: quote_spanned!(keyword.span()=> #krate::StatusResponse::status(#binding)),
                expose: quote_spanned!(keyword.span()=> #krate::StatusResponse::expose_detail(#binding)),
                custom_expose: true,
            }
        }
    }
}

/// One item per `#[status]` that deserves a warning (a discouraged code or an old name), each
/// using the deprecated path spelled on the user's token: rustc reports no deprecation inside
/// `#[automatically_derived]` code. Per attribute, not per arm, so an enum default shared by
/// many variants warns once, and a default no variant uses still warns.
fn warnings(input: &Input<'_>) -> Vec<TokenStream> {
    let krate = facade::path();
    let variants: &[Variant<'_>] = match &input.shape {
        Shape::Struct(_) => &[],
        Shape::Enum(variants) => variants,
    };
    input
        .attr
        .iter()
        .chain(variants.iter().filter_map(|v| v.attr.as_ref()))
        .filter_map(|attr| match &attr.kind {
            Kind::Status(resolved) if resolved.warns => {
                let at_user = resolved.path(&facade::path_at(resolved.span()));
                Some(quote!(const _: #krate::Status = #at_user;))
            }
            _ => None,
        })
        .collect()
}

/// An impl that compiles whatever the input's errors, so they are the only errors shown. It
/// leaves out the framework impls: their `Debug`/`Display` requirements would only add noise
/// to a derive that is already wrong.
fn fallback(input: &DeriveInput) -> TokenStream {
    let krate = facade::path();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::StatusResponse for #ident #ty_generics #where_clause {
            fn status(&self) -> #krate::Status {
                #krate::Status::INTERNAL_SERVER_ERROR
            }
        }
    }
}
