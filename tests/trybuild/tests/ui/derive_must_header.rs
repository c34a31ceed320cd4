use http_status::StatusResponse;

// Each status whose RFC says a response MUST carry a header, without it.
#[derive(StatusResponse)]
enum ApiError {
    #[status(401)]
    Unauthenticated,
    #[status(405)]
    Method,
    #[status(ProxyAuthenticationRequired)]
    Proxy,
    #[status("Upgrade Required")]
    Upgrade,
    // Given by a constant (any case) or by a field: fine.
    #[status(405, header("allow", "GET"))]
    MethodGiven,
    #[status(401)]
    Challenge {
        #[header("WWW-Authenticate")]
        challenge: String,
    },
}

// An enum default is checked for each variant that takes it.
#[derive(StatusResponse)]
#[status(405)]
enum Defaulted {
    Plain,
    WithField {
        #[header("Allow")]
        allow: &'static str,
    },
}

fn main() {}
