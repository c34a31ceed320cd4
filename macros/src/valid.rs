//! Rules that span several attributes or variants. Each problem is added to `errors`, so a user
//! sees every mistake at once.

use proc_macro2::Span;
use syn::{Error, Fields, Ident};

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
            // An enum's default has its own error for `detail(...)`, below.
            check_options(attr, matches!(self.shape, Shape::Struct(_)), errors);
        }
        match &self.shape {
            Shape::Struct(body) => match &self.attr {
                // A struct has no variants: its own attribute is its status.
                Some(attr) => {
                    check_templates(body, attr, errors);
                    check_transparent(attr, body.fields, errors);
                    if let Some(missing) = check_fields(body, attr, errors) {
                        report_missing(attr, &missing, errors);
                    }
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
                // A template names a variant's fields: a default shared by variants cannot.
                if let Some((lang, _)) = self.attr.as_ref().and_then(|a| a.details.first()) {
                    errors.push(Error::new_spanned(
                        lang,
                        "a `detail(...)` template names a variant's fields: give it on each variant, not on the enum",
                    ));
                }
                let templated = self
                    .attr
                    .iter()
                    .flat_map(|a| &a.headers)
                    .find(|h| crate::template::is_template(&h.value.value()));
                if let Some(header) = templated {
                    errors.push(Error::new(
                        header.value.span(),
                        "a header value with a placeholder names a variant's fields: give it on each variant, not on the enum (a literal brace is written `{{` or `}}`)",
                    ));
                }
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
                let mut inheriting = Vec::new();
                for (i, variant) in variants.iter().enumerate() {
                    errors.on_variant(i);
                    self.validate_variant(variant, errors, &mut inheriting);
                }
                errors.on_type();
                if let Some(default) = &self.attr {
                    check_default_headers(default, &inheriting, errors);
                }
                check_one_status_per_type(self, variants, errors);
            }
        }
    }

    fn validate_variant<'v>(
        &self,
        variant: &'v Variant<'v>,
        errors: &mut Errors,
        inheriting: &mut Vec<(&'v Ident, Vec<&'static str>)>,
    ) {
        match &variant.attr {
            Some(attr) => {
                check_final(attr, errors);
                check_options(attr, true, errors);
                check_templates(variant, attr, errors);
                check_transparent(attr, variant.fields, errors);
                if let Some(missing) = check_fields(variant, attr, errors) {
                    report_missing(attr, &missing, errors);
                }
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
                    if let Some(missing) = check_fields(variant, default, errors) {
                        if !missing.is_empty() {
                            inheriting.push((variant.ident, missing));
                        }
                    }
                }
            }
        }
    }
}

/// The options of one attribute, checked once however many variants use it: header names and
/// values, no header twice, a problem type that is a URI reference.
/// `detail(...)` templates and header values with placeholders against the fields of the
/// variant whose own attribute gives them.
fn check_templates(variant: &Variant<'_>, attr: &StatusAttr, errors: &mut Errors) {
    if !matches!(attr.kind, Kind::Status(_)) {
        return;
    }
    for (_, template) in &attr.details {
        if let Err(err) = crate::template::parse(template, variant.ident, variant.fields) {
            errors.push(err);
        }
    }
    for header in &attr.headers {
        if !crate::template::is_template(&header.value.value()) {
            continue;
        }
        match crate::template::parse(&header.value, variant.ident, variant.fields) {
            Err(err) => errors.push(err),
            Ok(template) => {
                if let Some(debug) = template.debug {
                    errors.push(Error::new(
                        header.value.span(),
                        format!("`{debug}` would send Rust's debug form (quotes, escapes) in a header: write the field's `Display`, such as `{}`", debug.replace(":?", "")),
                    ));
                }
            }
        }
    }
}

/// `details` when `detail(...)` may be checked here (not on an enum's default, which has an
/// error of its own).
fn check_options(attr: &StatusAttr, details: bool, errors: &mut Errors) {
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
    let mut constants: Vec<String> = Vec::new();
    for constant in &attr.members {
        let name = constant.name.value();
        match member_name_error(&name, constant.name.span(), &constants, true) {
            Some(err) => errors.push(err),
            None => constants.push(name),
        }
    }
    let Kind::Status(resolved) = &attr.kind else {
        return;
    };
    // A MUST header that is there but empty says nothing: RFC 9110 asks a 401 and a 407 for at
    // least one challenge and a 426 for the protocol to upgrade to. (An empty `Allow` is
    // meaningful: the resource allows no method.)
    if let Some(info) = resolved.info() {
        for rule in info
            .headers()
            .iter()
            .filter(|r| r.is_mandatory() && r.name() != "Allow")
        {
            let empty = attr.headers.iter().find(|h| {
                h.name.value().eq_ignore_ascii_case(rule.name())
                    && h.value.value().trim().is_empty()
            });
            if let Some(header) = empty {
                errors.push(Error::new(
                    header.value.span(),
                    format!(
                        "an empty `{}` says nothing, and a {} response must carry one ({}): write its value, such as `header(\"{}\", \"{}\")`",
                        rule.name(),
                        resolved.code,
                        rule.reference(),
                        rule.name(),
                        example_value(rule.name())
                    ),
                ));
            }
        }
    }
    // A 1xx, 2xx or 3xx sends no problem body: a type or title would be neither sent nor
    // documented.
    if resolved.code < 400 && resolved.info().is_some() {
        let given = [
            ("type", attr.problem_type.as_ref()),
            ("title", attr.title.as_ref()),
            ("title", attr.titles.first().map(|(_, t)| t)),
            ("detail", attr.details.first().map(|(_, t)| t)),
            ("member", attr.members.first().map(|m| &m.name)),
        ];
        for (option, value) in given {
            if let Some(value) = value {
                errors.push(Error::new(
                    value.span(),
                    format!(
                        "`{option}` has no effect on a {} response: only a 4xx or 5xx sends a problem body; remove it, or give the variant an error status",
                        resolved.code
                    ),
                ));
            }
        }
    }
    let titles = attr.title.iter().chain(attr.titles.iter().map(|(_, t)| t));
    for title in titles.filter(|t| t.value().trim().is_empty()) {
        errors.push(Error::new(
            title.span(),
            "an empty title says nothing; remove `title` to use the reason phrase",
        ));
    }
    let hidden = details && !attr.exposes(resolved.code);
    if let Some((lang, _)) = attr.details.first().filter(|_| hidden) {
        errors.push(Error::new_spanned(
            lang,
            format!(
                "a {}'s detail is not shown to the client, in any language, unless the variant has `expose`: add `expose`, or remove `detail(...)`",
                resolved.code
            ),
        ));
    }
}

/// The fields of a variant (or struct) against the status it takes: field header names, no
/// header twice, members with free names, one `instance` at most, no problem member where no
/// problem is sent. Returns the MUST headers of the status that nothing sends (`None` for a
/// `transparent` variant, whose inner value decides).
fn check_fields(
    variant: &Variant<'_>,
    attr: &StatusAttr,
    errors: &mut Errors,
) -> Option<Vec<&'static str>> {
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
            return None;
        }
    };
    // A 1xx, 2xx or 3xx sends no problem body: a member or instance would be neither sent nor
    // documented. (Only checked for the variant's own attribute: a default's options are
    // checked once, in `check_options`.)
    let no_problem = resolved.code < 400 && resolved.info().is_some();
    let mut names: Vec<(String, Span)> = attr
        .headers
        .iter()
        .map(|h| (h.name.value(), h.name.span()))
        .collect();
    let mut members: Vec<String> = Vec::new();
    // The attribute's constant members come first, as they are written; their own mistakes are
    // reported once per attribute, in `check_options`.
    for constant in &attr.members {
        let name = constant.name.value();
        if member_name_error(&name, constant.name.span(), &members, true).is_none() {
            members.push(name);
        }
    }
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
            Some(
                ProblemField::Member(_, span)
                | ProblemField::Instance(span)
                | ProblemField::Flatten(span),
            ) if no_problem => {
                errors.push(Error::new(
                    *span,
                    format!(
                        "`#[problem]` has no effect on a {} response: only a 4xx or 5xx sends a problem body; remove it, or give the variant an error status",
                        resolved.code
                    ),
                ));
            }
            Some(ProblemField::Member(name, span)) => {
                if let Some(err) = member_name_error(name, *span, &members, false) {
                    errors.push(err);
                } else {
                    members.push(name.clone());
                }
            }
            Some(ProblemField::Instance(span)) if instance => errors.push(Error::new(
                *span,
                "a problem has one `instance`; remove this one",
            )),
            Some(ProblemField::Instance(_)) => instance = true,
            // Its members' names are its type's: checked at run time, where a reserved or
            // repeated one is left out.
            Some(ProblemField::Flatten(_)) => {}
            None => {}
        }
    }
    Some(missing_mandatory(resolved, &names))
}

/// Why `name` cannot be an extension member beside `taken`: a name RFC 9457 defines, a name
/// given twice, or (for a constant's) no name at all.
fn member_name_error(name: &str, span: Span, taken: &[String], constant: bool) -> Option<Error> {
    let rename = if constant {
        format!("`member(\"{name}_\", ...)`")
    } else {
        format!("`#[problem(rename = \"{name}_\")]`")
    };
    if name.is_empty() {
        return Some(Error::new(
            span,
            "an empty name would send the member as `\"\"`, which no client can ask for by name: write a name, such as `member(\"code\", \"USER_NOT_FOUND\")`",
        ));
    }
    if RESERVED.contains(&name) {
        let instance = if name == "instance" && !constant {
            ", or make this field the instance: `#[problem(instance)]`"
        } else {
            ""
        };
        return Some(Error::new(
            span,
            format!("`{name}` is a member RFC 9457 defines, so it cannot be an extension member; rename it: {rename}{instance}"),
        ));
    }
    if taken.iter().any(|t| t == name) {
        let fix = if constant {
            "rename one"
        } else {
            "rename one: `#[problem(rename = \"...\")]`"
        };
        return Some(Error::new(
            span,
            format!("duplicate problem member `{name}`; {fix}"),
        ));
    }
    None
}

/// The headers the status's specification says MUST be sent (401, 405, 407, 426) that none of
/// `names` is: without them the response breaks the protocol, and clients cannot act on it.
fn missing_mandatory(
    resolved: &crate::spec::Resolved,
    names: &[(String, Span)],
) -> Vec<&'static str> {
    let Some(info) = resolved.info() else {
        return Vec::new();
    };
    info.headers()
        .iter()
        .filter(|r| r.is_mandatory())
        .filter(|r| !names.iter().any(|(n, _)| n.eq_ignore_ascii_case(r.name())))
        .map(|r| r.name())
        .collect()
}

/// A variant (or struct) with its own status that lacks a MUST header: an error on the status.
fn report_missing(attr: &StatusAttr, missing: &[&'static str], errors: &mut Errors) {
    if let Kind::Status(resolved) = &attr.kind {
        for name in missing {
            errors.push(resolved.error(must_carry(resolved, name, "")));
        }
    }
}

/// The variants that take the enum's default and send no MUST header of it: one error on the
/// default, naming them all, however many they are.
fn check_default_headers(
    default: &StatusAttr,
    inheriting: &[(&Ident, Vec<&'static str>)],
    errors: &mut Errors,
) {
    let Kind::Status(resolved) = &default.kind else {
        return;
    };
    let mut names: Vec<&'static str> = Vec::new();
    for (_, missing) in inheriting {
        for name in missing {
            if !names.contains(name) {
                names.push(name);
            }
        }
    }
    for name in names {
        let who: Vec<String> = inheriting
            .iter()
            .filter(|(_, missing)| missing.contains(&name))
            .map(|(ident, _)| format!("`{ident}`"))
            .collect();
        let whose = if who.len() == 1 {
            format!(" (variant {} takes this default)", who[0])
        } else {
            format!(" (variants {} take this default)", who.join(", "))
        };
        errors.push(resolved.error(must_carry(resolved, name, &whose)));
    }
}

/// A problem type names one kind of problem: two variants that give it different statuses are
/// an error on the later one's `type`.
fn check_one_status_per_type(input: &Input<'_>, variants: &[Variant<'_>], errors: &mut Errors) {
    let mut seen: Vec<(String, u16, &Ident)> = Vec::new();
    for (i, variant) in variants.iter().enumerate() {
        errors.on_variant(i);
        let Some(attr) = variant.attr.as_ref().or(input.attr.as_ref()) else {
            continue;
        };
        let (Kind::Status(resolved), Some(uri)) = (&attr.kind, &attr.problem_type) else {
            continue;
        };
        // As it goes out: two spellings of one type, relative and absolute, are one type.
        let text = input.problem_type(uri).value();
        let earlier = seen
            .iter()
            .find(|(t, code, _)| *t == text && *code != resolved.code);
        if let Some((_, code, who)) = earlier {
            errors.push(Error::new(
                uri.span(),
                format!(
                    "`{who}` already gives the problem type {text:?} to a {code}, and `{}` to a {}: a problem type names one kind of problem, with one status; give `{}` a type of its own, or the status {code}",
                    variant.ident, resolved.code, variant.ident
                ),
            ));
        } else {
            seen.push((text, resolved.code, variant.ident));
        }
    }
}

/// "a 405 response must carry an `Allow` header ..."
fn must_carry(resolved: &crate::spec::Resolved, name: &str, whose: &str) -> String {
    let code = resolved.code;
    let reference = resolved
        .info()
        .and_then(|info| info.headers().iter().find(|r| r.name() == name))
        .map_or("", |r| r.reference());
    let example = example_value(name);
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!(
        "a {code} response must carry {article} `{name}` header ({reference}){whose}: write `#[status({code}, header(\"{name}\", \"{example}\"))]` or mark a field `#[header(\"{name}\")]`"
    )
}

/// A value to show in a message about a MUST header.
fn example_value(name: &str) -> &'static str {
    match name {
        "Allow" => "GET, HEAD",
        "WWW-Authenticate" => "Bearer realm=\\\"api\\\"",
        "Proxy-Authenticate" => "Basic realm=\\\"proxy\\\"",
        "Upgrade" => "HTTP/3.0",
        _ => "...",
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
