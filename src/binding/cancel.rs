//! Cancellation handles: one per JavaScript environment, and one per call that has a signal.
//!
//! Every call and stream of an environment (the main thread, or a `worker_threads` worker)
//! runs under that environment's handle, [`CancelHandle::for_environment`]: a call without a
//! signal is given it as it is, and a call with a signal a child of it
//! ([`CancelHandle::new`] with the environment's handle as parent) that the facade ties to
//! the signal. When the environment goes away (a worker that ends or is terminated, or the
//! main thread at exit), an env cleanup hook cancels its handle, so its calls and streams in
//! flight end and their connections close, instead of living on the shared I/O thread until
//! the process exits.

use napi::bindgen_prelude::*;
use napi_derive::napi;
use tokio_util::sync::CancellationToken;

/// Cancels the calls and streams it was given to: pending network I/O and waits between
/// tries end at once.
#[napi]
pub struct CancelHandle {
    pub(crate) token: CancellationToken,
}

#[napi]
impl CancelHandle {
    /// A handle that is not cancelled yet; with `parent`, it is also cancelled when `parent` is.
    #[napi(constructor)]
    pub fn new(parent: Option<&CancelHandle>) -> Self {
        Self { token: parent.map_or_else(CancellationToken::new, |p| p.token.child_token()) }
    }

    /// The handle of this environment: cancelled when the environment is torn down (an env
    /// cleanup hook), which ends every call and stream made under it or under its children.
    #[napi(factory)]
    pub fn for_environment(env: &Env) -> Result<Self> {
        let token = CancellationToken::new();
        env.add_env_cleanup_hook(token.clone(), |token| token.cancel())?;
        Ok(Self { token })
    }

    /// Cancels every call using this handle (and its children's).
    #[napi]
    pub fn cancel(&self) {
        self.token.cancel();
    }
}

/// The token of `handle`, or a fresh one that nobody cancels.
pub(crate) fn token_of(handle: Option<&CancelHandle>) -> CancellationToken {
    handle.map_or_else(CancellationToken::new, |h| h.token.clone())
}
