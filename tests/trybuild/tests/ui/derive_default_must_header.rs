use http_status::StatusResponse;

// One mistake, one error: the default lacks `Allow`, whichever variants take it.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(405)]
enum ApiError {
    #[error("a")]
    First,
    #[error("b")]
    Second,
    #[error("c")]
    Third {
        #[header("Allow")]
        allow: String,
    },
    #[error("d")]
    #[status(404)]
    Own,
}

fn main() {}
