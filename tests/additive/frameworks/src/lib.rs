//! Turns every framework feature on for the whole build, and uses the plain crate's types.

use http_status::{Status, StatusResponse};

/// The plain crate's type still has its status with every feature on.
#[must_use]
pub fn missing() -> Status {
    additive_plain::status_of(&additive_plain::Quiet::Missing)
        .max(additive_plain::Generic(1u8).status())
}

/// The plain crate's types have a decoder with `decode` on, whatever their members are.
pub fn decodes(received: &http_status::decode::Received<'_>) -> bool {
    use http_status::decode::Decode as _;
    additive_plain::Undecodable::decode(received).is_ok()
        || additive_plain::Members::decode(received).is_ok()
}

/// The hand-written crate's type answers with its own axum response, not the derive's.
#[must_use]
pub fn handwritten() -> axum::response::Response {
    use axum::response::IntoResponse as _;
    additive_handwritten::Handwritten::Missing.into_response()
}
