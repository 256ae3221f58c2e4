//! The N-API binding: thin `#[napi]` wrappers that convert between JavaScript values and
//! the core. No HTTP or routing logic lives here.

mod cancel;
mod client;
mod completions;
mod failure;
mod stream;

use napi_derive::napi;

/// The whole route table as JSON text (for tools and tests).
#[napi]
pub fn route_table() -> String {
    crate::core::routes::table_json()
}

/// The resource classes with their group, as JSON (read by the facade at load).
#[napi]
pub fn resource_table() -> String {
    crate::core::routes::resources_json()
}

/// One route as JSON (read when its method is first called); `null` past the end.
#[napi]
pub fn route_json(index: u32) -> Option<String> {
    crate::core::routes::route_json(index)
}

