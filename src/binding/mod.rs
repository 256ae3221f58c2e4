//! The N-API binding: thin `#[napi]` wrappers that convert between JavaScript values and
//! the core. No HTTP or routing logic lives here.

mod cancel;
mod client;
mod completions;
mod failure;
mod stream;
mod text;

