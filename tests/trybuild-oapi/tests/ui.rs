//! The compile errors a user of the salvo-oapi and poem-openapi backends reads, checked against
//! their blessed `.stderr` files. Bless with
//! `TRYBUILD=overwrite cargo test -p http-status-trybuild-oapi --test ui`, then read the diff.

#[test]
fn compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
