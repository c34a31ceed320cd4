//! The orders API of the `openapi` example on axum 0.8 and aide 0.15: the same
//! `#[derive(StatusResponse)]` enum answers the requests and documents them, its members'
//! schemas from `schemars::JsonSchema` (feature `aide015`).
//!
//! There is no `ProblemLayer` here: what the layer adds (its own problems, the negotiated
//! formats, `Content-Language` and `Vary`) is documented for utoipa only so far
//! (`openapi::LayerResponses`).
//!
//! ```text
//! cargo run -p http-status-suite --example aide_api
//! curl localhost:3000/openapi.json
//! curl -i localhost:3000/orders/2
//! ```

use aide::axum::routing::get;
use aide::axum::ApiRouter;
use aide::openapi::{Info, OpenApi};
use axum::extract::Path;
use axum::Json;
use http_status::StatusResponse;
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
    balance: u32,
    /// What the order would cost.
    cost: u32,
}

/// Why an order request failed. Each variant's doc comment becomes its response's
/// description in the document.
#[derive(Debug, thiserror::Error, StatusResponse)]
pub enum OrderError {
    /// No order has this id.
    #[error("no order has id {0}")]
    #[status(404)]
    NotFound(u32),
    /// The account behind the order has too little credit to pay for it.
    #[error("your credit is too low: {credit:?}")]
    #[status(
        403,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    OutOfCredit {
        /// The account's credit, a schema of its own in the document's components.
        #[problem]
        credit: Credit,
        /// A reference the client may quote, when there is one.
        #[problem]
        reference: Option<String>,
        /// The account, as the problem's `instance`.
        #[problem(instance)]
        account: String,
    },
    /// Orders are created and deleted, never replaced.
    #[error("orders cannot be replaced")]
    #[status(405, header("Allow", "GET"))]
    Replace,
    /// This client sends too many requests; it may retry after the given delay.
    #[error("slow down")]
    #[status(429)]
    RateLimited {
        /// When to try again, in seconds.
        #[header("Retry-After")]
        seconds: u32,
    },
    /// The order store cannot be reached. Its message names an internal host, so clients see
    /// only the status.
    #[error("order store at 10.0.0.7 unreachable")]
    #[status(503)]
    Store,
}

/// The path of an order.
#[derive(Deserialize, JsonSchema)]
pub struct OrderId {
    /// The order's id.
    id: u32,
}

/// Reads an order: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails the store.
pub async fn get_order(Path(OrderId { id }): Path<OrderId>) -> Result<Json<Order>, OrderError> {
    match id {
        0 => Err(OrderError::Store),
        1 => Ok(Json(Order {
            id,
            item: "tea".into(),
        })),
        2 => Err(OrderError::OutOfCredit {
            credit: Credit {
                balance: 30,
                cost: 50,
            },
            reference: None,
            account: "/accounts/12345".into(),
        }),
        3 => Err(OrderError::RateLimited { seconds: 30 }),
        _ => Err(OrderError::NotFound(id)),
    }
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
        .finish_api(&mut api);
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
