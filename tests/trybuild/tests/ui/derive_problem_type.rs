use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(403, type = "https://example.com/out of credit")]
    Space,
    #[status(403, type = "http://[::1/probs")]
    Host,
    #[status(403, type = "")]
    Empty,
    #[status(403, type = 5)]
    NotAString,
    #[status(403, title = " ")]
    EmptyTitle,
}

fn main() {}
