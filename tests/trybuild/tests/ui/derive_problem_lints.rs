#![deny(deprecated)]

use http_status::StatusResponse;

// RFC 9457's advice, as warnings on the token to change (denied here, so that they show).
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    // `about:blank`'s title should be the status phrase.
    #[error("no user")]
    #[status(404, title = "No such user")]
    NoUser,
    #[error("stale")]
    #[status(409, title(fr = "Version périmée"))]
    Stale,
    // Member names: three characters or more, a letter first, letters, digits and `_`.
    #[error("names")]
    #[status(400, type = "https://example.com/probs/names")]
    Names {
        #[problem]
        id: u32,
        #[problem(rename = "retry-in")]
        retry_in: u32,
        #[problem(rename = "_internal")]
        internal: u32,
        #[problem(rename = "2fa")]
        second_factor: bool,
        #[problem]
        #[allow(deprecated)]
        ok: bool,
        #[problem(rename = "user_id")]
        user: u32,
    },
}

// A default shared by several variants warns once, on the default.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(422, title = "Invalid")]
enum Defaulted {
    #[error("first")]
    First,
    #[error("second")]
    #[status(422, type = "https://example.com/probs/second")]
    Second,
}

fn main() {}
