//! The `Decode` printer: which variants a client can read back from a problem response, the
//! errors for a variant that asked to be (`#[status(404, decode)]`) and cannot, the warning for
//! two variants the wire cannot tell apart, and the impl, with its documentation.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Error, Ident, LitStr};

use crate::errors::Errors;
use crate::facade::Facade;
use crate::generics::{InferredBounds, Params};
use crate::model::{FieldRef, HeaderValue, Model, Own, Response, Variant};

/// Where a field comes back from.
enum Source<'a> {
    Member(&'a str),
    Flatten,
    /// The header's name and how many values of that name come before this field's.
    Header(&'a LitStr, usize),
    Instance,
}

/// What one variant is to the decoder.
pub(crate) struct Entry<'a> {
    variant: &'a Variant<'a>,
    /// The status and problem type that identify it, for a variant with its own status.
    key: Option<(u16, String)>,
    plan: Plan<'a>,
}

enum Plan<'a> {
    Decoded(Vec<(FieldRef<'a>, Source<'a>)>),
    Delegated(FieldRef<'a>),
    Not(Reason<'a>),
}

enum Reason<'a> {
    /// A 2xx or 3xx: no problem document.
    NotProblem,
    /// A 5xx without `expose`.
    Hidden,
    /// This field comes back from nowhere.
    NotSent(FieldRef<'a>),
    /// Another variant has the same status and type.
    Same(&'a Ident),
}

impl Reason<'_> {
    /// Why, in the words of the documentation and of [`Mismatch::Undecodable`].
    fn words(&self, code: u16) -> String {
        match self {
            Reason::NotProblem => format!("a {code} response carries no problem document"),
            Reason::Hidden => "a 5xx without `expose` hides its message and members".to_owned(),
            Reason::NotSent(field) => format!(
                "its field `{}` is not sent (neither a member, a header nor the instance)",
                field_name(field)
            ),
            Reason::Same(other) => {
                format!("`{other}` answers the same status with the same problem type")
            }
        }
    }
}

fn field_name(field: &FieldRef<'_>) -> String {
    use syn::ext::IdentExt as _;
    field
        .field
        .ident
        .as_ref()
        .map_or_else(|| field.index.to_string(), |i| i.unraw().to_string())
}

/// Each variant's part in decoding, in declaration order.
pub(crate) fn analyse<'a>(model: &'a Model<'a>) -> Vec<Entry<'a>> {
    let mut entries: Vec<Entry<'a>> = model.variants.iter().map(entry).collect();
    // Two decodable variants with one key: the wire cannot say which, so neither is decoded.
    let decodable: Vec<(usize, (u16, String))> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.plan, Plan::Decoded(_)))
        .filter_map(|(i, e)| Some((i, e.key.clone()?)))
        .collect();
    for (i, key) in &decodable {
        let other = decodable.iter().find(|(j, k)| j != i && k == key);
        if let Some((j, _)) = other {
            entries[*i].plan = Plan::Not(Reason::Same(model.variants[*j].ident));
        }
    }
    entries
}

fn entry<'a>(variant: &'a Variant<'a>) -> Entry<'a> {
    let own = match &variant.response {
        Response::Delegated(d) => {
            return Entry {
                variant,
                key: None,
                plan: Plan::Delegated(d.field),
            }
        }
        Response::Own(own) => own,
    };
    let code = own.status.code;
    let problem_type = own
        .problem_type
        .as_ref()
        .map_or_else(|| "about:blank".to_owned(), LitStr::value);
    let key = (400..=599).contains(&code).then_some((code, problem_type));
    let plan = if key.is_none() {
        Plan::Not(Reason::NotProblem)
    } else if !own.exposed {
        Plan::Not(Reason::Hidden)
    } else {
        let mut fields = Vec::new();
        let mut missing = None;
        for (index, field) in variant.fields.iter().enumerate() {
            match source(own, index) {
                Some(source) => fields.push((FieldRef { index, field }, source)),
                None => {
                    missing = Some(FieldRef { index, field });
                    break;
                }
            }
        }
        match missing {
            Some(field) => Plan::Not(Reason::NotSent(field)),
            None => Plan::Decoded(fields),
        }
    };
    Entry { variant, key, plan }
}

/// Where the field `index` of `own` comes back from, if it does.
fn source<'a>(own: &'a Own<'a>, index: usize) -> Option<Source<'a>> {
    if let Some(member) = own.members.iter().find(|m| m.field.index == index) {
        return Some(match member.flatten {
            true => Source::Flatten,
            false => Source::Member(&member.name),
        });
    }
    if own.instance.is_some_and(|f| f.index == index) {
        return Some(Source::Instance);
    }
    let at = own
        .headers
        .iter()
        .position(|h| matches!(&h.value, HeaderValue::Field(f) if f.index == index))?;
    let name = own.headers[at].name;
    let lower = name.value().to_ascii_lowercase();
    let nth = own.headers[..at]
        .iter()
        .filter(|h| h.name.value().to_ascii_lowercase() == lower)
        .count();
    Some(Source::Header(name, nth))
}

fn own_of<'a>(variant: &'a Variant<'a>) -> Option<&'a Own<'a>> {
    match &variant.response {
        Response::Own(own) => Some(own),
        Response::Delegated(_) => None,
    }
}

/// The errors of the variants that asked for `decode` and cannot be decoded.
pub(crate) fn check(entries: &[Entry<'_>], errors: &mut Errors) {
    for (i, entry) in entries.iter().enumerate() {
        errors.on_variant(i);
        let (Some(own), Plan::Not(reason)) = (own_of(entry.variant), &entry.plan) else {
            continue;
        };
        let Some(asked) = own.decode else { continue };
        let name = entry.variant.ident;
        let code = own.status.code;
        match reason {
            Reason::NotProblem => errors.push(Error::new_spanned(
                asked,
                format!("`{name}` cannot be decoded: a {code} response carries no problem document (only 4xx and 5xx do); remove `decode`"),
            )),
            Reason::Hidden => errors.push(Error::new_spanned(
                asked,
                format!("`{name}` cannot be decoded: a 5xx without `expose` hides its message and members from clients; add `expose` if clients may see them, or remove `decode`"),
            )),
            Reason::NotSent(field) => errors.push(Error::new(
                field.field.span(),
                format!(
                    "`{name}` asks for `decode`, but its field `{}` is not sent, so no client can read it back: mark it `#[problem]` (a member), `#[header(\"...\")]` or `#[problem(instance)]`, or remove `decode`",
                    field_name(field)
                ),
            )),
            Reason::Same(other) => {
                // Once per pair: on the later one when both asked.
                let j = entries.iter().position(|e| e.variant.ident == *other);
                let other_asked = j
                    .and_then(|j| own_of(entries[j].variant))
                    .is_some_and(|o| o.decode.is_some());
                if other_asked && j.is_some_and(|j| j > i) {
                    continue;
                }
                errors.push(own.status.error(same_message(entry, other)));
            }
        }
    }
}

fn same_message(entry: &Entry<'_>, other: &Ident) -> String {
    let (code, problem_type) = entry.key.clone().unwrap_or_default();
    format!(
        "`{}` answers {code} with the problem type `{problem_type}`, as `{other}` does: a client cannot tell them apart, so neither is decoded; give one of them its own `type = \"...\"`",
        entry.variant.ident
    )
}

/// The warnings for two variants the wire cannot tell apart, where neither asked for `decode`:
/// once per pair, on the later one's status. Only with the `decode` feature, where they matter.
fn warnings(entries: &[Entry<'_>], facade: &Facade) -> TokenStream {
    let mut out = TokenStream::new();
    // A default shared by several variants warns once, on the default.
    let mut warned: Vec<&crate::spec::Resolved> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let (Some(own), Plan::Not(Reason::Same(other))) = (own_of(entry.variant), &entry.plan)
        else {
            continue;
        };
        if warned.iter().any(|w| std::ptr::eq(*w, own.status)) {
            continue;
        }
        let j = entries.iter().position(|e| e.variant.ident == *other);
        let earlier = j.is_some_and(|j| j < i);
        let asked = |e: &Entry<'_>| own_of(e.variant).is_some_and(|o| o.decode.is_some());
        if !earlier || asked(entry) || j.is_some_and(|j| asked(&entries[j])) {
            continue;
        }
        warned.push(own.status);
        let span = own.status.span();
        let at = facade.at(span);
        let levels = &entry.variant.levels;
        out.extend(quote_spanned! {span=>
            #(#levels)*
            const _: () = #at::problem_lints::SAME_STATUS_AND_TYPE;
        });
    }
    out
}

/// The `Decode` impl, its documentation, the compile-time checks of the member types of the
/// variants that asked for `decode`, and the warnings.
pub(crate) fn print(model: &Model<'_>, entries: &[Entry<'_>], facade: &Facade) -> TokenStream {
    let params = Params::new(model.ident, model.generics);
    let received = Ident::new("__received", Span::mixed_site());
    let reason = Ident::new("__reason", Span::mixed_site());
    let status = Ident::new("__status", Span::mixed_site());
    let problem_type = Ident::new("__type", Span::mixed_site());
    let support = quote!(#facade::__private::decode);
    let mismatch = quote!(#facade::decode::Mismatch);
    let ok = quote!(::core::result::Result::Ok);

    let mut bounds = InferredBounds::default();
    let mut arms = TokenStream::new();
    let mut checks = TokenStream::new();
    for entry in entries {
        let variant = entry.variant;
        let name = variant.ident.to_string();
        let path = if model.is_enum {
            let ident = variant.ident;
            quote!(Self::#ident)
        } else {
            quote!(Self)
        };
        let cond = entry
            .key
            .as_ref()
            .map(|(code, t)| quote!(#status == #code && #problem_type == #t));
        match (&entry.plan, cond) {
            (Plan::Decoded(fields), Some(cond)) => {
                let asked = own_of(variant).and_then(|o| o.decode).is_some();
                let inits = fields.iter().map(|(field, source)| {
                    let ty = field.ty();
                    let member = field.member();
                    let generic = params.is_generic(ty) && !params.is_recursive(ty);
                    // Members by serde (two levels of autoref), headers and the instance by
                    // `FromStr` or RFC 9110's time forms (three levels).
                    let wire = quote!((&#support::Wire::<#ty>::new()));
                    let parsed = quote!((&&&#support::Wire::<#ty>::new()));
                    let read = match source {
                        Source::Member(n) => quote!(#wire.member(#received, #name, #n)),
                        Source::Flatten => quote!(#wire.flattened(#received, #name)),
                        Source::Header(h, nth) => {
                            quote!(#parsed.header(#received, #name, #h, #nth))
                        }
                        Source::Instance => quote!(#parsed.instance(#received, #name)),
                    };
                    let serde = matches!(source, Source::Member(_) | Source::Flatten);
                    if generic {
                        if serde {
                            bounds.insert(
                                ty,
                                quote!(#facade::__private::serde::Deserialize<'static>),
                            );
                        } else {
                            bounds.insert(ty, quote!(::core::str::FromStr));
                            bounds.insert(
                                quote!(<#ty as ::core::str::FromStr>::Err),
                                quote!(::core::fmt::Display),
                            );
                        }
                    } else if asked && !params.is_recursive(ty) {
                        let span = ty.span();
                        let at = facade.at(span);
                        checks.extend(if serde {
                            quote_spanned!(span=> const _: () = #at::__private::decode::member::<#ty>();)
                        } else {
                            quote_spanned! {span=>
                                const _: fn() = || {
                                    #[allow(unused_imports)]
                                    use #at::__private::decode::{NotParse as _, Parse as _, ParseTime as _};
                                    (&&&#at::__private::decode::Wire::<#ty>::new()).readable();
                                };
                            }
                        });
                    }
                    quote!(#member: #read?)
                });
                arms.extend(quote! {
                    if #cond {
                        return #ok(#path { #(#inits),* });
                    }
                });
            }
            (Plan::Not(why), Some(cond)) => {
                let code = entry.key.as_ref().map_or(0, |(c, _)| *c);
                let error = match why {
                    Reason::Same(other) => {
                        let mut pair = [name.clone(), other.to_string()];
                        let first = model.variants.iter().position(|v| v.ident == *other);
                        let this = model.variants.iter().position(|v| v.ident == variant.ident);
                        if first < this {
                            pair.swap(0, 1);
                        }
                        let [a, b] = pair;
                        quote!(#mismatch::Ambiguous { variants: [#a, #b] })
                    }
                    why => {
                        let words = why.words(code);
                        quote!(#mismatch::Undecodable { variant: #name, reason: #words })
                    }
                };
                arms.extend(quote! {
                    if #cond {
                        #reason = #support::closer(#reason, #error);
                    }
                });
            }
            (Plan::Delegated(field), _) => {
                let ty = field.ty();
                let member = field.member();
                if params.is_generic(ty) && !params.is_recursive(ty) {
                    bounds.insert(ty, quote!(#facade::decode::Decode));
                }
                arms.extend(quote! {
                    match (&#support::Wire::<#ty>::new()).nested(#received) {
                        #ok(value) => return #ok(#path { #member: value }),
                        ::core::result::Result::Err(why) => #reason = #support::closer(#reason, why),
                    }
                });
            }
            // A 2xx or 3xx never comes back as a problem.
            (_, None) => {}
        }
    }

    let ident = model.ident;
    let (impl_generics, ty_generics, _) = model.generics.split_for_impl();
    let predicates = bounds.predicates(model.generics, None);
    let docs = docs(entries);
    let warnings = warnings(entries, facade);
    quote! {
        #facade::__if_decode! {
            #[doc = #docs]
            #[automatically_derived]
            impl #impl_generics #facade::decode::Decode for #ident #ty_generics where #predicates {
                #[allow(unused_mut, unused_variables)]
                fn decode(
                    #received: &#facade::decode::Received<'_>,
                ) -> ::core::result::Result<Self, #mismatch> {
                    #[allow(unused_imports)]
                    use #support::{
                        Nested as _, NotNested as _, NotParse as _, NotSerde as _, Parse as _,
                        ParseTime as _, Serde as _,
                    };
                    let #status: u16 = #received.status.as_u16();
                    let #problem_type: &str = &#received.problem.problem_type;
                    let mut #reason = #mismatch::NoVariant;
                    #arms
                    ::core::result::Result::Err(#reason)
                }
            }

            #checks
            #warnings
        }
    }
}

/// What the impl's documentation says: which variants are decoded, by what, and why the others
/// are not.
fn docs(entries: &[Entry<'_>]) -> String {
    let mut decoded = Vec::new();
    let mut not = Vec::new();
    for entry in entries {
        let name = entry.variant.ident;
        match (&entry.plan, &entry.key) {
            (Plan::Decoded(fields), Some((code, t))) => {
                let from: Vec<String> = fields
                    .iter()
                    .map(|(field, source)| match source {
                        Source::Member(n) => {
                            format!("`{}` from the member `{n}`", field_name(field))
                        }
                        Source::Flatten => format!("`{}` from the members", field_name(field)),
                        Source::Header(h, _) => {
                            format!("`{}` from the header `{}`", field_name(field), h.value())
                        }
                        Source::Instance => format!("`{}` from `instance`", field_name(field)),
                    })
                    .collect();
                let from = match from.is_empty() {
                    true => String::new(),
                    false => format!(", {}", from.join(", ")),
                };
                decoded.push(format!("- `{name}`: {code} with the type `{t}`{from}"));
            }
            (Plan::Delegated(field), _) => decoded.push(format!(
                "- `{name}`: whatever its field's type decodes (`{}`)",
                field_name(field)
            )),
            (Plan::Not(why), key) => {
                let code = key.as_ref().map_or(0, |(c, _)| *c);
                let code = own_of(entry.variant).map_or(code, |o| o.status.code);
                not.push(format!("- `{name}`: {}", why.words(code)));
            }
            (Plan::Decoded(_), None) => {}
        }
    }
    let mut out = String::from(
        "Reads a problem response back into the variant the server sent, by the response's status and the problem's `type`; `detail` is never parsed. Members are read with serde, headers and the instance with `FromStr`: a variant whose field type lacks the trait is not decoded.\n\nDecoded:\n\n",
    );
    out.push_str(&if decoded.is_empty() {
        "- none\n".to_owned()
    } else {
        decoded.join("\n") + "\n"
    });
    if !not.is_empty() {
        out.push_str("\nNot decoded:\n\n");
        out.push_str(&not.join("\n"));
        out.push('\n');
    }
    out
}
