use http_status::{Status, StatusResponse};

#[derive(StatusResponse)]
enum ApiError {
    #[status(transparent)]
    Nothing,
    #[status(transparent)]
    Two(Status, Status),
    #[status(transparent, expose)]
    Exposed(Status),
}

#[derive(StatusResponse)]
#[status(transparent)]
enum Whole {
    A(Status),
}

fn main() {}
