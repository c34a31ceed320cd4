//! The salvo-oapi 1 backend (feature `salvo-oapi`): `salvo_oapi::EndpointOutRegister` for
//! derived types, their member types' schemas from `salvo_oapi::ToSchema`, and `ProblemDetails`
//! and `Validation` as salvo-oapi schemas.

use std::collections::BTreeMap;

use salvo_oapi::{Components, Operation, RefOr, Schema};
use serde_json::Value;

use super::pipeline::{self, Built, Printed};
use super::{ProblemDetails, NAME};

/// A salvo-oapi schema from the printer's JSON. salvo-oapi reads its compositions (`allOf`,
/// `anyOf`) before its plain objects, so what the printer writes reads back whole.
fn schema(json: Value) -> RefOr<Schema> {
    serde_json::from_value(json).unwrap_or_else(|_| RefOr::Type(Schema::default()))
}

/// Registered as the `ProblemDetails` component; a reference to it.
impl salvo_oapi::ToSchema for ProblemDetails {
    fn to_schema(components: &mut Components) -> RefOr<Schema> {
        if !components.schemas.0.contains_key(NAME) {
            components
                .schemas
                .insert(NAME, schema(pipeline::problem_details()));
        }
        RefOr::Ref(salvo_oapi::Ref::new(pipeline::PROBLEM_DETAILS_REF))
    }
}

/// The `errors` member of a validation problem (see its utoipa schema), inline.
impl salvo_oapi::ToSchema for crate::problem::Validation {
    fn to_schema(_: &mut Components) -> RefOr<Schema> {
        schema(pipeline::validation())
    }
}

/// The responses of a type that a `transparent` variant wraps, for salvo-oapi: the derive
/// implements it (with the `salvo-oapi` feature) for every derived type, and it is forwarded
/// through `Box`, `&`, `Rc` and `Arc`. A [`Status`](crate::Status) documents nothing: which
/// status it holds is known only at run time.
///
/// A hand-written `salvo_oapi::EndpointOutRegister` type that a derived enum wraps opts in with
/// one method, `Self::register(components, operation)`:
///
/// ```
/// use http_status::openapi::InnerOutRegister;
/// use http_status::{Status, StatusResponse};
/// use salvo_oapi::{Components, EndpointOutRegister, Operation, Response};
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
/// impl EndpointOutRegister for Upstream {
///     fn register(_: &mut Components, operation: &mut Operation) {
///         operation.responses.insert("504", Response::new("The upstream timed out."));
///     }
/// }
///
/// impl InnerOutRegister for Upstream {
///     fn inner_out_register(components: &mut Components, operation: &mut Operation) {
///         Self::register(components, operation)
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
/// let mut operation = Operation::new();
/// <ApiError as EndpointOutRegister>::register(&mut Components::new(), &mut operation);
/// assert!(operation.responses.contains_key("504"));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no salvo-oapi responses: it does not implement `InnerOutRegister`",
    label = "the `transparent` variant documents what this type answers with",
    note = "derive `StatusResponse` on `{Self}` (with the `salvo-oapi` feature it implements `InnerOutRegister`), or, for a hand-written `salvo_oapi::EndpointOutRegister`, implement `http_status::openapi::InnerOutRegister` for it with `fn inner_out_register(components, operation) {{ Self::register(components, operation) }}`"
)]
pub trait InnerOutRegister {
    /// Adds the wrapped type's responses to `operation`, as
    /// `salvo_oapi::EndpointOutRegister::register` does.
    fn inner_out_register(components: &mut Components, operation: &mut Operation);
}

impl InnerOutRegister for crate::Status {
    fn inner_out_register(_: &mut Components, _: &mut Operation) {}
}

macro_rules! forward_inner_out_register {
    ($($wrapper:ty),*) => {$(
        impl<T: InnerOutRegister + ?Sized> InnerOutRegister for $wrapper {
            fn inner_out_register(components: &mut Components, operation: &mut Operation) {
                T::inner_out_register(components, operation)
            }
        }
    )*};
}

forward_inner_out_register!(&T, Box<T>, std::rc::Rc<T>, std::sync::Arc<T>);

/// salvo-oapi as a backend of the one OpenAPI printer: its schemas and responses go through
/// JSON, which they read back from.
pub enum Salvo {}

impl pipeline::Backend for Salvo {
    type Schema = Value;
    type Response = Value;
    type Output = Printed<RefOr<salvo_oapi::Response>>;

    fn schema_json(schema: &Value) -> Value {
        schema.clone()
    }

    fn response_json(response: &Value, _: &mut dyn FnMut(Value) -> Value) -> Option<Value> {
        response.get("$ref").is_none().then(|| response.clone())
    }

    fn output(
        responses: BTreeMap<String, Built<Value>>,
        leaves: &[Value],
    ) -> Printed<RefOr<salvo_oapi::Response>> {
        let responses = responses
            .into_iter()
            .map(|(code, built)| {
                // A wrapped type's response, kept as it came, reads back like the printer's.
                let (Built::Json(mut json) | Built::Theirs(mut json)) = built;
                // salvo's `Writer` negotiates the format and language by itself, as the layer
                // does with its default offer.
                pipeline::negotiate(&mut json, pipeline::DEFAULT_OFFER);
                (code, Built::Json(json))
            })
            .collect();
        Printed::new(responses, leaves)
    }
}

/// What the derive's `EndpointOutRegister` impls call, reached through `__private` only.
pub(crate) mod support {
    use salvo_oapi::{Components, Operation, RefOr, Response, ToSchema};
    use serde_json::Value;

    use super::super::pipeline::{HeaderSchema, Part, Printed};
    use super::ProblemDetails;
    pub use super::{InnerOutRegister, Salvo};

    /// Adds a derived type's responses to `operation`, with the `ProblemDetails` component.
    pub fn salvo_register(
        components: &mut Components,
        operation: &mut Operation,
        printed: Printed<RefOr<Response>>,
    ) {
        let problem =
            serde_json::to_value(ProblemDetails::to_schema(components)).unwrap_or_default();
        for (code, response) in printed.into_responses(&problem) {
            operation.responses.insert(code, response);
        }
    }

    /// A wrapped type's responses, as JSON by status code.
    #[must_use]
    pub fn salvo_delegated<T: InnerOutRegister + ?Sized>(
        components: &mut Components,
    ) -> Vec<(String, Value)> {
        let mut operation = Operation::new();
        T::inner_out_register(components, &mut operation);
        operation
            .responses
            .into_iter()
            .filter_map(|(code, response)| Some((code, serde_json::to_value(response).ok()?)))
            .collect()
    }

    /// See [`HeaderSchema`]: the type's own schema, when it implements `salvo_oapi::ToSchema`.
    pub trait ViaSalvoSchema {
        /// The type's schema.
        fn header_schema(&self) -> Part<Value>;
    }

    impl<T: ToSchema + ?Sized> ViaSalvoSchema for &&HeaderSchema<T> {
        fn header_schema(&self) -> Part<Value> {
            let schema = T::to_schema(&mut Components::new());
            Part::Typed(serde_json::to_value(schema).unwrap_or_default())
        }
    }

    /// What a `#[problem]` field's type needs for the derive's `EndpointOutRegister`:
    /// implemented for every `salvo_oapi::ToSchema` type.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has no salvo-oapi schema: a `#[problem]` member's type must implement `salvo_oapi::ToSchema`",
        label = "documented as a member of the problem body",
        note = "derive `salvo_oapi::ToSchema` (`salvo::oapi::ToSchema`) on `{Self}`"
    )]
    pub trait SalvoMemberSchema {
        /// The member's schema, registered in `components` when it is a component.
        fn salvo_member_schema(components: &mut Components) -> Part<Value>;
    }

    impl<T: ToSchema + ?Sized> SalvoMemberSchema for T {
        fn salvo_member_schema(components: &mut Components) -> Part<Value> {
            Part::Typed(serde_json::to_value(T::to_schema(components)).unwrap_or_default())
        }
    }
}
