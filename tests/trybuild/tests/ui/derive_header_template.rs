// A constant header value with placeholders: each placeholder names a field of the variant.
use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("moved")]
    #[status(303, header("Location", "/items/{idd}"))]
    UnknownField { id: u32 },
    #[error("moved")]
    #[status(303, header("Location", "/items/{id:?}"))]
    DebugForm { id: String },
    #[error("moved")]
    #[status(303, header("Location", "/items/{"))]
    Unclosed { id: u32 },
}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(303, header("Location", "/items/{id}"))]
enum OnTheEnum {
    #[error("moved")]
    Moved { id: u32 },
}

fn main() {}
