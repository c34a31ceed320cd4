use http_status::StatusResponse;

/// Serializable, but with no salvo-oapi's `ToSchema`.
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

/// What salvo-oapi asks of a handler's error.
fn documented<T: salvo_oapi::EndpointOutRegister>() {}

fn main() {
    documented::<ApiError>();
}
