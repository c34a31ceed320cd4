//! Code generation for `#[derive(StatusResponse)]`.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{DeriveInput, Error, Fields, Generics, Lifetime, Member, WherePredicate};

use crate::ast::{Input, Shape, Variant};
use crate::attr::{Errors, Kind, ProblemField, StatusAttr};
use crate::facade;

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let krate = crate::ast::crate_path(input, &mut errors);
    if krate.is_none() && !crate::attr::names_crate(&input.attrs) {
        if let Some(renamed) = facade::renamed_in_manifest() {
            let ident = &input.ident;
            return Error::new_spanned(
                ident,
                format!("`http-status` is a renamed dependency of this crate (`{renamed}` in Cargo.toml), so the derive cannot find it as `::http_status`: add `#[status(crate = \"{renamed}\")]` to `{ident}`"),
            )
            .to_compile_error();
        }
    }
    let _facade = facade::Override::new(krate);
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
    /// The registry entry, when it differs from the status's first meaning or is delegated.
    meaning: Option<TokenStream>,
    /// Whether `expose` differs from the trait's default (`expose` given, or delegated).
    custom_expose: bool,
    /// Whether the pattern binds [`BINDING`].
    binds: bool,
    /// What the arm sends beyond its status.
    extras: Extras,
}

/// An arm's headers, problem type, title, instance and members: for a status, from its
/// attribute and its fields; for `transparent`, delegated to the wrapped value.
enum Extras {
    Own {
        /// The struct pattern that binds the fields used below (`Self::V { seconds: __hs_f0, .. }`).
        binding_pattern: TokenStream,
        /// `(name, value expression)`, constants first, then fields.
        headers: Vec<(String, TokenStream)>,
        problem_type: Option<syn::LitStr>,
        title: Option<syn::LitStr>,
        /// The binding of the `#[problem(instance)]` field.
        instance: Option<TokenStream>,
        /// `(member name, binding)` of the `#[problem]` fields.
        members: Vec<(String, TokenStream)>,
    },
    /// The field's type, spanned on it, to call the inner impls through.
    Delegated(TokenStream, Span),
}

/// The name a transparent arm binds its field to.
const BINDING: &str = "__inner";

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

fn expand(input: &Input<'_>) -> TokenStream {
    let krate = facade::path();
    let generics = &input.original.generics;
    let mut bounds = Bounds::new(generics, quote!(#krate::StatusResponse));
    let mut problem_bounds = ProblemBounds {
        recursive: ["Self".to_string(), input.original.ident.to_string()].into(),
        fields: Vec::new(),
    };
    let arms: Vec<Arm> = input
        .with_status()
        .into_iter()
        .map(|(variant, attr)| {
            let path = match &input.shape {
                Shape::Struct(_) => quote!(Self),
                Shape::Enum(_) => {
                    let ident = variant.ident;
                    quote!(Self::#ident)
                }
            };
            arm(&path, variant, attr, &mut bounds, &mut problem_bounds)
        })
        .collect();
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
    let shadow = arms.iter().any(|a| a.binds).then(shadow);
    let expose_detail = arms.iter().any(|a| a.custom_expose).then(|| {
        quote! {
            fn expose_detail(&self) -> bool {
                #shadow
                match #scrutinee {
                    #(#patterns => #exposes,)*
                }
            }
        }
    });
    // Likewise `meaning`: only a vendor meaning other than the code's first (`esri 499`), or a
    // delegating arm, needs it.
    let meaning = arms.iter().any(|a| a.meaning.is_some()).then(|| {
        let meanings = arms.iter().map(|a| {
            a.meaning.clone().unwrap_or_else(|| {
                let status = &a.status;
                quote!(#krate::Status::info(#status))
            })
        });
        quote! {
            fn meaning(&self) -> ::core::option::Option<&'static #krate::Info> {
                #shadow
                match #scrutinee {
                    #(#patterns => #meanings,)*
                }
            }
        }
    });
    let extras = extra_methods(&arms, &scrutinee, shadow.as_ref());
    let warnings = warnings(input);
    let original = input.original;
    let ident = &original.ident;
    let (_, ty_generics, where_clause) = original.generics.split_for_impl();
    let (impl_generics, inline) = unbounded_params(&original.generics);
    let lifetime = fresh_lifetime(&original.generics);
    let problem_predicates = bounds.merged(unbounded_params(&original.generics).1, where_clause);
    #[cfg(feature = "utoipa")]
    let openapi = crate::openapi::into_responses(
        input,
        bounds.merged(unbounded_params(&original.generics).1, where_clause),
    );
    #[cfg(not(feature = "utoipa"))]
    let openapi = TokenStream::new();
    let predicates = bounds.merge_into(inline, where_clause);
    let problem_fields = problem_bounds
        .fields
        .iter()
        .map(|(ty, span, trait_)| quote_spanned!(*span=> for<#lifetime> #ty: #trait_));
    let problem_methods = problem_methods(&arms, &scrutinee, shadow.as_ref());
    // The user's generics, when any: a generic type's `Error` impl cannot be seen from the
    // framework impls, so its `source()` chain is not logged.
    let sources = if original.generics.type_params().next().is_some() {
        quote!(no_sources)
    } else {
        quote!(sources)
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::StatusResponse for #ident #ty_generics
        where #(#predicates,)*
        {
            fn status(&self) -> #krate::Status {
                #shadow
                match #scrutinee {
                    #(#patterns => #statuses,)*
                }
            }

            #expose_detail

            #meaning

            #extras
        }

        #krate::__if_problem! {
            #[automatically_derived]
            impl #impl_generics #krate::__private::Problem for #ident #ty_generics
            where #(#problem_predicates,)* #(#problem_fields,)*
            {
                #problem_methods
            }
        }

        #krate::__frameworks! {
            [#lifetime] [#sources] [#impl_generics] [#ident #ty_generics] [#(#predicates,)*]
        }

        #openapi

        #(#warnings)*
    }
}

fn arm(
    path: &TokenStream,
    variant: &Variant<'_>,
    attr: &StatusAttr,
    bounds: &mut Bounds,
    problem_bounds: &mut ProblemBounds,
) -> Arm {
    let krate = facade::path();
    match &attr.kind {
        Kind::Status(resolved) => {
            let pattern = match variant.fields {
                Fields::Unit => quote!(#path),
                Fields::Unnamed(_) => quote!(#path(..)),
                Fields::Named(_) => quote!(#path { .. }),
            };
            let expose = attr.exposes(resolved.code);
            let meaning = resolved.other_meaning_expr(&krate);
            Arm {
                pattern,
                // Spelled at the derive, where rustc reports no deprecation: the warning, if
                // any, comes once from `warnings()`.
                status: resolved.path(&facade::path_in_derive()),
                expose: quote!(#expose),
                meaning,
                custom_expose: attr.expose.is_some(),
                binds: false,
                extras: own_extras(path, variant, attr, problem_bounds),
            }
        }
        Kind::Transparent(keyword) => {
            let field = variant.fields.iter().next();
            let member = field.map_or(Member::from(0), |f| {
                f.ident.clone().map_or(Member::from(0), Member::Named)
            });
            let binding = Ident::new(BINDING, Span::mixed_site());
            let pattern = quote!(#path { #member: #binding, .. });
            // A field type that is not generic needs no bound: the call below checks it, and an
            // error points at the type. A bound on it would be evaluated eagerly, which overflows
            // for a recursive `Box<Self>`.
            let span = field.map_or(keyword.span(), |f| f.ty.span());
            let ty = field.map_or_else(
                || quote!(Self),
                |f| {
                    let ty = &f.ty;
                    quote!(#ty)
                },
            );
            if let Some(field) = field {
                bounds.require(&field.ty, keyword.span());
                // Higher-ranked: an inner type without `Problem` (a hand-written
                // `StatusResponse`) leaves this impl out rather than breaking a build that never
                // asked for problem responses. Not for a type that contains this one
                // (`Box<Self>`): that bound would be its own proof, and rustc overflows.
                let ty = &field.ty;
                if !mentions(quote!(#ty), &problem_bounds.recursive) {
                    problem_bounds.push(quote!(#ty), ty.span(), quote!(#krate::__private::Problem));
                }
            }
            // The whole call is spelled on the field's type, so "does not implement
            // `StatusResponse`" points there.
            let at_ty = facade::path_at(span);
            Arm {
                pattern,
                status: quote_spanned!(span=> <#ty as #at_ty::StatusResponse>::status(#binding)),
                expose: quote_spanned!(span=> <#ty as #at_ty::StatusResponse>::expose_detail(#binding)),
                meaning: Some(
                    quote_spanned!(span=> <#ty as #at_ty::StatusResponse>::meaning(#binding)),
                ),
                custom_expose: true,
                binds: true,
                extras: Extras::Delegated(ty, span),
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
    let on_type = lint_levels(&input.original.attrs);
    let own = input.attr.iter().map(|attr| (attr, Vec::new()));
    let per_variant = variants
        .iter()
        .filter_map(|v| Some((v.attr.as_ref()?, lint_levels(v.attrs))));
    own.chain(per_variant)
        .filter_map(|(attr, levels)| match &attr.kind {
            Kind::Status(resolved) if resolved.warns => {
                let at_user = resolved.path(&facade::path_at(resolved.span()));
                Some(quote! {
                    #(#on_type)*
                    #(#levels)*
                    const _: #krate::Status = #at_user;
                })
            }
            _ => None,
        })
        .collect()
}

/// The user's `#[allow(...)]` and `#[expect(...)]` on an item, so that `#[allow(deprecated)]`
/// on the enum or on a variant silences the warning of its `#[status]`, as it would for code
/// written there by hand.
fn lint_levels(attrs: &[syn::Attribute]) -> Vec<&syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("allow") || a.path().is_ident("expect"))
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

/// The bounds (of one trait) that transparent fields of generic type need, each type once.
pub(crate) struct Bounds {
    /// The type parameters of the input: only a type that mentions one needs a bound.
    params: BTreeSet<String>,
    /// The trait: `::http_status::StatusResponse`.
    trait_: TokenStream,
    /// `(type as text, predicate)`, in the order first seen.
    needed: Vec<(String, WherePredicate)>,
}

/// What the `Problem` impl needs: `Problem` of transparent fields, and `Serialize` (members) or
/// `Display` (instance) of the problem fields.
struct ProblemBounds {
    /// `Self` and the type's name: a field type that mentions them is recursive.
    recursive: BTreeSet<String>,
    /// `(field type, span, trait)`: higher-ranked, so that a type without them leaves the impl
    /// out instead of breaking a build that never asked for problem responses.
    fields: Vec<(TokenStream, Span, TokenStream)>,
}

impl ProblemBounds {
    fn push(&mut self, ty: TokenStream, span: Span, needs: TokenStream) {
        let key = (ty.to_string(), needs.to_string());
        if !self
            .fields
            .iter()
            .any(|(t, _, n)| (t.to_string(), n.to_string()) == key)
        {
            self.fields.push((ty, span, needs));
        }
    }
}

impl Bounds {
    pub(crate) fn new(generics: &Generics, trait_: TokenStream) -> Bounds {
        Bounds {
            params: generics
                .type_params()
                .map(|p| p.ident.to_string())
                .collect(),
            trait_,
            needed: Vec::new(),
        }
    }

    /// The predicates [`merge_into`](Self::merge_into) gives, re-read as predicates, for a
    /// second set of bounds to merge into.
    fn merged(
        &self,
        inline: Vec<WherePredicate>,
        where_clause: Option<&syn::WhereClause>,
    ) -> Vec<WherePredicate> {
        let copy = Bounds {
            params: self.params.clone(),
            trait_: self.trait_.clone(),
            needed: self
                .needed
                .iter()
                .map(|(k, p)| (k.clone(), syn::parse_quote!(#p)))
                .collect(),
        };
        copy.merge_into(inline, where_clause)
            .into_iter()
            .map(|p| syn::parse_quote!(#p))
            .collect()
    }

    pub(crate) fn require(&mut self, ty: &syn::Type, span: Span) {
        let tokens = quote!(#ty);
        if !mentions(tokens.clone(), &self.params) {
            return;
        }
        let key = tokens.to_string();
        if self.needed.iter().any(|(k, _)| *k == key) {
            return;
        }
        let trait_ = &self.trait_;
        let predicate = syn::parse_quote_spanned!(span=> #ty: #trait_);
        self.needed.push((key, predicate));
    }

    /// The user's where clause with these bounds added. A bound on a type the user already
    /// bounds joins that predicate (`T: Debug + StatusResponse`), and one the user already wrote
    /// is not repeated, so strict lints (`clippy::type_repetition_in_bounds`,
    /// `trait_duplication_in_bounds`) find nothing to report in the generated impls.
    pub(crate) fn merge_into(
        mut self,
        mut predicates: Vec<WherePredicate>,
        where_clause: Option<&syn::WhereClause>,
    ) -> Vec<TokenStream> {
        // Owned copies, re-read from their tokens: syn is built without `clone-impls`.
        predicates.extend(
            where_clause
                .into_iter()
                .flat_map(|w| w.predicates.iter().map(|p| syn::parse_quote!(#p))),
        );
        let needed = std::mem::take(&mut self.needed);
        for (key, predicate) in needed {
            let WherePredicate::Type(ours) = predicate else {
                continue;
            };
            let same_type = predicates.iter_mut().find_map(|p| match p {
                WherePredicate::Type(t)
                    if t.lifetimes.is_none() && {
                        let ty = &t.bounded_ty;
                        quote!(#ty).to_string() == key
                    } =>
                {
                    Some(t)
                }
                _ => None,
            });
            match same_type {
                Some(theirs) => {
                    // The trait's last segment: the user may name it by a shorter path.
                    let name = self
                        .trait_
                        .clone()
                        .into_iter()
                        .last()
                        .map(|t| t.to_string())
                        .unwrap_or_default();
                    let already = theirs
                        .bounds
                        .iter()
                        .any(|b| quote!(#b).to_string().ends_with(&name));
                    if !already {
                        theirs.bounds.extend(ours.bounds);
                    }
                }
                None => predicates.push(WherePredicate::Type(ours)),
            }
        }
        predicates.iter().map(|p| quote!(#p)).collect()
    }
}

/// Whether `tokens` name one of `params`.
pub(crate) fn mentions(tokens: TokenStream, params: &BTreeSet<String>) -> bool {
    tokens.into_iter().any(|t| match t {
        TokenTree::Ident(ident) => params.contains(&ident.to_string()),
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}

/// A lifetime for the framework impls' higher-ranked bounds that none of the user's generics
/// use: `'__a`, or `'__a_`, `'__a__`, ... when the user took it.
pub(crate) fn fresh_lifetime(generics: &Generics) -> Lifetime {
    let mut name = String::from("'__a");
    while generics.lifetimes().any(|l| l.lifetime.ident == name[1..]) {
        name.push('_');
    }
    Lifetime::new(&name, Span::call_site())
}

/// The impl's generic parameters without their inline bounds (`<'a, T, const N: usize>`), and
/// those bounds as where predicates (`T: Debug`), so that a bound the derive adds for `T` can
/// join the user's in one predicate.
pub(crate) fn unbounded_params(generics: &Generics) -> (TokenStream, Vec<WherePredicate>) {
    if generics.params.is_empty() {
        return (TokenStream::new(), Vec::new());
    }
    let mut params = Vec::new();
    let mut predicates = Vec::new();
    for param in &generics.params {
        let (name, bounds) = match param {
            syn::GenericParam::Lifetime(l) => {
                let (lifetime, bounds) = (&l.lifetime, &l.bounds);
                (
                    quote!(#lifetime),
                    (!bounds.is_empty()).then(|| quote!(#bounds)),
                )
            }
            syn::GenericParam::Type(t) => {
                let (ident, bounds) = (&t.ident, &t.bounds);
                (
                    quote!(#ident),
                    (!bounds.is_empty()).then(|| quote!(#bounds)),
                )
            }
            syn::GenericParam::Const(c) => {
                let (ident, ty) = (&c.ident, &c.ty);
                params.push(quote!(const #ident: #ty));
                continue;
            }
        };
        if let Some(bounds) = bounds {
            predicates.push(syn::parse_quote!(#name: #bounds));
        }
        params.push(name);
    }
    (quote!(<#(#params),*>), predicates)
}

/// The headers, problem type, title, instance and members that `attr` and the fields of
/// `variant` declare, with the pattern that binds those fields.
fn own_extras(
    path: &TokenStream,
    variant: &Variant<'_>,
    attr: &StatusAttr,
    problem_bounds: &mut ProblemBounds,
) -> Extras {
    let krate = facade::path();
    let mut bindings = Vec::new();
    let mut headers: Vec<(String, TokenStream)> = attr
        .headers
        .iter()
        .map(|h| {
            let value = &h.value;
            (h.name.value(), quote!(&#value))
        })
        .collect();
    let mut instance = None;
    let mut members = Vec::new();
    for (i, field) in variant.field_attrs.iter().enumerate() {
        if field.header.is_none() && field.problem.is_none() {
            continue;
        }
        let member = field
            .field
            .ident
            .clone()
            .map_or(Member::from(i), Member::Named);
        let binding = Ident::new(&format!("__http_status_f{i}"), Span::mixed_site());
        bindings.push(quote!(#member: #binding));
        let ty = &field.field.ty;
        let span = ty.span();
        if let Some(name) = &field.header {
            // The coercion is spelled on the field's type, so that "`T` doesn't implement
            // `Display`" points there.
            let at = facade::path_at(span);
            headers.push((
                name.value(),
                quote_spanned!(span=> #at::__private::display::<#ty>(#binding)),
            ));
        }
        let needs = match &field.problem {
            Some(ProblemField::Member(name, _)) => {
                members.push((name.clone(), quote!(#binding)));
                quote!(#krate::__private::serde::Serialize)
            }
            Some(ProblemField::Instance(_)) => {
                instance = Some(quote_spanned!(span=> #binding));
                quote!(::core::fmt::Display)
            }
            None => continue,
        };
        problem_bounds.push(quote!(#ty), span, needs);
    }
    Extras::Own {
        binding_pattern: quote!(#path { #(#bindings,)* .. }),
        headers,
        problem_type: attr.problem_type.as_ref().map(|t| syn::parse_quote!(#t)),
        title: attr.title.as_ref().map(|t| syn::parse_quote!(#t)),
        instance,
        members,
    }
}

/// The name of the `HeaderSink` parameter: unusual, since a user's item of that name would turn
/// the parameter into a pattern.
fn sink() -> Ident {
    Ident::new("__http_status_sink", Span::mixed_site())
}

/// `headers`, `problem_type` and `title`, each only when some arm differs from the default.
fn extra_methods(
    arms: &[Arm],
    scrutinee: &TokenStream,
    shadow: Option<&TokenStream>,
) -> TokenStream {
    let krate = facade::path();
    let delegates = |a: &Arm| matches!(a.extras, Extras::Delegated(..));
    let sink = sink();
    let inner = Ident::new(BINDING, Span::mixed_site());
    let mut out = TokenStream::new();
    let any_headers = arms.iter().any(|a| match &a.extras {
        Extras::Own { headers, .. } => !headers.is_empty(),
        Extras::Delegated(..) => true,
    });
    if any_headers {
        let bodies = arms.iter().map(|a| match &a.extras {
            Extras::Own {
                headers,
                binding_pattern,
                ..
            } if !headers.is_empty() => {
                let (names, values): (Vec<_>, Vec<_>) = headers.iter().cloned().unzip();
                quote!(#binding_pattern => { #(#sink.header(#names, #values);)* })
            }
            Extras::Own { .. } => {
                let pattern = &a.pattern;
                quote!(#pattern => {})
            }
            Extras::Delegated(ty, span) => {
                let (pattern, at) = (&a.pattern, facade::path_at(*span));
                quote_spanned!(*span=> #pattern => <#ty as #at::StatusResponse>::headers(#inner, #sink),)
            }
        });
        out.extend(quote! {
            fn headers(&self, #sink: &mut dyn #krate::HeaderSink) {
                #shadow
                match #scrutinee {
                    #(#bodies)*
                }
            }
        });
    }
    type Pick = fn(&Extras) -> Option<&syn::LitStr>;
    let strings: [(&str, Pick); 2] = [
        ("problem_type", |e| match e {
            Extras::Own { problem_type, .. } => problem_type.as_ref(),
            Extras::Delegated(..) => None,
        }),
        ("title", |e| match e {
            Extras::Own { title, .. } => title.as_ref(),
            Extras::Delegated(..) => None,
        }),
    ];
    for (method, pick) in strings {
        if !arms
            .iter()
            .any(|a| pick(&a.extras).is_some() || delegates(a))
        {
            continue;
        }
        let method = Ident::new(method, Span::call_site());
        let bodies = arms.iter().map(|a| {
            let pattern = &a.pattern;
            match (&a.extras, pick(&a.extras)) {
                (Extras::Delegated(ty, span), _) => {
                    let at = facade::path_at(*span);
                    quote_spanned!(*span=> #pattern => <#ty as #at::StatusResponse>::#method(#inner),)
                }
                (_, Some(value)) => quote!(#pattern => ::core::option::Option::Some(#value),),
                (_, None) => quote!(#pattern => ::core::option::Option::None,),
            }
        });
        out.extend(quote! {
            fn #method(&self) -> ::core::option::Option<&'static str> {
                #shadow
                match #scrutinee {
                    #(#bodies)*
                }
            }
        });
    }
    out
}

/// The methods of the `Problem` impl: `instance` and `members`, each only when some arm has one.
fn problem_methods(
    arms: &[Arm],
    scrutinee: &TokenStream,
    shadow: Option<&TokenStream>,
) -> TokenStream {
    let krate = facade::path();
    let mut out = TokenStream::new();
    let inner = Ident::new(BINDING, Span::mixed_site());
    let problem = quote!(#krate::__private::Problem);
    let any_instance = arms.iter().any(|a| match &a.extras {
        Extras::Own { instance, .. } => instance.is_some(),
        Extras::Delegated(..) => true,
    });
    if any_instance {
        let bodies = arms.iter().map(|a| match &a.extras {
            Extras::Own {
                instance: Some(binding),
                binding_pattern,
                ..
            } => quote!(#binding_pattern => ::core::option::Option::Some(#binding),),
            Extras::Own { .. } => {
                let pattern = &a.pattern;
                quote!(#pattern => ::core::option::Option::None,)
            }
            Extras::Delegated(ty, span) => {
                let pattern = &a.pattern;
                quote_spanned!(*span=> #pattern => <#ty as #problem>::instance(#inner),)
            }
        });
        out.extend(quote! {
            fn instance(&self) -> ::core::option::Option<&dyn ::core::fmt::Display> {
                #shadow
                match #scrutinee {
                    #(#bodies)*
                }
            }
        });
    }
    let any_members = arms.iter().any(|a| match &a.extras {
        Extras::Own { members, .. } => !members.is_empty(),
        Extras::Delegated(..) => true,
    });
    if any_members {
        let map = Ident::new("__http_status_map", Span::mixed_site());
        let ser = quote!(#krate::__private::serde::ser::SerializeMap);
        let bodies = arms.iter().map(|a| match &a.extras {
            Extras::Own {
                members,
                binding_pattern,
                ..
            } if !members.is_empty() => {
                let (names, values): (Vec<_>, Vec<_>) = members.iter().cloned().unzip();
                quote! {
                    #binding_pattern => {
                        #(#ser::serialize_entry(#map, #names, #values)?;)*
                        ::core::result::Result::Ok(())
                    }
                }
            }
            Extras::Own { .. } => {
                let pattern = &a.pattern;
                quote!(#pattern => ::core::result::Result::Ok(()),)
            }
            Extras::Delegated(ty, span) => {
                let pattern = &a.pattern;
                quote_spanned!(*span=> #pattern => <#ty as #problem>::members(#inner, #map),)
            }
        });
        out.extend(quote! {
            fn members<__HttpStatusMap: #ser>(
                &self,
                #map: &mut __HttpStatusMap,
            ) -> ::core::result::Result<(), <__HttpStatusMap as #ser>::Error> {
                #shadow
                match #scrutinee {
                    #(#bodies)*
                }
            }
        });
    }
    out
}
