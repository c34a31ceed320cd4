//! Nothing to use: this package holds the tests, examples and benchmarks of `http-status` that
//! need web frameworks, servers, trybuild or proptest. See its Cargo.toml.
