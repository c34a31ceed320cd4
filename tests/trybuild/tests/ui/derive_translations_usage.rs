// How `title(...)` and `detail(...)` are written: each misuse is one error on its token.
use http_status::StatusResponse;

#[derive(Debug, thiserror::Error)]
#[error("inner")]
struct Inner;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no user")]
    #[status(404, title(fr))]
    NoValue,
    #[error("no user")]
    #[status(404, detail())]
    Empty,
    #[error("no user")]
    #[status(404, title(fr = 5))]
    NotAString,
    #[error("no user {0}")]
    #[status(404, detail(fr = "aucun utilisateur {0}}"))]
    StrayBrace(u32),
    #[error("no user")]
    #[status(404, title(fr = "  "))]
    EmptyFrench,
    #[error(transparent)]
    #[status(transparent, detail(fr = "interne"))]
    Wrapped(Inner),
}

fn main() {}
