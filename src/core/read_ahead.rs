//! Read-ahead of an open stream. A pump task reads the stream's next batches while the
//! caller (JavaScript) handles the last ones, up to [`READ_AHEAD_BYTES`] not yet taken. A
//! caller that keeps up finds what has arrived and takes it at once ([`ReadAhead::take`],
//! no hand-off between threads); one that waits is handed the next batch when it comes
//! ([`ReadAhead::wait`]). Without it every batch cost two hand-offs (the caller asks the I/O
//! thread, the I/O thread answers): for a server that writes one event per network write,
//! that is one record per round trip.
//!
//! The stream idle timeout keeps its meaning: while the read-ahead is full the pump reads
//! nothing, so time the caller spends on its records is not idle time of the server.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Notify;

use super::error::CallError;
use super::framing::Output;
use super::runtime;
use super::transport::{Batch, IdleGate, NextBatches, OpenStream, SharedStream};

/// The most bytes read ahead and not yet taken; past it the pump waits for the caller.
pub const READ_AHEAD_BYTES: usize = 64 * 1024;

/// What the caller is handed: whole records, the end, or the stream's failure.
pub enum Item {
    Batch(Batch),
    End,
    Failed(CallError),
}

impl Item {
    fn len(&self) -> usize {
        match self {
            Item::Batch(Batch::Text(text)) => text.len(),
            Item::Batch(Batch::Bytes(bytes)) => bytes.len(),
            Item::End | Item::Failed(_) => 0,
        }
    }
}

/// Hands an item to a caller that waits (called on the runtime).
pub type Deliver = Box<dyn FnOnce(Item) + Send>;

#[derive(Default)]
struct State {
    queue: VecDeque<Item>,
    bytes: usize,
    waiter: Option<Deliver>,
    started: bool,
    /// The end or failure was handed over: later reads get the end.
    closed: bool,
}

/// An open stream with read-ahead. Dropping it cancels the stream (and stops the pump).
pub struct ReadAhead {
    stream: SharedStream,
    state: Arc<Mutex<State>>,
    room: Arc<Notify>,
    gate: Arc<IdleGate>,
}

impl ReadAhead {
    /// Reads `stream` ahead; must be called inside the Tokio runtime.
    pub fn new(mut stream: OpenStream) -> Self {
        let gate = Arc::new(IdleGate::default());
        stream.count_idle_while_waiting(gate.clone());
        Self { stream: SharedStream::new(stream), state: Arc::default(), room: Arc::new(Notify::new()), gate }
    }

    /// The stream itself (status, headers).
    pub fn stream(&self) -> &SharedStream {
        &self.stream
    }

    /// Bytes read ahead and not taken yet.
    pub fn queued_bytes(&self) -> usize {
        self.lock().bytes
    }

    /// Cancels the stream: a pending read ends and the connection is closed.
    pub fn cancel(&self) {
        self.stream.cancel();
        self.room.notify_one();
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What has arrived, taken now: every batch read ahead (as one), else the end or the
    /// failure; `None` when nothing has come yet. The first call (of `take` or `wait`)
    /// starts the pump, in `output` form for the stream's whole life.
    pub fn take(&self, output: Output) -> Option<Item> {
        let mut state = self.lock();
        self.start(&mut state, output);
        let item = pop(&mut state);
        drop(state);
        if item.is_some() {
            self.room.notify_one();
        }
        item
    }

    /// The next item: `Some` at once if one has come (as `take`), else `deliver` gets it
    /// when it comes, on the runtime.
    pub fn wait(&self, output: Output, deliver: Deliver) -> Option<Item> {
        let mut state = self.lock();
        self.start(&mut state, output);
        if let Some(item) = pop(&mut state) {
            drop(state);
            self.room.notify_one();
            return Some(item);
        }
        state.waiter = Some(deliver);
        self.gate.set_waiting(true);
        drop(state);
        // A waiter is room: a full read-ahead has just been taken, or never filled.
        self.room.notify_one();
        None
    }

    fn start(&self, state: &mut State, output: Output) {
        if std::mem::replace(&mut state.started, true) {
            return;
        }
        let batches = self.stream.next_batches();
        let shared = self.state.clone();
        let room = self.room.clone();
        let gate = self.gate.clone();
        runtime::spawn(pump(batches, output, shared, room, gate));
    }
}

impl Drop for ReadAhead {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Takes the next item of `state`: the batches at the front (joined), or the end.
fn pop(state: &mut State) -> Option<Item> {
    let item = match state.queue.pop_front() {
        Some(Item::Batch(first)) => {
            let mut joined = first;
            while let Some(Item::Batch(_)) = state.queue.front() {
                let Some(Item::Batch(next)) = state.queue.pop_front() else { unreachable!() };
                joined = join(joined, next);
            }
            Item::Batch(joined)
        }
        Some(item) => {
            state.closed = true;
            item
        }
        None if state.closed => Item::End,
        None => return None,
    };
    // A joined batch's length is the sum of its parts'.
    state.bytes -= item.len().min(state.bytes);
    Some(item)
}

fn join(a: Batch, b: Batch) -> Batch {
    match (a, b) {
        (Batch::Text(mut a), Batch::Text(b)) => {
            a.push_str(&b);
            Batch::Text(a)
        }
        (Batch::Bytes(a), Batch::Bytes(b)) => {
            let mut joined = bytes::BytesMut::with_capacity(a.len() + b.len());
            joined.extend_from_slice(&a);
            joined.extend_from_slice(&b);
            Batch::Bytes(joined.freeze())
        }
        // One stream gives one kind; keep both should it not.
        (Batch::Text(mut a), Batch::Bytes(b)) => {
            a.push_str(&String::from_utf8_lossy(&b));
            Batch::Text(a)
        }
        (Batch::Bytes(a), Batch::Text(b)) => {
            let mut text = String::from_utf8_lossy(&a).into_owned();
            text.push_str(&b);
            Batch::Text(text)
        }
    }
}

/// Reads batches into `state` (or straight to its waiter) until the stream ends, fails or is
/// cancelled, pausing while [`READ_AHEAD_BYTES`] wait to be taken.
async fn pump(batches: NextBatches, output: Output, state: Arc<Mutex<State>>, room: Arc<Notify>, gate: Arc<IdleGate>) {
    loop {
        loop {
            if batches.is_cancelled() {
                break;
            }
            {
                let state = state.lock().unwrap_or_else(|e| e.into_inner());
                if state.bytes < READ_AHEAD_BYTES || state.waiter.is_some() {
                    break;
                }
            }
            room.notified().await;
        }
        let item = match batches.next(output).await {
            Ok(Some(batch)) => Item::Batch(batch),
            Ok(None) => Item::End,
            Err(err) => Item::Failed(err),
        };
        let last = !matches!(item, Item::Batch(_));
        let mut guard = state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(deliver) = guard.waiter.take() {
            gate.set_waiting(false);
            if last {
                guard.closed = true;
            }
            drop(guard);
            deliver(item);
        } else {
            guard.bytes += item.len();
            guard.queue.push_back(item);
        }
        if last {
            return;
        }
    }
}
