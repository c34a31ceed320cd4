use http_status::StatusResponse;

#[derive(StatusResponse)]
union Bits {
    a: u32,
    b: f32,
}

fn main() {}
