//! Typed, borrowed views of the derive input that keep the original nodes for spans.

use syn::{Attribute, Data, DeriveInput, Error, Fields, Ident};

use crate::attr::{self, Errors, StatusAttr};

pub(crate) struct Input<'a> {
    pub(crate) original: &'a DeriveInput,
    /// `#[status]` on the type: the status of a struct, the default of an enum.
    pub(crate) attr: Option<StatusAttr>,
    pub(crate) shape: Shape<'a>,
}

pub(crate) enum Shape<'a> {
    Struct(Variant<'a>),
    Enum(Vec<Variant<'a>>),
}

/// An enum variant, or a struct's body (with the struct's name).
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) fields: &'a Fields,
    pub(crate) attr: Option<StatusAttr>,
    /// The variant's own attributes (none for a struct's body: they are the type's).
    pub(crate) attrs: &'a [Attribute],
}

impl<'a> Input<'a> {
    /// Reads the input; problems go to `errors`. `Err` only when nothing can be derived at all.
    pub(crate) fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> syn::Result<Input<'a>> {
        let shape = match &input.data {
            Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|v| {
                        misplaced_on_fields(&v.fields, &v.ident, errors);
                        Variant {
                            ident: &v.ident,
                            fields: &v.fields,
                            attr: attr::find(&v.attrs, errors),
                            attrs: &v.attrs,
                        }
                    })
                    .collect(),
            ),
            Data::Struct(data) => {
                misplaced_on_fields(&data.fields, &input.ident, errors);
                Shape::Struct(Variant {
                    ident: &input.ident,
                    fields: &data.fields,
                    attr: None,
                    attrs: &[],
                })
            }
            Data::Union(data) => {
                return Err(Error::new(
                    data.union_token.span,
                    "`StatusResponse` cannot be derived for a union; use an enum with one variant per error",
                ))
            }
        };
        Ok(Input {
            original: input,
            attr: attr::find(&input.attrs, errors),
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
        .filter(|a| a.path().is_ident("status"))
    {
        errors.push(Error::new_spanned(
            attr,
            format!("`#[status]` goes on a variant or on the type, not on a field; move it above `{owner}`"),
        ));
    }
}
