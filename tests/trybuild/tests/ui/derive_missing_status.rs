use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(404)]
    NotFound,
    Timeout,
    Crashed { reason: String },
}

#[derive(StatusResponse)]
struct Plain;

fn main() {}
