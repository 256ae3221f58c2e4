//! The call queues: how calls reach the runtime thread and how their results come back.
//!
//! napi-rs gives every promise made from a future its own threadsafe function (a libuv
//! async handle made and closed per call), and a spawn from the main thread wakes the
//! runtime thread once per call; on a small machine those hand-offs cost more than the HTTP
//! work. Instead:
//! - calls started in one JavaScript turn wait in a submission list and reach the runtime in
//!   one hand-off (`flush()`, called by the facade once per turn);
//! - finished calls are pushed onto one completion list, and the main thread is woken once
//!   per batch through a single threadsafe function, after the runtime has queued every
//!   answer that was ready; JavaScript drains the list and settles its promises by call id.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;

use super::failure::{Failure, JS_MAX_STRING_LENGTH};
use super::text::{PreparedText, PREPARED_TEXT_MIN_BYTES};
use crate::core::text::JsText;
use crate::core::runtime;

/// Once a drain holds this much text it takes no further entry; they wait for the next
/// wake. A drain makes every string of its batch before JavaScript parses the first, so at
/// 64 long replies in flight one drain would hold them all at once.
const DRAIN_TEXT_BYTES: usize = 8 * 1024 * 1024;

type Wake = ThreadsafeFunction<(), (), (), Status, false, true>;

/// What a finished call hands back.
pub(crate) enum Settled {
    /// A 200 body, or a stream's next records.
    Text(String),
    /// A long 200 body, already in V8's form.
    Prepared(JsText),
    /// A stream's next bytes (a raw stream); a `Buffer` in JavaScript.
    Bytes(bytes::Bytes),
    /// A failure (or a 2xx answer other than 200).
    Failure(Failure),
    /// An object made for JavaScript (an opened stream).
    Object(Box<dyn IntoArray>),
    /// A stream's end: `null`.
    End,
}

/// A value that JavaScript gets as an object (the binding's classes, e.g. an open stream).
pub(crate) trait IntoArray: Send {
    /// Puts the value at `at` in `array`.
    fn set_in(self: Box<Self>, array: &mut Array, at: u32) -> Result<()>;
}

/// A call's work, to run on the runtime.
pub(crate) type Work = Pin<Box<dyn Future<Output = ()> + Send>>;

/// The queues shared by the completions object, the clients and the calls in flight.
pub(crate) struct Queue {
    submitted: Mutex<Vec<Work>>,
    done: Mutex<Vec<(u32, Settled)>>,
    scheduled: AtomicBool,
    wake: Arc<Wake>,
}

impl Queue {
    /// Adds a call's work to the submissions; it starts at the next `flush()`.
    pub(crate) fn submit(&self, work: impl Future<Output = ()> + Send + 'static) {
        self.submitted.lock().unwrap_or_else(|e| e.into_inner()).push(Box::pin(work));
    }

    /// Queues the result of call `id`. Runs on the runtime thread: the main thread is woken
    /// once, after the runtime's other ready tasks (answers that arrived together) ran.
    pub(crate) fn push(&self, id: u32, settled: Settled) {
        self.done.lock().unwrap_or_else(|e| e.into_inner()).push((id, settled));
        if !self.scheduled.swap(true, Ordering::AcqRel) {
            let wake = self.wake.clone();
            tokio::spawn(async move {
                tokio::task::yield_now().await;
                wake.call((), ThreadsafeFunctionCallMode::NonBlocking);
            });
        }
    }
}

impl Queue {
    /// Wakes the main thread again (after a drain that could not hand its batch over).
    fn rearm(&self) {
        if !self.scheduled.swap(true, Ordering::AcqRel) {
            self.wake.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}

impl Settled {
    /// A 200 body (of a call whose reply is JSON, parsed by the facade): prepared in V8's form
    /// here, on the I/O thread, when it is long.
    pub(crate) fn body(text: String) -> Settled {
        if text.len() >= PREPARED_TEXT_MIN_BYTES {
            Settled::Prepared(JsText::from_json(text))
        } else {
            Settled::Text(text)
        }
    }

    /// How many bytes of text the entry holds (its body, for a failure).
    fn text_len(&self) -> usize {
        match self {
            Settled::Text(text) => text.len(),
            Settled::Prepared(text) => text.len(),
            Settled::Bytes(bytes) => bytes.len(),
            Settled::Failure(failure) => {
                failure.body.as_ref().map_or(0, String::len) + failure.message.as_ref().map_or(0, String::len)
            }
            Settled::Object(_) | Settled::End => 0,
        }
    }

    fn is_text(&self) -> bool {
        matches!(self, Settled::Text(_) | Settled::Prepared(_))
    }
}

/// Puts one result at `at` in `out`.
pub(crate) fn put(out: &mut Array, at: u32, settled: Settled) -> Result<()> {
    match settled {
        Settled::Text(text) => out.set(at, text),
        Settled::Prepared(text) => out.set(at, PreparedText(text)),
        Settled::Bytes(bytes) => out.set(at, Buffer::from(bytes.to_vec())),
        Settled::Failure(failure) => out.set(at, failure),
        Settled::Object(object) => object.set_in(out, at),
        Settled::End => out.set(at, Null),
    }
}

/// Clears a JavaScript exception a failed conversion may have left pending, so that it
/// neither breaks the next conversion nor escapes from `drain()`.
fn clear_pending_exception(env: &Env) {
    let mut pending = false;
    // SAFETY: plain N-API calls on the current environment, from its own thread.
    unsafe {
        if sys::napi_is_exception_pending(env.raw(), &mut pending) == sys::Status::napi_ok && pending {
            let mut exception = std::ptr::null_mut();
            sys::napi_get_and_clear_last_exception(env.raw(), &mut exception);
        }
    }
}

/// The queue of finished calls. `wake` is called (with no argument) on the main thread
/// when calls have finished; it then calls `drain()`.
#[napi]
pub struct Completions {
    pub(crate) queue: Arc<Queue>,
}

#[napi]
impl Completions {
    /// A queue that wakes `wake`. It does not keep the process alive until `hold(true)`.
    #[napi(constructor)]
    pub fn new(wake: Function<(), ()>) -> Result<Self> {
        let wake = wake.build_threadsafe_function::<()>().callee_handled::<false>().weak::<true>().build()?;
        let queue = Queue { submitted: Mutex::new(Vec::new()), done: Mutex::new(Vec::new()), scheduled: AtomicBool::new(false), wake: Arc::new(wake) };
        Ok(Self { queue: Arc::new(queue) })
    }

    /// Hands the calls submitted since the last flush to the runtime, in one hand-off.
    #[napi]
    pub fn flush(&self) {
        let batch = std::mem::take(&mut *self.queue.submitted.lock().unwrap_or_else(|e| e.into_inner()));
        if !batch.is_empty() {
            runtime::spawn(async move {
                for work in batch {
                    tokio::spawn(work);
                }
            });
        }
    }

    /// The finished calls as `[id, result, id, result, ...]`; a result is the body text of a
    /// 200 answer (or a stream's next records), a `Failure`, a `NativeStream`, or `null`.
    ///
    /// Never throws because of one result: an entry that cannot become a JavaScript value (a
    /// reply longer than the longest string V8 makes) is replaced by a failure of its own
    /// call, and the other entries of the batch are handed over as usual.
    #[napi(ts_return_type = "Array<number | string | Buffer | Failure | NativeStream | null>")]
    pub fn drain<'env>(&self, env: &'env Env) -> Result<Array<'env>> {
        self.queue.scheduled.store(false, Ordering::Release);
        let done = {
            let mut queued = self.queue.done.lock().unwrap_or_else(|e| e.into_inner());
            // Long replies go out a few at a time, each batch parsed before the next is made.
            let mut text = 0;
            let count = queued
                .iter()
                .take_while(|(_, settled)| {
                    let room = text < DRAIN_TEXT_BYTES;
                    text += settled.text_len();
                    room
                })
                .count();
            let rest = queued.split_off(count);
            let batch = std::mem::replace(&mut *queued, rest);
            if !queued.is_empty() {
                drop(queued);
                self.queue.rearm();
            }
            batch
        };
        let mut out = match env.create_array((done.len() * 2) as u32) {
            Ok(out) => out,
            Err(err) => {
                // Keep the batch (in order, before anything queued since) for the next wake.
                clear_pending_exception(env);
                let mut queued = self.queue.done.lock().unwrap_or_else(|e| e.into_inner());
                let later = std::mem::replace(&mut *queued, done);
                queued.extend(later);
                drop(queued);
                self.queue.rearm();
                return Err(err);
            }
        };
        for (i, (id, settled)) in done.into_iter().enumerate() {
            if out.set((i * 2) as u32, id).is_err() {
                clear_pending_exception(env);
            }
            let at = (i * 2 + 1) as u32;
            let size = settled.text_len();
            let is_text = settled.is_text();
            if let Err(err) = put(&mut out, at, settled) {
                clear_pending_exception(env);
                let failure = if is_text || size > JS_MAX_STRING_LENGTH {
                    Failure::too_long_for_javascript(size)
                } else {
                    Failure::not_handed_over(&err.reason)
                };
                if out.set(at, failure).is_err() {
                    clear_pending_exception(env);
                    let _ = out.set(at, Null);
                    clear_pending_exception(env);
                }
            }
        }
        Ok(out)
    }

    /// Keeps the process alive (`true`, while calls are in flight) or lets it exit (`false`).
    #[napi]
    pub fn hold(&self, env: &Env, alive: bool) -> Result<()> {
        let raw = self.queue.wake.raw();
        let status = unsafe {
            if alive {
                sys::napi_ref_threadsafe_function(env.raw(), raw)
            } else {
                sys::napi_unref_threadsafe_function(env.raw(), raw)
            }
        };
        check_status!(status, "could not change whether the completion queue holds the process")
    }
}
