use http_status::StatusResponse;

// `type_base` is an absolute URI, given once, on the type.
#[derive(Debug, StatusResponse)]
#[status(type_base = "/probs/")]
enum Relative {
    #[status(404, type = "missing")]
    Missing,
}

#[derive(Debug, StatusResponse)]
#[status(type_base = "https://example.com/probs/#x")]
enum Fragment {
    #[status(404, type = "missing")]
    Missing,
}

#[derive(Debug, StatusResponse)]
#[status(type_base = "https://example.com/a/")]
#[status(type_base = "https://example.com/b/")]
enum Twice {
    #[status(404, type = "missing")]
    Missing,
}

#[derive(Debug, StatusResponse)]
enum OnVariant {
    #[status(type_base = "https://example.com/probs/")]
    Missing,
}

#[derive(Debug, StatusResponse)]
#[status(type_base = 7)]
enum NotAString {
    #[status(404)]
    Missing,
}

// Two spellings of one type, resolved, are one type: one status.
#[derive(Debug, StatusResponse)]
#[status(type_base = "https://example.com/probs/")]
enum Spellings {
    #[status(403, type = "out-of-credit")]
    Relative,
    #[status(402, type = "https://example.com/probs/out-of-credit")]
    Absolute,
}

fn main() {}
