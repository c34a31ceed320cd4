use http_status::{Status, StatusResponse};

/// A hand-written `StatusResponse` that does not implement `InnerOutRegister`.
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

/// What salvo-oapi asks of a handler's error.
fn documented<T: salvo_oapi::EndpointOutRegister>() {}

fn main() {
    documented::<Wrapper>();
}
