#![deny(deprecated)]

use http_status::StatusResponse;

#[derive(Debug, StatusResponse)]
enum ApiError {
    #[status(418)]
    Teapot,
    #[status(UNPROCESSABLE_ENTITY)]
    Invalid,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

fn main() {}
