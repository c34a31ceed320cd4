//! The utoipa 6 backend (feature `utoipa`): `IntoResponses` for derived types, `Only`, the
//! layer's responses, and `ProblemDetails` as a utoipa schema.

use std::borrow::Cow;
use std::collections::BTreeMap;

use http_status_core::Status;
use serde_json::{json, Map, Value};
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{
    AllOfBuilder, AnyOfBuilder, ArrayBuilder, ArrayItems, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{Ref, RefOr, Response};

use crate::problem::PROBLEM_JSON;

use super::layer_responses::sealed::Sealed;
use super::layer_responses::{LayerDocument, LayerResponses};
use super::pipeline::{self, Built};
use super::{ProblemDetails, NAME};

impl utoipa::PartialSchema for ProblemDetails {
    fn schema() -> RefOr<Schema> {
        utoipa_schema(&pipeline::problem_details(), &[])
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
        utoipa_schema(&pipeline::validation(), &[])
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

/// utoipa 6 as a backend of the one OpenAPI printer (`openapi::pipeline`): its schemas are the leaves,
/// and the printer's JSON is made into utoipa's types here.
pub enum Utoipa {}

impl pipeline::Backend for Utoipa {
    type Schema = RefOr<Schema>;
    type Response = RefOr<Response>;
    type Output = BTreeMap<String, RefOr<Response>>;

    fn schema_json(schema: &RefOr<Schema>) -> Value {
        serde_json::to_value(schema).unwrap_or_default()
    }

    fn response_json(
        response: &RefOr<Response>,
        leaf: &mut dyn FnMut(RefOr<Schema>) -> Value,
    ) -> Option<Value> {
        let RefOr::T(response) = response else {
            return None;
        };
        let mut headers = Map::new();
        for (name, header) in &response.headers {
            // A reference to a component header is kept as one: a schema-less description.
            let RefOr::T(header) = header else { continue };
            let mut json = Map::new();
            if let Some(schema) = &header.schema {
                json.insert("schema".into(), leaf(schema.clone()));
            }
            if let Some(description) = &header.description {
                json.insert("description".into(), description.clone().into());
            }
            headers.insert(name.clone(), json.into());
        }
        let mut content = Map::new();
        for (media, body) in &response.content {
            let RefOr::T(body) = body else { continue };
            let mut json = Map::new();
            if let Some(schema) = &body.schema {
                json.insert("schema".into(), leaf(schema.clone()));
            }
            content.insert(media.clone(), json.into());
        }
        Some(json!({
            "description": response.description,
            "headers": headers,
            "content": content,
        }))
    }

    fn output(
        responses: BTreeMap<String, Built<RefOr<Response>>>,
        leaves: &[RefOr<Schema>],
    ) -> BTreeMap<String, RefOr<Response>> {
        responses
            .into_iter()
            .map(|(code, built)| match built {
                Built::Json(json) => (code, RefOr::T(utoipa_response(&json, leaves))),
                Built::Theirs(theirs) => (code, theirs),
            })
            .collect()
    }
}

/// The printer's response object as utoipa's.
fn utoipa_response(json: &Value, leaves: &[RefOr<Schema>]) -> Response {
    let text =
        |value: &Value, key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let mut builder =
        ResponseBuilder::new().description(text(json, "description").unwrap_or_default());
    for (name, header) in json
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let schema = header.get("schema").map(|s| utoipa_schema(s, leaves));
        let header = HeaderBuilder::new()
            .schema(schema)
            .description(text(header, "description"))
            .build();
        builder = builder.header(name, header);
    }
    for (media, body) in json
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let schema = body.get("schema").map(|s| utoipa_schema(s, leaves));
        builder = builder.content(media, ContentBuilder::new().schema(schema).build());
    }
    builder.build()
}

/// The printer's schema as utoipa's: each leaf back as the schema it stands for. The printer
/// writes only what this reads: references, `allOf`, `anyOf`, arrays and typed schemas with
/// their `format`, `description`, `default`, `enum`, `examples`, bounds and properties.
fn utoipa_schema(json: &Value, leaves: &[RefOr<Schema>]) -> RefOr<Schema> {
    let Some(object) = json.as_object() else {
        return RefOr::T(Schema::default());
    };
    if let Some(index) = object.get(pipeline::LEAF).and_then(Value::as_u64) {
        return usize::try_from(index)
            .ok()
            .and_then(|i| leaves.get(i))
            .cloned()
            .unwrap_or_else(|| RefOr::T(Schema::default()));
    }
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        return RefOr::Ref(Ref::new(reference));
    }
    let items = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_array)
            .map(|items| items.iter().map(|s| utoipa_schema(s, leaves)))
    };
    if let Some(items) = items("allOf") {
        return items.fold(AllOfBuilder::new(), AllOfBuilder::item).into();
    }
    if let Some(items) = items("anyOf") {
        return items.fold(AnyOfBuilder::new(), AnyOfBuilder::item).into();
    }
    let text = |key: &str| object.get(key).and_then(Value::as_str);
    let description = text("description");
    if text("type") == Some("array") {
        let items = object
            .get("items")
            .map_or_else(|| RefOr::T(Schema::default()), |s| utoipa_schema(s, leaves));
        return ArrayBuilder::new()
            .items(ArrayItems::RefOrSchema(Box::new(items)))
            .description(description)
            .into();
    }
    let mut builder = ObjectBuilder::new().description(description);
    let ty = match text("type") {
        Some("object") => Some(Type::Object),
        Some("string") => Some(Type::String),
        Some("integer") => Some(Type::Integer),
        Some("number") => Some(Type::Number),
        Some("boolean") => Some(Type::Boolean),
        Some("null") => Some(Type::Null),
        _ => None,
    };
    if let Some(ty) = ty {
        builder = builder.schema_type(ty);
    }
    if let Some(format) = text("format") {
        builder = builder.format(Some(SchemaFormat::Custom(format.to_string())));
    }
    builder = builder.default(object.get("default").cloned());
    if let Some(values) = object.get("enum").and_then(Value::as_array) {
        builder = builder.enum_values(Some(values.iter().cloned()));
    }
    if let Some(examples) = object.get("examples").and_then(Value::as_array) {
        builder = builder.examples(examples.iter().cloned());
    }
    let bound = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_i64)
            .and_then(|n| isize::try_from(n).ok())
    };
    builder = builder.minimum(bound("minimum")).maximum(bound("maximum"));
    for (name, schema) in object
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        builder = builder.property(name, utoipa_schema(schema, leaves));
    }
    for name in object
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str() {
            builder = builder.required(name);
        }
    }
    builder.into()
}

/// The layer's responses for utoipa (feature `utoipa`): see [`LayerResponses`].
impl LayerResponses {
    /// What a negotiating layer adds to a problem response of the document: the other
    /// formats it is sent in, `Content-Language` and `Vary`.
    fn negotiated(&self, response: &mut Response) {
        let Some(json) = response.content.get(PROBLEM_JSON).cloned() else {
            return;
        };
        let (contents, headers) = pipeline::negotiated(self.offer());
        for (media, schema) in contents {
            let content = match schema {
                Some(schema) => RefOr::T(
                    ContentBuilder::new()
                        .schema(Some(utoipa_schema(&schema, &[])))
                        .build(),
                ),
                None => json.clone(),
            };
            response.content.entry(media.to_string()).or_insert(content);
        }
        for (name, header) in headers {
            let text = |key: &str| header.get(key).and_then(Value::as_str).map(str::to_string);
            let header = HeaderBuilder::new()
                .schema(header.get("schema").map(|s| utoipa_schema(s, &[])))
                .description(text("description"))
                .build();
            response
                .headers
                .entry(name.into())
                .or_insert(RefOr::T(header));
        }
    }

    /// The responses, by status code, as utoipa's.
    pub fn responses(&self) -> BTreeMap<String, RefOr<Response>> {
        self.printed()
            .map(|(code, json)| (code.to_string(), RefOr::T(utoipa_response(&json, &[]))))
            .collect()
    }
}

/// The same as [`LayerResponses::add_to`], for utoipa's `#[openapi(modifiers(&LAYER))]`.
impl utoipa::Modify for LayerResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        self.add_to(openapi);
    }
}

impl Sealed for utoipa::openapi::OpenApi {}

impl LayerDocument for utoipa::openapi::OpenApi {
    fn add_layer_responses(&mut self, layer: &LayerResponses) {
        let openapi = self;
        let responses = layer.responses();
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
                        layer.negotiated(response);
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
    use std::collections::BTreeMap;

    use utoipa::openapi::{RefOr, Response, Schema};

    use super::pipeline::{HeaderSchema, Part};

    /// What a derived `IntoResponses::responses` returns.
    pub type ResponsesMap = BTreeMap<String, RefOr<Response>>;

    /// See [`HeaderSchema`]: the type's own schema, when it implements `utoipa::ToSchema`.
    pub trait ViaToSchema {
        /// The type's schema.
        fn header_schema(&self) -> Part<RefOr<Schema>>;
    }

    impl<T: utoipa::ToSchema + ?Sized> ViaToSchema for &&HeaderSchema<T> {
        fn header_schema(&self) -> Part<RefOr<Schema>> {
            Part::Typed(T::schema())
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
        fn member_schema() -> Part<RefOr<Schema>>;
    }

    impl<T: utoipa::ToSchema> MemberSchema for T {
        fn member_schema() -> Part<RefOr<Schema>> {
            Part::Typed(T::schema())
        }
    }
}
