use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(405, header("Allow", "GET\r\nSet-Cookie: session=stolen"))]
    CarriageReturn,
    #[status(405, header("Allow", "GET\nHEAD"))]
    LineFeed,
    #[status(405, header("Allow", "GET\0"))]
    Nul,
    #[status(405, header("Allow", "GET\u{7}"))]
    Bell,
    #[status(405, header("Allow", "GET\u{7f}"))]
    Delete,
}

fn main() {}
