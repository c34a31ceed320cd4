use http_status::StatusResponse;

// `member("name", value)`: a constant extension member, checked like a field's.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("reserved")]
    #[status(400, member("status", "x"))]
    Reserved,
    #[error("twice")]
    #[status(400, type = "https://example.com/probs/twice", member("code", "A"), member("code", "B"))]
    Twice,
    #[error("field")]
    #[status(400, type = "https://example.com/probs/field", member("code", "A"))]
    Field {
        #[problem]
        code: u32,
    },
    #[error("empty")]
    #[status(400, type = "https://example.com/probs/empty", member("", "A"))]
    Empty,
    #[error("not a literal")]
    #[status(400, type = "https://example.com/probs/expr", member("code", CODE))]
    Expression,
    #[error("suffix")]
    #[status(400, type = "https://example.com/probs/suffix", member("limit", 10u8))]
    Suffix,
    #[error("shape")]
    #[status(400, type = "https://example.com/probs/shape", member("code"))]
    Shape,
    #[error("moved")]
    #[status(303, header("Location", "/x"), member("code", "MOVED"))]
    Moved,
    #[error(transparent)]
    #[status(transparent, member("code", "X"))]
    Wrapped(std::io::Error),
}

const CODE: &str = "A";

fn main() {}
