//! A reader of the canned server's workflow stream on sockets of its own (no reqwest, no
//! hyper), for studying how a server's one-record-per-write stream is cut into TCP segments
//! depending on how its reader reads (README, Benchmarks: the streams written as fast as the
//! server can). The body is chunked, and its last chunk ends each stream. Each of
//! `--concurrency` connections streams `POST
//! /api/workflows/bench-workflow/stream` with `{"inputData":{"tokens":N}}` (one `\x1E` record
//! per network write) again and again until `--seconds` have passed, reading with a 64 KiB
//! buffer on one Tokio thread.
//!
//! Usage: stream-probe --url http://127.0.0.1:PORT [--concurrency 64] [--seconds 3]
//!                     [--records 2000] [--spin-ns 0] [--quickack-off]
//!                     [--stall-every-ms 0 --stall-us 0] [--round-us D]
//!   --spin-ns N        spins N ns per record read (standing in for a client's work).
//!   --quickack-off     sets TCP_QUICKACK to 0 before each read (Linux), asking the kernel to
//!                      delay its acknowledgements.
//!   --stall-every-ms M --stall-us U
//!                      every M ms blocks the thread for U µs (the reader falls behind).
//!   --round-us D       reads in rounds instead (no Tokio: non-blocking sockets on the main
//!                      thread): each round reads every connection until it would block, then
//!                      sleeps what is left of D µs since the round began. The options above
//!                      but --spin-ns do not apply to it.
//! Prints one JSON line: {"records","reads","seconds","recordsPerSec","recordsPerRead",...}.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mastra_bench_native::{arg, num, num_opt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sets TCP_QUICKACK to 0: the kernel then delays the acknowledgement of what is read, where
/// its rules allow. It does not stay set, so it is set before every read.
#[cfg(target_os = "linux")]
fn quickack_off(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let off: libc::c_int = 0;
    if let Err(e) = mastra_bench_native::set_tcp_option(stream.as_raw_fd(), libc::TCP_QUICKACK, &off.to_ne_bytes()) {
        panic!("setsockopt(TCP_QUICKACK): {e}");
    }
}

#[cfg(not(target_os = "linux"))]
fn quickack_off(_: &TcpStream) {
    panic!("--quickack-off needs Linux");
}

/// Spins (no sleep, no yield) for `ns` nanoseconds.
fn spin(ns: u64) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_nanos(ns) {
        std::hint::spin_loop();
    }
}

/// What the reader counted.
#[derive(Default)]
struct Counts {
    records: AtomicU64,
    reads: AtomicU64,
    streams: AtomicU64,
}

impl Counts {
    /// Counts one read of a stream (its records, spinning `spin_ns` for each) and keeps its
    /// last 5 bytes in `tail`; true once the read ends the stream (the body's last chunk).
    fn took(&self, read: &[u8], spin_ns: u64, tail: &mut [u8; 5]) -> bool {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let records = read.iter().filter(|&&b| b == 0x1e).count() as u64;
        self.records.fetch_add(records, Ordering::Relaxed);
        if spin_ns > 0 {
            spin(spin_ns * records);
        }
        let keep = read.len().min(5);
        tail.copy_within(keep.., 0);
        tail[5 - keep..].copy_from_slice(&read[read.len() - keep..]);
        if tail == b"0\r\n\r\n" {
            self.streams.fetch_add(1, Ordering::Relaxed);
            return true;
        }
        false
    }
}

/// Streams on one connection until `end`: each stream is read to its last chunk.
async fn lane(addr: String, request: Arc<Vec<u8>>, end: Instant, spin_ns: u64, quickack: bool, counts: Arc<Counts>) {
    let mut stream = TcpStream::connect(&addr).await.unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    stream.set_nodelay(true).expect("TCP_NODELAY");
    let mut buf = vec![0u8; 64 * 1024];
    while Instant::now() < end {
        stream.write_all(&request).await.expect("write the request");
        let mut tail = [0u8; 5];
        loop {
            if quickack {
                quickack_off(&stream);
            }
            let n = stream.read(&mut buf).await.expect("read");
            assert!(n > 0, "the server closed the connection mid-stream");
            if counts.took(&buf[..n], spin_ns, &mut tail) {
                break;
            }
        }
    }
}

/// One connection of the round reader: where its stream stands.
struct Conn {
    stream: std::net::TcpStream,
    tail: [u8; 5],
    streaming: bool,
}

/// The `--round-us` reader: all connections on this thread, read in rounds of at least
/// `round` (the reads of a round take what arrived since the round before).
fn rounds(addr: &str, concurrency: usize, request: &[u8], end: Instant, round: Duration, spin_ns: u64, counts: &Counts) {
    use std::io::{ErrorKind, Read, Write};
    let mut conns: Vec<Conn> = (0..concurrency)
        .map(|_| {
            let stream = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
            stream.set_nodelay(true).expect("TCP_NODELAY");
            Conn { stream, tail: [0; 5], streaming: false }
        })
        .collect();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let began = Instant::now();
        let mut open = 0;
        for conn in conns.iter_mut() {
            if !conn.streaming {
                if began >= end {
                    continue;
                }
                conn.stream.set_nonblocking(false).expect("blocking");
                conn.stream.write_all(request).expect("write the request");
                conn.stream.set_nonblocking(true).expect("non-blocking");
                conn.streaming = true;
                conn.tail = [0; 5];
            }
            open += 1;
            loop {
                let n = match conn.stream.read(&mut buf) {
                    Ok(0) => panic!("the server closed the connection mid-stream"),
                    Ok(n) => n,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                    Err(e) => panic!("read: {e}"),
                };
                if counts.took(&buf[..n], spin_ns, &mut conn.tail) {
                    conn.streaming = false;
                    break;
                }
            }
        }
        if open == 0 {
            return;
        }
        if let Some(rest) = round.checked_sub(began.elapsed()) {
            std::thread::sleep(rest);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = arg(&args, "--url").expect("--url http://127.0.0.1:PORT");
    let addr = url
        .strip_prefix("http://")
        .expect("--url: plain http://HOST:PORT")
        .trim_end_matches('/')
        .to_string();
    let concurrency: usize = num(&args, "--concurrency", 64usize).max(1);
    let seconds: f64 = num(&args, "--seconds", 3.0);
    let records: usize = num(&args, "--records", 2000usize);
    let spin_ns: u64 = num(&args, "--spin-ns", 0u64);
    let quickack = args.iter().any(|a| a == "--quickack-off");
    let stall_every_ms: u64 = num(&args, "--stall-every-ms", 0u64);
    let stall_us: u64 = num(&args, "--stall-us", 0u64);
    let round_us: Option<u64> = num_opt(&args, "--round-us");

    let body = format!(r#"{{"inputData":{{"tokens":{records}}}}}"#);
    let request = Arc::new(
        format!(
            "POST /api/workflows/bench-workflow/stream?runId=probe HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    );
    let counts = Arc::new(Counts::default());
    let started = Instant::now();
    let end = started + Duration::from_secs_f64(seconds);
    if let Some(round) = round_us {
        rounds(&addr, concurrency, &request, end, Duration::from_micros(round), spin_ns, &counts);
    } else {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("the Tokio runtime");
        runtime.block_on(async {
            if stall_every_ms > 0 {
                tokio::spawn(async move {
                    while Instant::now() < end {
                        tokio::time::sleep(Duration::from_millis(stall_every_ms)).await;
                        std::thread::sleep(Duration::from_micros(stall_us));
                    }
                });
            }
            let lanes: Vec<_> = (0..concurrency)
                .map(|_| tokio::spawn(lane(addr.clone(), request.clone(), end, spin_ns, quickack, counts.clone())))
                .collect();
            for lane in lanes {
                lane.await.expect("a lane panicked");
            }
        });
    }
    let elapsed = started.elapsed().as_secs_f64();
    let got = counts.records.load(Ordering::Relaxed);
    let reads = counts.reads.load(Ordering::Relaxed);
    let streams = counts.streams.load(Ordering::Relaxed);
    println!(
        "{{\"concurrency\":{concurrency},\"spinNs\":{spin_ns},\"quickackOff\":{quickack},\"stallEveryMs\":{stall_every_ms},\"stallUs\":{stall_us},\"roundUs\":{},\"streams\":{streams},\"records\":{got},\"reads\":{reads},\"seconds\":{elapsed:.3},\"recordsPerSec\":{:.0},\"recordsPerRead\":{:.2}}}",
        round_us.map_or("null".to_string(), |r| r.to_string()),
        got as f64 / elapsed,
        got as f64 / reads.max(1) as f64
    );
}
