//! Rules that span several attributes or variants. Each problem is added to `errors`, so a user
//! sees every mistake at once.

use syn::{Error, Fields};

use crate::ast::{Input, Shape, Variant};
use crate::attr::{Errors, Kind, StatusAttr};

impl Input<'_> {
    pub(crate) fn validate(&self, errors: &mut Errors) {
        if let Some(attr) = &self.attr {
            check_final(attr, errors);
        }
        match &self.shape {
            Shape::Struct(body) => match &self.attr {
                // A struct has no variants: its own attribute is its status.
                Some(attr) => check_transparent(attr, body.fields, errors),
                None => errors.push(Error::new_spanned(
                    body.ident,
                    format!(
                        "`{}` has no status; add one above it, such as `#[status(500)]`",
                        body.ident
                    ),
                )),
            },
            Shape::Enum(variants) => {
                // Only a variant has a field to delegate to; the enum's own attribute is a default.
                if let Some(StatusAttr {
                    kind: Kind::Transparent(ident),
                    ..
                }) = &self.attr
                {
                    errors.push(Error::new_spanned(
                        ident,
                        "`transparent` goes on a variant with one field, not on the enum; an enum-level `#[status]` is the default for variants without their own, such as `#[status(500)]`",
                    ));
                }
                for variant in variants {
                    self.validate_variant(variant, errors);
                }
            }
        }
    }

    fn validate_variant(&self, variant: &Variant<'_>, errors: &mut Errors) {
        match &variant.attr {
            Some(attr) => {
                check_final(attr, errors);
                check_transparent(attr, variant.fields, errors);
            }
            // Every variant needs a status: its own, or the enum's default.
            None if self.attr.is_none() => errors.push(Error::new_spanned(
                variant.ident,
                format!(
                    "variant `{}` has no status; add `#[status(...)]` to it, or a default such as `#[status(500)]` to the enum",
                    variant.ident
                ),
            )),
            None => {}
        }
    }
}

/// A 1xx response is interim: the real response always follows, so it can never be the status
/// an error turns into. And `expose` only changes what a 5xx shows, so below 500 it would be a
/// promise that does nothing.
fn check_final(attr: &StatusAttr, errors: &mut Errors) {
    if let Kind::Status(resolved) = &attr.kind {
        if let Some(expose) = attr.expose.as_ref().filter(|_| resolved.code < 500) {
            errors.push(Error::new_spanned(
                expose,
                format!(
                    "`expose` has no effect on `{}`: only a 5xx hides its message from clients, and a {}xx response always shows it; remove `expose`",
                    resolved.code,
                    resolved.code / 100
                ),
            ));
        }
        if resolved.code < 200 {
            errors.push(resolved.error(format!(
                "`{}` is an interim (1xx) response and can never be the final status of a response; choose a final status from 2xx to 5xx",
                resolved.code
            )));
        }
    }
}

/// `transparent` hands the decision to a field, so there must be exactly one.
fn check_transparent(attr: &StatusAttr, fields: &Fields, errors: &mut Errors) {
    if let Kind::Transparent(ident) = &attr.kind {
        let n = fields.len();
        if n != 1 {
            let found = if n == 0 {
                "none".to_string()
            } else {
                n.to_string()
            };
            errors.push(Error::new_spanned(
                ident,
                format!(
                    "`transparent` delegates to the one field of a variant, but this has {found}; give it a status instead, such as `#[status(500)]`"
                ),
            ));
        }
    }
}
