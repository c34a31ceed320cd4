//! The trait that `#[derive(StatusResponse)]` implements.

use crate::Status;

/// A value that knows its HTTP status: an error enum, usually, through
/// `#[derive(StatusResponse)]` in the `http-status` facade.
///
/// Implemented for [`Status`] itself and forwarded through `&T` (and `Box<T>` with the `alloc`
/// feature), so wrapped errors can delegate to it.
///
/// ```
/// use http_status_core::{Status, StatusResponse};
///
/// struct Missing;
/// impl StatusResponse for Missing {
///     fn status(&self) -> Status {
///         Status::NOT_FOUND
///     }
/// }
///
/// assert_eq!(Missing.status(), Status::NOT_FOUND);
/// assert_eq!((&Missing).status(), 404);
/// assert_eq!(Status::GONE.status(), Status::GONE);
/// ```
pub trait StatusResponse {
    /// The status of the response this value becomes.
    fn status(&self) -> Status;

    /// Whether the value's message may be shown to the client (as the `detail` of a problem
    /// response). By default every status but a server error: a 5xx message can leak internals.
    /// `#[status(500, expose)]` turns it on for one variant.
    ///
    /// ```
    /// use http_status_core::{Status, StatusResponse};
    ///
    /// assert!(Status::NOT_FOUND.expose_detail());
    /// assert!(!Status::INTERNAL_SERVER_ERROR.expose_detail());
    /// ```
    fn expose_detail(&self) -> bool {
        !self.status().is_server_error()
    }
}

impl StatusResponse for Status {
    fn status(&self) -> Status {
        *self
    }
}

impl<T: StatusResponse + ?Sized> StatusResponse for &T {
    fn status(&self) -> Status {
        (**self).status()
    }

    fn expose_detail(&self) -> bool {
        (**self).expose_detail()
    }
}

#[cfg(feature = "alloc")]
impl<T: StatusResponse + ?Sized> StatusResponse for alloc::boxed::Box<T> {
    fn status(&self) -> Status {
        (**self).status()
    }

    fn expose_detail(&self) -> bool {
        (**self).expose_detail()
    }
}
