//! An orders API on axum 0.8 and utoipa-axum whose errors document themselves: one
//! `#[derive(StatusResponse)]` enum is both what the handlers answer with and what
//! `/openapi.json` says they answer with.
//!
//! ```text
//! cargo run -p http-status-suite --example openapi
//! curl localhost:3000/openapi.json
//! curl -i localhost:3000/orders/2
//! curl -i localhost:3000/orders -H 'content-type: application/json' -d '{"item":"tea"}'
//! ```
//!
//! Behind `ProblemLayer`, what axum and tower-http answer on their own (a body that does not
//! parse, an unknown route, a timeout, a panic) is a problem too, and `LayerResponses` documents
//! it on every route.

use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Path};
use axum::http::StatusCode;
use axum::Json;
use http_status::layer::ProblemLayer;
use http_status::openapi::{LayerResponses, Only, ProblemDetails};
use http_status::{Status, StatusResponse};
use serde::{Deserialize, Serialize};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use utoipa::Modify as _;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The document: the `ProblemDetails` component, registered once. Everything else comes from
/// the handlers and their error type.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Orders",
        version = "1.0.0",
        description = "Orders, whose errors document themselves."
    ),
    components(schemas(ProblemDetails))
)]
struct ApiDoc;

/// An order.
#[derive(Serialize, ToSchema)]
pub struct Order {
    id: u32,
    item: String,
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
    #[error("your current balance is {balance}, but that costs {cost}")]
    #[status(
        403,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    OutOfCredit {
        /// What the account holds.
        #[problem]
        balance: u32,
        /// What the order would cost.
        cost: u32,
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

/// A new order.
#[derive(Deserialize, ToSchema)]
pub struct NewOrder {
    item: String,
    quantity: u32,
}

/// How long a request may take: the `TimeoutLayer`'s 408 after that.
pub const TIMEOUT: Duration = Duration::from_millis(500);

/// What the problem layer adds to every route: axum's and tower-http's own answers, and the
/// `TimeoutLayer`'s 408.
pub const LAYER_RESPONSES: LayerResponses = LayerResponses::new(&[
    Status::BAD_REQUEST,
    Status::NOT_FOUND,
    Status::METHOD_NOT_ALLOWED,
    Status::REQUEST_TIMEOUT,
    Status::CONTENT_TOO_LARGE,
    Status::UNSUPPORTED_MEDIA_TYPE,
    Status::UNPROCESSABLE_CONTENT,
    Status::INTERNAL_SERVER_ERROR,
]);

/// Reads an order: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails the store,
/// `8` hits a bug (a panic) and `9` takes longer than [`TIMEOUT`].
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u32, Path, description = "the order's id")),
    responses((status = 200, description = "The order", body = Order), OrderError)
)]
pub async fn get_order(Path(id): Path<u32>) -> Result<Json<Order>, OrderError> {
    match id {
        0 => Err(OrderError::Store),
        1 => Ok(Json(Order {
            id,
            item: "tea".into(),
        })),
        2 => Err(OrderError::OutOfCredit {
            balance: 30,
            cost: 50,
            account: "/accounts/12345".into(),
        }),
        3 => Err(OrderError::RateLimited { seconds: 30 }),
        8 => panic!("order 8 trips a bug"),
        9 => {
            tokio::time::sleep(TIMEOUT * 10).await;
            Err(OrderError::Store)
        }
        _ => Err(OrderError::NotFound(id)),
    }
}

/// Replacing an order is not allowed. It can answer only `OrderError::Replace`, so its
/// document names only that status: `Only<OrderError, 405>` (checked against the enum).
#[utoipa::path(
    put,
    path = "/orders/{id}",
    params(("id" = u32, Path, description = "the order's id")),
    responses(Only<OrderError, 405>)
)]
pub async fn replace_order(Path(_id): Path<u32>) -> Result<Json<Order>, OrderError> {
    Err(OrderError::Replace)
}

/// Places an order: axum reads the body, and answers a malformed one itself.
#[utoipa::path(
    post,
    path = "/orders",
    request_body = NewOrder,
    responses((status = 201, description = "The order", body = Order))
)]
pub async fn create_order(Json(order): Json<NewOrder>) -> (StatusCode, Json<Order>) {
    let item = format!("{} x {}", order.quantity, order.item);
    (StatusCode::CREATED, Json(Order { id: 4, item }))
}

/// The API and its document, served at `/openapi.json`.
pub fn app() -> (axum::Router, utoipa::openapi::OpenApi) {
    let (router, mut api) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(get_order, replace_order))
        .routes(routes!(create_order))
        .split_for_parts();
    // The routes are in the document only now: `#[openapi(modifiers(...))]` would run before.
    LAYER_RESPONSES.modify(&mut api);
    let router = router
        .layer(DefaultBodyLimit::max(1024))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            TIMEOUT,
        ))
        .layer(CatchPanicLayer::new())
        .layer(ProblemLayer::new());
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
