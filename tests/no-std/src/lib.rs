//! A `#![no_std]` crate that uses the core: if `http-status-core` pulled in `std`, this crate
//! would not build for a target without it, and the const assertions below would not compile.
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

/// The reason phrase of a code, through the no_std API.
#[must_use]
pub fn reason_of(code: u16) -> Option<&'static str> {
    Status::from_u16(code).ok().and_then(Status::reason)
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_std_lookup_works() {
        assert_eq!(super::reason_of(404), Some("Not Found"));
        assert_eq!(super::reason_of(1000), None);
    }
}
