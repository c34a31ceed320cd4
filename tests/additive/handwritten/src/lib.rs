//! A crate that derives `StatusResponse` without asking for any framework feature, and writes
//! its own framework impls for the same type. Another crate of the build turns every framework
//! on: the derive must not add impls this crate did not ask for, or these conflict.

use std::collections::BTreeMap;

use http_status::StatusResponse;

/// Derived, with the framework impls written by hand.
#[derive(Debug, StatusResponse)]
pub enum Handwritten {
    /// Not found.
    #[status(404)]
    Missing,
}

impl core::fmt::Display for Handwritten {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("missing")
    }
}

impl axum::response::IntoResponse for Handwritten {
    fn into_response(self) -> axum::response::Response {
        (axum::http::StatusCode::NOT_FOUND, "missing, by hand").into_response()
    }
}

impl actix_web::ResponseError for Handwritten {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::NOT_FOUND
    }
}

impl utoipa::IntoResponses for Handwritten {
    fn responses() -> BTreeMap<String, utoipa::openapi::RefOr<utoipa::openapi::Response>> {
        BTreeMap::new()
    }
}

impl aide::OperationOutput for Handwritten {
    type Inner = Self;
}

impl poem_openapi::ApiResponse for Handwritten {
    fn meta() -> poem_openapi::registry::MetaResponses {
        poem_openapi::registry::MetaResponses {
            responses: Vec::new(),
        }
    }

    fn register(_: &mut poem_openapi::registry::Registry) {}
}

impl salvo_oapi::EndpointOutRegister for Handwritten {
    fn register(_: &mut salvo_oapi::Components, _: &mut salvo_oapi::Operation) {}
}

impl poem::error::ResponseError for Handwritten {
    fn status(&self) -> poem::http::StatusCode {
        poem::http::StatusCode::NOT_FOUND
    }
}

#[salvo_core::async_trait]
impl salvo_core::Writer for Handwritten {
    async fn write(
        self,
        _req: &mut salvo_core::Request,
        _depot: &mut salvo_core::Depot,
        res: &mut salvo_core::Response,
    ) {
        res.status_code(salvo_core::http::StatusCode::NOT_FOUND);
    }
}

impl<'r, 'o: 'r> rocket::response::Responder<'r, 'o> for Handwritten {
    fn respond_to(self, _request: &'r rocket::Request<'_>) -> rocket::response::Result<'o> {
        Err(rocket::http::Status::NotFound)
    }
}

/// A generic one, with its hand-written `IntoResponse`.
#[derive(Debug, StatusResponse)]
#[status(500)]
pub struct Wrapped<T>(pub T);

impl<T> axum::response::IntoResponse for Wrapped<T> {
    fn into_response(self) -> axum::response::Response {
        axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}

/// What the status is, so the crate uses what it derives.
#[must_use]
pub fn status() -> http_status::Status {
    Handwritten::Missing.status()
}
