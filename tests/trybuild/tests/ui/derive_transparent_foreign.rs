use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Io(std::io::Error),
}

fn main() {}
