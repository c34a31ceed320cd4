use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(code = 404)]
    A,
    #[status(500, hide)]
    B,
    #[status]
    C,
    #[status = 404]
    D,
    #[status(500, expose, expose)]
    E,
    #[status()]
    F,
}

fn main() {}
