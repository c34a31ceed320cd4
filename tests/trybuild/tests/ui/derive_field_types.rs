use http_status::StatusResponse;

struct NoDisplay;

// A header from a field is the field's `Display`.
#[derive(StatusResponse)]
enum ApiError {
    #[status(429)]
    RateLimited {
        #[header("Retry-After")]
        seconds: NoDisplay,
    },
}

// A member from a field is serialized with serde: without `Serialize`, the type is no problem
// response, and using it as one says why.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Members {
    #[error("no credit")]
    #[status(403)]
    OutOfCredit {
        #[problem]
        balance: NoSerialize,
    },
}

#[derive(Debug)]
struct NoSerialize;

fn main() {
    let _ = http_status::problem::to_response(&Members::OutOfCredit { balance: NoSerialize });
}
