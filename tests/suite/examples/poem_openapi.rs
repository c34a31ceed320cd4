//! An orders API on poem 3 and poem-openapi 5: the `#[derive(StatusResponse)]` enum of
//! `shared/orders.rs` is each operation's error, answers the requests (as poem's
//! `ResponseError`) and documents them (as poem-openapi's `ApiResponse`, feature
//! `poem-openapi`), its members' schemas from poem-openapi's `Type`.
//!
//! ```text
//! cargo run -p http-status-suite --example poem_openapi
//! curl localhost:3000/openapi.json
//! curl -i localhost:3000/orders/2
//! ```

// One test binary holds two of these examples, each with its own `Credit` for `orders` to use.
#[allow(clippy::duplicate_mod)]
#[path = "shared/orders.rs"]
mod orders;

use orders::OrderError;
use poem::listener::TcpListener;
use poem::{Route, Server};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi, OpenApiService};
use serde::Serialize;

/// An order.
#[derive(Object)]
pub struct Order {
    id: u32,
    item: String,
}

/// What an account may still spend.
#[derive(Debug, Serialize, Object)]
pub struct Credit {
    /// What the account holds.
    pub balance: u32,
    /// What the order would cost.
    pub cost: u32,
}

/// The orders.
pub struct Api;

#[OpenApi]
impl Api {
    /// Reads an order: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails the
    /// store.
    #[oai(path = "/orders/:id", method = "get")]
    async fn get_order(&self, id: Path<u32>) -> Result<Json<Order>, OrderError> {
        let id = id.0;
        let item = orders::item(id)?;
        Ok(Json(Order { id, item }))
    }

    /// Replacing an order is not allowed.
    #[oai(path = "/orders/:id", method = "put")]
    async fn replace_order(&self, id: Path<u32>) -> Result<Json<Order>, OrderError> {
        let _ = id;
        Err(OrderError::Replace)
    }
}

/// The API and its document (OpenAPI 3.0, as poem-openapi writes it), served at
/// `/openapi.json`.
pub fn app() -> (Route, String) {
    let service = OpenApiService::new(Api, "Orders", "1.0.0");
    let document = service.spec();
    let route = Route::new()
        .at("/openapi.json", service.spec_endpoint())
        .nest("/", service);
    (route, document)
}

#[allow(dead_code)] // The test uses `app` without `main`.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    println!("orders API (poem) on http://{addr}");
    Server::new(TcpListener::bind(addr)).run(app().0).await
}
