use axum::response::IntoResponse;
use http_status::StatusResponse;

#[derive(Debug, StatusResponse)]
enum ApiError {
    #[status(404)]
    Missing,
}

#[axum::debug_handler]
async fn handler() -> Result<String, ApiError> {
    Err(ApiError::Missing)
}

fn main() {
    let _ = ApiError::Missing.into_response();
    let _ = handler;
}
