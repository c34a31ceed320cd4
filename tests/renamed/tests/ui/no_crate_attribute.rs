use hs::StatusResponse;

#[derive(StatusResponse)]
#[status(404)]
struct Missing;

fn main() {}
