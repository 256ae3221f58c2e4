//! `NativeStream`: an open response body read as whole records.

use std::sync::Arc;

use napi_derive::napi;

use napi::bindgen_prelude::{Array, Result};

use super::completions::{IntoArray, Queue, Settled};
use crate::core::framing::Output;
use crate::core::transport::{Batch, OpenStream, SharedStream};

/// An open stream. `next(id)` queues the next whole records as text, `null` at the end, or a
/// `Failure`. Cancelling it, aborting its call, or its being garbage-collected closes the
/// connection.
#[napi]
pub struct NativeStream {
    shared: SharedStream,
    completions: Arc<Queue>,
}

impl NativeStream {
    /// Wraps an open stream; called on the runtime (inside the opening future).
    pub(crate) fn new(stream: OpenStream, completions: Arc<Queue>) -> Self {
        Self { shared: SharedStream::new(stream), completions }
    }
}

impl IntoArray for NativeStream {
    fn set_in(self: Box<Self>, array: &mut Array, at: u32) -> Result<()> {
        array.set(at, *self)
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

    /// Starts reading the next whole records; the result is queued on the completions as
    /// call `id`. With `payloads`, each record is given as its payload (an event's `data`)
    /// followed by `\x1E`; otherwise as received.
    #[napi]
    pub fn next(&self, id: u32, payloads: Option<bool>) {
        let output = if payloads.unwrap_or(false) { Output::Payloads } else { Output::Frames };
        let next = self.shared.next_batch(output);
        let completions = self.completions.clone();
        self.completions.submit(async move {
            let settled = match next.await {
                Ok(Some(Batch::Text(text))) => Settled::Text(text),
                Ok(Some(Batch::Bytes(bytes))) => Settled::Bytes(bytes),
                Ok(None) => Settled::End,
                Err(err) => Settled::Failure(err.into()),
            };
            completions.push(id, settled);
        });
    }

    /// Stops the stream: the connection is closed and a pending `next()` ends.
    #[napi]
    pub fn cancel(&self) {
        self.shared.cancel();
    }
}
