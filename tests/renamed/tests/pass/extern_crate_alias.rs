// `extern crate hs as http_status;` makes `::http_status` resolve: the derive works with it,
// with or without `crate = "..."`.
extern crate hs as http_status;

use http_status::{Status, StatusResponse};

#[derive(StatusResponse)]
#[status(404)]
struct Missing;

#[derive(StatusResponse)]
#[status(crate = "http_status")]
#[status(410)]
struct Gone;

fn main() {
    assert_eq!(Missing.status(), Status::NOT_FOUND);
    assert_eq!(Gone.status(), Status::GONE);
}
