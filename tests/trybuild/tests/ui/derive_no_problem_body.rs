use http_status::StatusResponse;

// A 1xx, 2xx or 3xx sends no problem body: problem options and members there would be neither
// sent nor documented.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("made")]
    #[status(201, type = "/probs/created", title = "Made.")]
    Created,
    #[error("nothing")]
    #[status(204)]
    Empty {
        #[problem]
        count: u32,
        #[problem(instance)]
        at: String,
    },
    // Fine: a 4xx sends its problem body.
    #[error("conflict")]
    #[status(409, type = "/probs/conflict")]
    Conflict {
        #[problem]
        count: u32,
    },
}

fn main() {}
