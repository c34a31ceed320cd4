use http_status::{Status, StatusResponse};

/// A hand-written `StatusResponse` that does not implement `InnerApiResponse`.
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

/// What poem-openapi asks of a handler's error.
fn documented<T: poem_openapi::ApiResponse>() {}

fn main() {
    documented::<Wrapper>();
}
