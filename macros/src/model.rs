//! What the derive knows of each variant, resolved once from the validated input: its status and
//! registry meaning, its headers with their sources, its problem type, title, instance and
//! members, whether its message is shown, or the field it delegates to. Every printer reads
//! this; none reads the attributes again. Data only: the printers render it.

use syn::{Attribute, Fields, Generics, Ident, LitStr, Type};

use crate::ast::{Input, Shape};
use crate::attr::{Kind, ProblemField, StatusAttr};
use crate::generics::Params;
use crate::spec::Resolved;
use crate::template::{self, Template};
use http_status_core::Lang;

pub(crate) struct Model<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) generics: &'a Generics,
    /// An enum (`Self::Variant` patterns), or a struct (`Self`).
    pub(crate) is_enum: bool,
    pub(crate) variants: Vec<Variant<'a>>,
    /// Each `#[status]` that deserves a warning, once per attribute.
    pub(crate) warnings: Vec<Warning<'a>>,
    /// Each place that goes against RFC 9457's advice, once.
    pub(crate) lints: Vec<Lint<'a>>,
}

/// A warning on the user's token: the facade's `problem_lints::<name>`, whose note says why.
pub(crate) struct Lint<'a> {
    pub(crate) span: proc_macro2::Span,
    pub(crate) name: &'static str,
    /// The user's `#[allow(...)]` that apply there.
    pub(crate) levels: Vec<&'a Attribute>,
}

/// An enum variant, or a struct's body.
pub(crate) struct Variant<'a> {
    /// The variant's name, or the struct's.
    pub(crate) ident: &'a Ident,
    pub(crate) fields: &'a Fields,
    /// The doc comment as text: each paragraph on one line, paragraphs apart.
    pub(crate) docs: String,
    pub(crate) response: Response<'a>,
    /// The user's `#[allow(...)]` on the type and on the variant, for the warnings about it.
    pub(crate) levels: Vec<&'a Attribute>,
    /// The variant's own attributes (the type's, for a struct): what other derives read.
    pub(crate) attrs: &'a [Attribute],
}

pub(crate) enum Response<'a> {
    /// The variant's own status, from its attribute or the enum's default.
    Own(Own<'a>),
    /// `transparent`: the one field makes the whole response.
    Delegated(Delegate<'a>),
}

pub(crate) struct Own<'a> {
    /// The status and the registry meaning it names.
    pub(crate) status: &'a Resolved,
    /// Whether the message and members reach the client.
    pub(crate) exposed: bool,
    /// Whether `expose` was written: only then does `expose_detail` differ from the default.
    pub(crate) expose_given: bool,
    /// Constants first, in the attribute's order, then fields, in field order.
    pub(crate) headers: Vec<Header<'a>>,
    /// As it goes out: resolved against the type's `type_base` when it is relative.
    pub(crate) problem_type: Option<LitStr>,
    pub(crate) title: Option<&'a LitStr>,
    pub(crate) instance: Option<FieldRef<'a>>,
    pub(crate) members: Vec<Member<'a>>,
    /// The title and detail in each language other than English that the attribute gives.
    pub(crate) translations: Vec<Translated<'a>>,
    /// `decode`, when the attribute asks for clients to be able to decode the variant.
    pub(crate) decode: Option<&'a Ident>,
    /// `member("name", value)`: constant members, written before the fields' members.
    pub(crate) constants: &'a [crate::attr::ConstMember],
}

/// What one variant says in one language other than English.
pub(crate) struct Translated<'a> {
    pub(crate) lang: Lang,
    pub(crate) title: Option<&'a LitStr>,
    pub(crate) detail: Option<Template>,
}

pub(crate) struct Header<'a> {
    pub(crate) name: &'a LitStr,
    pub(crate) value: HeaderValue<'a>,
}

pub(crate) enum HeaderValue<'a> {
    Const(&'a LitStr),
    /// `header("Location", "/items/{id}")`: formatted from the fields, checked at run time. The
    /// literal as written is what the OpenAPI printer documents.
    Template(
        #[cfg_attr(not(feature = "utoipa"), allow(dead_code))] &'a LitStr,
        Template,
    ),
    /// The field's `Display`.
    Field(FieldRef<'a>),
}

/// A `#[problem]` field: an extension member of the problem body, or with `flatten`, each of
/// its own (then `name` is empty).
pub(crate) struct Member<'a> {
    pub(crate) name: String,
    pub(crate) field: FieldRef<'a>,
    pub(crate) flatten: bool,
}

pub(crate) struct Delegate<'a> {
    pub(crate) field: FieldRef<'a>,
    /// Whether the field's type names a type parameter, so that the impl must state its bound.
    pub(crate) generic: bool,
    /// Whether it contains the type itself (`Box<Self>`): no bound can be stated for it.
    pub(crate) recursive: bool,
}

/// One field of a variant.
#[derive(Clone, Copy)]
pub(crate) struct FieldRef<'a> {
    pub(crate) index: usize,
    pub(crate) field: &'a syn::Field,
}

impl FieldRef<'_> {
    /// `name` or `0`, for patterns.
    pub(crate) fn member(&self) -> syn::Member {
        self.field
            .ident
            .clone()
            .map_or(syn::Member::from(self.index), syn::Member::Named)
    }

    pub(crate) fn ty(&self) -> &Type {
        &self.field.ty
    }

    /// How a person reads the field's name: `seconds` (not `r#seconds`), or `0`.
    pub(crate) fn name(&self) -> String {
        use syn::ext::IdentExt as _;
        self.field
            .ident
            .as_ref()
            .map_or_else(|| self.index.to_string(), |i| i.unraw().to_string())
    }
}

/// A `#[status]` whose path is deprecated, with the user's lint levels that apply to it.
pub(crate) struct Warning<'a> {
    pub(crate) status: &'a Resolved,
    /// The user's `#[allow(...)]` on the type, and on the variant for a variant's attribute.
    pub(crate) levels: Vec<&'a Attribute>,
}

impl<'a> Model<'a> {
    /// The model of an input that validated without an error.
    pub(crate) fn new(input: &'a Input<'a>) -> Model<'a> {
        let original = input.original;
        let params = Params::new(&original.ident, &original.generics);
        let on_type = lint_levels(&original.attrs);
        let is_enum = matches!(input.shape, Shape::Enum(_));
        let variants = input
            .with_status()
            .into_iter()
            .map(|(variant, attr)| Variant {
                levels: variant_levels(&on_type, is_enum, variant.attrs),
                ident: variant.ident,
                fields: variant.fields,
                docs: docs(variant.attrs),
                attrs: variant.attrs,
                response: response(input, variant, attr, &params),
            })
            .collect();
        Model {
            ident: &original.ident,
            generics: &original.generics,
            is_enum,
            variants,
            warnings: warnings(input),
            lints: lints(input),
        }
    }
}

fn response<'a>(
    input: &Input<'_>,
    variant: &'a crate::ast::Variant<'a>,
    attr: &'a StatusAttr,
    params: &Params<'_>,
) -> Response<'a> {
    let status = match &attr.kind {
        Kind::Status(resolved) => resolved,
        Kind::Transparent(_) => {
            // Validation made sure there is exactly one field.
            let field = FieldRef {
                index: 0,
                field: variant.field_attrs[0].field,
            };
            return Response::Delegated(Delegate {
                field,
                generic: params.is_generic(field.ty()),
                recursive: params.is_recursive(field.ty()),
            });
        }
    };
    let mut headers: Vec<Header<'a>> = attr
        .headers
        .iter()
        .map(|h| Header {
            name: &h.name,
            value: match template::is_template(&h.value.value()) {
                // Validation parsed every template already.
                true => template::parse(&h.value, variant.ident, variant.fields)
                    .map_or(HeaderValue::Const(&h.value), |t| {
                        HeaderValue::Template(&h.value, t)
                    }),
                false => HeaderValue::Const(&h.value),
            },
        })
        .collect();
    let mut instance = None;
    let mut members = Vec::new();
    for (index, attrs) in variant.field_attrs.iter().enumerate() {
        let field = FieldRef {
            index,
            field: attrs.field,
        };
        if let Some(name) = &attrs.header {
            headers.push(Header {
                name,
                value: HeaderValue::Field(field),
            });
        }
        match &attrs.problem {
            Some(ProblemField::Member(name, _)) => members.push(Member {
                name: name.clone(),
                field,
                flatten: false,
            }),
            Some(ProblemField::Flatten(_)) => members.push(Member {
                name: String::new(),
                field,
                flatten: true,
            }),
            Some(ProblemField::Instance(_)) => instance = Some(field),
            None => {}
        }
    }
    let translations = Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::En)
        .filter_map(|lang| {
            let is = |(tag, _): &&(Ident, LitStr)| crate::attr::language(tag) == Some(lang);
            let title = attr.titles.iter().find(is).map(|(_, t)| t);
            // Validation parsed every template already.
            let detail = attr
                .details
                .iter()
                .find(is)
                .and_then(|(_, t)| template::parse(t, variant.ident, variant.fields).ok());
            (title.is_some() || detail.is_some()).then_some(Translated {
                lang,
                title,
                detail,
            })
        })
        .collect();
    Response::Own(Own {
        status,
        exposed: attr.exposes(status.code),
        expose_given: attr.expose.is_some(),
        headers,
        problem_type: attr.problem_type.as_ref().map(|t| input.problem_type(t)),
        title: attr.title.as_ref(),
        instance,
        members,
        translations,
        decode: attr.decode.as_ref(),
        constants: &attr.members,
    })
}

/// Per attribute, not per variant, so that an enum default shared by many variants warns once,
/// and a default no variant uses still warns.
fn warnings<'a>(input: &'a Input<'a>) -> Vec<Warning<'a>> {
    let on_type = lint_levels(&input.original.attrs);
    let own = input.attr.iter().map(|attr| (attr, Vec::new()));
    let per_variant = match &input.shape {
        Shape::Struct(_) => Vec::new(),
        Shape::Enum(variants) => variants
            .iter()
            .filter_map(|v| Some((v.attr.as_ref()?, lint_levels(v.attrs))))
            .collect(),
    };
    own.chain(per_variant)
        .filter_map(|(attr, levels)| match &attr.kind {
            Kind::Status(status) if status.warns => Some(Warning {
                status,
                levels: on_type.iter().copied().chain(levels).collect(),
            }),
            _ => None,
        })
        .collect()
}

/// Where the input goes against RFC 9457's advice: a title on an `about:blank` problem (once per
/// attribute, like [`warnings`]), and member names that are not three or more letters, digits and
/// `_`, starting with a letter.
fn lints<'a>(input: &'a Input<'a>) -> Vec<Lint<'a>> {
    let on_type = lint_levels(&input.original.attrs);
    let variants: Vec<&crate::ast::Variant<'a>> = match &input.shape {
        Shape::Struct(body) => vec![&**body],
        Shape::Enum(variants) => variants.iter().collect(),
    };
    let is_enum = matches!(input.shape, Shape::Enum(_));
    let mut out = Vec::new();
    let own = input.attr.iter().map(|attr| (attr, on_type.clone()));
    let per_variant = variants.iter().filter(|_| is_enum).filter_map(|v| {
        let levels = on_type
            .iter()
            .copied()
            .chain(lint_levels(v.attrs))
            .collect();
        Some((v.attr.as_ref()?, levels))
    });
    for (attr, levels) in own.chain(per_variant) {
        let Kind::Status(status) = &attr.kind else {
            continue;
        };
        let title = attr
            .title
            .iter()
            .chain(attr.titles.iter().map(|(_, t)| t))
            .next();
        if let (Some(title), None, true) = (title, &attr.problem_type, status.code >= 400) {
            out.push(Lint {
                span: title.span(),
                name: "TITLE_ON_ABOUT_BLANK",
                levels: levels.clone(),
            });
        }
        for constant in attr
            .members
            .iter()
            .filter(|m| !advised_member_name(&m.name.value()))
        {
            out.push(Lint {
                span: constant.name.span(),
                name: "MEMBER_NAME",
                levels: levels.clone(),
            });
        }
    }
    for variant in variants {
        let levels = variant_levels(&on_type, is_enum, variant.attrs);
        for field in &variant.field_attrs {
            if let Some(ProblemField::Member(name, span)) = &field.problem {
                if !advised_member_name(name) {
                    out.push(Lint {
                        span: *span,
                        name: "MEMBER_NAME",
                        levels: levels
                            .iter()
                            .copied()
                            .chain(lint_levels(&field.field.attrs))
                            .collect(),
                    });
                }
            }
        }
    }
    out
}

/// The `#[allow(...)]` that apply to a variant: the type's, and for an enum's variant its own
/// (a struct's body has the type's attributes already).
fn variant_levels<'a>(
    on_type: &[&'a Attribute],
    is_enum: bool,
    attrs: &'a [Attribute],
) -> Vec<&'a Attribute> {
    let own = if is_enum {
        lint_levels(attrs)
    } else {
        Vec::new()
    };
    on_type.iter().copied().chain(own).collect()
}

/// RFC 9457, Section 3.2: a letter first, then letters, digits and `_`, three at least.
fn advised_member_name(name: &str) -> bool {
    name.len() >= 3
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The user's `#[allow(...)]` on an item, so that `#[allow(deprecated)]` on the enum or on a
/// variant silences the warning of its `#[status]`, as it would for code written there by hand.
/// Not `#[expect(...)]`: copied onto the derive's own items, an expectation the user wrote for
/// something else would be reported unfulfilled there.
fn lint_levels(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("allow"))
        .collect()
}

/// The doc comment of an item as text: each paragraph on one line, paragraphs apart.
fn docs(attrs: &[Attribute]) -> String {
    use syn::{Expr, Lit, Meta};
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(s) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.trim().to_string())
        .collect();
    lines
        .split(String::is_empty)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| paragraph.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}
