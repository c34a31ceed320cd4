// A route's document names only statuses the enum's own variants declare.
use http_status::openapi::Only;
use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum Upstream {
    #[error("upstream timed out")]
    #[status(504)]
    TimedOut,
}

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no item")]
    #[status(404)]
    NotFound,
    #[error("the item changed")]
    #[status(409)]
    Conflict,
    #[error(transparent)]
    #[status(transparent)]
    Upstream(Upstream),
}

// 418 is no variant's status.
#[utoipa::path(get, path = "/tea", responses(Only<ApiError, 404, 418>))]
async fn tea() {}

// 504 comes from the wrapped type: `Only<Upstream, 504>` documents it.
#[utoipa::path(get, path = "/slow", responses(Only<ApiError, 504>))]
async fn slow() {}

// Fine: each status listed where it is declared.
#[utoipa::path(get, path = "/items", responses(Only<ApiError, 404, 409>, Only<Upstream, 504>))]
async fn items() {}

fn main() {}
