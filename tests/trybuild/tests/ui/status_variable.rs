use http_status::status;

fn main() {
    let code = 404;
    let _ = status!(code);
    let _ = code;
}
