use http_status::StatusResponse;

#[derive(StatusResponse)]
#[status(Continue)]
enum ApiError {
    #[status(103)]
    Hints,
    Other,
}

fn main() {}
