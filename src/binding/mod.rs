//! The N-API binding: thin `#[napi]` wrappers that convert between JavaScript values and
//! the core. No HTTP or routing logic lives here.

mod cancel;
mod client;
mod completions;
mod failure;
mod stream;

use napi_derive::napi;

/// The route table as JSON text (parsed once by the facade at load).
#[napi]
pub fn route_table() -> String {
    crate::core::routes::table_json()
}

