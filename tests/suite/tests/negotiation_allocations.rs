//! Negotiation allocates nothing: counted by `dhat`'s heap profiler, which counts every
//! thread's allocations. So this test has no harness (`harness = false`): it runs on the main
//! thread alone, where libtest's own threads cannot add to the count.

use http_status::negotiate::{format, language, Offer};
use http_status::Lang;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

const ACCEPTS: &[&str] = &[
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
    "*/*",
    "",
    "application/json, text/plain, */*",
    "text/html;x=\"a,b\";q=0.9, */*;q=0.1",
    "application/problem+xml, application/problem+json;q=0.5",
];

fn main() {
    negotiation_allocates_nothing();
    println!("negotiation_allocates_nothing: ok");
}

fn negotiation_allocates_nothing() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let before = dhat::HeapStats::get().total_blocks;
    for accept in ACCEPTS {
        std::hint::black_box(format(std::hint::black_box(accept.as_bytes()), Offer::ALL));
    }
    std::hint::black_box(language(
        std::hint::black_box(b"fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
        &Lang::ALL,
    ));
    assert_eq!(dhat::HeapStats::get().total_blocks, before);
    // The count counts: a `Vec` with room is one block.
    drop(std::hint::black_box(Vec::<u8>::with_capacity(8)));
    assert_eq!(dhat::HeapStats::get().total_blocks, before + 1);
}
