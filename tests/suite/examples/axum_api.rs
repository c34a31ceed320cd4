//! A small users API on axum 0.8 whose errors are `#[derive(StatusResponse)]` enums, answered
//! as RFC 9457 problem+json with the headers RFC 9110 asks for. Behind `ProblemLayer`, what axum
//! answers on its own (a malformed body, an unknown route, a wrong method) is a problem too.
//!
//! ```text
//! cargo run -p http-status-suite --example axum_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"nam":"ada"}'
//! curl -i localhost:3000/users/7 -H 'Accept-Language: fr'
//! curl -i localhost:3000/probs/user-quota -H 'Accept: application/json'
//! ```
//!
//! A browser pointed at `localhost:3000/users/7` gets the problem as a page, and at
//! `localhost:3000/probs` the catalogue of the API's problem types.

#[path = "shared/users.rs"]
pub(crate) mod users;

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use http_status::layer::ProblemLayer;
use serde_json::Value;
use users::{UserError, Users};

async fn show(
    State(users): State<Arc<Users>>,
    Path(id): Path<u32>,
) -> Result<Json<Value>, UserError> {
    users.get(id).map(Json)
}

async fn find(
    State(users): State<Arc<Users>>,
    Path(name): Path<String>,
) -> Result<Json<Value>, UserError> {
    users.find(&name).map(Json)
}

async fn create(
    State(users): State<Arc<Users>>,
    Json(body): Json<Value>,
) -> Result<(StatusCode, Json<Value>), UserError> {
    Ok((StatusCode::CREATED, Json(users.create(&body)?)))
}

async fn replace(Path(_id): Path<u32>) -> Result<StatusCode, UserError> {
    Err(UserError::Immutable)
}

async fn remove(
    State(users): State<Arc<Users>>,
    Path(id): Path<u32>,
) -> Result<StatusCode, UserError> {
    users.delete(id).map(|()| StatusCode::NO_CONTENT)
}

/// The API, behind the problem layer, with the catalogue of its problem types: the quota
/// problem's `type`, `https://example.com/probs/user-quota`, has its page at
/// `/probs/user-quota`, and `/probs` lists them all.
pub fn app() -> Router {
    Router::new()
        .route("/users", axum::routing::post(create))
        .route("/users/{id}", get(show).delete(remove).put(replace))
        .route("/users/by-name/{name}", get(find))
        .merge(http_status::catalogue::axum_router::<UserError, _>(
            "/probs",
        ))
        .with_state(Arc::new(Users::default()))
        .layer(ProblemLayer::new())
}

#[allow(dead_code)] // The browser test uses `app` without `main`.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = app();
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("users API (axum) on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
