// A detail template's format spec is rustc's to check, on the template.
use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no user {0}")]
    #[status(404, detail(fr = "aucun utilisateur {0:q}"))]
    NotFound(u32),
}

fn main() {}
