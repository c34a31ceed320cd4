//! This package holds the compile-error tests of `http-status` (`tests/ui`) and the
//! document/wire test (`tests/doc_wire.rs`), which trybuild builds with this package's
//! dependencies: only what their cases use. Its library holds what the generated enums of the
//! document/wire test call.

pub mod docwire;
