//! mastra-client-native: a drop-in native Mastra client for Node.js.
//!
//! [`core`] is plain Rust (configuration, route table, requests, retries, framing,
//! transport); `binding` only converts between JavaScript and the core.

pub mod core;

// The binding has no logic of its own to unit-test; it is exercised by the Node suites.
// Without the `node` feature (the generator) nothing refers to N-API.
#[cfg(all(feature = "node", not(test)))]
mod binding;
