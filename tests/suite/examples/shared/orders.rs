//! The orders of the `aide_api`, `salvo_oapi` and `poem_openapi` examples: one error enum that
//! each documents with its own OpenAPI crate, and what each order id answers. The `Credit`
//! member is each example's own, with the schema derive of its crate.

use http_status::StatusResponse;

use super::Credit;

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

/// The item of order `id`: `1` exists, `2` is out of credit, `3` is rate limited, `0` fails
/// the store, and no other order exists.
pub fn item(id: u32) -> Result<String, OrderError> {
    match id {
        0 => Err(OrderError::Store),
        1 => Ok("tea".into()),
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
