use http_status::StatusResponse;

#[derive(StatusResponse)]
enum ApiError {
    #[status(405, header("Allow", "GET"), header("allow", "HEAD"))]
    ConstTwice,
    #[status(405, header("Allow", "GET"))]
    ConstAndField {
        #[header("Allow")]
        allow: String,
    },
    #[status(429)]
    FieldTwice {
        #[header("Retry-After")]
        #[header("Retry-After")]
        seconds: u32,
    },
    #[status(403, type = "/a", type = "/b", title = "A", title = "B")]
    TypeAndTitleTwice,
    #[status(403)]
    MemberTwice {
        #[problem]
        #[problem(rename = "other")]
        balance: u32,
    },
}

fn main() {}
