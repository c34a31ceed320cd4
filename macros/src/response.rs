//! Prints the response impls of the model: `StatusResponse`, the facade's `Problem` (when the
//! facade has problem responses), the framework impls (through the facade's `__frameworks!`),
//! and the items that carry the derive's deprecation warnings.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::facade::Facade;
use crate::generics::{fresh_lifetime, fresh_type_param, InferredBounds};
use crate::model::{Delegate, FieldRef, HeaderValue, Model, Own, Response, Variant};

/// The name a transparent arm binds its field to.
const BINDING: &str = "__inner";

/// The name of a field's binding in a variant's own arm. (No name here is safe by its spelling:
/// see [`local_names`].)
fn field_binding(index: usize) -> Ident {
    Ident::new(&format!("__http_status_f{index}"), Span::mixed_site())
}

/// The name of the `HeaderSink` parameter.
fn sink() -> Ident {
    Ident::new("__http_status_sink", Span::mixed_site())
}

/// The name of the `SerializeMap` parameter.
fn map() -> Ident {
    Ident::new("__http_status_map", Span::mixed_site())
}

/// The name of the `Lang` parameter.
fn lang() -> Ident {
    Ident::new("__http_status_lang", Span::mixed_site())
}

/// Every name the printed impls bind: a user's `const` (or unit struct) of that name in scope
/// would turn the binding into a constant pattern (E0530, E0308), and no hygiene helps, since
/// items resolve at the call site. The derive declares a function of each name in the block
/// around its impls ([`crate::derive`]): it shadows every outer item of that name, and a binding
/// may shadow a function.
pub(crate) fn local_names(model: &Model<'_>) -> Vec<Ident> {
    let fields = model
        .variants
        .iter()
        .map(|v| v.fields.len())
        .max()
        .unwrap_or(0);
    let mut names = vec![
        Ident::new(BINDING, Span::mixed_site()),
        sink(),
        map(),
        lang(),
    ];
    names.extend((0..fields).map(field_binding));
    names
}

/// One `match` over the variants, for one method.
struct Matcher<'m> {
    model: &'m Model<'m>,
    facade: &'m Facade,
    /// `*self` for an empty enum (`match *self {}` proves it has no value), else `self`.
    scrutinee: TokenStream,
}

impl Matcher<'_> {
    /// `Self::V` or `Self`.
    fn path(&self, variant: &Variant<'_>) -> TokenStream {
        if self.model.is_enum {
            let ident = variant.ident;
            quote!(Self::#ident)
        } else {
            quote!(Self)
        }
    }

    /// The pattern that binds nothing.
    fn any(&self, variant: &Variant<'_>) -> TokenStream {
        let path = self.path(variant);
        match variant.fields {
            syn::Fields::Unit => path,
            syn::Fields::Unnamed(_) => quote!(#path(..)),
            syn::Fields::Named(_) => quote!(#path { .. }),
        }
    }

    /// The pattern that binds the delegated field to [`BINDING`].
    fn delegated(&self, variant: &Variant<'_>, delegate: &Delegate<'_>) -> TokenStream {
        let path = self.path(variant);
        let member = delegate.field.member();
        let binding = Ident::new(BINDING, Span::mixed_site());
        quote!(#path { #member: #binding, .. })
    }

    /// The pattern that binds the fields `own` reads from (headers, instance, members).
    fn own(&self, variant: &Variant<'_>, own: &Own<'_>) -> TokenStream {
        let path = self.path(variant);
        let mut bindings = TokenStream::new();
        for (index, field) in variant.fields.iter().enumerate() {
            let used = own.headers.iter().any(|h| match &h.value {
                HeaderValue::Field(f) => f.index == index,
                HeaderValue::Template(_, t) => t.fields.contains(&index),
                HeaderValue::Const(_) => false,
            }) || own.instance.is_some_and(|f| f.index == index)
                || own.members.iter().any(|m| m.field.index == index)
                || own
                    .translations
                    .iter()
                    .filter_map(|t| t.detail.as_ref())
                    .any(|d| d.fields.contains(&index));
            if used {
                let member = FieldRef { index, field }.member();
                let binding = field_binding(index);
                bindings.extend(quote!(#member: #binding,));
            }
        }
        quote!(#path { #bindings .. })
    }

    /// `fn <signature> { match self { ... } }` for one method of `via`: a variant with its own
    /// response gets the arm `own` writes, a delegating one calls `method` on its field (with
    /// `rest` after it). Only when some variant delegates, or `needed` holds for one: the trait's
    /// default is right otherwise, and leaving the method out keeps the user's build smaller.
    /// (`&dyn Fn`, not generics: each closure would be compiled again, in every user's build.)
    fn method(
        &self,
        signature: TokenStream,
        via: Via,
        method: TokenStream,
        rest: TokenStream,
        needed: Needed<'_>,
        own: &dyn Fn(&Variant<'_>, &Own<'_>) -> (TokenStream, TokenStream),
    ) -> TokenStream {
        // Decided before any arm is written: the macro runs unoptimized in a user's debug
        // build, and most methods are not needed.
        let any = match needed {
            // The trait requires it, even of an enum without variants.
            Needed::Always => true,
            Needed::When(needed) => self.model.variants.iter().any(|v| match &v.response {
                Response::Own(o) => needed(o),
                Response::Delegated(_) => true,
            }),
        };
        if !any {
            return TokenStream::new();
        }
        let mut arms = TokenStream::new();
        for variant in &self.model.variants {
            let (pattern, body) = match &variant.response {
                Response::Own(o) => own(variant, o),
                Response::Delegated(d) => {
                    let call = delegate_call(self.facade, d, via, method.clone(), rest.clone());
                    (self.delegated(variant, d), call)
                }
            };
            arms.extend(quote!(#pattern => #body,));
        }
        let scrutinee = &self.scrutinee;
        quote! {
            #signature {
                match #scrutinee {
                    #arms
                }
            }
        }
    }
}

/// Whether a method is written: always, or when a variant delegates or the predicate holds for
/// one.
#[derive(Clone, Copy)]
enum Needed<'a> {
    Always,
    When(&'a dyn Fn(&Own<'_>) -> bool),
}

/// The trait a delegated call goes through.
#[derive(Clone, Copy)]
enum Via {
    StatusResponse,
    Problem,
}

/// A call of `method` on the delegated value (with `rest` after it), spelled on the field's
/// type, so that "does not implement `StatusResponse`" points there.
fn delegate_call(
    facade: &Facade,
    delegate: &Delegate<'_>,
    via: Via,
    method: TokenStream,
    rest: TokenStream,
) -> TokenStream {
    let ty = delegate.field.ty();
    let span = ty.span();
    let at = facade.at(span);
    let trait_ = match via {
        Via::StatusResponse => quote_spanned!(span=> #at::StatusResponse),
        Via::Problem => quote_spanned!(span=> #at::__private::Problem),
    };
    let binding = Ident::new(BINDING, Span::mixed_site());
    quote_spanned!(span=> <#ty as #trait_>::#method(#binding #rest))
}

pub(crate) fn print(model: &Model<'_>, facade: &Facade) -> TokenStream {
    let matcher = Matcher {
        model,
        facade,
        scrutinee: if model.variants.is_empty() {
            quote!(*self)
        } else {
            quote!(self)
        },
    };
    let lifetime = fresh_lifetime(model.generics);
    let ident = model.ident;
    let (impl_generics, ty_generics, _) = model.generics.split_for_impl();

    // `StatusResponse`: a bound for each generic delegated type. A type that is not generic
    // needs none, since the call checks it, with the error on the type; and a recursive one
    // cannot have one.
    let mut bounds = InferredBounds::default();
    for variant in &model.variants {
        if let Response::Delegated(d) = &variant.response {
            if d.generic && !d.recursive {
                bounds.insert(d.field.ty(), quote!(#facade::StatusResponse));
            }
        }
    }
    let predicates = bounds.predicates(model.generics, None);
    let status_methods = status_methods(&matcher, facade);

    // `Problem`: higher-ranked, so that a member type without `Serialize` (or a wrapped type
    // without `Problem`, such as a hand-written `StatusResponse`) leaves this impl out rather
    // than breaking a build that never asked for problem responses.
    let mut problem_bounds = InferredBounds::default();
    for variant in &model.variants {
        match &variant.response {
            Response::Own(own) => {
                for member in &own.members {
                    problem_bounds.insert(
                        member.field.ty(),
                        quote!(#facade::__private::serde::Serialize),
                    );
                }
                if let Some(instance) = own.instance {
                    problem_bounds.insert(instance.ty(), quote!(::core::fmt::Display));
                }
            }
            Response::Delegated(d) if !d.recursive => {
                problem_bounds.insert(d.field.ty(), quote!(#facade::__private::Problem));
            }
            Response::Delegated(_) => {}
        }
    }
    let problem_predicates = problem_bounds.predicates(model.generics, Some(&lifetime));
    let problem_methods = problem_methods(&matcher, facade);

    // A generic type's `Error` impl cannot be seen from the framework impls: its `source()` is
    // read from the field thiserror makes the source, where thiserror derives it.
    let mut source_bounds = InferredBounds::default();
    let sources = if model.generics.type_params().next().is_none() {
        quote!(sources)
    } else {
        match thiserror_sources(model, &mut source_bounds) {
            Some(arms) => quote!(fields { #arms }),
            None => quote!(no_sources),
        }
    };
    let framework_predicates = {
        let theirs = source_bounds.predicates(&syn::Generics::default(), Some(&lifetime));
        quote!(#predicates #theirs)
    };
    let warnings = model.warnings.iter().map(|w| {
        let levels = &w.levels;
        let at_user = w.status.path(&facade.at(w.status.span()));
        let status = facade.status();
        quote! {
            #(#levels)*
            const _: #status = #at_user;
        }
    });

    let lints = model.lints.iter().map(|lint| {
        let (span, levels) = (lint.span, &lint.levels);
        let at = facade.at(span);
        let name = Ident::new(lint.name, span);
        quote_spanned! {span=>
            #(#levels)*
            const _: () = #at::problem_lints::#name;
        }
    });

    let (axum, actix) = (facade.gate("axum"), facade.gate("actix-web"));
    let (poem, salvo, rocket) = (
        facade.gate("poem"),
        facade.gate("salvo"),
        facade.gate("rocket"),
    );
    let params = crate::generics::bare_params(model.generics);
    quote! {
        #[automatically_derived]
        impl #impl_generics #facade::StatusResponse for #ident #ty_generics where #predicates {
            #status_methods
        }

        #facade::__if_problem! {
            #[automatically_derived]
            impl #impl_generics #facade::__private::Problem for #ident #ty_generics where #problem_predicates {
                #problem_methods
            }
        }

        #facade::__frameworks! {
            [#lifetime] [#sources] [#impl_generics] [#ident #ty_generics] [#framework_predicates]
            [#params]
            axum(#axum) actix(#actix) poem(#poem) salvo(#salvo) rocket(#rocket)
        }

        #(#warnings)*
        #(#lints)*
    }
}

/// The match arms that give a generic type's `source()` as thiserror defines it: the field with
/// `#[source]` or `#[from]`, else a field named `source`; for `#[error(transparent)]`, the one
/// field's own `source()`. `None` when thiserror does not derive the type (no `#[error]`
/// anywhere), or no variant has a source. A generic field type gets an `Error + 'static` bound
/// on the framework impls, which thiserror's own `Error` impl has too.
fn thiserror_sources(model: &Model<'_>, bounds: &mut InferredBounds) -> Option<TokenStream> {
    let is_error_attr = |a: &&syn::Attribute| a.path().is_ident("error");
    if !model
        .variants
        .iter()
        .any(|v| v.attrs.iter().any(|a| is_error_attr(&a)))
    {
        return None;
    }
    let params = crate::generics::Params::new(model.ident, model.generics);
    let binding = Ident::new("__source_field", Span::mixed_site());
    let mut arms = TokenStream::new();
    for variant in &model.variants {
        let transparent = variant.attrs.iter().filter(is_error_attr).any(|a| {
            a.parse_args::<Ident>()
                .is_ok_and(|word| word == "transparent")
        });
        let marked = |field: &syn::Field| {
            field
                .attrs
                .iter()
                .any(|a| a.path().is_ident("source") || a.path().is_ident("from"))
        };
        let fields: Vec<(usize, &syn::Field)> = variant.fields.iter().enumerate().collect();
        let source = if transparent && fields.len() == 1 {
            Some((fields[0], true))
        } else {
            fields
                .iter()
                .find(|(_, f)| marked(f))
                .or_else(|| {
                    fields
                        .iter()
                        .find(|(_, f)| f.ident.as_ref().is_some_and(|i| i == "source"))
                })
                .map(|field| (*field, false))
        };
        let Some(((index, field), transparent)) = source else {
            continue;
        };
        let member = FieldRef { index, field }.member();
        let path = if model.is_enum {
            let ident = variant.ident;
            quote!(Self::#ident)
        } else {
            quote!(Self)
        };
        // A field that holds the type itself has no bound to state (its proof would be its
        // own): its chain is not logged.
        if params.is_recursive(&field.ty) {
            continue;
        }
        if params.is_generic(&field.ty) {
            bounds.insert(&field.ty, quote!(::std::error::Error + 'static));
        }
        arms.extend(if transparent {
            quote!(#path { #member: #binding, .. } => ::std::error::Error::source(#binding.as_dyn_error()),)
        } else {
            quote!(#path { #member: #binding, .. } => ::core::option::Option::Some(#binding.as_dyn_error()),)
        });
    }
    (!arms.is_empty()).then_some(arms)
}

/// `status`, and each other method of `StatusResponse` where some variant differs from the
/// trait's default.
fn status_methods(m: &Matcher<'_>, facade: &Facade) -> TokenStream {
    let status = facade.status();
    let none = || quote!(::core::option::Option::None);
    let mut out = m.method(
        quote!(fn status(&self) -> #status),
        Via::StatusResponse,
        quote!(status),
        TokenStream::new(),
        Needed::Always,
        // Spelled at the derive, where rustc reports no deprecation: the warning, if any, comes
        // once from the model's warnings.
        &|v, own| (m.any(v), own.status.path(&facade.in_derive())),
    );
    out.extend(m.method(
        quote!(fn expose_detail(&self) -> bool),
        Via::StatusResponse,
        quote!(expose_detail),
        TokenStream::new(),
        Needed::When(&|own| own.expose_given),
        &|v, own| {
            let exposed = own.exposed;
            (m.any(v), quote!(#exposed))
        },
    ));
    // Only a vendor meaning other than the code's first (`esri 499`) differs from
    // `status().info()`.
    out.extend(m.method(
        quote!(fn meaning(&self) -> ::core::option::Option<&'static #facade::Info>),
        Via::StatusResponse,
        quote!(meaning),
        TokenStream::new(),
        Needed::When(&|own| own.status.other_meaning.is_some()),
        &|v, own| {
            let meaning = own.status.other_meaning_expr(&facade.in_derive());
            let (ty, status) = (facade.status(), own.status.path(&facade.in_derive()));
            (
                m.any(v),
                meaning.unwrap_or_else(|| quote!(#ty::info(#status))),
            )
        },
    ));
    let sink = sink();
    out.extend(m.method(
        quote!(fn headers(&self, #sink: &mut dyn #facade::HeaderSink)),
        Via::StatusResponse,
        quote!(headers),
        quote!(, #sink),
        Needed::When(&|own| !own.headers.is_empty()),
        &|v, own| {
            if own.headers.is_empty() {
                return (m.any(v), quote!({}));
            }
            let mut calls = TokenStream::new();
            for header in &own.headers {
                let name = header.name;
                let value = match &header.value {
                    HeaderValue::Const(value) => quote!(&#value),
                    HeaderValue::Template(_, template) => {
                        let format = &template.format;
                        let args = template.fields.iter().map(|&index| {
                            let name = crate::template::arg(index, format.span());
                            let binding = field_binding(index);
                            quote!(#name = #binding)
                        });
                        quote!(&::core::format_args!(#format, #(#args),*))
                    }
                    HeaderValue::Field(field) => {
                        // A `Duration` or a `SystemTime` has its RFC 9110 form, any other type
                        // its `Display` (see `header_text`). Spelled on the field's type, so
                        // that "`T` doesn't implement `Display`" points there.
                        let (ty, binding) = (field.ty(), field_binding(field.index));
                        let span = ty.span();
                        let at = facade.at(span);
                        quote_spanned! {span=> &{
                            #[allow(unused_imports)]
                            use #at::__private::{AsDate as _, AsDelay as _, AsDisplay as _};
                            // The borrows choose the impl: none is needless.
                            #[allow(clippy::needless_borrow)]
                            let text = (&&#at::__private::Text::<#ty>(#binding)).header_text();
                            text
                        }}
                    }
                };
                calls.extend(quote!(#sink.header(#name, #value);));
            }
            (m.own(v, own), quote!({ #calls }))
        },
    ));
    // `problem_type` and `title`: a string the attribute may give.
    type Pick = for<'x, 'o> fn(&'x Own<'o>) -> Option<&'x syn::LitStr>;
    let strings: [(&str, Pick); 2] = [
        ("problem_type", |o| o.problem_type.as_ref()),
        ("title", |o| o.title),
    ];
    for (name, pick) in strings {
        let method = Ident::new(name, Span::call_site());
        out.extend(m.method(
            quote!(fn #method(&self) -> ::core::option::Option<&'static str>),
            Via::StatusResponse,
            quote!(#method),
            TokenStream::new(),
            Needed::When(&|own| pick(own).is_some()),
            &|v, own| {
                let body =
                    pick(own).map_or_else(none, |t| quote!(::core::option::Option::Some(#t)));
                (m.any(v), body)
            },
        ));
    }
    out
}

/// The methods of the `Problem` impl: `instance` and `members`, each only when some variant has
/// one.
fn problem_methods(m: &Matcher<'_>, facade: &Facade) -> TokenStream {
    let mut out = m.method(
        quote!(fn instance(&self) -> ::core::option::Option<&dyn ::core::fmt::Display>),
        Via::Problem,
        quote!(instance),
        TokenStream::new(),
        Needed::When(&|own| own.instance.is_some()),
        &|v, own| match own.instance {
            Some(field) => {
                let span = field.ty().span();
                let binding = field_binding(field.index);
                (
                    m.own(v, own),
                    quote_spanned!(span=> ::core::option::Option::Some(#binding)),
                )
            }
            None => (m.any(v), quote!(::core::option::Option::None)),
        },
    );
    let map = map();
    let ser = quote!(#facade::__private::serde::ser::SerializeMap);
    // The map's type parameter, under a name none of the type's own parameters has (the method
    // declares it inside the impl, where theirs are in scope: E0403).
    let param = fresh_type_param(m.model.generics, "__HttpStatusMap");
    out.extend(m.method(
        quote! {
            fn members<#param: #ser>(
                &self,
                #map: &mut #param,
            ) -> ::core::result::Result<(), <#param as #ser>::Error>
        },
        Via::Problem,
        quote!(members),
        quote!(, #map),
        Needed::When(&|own| !own.members.is_empty() || !own.constants.is_empty()),
        &|v, own| {
            if own.members.is_empty() && own.constants.is_empty() {
                return (m.any(v), quote!(::core::result::Result::Ok(())));
            }
            let mut entries = TokenStream::new();
            for constant in own.constants {
                let (name, value) = (&constant.name, &constant.value);
                entries.extend(quote!(#ser::serialize_entry(#map, #name, &#value)?;));
            }
            for member in &own.members {
                let (name, binding) = (&member.name, field_binding(member.field.index));
                if member.flatten {
                    entries.extend(quote!(#facade::__private::flatten(#map, #binding)?;));
                } else {
                    entries.extend(quote!(#ser::serialize_entry(#map, #name, #binding)?;));
                }
            }
            (
                m.own(v, own),
                quote!({ #entries ::core::result::Result::Ok(()) }),
            )
        },
    ));
    let lang = lang();
    let none = quote!(::core::option::Option::None);
    out.extend(m.method(
        quote! {
            fn translation(
                &self,
                #lang: #facade::Lang,
            ) -> ::core::option::Option<#facade::__private::Translation>
        },
        Via::Problem,
        quote!(translation),
        quote!(, #lang),
        Needed::When(&|own| !own.translations.is_empty()),
        &|v, own| {
            if own.translations.is_empty() {
                return (m.any(v), none.clone());
            }
            let mut arms = TokenStream::new();
            for translated in &own.translations {
                let variant = Ident::new(
                    match translated.lang {
                        http_status_core::Lang::Fr => "Fr",
                        _ => "En",
                    },
                    Span::call_site(),
                );
                let title = translated
                    .title
                    .map_or_else(|| none.clone(), |t| quote!(::core::option::Option::Some(#t)));
                let detail = match &translated.detail {
                    None => none.clone(),
                    Some(template) => {
                        let format = &template.format;
                        let args = template.fields.iter().map(|&index| {
                            let name = crate::template::arg(index, format.span());
                            let binding = field_binding(index);
                            quote!(#name = #binding)
                        });
                        quote!(::core::option::Option::Some(
                            #facade::__private::format!(#format, #(#args),*)
                        ))
                    }
                };
                arms.extend(quote! {
                    #facade::Lang::#variant => ::core::option::Option::Some(
                        #facade::__private::Translation::new(#facade::Lang::#variant, #title, #detail)
                    ),
                });
            }
            (
                m.own(v, own),
                quote!(match #lang { #arms _ => ::core::option::Option::None }),
            )
        },
    ));
    out
}
