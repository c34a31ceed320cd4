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
//! - **headers**: every header a variant with that status sends, naming each variant that sends
//!   it, with its constant values as examples, the schema of the field it comes from (a `u32`
//!   field is an `integer`), and the registry's rule that asks for it (`Allow`: MUST, RFC 9110,
//!   Section 15.5.6). utoipa 6's header object has no `required` flag, so a header RFC 9110 says
//!   MUST be sent says so in its description;
//! - a `transparent` variant adds the wrapped type's responses ([`InnerResponses`]); where the
//!   wrapped type answers with a status the enum also uses, the response lists both bodies
//!   (`anyOf`), both descriptions and every header. A wrapped [`Status`] decides at run time, so
//!   it documents nothing, and a type that wraps itself (`Box<Self>`) adds nothing to itself.
//!
//! Every title a variant can send is in its schema: two vendor meanings of one code
//! (`#[status(nginx 499)]` and `#[status(esri 499)]` in one enum) are two bodies.
//!
//! A route that answers with only some of the type's statuses documents only those:
//! `responses(Only<ApiError, 404, 409>)`, each status checked at compile time against the
//! type's variants ([`Only`], which also says when one enum per route fits better).

use std::borrow::Cow;
use std::collections::BTreeMap;

use http_status_core::negotiate::{Format, Offer};
use http_status_core::{Info, Lang, Status};
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{
    AllOfBuilder, AnyOfBuilder, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::{Ref, RefOr, Response};

use crate::problem::{default_title, BodyKind, Details, PROBLEM_JSON, TEXT_PLAIN};

use support::{HeaderDoc, Members, Variant};

/// The RFC 9457 problem document every error response refers to: `type`, `title`, `status` and
/// `instance`. Each response adds its fixed `status`, and its `detail` and extension members
/// when they are shown. Register it once: `#[openapi(components(schemas(ProblemDetails)))]`.
///
/// A schema only: the value a client reads such a body into is
/// [`problem::Document`](crate::problem::Document), and with the `decode` feature, the derived
/// error enum itself (`http_status::decode`).
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
                    .description(Some("The HTTP status code of this response: 100 to 599 (RFC 9110, Section 15). A status of 600 or more is never sent."))
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

/// The `errors` member of a validation problem: an array of entries, each a `detail` and a
/// `pointer` (a JSON Pointer in its URI fragment form).
impl utoipa::PartialSchema for crate::problem::Validation {
    fn schema() -> RefOr<Schema> {
        let entry = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property(
                "detail",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("What is wrong, for a person.")),
            )
            .required("detail")
            .property(
                "pointer",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .format(Some(SchemaFormat::Custom("uri-reference".to_string())))
                    .description(Some(
                        "Where, in the request body: an RFC 6901 JSON Pointer in its URI fragment form, such as `#/profile/color`.",
                    )),
            )
            .required("pointer");
        utoipa::openapi::schema::ArrayBuilder::new()
            .items(entry)
            .description(Some(
                "What was wrong with the request, field by field (RFC 9457, Section 3).",
            ))
            .into()
    }
}

impl utoipa::ToSchema for crate::problem::Validation {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Validation")
    }
}

/// The responses of a type that a `transparent` variant wraps: the derive implements it (with
/// the `utoipa` feature) for every derived type, and it is forwarded through `Box`, `&`, `Rc`
/// and `Arc`. A [`Status`] documents nothing: which status it holds is known only at run time.
///
/// A hand-written `utoipa::IntoResponses` type that a derived enum wraps opts in with one
/// method:
///
/// ```
/// use std::collections::BTreeMap;
///
/// use http_status::openapi::InnerResponses;
/// use http_status::{Status, StatusResponse};
/// use utoipa::openapi::{RefOr, Response, ResponseBuilder};
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, thiserror::Error)]
/// #[error("upstream timed out")]
/// struct Upstream;
///
/// impl StatusResponse for Upstream {
///     fn status(&self) -> Status {
///         Status::GATEWAY_TIMEOUT
///     }
/// }
///
/// impl IntoResponses for Upstream {
///     fn responses() -> BTreeMap<String, RefOr<Response>> {
///         let timeout = ResponseBuilder::new().description("The upstream timed out.");
///         [("504".to_string(), RefOr::T(timeout.build()))].into()
///     }
/// }
///
/// impl InnerResponses for Upstream {
///     fn inner_responses() -> BTreeMap<String, RefOr<Response>> {
///         Self::responses()
///     }
/// }
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error(transparent)]
///     #[status(transparent)]
///     Upstream(Box<Upstream>),
/// }
///
/// assert!(ApiError::responses()["504"] == Upstream::responses()["504"]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no OpenAPI responses: it does not implement `InnerResponses`",
    label = "the `transparent` variant documents what this type answers with",
    note = "derive `StatusResponse` on `{Self}` (with the `utoipa` feature it implements `InnerResponses`), or, for a hand-written `utoipa::IntoResponses`, implement `http_status::openapi::InnerResponses` for it with `fn inner_responses() -> ... {{ Self::responses() }}`"
)]
pub trait InnerResponses {
    /// The wrapped type's responses.
    fn inner_responses() -> BTreeMap<String, RefOr<Response>>;
}

impl InnerResponses for Status {
    fn inner_responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::new()
    }
}

macro_rules! forward_inner_responses {
    ($($wrapper:ty),*) => {$(
        impl<T: InnerResponses + ?Sized> InnerResponses for $wrapper {
            fn inner_responses() -> BTreeMap<String, RefOr<Response>> {
                T::inner_responses()
            }
        }
    )*};
}

forward_inner_responses!(&T, Box<T>, std::rc::Rc<T>, std::sync::Arc<T>);

/// The responses of some of an error type's statuses, for one route: `Only<ApiError, 404, 409>`
/// documents what `ApiError` answers with 404 and 409, and nothing else. It goes where the whole
/// type would, in `#[utoipa::path(responses(...))]`.
///
/// ```
/// use http_status::openapi::Only;
/// use http_status::StatusResponse;
/// use utoipa::{IntoResponses, OpenApi};
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     /// The item does not exist.
///     #[error("no item {0}")]
///     #[status(404)]
///     NotFound(u32),
///     /// Someone changed the item first.
///     #[error("the item changed")]
///     #[status(409)]
///     Conflict,
///     #[error("slow down")]
///     #[status(429)]
///     RateLimited {
///         #[header("Retry-After")]
///         seconds: u32,
///     },
/// }
///
/// /// Reading an item can only fail one way.
/// #[utoipa::path(get, path = "/items/{id}", responses((status = 200), Only<ApiError, 404>))]
/// async fn get_item() {}
///
/// /// Writing one can fail two ways.
/// #[utoipa::path(put, path = "/items/{id}", responses((status = 204), Only<ApiError, 404, 409>))]
/// async fn put_item() {}
///
/// #[derive(OpenApi)]
/// #[openapi(paths(get_item, put_item))]
/// struct Doc;
///
/// let doc = serde_json::to_value(Doc::openapi()).unwrap();
/// let get = &doc["paths"]["/items/{id}"]["get"]["responses"];
/// let put = &doc["paths"]["/items/{id}"]["put"]["responses"];
/// assert_eq!(get.as_object().unwrap().keys().collect::<Vec<_>>(), ["200", "404"]);
/// assert_eq!(put.as_object().unwrap().keys().collect::<Vec<_>>(), ["204", "404", "409"]);
/// assert_eq!(put["409"]["description"], "Someone changed the item first.");
/// // The same response as the whole type documents for that status.
/// assert!(Only::<ApiError, 404>::responses()["404"] == ApiError::responses()["404"]);
/// ```
///
/// Each status is checked at compile time: it must be one that a variant of the type declares
/// itself (the type implements [`Answers`] for it). `Only<ApiError, 418>` does not compile:
///
/// ```compile_fail
/// # use http_status::openapi::Only;
/// # use http_status::StatusResponse;
/// # #[derive(Debug, thiserror::Error, StatusResponse)]
/// # enum ApiError {
/// #     #[error("no item")]
/// #     #[status(404)]
/// #     NotFound,
/// # }
/// #[utoipa::path(get, path = "/tea", responses(Only<ApiError, 418>))]
/// async fn tea() {}
/// ```
///
/// Up to eight statuses; `0` stands for none (the unwritten ones are `0`). What a status
/// documents is what the whole type documents for it, bodies of `transparent` variants
/// included. A status that only a `transparent` variant's wrapped type answers with is that
/// type's to document: list it beside, `responses(Only<ApiError, 404>, Only<Upstream, 504>)`.
/// Two entries with one status do not merge in utoipa: the later one replaces the earlier.
///
/// # One enum per route instead
///
/// `Only` fits a service with one error enum shared by every route: each route documents the
/// part it can answer with, and nothing checks that the handler really answers only with those
/// (its `Result<_, ApiError>` allows every variant). When a route's failures are a type of their
/// own, `Result<_, GetItemError>` with `GetItemError` holding only what `get_item` can answer,
/// the compiler checks the handler too, and `responses(GetItemError)` documents exactly it.
/// Errors shared by many routes (`Unauthorized`, `RateLimited`) then live in one type that each
/// route's enum wraps with a `#[status(transparent)]` variant, so each is declared once.
pub struct Only<
    E: ?Sized,
    const A: u16,
    const B: u16 = 0,
    const C: u16 = 0,
    const D: u16 = 0,
    const F: u16 = 0,
    const G: u16 = 0,
    const H: u16 = 0,
    const I: u16 = 0,
>(std::marker::PhantomData<fn() -> Box<E>>);

impl<
        E,
        const A: u16,
        const B: u16,
        const C: u16,
        const D: u16,
        const F: u16,
        const G: u16,
        const H: u16,
        const I: u16,
    > utoipa::IntoResponses for Only<E, A, B, C, D, F, G, H, I>
where
    E: InnerResponses
        + ?Sized
        + Answers<A>
        + Answers<B>
        + Answers<C>
        + Answers<D>
        + Answers<F>
        + Answers<G>
        + Answers<H>
        + Answers<I>,
{
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let listed = [A, B, C, D, F, G, H, I];
        let mut responses = E::inner_responses();
        responses.retain(|key, _| {
            key.parse::<u16>()
                .is_ok_and(|code| code != 0 && listed.contains(&code))
        });
        responses
    }
}

/// `Self` has a variant of its own that answers with status `STATUS`: the derive implements it
/// (with the `utoipa` feature) for each status its variants declare, and [`Only`] asks for it,
/// so that a route's document names only statuses the type can send. `Answers<0>` holds for
/// every type: it is [`Only`]'s "no status".
///
/// ```
/// use http_status::openapi::Answers;
/// use http_status::StatusResponse;
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error("no item")]
///     #[status(404)]
///     NotFound,
/// }
///
/// fn answers_404<E: Answers<404>>() {}
/// answers_404::<ApiError>();
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no variant with status {STATUS}",
    label = "no variant of `{Self}` declares `#[status({STATUS})]`",
    note = "list only statuses the type's own variants declare; a status that a `transparent` variant's wrapped type answers with is documented by that type: `Only<Wrapped, {STATUS}>`"
)]
pub trait Answers<const STATUS: u16> {}

impl<E: ?Sized> Answers<0> for E {}

/// What is known of one header across the variants that send it.
#[derive(Default)]
struct HeaderParts {
    /// `` `Slower` ``, `` `Faster`, from its field `seconds` ``.
    senders: Vec<String>,
    schema: Option<RefOr<Schema>>,
    /// The registry's rule for it, as a sentence.
    rule: Option<String>,
}

/// The response for the variants that share one status.
fn response(variants: &[(Variant, Vec<HeaderDoc>, Members)]) -> Response {
    let status = variants[0].0.status;
    let documented: Vec<&Variant> = variants
        .iter()
        .map(|(v, _, _)| v)
        .filter(|v| !v.docs.is_empty())
        .collect();
    let description = match documented.as_slice() {
        [] => default_title(status, variants[0].0.meaning).to_string(),
        [one] if variants.len() == 1 => one.docs.to_string(),
        several => several
            .iter()
            .map(|v| format!("- {}", v.docs.replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let mut builder = ResponseBuilder::new().description(description);
    // Each header once, whichever variants send it and however they spell its name.
    let mut headers: Vec<(&'static str, HeaderParts)> = Vec::new();
    for (variant, docs, _) in variants {
        for doc in docs {
            let (name, sender, schema) = match doc {
                HeaderDoc::Const(name, value) => (
                    *name,
                    format!("`{}`", variant.name),
                    RefOr::T(Schema::Object(
                        ObjectBuilder::new()
                            .schema_type(Type::String)
                            .examples([*value])
                            .build(),
                    )),
                ),
                HeaderDoc::Field(name, field, schema) => (
                    *name,
                    format!("`{}`, from its field `{field}`", variant.name),
                    header_field_schema(schema.clone()),
                ),
            };
            let index = match headers
                .iter()
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some(i) => i,
                None => {
                    headers.push((name, HeaderParts::default()));
                    headers.len() - 1
                }
            };
            let parts = &mut headers[index].1;
            if !parts.senders.contains(&sender) {
                parts.senders.push(sender);
            }
            parts.schema = union_of(parts.schema.take(), Some(schema));
            if parts.rule.is_none() {
                parts.rule = rule(variant, name);
            }
        }
    }
    for (name, parts) in headers {
        let mut text = format!("Sent by {}.", parts.senders.join(" and by "));
        if let Some(rule) = parts.rule {
            text.push(' ');
            text.push_str(&rule);
        }
        let header = HeaderBuilder::new()
            .schema(parts.schema)
            .description(Some(text))
            .build();
        builder = builder.header(name, header);
    }
    match BodyKind::of(status) {
        BodyKind::Empty => builder.build(),
        BodyKind::Text => {
            let text = ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("The message."));
            builder
                .content(TEXT_PLAIN, ContentBuilder::new().schema(Some(text)).build())
                .build()
        }
        BodyKind::Problem => {
            let schema = variants
                .iter()
                .map(|(variant, _, members)| problem_schema(variant, members))
                .reduce(union);
            builder
                .content(PROBLEM_JSON, ContentBuilder::new().schema(schema).build())
                .build()
        }
    }
}

/// The registry's rule for the header `name` of `variant`'s status, as a sentence.
fn rule(variant: &Variant, name: &str) -> Option<String> {
    let rule = variant
        .meaning
        .into_iter()
        .flat_map(Info::headers)
        .find(|r| r.name().eq_ignore_ascii_case(name))?;
    let mut text = format!(
        "{}: a {} response {} carry it",
        rule.reference(),
        variant.status.as_u16(),
        rule.requirement()
    );
    if let Some(condition) = rule.condition() {
        text.push_str(&format!(" ({condition})"));
    }
    text.push('.');
    Some(text)
}

/// A header field's schema: its type's, when that is a string, a number or a boolean (what a
/// `Display` can be read back as); a string otherwise.
fn header_field_schema(schema: Option<RefOr<Schema>>) -> RefOr<Schema> {
    match schema {
        Some(RefOr::T(Schema::Object(object)))
            if matches!(
                object.schema_type,
                SchemaType::Type(Type::String | Type::Integer | Type::Number | Type::Boolean)
            ) =>
        {
            RefOr::T(Schema::Object(object))
        }
        _ => ObjectBuilder::new().schema_type(Type::String).into(),
    }
}

/// A schema that allows what `a` allows and what `b` allows: `a` itself when they are the same,
/// one schema with both's examples when they differ only in those, else `anyOf` (not `oneOf`:
/// a body may match several alternatives, since an object schema allows more members).
fn union(a: RefOr<Schema>, b: RefOr<Schema>) -> RefOr<Schema> {
    if a == b {
        return a;
    }
    if let (RefOr::T(Schema::Object(x)), RefOr::T(Schema::Object(y))) = (&a, &b) {
        let (mut bare_x, mut bare_y) = (x.clone(), y.clone());
        bare_x.examples.clear();
        bare_y.examples.clear();
        if bare_x == bare_y {
            let mut merged = x.clone();
            for example in &y.examples {
                if !merged.examples.contains(example) {
                    merged.examples.push(example.clone());
                }
            }
            return RefOr::T(Schema::Object(merged));
        }
    }
    let items = |schema: RefOr<Schema>| match schema {
        RefOr::T(Schema::AnyOf(any)) => any.items,
        other => vec![other],
    };
    let mut all: Vec<RefOr<Schema>> = Vec::new();
    for item in items(a).into_iter().chain(items(b)) {
        if !all.contains(&item) {
            all.push(item);
        }
    }
    all.into_iter()
        .fold(AnyOfBuilder::new(), AnyOfBuilder::item)
        .into()
}

/// [`union`] of two schemas either of which may be missing.
fn union_of(a: Option<RefOr<Schema>>, b: Option<RefOr<Schema>>) -> Option<RefOr<Schema>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(union(a, b)),
        (a, b) => a.or(b),
    }
}

/// A wrapped type's response for a status ours has too, merged into ours.
fn merge_response(ours: &mut Response, theirs: Response) {
    if !ours.description.contains(&theirs.description) {
        ours.description = format!("{}\n\n{}", ours.description, theirs.description);
    }
    for (name, header) in theirs.headers {
        let same = ours
            .headers
            .keys()
            .find(|n| n.eq_ignore_ascii_case(&name))
            .cloned();
        match (same.and_then(|n| ours.headers.get_mut(&n)), header) {
            (Some(RefOr::T(mine)), RefOr::T(header)) => merge_header(mine, header),
            (Some(_), _) => {}
            (None, header) => {
                ours.headers.insert(name, header);
            }
        }
    }
    for (media, content) in theirs.content {
        match (ours.content.get_mut(&media), content) {
            (Some(RefOr::T(mine)), RefOr::T(content)) => {
                mine.schema = union_of(mine.schema.take(), content.schema);
            }
            (Some(_), _) => {}
            (None, content) => {
                ours.content.insert(media, content);
            }
        }
    }
}

/// One header sent by our variants and a wrapped type's: both descriptions, both schemas.
fn merge_header(ours: &mut Header, theirs: Header) {
    match (&mut ours.description, theirs.description) {
        (Some(mine), Some(text)) if !mine.contains(&text) => {
            mine.push_str("\n\n");
            mine.push_str(&text);
        }
        (mine @ None, text) => *mine = text,
        _ => {}
    }
    ours.schema = union_of(ours.schema.take(), theirs.schema);
}

/// `ProblemDetails` and what this variant fixes or adds.
fn problem_schema(variant: &Variant, members: &[(&'static str, RefOr<Schema>)]) -> RefOr<Schema> {
    let code = variant.status.as_u16();
    // Every title the variant can send, in every language: its own, or the registry's phrase,
    // which a negotiating layer localizes.
    let mut titles: Vec<&str> = match (variant.title, variant.meaning) {
        (Some(title), _) => vec![title],
        (None, Some(info)) => Lang::ALL.iter().map(|&l| info.reason_in(l)).collect(),
        (None, None) => vec![default_title(variant.status, None)],
    };
    for title in variant.titles {
        if !titles.contains(title) {
            titles.push(title);
        }
    }
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
                .enum_values(Some(titles)),
        );
    if variant.exposed {
        own = own.property(
            "detail",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("The error's message, for this occurrence.")),
        );
        for (name, schema) in members {
            // A flattened field (`#[problem(flatten)]`, named "") adds its own members, below.
            if name.is_empty() {
                continue;
            }
            own = own.property(*name, schema.clone());
            // A member that can be null is left out when it is: it is optional.
            if !nullable(schema) {
                own = own.required(*name);
            }
        }
    }
    if variant.instance {
        own = own.required("instance");
    }
    let mut all = AllOfBuilder::new()
        .item(Ref::from_schema_name(NAME))
        .item(own);
    if variant.exposed {
        for (_, schema) in members.iter().filter(|(name, _)| name.is_empty()) {
            all = all.item(schema.clone());
        }
    }
    all.into()
}

/// Whether a value of `schema` can be `null`: its type includes `null`, or one of its
/// alternatives is, as utoipa writes an `Option<T>`.
fn nullable(schema: &RefOr<Schema>) -> bool {
    match schema {
        RefOr::Ref(_) => false,
        RefOr::T(Schema::Object(object)) => match &object.schema_type {
            SchemaType::Type(Type::Null) => true,
            SchemaType::Array(types) => types.contains(&Type::Null),
            _ => false,
        },
        RefOr::T(Schema::OneOf(one)) => one.items.iter().any(nullable),
        RefOr::T(Schema::AnyOf(any)) => any.items.iter().any(nullable),
        RefOr::T(Schema::AllOf(_)) => false,
        RefOr::T(_) => false,
    }
}

/// What the problem layer ([`crate::layer`]) adds to every route, for an OpenAPI document:
/// the responses a route's framework answers with before or around its handler (a body that
/// does not parse, an unknown route, a wrong method, a body over the limit, a panic), each the
/// problem the layer makes of it, with [`ProblemDetails`] as its schema.
///
/// As a `utoipa::Modify`, it adds each of its statuses to every operation of the document that
/// does not document that status already (an operation's own `404` stays as it is), documents
/// on every problem response of the document (the derive's too) what the layer's negotiation
/// adds (the HTML, text and, with the `xml` feature, XML content; `Content-Language` and
/// `Vary`), and registers the `ProblemDetails` component.
///
/// ```
/// use http_status::openapi::LayerResponses;
/// use http_status::Status;
/// use utoipa::OpenApi;
///
/// #[utoipa::path(get, path = "/users/{id}", responses((status = 200, description = "The user")))]
/// async fn user() {}
///
/// // utoipa's `modifiers(...)` takes a name.
/// const LAYER: LayerResponses = LayerResponses::DEFAULT;
///
/// #[derive(OpenApi)]
/// #[openapi(paths(user), modifiers(&LAYER))]
/// struct Api;
///
/// let document = serde_json::to_value(Api::openapi()).unwrap();
/// let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
/// assert_eq!(responses["422"]["description"], LayerResponses::description(Status::UNPROCESSABLE_CONTENT));
/// assert!(responses["405"]["headers"]["Allow"].is_object());
/// assert!(document["components"]["schemas"]["ProblemDetails"].is_object());
///
/// // With a `TimeoutLayer` in front, its 408 too.
/// const WITH_TIMEOUT: LayerResponses = LayerResponses::new(&[
///     Status::BAD_REQUEST,
///     Status::NOT_FOUND,
///     Status::METHOD_NOT_ALLOWED,
///     Status::REQUEST_TIMEOUT,
///     Status::CONTENT_TOO_LARGE,
///     Status::UNPROCESSABLE_CONTENT,
///     Status::INTERNAL_SERVER_ERROR,
/// ]);
/// assert!(WITH_TIMEOUT.responses().contains_key("408"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayerResponses {
    statuses: &'static [Status],
    offer: Offer,
}

impl LayerResponses {
    /// What the layer makes of axum's and actix-web's own errors: `400`, `404`, `405`, `413`,
    /// `415`, `422` and `500`.
    pub const DEFAULT: LayerResponses = LayerResponses::new(&[
        Status::BAD_REQUEST,
        Status::NOT_FOUND,
        Status::METHOD_NOT_ALLOWED,
        Status::CONTENT_TOO_LARGE,
        Status::UNSUPPORTED_MEDIA_TYPE,
        Status::UNPROCESSABLE_CONTENT,
        Status::INTERNAL_SERVER_ERROR,
    ]);

    /// The responses for `statuses`: [`LayerResponses::DEFAULT`]'s and another layer's answer
    /// (`408` for a timeout, `503` for a load shedder). A status below 400 is no problem, and is
    /// left out.
    pub const fn new(statuses: &'static [Status]) -> LayerResponses {
        LayerResponses {
            statuses,
            #[cfg(feature = "xml")]
            offer: Offer::ALL.with(Format::Xml),
            #[cfg(not(feature = "xml"))]
            offer: Offer::ALL,
        }
    }

    /// These responses for a layer that offers `offer` (`ProblemLayer::offer`): the formats each
    /// problem response is documented in besides JSON. The layer's default by default.
    ///
    /// ```
    /// use http_status::negotiate::Offer;
    /// use http_status::openapi::LayerResponses;
    /// use utoipa::openapi::{path::OperationBuilder, OpenApiBuilder, PathItem, Paths, HttpMethod};
    /// use utoipa::Modify;
    ///
    /// let paths = Paths::builder()
    ///     .path("/users", PathItem::new(HttpMethod::Get, OperationBuilder::new()))
    ///     .build();
    /// let mut api = OpenApiBuilder::new().paths(paths).build();
    /// LayerResponses::DEFAULT.offering(Offer::JSON).modify(&mut api);
    /// let document = serde_json::to_value(&api).unwrap();
    /// let content = &document["paths"]["/users"]["get"]["responses"]["404"]["content"];
    /// assert!(content["application/problem+json"].is_object());
    /// assert!(content["text/html"].is_null());
    /// ```
    pub const fn offering(self, offer: Offer) -> LayerResponses {
        LayerResponses {
            statuses: self.statuses,
            offer,
        }
    }

    /// What a negotiating layer adds to a problem response of the document: the other
    /// formats it is sent in, `Content-Language` and `Vary`.
    fn negotiated(&self, response: &mut Response) {
        let Some(json) = response.content.get(PROBLEM_JSON).cloned() else {
            return;
        };
        let page = ContentBuilder::new()
            .schema(Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("An HTML page showing the problem, with its JSON embedded as `<script type=\"application/problem+json\">` (RFC 9457, Appendix C).")),
            ))
            .build();
        let text = ContentBuilder::new()
            .schema(Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some(
                        "The status and title, the detail, then one line per member.",
                    )),
            ))
            .build();
        for (format, content) in [
            (Format::Html, RefOr::T(page)),
            (Format::Text, RefOr::T(text)),
            (Format::Xml, json.clone()),
        ] {
            // What the layer writes, not what it was told to offer: XML is JSON without the
            // `xml` feature.
            if self.offer.offers(format) && Details::rendered_as(format) == format {
                // The media type without its `charset`, as documents name it.
                let media = format.media_type().split(';').next().unwrap_or_default();
                response.content.entry(media.to_string()).or_insert(content);
            }
        }
        let string = || Some(ObjectBuilder::new().schema_type(Type::String));
        let language = HeaderBuilder::new()
            .schema(string())
            .description(Some("The languages of the title and the detail: `en`, `fr`, or `fr, en` for a French title over an English detail."))
            .build();
        let vary = HeaderBuilder::new()
            .schema(string())
            .description(Some(
                "`Accept, Accept-Language`: the format and the language are negotiated.",
            ))
            .build();
        response
            .headers
            .entry("Content-Language".into())
            .or_insert(RefOr::T(language));
        response
            .headers
            .entry("Vary".into())
            .or_insert(RefOr::T(vary));
    }

    /// The description of the response for `status`: why a framework answers with it.
    pub fn description(status: Status) -> &'static str {
        match status.as_u16() {
            400 => "The request did not parse: its path, query or body is malformed.",
            404 => "No route matches the path, or a path parameter does not parse.",
            405 => "The route does not answer to this method; `Allow` lists the ones it does.",
            408 => "The request took longer than the server waits.",
            413 => "The request body is larger than the server accepts.",
            415 => "The request body is not of the media type the route reads.",
            422 => "The request body parsed, but not into what the route expects: a field is missing or of the wrong type.",
            500 => "The server failed (a panic, a missing extension); what went wrong is not shown.",
            _ => "The server answered with this status before or around the route's handler.",
        }
    }

    /// The responses, by status code.
    pub fn responses(&self) -> BTreeMap<String, RefOr<Response>> {
        self.statuses
            .iter()
            .filter(|status| status.as_u16() >= 400)
            .map(|&status| {
                let variant = Variant {
                    name: "the problem layer",
                    status,
                    meaning: status.info(),
                    docs: LayerResponses::description(status),
                    exposed: !status.is_server_error(),
                    problem_type: None,
                    title: None,
                    titles: &[],
                    instance: false,
                };
                let mut response = response(&[(variant, Vec::new(), Vec::new())]);
                if status == Status::METHOD_NOT_ALLOWED {
                    let allow = HeaderBuilder::new()
                        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                        .description(Some(
                            "The methods the route answers to. MUST (RFC 9110, Section 15.5.6).",
                        ))
                        .build();
                    response.headers.insert("Allow".into(), RefOr::T(allow));
                }
                (status.as_u16().to_string(), RefOr::T(response))
            })
            .collect()
    }
}

impl Default for LayerResponses {
    fn default() -> LayerResponses {
        LayerResponses::DEFAULT
    }
}

impl utoipa::Modify for LayerResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let responses = self.responses();
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
                &mut item.query,
            ];
            let extra = item.additional_operations.values_mut();
            for operation in operations.into_iter().flatten().chain(extra) {
                for (code, response) in &responses {
                    operation
                        .responses
                        .responses
                        .entry(code.clone())
                        .or_insert_with(|| response.clone());
                }
                for response in operation.responses.responses.values_mut() {
                    if let RefOr::T(response) = response {
                        self.negotiated(response);
                    }
                }
            }
        }
        let components = openapi.components.get_or_insert_with(Default::default);
        components
            .schemas
            .entry(NAME.to_string())
            .or_insert_with(<ProblemDetails as utoipa::PartialSchema>::schema);
    }
}

/// What the derive's `IntoResponses` impls call, reached through `__private` only.
pub(crate) mod support {
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::marker::PhantomData;

    use http_status_core::{Info, Status};
    use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
    use utoipa::openapi::{RefOr, Response};

    use super::{merge_response, response};

    /// What a derived `IntoResponses::responses` returns.
    pub type ResponsesMap = BTreeMap<String, RefOr<Response>>;

    /// What the derive knows of one variant: the input of [`Responses::variant`].
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
        /// `title(fr = "...")`: the titles in the other languages.
        pub titles: &'static [&'static str],
        /// Whether a field is the `instance`.
        pub instance: bool,
    }

    /// One header a variant sends.
    // Built a handful of times, when the document is: the size of a variant does not matter.
    #[allow(clippy::large_enum_variant)]
    pub enum HeaderDoc {
        /// `header("Name", "value")`.
        Const(&'static str, &'static str),
        /// `#[header("Name")]` on a field: its name, and its type's schema when it has one.
        Field(&'static str, &'static str, Option<RefOr<Schema>>),
    }

    /// The schema of a `#[header]` field's type: [`ViaToSchema`] when it implements
    /// `utoipa::ToSchema`, else [`ViaDisplay`] (its `Display` is a string).
    pub struct HeaderSchema<T: ?Sized>(PhantomData<T>);

    impl<T: ?Sized> HeaderSchema<T> {
        /// The probe for `T`.
        #[allow(clippy::new_without_default)]
        #[must_use]
        pub fn new() -> HeaderSchema<T> {
            HeaderSchema(PhantomData)
        }
    }

    /// See [`HeaderSchema`]. Three levels, from the call `(&&&HeaderSchema::<T>::new())`:
    /// [`ViaToSchema`], then [`ViaTime`], then [`ViaDisplay`].
    pub trait ViaToSchema {
        /// The type's schema.
        fn header_schema(&self) -> Option<RefOr<Schema>>;
    }

    impl<T: utoipa::ToSchema + ?Sized> ViaToSchema for &&HeaderSchema<T> {
        fn header_schema(&self) -> Option<RefOr<Schema>> {
            Some(T::schema())
        }
    }

    /// See [`HeaderSchema`]: the types a header sends in RFC 9110's own forms.
    pub trait ViaTime {
        /// Their schema.
        fn header_schema(&self) -> Option<RefOr<Schema>>;
    }

    impl ViaTime for &HeaderSchema<core::time::Duration> {
        fn header_schema(&self) -> Option<RefOr<Schema>> {
            Some(
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(1))
                    .description(Some(
                        "Whole seconds, rounded up (RFC 9110, Section 10.2.3).",
                    ))
                    .into(),
            )
        }
    }

    impl ViaTime for &HeaderSchema<std::time::SystemTime> {
        fn header_schema(&self) -> Option<RefOr<Schema>> {
            Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .format(Some(utoipa::openapi::SchemaFormat::Custom("http-date".into())))
                    .description(Some("An HTTP-date, such as `Tue, 14 Nov 2023 22:13:20 GMT` (RFC 9110, Section 5.6.7)."))
                    .into(),
            )
        }
    }

    /// See [`HeaderSchema`].
    pub trait ViaDisplay {
        /// None: a string.
        fn header_schema(&self) -> Option<RefOr<Schema>> {
            None
        }
    }

    impl<T: ?Sized> ViaDisplay for HeaderSchema<T> {}

    /// A variant's `#[problem]` members: name and schema.
    pub(crate) type Members = Vec<(&'static str, RefOr<Schema>)>;

    thread_local! {
        /// The types whose responses are being gathered, outermost first: a type met again wraps
        /// itself, and adds nothing to itself.
        static GATHERING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }

    /// Collects the variants of a derived type into its responses.
    pub struct Responses {
        /// The type's name, while it is being gathered.
        name: &'static str,
        by_code: BTreeMap<u16, Vec<(Variant, Vec<HeaderDoc>, Members)>>,
        delegated: Vec<ResponsesMap>,
    }

    impl Responses {
        /// Starts gathering the responses of the type named `name` (its `type_name`); `None` when
        /// they are already being gathered further up, so that a type that wraps itself ends.
        #[must_use]
        pub fn enter(name: &'static str) -> Option<Responses> {
            GATHERING.with(|gathering| {
                let mut gathering = gathering.borrow_mut();
                if gathering.contains(&name) {
                    return None;
                }
                gathering.push(name);
                Some(Responses {
                    name,
                    by_code: BTreeMap::new(),
                    delegated: Vec::new(),
                })
            })
        }

        /// Adds a variant, with its headers and the schemas of its `#[problem]` members.
        pub fn variant(
            &mut self,
            variant: Variant,
            headers: impl IntoIterator<Item = HeaderDoc>,
            members: impl IntoIterator<Item = (&'static str, RefOr<Schema>)>,
        ) {
            self.by_code
                .entry(variant.status.as_u16())
                .or_default()
                .push((
                    variant,
                    headers.into_iter().collect(),
                    members.into_iter().collect(),
                ));
        }

        /// Adds a wrapped type's responses.
        pub fn delegate(&mut self, responses: ResponsesMap) {
            self.delegated.push(responses);
        }

        /// One response per status. A wrapped type's response for a status the type documents
        /// itself is merged into it: descriptions, headers and bodies.
        #[must_use]
        pub fn finish(mut self) -> ResponsesMap {
            let mut out: ResponsesMap = std::mem::take(&mut self.by_code)
                .into_iter()
                .map(|(code, variants)| (code.to_string(), RefOr::T(response(&variants))))
                .collect();
            for responses in std::mem::take(&mut self.delegated) {
                for (code, inner) in responses {
                    match (out.get_mut(&code), inner) {
                        (Some(RefOr::T(ours)), RefOr::T(theirs)) => merge_response(ours, theirs),
                        // A reference to a component: ours stands.
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

    impl Drop for Responses {
        fn drop(&mut self) {
            GATHERING.with(|gathering| {
                let mut gathering = gathering.borrow_mut();
                if let Some(i) = gathering.iter().rposition(|n| *n == self.name) {
                    gathering.remove(i);
                }
            });
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

    /// The schema of a constant member (`member("code", "USER_NOT_FOUND")`): its one value.
    #[must_use]
    pub fn const_member_schema(value: impl Into<serde_json::Value>) -> RefOr<Schema> {
        let value = value.into();
        let schema_type = match &value {
            serde_json::Value::String(_) => Type::String,
            serde_json::Value::Bool(_) => Type::Boolean,
            serde_json::Value::Number(n) if n.is_f64() => Type::Number,
            serde_json::Value::Number(_) => Type::Integer,
            _ => Type::Object,
        };
        ObjectBuilder::new()
            .schema_type(schema_type)
            .enum_values(Some([value]))
            .into()
    }

    impl<T: utoipa::ToSchema> MemberSchema for T {
        fn member_schema() -> RefOr<Schema> {
            T::schema()
        }
    }
}
