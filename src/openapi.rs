//! OpenAPI documentation from the same derive, for utoipa 6 (feature `utoipa`), aide 0.15
//! (`aide015`), salvo-oapi 1 (`salvo-oapi`) and poem-openapi 5 (`poem-openapi`), each from the
//! one printer, so they document the same. With `utoipa`, a derived type
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
//!   (`anyOf`), both descriptions and every header. A wrapped [`Status`](crate::Status) decides at run time, so
//!   it documents nothing, and a type that wraps itself (`Box<Self>`) adds nothing to itself.
//!
//! Every title a variant can send is in its schema: two vendor meanings of one code
//! (`#[status(nginx 499)]` and `#[status(esri 499)]` in one enum) are two bodies.
//!
//! A route that answers with only some of the type's statuses documents only those:
//! `responses(Only<ApiError, 404, 409>)`, each status checked at compile time against the
//! type's variants ([`Only`], which also says when one enum per route fits better).
//!
//! # aide 0.15
//!
//! With the `aide015` feature, a derived type also implements `aide::OperationOutput`, so a
//! handler returning `Result<Json<T>, ApiError>` in an aide `ApiRouter` documents every status
//! of `ApiError`: the same responses as above, from the same printer, but for the `#[problem]`
//! members' schemas, which come from `schemars::JsonSchema` (schemars 0.9). `ProblemDetails` is
//! registered on the generator as a component by itself. A `transparent` variant asks its
//! wrapped type for `InnerOutput` (aide's `InnerResponses`). What the problem layer adds to
//! every route is added to aide's document by [`LayerResponses::add_to`], as to utoipa's.
//!
//! ```
//! # use aide015 as aide;
//! use http_status::StatusResponse;
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     /// The user does not exist.
//!     #[error("no user {0}")]
//!     #[status(404)]
//!     NotFound(u32),
//! }
//!
//! let responses = aide::generate::in_context(|ctx| {
//!     let mut operation = aide::openapi::Operation::default();
//!     <ApiError as aide::OperationOutput>::inferred_responses(ctx, &mut operation)
//! });
//! assert_eq!(responses.len(), 1);
//! assert_eq!(responses[0].0, Some(404));
//! assert_eq!(responses[0].1.description, "The user does not exist.");
//! ```
//!
//! # salvo-oapi 1
//!
//! With the `salvo-oapi` feature, a derived type implements `salvo_oapi::EndpointOutRegister`,
//! so an `#[endpoint]` returning `Result<Json<T>, ApiError>` documents `ApiError`'s statuses:
//! the same responses, with the members' schemas from salvo-oapi's `ToSchema`. salvo's `Writer`
//! negotiates the format and language by itself (feature `salvo`), so each problem response
//! also documents its HTML and text forms (and XML, with the `xml` feature), `Content-Language`
//! and `Vary`. `ProblemDetails` is registered as a component by itself; a `transparent` variant
//! asks its wrapped type for `InnerOutRegister`.
//!
//! ```
//! use http_status::StatusResponse;
//! use salvo_oapi::{Components, EndpointOutRegister, Operation};
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     /// The user does not exist.
//!     #[error("no user {0}")]
//!     #[status(404)]
//!     NotFound(u32),
//! }
//!
//! let (mut components, mut operation) = (Components::new(), Operation::new());
//! ApiError::register(&mut components, &mut operation);
//! let json = serde_json::to_value(&operation.responses).unwrap();
//! assert_eq!(json["404"]["description"], "The user does not exist.");
//! assert!(json["404"]["content"]["text/html"].is_object());
//! assert!(components.schemas.0.contains_key("ProblemDetails"));
//! ```
//!
//! # poem-openapi 5
//!
//! With the `poem-openapi` feature, a derived type implements `poem_openapi::ApiResponse`, so
//! an operation returning `Result<Json<T>, ApiError>` in an `#[OpenApi]` impl documents
//! `ApiError`'s statuses (poem's `ResponseError`, feature `poem`, sends them), with the
//! members' schemas from `poem_openapi::types::Type`. poem-openapi writes OpenAPI 3.0: a
//! header's examples are its first `example`, and an `Option` member is `nullable`. A
//! `transparent` variant asks its wrapped type for `InnerApiResponse`; a
//! [`Validation`](crate::problem::Validation) member is a `poem_openapi::types::Type`.
//!
//! The component is registered as `ProblemDetails`. poem-openapi's registry holds one Rust type
//! per schema name and panics when it writes the document (`OpenApiService::spec`,
//! `spec_endpoint`, `swagger_ui`) if a second one claims it: an app with an
//! `#[derive(Object)] struct ProblemDetails` of its own renames it
//! (`#[oai(rename = "AppProblem")]`).
//!
//! ```
//! use http_status::StatusResponse;
//! use poem_openapi::ApiResponse;
//!
//! #[derive(Debug, thiserror::Error, StatusResponse)]
//! enum ApiError {
//!     /// The user does not exist.
//!     #[error("no user {0}")]
//!     #[status(404)]
//!     NotFound(u32),
//! }
//!
//! let meta = ApiError::meta();
//! assert_eq!(meta.responses[0].status, Some(404));
//! assert_eq!(meta.responses[0].description, "The user does not exist.");
//! ```

#[cfg(any(feature = "utoipa", feature = "aide015"))]
mod layer_responses;
pub(crate) mod pipeline;
#[cfg(feature = "aide015")]
pub(crate) mod with_aide;
#[cfg(feature = "poem-openapi")]
pub(crate) mod with_poem;
#[cfg(feature = "salvo-oapi")]
pub(crate) mod with_salvo;
#[cfg(feature = "utoipa")]
pub(crate) mod with_utoipa;

#[cfg(any(feature = "utoipa", feature = "aide015"))]
pub use layer_responses::{LayerDocument, LayerResponses};
#[cfg(feature = "aide015")]
pub use with_aide::InnerOutput;
#[cfg(feature = "poem-openapi")]
pub use with_poem::InnerApiResponse;
#[cfg(feature = "salvo-oapi")]
pub use with_salvo::InnerOutRegister;
#[cfg(feature = "utoipa")]
pub use with_utoipa::{Answers, InnerResponses, Only};

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
