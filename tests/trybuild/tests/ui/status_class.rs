use http_status::status;

fn main() {
    // A class is no code.
    let _ = status!(4xx);
    let _ = status!(5XX);
}
