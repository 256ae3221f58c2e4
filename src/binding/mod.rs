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

/// The process's Tokio runtime, started once when the addon loads. The number of worker
/// threads is `MASTRA_CLIENT_NATIVE_THREADS` when set, else one: the HTTP work of a client is
/// light next to the JavaScript around it, and on small machines extra workers only compete
/// with the main thread.
#[napi_derive::module_init]
fn start_runtime() {
    let workers = std::env::var("MASTRA_CLIENT_NATIVE_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .thread_name("mastra-client-native")
        .enable_all()
        .build()
        .expect("the Tokio runtime starts");
    napi::bindgen_prelude::create_custom_tokio_runtime(runtime);
}
