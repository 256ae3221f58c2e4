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
//!   GET  /api/agents                   -> ~31 KB agent list: the recorded agents (fixtures/agents.json), then
//!                                         copies of them with new ids (`echo-agent-2`, ...) up to --agents-bytes
//!   POST /api/agents/chat-agent/generate -> fixtures/generate-5k.json (~5 KB; other agent ids: generate.json)
//!   GET  /api/memory/threads/:id/messages -> ~1 MiB page of thread messages: the recorded messages
//!                                         (fixtures/thread-messages.json), repeated with new ids up to --messages-bytes
//!   Streams written one event per network write (as a server streaming tokens writes them):
//!     a `tokens:N` user message to POST /api/agents/:id/stream, or `"tokens":N` in the input data
//!     of POST /api/workflows/:id/stream, makes the same stream of N deltas / step outputs, but
//!     every event (SSE event or `\x1E` record) is its own body frame, flushed as its own write
//!     before the next is produced (the other streams write up to 64 events per frame).
//!     At a model's pace: an `every:M` message (agent) or `"everyMs":M` in the input data
//!     (workflow) writes each event M ms after the one before.
//!   GET  /__bench/held                 -> {"held": n} streams currently held
//!   POST /__bench/release              -> releases all held streams
//!
//! Usage: canned-server [--port 0] [--host 127.0.0.1] [--fixtures DIR] [--big-bytes 1048576]
//!                      [--agents-bytes 31744] [--messages-bytes 1048576] [--congestion NAME]
//! `--congestion` (Linux) sets the TCP congestion control of the server's connections (`reno`,
//! `bbr`, ...; the ones net.ipv4.tcp_allowed_congestion_control lists, or any available one as
//! root); without it they use the system's default. It decides how the server's one-event
//! writes are packed into segments when a stream goes as fast as the server can write it.
//! Prints `listening on http://HOST:PORT` on stdout once ready. Exits when stdin closes.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use mastra_bench_native::{arg, num};
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
    /// The realistic rows' bodies.
    agents: Bytes,
    generate_5k: Bytes,
    messages: Bytes,
    /// The agent stream's events one by one, for streams written one event per write.
    prelude_events: Vec<Bytes>,
    tail_events: Vec<Bytes>,
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

/// Top-level members of a JSON object or array, as raw text, in their order: `(key, value)`
/// for an object, `("", value)` for an array. (serde_json's map would sort the keys; the
/// recorded bodies keep the server's order.)
fn members(json: &str) -> Vec<(String, &str)> {
    let s = json.trim();
    let b = s.as_bytes();
    let is_object = b.first() == Some(&b'{');
    let mut out = Vec::new();
    fn push<'a>(m: &'a str, is_object: bool, out: &mut Vec<(String, &'a str)>) {
        let m = m.trim();
        if m.is_empty() {
            return;
        }
        if !is_object {
            return out.push((String::new(), m));
        }
        let mut it = serde_json::Deserializer::from_str(m).into_iter::<String>();
        let key = it.next().expect("object key").expect("object key");
        let value = m[it.byte_offset()..]
            .trim_start()
            .strip_prefix(':')
            .expect("':' after a key")
            .trim_start();
        out.push((key, value));
    }
    let (mut depth, mut in_str, mut esc, mut start) = (0usize, false, false, 1usize);
    for (i, &c) in b.iter().enumerate() {
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    push(&s[start..i], is_object, &mut out);
                }
            }
            b',' if depth == 1 => {
                push(&s[start..i], is_object, &mut out);
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// The recorded agent list (`{"<id>": {"id": "<id>", "name": "<name>", ...}, ...}`), then
/// copies of its agents under new ids (`<id>-2`, name `<name> 2`, ...) until the body
/// reaches `target` bytes.
fn big_agent_list(recorded: &str, target: usize) -> Bytes {
    let agents = members(recorded);
    assert!(!agents.is_empty(), "agents.json has no agent");
    let mut body = String::with_capacity(target + 4096);
    body.push('{');
    let mut copy = 1;
    'outer: loop {
        for (id, value) in &agents {
            if body.len() + 1 >= target && copy > 1 {
                break 'outer;
            }
            if body.len() > 1 {
                body.push(',');
            }
            if copy == 1 {
                body.push_str(&format!("{}:{value}", json_str(id)));
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(value).expect("agents.json entry is not JSON");
            let new_id = format!("{id}-{copy}");
            let mut value = value.replacen(
                &format!("\"id\":{}", json_str(id)),
                &format!("\"id\":{}", json_str(&new_id)),
                1,
            );
            if let Some(name) = v["name"].as_str() {
                value = value.replacen(
                    &format!("\"name\":{}", json_str(name)),
                    &format!("\"name\":{}", json_str(&format!("{name} {copy}"))),
                    1,
                );
            }
            body.push_str(&format!("{}:{value}", json_str(&new_id)));
        }
        copy += 1;
    }
    body.push('}');
    Bytes::from(body)
}

/// The recorded page of thread messages, its messages repeated in order (each with a new id
/// of the same length) until the body reaches `target` bytes; `total`/`perPage` match.
fn big_message_page(recorded: &str, target: usize) -> Bytes {
    let page = members(recorded);
    let messages = page
        .iter()
        .find(|(k, _)| k == "messages")
        .map(|(_, v)| members(v))
        .expect("thread-messages.json has no messages");
    assert!(!messages.is_empty(), "thread-messages.json has no message");
    let mut list = String::with_capacity(target + 64 * 1024);
    let mut n = 0usize;
    while list.len() + 200 < target {
        let m = messages[n % messages.len()].1;
        let v: serde_json::Value = serde_json::from_str(m).expect("message is not JSON");
        let id = v["id"].as_str().expect("message without id");
        let new_id = format!("00000000-0000-4000-8000-{n:012}");
        if n > 0 {
            list.push(',');
        }
        list.push_str(&m.replacen(&format!("\"id\":{}", json_str(id)), &format!("\"id\":{}", json_str(&new_id)), 1));
        n += 1;
    }
    let mut body = String::with_capacity(list.len() + 200);
    body.push('{');
    for (i, (k, v)) in page.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&json_str(k));
        body.push(':');
        match k.as_str() {
            "messages" => {
                body.push('[');
                body.push_str(&list);
                body.push(']');
            }
            "total" | "perPage" => body.push_str(&n.to_string()),
            "hasMore" => body.push_str("false"),
            _ => body.push_str(v),
        }
    }
    body.push('}');
    Bytes::from(body)
}

/// SSE text (`data: ...\n\n` events back to back) as one Bytes per event.
fn sse_events(sse: &str) -> Vec<Bytes> {
    sse.split_inclusive("\n\n")
        .filter(|e| !e.trim().is_empty())
        .map(|e| Bytes::from(e.to_owned()))
        .collect()
}

/// A stream body written one event per network write: after each frame the body wakes its
/// task and returns Pending once, so hyper flushes what it has buffered (that frame alone)
/// before it takes the next. `head` events, `n` copies of `event`, `tail` events. With
/// `every`, each event after the first is written that long after the one before (a model's
/// pace), instead of at once.
struct PerWrite {
    head: std::collections::VecDeque<Bytes>,
    event: Bytes,
    n: usize,
    tail: std::collections::VecDeque<Bytes>,
    yield_next: bool,
    every: Option<Duration>,
    due: Option<tokio::time::Instant>,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl PerWrite {
    fn new(head: Vec<Bytes>, event: Bytes, n: usize, tail: Vec<Bytes>, every: Option<Duration>) -> Self {
        Self { head: head.into(), event, n, tail: tail.into(), yield_next: false, every, due: None, pause: None }
    }

    fn poll_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.yield_next {
            self.yield_next = false;
            match self.every {
                Some(every) => {
                    // On a schedule (one event per `every` on average, as the timer's 1 ms
                    // ticks allow), never catching up by more than one event.
                    let now = tokio::time::Instant::now();
                    let at = self.due.map_or(now + every, |due| (due + every).max(now));
                    self.due = Some(at);
                    self.pause = Some(Box::pin(tokio::time::sleep_until(at)));
                }
                None => {
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
            }
        }
        if let Some(pause) = self.pause.as_mut() {
            if std::future::Future::poll(pause.as_mut(), cx).is_pending() {
                return Poll::Pending;
            }
            self.pause = None;
        }
        let next = if let Some(b) = self.head.pop_front() {
            Some(b)
        } else if self.n > 0 {
            self.n -= 1;
            Some(self.event.clone())
        } else {
            self.tail.pop_front()
        };
        self.yield_next = next.is_some();
        Poll::Ready(next.map(|b| Ok(Frame::data(b))))
    }

    fn is_end_stream(&self) -> bool {
        self.head.is_empty() && self.n == 0 && self.tail.is_empty()
    }
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
    /// One event per network write.
    PerWrite(PerWrite),
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
            AnyBody::PerWrite(p) => p.poll_frame(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            AnyBody::Full(b) => b.is_none(),
            AnyBody::Sse(s) => s.is_end_stream(),
            AnyBody::Frames(f) => f.is_empty(),
            AnyBody::PerWrite(p) => p.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            AnyBody::Full(Some(b)) => SizeHint::with_exact(b.len() as u64),
            AnyBody::Full(None) => SizeHint::with_exact(0),
            AnyBody::Sse(s) => s.size_hint(),
            AnyBody::Frames(_) | AnyBody::PerWrite(_) => SizeHint::default(),
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
        (&Method::GET, ["api", "agents"]) => json(StatusCode::OK, c.agents.clone()),
        (&Method::GET, ["api", "agents", _id]) => json(StatusCode::OK, c.details.clone()),
        (&Method::POST, ["api", "agents", "chat-agent", "generate"]) => {
            json(StatusCode::OK, c.generate_5k.clone())
        }
        (&Method::POST, ["api", "agents", _id, "generate"]) => {
            json(StatusCode::OK, c.generate.clone())
        }
        (&Method::POST, ["api", "agents", _id, "stream"]) if number_after(&body, b"tokens:").is_some() => {
            let n = number_after(&body, b"tokens:").unwrap();
            let every = number_after(&body, b"every:").map(|ms| Duration::from_millis(ms as u64));
            let body = PerWrite::new(c.prelude_events.clone(), c.delta.clone(), n, c.tail_events.clone(), every);
            let mut res = Response::new(AnyBody::PerWrite(body));
            let h = res.headers_mut();
            h.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
            h.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            res
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
        (&Method::GET, ["api", "memory", "threads", _id, "messages"]) => {
            json(StatusCode::OK, c.messages.clone())
        }
        (&Method::POST, ["api", "workflows", _id, "create-run"]) => {
            json(StatusCode::OK, Bytes::from_static(b"{\"runId\":\"bench-run\"}"))
        }
        (&Method::POST, ["api", "workflows", _id, "stream"]) if number_after(&body, b"\"tokens\":").is_some() => {
            let n = number_after(&body, b"\"tokens\":").unwrap();
            let w = &c.workflow;
            let every = number_after(&body, b"\"everyMs\":").map(|ms| Duration::from_millis(ms as u64));
            let body = PerWrite::new(vec![w.start.clone()], w.step.clone(), n, vec![w.finish.clone()], every);
            let mut res = Response::new(AnyBody::PerWrite(body));
            res.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            res
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

/// Sets the TCP congestion control of `listener` (and so of the connections it accepts).
#[cfg(target_os = "linux")]
fn set_congestion(listener: &TcpListener, name: &str) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    mastra_bench_native::set_tcp_option(listener.as_raw_fd(), libc::TCP_CONGESTION, name.as_bytes())
}

#[cfg(not(target_os = "linux"))]
fn set_congestion(_: &TcpListener, _: &str) -> std::io::Result<()> {
    Err(std::io::Error::new(std::io::ErrorKind::Unsupported, "only on Linux"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let port: u16 = num(&args, "--port", 0);
    let host = arg(&args, "--host").unwrap_or_else(|| "127.0.0.1".into());
    let default_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures").to_string();
    let dir = arg(&args, "--fixtures").unwrap_or(default_dir);
    let big: usize = num(&args, "--big-bytes", 1 << 20);
    let agents_bytes: usize = num(&args, "--agents-bytes", 31 * 1024);
    let messages_bytes: usize = num(&args, "--messages-bytes", 1 << 20);
    let congestion = arg(&args, "--congestion");
    let text = |name: &str| String::from_utf8(read(&dir, name)).unwrap_or_else(|_| panic!("{name} is not UTF-8"));

    let sse = String::from_utf8(read(&dir, "stream.sse")).expect("stream.sse is not UTF-8");
    let (prelude, delta, tail) = split_sse(&sse);
    let (prelude_events, tail_events) = (sse_events(&prelude), sse_events(&tail));
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
        agents: big_agent_list(&text("agents.json"), agents_bytes),
        generate_5k: Bytes::from(read(&dir, "generate-5k.json")),
        messages: big_message_page(&text("thread-messages.json"), messages_bytes),
        prelude_events,
        tail_events,
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
        // Accepted connections inherit the listener's congestion control.
        if let Some(name) = &congestion {
            if let Err(e) = set_congestion(&listener, name) {
                eprintln!("canned-server: --congestion {name}: {e}");
                std::process::exit(2);
            }
        }
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
