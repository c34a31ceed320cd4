//! Derived types that implement neither `Debug` nor `Display`, in a crate that never asked for a
//! framework.

use http_status::{Status, StatusResponse};

/// No `Debug`, no `Display`: only a status.
#[derive(StatusResponse)]
pub enum Quiet {
    /// A client error.
    #[status(404)]
    Missing,
    /// Delegates to a status held at run time.
    #[status(transparent)]
    Forwarded(Status),
}

/// A generic one, too.
#[derive(StatusResponse)]
#[status(500)]
pub struct Generic<T>(pub T);

/// The status, so the crate uses what it derives.
#[must_use]
pub fn status_of(q: &Quiet) -> Status {
    q.status()
}
