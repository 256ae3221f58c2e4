//! `NativeStream`: an open response body read as whole records.

use std::sync::Arc;

use napi::bindgen_prelude::*;
use napi_derive::napi;
use tokio::sync::Mutex;

use super::failure::Failure;
use crate::core::transport::OpenStream;

/// An open stream. `next()` resolves with the next whole records as text, `null` at the end.
#[napi]
pub struct NativeStream {
    inner: Arc<Mutex<OpenStream>>,
    status: u16,
    headers: Vec<(String, String)>,
    cancel: tokio_util::sync::CancellationToken,
}

impl NativeStream {
    pub(crate) fn new(stream: OpenStream) -> Self {
        Self {
            status: stream.status(),
            headers: stream.headers(),
            cancel: stream.cancel_token(),
            inner: Arc::new(Mutex::new(stream)),
        }
    }
}

#[napi]
impl NativeStream {
    /// HTTP status.
    #[napi(getter)]
    pub fn status(&self) -> u32 {
        self.status.into()
    }

    /// Response headers as `[name, value]` pairs.
    #[napi(getter)]
    pub fn headers(&self) -> Vec<Vec<String>> {
        self.headers.iter().map(|(n, v)| vec![n.clone(), v.clone()]).collect()
    }

    /// The next whole records, or `null` at the end; a [`Failure`] if the stream broke.
    #[napi(ts_return_type = "Promise<string | null | Failure>")]
    pub fn next<'env>(&self, env: &'env Env) -> Result<PromiseRaw<'env, Either<Option<String>, Failure>>> {
        let inner = self.inner.clone();
        env.spawn_future(async move {
            let mut stream = inner.lock().await;
            Ok(match stream.next_batch().await {
                Ok(batch) => Either::A(batch),
                Err(err) => Either::B(err.into()),
            })
        })
    }

    /// Stops the stream: the connection is closed and a pending `next()` ends.
    #[napi]
    pub fn cancel(&self) {
        self.cancel.cancel();
    }
}
