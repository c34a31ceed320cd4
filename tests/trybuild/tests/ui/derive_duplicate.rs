use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(404)]
    #[status(410)]
    Gone,
}

fn main() {}
