#![deny(deprecated)]

use http_status::{status, Status};

fn main() {
    let _ = status!(306);
    let _ = status!(418);
    let _ = status!(305);
    let _ = status!(510);
    let _ = status!(UNPROCESSABLE_ENTITY);
    let _ = status!("Moved Temporarily");
    let _ = status!("Partial Information");
    match Status::NOT_FOUND {
        status!(IM_A_TEAPOT) => {}
        _ => {}
    }
}
