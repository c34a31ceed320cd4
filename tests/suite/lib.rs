//! This package holds the tests, examples and benchmarks of `http-status` that need web
//! frameworks, servers, trybuild or proptest (see its Cargo.toml). Its library holds what the
//! generated enums of the document/wire test (`tests/doc_wire.rs`) call.

#[cfg(all(feature = "utoipa", feature = "serde"))]
pub mod docwire;
