use http_status::assert_status;

// The expected status is checked at compile time, as `status!`'s is.
fn main() {
    let response = http::Response::new(());
    assert_status!(response, 299);
    assert_status!(response, 6xx);
    assert_status!(response, NotFund);
}
