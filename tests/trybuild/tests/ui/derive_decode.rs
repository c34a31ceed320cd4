use http_status::StatusResponse;

// `decode` asks for clients to read a variant back; each reason it cannot is an error on the
// token to change.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("moved")]
    #[status(303, header("Location", "/elsewhere"), decode)]
    Moved,
    #[error("hidden")]
    #[status(500, decode)]
    Hidden {
        #[problem]
        code: u8,
    },
    #[error("not sent: {reason}")]
    #[status(400, decode)]
    NotSent {
        #[problem]
        code: u8,
        reason: String,
    },
    #[error("first")]
    #[status(409, decode)]
    First,
    #[error("second")]
    #[status(409, decode)]
    Second,
    #[error("third")]
    #[status(410)]
    Third,
    #[error("fourth")]
    #[status(410, decode)]
    Fourth,
}

#[derive(Debug, thiserror::Error, StatusResponse)]
enum Options {
    #[error("twice")]
    #[status(404, decode, decode)]
    Twice,
    #[error(transparent)]
    #[status(transparent, decode)]
    Wrapped(std::io::Error),
}

/// `Serialize`, not `Deserialize`.
#[derive(Debug, serde::Serialize)]
struct WriteOnly(u8);

/// No `FromStr`.
#[derive(Debug)]
struct Opaque;

impl std::fmt::Display for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("opaque")
    }
}

// A member type without `Deserialize`, a header type without `FromStr`: asked for, an error on
// the type; not asked for, the variant is only left out of decoding.
#[derive(Debug, thiserror::Error, StatusResponse)]
enum Types {
    #[error("write only")]
    #[status(422, type = "https://example.com/probs/write-only", decode)]
    WriteOnly {
        #[problem]
        value: WriteOnly,
    },
    #[error("opaque")]
    #[status(400, type = "https://example.com/probs/opaque", decode)]
    Header {
        #[header("X-Opaque")]
        value: Opaque,
    },
    #[error("not asked")]
    #[status(400, type = "https://example.com/probs/not-asked")]
    NotAsked {
        #[problem]
        value: WriteOnly,
    },
}

fn main() {}
