//! Compile errors and warnings, checked against their blessed `.stderr` files: the messages are
//! part of the product. Bless with
//! `TRYBUILD=overwrite cargo test -p http-status-trybuild --test ui`, then read the diff.

#[test]
fn compile_errors_and_warnings() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
