use http_status::StatusResponse;

// One mistake in the derive, and every use of the type: the derive's error is the only one.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("method")]
    #[status(405)]
    Method,
}

async fn handler() -> Result<String, ApiError> {
    Err(ApiError::Method)
}

fn main() {
    let _ = axum::Router::<()>::new().route("/", axum::routing::get(handler));
    let _ = http_status::problem::to_response(&ApiError::Method);
    let _ = <ApiError as utoipa::IntoResponses>::responses();
    let _ = actix_web::ResponseError::error_response(&ApiError::Method);
}
