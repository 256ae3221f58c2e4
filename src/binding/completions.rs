//! The completion queue: how finished calls reach JavaScript.
//!
//! napi-rs gives every promise made from a future its own threadsafe function (a libuv
//! async handle made and closed per call), which costs the main thread more than the HTTP
//! work. Instead, finished calls are pushed onto one queue and the main thread is woken
//! once per batch through a single threadsafe function; JavaScript drains the queue and
//! settles its promises by call id. One wake-up settles as many calls as have finished.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;

use super::failure::Failure;
use super::stream::NativeStream;

type Wake = ThreadsafeFunction<(), (), (), Status, false, true>;

/// What a finished call hands back: a 200 body (or a stream's next records), a
/// [`Failure`], an opened stream, or `null` (a stream's end).
pub(crate) type Settled = Either4<String, Failure, NativeStream, Null>;

/// The queue shared by the completions object and the calls in flight.
pub(crate) struct Queue {
    done: Mutex<Vec<(u32, Settled)>>,
    scheduled: AtomicBool,
    wake: Wake,
}

impl Queue {
    /// Queues the result of call `id`, waking the main thread if no wake-up is pending.
    pub(crate) fn push(&self, id: u32, settled: Settled) {
        self.done.lock().unwrap_or_else(|e| e.into_inner()).push((id, settled));
        if !self.scheduled.swap(true, Ordering::AcqRel) {
            self.wake.call((), ThreadsafeFunctionCallMode::NonBlocking);
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
        Ok(Self { queue: Arc::new(Queue { done: Mutex::new(Vec::new()), scheduled: AtomicBool::new(false), wake }) })
    }

    /// The finished calls as `[id, result, id, result, ...]`; a result is the body text of a
    /// 200 answer (or a stream's next records), a `Failure`, a `NativeStream`, or `null`.
    #[napi(ts_return_type = "Array<number | string | Failure | NativeStream | null>")]
    pub fn drain<'env>(&self, env: &'env Env) -> Result<Array<'env>> {
        self.queue.scheduled.store(false, Ordering::Release);
        let done = std::mem::take(&mut *self.queue.done.lock().unwrap_or_else(|e| e.into_inner()));
        let mut out = env.create_array((done.len() * 2) as u32)?;
        for (i, (id, settled)) in done.into_iter().enumerate() {
            out.set((i * 2) as u32, id)?;
            out.set((i * 2 + 1) as u32, settled)?;
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
