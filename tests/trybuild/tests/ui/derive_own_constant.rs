use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(MY_STATUS)]
    Mine,
}

fn main() {}
