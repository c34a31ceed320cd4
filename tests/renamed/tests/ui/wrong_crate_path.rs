use hs::StatusResponse;

#[derive(StatusResponse)]
#[status(crate = "http_stat")]
#[status(404)]
struct Missing;

#[derive(StatusResponse)]
#[status(crate = 5)]
#[status(404)]
struct NotAString;

#[derive(StatusResponse)]
#[status(crate = "hs")]
enum OnVariant {
    #[status(crate = "hs")]
    A,
}

#[derive(StatusResponse)]
#[status(crate = "hs")]
#[status(crate = "hs")]
#[status(404)]
struct Twice;

fn main() {}
