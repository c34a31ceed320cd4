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

/// Neither `Serialize` nor `Display`: fine as long as nobody asks for a problem body.
pub struct Opaque;

/// A hand-written `StatusResponse` that knows nothing of problem bodies.
pub struct Manual;

impl StatusResponse for Manual {
    fn status(&self) -> Status {
        Status::CONFLICT
    }
}

/// A problem member whose type cannot be serialized, and a transparent variant around a type
/// without `Problem`: with the frameworks on elsewhere in the build, these must still compile.
#[derive(StatusResponse)]
pub enum Members {
    /// An extension member that only a problem response would serialize.
    #[status(403)]
    Member {
        /// Not `Serialize`.
        #[problem]
        opaque: Opaque,
    },
    /// Wraps a type that implements `StatusResponse` by hand.
    #[status(transparent)]
    Wrapped(Manual),
}

/// A `Display` that is not `FromStr`.
pub struct Shown;

impl core::fmt::Display for Shown {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("shown")
    }
}

/// What the decoder cannot read back, in a crate that never asked for decoding: with `decode`
/// on elsewhere in the build, each variant is only left out of decoding.
#[derive(StatusResponse)]
pub enum Undecodable {
    /// A borrowed member: `Deserialize` for one lifetime only.
    #[status(400, type = "https://example.com/probs/borrowed")]
    Borrowed {
        /// Borrowed.
        #[problem]
        name: &'static str,
        /// Borrowed too, inside a container.
        #[problem]
        names: Vec<&'static str>,
    },
    /// A header whose type has no `FromStr`.
    #[status(400, type = "https://example.com/probs/shown")]
    Header {
        /// Not `FromStr`.
        #[header("X-Shown")]
        shown: Shown,
    },
    /// Twins the wire cannot tell apart, and a field that is not sent.
    #[status(409)]
    First,
    /// The twin.
    #[status(409)]
    #[allow(deprecated)]
    Second,
    /// Not sent.
    #[status(410)]
    NotSent(u8),
}
