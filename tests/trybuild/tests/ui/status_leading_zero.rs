use http_status::status;

fn main() {
    let _ = status!(0404);
    let _ = status!(00404);
    let _ = status!(099);
    let _ = status!(-0);
    let _ = status!(-499);
    let _ = status!(0.0);
}
