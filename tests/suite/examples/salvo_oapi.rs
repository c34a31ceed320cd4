//! An orders API on salvo 1 and salvo-oapi: the `#[derive(StatusResponse)]` enum of
//! `shared/orders.rs` is each `#[endpoint]`'s error, answers the requests (as a
//! `salvo::Writer`, negotiating the format and language) and documents them (as salvo-oapi's
//! `EndpointOutRegister`, feature `salvo-oapi`), its members' schemas from salvo-oapi's
//! `ToSchema`.
//!
//! ```text
//! cargo run -p http-status-suite --example salvo_oapi
//! curl localhost:3000/openapi.json
//! curl -i localhost:3000/orders/2
//! ```

// One test binary holds two of these examples, each with its own `Credit` for `orders` to use.
#[allow(clippy::duplicate_mod)]
#[path = "shared/orders.rs"]
mod orders;

use orders::OrderError;
use salvo::conn::Acceptor as _;
use salvo::oapi::extract::PathParam;
use salvo::oapi::{endpoint, OpenApi, ToSchema};
use salvo::prelude::*;
use serde::Serialize;

/// An order.
#[derive(Serialize, ToSchema)]
pub struct Order {
    id: u32,
    item: String,
}

/// What an account may still spend.
#[derive(Debug, Serialize, ToSchema)]
pub struct Credit {
    /// What the account holds.
    pub balance: u32,
    /// What the order would cost.
    pub cost: u32,
}

/// Reads an order: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails the store.
#[endpoint]
pub async fn get_order(id: PathParam<u32>) -> Result<Json<Order>, OrderError> {
    let id = id.into_inner();
    let item = orders::item(id)?;
    Ok(Json(Order { id, item }))
}

/// Replacing an order is not allowed.
#[endpoint]
pub async fn replace_order(id: PathParam<u32>) -> Result<Json<Order>, OrderError> {
    let _ = id;
    Err(OrderError::Replace)
}

/// The API and its document, served at `/openapi.json`.
pub fn app() -> (Router, OpenApi) {
    let router = Router::new().push(
        Router::with_path("orders/{id}")
            .get(get_order)
            .put(replace_order),
    );
    let api = OpenApi::new("Orders", "1.0.0").merge_router(&router);
    let router = router.push(api.clone().into_router("/openapi.json"));
    (router, api)
}

#[allow(dead_code)] // The test uses `app` without `main`.
#[tokio::main]
async fn main() {
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let acceptor = TcpListener::new(addr).bind().await;
    println!(
        "orders API (salvo) on http://{}",
        acceptor.holdings()[0].local_addr
    );
    Server::new(acceptor).serve(app().0).await;
}
