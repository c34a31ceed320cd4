use http_status::status;

fn main() {
    let _ = status!(499);
    let _ = status!(522);
    let _ = status!(ngnix 499);
    let _ = status!(varnish 503);
    let _ = status!(nginx 522);
    let _ = status!(nginx 404);
    let _ = status!(nginx);
    let _ = status!(nginx "499");
}
