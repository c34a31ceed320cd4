use http_status::status;

fn main() {
    let _ = status!();
    let _ = status!(404, 405);
    let _ = status!(400 + 4);
    let _ = status!(Status::NOT_FOUND);
    let _ = status!(http_status::Status::NOT_FOUND);
}
