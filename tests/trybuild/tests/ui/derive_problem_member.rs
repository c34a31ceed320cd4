use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(403)]
    Reserved {
        #[problem]
        status: u16,
        #[problem(rename = "type")]
        kind: String,
        #[problem]
        instance: String,
    },
    #[status(403)]
    Tuple(#[problem] u32),
    #[status(403)]
    Twice {
        #[problem(rename = "balance")]
        a: u32,
        #[problem(rename = "balance")]
        b: u32,
    },
    #[status(404)]
    TwoInstances {
        #[problem(instance)]
        a: String,
        #[problem(instance)]
        b: String,
    },
    #[status(400)]
    Unknown {
        #[problem(skip)]
        a: u32,
        #[problem = "a"]
        b: u32,
        #[problem(rename = 5)]
        c: u32,
    },
}

fn main() {}
