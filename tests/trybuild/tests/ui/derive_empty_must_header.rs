use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("log in")]
    #[status(401, header("WWW-Authenticate", ""))]
    Login,
    #[error("proxy")]
    #[status(407, header("Proxy-Authenticate", "   "))]
    Proxy,
    #[error("upgrade")]
    #[status(426, header("Upgrade", ""))]
    Upgrade,
    // Fine: an empty `Allow` says that the resource allows no method (RFC 9110, 10.2.1).
    #[error("nothing is allowed")]
    #[status(405, header("Allow", ""))]
    Nothing,
}

fn main() {}
