//! `NativeStream`: an open response body read as whole records.

use std::sync::Arc;

use napi_derive::napi;

use napi::bindgen_prelude::{Array, Result};

use super::completions::{put, IntoArray, Queue, Settled};
use crate::core::framing::Output;
use crate::core::read_ahead::{Item, ReadAhead};
use crate::core::transport::{Batch, OpenStream};

/// An open stream, read ahead (see [`ReadAhead`]). `take()` gives what has arrived at once;
/// `next(id)` queues the next whole records as text, `null` at the end, or a `Failure`.
/// Cancelling it, aborting its call, or its being garbage-collected closes the connection.
#[napi]
pub struct NativeStream {
    reader: ReadAhead,
    completions: Arc<Queue>,
}

impl NativeStream {
    /// Wraps an open stream; called on the runtime (inside the opening future).
    pub(crate) fn new(stream: OpenStream, completions: Arc<Queue>) -> Self {
        Self { reader: ReadAhead::new(stream), completions }
    }
}

/// The form of records JavaScript asked for.
fn output_of(payloads: Option<bool>) -> Output {
    if payloads.unwrap_or(false) {
        Output::Payloads
    } else {
        Output::Frames
    }
}

fn settled(item: Item) -> Settled {
    match item {
        Item::Batch(Batch::Text(text)) => Settled::Text(text),
        Item::Batch(Batch::Bytes(bytes)) => Settled::Bytes(bytes),
        Item::End => Settled::End,
        Item::Failed(err) => Settled::Failure(err.into()),
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
        self.reader.stream().status().into()
    }

    /// Response headers as `[name, value]` pairs.
    #[napi(getter)]
    pub fn headers(&self) -> Vec<Vec<String>> {
        self.reader.stream().headers().iter().map(|(n, v)| vec![n.clone(), v.clone()]).collect()
    }

    /// What has arrived, taken now: `[records]` (text, or a `Buffer` for a raw stream),
    /// `[null]` at the end, `[Failure]`, or `[]` when nothing has come yet (then `next`).
    /// With `payloads`, each record is given as its payload (an event's `data`) followed by
    /// `\x1E`; otherwise as received. The first read fixes the form for the stream.
    #[napi(ts_return_type = "Array<string | Buffer | Failure | null>")]
    pub fn take<'env>(&self, env: &'env napi::Env, payloads: Option<bool>) -> Result<Array<'env>> {
        let mut out = env.create_array(0)?;
        if let Some(item) = self.reader.take(output_of(payloads)) {
            put(&mut out, 0, settled(item))?;
        }
        Ok(out)
    }

    /// Waits for the next whole records; the result is queued on the completions as call
    /// `id` (see `take`).
    #[napi]
    pub fn next(&self, id: u32, payloads: Option<bool>) {
        let completions = self.completions.clone();
        let deliver = Box::new(move |item: Item| completions.push(id, settled(item)));
        if let Some(item) = self.reader.wait(output_of(payloads), deliver) {
            // It came between `take()` and now: hand it over through the queue all the same.
            let completions = self.completions.clone();
            self.completions.submit(async move { completions.push(id, settled(item)) });
        }
    }

    /// Stops the stream: the connection is closed and a pending `next()` ends.
    #[napi]
    pub fn cancel(&self) {
        self.reader.cancel();
    }
}
