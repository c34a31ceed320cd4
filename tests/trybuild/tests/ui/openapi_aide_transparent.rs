use http_status::{Status, StatusResponse};

/// A hand-written `StatusResponse` that does not implement `InnerOutput`.
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

/// What aide asks of a handler's output.
fn documented<T: aide::OperationOutput>() {}

fn main() {
    documented::<Wrapper>();
}
