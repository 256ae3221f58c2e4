//! The core: pure Rust, no N-API types. Configuration, the route table, request building,
//! retries, errors, stream framing and the HTTP transport; unit-tested with `cargo test`.

pub mod buffers;
pub mod config;
pub mod error;
pub mod framing;
pub mod generate;
pub mod http;
pub mod read_ahead;
pub mod request;
pub mod retry;
pub mod routes;
pub mod runtime;
pub mod text;
pub mod transport;
pub mod typings;
