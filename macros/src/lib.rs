//! Procedural macros of [`http-status`](https://docs.rs/http-status). Use them through the
//! facade crate, which re-exports them with working paths.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
