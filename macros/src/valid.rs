//! Rules that span several attributes or variants. Each problem is added to `errors`, so a user
//! sees every mistake at once.

use proc_macro2::Span;
use syn::{Error, Fields};

use crate::ast::{Input, Shape, Variant};
use crate::attr::{kw, Kind, ProblemField, StatusAttr};
use crate::errors::Errors;
use crate::headers;

/// The members RFC 9457 defines: an extension member may not take their names.
const RESERVED: &[&str] = &["type", "title", "status", "detail", "instance"];

impl Input<'_> {
    pub(crate) fn validate(&self, errors: &mut Errors) {
        if let Some(attr) = &self.attr {
            check_final(attr, errors);
            check_options(attr, errors);
        }
        match &self.shape {
            Shape::Struct(body) => match &self.attr {
                // A struct has no variants: its own attribute is its status.
                Some(attr) => {
                    check_transparent(attr, body.fields, errors);
                    check_fields(body, attr, false, errors);
                }
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
                check_options(attr, errors);
                check_transparent(attr, variant.fields, errors);
                check_fields(variant, attr, false, errors);
            }
            // Every variant needs a status: its own, or the enum's default.
            None if self.attr.is_none() => errors.push(Error::new_spanned(
                variant.ident,
                format!(
                    "variant `{}` has no status; add `#[status(...)]` to it, or a default such as `#[status(500)]` to the enum",
                    variant.ident
                ),
            )),
            None => {
                if let Some(default) = &self.attr {
                    check_fields(variant, default, true, errors);
                }
            }
        }
    }
}

/// The options of one attribute, checked once however many variants use it: header names and
/// values, no header twice, a problem type that is a URI reference.
fn check_options(attr: &StatusAttr, errors: &mut Errors) {
    for (i, header) in attr.headers.iter().enumerate() {
        let checked =
            headers::check_name(&header.name).and_then(|()| headers::check_value(&header.value));
        if let Err(err) = checked {
            errors.push(err);
        } else if attr.headers[..i]
            .iter()
            .any(|h| h.name.value().eq_ignore_ascii_case(&header.name.value()))
        {
            errors.push(Error::new(
                header.name.span(),
                format!(
                    "duplicate header {:?}: write it once, with every value in one: `header(\"Allow\", \"GET, HEAD\")`",
                    header.name.value()
                ),
            ));
        }
    }
    if let Some(uri) = &attr.problem_type {
        if let Err(err) = headers::check_type(uri) {
            errors.push(err);
        }
    }
    if let Some(title) = attr.title.as_ref().filter(|t| t.value().trim().is_empty()) {
        errors.push(Error::new(
            title.span(),
            "an empty title says nothing; remove `title` to use the reason phrase",
        ));
    }
}

/// The fields of a variant (or struct) against the status it takes (`inherited` when that is the
/// enum's default): field header names, no header twice, every MUST header of the status sent,
/// members with free names, one `instance` at most.
fn check_fields(variant: &Variant<'_>, attr: &StatusAttr, inherited: bool, errors: &mut Errors) {
    let resolved = match &attr.kind {
        Kind::Status(resolved) => resolved,
        Kind::Transparent(_) => {
            // The inner value makes the whole response: its headers and members are its own.
            for field in &variant.field_attrs {
                let given = field
                    .field
                    .attrs
                    .iter()
                    .find(|a| a.path().is_ident(kw::HEADER) || a.path().is_ident(kw::PROBLEM));
                if let Some(given) = given {
                    errors.push(Error::new_spanned(
                        given,
                        "a `transparent` variant sends the wrapped value's whole response, headers and problem members included; remove this attribute, or give the variant its own status",
                    ));
                }
            }
            return;
        }
    };
    let mut names: Vec<(String, Span)> = attr
        .headers
        .iter()
        .map(|h| (h.name.value(), h.name.span()))
        .collect();
    let mut members: Vec<String> = Vec::new();
    let mut instance = false;
    for field in &variant.field_attrs {
        if let Some(name) = &field.header {
            if let Err(err) = headers::check_name(name) {
                errors.push(err);
            } else if names
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case(&name.value()))
            {
                errors.push(Error::new(
                    name.span(),
                    format!(
                        "duplicate header {:?}: `{}` already sends it; remove one",
                        name.value(),
                        variant.ident
                    ),
                ));
            } else {
                names.push((name.value(), name.span()));
            }
        }
        match &field.problem {
            Some(ProblemField::Member(name, span)) => {
                if RESERVED.contains(&name.as_str()) {
                    errors.push(Error::new(
                        *span,
                        format!("`{name}` is a member RFC 9457 defines, so it cannot be an extension member; rename it: `#[problem(rename = \"{name}_\")]`{}", if name == "instance" { ", or make this field the instance: `#[problem(instance)]`" } else { "" }),
                    ));
                } else if members.contains(name) {
                    errors.push(Error::new(
                        *span,
                        format!("duplicate problem member `{name}`; rename one: `#[problem(rename = \"...\")]`"),
                    ));
                } else {
                    members.push(name.clone());
                }
            }
            Some(ProblemField::Instance(span)) if instance => errors.push(Error::new(
                *span,
                "a problem has one `instance`; remove this one",
            )),
            Some(ProblemField::Instance(_)) => instance = true,
            None => {}
        }
    }
    check_mandatory(variant, resolved, &names, inherited, errors);
}

/// A status whose specification says MUST for a header (401, 405, 407, 426) without that
/// header is a response that breaks the protocol: clients cannot act on it.
fn check_mandatory(
    variant: &Variant<'_>,
    resolved: &crate::spec::Resolved,
    names: &[(String, Span)],
    inherited: bool,
    errors: &mut Errors,
) {
    let Some(info) = resolved.info() else {
        return;
    };
    for rule in info.headers().iter().filter(|r| r.is_mandatory()) {
        if names
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(rule.name()))
        {
            continue;
        }
        let code = resolved.code;
        let (name, reference) = (rule.name(), rule.reference());
        let example = match name {
            "Allow" => "GET, HEAD",
            "WWW-Authenticate" => "Bearer realm=\\\"api\\\"",
            "Proxy-Authenticate" => "Basic realm=\\\"proxy\\\"",
            "Upgrade" => "HTTP/3.0",
            _ => "...",
        };
        let whose = if inherited {
            format!(" (variant `{}` takes this default)", variant.ident)
        } else {
            String::new()
        };
        let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
            "an"
        } else {
            "a"
        };
        errors.push(resolved.error(format!(
            "a {code} response must carry {article} `{name}` header ({reference}){whose}: write `#[status({code}, header(\"{name}\", \"{example}\"))]` or mark a field `#[header(\"{name}\")]`"
        )));
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
