//! The process's one Tokio runtime: a current-thread runtime driven by its own thread,
//! started on first use and shared by every client. A single I/O thread keeps hand-offs
//! between threads few, and costs the JavaScript main thread no cores on small machines.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Handle};

/// The runtime's handle; the first call starts the runtime and its thread.
pub fn handle() -> &'static Handle {
    static HANDLE: OnceLock<Handle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let runtime = Builder::new_current_thread().enable_all().build().expect("the Tokio runtime starts");
        let handle = runtime.handle().clone();
        std::thread::Builder::new()
            .name("mastra-client-native".into())
            .spawn(move || runtime.block_on(std::future::pending::<()>()))
            .expect("the runtime thread starts");
        handle
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
    #[test]
    fn futures_run_on_the_shared_thread() {
        let (tx, rx) = std::sync::mpsc::channel();
        super::spawn(async move {
            let name = std::thread::current().name().map(str::to_string);
            tx.send(name).unwrap();
        });
        let name = rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap();
        assert_eq!(name.as_deref(), Some("mastra-client-native"));
        assert!(std::ptr::eq(super::handle(), super::handle()));
    }
}
