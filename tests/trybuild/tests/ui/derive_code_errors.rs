use http_status::StatusResponse;

// Every variant's mistake is reported at once, with the same messages as `status!`, and the
// fallback impl keeps `.status()` below from adding errors of its own.
#[derive(StatusResponse)]
enum ApiError {
    #[status(299)]
    A,
    #[status(499)]
    B,
    #[status(NOT_FUND)]
    C,
    #[status("404")]
    D,
    #[status(404u8)]
    E,
    #[status(nginx 522)]
    F,
}

fn main() {
    let _ = ApiError::A.status();
}
