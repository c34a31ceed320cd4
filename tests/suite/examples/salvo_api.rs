//! The users API of `axum_api.rs`, on salvo 1: the same `#[derive(StatusResponse)]` enum is a
//! `salvo::Writer`, so handlers return `Result<T, UserError>`. The writer sees the request, so
//! each problem comes in the format and language the client asked for, as behind the problem
//! layer in axum.
//!
//! ```text
//! cargo run -p http-status-suite --example salvo_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! curl -i localhost:3000/users/2 -H 'Accept: text/html' -H 'Accept-Language: fr'
//! ```

#[path = "shared/users.rs"]
mod users;

use std::sync::{Arc, LazyLock};

use salvo::conn::Acceptor as _;
use salvo::http::StatusCode;
use salvo::prelude::*;
use serde_json::Value;
use users::{UserError, Users};

static USERS: LazyLock<Arc<Users>> = LazyLock::new(|| Arc::new(Users::default()));

/// The `id` of the route, or `0`, which no user has (the store says why).
fn id(req: &Request) -> u32 {
    req.param::<u32>("id").unwrap_or(0)
}

#[handler]
async fn show(req: &mut Request) -> Result<Json<Value>, UserError> {
    USERS.get(id(req)).map(Json)
}

#[handler]
async fn find(req: &mut Request) -> Result<Json<Value>, UserError> {
    let name: String = req.param("name").unwrap_or_default();
    USERS.find(&name).map(Json)
}

#[handler]
async fn create(req: &mut Request, res: &mut Response) -> Result<Json<Value>, UserError> {
    let body: Value = req
        .parse_json()
        .await
        .map_err(|_| UserError::Invalid("the body is not JSON"))?;
    let user = USERS.create(&body)?;
    res.status_code(StatusCode::CREATED);
    Ok(Json(user))
}

#[handler]
async fn replace() -> Result<StatusCode, UserError> {
    Err(UserError::Immutable)
}

#[handler]
async fn remove(req: &mut Request) -> Result<StatusCode, UserError> {
    USERS.delete(id(req)).map(|()| StatusCode::NO_CONTENT)
}

#[tokio::main]
async fn main() {
    let router = Router::with_path("users")
        .post(create)
        .push(
            Router::with_path("{id}")
                .get(show)
                .delete(remove)
                .put(replace),
        )
        .push(Router::with_path("by-name/{name}").get(find));
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let acceptor = TcpListener::new(addr).bind().await;
    println!(
        "users API (salvo) on http://{}",
        acceptor.holdings()[0].local_addr
    );
    Server::new(acceptor).serve(router).await;
}
