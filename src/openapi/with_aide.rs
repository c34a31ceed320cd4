//! The aide 0.15 backend (feature `aide015`): `aide::OperationOutput` for derived types, their
//! member types' schemas from `schemars::JsonSchema` (schemars 0.9), and `ProblemDetails` as a
//! schemars schema.

use std::borrow::Cow;
use std::collections::BTreeMap;

use aide015::generate::GenContext;
use aide015::openapi::{OpenApi, Operation, ReferenceOr, Response, SchemaObject, StatusCode};
use schemars09::{JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use super::layer_responses::sealed::Sealed;
use super::layer_responses::{LayerDocument, LayerResponses};
use super::pipeline::{self, Built, Printed};
use super::{ProblemDetails, NAME};

/// A schemars schema from the printer's JSON: an object, as the printer writes only objects.
fn schema(json: Value) -> Schema {
    Schema::try_from(json).unwrap_or_default()
}

impl JsonSchema for ProblemDetails {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed(NAME)
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(pipeline::problem_details())
    }
}

/// The `errors` member of a validation problem (see its utoipa schema).
impl JsonSchema for crate::problem::Validation {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Validation")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(pipeline::validation())
    }
}

impl Sealed for OpenApi {}

/// The layer's responses in aide's document: see [`LayerResponses`]. aide keeps responses in
/// the order they were added, so each operation's are sorted by status afterwards, as utoipa's
/// are.
impl LayerDocument for OpenApi {
    fn add_layer_responses(&mut self, layer: &LayerResponses) {
        // The printer writes what aide's `Response` reads, and these have no leaves.
        let responses: Vec<(StatusCode, Response)> = layer
            .printed()
            .filter_map(|(code, json)| {
                Some((StatusCode::Code(code), serde_json::from_value(json).ok()?))
            })
            .collect();
        let items = self
            .paths
            .iter_mut()
            .flat_map(|paths| paths.paths.values_mut());
        for item in items {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ];
            for operation in operations.into_iter().flatten() {
                let own = operation.responses.get_or_insert_with(Default::default);
                for (code, response) in &responses {
                    own.responses
                        .entry(code.clone())
                        .or_insert_with(|| ReferenceOr::Item(response.clone()));
                }
                own.responses.sort_keys();
                let documented = own.responses.values_mut().chain(own.default.as_mut());
                for response in documented {
                    if let ReferenceOr::Item(response) = response {
                        negotiated(response, layer);
                    }
                }
            }
        }
        let components = self.components.get_or_insert_with(Default::default);
        components
            .schemas
            .entry(NAME.to_string())
            .or_insert_with(|| SchemaObject {
                json_schema: schema(pipeline::problem_details()),
                example: None,
                external_docs: None,
            });
    }
}

/// What the layer's negotiation adds to `response`, if it is a problem's.
fn negotiated(response: &mut Response, layer: &LayerResponses) {
    let Ok(mut json) = serde_json::to_value(&*response) else {
        return;
    };
    pipeline::negotiate(&mut json, layer.offer());
    if let Ok(negotiated) = serde_json::from_value(json) {
        *response = negotiated;
    }
}

/// The responses of a type that a `transparent` variant wraps, for aide: the derive implements
/// it (with the `aide015` feature) for every derived type, and it is forwarded through `Box`,
/// `&`, `Rc` and `Arc`, which aide's `OperationOutput` is not. A [`Status`](crate::Status)
/// documents nothing: which status it holds is known only at run time.
///
/// A hand-written `aide::OperationOutput` type that a derived enum wraps opts in with one
/// method, `Self::inferred_responses(ctx, operation)`:
///
/// ```
/// use aide::generate::GenContext;
/// use aide::openapi::{Operation, Response};
/// use aide::OperationOutput;
/// use http_status::openapi::InnerOutput;
/// use http_status::{Status, StatusResponse};
/// # use aide015 as aide;
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
/// impl OperationOutput for Upstream {
///     type Inner = Self;
///
///     fn inferred_responses(_: &mut GenContext, _: &mut Operation) -> Vec<(Option<u16>, Response)> {
///         let timeout = Response { description: "The upstream timed out.".into(), ..Response::default() };
///         vec![(Some(504), timeout)]
///     }
/// }
///
/// impl InnerOutput for Upstream {
///     fn inner_output(ctx: &mut GenContext, operation: &mut Operation) -> Vec<(Option<u16>, Response)> {
///         Self::inferred_responses(ctx, operation)
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
    message = "`{Self}` has no aide responses: it does not implement `InnerOutput`",
    label = "the `transparent` variant documents what this type answers with",
    note = "derive `StatusResponse` on `{Self}` (with the `aide015` feature it implements `InnerOutput`), or, for a hand-written `aide::OperationOutput`, implement `http_status::openapi::InnerOutput` for it with `fn inner_output(ctx, operation) -> ... {{ Self::inferred_responses(ctx, operation) }}`"
)]
pub trait InnerOutput {
    /// The wrapped type's responses, as `aide::OperationOutput::inferred_responses` gives them.
    fn inner_output(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)>;
}

impl InnerOutput for crate::Status {
    fn inner_output(_: &mut GenContext, _: &mut Operation) -> Vec<(Option<u16>, Response)> {
        Vec::new()
    }
}

macro_rules! forward_inner_output {
    ($($wrapper:ty),*) => {$(
        impl<T: InnerOutput + ?Sized> InnerOutput for $wrapper {
            fn inner_output(
                ctx: &mut GenContext,
                operation: &mut Operation,
            ) -> Vec<(Option<u16>, Response)> {
                T::inner_output(ctx, operation)
            }
        }
    )*};
}

forward_inner_output!(&T, Box<T>, std::rc::Rc<T>, std::sync::Arc<T>);

/// aide 0.15 as a backend of the one OpenAPI printer: its schemas are JSON already, so a leaf is
/// its schema's JSON, and its response type reads back from the printer's JSON.
pub enum Aide {}

impl pipeline::Backend for Aide {
    type Schema = Value;
    type Response = Response;
    type Output = Printed<Response>;

    fn schema_json(schema: &Value) -> Value {
        schema.clone()
    }

    fn response_json(response: &Response, _: &mut dyn FnMut(Value) -> Value) -> Option<Value> {
        serde_json::to_value(response).ok()
    }

    fn output(responses: BTreeMap<String, Built<Response>>, leaves: &[Value]) -> Printed<Response> {
        Printed::new(responses, leaves)
    }
}

/// What the derive's `OperationOutput` impls call, reached through `__private` only.
pub(crate) mod support {
    use aide015::generate::GenContext;
    use aide015::openapi::{Operation, Response};
    use schemars09::JsonSchema;
    use serde_json::Value;

    use super::super::pipeline::{HeaderSchema, Part, Printed};
    use super::ProblemDetails;
    pub use super::{Aide, InnerOutput};

    /// A derived type's responses, in the form aide's `inferred_responses` returns, with the
    /// `ProblemDetails` component registered on the generator.
    #[must_use]
    pub fn aide_responses(
        ctx: &mut GenContext,
        printed: Printed<Response>,
    ) -> Vec<(Option<u16>, Response)> {
        let problem = ctx.schema.subschema_for::<ProblemDetails>().to_value();
        printed
            .into_responses(&problem)
            .map(|(code, response)| (code.parse().ok(), response))
            .collect()
    }

    /// A wrapped type's responses, keyed as the printer keys them (`default` for aide's `None`).
    #[must_use]
    pub fn aide_delegated<T: InnerOutput + ?Sized>(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(String, Response)> {
        T::inner_output(ctx, operation)
            .into_iter()
            .map(|(code, response)| {
                (
                    code.map_or_else(|| "default".to_string(), |c| c.to_string()),
                    response,
                )
            })
            .collect()
    }

    /// See [`HeaderSchema`]: the type's own schema, when it implements `schemars::JsonSchema`,
    /// inline (a header's schema that is a reference would be read as a string).
    pub trait ViaJsonSchema {
        /// The type's schema.
        fn header_schema(&self) -> Part<Value>;
    }

    impl<T: JsonSchema + ?Sized> ViaJsonSchema for &&HeaderSchema<T> {
        fn header_schema(&self) -> Part<Value> {
            let mut generator = schemars09::generate::SchemaSettings::draft07()
                .with(|s| s.inline_subschemas = true)
                .into_generator();
            Part::Typed(generator.subschema_for::<T>().to_value())
        }
    }

    /// What a `#[problem]` field's type needs for the derive's `OperationOutput`: implemented
    /// for every `schemars::JsonSchema` type (schemars 0.9, aide 0.15's).
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has no aide schema: a `#[problem]` member's type must implement `schemars::JsonSchema` (schemars 0.9)",
        label = "documented as a member of the problem body",
        note = "derive `schemars::JsonSchema` on `{Self}`, with the schemars 0.9 that aide 0.15 uses"
    )]
    pub trait AideMemberSchema {
        /// The member's schema, from the operation's generator.
        fn aide_member_schema(ctx: &mut GenContext) -> Part<Value>;
    }

    impl<T: JsonSchema + ?Sized> AideMemberSchema for T {
        fn aide_member_schema(ctx: &mut GenContext) -> Part<Value> {
            Part::Typed(ctx.schema.subschema_for::<T>().to_value())
        }
    }
}
