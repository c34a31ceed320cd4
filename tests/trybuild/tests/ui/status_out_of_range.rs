use http_status::status;

fn main() {
    let _ = status!(99);
    let _ = status!(600);
    let _ = status!(999);
    let _ = status!(1000);
    let _ = status!(70000);
    let _ = status!(99999999999999999999999);
}
