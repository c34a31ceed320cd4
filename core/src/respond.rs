//! A [`Status`] as a web framework's response, and [`WithBody`], a status paired with a body.
//!
//! With the `axum` feature, [`Status`] implements axum's `IntoResponse`; with `actix-web`,
//! actix-web's `Responder` and `ResponseError`. Either way the response is what
//! `http::StatusCode` gives in that framework (the status and an empty body), except that the
//! status line carries the registry's phrase (`422 Unprocessable Content`, `499 Client Closed
//! Request`) and that a status that cannot end an exchange (a `1xx`, or `600..=999`) goes out as
//! `500`, as the facade's problem responses do.
//!
//! A tuple `(Status, body)` is not a response and never becomes one: the frameworks implement
//! their tuples for `http::StatusCode` only, and the orphan rule keeps anyone else from doing it
//! for `Status`. [`Status::with_body`] is the form to write instead:
//!
//! ```
//! # extern crate http_status_core as http_status;
//! use http_status::{Status, WithBody};
//!
//! let created: WithBody<&str> = Status::CREATED.with_body("made");
//! assert_eq!(created.status(), Status::CREATED);
//! assert_eq!(*created.body(), "made");
//! ```

use crate::Status;

/// A status with a body: the response `(http::StatusCode, body)` gives in axum and
/// `(body, StatusCode)` in actix-web, for a [`Status`], with the registry's phrase on the status
/// line. Made by [`Status::with_body`].
///
/// The body is any response of the framework (`Json(x)`, a `String`, `(HeaderMap, body)` in
/// axum); its own status, if it has one, is replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[must_use = "a `WithBody` does nothing until a framework sends it"]
pub struct WithBody<B> {
    status: Status,
    body: B,
}

impl<B> WithBody<B> {
    /// The status the response goes out with.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The body.
    pub const fn body(&self) -> &B {
        &self.body
    }

    /// The status and the body.
    pub fn into_parts(self) -> (Status, B) {
        (self.status, self.body)
    }
}

impl Status {
    /// This status with `body`: in axum, `status!(201).with_body(Json(user))` is what
    /// `(StatusCode::CREATED, Json(user))` is for `http::StatusCode`, and in actix-web what
    /// `(body, StatusCode::CREATED)` is.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// # use http_status::Status;
    /// let response = Status::ACCEPTED.with_body(String::from("queued"));
    /// assert_eq!(response.into_parts(), (Status::ACCEPTED, String::from("queued")));
    /// ```
    pub const fn with_body<B>(self, body: B) -> WithBody<B> {
        WithBody { status: self, body }
    }

    /// The status a response with this status goes out with: itself, or `500` for one that
    /// cannot end an exchange (a `1xx` is interim, and `600..=999` is no HTTP status). The one
    /// rule, for the facade's responses too (through `__private`).
    pub(crate) const fn on_the_wire(self) -> Status {
        if self.is_informational() || self.as_u16() > 599 {
            Status::INTERNAL_SERVER_ERROR
        } else {
            self
        }
    }

    /// The phrase of the status line: the registry's, or the class's name for a code the
    /// registry does not know, never none.
    pub(crate) const fn status_line(self) -> &'static str {
        match self.reason() {
            Some(reason) => reason,
            None => self.class().name(),
        }
    }
}

#[cfg(feature = "axum")]
mod axum_impls {
    use super::WithBody;
    use crate::Status;
    use axum_core::response::{IntoResponse, Response};

    /// Sets `status`, and its registry phrase where it differs from the `http` crate's (hyper
    /// writes the latter unless the response carries its own).
    fn finish(mut response: Response, status: Status) -> Response {
        let status = status.on_the_wire();
        let code = http::StatusCode::from(status);
        *response.status_mut() = code;
        let phrase = status.status_line();
        if code.canonical_reason() != Some(phrase) {
            response
                .extensions_mut()
                .insert(hyper::ext::ReasonPhrase::from_static(phrase.as_bytes()));
        }
        response
    }

    impl IntoResponse for Status {
        /// The status, with an empty body, as `http::StatusCode` gives.
        fn into_response(self) -> Response {
            finish(Response::default(), self)
        }
    }

    impl<B: IntoResponse> IntoResponse for WithBody<B> {
        /// The body's response with this status.
        fn into_response(self) -> Response {
            finish(self.body.into_response(), self.status)
        }
    }
}

#[cfg(feature = "actix-web")]
mod actix_impls {
    use super::WithBody;
    use crate::Status;
    use actix_web::body::BoxBody;
    use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

    fn finish<B>(mut response: HttpResponse<B>, status: Status) -> HttpResponse<B> {
        let status = status.on_the_wire();
        *response.status_mut() = http02::StatusCode::from(status);
        response.head_mut().reason = Some(status.status_line());
        response
    }

    impl Responder for Status {
        type Body = BoxBody;

        /// The status, with an empty body.
        fn respond_to(self, _: &HttpRequest) -> HttpResponse {
            finish(HttpResponse::new(http02::StatusCode::OK), self)
        }
    }

    impl ResponseError for Status {
        fn status_code(&self) -> http02::StatusCode {
            http02::StatusCode::from(self.on_the_wire())
        }

        /// The status, with an empty body: `Err(status)` answers as `Ok(status)` does.
        fn error_response(&self) -> HttpResponse {
            finish(HttpResponse::new(http02::StatusCode::OK), *self)
        }
    }

    impl<B: Responder> Responder for WithBody<B> {
        type Body = B::Body;

        /// The body's response with this status.
        fn respond_to(self, request: &HttpRequest) -> HttpResponse<B::Body> {
            finish(self.body.respond_to(request), self.status)
        }
    }
}
