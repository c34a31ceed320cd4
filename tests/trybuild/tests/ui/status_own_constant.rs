use http_status::{status, Status};

const MY_STATUS: Status = Status::NOT_FOUND;

fn main() {
    // A constant of the user's is not read at compile time.
    let _ = status!(MY_STATUS);
    let _ = MY_STATUS;
}
