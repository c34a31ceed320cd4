//! This package holds the compile-error tests of `http-status`'s salvo-oapi and poem-openapi
//! backends (`tests/ui`), which trybuild checks with this package's dependencies: only what
//! their cases use. The library is empty.
