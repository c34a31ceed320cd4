use http_status::status;

fn main() {
    let _ = status!(NOT_FUND);
    let _ = status!(NotFund);
    let _ = status!("Not Fund");
    let _ = status!(Banana);
}
