use http_status::{Status, StatusResponse};
use utoipa::IntoResponses;

/// Serializable, but with no OpenAPI schema.
#[derive(Debug, serde::Serialize)]
struct Balance(u32);

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no credit")]
    #[status(403)]
    OutOfCredit {
        #[problem]
        balance: Balance,
    },
}

/// A hand-written `StatusResponse` that does not implement `IntoResponses`.
#[derive(Debug, thiserror::Error)]
#[error("manual")]
struct Manual;

impl StatusResponse for Manual {
    fn status(&self) -> Status {
        Status::CONFLICT
    }
}

#[derive(Debug, thiserror::Error, StatusResponse)]
enum Wrapper {
    #[error(transparent)]
    #[status(transparent)]
    Inner(Manual),
}

fn main() {
    let _ = ApiError::responses();
    let _ = Wrapper::responses();
}
