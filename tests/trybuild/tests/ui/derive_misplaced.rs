use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(0404)]
    Zeroed,
    #[status(404, expose)]
    Exposed,
    #[status(409)]
    Field {
        #[status(404)]
        id: u32,
    },
}

#[derive(StatusResponse)]
#[status(500)]
struct Wrapper(#[status(404)] u32);

fn main() {}
