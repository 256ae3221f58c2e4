//! `NativeStream`: an open response body read as whole records.

use napi::bindgen_prelude::*;
use napi_derive::napi;

use super::failure::Failure;
use crate::core::transport::{OpenStream, SharedStream};

/// An open stream. `next()` resolves with the next whole records as text, `null` at the end.
/// Cancelling it, aborting its call, or its being garbage-collected closes the connection.
#[napi]
pub struct NativeStream {
    shared: SharedStream,
}

impl NativeStream {
    /// Wraps an open stream; called on the runtime (inside the opening future).
    pub(crate) fn new(stream: OpenStream) -> Self {
        Self { shared: SharedStream::new(stream) }
    }
}

#[napi]
impl NativeStream {
    /// HTTP status.
    #[napi(getter)]
    pub fn status(&self) -> u32 {
        self.shared.status().into()
    }

    /// Response headers as `[name, value]` pairs.
    #[napi(getter)]
    pub fn headers(&self) -> Vec<Vec<String>> {
        self.shared.headers().iter().map(|(n, v)| vec![n.clone(), v.clone()]).collect()
    }

    /// The next whole records, or `null` at the end; a [`Failure`] if the stream broke.
    #[napi(ts_return_type = "Promise<string | null | Failure>")]
    pub fn next<'env>(&self, env: &'env Env) -> Result<PromiseRaw<'env, Either<Option<String>, Failure>>> {
        let next = self.shared.next_batch();
        env.spawn_future(async move {
            Ok(match next.await {
                Ok(batch) => Either::A(batch),
                Err(err) => Either::B(err.into()),
            })
        })
    }

    /// Stops the stream: the connection is closed and a pending `next()` ends.
    #[napi]
    pub fn cancel(&self) {
        self.shared.cancel();
    }
}
