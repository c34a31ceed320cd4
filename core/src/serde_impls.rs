//! Serde support: a [`Status`] is written as its number, and read from a number or, in
//! human-readable formats, from a string with [`FromStr`](core::str::FromStr)'s rules (`"404"`,
//! `"404 Not Found"`, `"Not Found"`), so configuration files can name codes.

use core::fmt;

use serde::de::{Deserialize, Deserializer, Error as _, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::Status;

/// A number no `Status` holds, in the core's one sentence for it.
struct OutOfRange(u64);

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::error::out_of_range(f, &self.0)
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

struct StatusVisitor;

impl Visitor<'_> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code (100 to 599, or 600 to 999 as some peers send), or its reason phrase")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Status, E> {
        u16::try_from(v)
            .ok()
            .and_then(|code| Status::from_u16(code).ok())
            .ok_or_else(|| E::custom(OutOfRange(v)))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Status, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(v), &self)),
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Status, E> {
        v.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            let code = u16::deserialize(deserializer)?;
            Status::from_u16(code).map_err(D::Error::custom)
        }
    }
}
