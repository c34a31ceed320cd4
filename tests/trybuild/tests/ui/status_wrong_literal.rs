use http_status::status;

fn main() {
    let _ = status!(404u8);
    let _ = status!(0x194);
    let _ = status!(4_04);
    let _ = status!(404.0);
    let _ = status!(-404);
    let _ = status!("404");
    let _ = status!('4');
    let _ = status!(true);
    let _ = status!(b"404");
    let _ = status!(404.5);
}
