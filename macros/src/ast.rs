//! Typed, borrowed views of the derive input that keep the original nodes for spans.

use syn::{Attribute, Data, DeriveInput, Error, Fields, Ident};

use crate::attr::{self, kw, FieldAttrs, StatusAttr};
use crate::errors::Errors;

pub(crate) struct Input<'a> {
    pub(crate) original: &'a DeriveInput,
    /// `#[status]` on the type: the status of a struct, the default of an enum.
    pub(crate) attr: Option<StatusAttr>,
    /// `#[status(type_base = "...")]` on the type.
    pub(crate) type_base: Option<syn::LitStr>,
    pub(crate) shape: Shape<'a>,
}

pub(crate) enum Shape<'a> {
    /// Boxed: a variant is far larger than a `Vec` of them.
    Struct(Box<Variant<'a>>),
    Enum(Vec<Variant<'a>>),
}

/// An enum variant, or a struct's body (with the struct's name).
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) fields: &'a Fields,
    /// What each field's `#[header]` and `#[problem]` ask for, in field order.
    pub(crate) field_attrs: Vec<FieldAttrs<'a>>,
    pub(crate) attr: Option<StatusAttr>,
    /// The variant's own attributes; for a struct's body, the type's.
    pub(crate) attrs: &'a [Attribute],
}

impl Input<'_> {
    /// A variant's problem type as it goes out: resolved against `type_base` when it is a
    /// relative reference and the type declares a base.
    pub(crate) fn problem_type(&self, written: &syn::LitStr) -> syn::LitStr {
        match &self.type_base {
            Some(base) if !crate::uri::has_scheme(&written.value()) => syn::LitStr::new(
                &crate::uri::resolve(&base.value(), &written.value()),
                written.span(),
            ),
            _ => syn::LitStr::new(&written.value(), written.span()),
        }
    }

    /// Each variant (or the struct's body) with the attribute that gives its status: its own, or
    /// the enum's default. One without either is left out: an error already says so.
    pub(crate) fn with_status(&self) -> Vec<(&Variant<'_>, &StatusAttr)> {
        match &self.shape {
            Shape::Struct(body) => self.attr.iter().map(|attr| (&**body, attr)).collect(),
            Shape::Enum(variants) => variants
                .iter()
                .filter_map(|v| Some((v, v.attr.as_ref().or(self.attr.as_ref())?)))
                .collect(),
        }
    }
}

impl<'a> Input<'a> {
    /// Reads the input; problems go to `errors`. `Err` only when nothing can be derived at all.
    pub(crate) fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> syn::Result<Input<'a>> {
        let shape = match &input.data {
            Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        errors.on_variant(i);
                        misplaced_on_fields(&v.fields, &v.ident, errors);
                        misplaced_on_item(&v.attrs, errors);
                        let attr = attr::find(&v.attrs, false, errors);
                        let transparent = matches!(
                            attr,
                            Some(StatusAttr {
                                kind: attr::Kind::Transparent(_),
                                ..
                            })
                        );
                        Variant {
                            ident: &v.ident,
                            fields: &v.fields,
                            field_attrs: v
                                .fields
                                .iter()
                                .map(|f| attr::field(f, transparent, errors))
                                .collect(),
                            attr,
                            attrs: &v.attrs,
                        }
                    })
                    .collect(),
            ),
            Data::Struct(data) => {
                misplaced_on_fields(&data.fields, &input.ident, errors);
                Shape::Struct(Box::new(Variant {
                    ident: &input.ident,
                    fields: &data.fields,
                    field_attrs: data
                        .fields
                        .iter()
                        .map(|f| attr::field(f, false, errors))
                        .collect(),
                    attr: None,
                    attrs: &input.attrs,
                }))
            }
            Data::Union(data) => {
                return Err(Error::new(
                    data.union_token.span,
                    "`StatusResponse` cannot be derived for a union; use an enum with one variant per error",
                ))
            }
        };
        misplaced_on_item(&input.attrs, errors);
        errors.on_type();
        Ok(Input {
            original: input,
            attr: attr::find(&input.attrs, true, errors),
            type_base: attr::type_base(&input.attrs, errors),
            shape,
        })
    }
}

/// `#[status]` on a field would be silently ignored: the status belongs to the variant (or the
/// struct) that holds the field.
fn misplaced_on_fields(fields: &Fields, owner: &Ident, errors: &mut Errors) {
    for attr in fields
        .iter()
        .flat_map(|f| &f.attrs)
        .filter(|a| a.path().is_ident(kw::STATUS))
    {
        errors.push(Error::new_spanned(
            attr,
            format!("`#[status]` goes on a variant or on the type, not on a field; move it above `{owner}`"),
        ));
    }
}

/// `#[header]` and `#[problem]` take their value from a field, so on a variant or on the type
/// they have nothing to read.
fn misplaced_on_item(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs {
        if attr.path().is_ident(kw::HEADER) {
            errors.push(Error::new_spanned(
                attr,
                "`#[header]` goes on a field, whose `Display` is the value; for a constant header write it in the status: `#[status(429, header(\"Retry-After\", \"120\"))]`",
            ));
        } else if attr.path().is_ident(kw::PROBLEM) {
            errors.push(Error::new_spanned(
                attr,
                "`#[problem]` goes on a field, whose value becomes a member of the problem body: `#[problem] balance: u32`",
            ));
        }
    }
}
