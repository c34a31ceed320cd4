#![deny(deprecated)]

use http_status::StatusResponse;

// Two variants that answer the same status with the same problem type cannot be told apart by
// a client: a warning on the later one, when neither asked for `decode`.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("taken")]
    #[status(409)]
    Taken,
    #[error("stale")]
    #[status(409)]
    Stale,
    // Silenced where the user says so.
    #[error("locked")]
    #[status(409)]
    #[allow(deprecated)]
    Locked,
    // Another type: no warning.
    #[error("frozen")]
    #[status(409, type = "https://example.com/probs/frozen")]
    Frozen,
}

// A default shared by several variants warns once, on the default.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(400)]
enum Inherited {
    #[error("first")]
    First,
    #[error("second")]
    Second,
    #[error("third")]
    Third,
}

fn main() {}
