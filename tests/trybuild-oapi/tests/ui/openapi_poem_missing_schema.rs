use http_status::StatusResponse;

/// Serializable, but with no poem-openapi's `Type`.
#[derive(Debug, serde::Serialize)]
struct Balance(u32);

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no credit")]
    #[status(403)]
    OutOfCredit {
        #[problem]
        balance: Balance,
    },
}

/// What poem-openapi asks of a handler's error.
fn documented<T: poem_openapi::ApiResponse>() {}

fn main() {
    documented::<ApiError>();
}
