//! The `Catalogue` printer: each variant with a status of its own as an `Entry` of data (type
//! URI, status, titles, documentation, headers, members), and the types its `transparent`
//! variants wrap joined at run time.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::facade::Facade;
use crate::model::{HeaderValue, Model, Response};

/// A type as a person reads it: `Vec<String>`, not `Vec < String >`. Display text only.
fn type_text(ty: &syn::Type) -> String {
    let text = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let before = out.chars().last();
            let after = chars.peek().copied();
            let tight = matches!(before, Some('<' | '&' | ':' | '(' | '[' | '\''))
                || matches!(after, Some('<' | '>' | ',' | ';' | ':' | ')' | ']'));
            if tight {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// A constant member's value as a `Constant`.
fn constant(facade: &Facade, value: &syn::Expr) -> TokenStream {
    let path = quote!(#facade::catalogue::Constant);
    let (negative, lit) = match value {
        syn::Expr::Unary(unary) => (true, &*unary.expr),
        other => (false, other),
    };
    let sign = negative.then(|| quote!(-));
    match lit {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => match lit {
            syn::Lit::Str(s) => quote!(#path::Str(#s)),
            syn::Lit::Int(i) => quote!(#path::Int(#sign #i)),
            syn::Lit::Float(f) => quote!(#path::Float(#sign #f)),
            syn::Lit::Bool(b) => quote!(#path::Bool(#b)),
            // Validation accepts nothing else.
            _ => quote!(#path::Bool(false)),
        },
        _ => quote!(#path::Bool(false)),
    }
}

pub(crate) fn print(model: &Model<'_>, facade: &Facade) -> TokenStream {
    let catalogue = quote!(#facade::catalogue);
    let status_ty = facade.status();
    let some = |t: TokenStream| quote!(::core::option::Option::Some(#t));
    let none = quote!(::core::option::Option::None);
    let mut entries = Vec::new();
    let mut joins = Vec::new();
    // Each variant's headers and members in a const of their own, in the derive's block: a
    // `&[...]` of const fn calls is extended to `'static` only as a const's whole value.
    let mut consts = TokenStream::new();
    for (i, variant) in model.variants.iter().enumerate() {
        let own = match &variant.response {
            Response::Own(own) => own,
            Response::Delegated(d) => {
                let ty = d.field.ty();
                joins.push(quote! {
                    (&#catalogue::support::Wrapped::<#ty>::new()).join(&mut out);
                });
                continue;
            }
        };
        let name = variant.ident.to_string();
        let code = own.status.code;
        let problem_type = own
            .problem_type
            .as_ref()
            .map_or(none.clone(), |t| some(quote!(#t)));
        let english = own.title.map(|t| quote!((#facade::Lang::En, #t)));
        let others = own.translations.iter().filter_map(|t| {
            let tag = syn::Ident::new(&format!("{:?}", t.lang), proc_macro2::Span::call_site());
            t.title.map(|title| quote!((#facade::Lang::#tag, #title)))
        });
        let titles: Vec<TokenStream> = english.into_iter().chain(others).collect();
        let docs = &variant.docs;
        let exposed = own.exposed;
        let headers = own.headers.iter().map(|h| {
            let header = h.name;
            let (value, field, ty) = match &h.value {
                HeaderValue::Const(v) | HeaderValue::Template(v, _) => {
                    (some(quote!(#v)), none.clone(), none.clone())
                }
                HeaderValue::Field(f) => {
                    let (field, ty) = (f.name(), type_text(f.ty()));
                    (none.clone(), some(quote!(#field)), some(quote!(#ty)))
                }
            };
            quote!(#catalogue::Header::__new(#header, #value, #field, #ty))
        });
        let constants = own.constants.iter().map(|c| {
            let (member, value) = (&c.name, constant(facade, &c.value));
            quote!(#catalogue::Member::__new(#member, ::core::option::Option::Some(#value), #none, #none))
        });
        let fields = own.members.iter().map(|m| {
            let member = &m.name;
            let (field, ty) = (m.field.name(), type_text(m.field.ty()));
            quote!(#catalogue::Member::__new(#member, #none, ::core::option::Option::Some(#field), ::core::option::Option::Some(#ty)))
        });
        let headers_const = syn::Ident::new(
            &format!("__HTTP_STATUS_HEADERS_{i}"),
            proc_macro2::Span::mixed_site(),
        );
        let members_const = syn::Ident::new(
            &format!("__HTTP_STATUS_MEMBERS_{i}"),
            proc_macro2::Span::mixed_site(),
        );
        consts.extend(quote! {
            const #headers_const: &[#catalogue::Header] = &[#(#headers),*];
            const #members_const: &[#catalogue::Member] = &[#(#constants,)* #(#fields),*];
        });
        entries.push(quote! {
            #catalogue::Entry::__new(
                #name,
                match #status_ty::from_u16(#code) {
                    ::core::result::Result::Ok(status) => status,
                    ::core::result::Result::Err(_) => #status_ty::INTERNAL_SERVER_ERROR,
                },
                #problem_type,
                &[#(#titles),*],
                #docs,
                #exposed,
                #headers_const,
                #members_const,
            )
        });
    }
    let catalogue_fn = (!joins.is_empty()).then(|| {
        quote! {
            fn catalogue() -> ::std::vec::Vec<&'static #catalogue::Entry> {
                #[allow(unused_imports)]
                use #catalogue::support::{Nested as _, NotNested as _};
                let mut out: ::std::vec::Vec<&'static #catalogue::Entry> =
                    <Self as #catalogue::Catalogue>::ENTRIES.iter().collect();
                #(#joins)*
                out
            }
        }
    });
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    quote! {
        #facade::__if_problem! {
            #consts

            #[automatically_derived]
            impl #impl_generics #catalogue::Catalogue for #ident #ty_generics #where_clause {
                const ENTRIES: &'static [#catalogue::Entry] = &[#(#entries),*];
                #catalogue_fn
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn types_read_as_written() {
        for (written, read) in [
            ("Vec<String>", "Vec<String>"),
            ("Option<Vec<u8>>", "Option<Vec<u8>>"),
            (
                "std::collections::HashMap<String, u32>",
                "std::collections::HashMap<String, u32>",
            ),
            ("&'static str", "&'static str"),
            ("(u8, u16)", "(u8, u16)"),
            ("[u8; 4]", "[u8; 4]"),
        ] {
            let ty: syn::Type = syn::parse_str(written).unwrap();
            assert_eq!(super::type_text(&ty), read);
        }
    }
}
