//! This package holds the tests, examples and benchmarks of `http-status` that need web
//! frameworks, servers or proptest (see its Cargo.toml); the compile-error tests are in
//! `tests/trybuild`, whose dependencies are only what their cases use.
