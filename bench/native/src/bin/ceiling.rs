//! The ceiling: a pure-Rust reqwest + tokio loop doing the benchmark's requests
//! against the canned server, with no Node.js in the way. Responses are parsed
//! into serde_json::Value, as the clients parse them into JS objects.
//!
//! Usage: ceiling --url http://127.0.0.1:PORT --mode get|post|big|stream|agents|history|messages|tokens|wftokens
//!                [--concurrency 64] [--calls 20000] [--warmup calls/10] [--threads 0]
//!                [--seconds 0] [--body-bytes 10240] [--chunks 10000] [--body-file FILE]
//!   Realistic modes (bench/README.md): agents = GET /api/agents (~31 KB), history = POST
//!   /api/agents/chat-agent/generate with {"messages": <--body-file>} (~20 KB; ~5 KB back),
//!   messages = GET /api/memory/threads/:id/messages (~1 MiB), tokens = agent SSE stream of
//!   --chunks deltas written one event per write, wftokens = workflow stream of --chunks
//!   `\x1E` records written one record per write.
//!   --calls is the number of measured calls; with --seconds S > 0, no new call starts after S seconds.
//!   --threads 0 = tokio current_thread runtime, N = multi_thread with N workers.
//! Prints one JSON line: {"mode","concurrency","calls","seconds","callsPerSec","p50Ms","p99Ms","procCpuUs",...}
//! (procCpuUs: CPU time of the process per call, per event for streams, from getrusage).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use mastra_bench_native::{arg, num};

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Get,
    Post,
    Big,
    Stream,
    Agents,
    History,
    Messages,
    /// Agent SSE stream, one event per network write.
    Tokens,
    /// Workflow stream (`\x1E` records), one record per network write.
    WfTokens,
}

impl Mode {
    fn is_stream(self) -> bool {
        matches!(self, Mode::Stream | Mode::Tokens | Mode::WfTokens)
    }
}

/// Request body of a generate call whose JSON is `bytes` long (same shape the JS harness sends).
fn generate_body(bytes: usize) -> Bytes {
    let empty = serde_json::json!({"messages": [{"role": "user", "content": ""}]})
        .to_string()
        .len();
    let words = "the quick brown fox jumps over the lazy dog ";
    let text: String = words
        .chars()
        .cycle()
        .take(bytes.saturating_sub(empty))
        .collect();
    Bytes::from(serde_json::json!({"messages": [{"role": "user", "content": text}]}).to_string())
}

struct Stats {
    latency: Vec<f64>,
    /// stream mode: events seen, time to first event (ms) per call
    events: usize,
    ttfc: Vec<f64>,
}

async fn one(
    client: &reqwest::Client,
    mode: Mode,
    url: &str,
    body: &Bytes,
    st: &mut Stats,
    expected: usize,
) -> Result<(), String> {
    let t0 = Instant::now();
    let req = match mode {
        Mode::Get | Mode::Big | Mode::Agents | Mode::Messages => client.get(url),
        Mode::Post | Mode::Stream | Mode::History | Mode::Tokens | Mode::WfTokens => client
            .post(url)
            .header("content-type", "application/json")
            .body(body.clone()),
    };
    let mut res = req.send().await.map_err(|e| e.to_string())?;
    if !res.status().is_success() {
        return Err(format!("HTTP {}", res.status()));
    }
    if mode == Mode::WfTokens {
        // Workflow stream: records ended by \x1E, each parsed.
        let mut buf: Vec<u8> = Vec::with_capacity(16 * 1024);
        let mut first = true;
        let mut n = 0;
        while let Some(chunk) = res.chunk().await.map_err(|e| e.to_string())? {
            buf.extend_from_slice(&chunk);
            let mut start = 0;
            while let Some(p) = buf[start..].iter().position(|&b| b == 0x1e) {
                let rec = &buf[start..start + p];
                start += p + 1;
                let v: serde_json::Value =
                    serde_json::from_slice(rec).map_err(|e| e.to_string())?;
                std::hint::black_box(&v);
                st.events += 1;
                n += 1;
                if first {
                    first = false;
                    st.ttfc.push(t0.elapsed().as_secs_f64() * 1e3);
                }
            }
            buf.drain(..start);
        }
        if n < expected {
            return Err(format!("workflow stream: {n} records, expected at least {expected}"));
        }
    } else if mode.is_stream() {
        // SSE: split on blank lines, parse each `data:` JSON event.
        let mut buf: Vec<u8> = Vec::with_capacity(16 * 1024);
        let mut first = true;
        let mut done = false;
        let mut n = 0;
        while let Some(chunk) = res.chunk().await.map_err(|e| e.to_string())? {
            buf.extend_from_slice(&chunk);
            let mut start = 0;
            while let Some(p) = buf[start..].windows(2).position(|w| w == b"\n\n") {
                let ev = &buf[start..start + p];
                start += p + 2;
                let data = ev.strip_prefix(b"data: ").unwrap_or(ev);
                if data == b"[DONE]" {
                    done = true;
                    continue;
                }
                let v: serde_json::Value =
                    serde_json::from_slice(data).map_err(|e| e.to_string())?;
                std::hint::black_box(&v);
                st.events += 1;
                n += 1;
                if first {
                    first = false;
                    st.ttfc.push(t0.elapsed().as_secs_f64() * 1e3);
                }
            }
            buf.drain(..start);
        }
        if !done {
            return Err("stream ended without [DONE]".into());
        }
        if n < expected {
            return Err(format!("stream: {n} events, expected at least {expected}"));
        }
    } else {
        let bytes = res.bytes().await.map_err(|e| e.to_string())?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        std::hint::black_box(&v);
    }
    st.latency.push(t0.elapsed().as_secs_f64() * 1e3);
    Ok(())
}

async fn run(
    client: reqwest::Client,
    mode: Mode,
    url: Arc<String>,
    body: Bytes,
    concurrency: usize,
    calls: usize,
    seconds: f64,
    expected: usize,
) -> (f64, Stats) {
    let next = Arc::new(AtomicUsize::new(0));
    let t0 = Instant::now();
    let deadline = (seconds > 0.0).then(|| t0 + Duration::from_secs_f64(seconds));
    let mut tasks = Vec::with_capacity(concurrency);
    for _ in 0..concurrency.min(calls.max(1)) {
        let (client, url, body, next) = (client.clone(), url.clone(), body.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut st = Stats {
                latency: Vec::with_capacity(calls / concurrency + 1),
                events: 0,
                ttfc: Vec::new(),
            };
            while next.fetch_add(1, Ordering::Relaxed) < calls
                && deadline.is_none_or(|d| Instant::now() < d)
            {
                if let Err(e) = one(&client, mode, &url, &body, &mut st, expected).await {
                    eprintln!("ceiling: request failed: {e}");
                    std::process::exit(1);
                }
            }
            st
        }));
    }
    let mut all = Stats {
        latency: Vec::with_capacity(calls),
        events: 0,
        ttfc: Vec::new(),
    };
    for t in tasks {
        let st = t.await.unwrap();
        all.latency.extend(st.latency);
        all.ttfc.extend(st.ttfc);
        all.events += st.events;
    }
    (t0.elapsed().as_secs_f64(), all)
}

/// CPU time (user + system) of this whole process so far, microseconds.
fn process_cpu_us() -> f64 {
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage fills the struct it is given.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let us = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    us(ru.ru_utime) + us(ru.ru_stime)
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[i.clamp(1, sorted.len()) - 1]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = arg(&args, "--url").expect("--url http://127.0.0.1:PORT");
    let mode = match arg(&args, "--mode").as_deref().unwrap_or("get") {
        "get" => Mode::Get,
        "post" => Mode::Post,
        "big" => Mode::Big,
        "stream" => Mode::Stream,
        "agents" => Mode::Agents,
        "history" => Mode::History,
        "messages" => Mode::Messages,
        "tokens" => Mode::Tokens,
        "wftokens" => Mode::WfTokens,
        m => panic!("unknown --mode {m}"),
    };
    let concurrency = num(&args, "--concurrency", 64).max(1);
    let calls = num(&args, "--calls", 20_000);
    let warmup = num(&args, "--warmup", calls / 10);
    let threads = num(&args, "--threads", 0);
    let seconds: f64 = arg(&args, "--seconds")
        .map(|v| v.parse().expect("--seconds wants a number"))
        .unwrap_or(0.0);
    let chunks = num(&args, "--chunks", 10_000);
    let body = match mode {
        Mode::Post => generate_body(num(&args, "--body-bytes", 10 * 1024)),
        Mode::Stream => Bytes::from(
            serde_json::json!({"messages": [{"role": "user", "content": format!("chunks:{chunks}")}]}).to_string(),
        ),
        Mode::Tokens => Bytes::from(
            serde_json::json!({"messages": [{"role": "user", "content": format!("tokens:{chunks}")}]}).to_string(),
        ),
        Mode::WfTokens => Bytes::from(serde_json::json!({"inputData": {"tokens": chunks}}).to_string()),
        Mode::History => {
            let file = arg(&args, "--body-file").expect("--mode history needs --body-file (bench/fixtures/history.json)");
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
            let messages: serde_json::Value = serde_json::from_str(&text).expect("--body-file is not JSON");
            Bytes::from(serde_json::json!({ "messages": messages }).to_string())
        }
        _ => Bytes::new(),
    };
    // Streams: the least number of events (records) a call must deliver.
    let expected = if mode.is_stream() { chunks } else { 0 };
    let base = base.trim_end_matches('/');
    let url = Arc::new(match mode {
        Mode::Get => format!("{base}/api/agents/echo-agent"),
        Mode::Post => format!("{base}/api/agents/echo-agent/generate"),
        Mode::Big => format!("{base}/api/memory/threads?resourceId=bench-user"),
        Mode::Stream | Mode::Tokens => format!("{base}/api/agents/echo-agent/stream"),
        Mode::Agents => format!("{base}/api/agents"),
        Mode::History => format!("{base}/api/agents/chat-agent/generate"),
        Mode::Messages => format!("{base}/api/memory/threads/bench-thread/messages?agentId=echo-agent"),
        Mode::WfTokens => format!("{base}/api/workflows/bench-workflow/stream?runId=bench-run"),
    });

    let rt = if threads == 0 {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .enable_all()
            .build()
    }
    .unwrap();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(usize::MAX)
        .pool_idle_timeout(Duration::from_secs(60))
        .tcp_nodelay(true)
        .build()
        .unwrap();
    let (seconds, st, cpu_us) = rt.block_on(async {
        if warmup > 0 {
            run(
                client.clone(),
                mode,
                url.clone(),
                body.clone(),
                concurrency,
                warmup,
                0.0,
                expected,
            )
            .await;
        }
        let cpu0 = process_cpu_us();
        let (secs, st) = run(client, mode, url, body, concurrency, calls, seconds, expected).await;
        (secs, st, process_cpu_us() - cpu0)
    });
    let mut lat = st.latency;
    lat.sort_by(f64::total_cmp);
    let mut ttfc = st.ttfc;
    ttfc.sort_by(f64::total_cmp);
    let mut out = serde_json::json!({
        "mode": arg(&args, "--mode").unwrap_or_else(|| "get".into()),
        "concurrency": concurrency,
        "threads": threads,
        "calls": lat.len(),
        "seconds": seconds,
        "callsPerSec": lat.len() as f64 / seconds,
        "p50Ms": pct(&lat, 50.0),
        "p99Ms": pct(&lat, 99.0),
        "procCpuUs": cpu_us / lat.len().max(1) as f64,
    });
    if mode.is_stream() {
        out["chunks"] = st.events.into();
        out["chunksPerSec"] = (st.events as f64 / seconds).into();
        out["ttfcMs"] = pct(&ttfc, 50.0).into();
        out["procCpuUs"] = (cpu_us / st.events.max(1) as f64).into();
    }
    println!("{out}");
}
