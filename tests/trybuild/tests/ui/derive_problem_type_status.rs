use http_status::StatusResponse;

// A problem type names one kind of problem, with one status.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no credit")]
    #[status(403, type = "https://example.com/probs/out-of-credit")]
    OutOfCredit,
    #[error("no credit, again")]
    #[status(402, type = "https://example.com/probs/out-of-credit")]
    Payment,
    // The same type with the same status is allowed.
    #[error("no credit, a third time")]
    #[status(403, type = "https://example.com/probs/out-of-credit")]
    Again,
}

// An empty member name.
#[derive(Debug, thiserror::Error, StatusResponse)]
#[error("empty")]
#[status(400)]
struct Empty {
    #[problem(rename = "")]
    value: u32,
}

fn main() {}
