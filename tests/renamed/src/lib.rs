//! A crate that depends on `http-status` under another name, as workspaces often do:
//! `hs = { package = "http-status", ... }`. `status!` follows the rename through `$crate`; the
//! derive follows `#[status(crate = "hs")]`, and without it, the rename this crate's
//! `Cargo.toml` writes.

use hs::{status, Status, StatusResponse};

/// The status of a missing item, checked at compile time through the renamed crate.
pub const MISSING: Status = status!(404);

/// Every feature of the derive, through the renamed crate.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(crate = "hs")]
#[status(500)]
pub enum ApiError {
    /// A plain status.
    #[error("no such item")]
    #[status(404)]
    Missing,
    /// A constant header, required by RFC 9110.
    #[error("read only")]
    #[status(405, header("Allow", "GET"))]
    ReadOnly,
    /// A problem type, a member and a header from a field.
    #[error("over quota")]
    #[status(429, type = "/probs/quota")]
    Quota {
        /// An extension member.
        #[problem]
        limit: u32,
        /// A header.
        #[header("Retry-After")]
        seconds: u32,
    },
    /// A deprecated name: the warning path goes through the rename too.
    #[error("teapot")]
    #[status(418)]
    #[allow(deprecated)]
    Teapot,
    /// Delegation.
    #[error(transparent)]
    #[status(transparent)]
    Inner(#[from] Inner),
    /// The enum default.
    #[error("unexpected")]
    Unexpected,
}

/// A struct, with `crate` in the same attribute as its status.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("gone")]
#[status(crate = "hs")]
#[status(410)]
pub struct Inner;

/// The derive without `crate = "..."`: it reads the rename from this crate's `Cargo.toml`.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("kept elsewhere")]
#[status(409, header("Location", "/elsewhere"))]
pub struct Moved {
    /// A member, so that the `Problem` impl is written through the rename too.
    #[problem]
    pub hint: u8,
}
