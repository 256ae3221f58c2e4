//! Long buffers kept for the next reply. A long reply's body and its text in V8's form
//! ([`super::text::JsText`]) are megabytes each; allocated afresh for every call, their
//! memory goes back to the system between calls at one in flight (the allocator trims its
//! heap) and every page is faulted in and zeroed again on the next call, which cost more
//! than reading, converting and parsing the reply together on a VM (measured: 65% of the
//! I/O thread's time on 1 MiB replies). A few such buffers are kept and handed out again.
//!
//! Bounds: buffers under [`MIN_KEPT_BYTES`] are not kept (the allocator serves them well),
//! nor over [`MAX_KEPT_BYTES`]; each pool keeps at most [`KEPT`] buffers and
//! [`MAX_KEPT_BYTES`] in all.

use std::sync::Mutex;

/// Buffers shorter than this are left to the allocator.
pub const MIN_KEPT_BYTES: usize = 64 * 1024;
/// The most bytes one pool keeps (and the longest buffer it keeps).
pub const MAX_KEPT_BYTES: usize = 8 * 1024 * 1024;
/// The most buffers one pool keeps.
pub const KEPT: usize = 4;

/// Spare buffers of one element type.
pub struct Pool<T> {
    spare: Mutex<Vec<Vec<T>>>,
}

/// Bytes: reply bodies, Latin-1 text.
pub static BYTES: Pool<u8> = Pool::new();
/// UTF-16 code units: text that is not Latin-1.
pub static UNITS: Pool<u16> = Pool::new();

impl<T> Pool<T> {
    const fn new() -> Self {
        Self { spare: Mutex::new(Vec::new()) }
    }

    fn bytes(capacity: usize) -> usize {
        capacity.saturating_mul(std::mem::size_of::<T>())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Vec<T>>> {
        self.spare.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// An empty buffer with room for at least `capacity` elements: the smallest spare one
    /// that is long enough, else a new one of exactly that room.
    pub fn take(&self, capacity: usize) -> Vec<T> {
        if Self::bytes(capacity) >= MIN_KEPT_BYTES {
            let mut spare = self.lock();
            let best = spare.iter().enumerate().filter(|(_, b)| b.capacity() >= capacity).min_by_key(|(_, b)| b.capacity()).map(|(i, _)| i);
            if let Some(i) = best {
                return spare.swap_remove(i);
            }
        }
        Vec::with_capacity(capacity)
    }

    /// Keeps `buffer` for a later [`Pool::take`] if it is within the bounds, else frees it.
    pub fn give(&self, mut buffer: Vec<T>) {
        let bytes = Self::bytes(buffer.capacity());
        if !(MIN_KEPT_BYTES..=MAX_KEPT_BYTES).contains(&bytes) {
            return;
        }
        buffer.clear();
        let mut spare = self.lock();
        let kept: usize = spare.iter().map(|b| Self::bytes(b.capacity())).sum();
        if spare.len() < KEPT && kept + bytes <= MAX_KEPT_BYTES {
            spare.push(buffer);
        }
    }

    /// How many buffers are kept now.
    #[cfg(test)]
    fn kept(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_buffer_given_back_is_taken_again_without_a_new_allocation() {
        let pool: Pool<u16> = Pool::new();
        let mut first = pool.take(100_000);
        first.extend(std::iter::repeat_n(7u16, 100_000));
        let at = first.as_ptr();
        pool.give(first);
        assert_eq!(pool.kept(), 1);
        let again = pool.take(90_000);
        assert_eq!(again.as_ptr(), at, "the kept buffer is handed out again");
        assert!(again.is_empty() && again.capacity() >= 100_000);
        assert_eq!(pool.kept(), 0);
        // Too short a spare is not handed out for a longer need.
        pool.give(again);
        let longer = pool.take(200_000);
        assert!(longer.as_ptr() != at && longer.capacity() >= 200_000);
        assert_eq!(pool.kept(), 1, "the shorter spare stays kept");
    }

    #[test]
    fn short_and_very_long_buffers_are_not_kept_and_the_pool_is_bounded() {
        let pool: Pool<u8> = Pool::new();
        pool.give(Vec::with_capacity(MIN_KEPT_BYTES - 1));
        pool.give(Vec::with_capacity(MAX_KEPT_BYTES + 1));
        assert_eq!(pool.kept(), 0);
        for _ in 0..KEPT + 3 {
            pool.give(Vec::with_capacity(MIN_KEPT_BYTES));
        }
        assert_eq!(pool.kept(), KEPT);
        let pool: Pool<u8> = Pool::new();
        pool.give(Vec::with_capacity(MAX_KEPT_BYTES / 2 + 1));
        pool.give(Vec::with_capacity(MAX_KEPT_BYTES / 2 + 1));
        assert_eq!(pool.kept(), 1, "at most MAX_KEPT_BYTES in all");
    }
}
