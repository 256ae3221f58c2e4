//! Canned-response Mastra server for the benchmark.
//!
//! hyper 1.x, HTTP/1.1 keep-alive, one thread (tokio current_thread runtime).
//! Answers by route with bodies recorded from the real Mastra server by
//! `bench/record.mjs` (bench/fixtures/):
//!
//!   GET  /api/agents/:id               -> fixtures/agent-details.json
//!   POST /api/agents/:id/generate      -> fixtures/generate.json (request body is read and dropped)
//!   POST /api/agents/:id/stream        -> SSE: recorded prelude, N recorded text-delta events, recorded tail, `data: [DONE]`
//!                                         N from `?chunks=N` or a `chunks:N` user message (default 10000).
//!                                         A `hold:H` message sends H deltas, then holds the stream open until
//!                                         POST /__bench/release (or 120 s), then sends the tail.
//!   GET  /api/memory/threads           -> ~1 MiB thread list: the recorded thread repeated with unique ids
//!   POST /api/workflows/:id/create-run -> {"runId":"bench-run"}
//!   POST /api/workflows/:id/stream     -> workflow records, each followed by \x1E: workflow-start, N
//!                                         step outputs shaped as the agent stream's text-delta events
//!                                         (N from `?chunks=N` or `"chunks":N` in the input data, default
//!                                         10000), workflow-finish
//!   GET  /__bench/held                 -> {"held": n} streams currently held
//!   POST /__bench/release              -> releases all held streams
//!
//! Usage: canned-server [--port 0] [--host 127.0.0.1] [--fixtures DIR] [--big-bytes 1048576]
//! Prints `listening on http://HOST:PORT` on stdout once ready. Exits when stdin closes.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http_body_util::BodyExt;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Deltas per body frame after the first one (~8 KB per frame).
const BATCH: usize = 64;
const DEFAULT_CHUNKS: usize = 10_000;
const HOLD_LIMIT: Duration = Duration::from_secs(120);

struct Canned {
    details: Bytes,
    generate: Bytes,
    threads: Bytes,
    /// SSE events before the first text-delta (start, step-start, text-start).
    prelude: Bytes,
    /// One recorded text-delta event, `data: {...}\n\n`.
    delta: Bytes,
    /// BATCH deltas back to back.
    delta_batch: Bytes,
    /// Events after the last text-delta plus `data: [DONE]\n\n`.
    tail: Bytes,
    /// The workflow stream: first record, BATCH step-output records, last record.
    workflow: WorkflowRecords,
    release: watch::Sender<u64>,
    held: AtomicUsize,
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn read(dir: &str, name: &str) -> Vec<u8> {
    let path = format!("{dir}/{name}");
    std::fs::read(&path)
        .unwrap_or_else(|e| panic!("cannot read {path}: {e} (run bench/record.mjs)"))
}

/// Splits a recorded SSE body into (prelude, one delta event, tail incl. [DONE]).
fn split_sse(sse: &str) -> (String, String, String) {
    let events: Vec<&str> = sse
        .split("\n\n")
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    let is_delta = |e: &&str| e.contains("\"type\":\"text-delta\"");
    let first = events
        .iter()
        .position(is_delta)
        .expect("recorded stream has no text-delta event");
    let last = events.iter().rposition(is_delta).unwrap();
    let join = |evs: &[&str]| evs.iter().map(|e| format!("{e}\n\n")).collect::<String>();
    let mut tail = join(&events[last + 1..]);
    if !tail.contains("data: [DONE]") {
        tail.push_str("data: [DONE]\n\n");
    }
    (
        join(&events[..first]),
        format!("{}\n\n", events[first]),
        tail,
    )
}

/// The recorded thread list, with its one thread repeated (unique ids) until the body reaches `target` bytes.
fn big_thread_list(recorded: &[u8], target: usize) -> Bytes {
    let page: serde_json::Value =
        serde_json::from_slice(recorded).expect("threads.json is not JSON");
    let thread = page["threads"][0].clone();
    assert!(thread.is_object(), "threads.json has no thread");
    let one = serde_json::to_vec(&thread).unwrap().len() + 1;
    let n = target.div_ceil(one).max(1);
    let threads: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut t = thread.clone();
            t["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
            t["title"] = format!("Benchmark thread {i}").into();
            t
        })
        .collect();
    let mut page = page;
    page["threads"] = threads.into();
    page["total"] = n.into();
    page["perPage"] = n.into();
    page["hasMore"] = false.into();
    Bytes::from(serde_json::to_vec(&page).unwrap())
}

/// The records of a canned workflow stream (each ended by `\x1E`).
struct WorkflowRecords {
    start: Bytes,
    /// One step-output record.
    step: Bytes,
    /// BATCH step-output records back to back.
    step_batch: Bytes,
    finish: Bytes,
}

impl WorkflowRecords {
    /// Records around the agent stream's text-delta event (`delta`, `data: {...}\n\n`).
    fn new(delta: &str) -> Self {
        let output = delta.trim().trim_start_matches("data: ");
        let record = |json: String| format!("{json}\x1e");
        let run = r#""runId":"bench-run","from":"WORKFLOW""#;
        let step = record(format!(r#"{{"type":"workflow-step-output",{run},"payload":{{"stepName":"echo","output":{output}}}}}"#));
        Self {
            start: Bytes::from(record(format!(r#"{{"type":"workflow-start",{run},"payload":{{"runId":"bench-run"}}}}"#))),
            step_batch: Bytes::from(step.repeat(BATCH)),
            step: Bytes::from(step),
            finish: Bytes::from(record(format!(
                r#"{{"type":"workflow-finish",{run},"payload":{{"workflowStatus":"success","output":{{"usage":{{"inputTokens":0,"outputTokens":0,"totalTokens":0}}}},"metadata":{{}}}}}}"#
            ))),
        }
    }
}

/// A workflow stream of `n` step outputs, as one body made up front (frames of ~8 KB).
fn workflow_body(w: &WorkflowRecords, n: usize) -> Vec<Bytes> {
    let mut frames = vec![w.start.clone()];
    let mut left = n;
    while left > 0 {
        let take = left.min(BATCH);
        frames.push(w.step_batch.slice(..take * w.step.len()));
        left -= take;
    }
    frames.push(w.finish.clone());
    frames
}

/// `chunks:N` / `hold:H` from the query string or the request body.
fn number_after(hay: &[u8], key: &[u8]) -> Option<usize> {
    let pos = hay.windows(key.len()).position(|w| w == key)?;
    let digits: Vec<u8> = hay[pos + key.len()..]
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// SSE body produced lazily frame by frame: prelude + first delta, batches of deltas,
/// an optional hold, the remaining deltas, the tail.
struct SseBody {
    canned: Arc<Canned>,
    stage: u8,
    remaining: usize,
    hold: Option<Pin<Box<dyn std::future::Future<Output = ()> + Send>>>,
}

impl Body for SseBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let c = self.canned.clone();
        loop {
            match self.stage {
                0 => {
                    self.stage = 1;
                    let mut b = BytesMut::with_capacity(c.prelude.len() + c.delta.len());
                    b.extend_from_slice(&c.prelude);
                    if self.remaining > 0 {
                        b.extend_from_slice(&c.delta);
                        self.remaining -= 1;
                    }
                    return Poll::Ready(Some(Ok(Frame::data(b.freeze()))));
                }
                1 => {
                    if self.remaining >= BATCH {
                        self.remaining -= BATCH;
                        return Poll::Ready(Some(Ok(Frame::data(c.delta_batch.clone()))));
                    }
                    if self.remaining > 0 {
                        let n = std::mem::take(&mut self.remaining);
                        return Poll::Ready(Some(Ok(Frame::data(
                            c.delta_batch.slice(..n * c.delta.len()),
                        ))));
                    }
                    self.stage = 2;
                }
                2 => {
                    if let Some(fut) = self.hold.as_mut() {
                        match fut.as_mut().poll(cx) {
                            Poll::Pending => return Poll::Pending,
                            Poll::Ready(()) => {
                                self.hold = None;
                                c.held.fetch_sub(1, Ordering::Relaxed);
                            }
                        }
                    }
                    self.stage = 3;
                    return Poll::Ready(Some(Ok(Frame::data(c.tail.clone()))));
                }
                _ => return Poll::Ready(None),
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.stage > 2
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}

impl Drop for SseBody {
    fn drop(&mut self) {
        if self.hold.is_some() {
            self.canned.held.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

enum AnyBody {
    Full(Option<Bytes>),
    Sse(SseBody),
    /// Frames sent one by one (the workflow stream).
    Frames(std::collections::VecDeque<Bytes>),
}

impl Body for AnyBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            AnyBody::Full(b) => Poll::Ready(b.take().map(|b| Ok(Frame::data(b)))),
            AnyBody::Sse(s) => Pin::new(s).poll_frame(cx),
            AnyBody::Frames(f) => Poll::Ready(f.pop_front().map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            AnyBody::Full(b) => b.is_none(),
            AnyBody::Sse(s) => s.is_end_stream(),
            AnyBody::Frames(f) => f.is_empty(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            AnyBody::Full(Some(b)) => SizeHint::with_exact(b.len() as u64),
            AnyBody::Full(None) => SizeHint::with_exact(0),
            AnyBody::Sse(s) => s.size_hint(),
            AnyBody::Frames(_) => SizeHint::default(),
        }
    }
}

const JSON: HeaderValue = HeaderValue::from_static("application/json");

fn json(status: StatusCode, body: Bytes) -> Response<AnyBody> {
    let mut res = Response::new(AnyBody::Full(Some(body)));
    *res.status_mut() = status;
    res.headers_mut().insert(CONTENT_TYPE, JSON);
    res
}

async fn handle(c: Arc<Canned>, req: Request<Incoming>) -> Result<Response<AnyBody>, Infallible> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or("").as_bytes().to_vec();
    // Always consume the request body, as a real server would.
    let body = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => Bytes::new(),
    };
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let res = match (&method, segs.as_slice()) {
        (&Method::GET, ["api", "agents", _id]) => json(StatusCode::OK, c.details.clone()),
        (&Method::POST, ["api", "agents", _id, "generate"]) => {
            json(StatusCode::OK, c.generate.clone())
        }
        (&Method::POST, ["api", "agents", _id, "stream"]) => {
            let hold = number_after(&body, b"hold:");
            let chunks = number_after(&query, b"chunks=")
                .or_else(|| number_after(&body, b"chunks:"))
                .or(hold)
                .unwrap_or(DEFAULT_CHUNKS);
            let hold = hold.map(|_| {
                c.held.fetch_add(1, Ordering::Relaxed);
                let mut rx = c.release.subscribe();
                Box::pin(async move {
                    let _ = tokio::time::timeout(HOLD_LIMIT, rx.changed()).await;
                }) as Pin<Box<dyn std::future::Future<Output = ()> + Send>>
            });
            let mut res = Response::new(AnyBody::Sse(SseBody {
                canned: c.clone(),
                stage: 0,
                remaining: chunks,
                hold,
            }));
            let h = res.headers_mut();
            h.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
            h.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            res
        }
        (&Method::GET, ["api", "memory", "threads"]) => json(StatusCode::OK, c.threads.clone()),
        (&Method::POST, ["api", "workflows", _id, "create-run"]) => {
            json(StatusCode::OK, Bytes::from_static(b"{\"runId\":\"bench-run\"}"))
        }
        (&Method::POST, ["api", "workflows", _id, "stream"]) => {
            let n = number_after(&query, b"chunks=")
                .or_else(|| number_after(&body, b"\"chunks\":"))
                .unwrap_or(DEFAULT_CHUNKS);
            let mut res = Response::new(AnyBody::Frames(workflow_body(&c.workflow, n).into()));
            res.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            res
        }
        (&Method::GET, ["__bench", "held"]) => json(
            StatusCode::OK,
            Bytes::from(format!("{{\"held\":{}}}", c.held.load(Ordering::Relaxed))),
        ),
        (&Method::POST, ["__bench", "release"]) => {
            c.release.send_modify(|g| *g += 1);
            json(StatusCode::OK, Bytes::from_static(b"{\"released\":true}"))
        }
        _ => json(
            StatusCode::NOT_FOUND,
            Bytes::from_static(b"{\"error\":\"Not Found\"}"),
        ),
    };
    Ok(res)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let port: u16 = arg(&args, "--port")
        .map(|p| p.parse().expect("--port"))
        .unwrap_or(0);
    let host = arg(&args, "--host").unwrap_or_else(|| "127.0.0.1".into());
    let default_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures").to_string();
    let dir = arg(&args, "--fixtures").unwrap_or(default_dir);
    let big: usize = arg(&args, "--big-bytes")
        .map(|p| p.parse().expect("--big-bytes"))
        .unwrap_or(1 << 20);

    let sse = String::from_utf8(read(&dir, "stream.sse")).expect("stream.sse is not UTF-8");
    let (prelude, delta, tail) = split_sse(&sse);
    let canned = Arc::new(Canned {
        details: Bytes::from(read(&dir, "agent-details.json")),
        generate: Bytes::from(read(&dir, "generate.json")),
        threads: big_thread_list(&read(&dir, "threads.json"), big),
        delta_batch: Bytes::from(delta.repeat(BATCH)),
        prelude: Bytes::from(prelude),
        workflow: WorkflowRecords::new(&delta),
        delta: Bytes::from(delta),
        tail: Bytes::from(tail),
        release: watch::channel(0).0,
        held: AtomicUsize::new(0),
    });

    // Exit when the parent closes our stdin (no orphaned servers).
    std::thread::spawn(|| {
        let mut sink = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
        std::process::exit(0);
    });

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let addr: SocketAddr = format!("{host}:{port}").parse().expect("--host/--port");
        let listener = TcpListener::bind(addr).await.expect("bind");
        println!("listening on http://{}", listener.local_addr().unwrap());
        loop {
            let (stream, _) = match listener.accept().await {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let c = canned.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req| handle(c.clone(), req));
                let _ = http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
}
