use http_status::StatusResponse;

// A `crate` path that does not resolve: one error, on the string.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(crate = "nope")]
enum ApiError {
    #[error("gone")]
    #[status(410)]
    Gone,
    #[error("limited")]
    #[status(429)]
    Limited {
        #[header("Retry-After")]
        seconds: u32,
        #[problem]
        limit: u32,
    },
}

fn main() {}
