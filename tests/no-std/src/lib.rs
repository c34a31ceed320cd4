//! A `#![no_std]` static library that uses the core. It defines its own panic handler, which
//! is only possible when std is nowhere in the dependency graph: if `http-status-core` (or
//! anything it depends on) linked std, this crate would fail to build with a duplicate
//! `panic_impl` lang item. The const assertions run the core's const API at compile time.
//!
//! Built by `.ci/run` with `cargo build --manifest-path tests/no-std/Cargo.toml`.
#![no_std]
#![forbid(unsafe_code)]

use http_status_core::{Class, Status};

/// Evaluated at compile time, in a `no_std` crate.
pub const NOT_FOUND: Status = match Status::from_u16(404) {
    Ok(s) => s,
    Err(_) => Status::INTERNAL_SERVER_ERROR,
};

const _: () = assert!(NOT_FOUND.as_u16() == 404);
const _: () = assert!(matches!(NOT_FOUND.class(), Class::ClientError));
const _: () = assert!(Status::from_u16(1000).is_err());
const _: () = assert!(matches!(Status::NOT_FOUND.reason(), Some(r) if r.len() == 9));
const _: () = assert!(Status::from_u16(299).is_ok());

/// The reason phrase's length of a code, through the no_std API (0 when it has none).
#[must_use]
pub fn reason_len(code: u16) -> usize {
    Status::from_u16(code)
        .ok()
        .and_then(Status::reason)
        .map_or(0, str::len)
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
