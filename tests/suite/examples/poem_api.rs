//! The users API of `axum_api.rs`, on poem 3: the same `#[derive(StatusResponse)]` enum is a
//! `poem::error::ResponseError`, so handlers return `Result<T, UserError>` and errors go out as
//! RFC 9457 problem+json with the headers RFC 9110 asks for.
//!
//! ```text
//! cargo run -p http-status-suite --example poem_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! curl -i -X PUT localhost:3000/users/1
//! ```

#[path = "shared/users.rs"]
mod users;

use std::sync::Arc;

use poem::http::StatusCode;
use poem::listener::TcpListener;
use poem::web::{Data, Json, Path};
use poem::{get, handler, post, EndpointExt, Route, Server};
use serde_json::Value;
use users::{UserError, Users};

#[handler]
fn show(users: Data<&Arc<Users>>, Path(id): Path<u32>) -> Result<Json<Value>, UserError> {
    users.get(id).map(Json)
}

#[handler]
fn find(users: Data<&Arc<Users>>, Path(name): Path<String>) -> Result<Json<Value>, UserError> {
    users.find(&name).map(Json)
}

#[handler]
fn create(
    users: Data<&Arc<Users>>,
    Json(body): Json<Value>,
) -> Result<(StatusCode, Json<Value>), UserError> {
    Ok((StatusCode::CREATED, Json(users.create(&body)?)))
}

#[handler]
fn replace(Path(_id): Path<u32>) -> Result<StatusCode, UserError> {
    Err(UserError::Immutable)
}

#[handler]
fn remove(users: Data<&Arc<Users>>, Path(id): Path<u32>) -> Result<StatusCode, UserError> {
    users.delete(id).map(|()| StatusCode::NO_CONTENT)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Route::new()
        .at("/users", post(create))
        .at("/users/:id", get(show).delete(remove).put(replace))
        .at("/users/by-name/:name", get(find))
        .data(Arc::new(Users::default()));
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    println!("users API (poem) on http://{addr}");
    Server::new(TcpListener::bind(addr)).run(app).await
}
