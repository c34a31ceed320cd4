//! Prints the response impls of the model: `StatusResponse`, the facade's `Problem` (when the
//! facade has problem responses), the framework impls (through the facade's `__frameworks!`),
//! and the items that carry the derive's deprecation warnings.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::facade::Facade;
use crate::generics::{fresh_lifetime, InferredBounds};
use crate::model::{Delegate, HeaderValue, Model, Own, Response, Variant};

/// The name a transparent arm binds its field to.
const BINDING: &str = "__inner";

/// The name of a field's binding in a variant's own arm.
fn field_binding(index: usize) -> Ident {
    Ident::new(&format!("__http_status_f{index}"), Span::mixed_site())
}

/// The name of the `HeaderSink` parameter: unusual, and mixed-site, so that a user's item of
/// that name cannot turn the parameter into a pattern.
fn sink() -> Ident {
    Ident::new("__http_status_sink", Span::mixed_site())
}

/// The name of the `SerializeMap` parameter, likewise.
fn map() -> Ident {
    Ident::new("__http_status_map", Span::mixed_site())
}

/// A local item named [`BINDING`]. A user's `const __inner` (or unit struct) in scope would turn
/// the binding into a constant pattern, and no hygiene helps: items resolve at the call site.
/// A binding may shadow a function, and this local one shadows every outer item of that name.
fn shadow() -> TokenStream {
    let name = Ident::new(BINDING, Span::mixed_site());
    quote! {
        #[allow(dead_code)]
        fn #name() {}
    }
}

/// One `match` over the variants, for one method.
struct Matcher<'m> {
    model: &'m Model<'m>,
    /// `*self` for an empty enum (`match *self {}` proves it has no value), else `self`.
    scrutinee: TokenStream,
    /// [`shadow`], when some arm binds [`BINDING`].
    shadow: Option<TokenStream>,
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
        let mut fields: Vec<_> = own
            .headers
            .iter()
            .filter_map(|h| match &h.value {
                HeaderValue::Field(field) => Some(*field),
                HeaderValue::Const(_) => None,
            })
            .chain(own.instance)
            .chain(own.members.iter().map(|m| m.field))
            .collect();
        fields.sort_by_key(|f| f.index);
        fields.dedup_by_key(|f| f.index);
        let bindings = fields.iter().map(|f| {
            let (member, binding) = (f.member(), field_binding(f.index));
            quote!(#member: #binding)
        });
        quote!(#path { #(#bindings,)* .. })
    }

    /// `fn <signature> { match self { <arms> } }`, each arm `pattern => body`.
    fn method(
        &self,
        signature: TokenStream,
        arms: impl Iterator<Item = (TokenStream, TokenStream)>,
    ) -> TokenStream {
        let (scrutinee, shadow) = (&self.scrutinee, &self.shadow);
        let arms = arms.map(|(pattern, body)| quote!(#pattern => #body,));
        quote! {
            #signature {
                #shadow
                match #scrutinee {
                    #(#arms)*
                }
            }
        }
    }
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
        scrutinee: if model.variants.is_empty() {
            quote!(*self)
        } else {
            quote!(self)
        },
        shadow: model
            .variants
            .iter()
            .any(|v| matches!(v.response, Response::Delegated(_)))
            .then(shadow),
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

    // A generic type's `Error` impl cannot be seen from the framework impls, so its `source()`
    // chain is not logged.
    let sources = if model.generics.type_params().next().is_some() {
        quote!(no_sources)
    } else {
        quote!(sources)
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
            [#lifetime] [#sources] [#impl_generics] [#ident #ty_generics] [#predicates]
        }

        #(#warnings)*
    }
}

/// `status`, and each other method of `StatusResponse` where some variant differs from the
/// trait's default: leaving a method out keeps the expansion, and the user's build, smaller.
fn status_methods(m: &Matcher<'_>, facade: &Facade) -> TokenStream {
    let variants = &m.model.variants;
    let status = facade.status();
    let some = |tokens: TokenStream| quote!(::core::option::Option::Some(#tokens));
    let none = quote!(::core::option::Option::None);
    let mut out = m.method(
        quote!(fn status(&self) -> #status),
        variants.iter().map(|v| match &v.response {
            // Spelled at the derive, where rustc reports no deprecation: the warning, if any,
            // comes once from the model's warnings.
            Response::Own(own) => (m.any(v), own.status.path(&facade.in_derive())),
            Response::Delegated(d) => (
                m.delegated(v, d),
                delegate_call(
                    facade,
                    d,
                    Via::StatusResponse,
                    quote!(status),
                    TokenStream::new(),
                ),
            ),
        }),
    );

    if variants
        .iter()
        .any(|v| v.delegates() || v.own().is_some_and(|o| o.expose_given))
    {
        out.extend(m.method(
            quote!(fn expose_detail(&self) -> bool),
            variants.iter().map(|v| match &v.response {
                Response::Own(own) => {
                    let exposed = own.exposed;
                    (m.any(v), quote!(#exposed))
                }
                Response::Delegated(d) => (
                    m.delegated(v, d),
                    delegate_call(
                        facade,
                        d,
                        Via::StatusResponse,
                        quote!(expose_detail),
                        TokenStream::new(),
                    ),
                ),
            }),
        ));
    }

    // Only a vendor meaning other than the code's first (`esri 499`), or a delegating arm,
    // differs from `status().info()`.
    if variants
        .iter()
        .any(|v| v.delegates() || v.own().is_some_and(|o| o.status.other_meaning.is_some()))
    {
        out.extend(m.method(
            quote!(fn meaning(&self) -> ::core::option::Option<&'static #facade::Info>),
            variants.iter().map(|v| match &v.response {
                Response::Own(own) => {
                    let meaning = own.status.other_meaning_expr(&facade.in_derive());
                    let (ty, status) = (facade.status(), own.status.path(&facade.in_derive()));
                    (
                        m.any(v),
                        meaning.unwrap_or_else(|| quote!(#ty::info(#status))),
                    )
                }
                Response::Delegated(d) => (
                    m.delegated(v, d),
                    delegate_call(
                        facade,
                        d,
                        Via::StatusResponse,
                        quote!(meaning),
                        TokenStream::new(),
                    ),
                ),
            }),
        ));
    }

    if variants
        .iter()
        .any(|v| v.delegates() || v.own().is_some_and(|o| !o.headers.is_empty()))
    {
        let sink = sink();
        out.extend(m.method(
            quote!(fn headers(&self, #sink: &mut dyn #facade::HeaderSink)),
            variants.iter().map(|v| match &v.response {
                Response::Own(own) if !own.headers.is_empty() => {
                    let calls = own.headers.iter().map(|h| {
                        let name = h.name;
                        let value = match &h.value {
                            HeaderValue::Const(value) => quote!(&#value),
                            HeaderValue::Field(field) => {
                                // The coercion is spelled on the field's type, so that "`T`
                                // doesn't implement `Display`" points there.
                                let (ty, binding) = (field.ty(), field_binding(field.index));
                                let span = ty.span();
                                let at = facade.at(span);
                                quote_spanned!(span=> #at::__private::display::<#ty>(#binding))
                            }
                        };
                        quote!(#sink.header(#name, #value);)
                    });
                    (m.own(v, own), quote!({ #(#calls)* }))
                }
                Response::Own(_) => (m.any(v), quote!({})),
                Response::Delegated(d) => (
                    m.delegated(v, d),
                    delegate_call(
                        facade,
                        d,
                        Via::StatusResponse,
                        quote!(headers),
                        quote!(, #sink),
                    ),
                ),
            }),
        ));
    }

    type Pick = for<'a> fn(&'a Own<'a>) -> Option<&'a syn::LitStr>;
    let strings: [(&str, Pick); 2] = [("problem_type", |o| o.problem_type), ("title", |o| o.title)];
    for (name, pick) in strings {
        if !variants
            .iter()
            .any(|v| v.delegates() || v.own().is_some_and(|o| pick(o).is_some()))
        {
            continue;
        }
        let method = Ident::new(name, Span::call_site());
        out.extend(m.method(
            quote!(fn #method(&self) -> ::core::option::Option<&'static str>),
            variants.iter().map(|v| match &v.response {
                Response::Own(own) => (
                    m.any(v),
                    pick(own).map_or_else(|| none.clone(), |lit| some(quote!(#lit))),
                ),
                Response::Delegated(d) => (
                    m.delegated(v, d),
                    delegate_call(
                        facade,
                        d,
                        Via::StatusResponse,
                        quote!(#method),
                        TokenStream::new(),
                    ),
                ),
            }),
        ));
    }
    out
}

/// The methods of the `Problem` impl: `instance` and `members`, each only when some variant has
/// one.
fn problem_methods(m: &Matcher<'_>, facade: &Facade) -> TokenStream {
    let variants = &m.model.variants;
    let mut out = TokenStream::new();
    if variants
        .iter()
        .any(|v| v.delegates() || v.own().is_some_and(|o| o.instance.is_some()))
    {
        out.extend(m.method(
            quote!(fn instance(&self) -> ::core::option::Option<&dyn ::core::fmt::Display>),
            variants.iter().map(|v| match &v.response {
                Response::Own(own) => match own.instance {
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
                Response::Delegated(d) => (
                    m.delegated(v, d),
                    delegate_call(
                        facade,
                        d,
                        Via::Problem,
                        quote!(instance),
                        TokenStream::new(),
                    ),
                ),
            }),
        ));
    }
    if variants
        .iter()
        .any(|v| v.delegates() || v.own().is_some_and(|o| !o.members.is_empty()))
    {
        let map = map();
        let ser = quote!(#facade::__private::serde::ser::SerializeMap);
        let arms = variants.iter().map(|v| match &v.response {
            Response::Own(own) if !own.members.is_empty() => {
                let entries = own.members.iter().map(|member| {
                    let (name, binding) = (&member.name, field_binding(member.field.index));
                    quote!(#ser::serialize_entry(#map, #name, #binding)?;)
                });
                (
                    m.own(v, own),
                    quote!({ #(#entries)* ::core::result::Result::Ok(()) }),
                )
            }
            Response::Own(_) => (m.any(v), quote!(::core::result::Result::Ok(()))),
            Response::Delegated(d) => (
                m.delegated(v, d),
                delegate_call(facade, d, Via::Problem, quote!(members), quote!(, #map)),
            ),
        });
        // The map's type parameter: a name no user can give their own generics, since the
        // method declares it and it shadows nothing outside.
        let param = Ident::new("__HttpStatusMap", Span::mixed_site());
        out.extend(m.method(
            quote! {
                fn members<#param: #ser>(
                    &self,
                    #map: &mut #param,
                ) -> ::core::result::Result<(), <#param as #ser>::Error>
            },
            arms,
        ));
    }
    out
}
