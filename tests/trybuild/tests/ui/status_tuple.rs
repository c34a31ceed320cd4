// `(StatusCode, body)` works for `http::StatusCode` only: with `Status`, it must not compile into a
// response with another status. `Status::with_body` is the form to write.
use axum::response::IntoResponse;
use http_status::Status as StatusCode;

fn main() {
    let _ = (StatusCode::CREATED, "made").into_response();
}
