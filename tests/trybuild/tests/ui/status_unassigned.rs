use http_status::status;

fn main() {
    let _ = status!(299);
    let _ = status!(432);
}
