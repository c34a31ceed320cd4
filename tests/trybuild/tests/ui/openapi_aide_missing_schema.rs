use http_status::StatusResponse;

/// Serializable, but with no JSON Schema.
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

/// What aide asks of a handler's output.
fn documented<T: aide::OperationOutput>() {}

fn main() {
    documented::<ApiError>();
}
