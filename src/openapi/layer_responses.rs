//! What the problem layer adds to every route, for an OpenAPI document, once for every backend
//! that documents an axum or actix-web app (utoipa, aide): the printer writes the responses as
//! JSON, and each backend adds them to its own document type ([`LayerDocument`]).

use http_status_core::negotiate::Offer;
use http_status_core::Status;
use serde_json::{json, Value};

use super::pipeline::{self, Variant};

/// What the problem layer ([`crate::layer`]) adds to every route, for an OpenAPI document:
/// the responses a route's framework answers with before or around its handler (a body that
/// does not parse, an unknown route, a wrong method, a body over the limit, a panic), each the
/// problem the layer makes of it, with [`ProblemDetails`](super::ProblemDetails) as its schema.
///
/// Added to a document ([`LayerResponses::add_to`]; for utoipa also as a `utoipa::Modify`), it
/// adds each of its statuses to every operation of the document that does not document that
/// status already (an operation's own `404` stays as it is), documents on every problem
/// response of the document (the derive's too) what the layer's negotiation adds (the HTML,
/// text and, with the `xml` feature, XML content; `Content-Language` and `Vary`), and registers
/// the `ProblemDetails` component. Add it once the routes are in the document.
///
/// With utoipa (feature `utoipa`):
///
/// ```
/// # #[cfg(feature = "utoipa")] {
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
/// # }
/// ```
///
/// With aide 0.15 (feature `aide015`), on the document `ApiRouter::finish_api` wrote:
///
/// ```
/// # #[cfg(feature = "aide015")] {
/// # use aide015 as aide;
/// use aide::openapi::{OpenApi, Operation, PathItem, ReferenceOr};
/// use http_status::openapi::LayerResponses;
///
/// let mut api = OpenApi::default();
/// let users = PathItem { get: Some(Operation::default()), ..PathItem::default() };
/// api.paths.get_or_insert_with(Default::default).paths.insert("/users".into(), ReferenceOr::Item(users));
///
/// LayerResponses::DEFAULT.add_to(&mut api);
/// let document = serde_json::to_value(&api).unwrap();
/// let responses = &document["paths"]["/users"]["get"]["responses"];
/// assert!(responses["404"]["content"]["text/html"].is_object());
/// assert!(responses["405"]["headers"]["Allow"].is_object());
/// assert!(document["components"]["schemas"]["ProblemDetails"].is_object());
/// # }
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
            offer: pipeline::DEFAULT_OFFER,
        }
    }

    /// These responses for a layer that offers `offer` (`ProblemLayer::offer`): the formats each
    /// problem response is documented in besides JSON. The layer's default by default.
    ///
    /// ```
    /// # #[cfg(feature = "utoipa")] {
    /// use http_status::negotiate::Offer;
    /// use http_status::openapi::LayerResponses;
    /// use utoipa::openapi::{path::OperationBuilder, OpenApiBuilder, PathItem, Paths, HttpMethod};
    ///
    /// let paths = Paths::builder()
    ///     .path("/users", PathItem::new(HttpMethod::Get, OperationBuilder::new()))
    ///     .build();
    /// let mut api = OpenApiBuilder::new().paths(paths).build();
    /// LayerResponses::DEFAULT.offering(Offer::JSON).add_to(&mut api);
    /// let document = serde_json::to_value(&api).unwrap();
    /// let content = &document["paths"]["/users"]["get"]["responses"]["404"]["content"];
    /// assert!(content["application/problem+json"].is_object());
    /// assert!(content["text/html"].is_null());
    /// # }
    /// ```
    pub const fn offering(self, offer: Offer) -> LayerResponses {
        LayerResponses {
            statuses: self.statuses,
            offer,
        }
    }

    /// Adds these responses to `document`: an `aide::openapi::OpenApi` (feature `aide015`) or a
    /// `utoipa::openapi::OpenApi` (feature `utoipa`, where it is the same as
    /// `utoipa::Modify::modify`). See [`LayerResponses`].
    pub fn add_to<D: LayerDocument + ?Sized>(&self, document: &mut D) {
        document.add_layer_responses(self);
    }

    /// What the layer offers besides JSON.
    pub(crate) fn offer(&self) -> Offer {
        self.offer
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

    /// Each response, by status code, as the printer's JSON (no leaves: the layer's problems
    /// have no members), before negotiation adds to it.
    pub(crate) fn printed(&self) -> impl Iterator<Item = (u16, Value)> + '_ {
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
                let mut response = pipeline::response_for(variant);
                if status == Status::METHOD_NOT_ALLOWED {
                    let allow = json!({
                        "schema": { "type": "string" },
                        "description": "The methods the route answers to. MUST (RFC 9110, Section 15.5.6).",
                    });
                    // The printer's response is an object; a missing `headers` becomes one.
                    response["headers"]["Allow"] = allow;
                }
                (status.as_u16(), response)
            })
    }
}

impl Default for LayerResponses {
    fn default() -> LayerResponses {
        LayerResponses::DEFAULT
    }
}

/// An OpenAPI document [`LayerResponses::add_to`] writes into: `aide::openapi::OpenApi`
/// (feature `aide015`) and `utoipa::openapi::OpenApi` (feature `utoipa`). Sealed: the
/// documents it knows are the backends this crate prints for.
///
/// ```
/// use http_status::openapi::{LayerDocument, LayerResponses};
///
/// /// An app's last step before it serves its document, whichever crate wrote it.
/// fn finish<D: LayerDocument>(document: &mut D) {
///     LayerResponses::DEFAULT.add_to(document);
/// }
///
/// # #[cfg(feature = "aide015")] {
/// # use aide015 as aide;
/// let mut api = aide::openapi::OpenApi::default();
/// finish(&mut api);
/// assert!(api.components.unwrap().schemas.contains_key("ProblemDetails"));
/// # }
/// ```
pub trait LayerDocument: sealed::Sealed {
    /// Adds `layer`'s responses to this document.
    #[doc(hidden)]
    fn add_layer_responses(&mut self, layer: &LayerResponses);
}

pub(crate) mod sealed {
    /// Implemented only here.
    pub trait Sealed {}
}
