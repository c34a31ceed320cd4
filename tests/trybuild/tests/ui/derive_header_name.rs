use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(429, header("Retry After", "120"))]
    Space,
    #[status(429, header("Retry-Afer", "120"))]
    Typo,
    #[status(400, header("", "x"))]
    Empty,
    #[status(400, header("Content-Type", "text/html"))]
    Framing,
    #[status(429)]
    Field {
        #[header("Retry:After")]
        seconds: u32,
    },
    #[status(400, header("Allow"))]
    NoValue,
    #[status(400, header(Allow, "GET"))]
    NotAString,
    #[status(429)]
    FieldWithoutName {
        #[header]
        seconds: u32,
    },
}

fn main() {}
