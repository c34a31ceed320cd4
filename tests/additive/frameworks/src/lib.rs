//! Turns every framework feature on for the whole build, and uses the plain crate's types.

use http_status::{Status, StatusResponse};

/// The plain crate's type still has its status with every feature on.
#[must_use]
pub fn missing() -> Status {
    additive_plain::status_of(&additive_plain::Quiet::Missing)
        .max(additive_plain::Generic(1u8).status())
}
