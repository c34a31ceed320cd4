//! OpenAPI documentation from the same derive (feature `utoipa`, utoipa 6): a derived type
//! implements `utoipa::IntoResponses`, so `#[utoipa::path(responses(ApiError))]` documents every
//! status the type can answer with, its headers and its problem body, from the one declaration
//! that also makes the response.
//!
//! ```
//! use http_status::openapi::ProblemDetails;
//! use http_status::StatusResponse;
//! use utoipa::IntoResponses;
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     /// The user does not exist.
//!     #[error("no user {0}")]
//!     #[status(404)]
//!     NotFound(u32),
//!     #[error("slow down")]
//!     #[status(429)]
//!     RateLimited {
//!         #[header("Retry-After")]
//!         seconds: u32,
//!     },
//! }
//!
//! let responses = ApiError::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "429"]);
//! let json = serde_json::to_value(&responses["429"]).unwrap();
//! assert_eq!(json["description"], "Too Many Requests");
//! assert!(json["headers"]["Retry-After"].is_object());
//! let json = serde_json::to_value(&responses["404"]).unwrap();
//! assert_eq!(json["description"], "The user does not exist.");
//! assert_eq!(
//!     json["content"]["application/problem+json"]["schema"]["allOf"][0]["$ref"],
//!     "#/components/schemas/ProblemDetails"
//! );
//! ```
//!
//! Each response refers to the [`ProblemDetails`] component; register it once on the document,
//! `#[openapi(components(schemas(ProblemDetails)))]`, and nothing else on the error type.
//!
//! What each response documents:
//!
//! - **description**: the doc comments of the variants with that status, or the registry's
//!   reason phrase when none has one;
//! - **content**: `application/problem+json` for a 4xx or 5xx: [`ProblemDetails`] with `status`
//!   fixed to the code, the problem type and title when the variant names them, `detail` unless
//!   the message is hidden (a 5xx without `expose`), and the `#[problem]` members (their types
//!   implement `utoipa::ToSchema`), also only when shown. A 2xx or 3xx documents its
//!   `text/plain` message; 204, 205 and 304 document no content;
//! - **headers**: every header a variant with that status sends, with the registry's rule that
//!   asks for it (`Allow`: MUST, RFC 9110, Section 15.5.6);
//! - a `transparent` variant adds the wrapped type's responses. A wrapped [`Status`] decides at
//!   run time, so it documents nothing, and neither does a recursive `Box<Self>`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use http_status_core::{Info, Status};
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{
    AllOfBuilder, ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{Ref, RefOr, Response};

use crate::problem::{PROBLEM_JSON, TEXT_PLAIN};

/// The RFC 9457 problem document every error response refers to: `type`, `title`, `status` and
/// `instance`. Each response adds its fixed `status`, and its `detail` and extension members
/// when they are shown. Register it once: `#[openapi(components(schemas(ProblemDetails)))]`.
///
/// ```
/// use utoipa::{PartialSchema, ToSchema};
/// use http_status::openapi::ProblemDetails;
///
/// assert_eq!(ProblemDetails::name(), "ProblemDetails");
/// let schema = serde_json::to_value(ProblemDetails::schema()).unwrap();
/// assert_eq!(schema["required"], serde_json::json!(["type", "title", "status"]));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct ProblemDetails;

/// The component's name.
const NAME: &str = "ProblemDetails";

impl utoipa::PartialSchema for ProblemDetails {
    fn schema() -> RefOr<Schema> {
        let uri_reference = || {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .format(Some(SchemaFormat::Custom("uri-reference".to_string())))
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "An RFC 9457 problem document. Each response fixes `status` and documents its own `detail` and extension members.",
            ))
            .property(
                "type",
                uri_reference()
                    .description(Some("A URI reference that names the kind of problem; `about:blank` when the status says it all."))
                    .default(Some("about:blank".into())),
            )
            .required("type")
            .property(
                "title",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("A short summary of the kind of problem: by default, the status's reason phrase.")),
            )
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .description(Some("The HTTP status code of this response."))
                    .minimum(Some(100))
                    .maximum(Some(599)),
            )
            .required("status")
            .property(
                "instance",
                uri_reference().description(Some("A URI reference that names this occurrence.")),
            )
            .into()
    }
}

impl utoipa::ToSchema for ProblemDetails {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(NAME)
    }
}

/// What a derived `IntoResponses::responses` returns. Not public API.
#[doc(hidden)]
pub type ResponsesMap = BTreeMap<String, RefOr<Response>>;

/// What the derive knows of one variant: the input of [`Responses::variant`]. Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub struct Variant {
    /// The variant's name.
    pub name: &'static str,
    /// Its status.
    pub status: Status,
    /// The registry entry it named (a vendor meaning, or the code's first).
    pub meaning: Option<&'static Info>,
    /// Its doc comment, or `""`.
    pub docs: &'static str,
    /// Whether its message and members reach the client.
    pub exposed: bool,
    /// `type = "..."`.
    pub problem_type: Option<&'static str>,
    /// `title = "..."`.
    pub title: Option<&'static str>,
    /// `(name, constant value, field)`: a constant header has its value, one from a field the
    /// field's name.
    pub headers: &'static [(&'static str, Option<&'static str>, &'static str)],
    /// Whether a field is the `instance`.
    pub instance: bool,
}

/// A variant's `#[problem]` members: name and schema.
type Members = Vec<(&'static str, RefOr<Schema>)>;

/// Collects the variants of a derived type into its responses. Not public API.
#[doc(hidden)]
#[derive(Default)]
pub struct Responses {
    by_code: BTreeMap<u16, Vec<(Variant, Members)>>,
    delegated: Vec<BTreeMap<String, RefOr<Response>>>,
}

impl Responses {
    /// No responses yet.
    #[must_use]
    pub fn new() -> Responses {
        Responses::default()
    }

    /// Adds a variant, with the schemas of its `#[problem]` members.
    pub fn variant(
        &mut self,
        variant: Variant,
        members: impl IntoIterator<Item = (&'static str, RefOr<Schema>)>,
    ) {
        self.by_code
            .entry(variant.status.as_u16())
            .or_default()
            .push((variant, members.into_iter().collect()));
    }

    /// Adds a wrapped type's responses.
    pub fn delegate(&mut self, responses: BTreeMap<String, RefOr<Response>>) {
        self.delegated.push(responses);
    }

    /// One response per status; a wrapped type's response for a status the type documents
    /// itself adds its description to ours.
    #[must_use]
    pub fn finish(self) -> BTreeMap<String, RefOr<Response>> {
        let mut out: BTreeMap<String, RefOr<Response>> = self
            .by_code
            .into_iter()
            .map(|(code, variants)| (code.to_string(), RefOr::T(response(&variants))))
            .collect();
        for responses in self.delegated {
            for (code, inner) in responses {
                match (out.get_mut(&code), inner) {
                    (Some(RefOr::T(ours)), RefOr::T(theirs)) => {
                        if !ours.description.contains(&theirs.description) {
                            ours.description =
                                format!("{}\n\n{}", ours.description, theirs.description);
                        }
                        for (name, header) in theirs.headers {
                            ours.headers.entry(name).or_insert(header);
                        }
                    }
                    (Some(_), _) => {}
                    (None, inner) => {
                        out.insert(code, inner);
                    }
                }
            }
        }
        out
    }
}

/// The response for the variants that share one status.
fn response(variants: &[(Variant, Members)]) -> Response {
    let first = &variants[0].0;
    let status = first.status;
    let reason = first
        .meaning
        .map(Info::reason)
        .or_else(|| status.reason())
        .unwrap_or_else(|| status.class().name());
    let documented: Vec<&Variant> = variants
        .iter()
        .map(|(v, _)| v)
        .filter(|v| !v.docs.is_empty())
        .collect();
    let description = match documented.as_slice() {
        [] => reason.to_string(),
        [one] if variants.len() == 1 => one.docs.to_string(),
        several => several
            .iter()
            .map(|v| format!("- {}", v.docs.replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let mut builder = ResponseBuilder::new().description(description);
    for (variant, _) in variants {
        for (name, value, field) in variant.headers {
            let rule = variant
                .meaning
                .into_iter()
                .flat_map(Info::headers)
                .find(|r| r.name().eq_ignore_ascii_case(name));
            let mut text = match (value, field) {
                (Some(_), _) => format!("Sent by `{}`.", variant.name),
                (None, field) => format!("Sent by `{}`, from its field `{field}`.", variant.name),
            };
            if let Some(rule) = rule {
                text.push_str(&format!(
                    " {}: a {} response {} carry it",
                    rule.reference(),
                    status.as_u16(),
                    rule.requirement()
                ));
                if let Some(condition) = rule.condition() {
                    text.push_str(&format!(" ({condition})"));
                }
                text.push('.');
            }
            let mut schema = ObjectBuilder::new().schema_type(Type::String);
            if let Some(value) = value {
                schema = schema.examples([*value]);
            }
            let header = HeaderBuilder::new()
                .schema(Some(schema))
                .description(Some(text))
                .build();
            builder = builder.header(*name, header);
        }
    }
    if !status.allows_content() {
        return builder.build();
    }
    if status.as_u16() < 400 {
        let text = ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("The message."));
        return builder
            .content(TEXT_PLAIN, ContentBuilder::new().schema(Some(text)).build())
            .build();
    }
    let mut schemas: Vec<RefOr<Schema>> = Vec::new();
    for (variant, members) in variants {
        let schema = problem_schema(variant, members, reason);
        if !schemas.contains(&schema) {
            schemas.push(schema);
        }
    }
    let schema: RefOr<Schema> = if schemas.len() == 1 {
        schemas.remove(0)
    } else {
        schemas
            .into_iter()
            .fold(OneOfBuilder::new(), OneOfBuilder::item)
            .into()
    };
    builder
        .content(
            PROBLEM_JSON,
            ContentBuilder::new().schema(Some(schema)).build(),
        )
        .build()
}

/// `ProblemDetails` and what this variant fixes or adds.
fn problem_schema(
    variant: &Variant,
    members: &[(&'static str, RefOr<Schema>)],
    reason: &str,
) -> RefOr<Schema> {
    let code = variant.status.as_u16();
    let mut own = ObjectBuilder::new()
        .schema_type(Type::Object)
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .enum_values(Some([code])),
        )
        .required("status")
        .property(
            "type",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some([variant.problem_type.unwrap_or("about:blank")])),
        )
        .property(
            "title",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some([variant.title.unwrap_or(reason)])),
        );
    if variant.exposed {
        own = own.property(
            "detail",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("The error's message, for this occurrence.")),
        );
        for (name, schema) in members {
            own = own.property(*name, schema.clone()).required(*name);
        }
    }
    if variant.instance {
        own = own.required("instance");
    }
    AllOfBuilder::new()
        .item(Ref::from_schema_name(NAME))
        .item(own)
        .into()
}

/// What the type of a `transparent` variant's field needs for the derive's `IntoResponses`:
/// implemented for every `utoipa::IntoResponses` type, derived ones included. When it is
/// missing, the derived type does not implement `IntoResponses` either, and rustc says that this
/// bound failed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no OpenAPI responses: it does not implement `utoipa::IntoResponses`",
    label = "the `transparent` variant documents what this type answers with",
    note = "derive `StatusResponse` on `{Self}` (with the `utoipa` feature it implements `IntoResponses`), or implement `utoipa::IntoResponses` for it"
)]
pub trait InnerResponses {
    /// The wrapped type's responses.
    fn inner_responses() -> BTreeMap<String, RefOr<Response>>;
}

impl<T: utoipa::IntoResponses> InnerResponses for T {
    fn inner_responses() -> BTreeMap<String, RefOr<Response>> {
        T::responses()
    }
}

/// What a `#[problem]` field's type needs for the derive's `IntoResponses`: implemented for
/// every `utoipa::ToSchema` type. When it is missing, the derived type does not implement
/// `IntoResponses`, and rustc says that this bound failed: derive `utoipa::ToSchema` on the
/// field's type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no OpenAPI schema: a `#[problem]` member's type must implement `utoipa::ToSchema`",
    label = "documented as a member of the problem body",
    note = "derive `utoipa::ToSchema` on `{Self}`"
)]
pub trait MemberSchema {
    /// The member's schema.
    fn member_schema() -> RefOr<Schema>;
}

impl<T: utoipa::ToSchema> MemberSchema for T {
    fn member_schema() -> RefOr<Schema> {
        T::schema()
    }
}
