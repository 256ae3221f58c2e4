//! A cancellation handle the facade ties to an `AbortSignal`.

use napi_derive::napi;
use tokio_util::sync::CancellationToken;

/// Cancels the calls and streams it was given to: pending network I/O and waits between
/// tries end at once. Made only for calls that have a signal.
#[napi]
pub struct CancelHandle {
    pub(crate) token: CancellationToken,
}

#[napi]
impl CancelHandle {
    /// A handle that is not cancelled yet.
    #[napi(constructor)]
    pub fn new() -> Self {
        Self { token: CancellationToken::new() }
    }

    /// Cancels every call using this handle.
    #[napi]
    pub fn cancel(&self) {
        self.token.cancel();
    }
}

impl Default for CancelHandle {
    fn default() -> Self {
        Self::new()
    }
}

/// The token of `handle`, or a fresh one that nobody cancels.
pub(crate) fn token_of(handle: Option<&CancelHandle>) -> CancellationToken {
    handle.map_or_else(CancellationToken::new, |h| h.token.clone())
}
