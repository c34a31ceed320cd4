#![deny(deprecated)]

use http_status::StatusResponse;

#[derive(Debug, StatusResponse)]
enum ApiError {
    #[status(418)]
    Teapot,
    #[status(UNPROCESSABLE_ENTITY)]
    Invalid,
}

// An enum default shared by two variants warns once, on the default.
#[derive(Debug, StatusResponse)]
#[status(510)]
enum Legacy {
    First,
    Second,
}

impl std::fmt::Display for Legacy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

// `#[allow(deprecated)]` where the user writes it silences the warning: on the enum...
#[allow(deprecated)]
#[derive(Debug, thiserror::Error, StatusResponse)]
enum AllowedOnEnum {
    #[error("teapot")]
    #[status(418)]
    Teapot,
}

// ...or on the variant, while a sibling variant still warns.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum AllowedOnVariant {
    #[error("teapot")]
    #[allow(deprecated)]
    #[status(418)]
    Teapot,
    #[error("proxy")]
    #[status(305)]
    Proxy,
}

fn main() {}
