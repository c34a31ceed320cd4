//! The poem-openapi 5 backend (feature `poem-openapi`): `poem_openapi::ApiResponse` for
//! derived types, their member types' schemas from `poem_openapi::types::Type`, and
//! `ProblemDetails` and `Validation` as poem-openapi schemas.
//!
//! poem-openapi's registry holds `&'static str`s (descriptions, property names, types), which
//! the printer's texts are not: each distinct text is interned, leaked once, and reused on every
//! later call. What is leaked is bounded by the program's own error types.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use poem_openapi::registry::{
    MetaHeader, MetaMediaType, MetaResponse, MetaResponses, MetaSchema, MetaSchemaRef, Registry,
};
use serde_json::{json, Map, Value};

use super::pipeline::{self, Built};
use super::{ProblemDetails, NAME};

/// `text` as a `&'static str`, the same one for the same text.
fn intern(text: &str) -> &'static str {
    static TEXTS: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut texts = TEXTS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(interned) = texts.get(text) {
        return interned;
    }
    let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
    texts.insert(leaked);
    leaked
}

/// The printer's schema as poem-openapi's: each leaf back as the schema it stands for. The
/// printer writes only what this reads (see the utoipa backend's `utoipa_schema`); poem-openapi
/// writes OpenAPI 3.0, whose schemas have one `example`, so a header's several examples are
/// its first.
fn poem_schema(json: &Value, leaves: &[MetaSchemaRef]) -> MetaSchemaRef {
    if let Some(index) = json.get(pipeline::LEAF).and_then(Value::as_u64) {
        return usize::try_from(index)
            .ok()
            .and_then(|i| leaves.get(i))
            .cloned()
            .unwrap_or_else(|| MetaSchemaRef::Inline(Box::new(MetaSchema::ANY)));
    }
    if let Some(reference) = json.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .unwrap_or(reference);
        return MetaSchemaRef::Reference(name.to_string());
    }
    let text = |key: &str| json.get(key).and_then(Value::as_str);
    let list = |key: &str| {
        json.get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
    };
    let mut schema = MetaSchema::ANY;
    if let Some(ty) = text("type") {
        schema.ty = intern(ty);
    }
    schema.format = text("format").map(intern);
    schema.description = text("description").map(intern);
    schema.default = json.get("default").cloned();
    schema.enum_items = list("enum").cloned().collect();
    schema.example = list("examples").next().cloned();
    schema.minimum = json.get("minimum").and_then(Value::as_f64);
    schema.maximum = json.get("maximum").and_then(Value::as_f64);
    schema.required = list("required")
        .filter_map(Value::as_str)
        .map(intern)
        .collect();
    schema.properties = json
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, property)| (intern(name), poem_schema(property, leaves)))
        .collect();
    schema.items = json
        .get("items")
        .map(|items| Box::new(poem_schema(items, leaves)));
    schema.all_of = list("allOf").map(|s| poem_schema(s, leaves)).collect();
    schema.any_of = list("anyOf").map(|s| poem_schema(s, leaves)).collect();
    MetaSchemaRef::Inline(Box::new(schema))
}

/// The printer's response for `code` as poem-openapi's.
fn poem_response(code: &str, json: &Value, leaves: &[MetaSchemaRef]) -> MetaResponse {
    let text =
        |value: &Value, key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let object = |key: &str| {
        json.get(key)
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
    };
    let any = || MetaSchemaRef::Inline(Box::new(MetaSchema::ANY));
    MetaResponse {
        description: intern(&text(json, "description").unwrap_or_default()),
        status: code.parse().ok(),
        status_range: None,
        content: object("content")
            .map(|(media, body)| MetaMediaType {
                content_type: intern(media),
                schema: body
                    .get("schema")
                    .map_or_else(any, |s| poem_schema(s, leaves)),
            })
            .collect(),
        headers: object("headers")
            .map(|(name, header)| MetaHeader {
                name: name.clone(),
                description: text(header, "description"),
                required: false,
                deprecated: false,
                schema: header
                    .get("schema")
                    .map_or_else(any, |s| poem_schema(s, leaves)),
            })
            .collect(),
    }
}

/// Registers the `ProblemDetails` component.
fn register_problem_details(registry: &mut Registry) {
    registry.create_schema::<ProblemDetails, _>(NAME.to_string(), |_| {
        match poem_schema(&pipeline::problem_details(), &[]) {
            MetaSchemaRef::Inline(schema) => *schema,
            MetaSchemaRef::Reference(_) => MetaSchema::ANY,
        }
    });
}

/// The `errors` member of a validation problem (see its utoipa schema), inline: what a
/// `#[problem] errors: Validation` member documents. Only a schema: poem-openapi reads no
/// request into it, and the derive serializes it with `serde`.
impl poem_openapi::types::Type for crate::problem::Validation {
    const IS_REQUIRED: bool = true;

    type RawValueType = Self;

    type RawElementValueType = Self;

    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Validation")
    }

    fn schema_ref() -> MetaSchemaRef {
        poem_schema(&pipeline::validation(), &[])
    }

    fn as_raw_value(&self) -> Option<&Self> {
        Some(self)
    }

    fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
        Box::new(std::iter::once(self))
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The responses of a type that a `transparent` variant wraps, for poem-openapi: the derive
/// implements it (with the `poem-openapi` feature) for every derived type, and it is forwarded
/// through `Box`, `&`, `Rc` and `Arc`. A [`Status`](crate::Status) documents nothing: which
/// status it holds is known only at run time.
///
/// A hand-written `poem_openapi::ApiResponse` type that a derived enum wraps opts in with its
/// own `meta` and `register`:
///
/// ```
/// use http_status::openapi::InnerApiResponse;
/// use http_status::{Status, StatusResponse};
/// use poem_openapi::registry::{MetaResponses, Registry};
/// use poem_openapi::ApiResponse;
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
/// # impl ApiResponse for Upstream {
/// #     fn meta() -> MetaResponses { MetaResponses { responses: Vec::new() } }
/// #     fn register(_: &mut Registry) {}
/// # }
/// impl InnerApiResponse for Upstream {
///     fn inner_meta() -> MetaResponses {
///         Self::meta()
///     }
///
///     fn inner_register(registry: &mut Registry) {
///         Self::register(registry)
///     }
/// }
///
/// #[derive(Debug, thiserror::Error, StatusResponse)]
/// enum ApiError {
///     #[error(transparent)]
///     #[status(transparent)]
///     Upstream(Box<Upstream>),
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no poem-openapi responses: it does not implement `InnerApiResponse`",
    label = "the `transparent` variant documents what this type answers with",
    note = "derive `StatusResponse` on `{Self}` (with the `poem-openapi` feature it implements `InnerApiResponse`), or, for a hand-written `poem_openapi::ApiResponse`, implement `http_status::openapi::InnerApiResponse` for it with its `meta` and `register`"
)]
pub trait InnerApiResponse {
    /// The wrapped type's responses, as `poem_openapi::ApiResponse::meta` gives them.
    fn inner_meta() -> MetaResponses;

    /// Registers the schemas they use, as `poem_openapi::ApiResponse::register` does.
    fn inner_register(registry: &mut Registry);
}

impl InnerApiResponse for crate::Status {
    fn inner_meta() -> MetaResponses {
        MetaResponses {
            responses: Vec::new(),
        }
    }

    fn inner_register(_: &mut Registry) {}
}

macro_rules! forward_inner_api_response {
    ($($wrapper:ty),*) => {$(
        impl<T: InnerApiResponse + ?Sized> InnerApiResponse for $wrapper {
            fn inner_meta() -> MetaResponses {
                T::inner_meta()
            }

            fn inner_register(registry: &mut Registry) {
                T::inner_register(registry)
            }
        }
    )*};
}

forward_inner_api_response!(&T, Box<T>, std::rc::Rc<T>, std::sync::Arc<T>);

/// poem-openapi as a backend of the one OpenAPI printer: its schemas are the leaves, and the
/// printer's JSON is made into its registry's types here.
pub enum Poem {}

impl pipeline::Backend for Poem {
    type Schema = MetaSchemaRef;
    type Response = MetaResponse;
    type Output = MetaResponses;

    fn schema_json(schema: &MetaSchemaRef) -> Value {
        serde_json::to_value(schema).unwrap_or_default()
    }

    fn response_json(
        response: &MetaResponse,
        leaf: &mut dyn FnMut(MetaSchemaRef) -> Value,
    ) -> Option<Value> {
        let mut headers = Map::new();
        for header in &response.headers {
            let mut json = Map::new();
            json.insert("schema".into(), leaf(header.schema.clone()));
            if let Some(description) = &header.description {
                json.insert("description".into(), description.clone().into());
            }
            headers.insert(header.name.clone(), json.into());
        }
        let mut content = Map::new();
        for media in &response.content {
            content.insert(
                media.content_type.to_string(),
                json!({ "schema": leaf(media.schema.clone()) }),
            );
        }
        Some(json!({
            "description": response.description,
            "headers": headers,
            "content": content,
        }))
    }

    fn output(
        responses: BTreeMap<String, Built<MetaResponse>>,
        leaves: &[MetaSchemaRef],
    ) -> MetaResponses {
        MetaResponses {
            responses: responses
                .into_iter()
                .map(|(code, built)| match built {
                    Built::Json(json) => poem_response(&code, &json, leaves),
                    Built::Theirs(theirs) => theirs,
                })
                .collect(),
        }
    }
}

/// What the derive's `ApiResponse` impls call, reached through `__private` only.
pub(crate) mod support {
    use poem_openapi::registry::{MetaResponse, MetaSchema, MetaSchemaRef, Registry};
    use poem_openapi::types::Type;

    use super::super::pipeline::{HeaderSchema, Part};
    pub use super::{InnerApiResponse, Poem};

    /// Registers the `ProblemDetails` component, which every problem response refers to.
    pub fn poem_register_problem(registry: &mut Registry) {
        super::register_problem_details(registry);
    }

    /// A wrapped type's responses, by status code.
    #[must_use]
    pub fn poem_delegated<T: InnerApiResponse + ?Sized>() -> Vec<(String, MetaResponse)> {
        T::inner_meta()
            .responses
            .into_iter()
            .map(|response| {
                let code = response
                    .status
                    .map_or_else(|| "default".to_string(), |c| c.to_string());
                (code, response)
            })
            .collect()
    }

    /// See [`HeaderSchema`]: the type's own schema, when it implements
    /// `poem_openapi::types::Type`.
    pub trait ViaPoemSchema {
        /// The type's schema.
        fn header_schema(&self) -> Part<MetaSchemaRef>;
    }

    impl<T: Type + ?Sized> ViaPoemSchema for &&HeaderSchema<T> {
        fn header_schema(&self) -> Part<MetaSchemaRef> {
            Part::Typed(T::schema_ref())
        }
    }

    /// What a `#[problem]` field's type needs for the derive's `ApiResponse`: implemented for
    /// every `poem_openapi::types::Type`.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has no poem-openapi schema: a `#[problem]` member's type must implement `poem_openapi::types::Type`",
        label = "documented as a member of the problem body",
        note = "derive `poem_openapi::Object` on `{Self}`"
    )]
    pub trait PoemMemberSchema {
        /// The member's schema.
        fn poem_member_schema() -> Part<MetaSchemaRef>;

        /// Registers the schemas it uses.
        fn poem_member_register(registry: &mut Registry);
    }

    impl<T: Type> PoemMemberSchema for T {
        fn poem_member_schema() -> Part<MetaSchemaRef> {
            let schema = T::schema_ref();
            if T::IS_REQUIRED {
                return Part::Typed(schema);
            }
            // An `Option`: poem-openapi marks it by leaving it out of `required`, which the
            // printer reads from `nullable`, OpenAPI 3.0's word for it.
            Part::Typed(match schema {
                MetaSchemaRef::Inline(mut schema) => {
                    schema.nullable = true;
                    MetaSchemaRef::Inline(schema)
                }
                reference => MetaSchemaRef::Inline(Box::new(MetaSchema {
                    all_of: vec![reference],
                    nullable: true,
                    ..MetaSchema::ANY
                })),
            })
        }

        fn poem_member_register(registry: &mut Registry) {
            T::register(registry);
        }
    }
}
