//! An orders API on axum 0.8 and aide 0.15: the `#[derive(StatusResponse)]` enum of
//! `shared/orders.rs` answers the requests and documents them, its members'
//! schemas from `schemars::JsonSchema` (feature `aide015`).
//!
//! The `ProblemLayer` makes axum's own answers (a path that does not parse, an unknown route, a
//! wrong method) problems too, and negotiates every problem's format and language;
//! `LayerResponses` documents what it adds, on the document aide wrote.
//!
//! ```text
//! cargo run -p http-status-suite --example aide_api
//! curl localhost:3000/openapi.json
//! curl -i localhost:3000/orders/2
//! ```

// One test binary holds two of these examples, each with its own `Credit` for `orders` to use.
#[allow(clippy::duplicate_mod)]
#[path = "shared/orders.rs"]
mod orders;

use aide::axum::routing::get;
use aide::axum::ApiRouter;
use aide::openapi::{Info, OpenApi};
use axum::extract::Path;
use axum::Json;
use http_status::layer::ProblemLayer;
use http_status::openapi::LayerResponses;
use orders::OrderError;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An order.
#[derive(Serialize, JsonSchema)]
pub struct Order {
    id: u32,
    item: String,
}

/// What an account may still spend.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Credit {
    /// What the account holds.
    pub balance: u32,
    /// What the order would cost.
    pub cost: u32,
}

/// The path of an order.
#[derive(Deserialize, JsonSchema)]
pub struct OrderId {
    /// The order's id.
    id: u32,
}

/// Reads an order: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails the store.
pub async fn get_order(Path(OrderId { id }): Path<OrderId>) -> Result<Json<Order>, OrderError> {
    let item = orders::item(id)?;
    Ok(Json(Order { id, item }))
}

/// Replacing an order is not allowed.
pub async fn replace_order(Path(_): Path<OrderId>) -> Result<Json<Order>, OrderError> {
    Err(OrderError::Replace)
}

/// The API and its document, served at `/openapi.json`.
pub fn app() -> (axum::Router, OpenApi) {
    let mut api = OpenApi {
        info: Info {
            title: "Orders".into(),
            version: "1.0.0".into(),
            description: Some("Orders, whose errors document themselves.".into()),
            ..Info::default()
        },
        ..OpenApi::default()
    };
    let router = ApiRouter::new()
        .api_route("/orders/{id}", get(get_order).put(replace_order))
        .finish_api(&mut api)
        .layer(ProblemLayer::new());
    // The routes are in the document only now.
    LayerResponses::DEFAULT.add_to(&mut api);
    let document = api.clone();
    let router = router.route(
        "/openapi.json",
        axum::routing::get(move || async move { Json(document) }),
    );
    (router, api)
}

#[allow(dead_code)] // The test uses `app` without `main`.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("orders API on http://{}", listener.local_addr()?);
    axum::serve(listener, app().0).await
}
