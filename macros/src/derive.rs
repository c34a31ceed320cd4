//! `#[derive(StatusResponse)]`, phase by phase: parse ([`crate::ast`], [`crate::attr`]),
//! validate ([`crate::valid`]), model ([`crate::model`]), then each printer reads the model:
//! [`crate::response`] for the response impls, [`crate::decode`] for the client's decoder and,
//! with the `utoipa` feature, [`crate::openapi`]. An input with errors gets [`crate::fallback`] instead.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::Input;
use crate::errors::Errors;
use crate::facade::Facade;
use crate::model::Model;

pub(crate) fn expand(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    // Read first, so that even the fallback of a broken input uses the right path.
    let facade = Facade::new(crate::attr::crate_path(&input.attrs, &mut errors));
    let parsed = match Input::from_syn(input, &mut errors) {
        Ok(parsed) => parsed,
        Err(err) => {
            errors.push(err);
            return fallback(input, &facade, errors);
        }
    };
    parsed.validate(&mut errors);
    if !errors.is_empty() {
        return fallback(input, &facade, errors);
    }
    let model = Model::new(&parsed);
    let decoding = crate::decode::analyse(&model);
    crate::decode::check(&decoding, &mut errors);
    if !errors.is_empty() {
        return fallback(input, &facade, errors);
    }
    #[allow(unused_mut)]
    let mut names = crate::response::local_names(&model);
    #[allow(unused_mut)]
    let mut out = crate::response::print(&model, &facade);
    out.extend(crate::decode::print(&model, &decoding, &facade));
    out.extend(crate::catalogue::print(&model, &facade));
    #[cfg(any(
        feature = "utoipa",
        feature = "aide015",
        feature = "salvo-oapi",
        feature = "poem-openapi"
    ))]
    names.extend(crate::openapi::local_names());
    #[cfg(feature = "utoipa")]
    out.extend(crate::openapi::print(&model, &facade));
    #[cfg(feature = "aide015")]
    out.extend(crate::openapi::print_aide(&model, &facade));
    #[cfg(feature = "salvo-oapi")]
    out.extend(crate::openapi::print_salvo(&model, &facade));
    #[cfg(feature = "poem-openapi")]
    out.extend(crate::openapi::print_poem(&model, &facade));
    // The impls apply wherever they are written; in a block of their own, they see these
    // functions first, which shadow any user item named like a binding the impls use.
    block(&facade, &names, out)
}

/// The impls in a block of their own: it imports the facade under one name (see
/// [`Facade::import`]) and declares a function of each name in `names`.
fn block(facade: &Facade, names: &[proc_macro2::Ident], out: TokenStream) -> TokenStream {
    let import = facade.import();
    let tracked = facade.track();
    quote! {
        const _: () = {
            #tracked
            #import
            #(
                #[allow(dead_code, non_snake_case)]
                fn #names() {}
            )*
            #out
        };
    }
}

fn fallback(input: &DeriveInput, facade: &Facade, errors: Errors) -> TokenStream {
    match errors.finish() {
        Err(error) => {
            let compile_error = error.to_compile_error();
            let stubs = block(facade, &[], crate::fallback::expand(input, facade));
            quote!(#compile_error #stubs)
        }
        Ok(()) => TokenStream::new(),
    }
}

#[cfg(test)]
mod tests;
