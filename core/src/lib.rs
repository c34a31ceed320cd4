//! The runtime core of [`http-status`](https://docs.rs/http-status): the registry of documented
//! HTTP status codes and the [`Status`] type.
//!
//! `#![no_std]`, no required dependency. Most users depend on the `http-status` facade, which
//! re-exports everything here together with the `status!` macro and the `StatusResponse` derive.
//!
//! ```
//! use http_status_core::{Lang, Status};
//!
//! let status = Status::from_u16(404)?;
//! assert_eq!(status, Status::NOT_FOUND);
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.info().unwrap().reference(), "RFC 9110, Section 15.5.5");
//! assert_eq!("Payload Too Large".parse::<Status>()?, Status::CONTENT_TOO_LARGE);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

#[macro_use]
mod table;

mod error;
mod headers;
mod info;
pub mod negotiate;
mod reason;
mod respond;
mod response;
mod status;
pub mod suggest;

#[cfg(feature = "http02")]
mod http02_impls;
#[cfg(feature = "http")]
mod http_impls;
#[cfg(feature = "serde")]
mod serde_impls;

pub use error::{InvalidStatus, ParseStatusError, ParseStatusErrorKind};
pub use headers::{HeaderRule, HeaderSink, Requirement};
pub use info::{Class, Former, Info, Lang, Standing, Vendor};
pub use respond::WithBody;
pub use response::StatusResponse;
pub use status::{__warn, Status, REGISTRY};

/// What the `http-status` macros and the facade use, and nobody else. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::reason::{find, NameMatch};
    use crate::Status;

    /// The status a response goes out with: `500` for a `1xx` or `600..=999`, which cannot end
    /// an exchange. The one rule for `Status` as a response and for the facade's problems.
    #[must_use]
    pub const fn on_the_wire(status: Status) -> Status {
        status.on_the_wire()
    }

    /// The phrase of a status line: the registry's, or the class's name, never none.
    #[must_use]
    pub const fn status_line(status: Status) -> &'static str {
        status.status_line()
    }

    /// The headers a response's framing and body set: a value's own headers may not name them.
    /// The derive refuses them at compile time, and the facade leaves them out at run time, by
    /// this one list.
    pub const FRAMING_HEADERS: &[&str] = &["Content-Type", "Content-Length", "Transfer-Encoding"];
}
