//! The process's one Tokio runtime, started on first use and shared by every client (and by
//! every environment: the main thread and each worker thread).
//!
//! Where the process may run on two or more CPUs (as servers do), it has two worker threads,
//! not one, for fairness: a task whose every poll does the most work Tokio's budget allows
//! can hold a worker for a long time, and hyper's HTTP/1 client is such a task while a
//! hostile server floods a request with informational (`1xx`) heads: it parses them in a
//! loop, up to 128 reads of up to ~400 KiB per poll (on the order of 0.1 s). On a single I/O
//! thread every other call of the process waits for one such poll at each of its steps (20
//! healthy calls per 1.5 s instead of ~25,000, see `__test__/fairness.test.mjs`); with a
//! second worker the other calls' tasks run on it, or are stolen by it, meanwhile (~18,000).
//!
//! Where the process has one CPU (its affinity or its cgroup quota says so), a second
//! worker could only take turns with the first on that CPU, and it costs there: with the
//! client pinned to one CPU, two workers made GET at 256 in flight ~8 % slower and each
//! stream record ~30 % more CPU (the benchmark's runs side by side). There the runtime is a
//! current-thread one on its own thread, as before.
//!
//! Limits: two connections flooded at once occupy both workers again. reqwest exposes no
//! bound on informational heads and no way to shrink hyper's read buffer or to wrap its
//! connections' I/O, either of which would bound the work per poll instead.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Handle};

/// Worker threads where the process may use two CPUs or more.
const WORKERS: usize = 2;

/// How many CPUs this process may run on.
fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The runtime's handle; the first call starts the runtime and its threads.
pub fn handle() -> &'static Handle {
    static HANDLE: OnceLock<Handle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        if cpus() >= WORKERS {
            let runtime = Builder::new_multi_thread()
                .worker_threads(WORKERS)
                .thread_name("mastra-client-native")
                .enable_all()
                .build()
                .expect("the Tokio runtime starts");
            // The runtime lives as long as the process.
            let handle = runtime.handle().clone();
            std::mem::forget(runtime);
            handle
        } else {
            let runtime = Builder::new_current_thread().enable_all().build().expect("the Tokio runtime starts");
            let handle = runtime.handle().clone();
            std::thread::Builder::new()
                .name("mastra-client-native".into())
                .spawn(move || runtime.block_on(std::future::pending::<()>()))
                .expect("the runtime thread starts");
            handle
        }
    })
}

/// Runs `future` on the runtime.
pub fn spawn<F>(future: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    handle().spawn(future);
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    #[test]
    fn futures_run_on_the_shared_threads() {
        let (tx, rx) = std::sync::mpsc::channel();
        super::spawn(async move {
            let name = std::thread::current().name().map(str::to_string);
            tx.send(name).unwrap();
        });
        let name = rx.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(name.as_deref(), Some("mastra-client-native"));
        assert!(std::ptr::eq(super::handle(), super::handle()));
    }

    #[test]
    fn a_task_that_hogs_a_worker_does_not_stall_the_others() {
        // Two workers where there are two CPUs (CI and the development machines have two).
        assert!(super::cpus() >= super::WORKERS, "this machine gives the process one CPU: the runtime has one I/O thread there");
        // A task whose polls each hold its thread for 200 ms, as hyper's does while a
        // server floods it with 1xx heads.
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let hog_stop = stop.clone();
        super::spawn(async move {
            while !hog_stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                tokio::task::yield_now().await;
            }
        });
        std::thread::sleep(Duration::from_millis(20));
        // Meanwhile, short tasks each run within far less than one of its polls.
        let mut slowest = Duration::ZERO;
        for _ in 0..20 {
            let (tx, rx) = std::sync::mpsc::channel();
            let start = Instant::now();
            super::spawn(async move {
                tokio::task::yield_now().await;
                tx.send(()).unwrap();
            });
            rx.recv_timeout(Duration::from_secs(5)).unwrap();
            slowest = slowest.max(start.elapsed());
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(slowest < Duration::from_millis(150), "a short task waited {slowest:?}");
    }
}
