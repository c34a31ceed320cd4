use http_status::{Status, StatusResponse};

#[derive(StatusResponse)]
#[header("Retry-After")]
#[status(503)]
enum ApiError {
    #[header("Retry-After")]
    #[status(429)]
    Unit,
    #[problem]
    #[status(400)]
    Variant,
    #[status(transparent)]
    Wrapped(#[header("Retry-After")] Status),
    #[status(transparent)]
    WrappedMember {
        #[problem]
        inner: Status,
    },
    #[status(transparent, header("Retry-After", "5"))]
    WrappedConst(Status),
}

fn main() {}
