use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    // A member needs a name, and a tuple field has none.
    #[error("balance {0}")]
    #[status(403)]
    Credit(#[problem] u32),
    // In a transparent variant, the attribute is the mistake: one error, saying so.
    #[error(transparent)]
    #[status(transparent)]
    Inner(#[problem] Inner),
}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("inner")]
#[status(404)]
struct Inner;

fn main() {}
