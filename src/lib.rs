#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use http_status_core::suggest;
pub use http_status_core::{
    Class, Former, Info, InvalidStatus, Lang, ParseStatusError, ParseStatusErrorKind, Standing,
    Status, StatusResponse, Vendor, REGISTRY,
};

/// Paths used by the code the macros generate. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use http_status_core::Status;
}
