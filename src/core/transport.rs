//! The HTTP transport: one shared reqwest client (see `http`: keep-alive pool, rustls with
//! the OS's roots, proxies from the environment, gzip and brotli), tries and waits as
//! client-js, and calls that end at once on abort or at the client's deadline — also in the
//! middle of a wait between tries.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt as _;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::config::ClientConfig;
use super::error::{describe_transport_error, CallError};
use super::framing::{FrameError, Framer, Framing, Output};
use super::http::{fresh_http, shared_http};
use super::request::{CallInput, HeaderSets, Prepared};
use super::retry::{Outcome, RetryPolicy};

/// After `[DONE]`, how long and how much of the rest of a body is read to keep its connection.
const DRAIN_WAIT: Duration = Duration::from_millis(100);
const DRAIN_LIMIT_BYTES: usize = 1 << 20;
/// At most this much is reserved up front for a body from its `content-length`; the buffer
/// grows with what actually arrives.
const INITIAL_BODY_CAPACITY: u64 = 1 << 20;
/// A stream read hands on at most about this much of what has already arrived, beyond its
/// first record: one hand-off to JavaScript for many records when a server writes one event
/// per network write, while a batch stays small enough not to delay the next one.
const BATCH_TOP_UP_BYTES: usize = 32 * 1024;

/// What a finished call gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A 2xx answer and its body text.
    Ok { status: u16, body: String },
    /// A non-2xx answer after all tries: status, status text and body text.
    Http { status: u16, status_text: String, body: String },
}

/// A stream that has started: a 2xx response whose body is read record by record.
pub struct OpenStream {
    /// The response; dropped (closing the connection) at the end, on abort or on error.
    response: Option<reqwest::Response>,
    aborted: bool,
    framer: Framer,
    cancel: CancellationToken,
    status: u16,
    /// Method and path, for error messages.
    display_call: String,
    finished: bool,
    /// Longest wait for the next bytes, if any.
    idle: Option<Duration>,
    /// An error met after records that were handed on first; the next read gives it.
    deferred: Option<CallError>,
    /// Whether a batch was handed on already (the first one goes out at once).
    handed: bool,
    /// With a read-ahead: the idle timeout counts only while its caller waits.
    gate: Option<Arc<IdleGate>>,
}

/// Whether the caller of a read-ahead waits for a stream's next records. The stream idle
/// timeout counts only that time: while the caller handles records it already has, the
/// read-ahead reads on, and a server that is quiet meanwhile is not idle for it.
#[derive(Default)]
pub struct IdleGate {
    waiting: AtomicBool,
    changed: tokio::sync::Notify,
}

impl IdleGate {
    /// Says whether the caller now waits.
    pub fn set_waiting(&self, waiting: bool) {
        if self.waiting.swap(waiting, Ordering::AcqRel) != waiting {
            self.changed.notify_waiters();
        }
    }

    /// Ends once the caller has waited `idle` with no bytes (from now, or from when it
    /// started waiting).
    async fn elapsed(&self, idle: Duration) {
        loop {
            let changed = self.changed.notified();
            if self.waiting.load(Ordering::Acquire) {
                tokio::select! {
                    _ = tokio::time::sleep(idle) => return,
                    _ = changed => {}
                }
            } else {
                changed.await;
            }
        }
    }
}

/// Ends when a stream has been idle `idle` (for its caller: see [`IdleGate`]); never without
/// a bound.
async fn idle_elapsed(idle: Option<Duration>, gate: Option<&IdleGate>) {
    match (idle, gate) {
        (Some(idle), Some(gate)) => gate.elapsed(idle).await,
        (idle, None) => sleep_opt(idle).await,
        (None, Some(_)) => std::future::pending().await,
    }
}

/// What one read of an open stream gives: whole records as text, or the next bytes of a
/// raw stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Batch {
    /// Whole records, each with its delimiter, as received.
    Text(String),
    /// The next bytes of a raw stream.
    Bytes(bytes::Bytes),
}

/// What opening a stream gives back.
pub enum StreamReply {
    /// The stream is open.
    Open(OpenStream),
    /// The server answered with an error status.
    Http { status: u16, status_text: String, body: String },
}

/// A client's transport: its configuration over the shared HTTP client.
#[derive(Debug, Clone)]
pub struct Transport {
    config: Arc<ClientConfig>,
    headers: Arc<HeaderSets>,
}

impl Transport {
    /// A transport for `config`.
    pub fn new(config: ClientConfig) -> Self {
        let headers = Arc::new(HeaderSets::new(&config.headers));
        Self { config: Arc::new(config), headers }
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Builds the request for `input`.
    pub fn prepare(&self, input: CallInput) -> Result<Prepared, CallError> {
        Prepared::new(self.config.url_root(), &self.headers, input)
    }

    fn display_url(&self, request: &Prepared) -> String {
        let root = self.config.url_root();
        format!("{}{}", self.config.display_root(), request.url.get(root.len()..).unwrap_or(""))
    }

    fn send_on(&self, http: &reqwest::Client, request: &Prepared) -> impl Future<Output = reqwest::Result<reqwest::Response>> {
        let mut builder = http.request(request.verb.method(), &request.url).headers(self.headers.for_request(request).clone());
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        builder.send()
    }

    /// Sends `request` on the shared pool. If it fails the way a request written on a
    /// keep-alive connection the server was closing fails (the connection closed or reset
    /// before any answer), an idempotent request is sent once more, at once, on a fresh
    /// connection: once per call, and not as one of the call's `retries`. If that resend
    /// fails the same way too, the server is dropping the request rather than closing a stale
    /// connection, and the resend then counts as one of the `retries` (`Resend::spent`), so
    /// such a server sees no more tries than `retries` allow. A request that never started on
    /// a reused connection (provably unsent, any method) is sent again by hyper-util itself.
    ///
    /// reqwest does not say whether a request went out on a reused connection, so the
    /// resend is made for such a failure on any connection.
    async fn send(&self, request: &Prepared, resend: &Resend) -> reqwest::Result<reqwest::Response> {
        match self.send_on(shared_http(), request).await {
            Err(err)
                if request.verb.method().is_idempotent()
                    && closed_before_reply(&err)
                    && !resend.made.swap(true, Ordering::Relaxed) =>
            {
                let again = self.send_on(fresh_http(), request).await;
                if matches!(&again, Err(err) if closed_before_reply(err)) {
                    resend.spent.store(true, Ordering::Relaxed);
                }
                again
            }
            other => other,
        }
    }

    /// The failure of a reply over `maxResponseBytes` (its connection is closed).
    fn too_large(&self, request: &Prepared) -> CallError {
        let url = self.display_url(request);
        let path = url.split('?').next().unwrap_or("");
        CallError::TooLarge(format!(
            "{} {path}: the reply is larger than {} bytes (maxResponseBytes); the connection was closed",
            request.verb.method(),
            self.config.max_response
        ))
    }

    /// Runs `fut` unless the call is aborted or its deadline passes first.
    async fn guarded<T>(&self, cancel: &CancellationToken, deadline: Option<Instant>, fut: impl Future<Output = T>) -> Result<T, CallError> {
        let timeout_ms = self.config.timeout.map_or(0, |t| t.as_millis() as u64);
        tokio::select! {
            biased;
            _ = cancel.cancelled() => Err(CallError::Aborted),
            _ = sleep_until_opt(deadline) => Err(CallError::TimedOut(timeout_ms)),
            value = fut => Ok(value),
        }
    }

    /// The tries of one call, as client-js makes them: `attempt` makes one try (given the
    /// call's deadline) and says how it ended; failed tries are retried while the policy
    /// allows, with waits that end at once on abort or at the deadline.
    async fn retrying<T, Fut>(
        &self,
        request: &Prepared,
        cancel: &CancellationToken,
        resend: &Resend,
        mut attempt: impl FnMut(Option<Instant>) -> Fut,
    ) -> Result<T, CallError>
    where
        Fut: Future<Output = Result<Attempt<T>, CallError>>,
    {
        let deadline = self.config.timeout.map(|t| Instant::now() + t);
        let policy = RetryPolicy { retries: request.retries.unwrap_or(self.config.retry.retries), ..self.config.retry };
        let mut waits = policy.waits();
        loop {
            if cancel.is_cancelled() {
                return Err(CallError::Aborted);
            }
            let (outcome, failure) = match attempt(deadline).await? {
                Attempt::Done(value) => return Ok(value),
                Attempt::Failed(outcome, failure) => (outcome, failure),
            };
            if resend.spent.swap(false, Ordering::Relaxed) && waits.next().is_none() {
                // The resend on a fresh connection failed as the try did: it was a retry.
                return failure;
            }
            match waits.next() {
                Some(wait) if RetryPolicy::should_retry(outcome) => {
                    self.guarded(cancel, deadline, tokio::time::sleep(wait)).await?;
                }
                _ => return failure,
            }
        }
    }

    /// A transport failure of `request`, described without query or credentials.
    fn network_error(&self, request: &Prepared, err: &reqwest::Error) -> CallError {
        CallError::Network(describe_transport_error(request.verb.method().as_str(), &self.display_url(request), err))
    }

    /// Sends `request`, trying again like client-js, and reads the whole body as text (at
    /// most `maxResponseBytes` of it: past that the call fails and the connection is closed).
    pub async fn call(&self, request: Prepared, cancel: CancellationToken) -> Result<Reply, CallError> {
        let resend = Resend::default();
        let (request, cancel, resend) = (&request, &cancel, &resend);
        let limit = self.config.max_response;
        self.retrying(request, cancel, resend, |deadline| async move {
            let answer = self
                .guarded(cancel, deadline, async {
                    let response = self.send(request, resend).await.map_err(BodyError::Read)?;
                    let status = response.status();
                    let status_text = status_text(&response);
                    let body = read_text(response, limit).await?;
                    Ok::<_, BodyError>((status, status_text, body))
                })
                .await?;
            Ok(match answer {
                Ok((status, _, body)) if status.is_success() => Attempt::Done(Reply::Ok { status: status.as_u16(), body }),
                Ok((status, status_text, body)) => {
                    let status = status.as_u16();
                    Attempt::Failed(Outcome::Status(status), Ok(Reply::Http { status, status_text, body }))
                }
                Err(BodyError::TooLarge) => return Err(self.too_large(request)),
                Err(BodyError::Read(err)) => Attempt::Failed(Outcome::TransportError, Err(self.network_error(request, &err))),
            })
        })
        .await
    }

    /// Opens a stream: tries like [`Transport::call`] until a response arrives; a 2xx one is
    /// handed back open, to be read with [`OpenStream::next_batch`]. The client's deadline
    /// bounds the opening only: a long stream is ended by abort, not by `timeoutMs`.
    pub async fn open_stream(&self, request: Prepared, framing: Framing, cancel: CancellationToken) -> Result<StreamReply, CallError> {
        let resend = Resend::default();
        let (request, cancel, resend) = (&request, &cancel, &resend);
        let limit = self.config.max_response;
        self.retrying(request, cancel, resend, |deadline| async move {
            Ok(match self.guarded(cancel, deadline, self.send(request, resend)).await? {
                Ok(response) if response.status().is_success() => Attempt::Done(StreamReply::Open(OpenStream {
                    status: response.status().as_u16(),
                    response: Some(response),
                    aborted: false,
                    framer: Framer::new(framing, self.config.max_record),
                    cancel: cancel.child_token(),
                    display_call: format!("{} {}", request.verb.method(), self.display_url(request)),
                    finished: false,
                    idle: self.config.stream_idle,
                    deferred: None,
                    handed: false,
                    gate: None,
                })),
                Ok(response) => {
                    let status = response.status().as_u16();
                    let status_text = status_text(&response);
                    let body = match self.guarded(cancel, deadline, read_text(response, limit)).await? {
                        Ok(body) => body,
                        Err(BodyError::TooLarge) => return Err(self.too_large(request)),
                        Err(BodyError::Read(_)) => String::new(),
                    };
                    Attempt::Failed(Outcome::Status(status), Ok(StreamReply::Http { status, status_text, body }))
                }
                Err(err) => Attempt::Failed(Outcome::TransportError, Err(self.network_error(request, &err))),
            })
        })
        .await
    }
}

/// The one resend of a call on a fresh connection (see `Transport::send`).
#[derive(Default)]
struct Resend {
    /// It was made.
    made: AtomicBool,
    /// It failed as the try had, so it counts as one of the retries.
    spent: AtomicBool,
}

/// Why a body could not be read whole.
enum BodyError {
    /// Longer than `maxResponseBytes`.
    TooLarge,
    /// The response or its body could not be read.
    Read(reqwest::Error),
}

/// Reads the body of `response` network read by network read, as text, failing as soon as
/// it grows past `limit` bytes (the response is then dropped, which closes its connection):
/// memory stays within `limit` plus one read. The text is the body's UTF-8 as it is, or,
/// when it is not valid UTF-8, decoded with U+FFFD for each bad sequence (as `fetch` does).
async fn read_text(mut response: reqwest::Response, limit: usize) -> Result<String, BodyError> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut body = super::buffers::BYTES.take(announced.unwrap_or(0).min(INITIAL_BODY_CAPACITY) as usize);
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Read)? {
        if chunk.len() > limit - body.len() {
            return Err(BodyError::TooLarge);
        }
        let needed = body.len() + chunk.len();
        if needed > body.capacity() {
            // Grow by doubling, but never reserve past the bound.
            let target = needed.max(body.capacity().saturating_mul(2)).min(limit).max(needed);
            body.reserve_exact(target - body.len());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(utf8_text(body))
}

/// `bytes` as text: without a copy when it is valid UTF-8, else with U+FFFD for each bad
/// sequence.
pub(crate) fn utf8_text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    }
}

/// True when `err` says that the connection closed or was reset before any answer came:
/// how a request fails when it is written on a keep-alive connection just as the server
/// closes it. Connection, timeout and body errors are not this.
///
/// hyper's "incomplete message" also covers an answer cut inside its head; that too is no
/// answer, and only idempotent requests are sent again on it.
fn closed_before_reply(err: &reqwest::Error) -> bool {
    if err.is_connect() || err.is_timeout() || err.is_body() || err.is_decode() || err.is_status() || err.is_redirect() || err.is_builder() {
        return false;
    }
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        if let Some(hyper_err) = cause.downcast_ref::<hyper::Error>() {
            if hyper_err.is_incomplete_message() || hyper_err.is_canceled() {
                return true;
            }
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            if matches!(io.kind(), ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof) {
                return true;
            }
        }
        source = cause.source();
    }
    false
}

/// How one try of a call ended.
enum Attempt<T> {
    /// Success: the call's result.
    Done(T),
    /// A failed try, and what the call gives back if it is not tried again.
    Failed(Outcome, Result<T, CallError>),
}

impl OpenStream {
    /// Makes the idle timeout count only while `gate` says a caller waits.
    pub fn count_idle_while_waiting(&mut self, gate: Arc<IdleGate>) {
        self.gate = Some(gate);
    }

    /// HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Response headers as `(name, value)` text pairs (values that are not text are left out).
    pub fn headers(&self) -> Vec<(String, String)> {
        self.response
            .iter()
            .flat_map(|r| r.headers().iter())
            .filter_map(|(name, value)| value.to_str().ok().map(|v| (name.as_str().to_string(), v.to_string())))
            .collect()
    }

    /// The next whole records (at least one) in the `output` form, or for a raw stream the
    /// next bytes; `None` at the end of the stream. Waits for the network only when no whole
    /// record is buffered, and then at most `streamIdleTimeoutMs` for the next bytes.
    pub async fn next_batch(&mut self, output: Output) -> Result<Option<Batch>, CallError> {
        let mut out = String::new();
        while out.is_empty() {
            if let Some(err) = self.deferred.take() {
                return Err(err);
            }
            if self.aborted {
                return Err(CallError::Aborted);
            }
            if self.framer.is_done() {
                self.drain().await;
            }
            let Some(response) = self.response.as_mut().filter(|_| !self.finished && !self.framer.is_done()) else {
                self.close();
                return Ok(None);
            };
            let chunk = tokio::select! {
                biased;
                _ = self.cancel.cancelled() => {
                    self.abort();
                    return Err(CallError::Aborted);
                }
                _ = idle_elapsed(self.idle, self.gate.as_deref()) => {
                    self.close();
                    return Err(CallError::IdleTimeout(self.idle.map_or(0, |d| d.as_millis() as u64)));
                }
                chunk = response.chunk() => chunk,
            };
            let framed = match chunk {
                Ok(Some(bytes)) if self.framer.framing() == Framing::Raw => {
                    if bytes.is_empty() {
                        continue;
                    }
                    return Ok(Some(Batch::Bytes(bytes)));
                }
                Ok(Some(bytes)) => self.framer.push(&bytes, output, &mut out),
                Ok(None) => {
                    self.finished = true;
                    self.framer.finish(output, &mut out)
                }
                Err(err) => Err(self.network_failure(&err)),
            };
            if let Err(err) = framed {
                self.close();
                let err = self.framing_error(err);
                if out.is_empty() {
                    return Err(err);
                }
                self.deferred = Some(err);
            }
        }
        self.top_up(output, &mut out).await;
        Ok(Some(Batch::Text(out)))
    }

    /// Adds to a batch the records of what has already arrived, without waiting for the
    /// network: after the first batch, the task yields once (so that reads the I/O driver has
    /// ready come in), then takes chunks while they are there, up to [`BATCH_TOP_UP_BYTES`].
    async fn top_up(&mut self, output: Output, out: &mut String) {
        if !std::mem::replace(&mut self.handed, true) {
            return;
        }
        tokio::task::yield_now().await;
        while out.len() < BATCH_TOP_UP_BYTES && self.deferred.is_none() && !self.aborted && !self.finished && !self.framer.is_done() {
            if self.cancel.is_cancelled() {
                return;
            }
            let Some(response) = self.response.as_mut() else { return };
            // `chunk()` takes nothing from the body when it is dropped pending.
            let Some(chunk) = response.chunk().now_or_never() else { return };
            let framed = match chunk {
                Ok(Some(bytes)) => self.framer.push(&bytes, output, out),
                Ok(None) => {
                    self.finished = true;
                    self.framer.finish(output, out)
                }
                Err(err) => Err(self.network_failure(&err)),
            };
            if let Err(err) = framed {
                // The records before it go out now; the error with the next read.
                self.close();
                self.deferred = Some(self.framing_error(err));
            }
        }
    }

    /// A body-read failure as a framing error (the stream closes either way).
    fn network_failure(&self, err: &reqwest::Error) -> FrameError {
        FrameError::Network(describe_stream_error(&self.display_call, err))
    }

    /// What a framing failure is for the caller.
    fn framing_error(&self, err: FrameError) -> CallError {
        let path = self.display_call.split('?').next().unwrap_or("");
        match err {
            FrameError::Network(text) => CallError::Network(text),
            FrameError::TooLarge { .. } => CallError::TooLarge(format!("{path}: {err}")),
            FrameError::Malformed { .. } => CallError::Malformed(format!("{path}: {err}")),
        }
    }

    /// After `[DONE]`: reads the rest of the body (at most 1 MiB, for at most 100 ms) and
    /// drops it, so that a body ending there leaves its connection in the pool; a body that
    /// goes on is closed.
    async fn drain(&mut self) {
        let Some(response) = self.response.as_mut() else { return };
        let drain = async {
            let mut left = DRAIN_LIMIT_BYTES;
            while let Ok(Some(bytes)) = response.chunk().await {
                left = left.saturating_sub(bytes.len());
                if left == 0 {
                    return;
                }
            }
        };
        tokio::select! {
            biased;
            _ = self.cancel.cancelled() => {}
            _ = tokio::time::timeout(DRAIN_WAIT, drain) => {}
        }
    }

    /// The token that aborts this stream.
    pub fn cancel_token(&self) -> CancellationToken {
        self.cancel.clone()
    }

    /// Ends the stream: the response is dropped, which closes its connection.
    fn close(&mut self) {
        self.finished = true;
        self.response = None;
        self.cancel.cancel();
    }

    /// Ends the stream because it was aborted; later reads fail with [`CallError::Aborted`].
    fn abort(&mut self) {
        if !self.finished {
            self.aborted = true;
        }
        self.close();
    }
}

/// An open stream shared by its reader and a watcher task that closes it as soon as it is
/// aborted, even when no read is pending. Dropping it aborts the stream.
pub struct SharedStream {
    inner: Arc<tokio::sync::Mutex<OpenStream>>,
    cancel: CancellationToken,
    status: u16,
    headers: Vec<(String, String)>,
}

impl SharedStream {
    /// Shares `stream`; must be called inside the Tokio runtime (it spawns the watcher).
    pub fn new(stream: OpenStream) -> Self {
        let cancel = stream.cancel_token();
        let status = stream.status();
        let headers = stream.headers();
        let inner = Arc::new(tokio::sync::Mutex::new(stream));
        let watched = Arc::downgrade(&inner);
        let token = cancel.clone();
        tokio::spawn(async move {
            token.cancelled().await;
            if let Some(stream) = watched.upgrade() {
                stream.lock().await.abort();
            }
        });
        Self { inner, cancel, status, headers }
    }

    /// HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The next whole records, `None` at the end (see [`OpenStream::next_batch`]).
    pub fn next_batch(&self, output: Output) -> impl Future<Output = Result<Option<Batch>, CallError>> + Send + 'static {
        let inner = self.inner.clone();
        async move { inner.lock().await.next_batch(output).await }
    }

    /// Aborts the stream: a pending read ends and the connection is closed.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// A reader of the next batches that does not own the stream (dropping it cancels
    /// nothing): what a read-ahead task holds.
    pub fn next_batches(&self) -> NextBatches {
        NextBatches { inner: self.inner.clone(), cancel: self.cancel.clone() }
    }
}

/// Reads the next batches of a [`SharedStream`] without owning it.
pub struct NextBatches {
    inner: Arc<tokio::sync::Mutex<OpenStream>>,
    cancel: CancellationToken,
}

impl NextBatches {
    /// The next whole records, `None` at the end (see [`OpenStream::next_batch`]).
    pub async fn next(&self, output: Output) -> Result<Option<Batch>, CallError> {
        self.inner.lock().await.next_batch(output).await
    }

    /// True once the stream was cancelled.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }
}

impl Drop for SharedStream {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

fn describe_stream_error(display_call: &str, err: &reqwest::Error) -> String {
    let (method, url) = display_call.split_once(' ').unwrap_or(("", display_call));
    describe_transport_error(method, url, err)
}

/// The reason phrase the server sent (as `fetch` reports it), else the standard one.
fn status_text(response: &reqwest::Response) -> String {
    match response.extensions().get::<hyper::ext::ReasonPhrase>() {
        Some(reason) => String::from_utf8_lossy(reason.as_bytes()).into_owned(),
        None => response.status().canonical_reason().unwrap_or("").to_string(),
    }
}

async fn sleep_opt(wait: Option<Duration>) {
    match wait {
        Some(wait) => tokio::time::sleep(wait).await,
        None => std::future::pending().await,
    }
}

async fn sleep_until_opt(deadline: Option<Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::config::ClientOptions;
    use crate::core::routes::Verb;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    /// An HTTP/1.1 answer with the given status line and body.
    fn answer(status: &str, body: &str) -> String {
        format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\n\r\n{body}", body.len())
    }

    /// A loopback server that answers each request with `answers` in turn (the last one
    /// repeats; "hang" never answers) and counts requests.
    /// A server of one connection: once the request is read, `answer` gets the socket (and
    /// the read buffer) to write what it will. Returns the server's URL.
    async fn one_connection<F, Fut>(answer: F) -> String
    where
        F: FnOnce(tokio::net::TcpStream, Vec<u8>) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = ()> + Send,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 65536];
            let _ = socket.read(&mut buf).await;
            answer(socket, buf).await;
        });
        url
    }

    async fn server(answers: Vec<String>) -> (String, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let count = Arc::new(AtomicUsize::new(0));
        let seen = count.clone();
        let answers = Arc::new(answers);
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let seen = seen.clone();
                let answers = answers.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 65536];
                    loop {
                        let Ok(n) = socket.read(&mut buf).await else { return };
                        if n == 0 {
                            return;
                        }
                        let i = seen.fetch_add(1, Ordering::SeqCst);
                        let answer = &answers[i.min(answers.len() - 1)];
                        if answer == "hang" {
                            tokio::time::sleep(Duration::from_secs(30)).await;
                            return;
                        }
                        if socket.write_all(answer.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        (format!("http://{addr}"), count)
    }

    fn transport(base: &str, retries: f64, timeout_ms: Option<f64>) -> Transport {
        Transport::new(
            ClientConfig::new(ClientOptions {
                base_url: base.into(),
                retries: Some(retries),
                backoff_ms: Some(10.0),
                timeout_ms,
                ..Default::default()
            })
            .unwrap(),
        )
    }

    fn details(t: &Transport) -> Prepared {
        t.prepare(CallInput { verb: Verb::GET, target: "/agents/a".into(), body: None, options: Default::default() }).unwrap()
    }

    fn ok() -> String {
        answer("200 OK", "{}")
    }
    fn e500() -> String {
        answer("500 Internal Server Error", "{\"e\":1}")
    }
    fn e404() -> String {
        answer("404 Not Found", "{\"e\":1}")
    }

    #[tokio::test]
    async fn retries_5xx_then_succeeds() {
        let (url, count) = server(vec![e500(), e500(), ok()]).await;
        let t = transport(&url, 3.0, None);
        let reply = t.call(details(&t), CancellationToken::new()).await.unwrap();
        assert_eq!(reply, Reply::Ok { status: 200, body: "{}".into() });
        assert_eq!(count.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn never_retries_4xx() {
        let (url, count) = server(vec![e404(), ok()]).await;
        let t = transport(&url, 3.0, None);
        let reply = t.call(details(&t), CancellationToken::new()).await.unwrap();
        assert!(matches!(reply, Reply::Http { status: 404, ref status_text, .. } if status_text == "Not Found"));
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn gives_up_after_retries_with_the_last_error() {
        let (url, count) = server(vec![e500()]).await;
        let t = transport(&url, 2.0, None);
        let reply = t.call(details(&t), CancellationToken::new()).await.unwrap();
        assert!(matches!(reply, Reply::Http { status: 500, .. }));
        assert_eq!(count.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn abort_ends_a_backoff_wait_at_once() {
        let (url, count) = server(vec![e500()]).await;
        let t = Transport::new(
            ClientConfig::new(ClientOptions { base_url: url, backoff_ms: Some(60_000.0), ..Default::default() }).unwrap(),
        );
        let cancel = CancellationToken::new();
        let trigger = cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            trigger.cancel();
        });
        let started = std::time::Instant::now();
        assert_eq!(t.call(details(&t), cancel).await, Err(CallError::Aborted));
        assert!(started.elapsed() < Duration::from_secs(10));
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn deadline_ends_a_hanging_call() {
        let (url, _) = server(vec!["hang".into()]).await;
        let t = transport(&url, 0.0, Some(150.0));
        assert_eq!(t.call(details(&t), CancellationToken::new()).await, Err(CallError::TimedOut(150)));
    }

    #[tokio::test]
    async fn connection_refused_is_a_network_error_naming_the_path() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://user:pw@{}", listener.local_addr().unwrap());
        drop(listener);
        let t = transport(&url, 1.0, None);
        let Err(CallError::Network(text)) = t.call(details(&t), CancellationToken::new()).await else { panic!() };
        assert!(text.contains("GET") && text.contains("/api/agents/a"), "{text}");
        assert!(!text.contains("pw"), "{text}");
    }

    #[tokio::test]
    async fn cancelling_a_stream_closes_its_connection_without_a_pending_read() {
        let (closed_tx, closed_rx) = tokio::sync::oneshot::channel();
        let url = one_connection(|mut socket, mut buf| async move {
            let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
            let event = "data: {}\n\n";
            let _ = socket.write_all(format!("{head}{:x}\r\n{event}\r\n", event.len()).as_bytes()).await;
            // The body never ends: only the client can close this connection.
            let n = socket.read(&mut buf).await.unwrap_or(0);
            let _ = closed_tx.send(n);
        })
        .await;
        let t = transport(&url, 0.0, None);
        let StreamReply::Open(stream) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        let shared = SharedStream::new(stream);
        assert_eq!(shared.next_batch(Output::Frames).await.unwrap(), Some(Batch::Text("data: {}\n\n".into())));
        shared.cancel();
        let closed = tokio::time::timeout(Duration::from_secs(5), closed_rx).await;
        assert_eq!(closed.expect("the connection closes").unwrap(), 0);
        assert_eq!(shared.next_batch(Output::Frames).await, Err(CallError::Aborted));
    }

    /// A server writing `events` SSE events of `size` bytes, one per write, as fast as it can.
    async fn event_server(events: usize, size: usize) -> String {
        one_connection(move |mut socket, mut buf| async move {
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n").await;
            for i in 0..events {
                let event = format!("data: {{\"n\":{i},\"pad\":\"{}\"}}\n\n", "x".repeat(size));
                let _ = socket.write_all(format!("{:x}\r\n{event}\r\n", event.len()).as_bytes()).await;
            }
            let _ = socket.write_all(b"0\r\n\r\n").await;
            let _ = socket.read(&mut buf).await;
        })
        .await
    }

    #[tokio::test]
    async fn a_read_ahead_reads_up_to_its_bound_then_hands_over_every_record_in_order() {
        use crate::core::read_ahead::{Item, ReadAhead, READ_AHEAD_BYTES};
        let url = event_server(3000, 1000).await;
        let t = transport(&url, 0.0, None);
        let StreamReply::Open(stream) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        let reader = ReadAhead::new(stream);
        // The first batch goes to a waiter; then nothing is taken for a while.
        let (tx, rx) = tokio::sync::oneshot::channel();
        assert!(reader.wait(Output::Payloads, Box::new(move |item| drop(tx.send(item)))).is_none());
        let Item::Batch(Batch::Text(first)) = rx.await.unwrap() else { panic!("no first batch") };
        tokio::time::sleep(Duration::from_millis(300)).await;
        let queued = reader.queued_bytes();
        assert!(queued >= READ_AHEAD_BYTES / 2, "it read ahead ({queued} bytes)");
        assert!(queued <= READ_AHEAD_BYTES + BATCH_TOP_UP_BYTES + 4096, "it stopped near its bound ({queued} bytes)");
        // Everything, in order, then the end (again and again).
        let mut text = first;
        loop {
            match reader.take(Output::Payloads) {
                Some(Item::Batch(Batch::Text(more))) => text.push_str(&more),
                Some(Item::End) => break,
                Some(_) => panic!("a failure"),
                None => tokio::time::sleep(Duration::from_millis(1)).await,
            }
        }
        let numbers: Vec<u64> = text.split('\x1e').filter(|r| !r.is_empty()).map(|r| serde_json::from_str::<serde_json::Value>(r).unwrap()["n"].as_u64().unwrap()).collect();
        assert_eq!(numbers, (0..3000).collect::<Vec<_>>());
        assert!(matches!(reader.take(Output::Payloads), Some(Item::End)));
    }

    #[tokio::test]
    async fn a_read_ahead_times_out_only_while_its_caller_waits() {
        use crate::core::read_ahead::{Item, ReadAhead};
        let url = one_connection(|mut socket, mut buf| async move {
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\na\r\ndata: {}\n\n\r\n").await;
            tokio::time::sleep(Duration::from_millis(400)).await;
            let _ = socket.write_all(b"a\r\ndata: {}\n\n\r\n").await;
            let _ = socket.read(&mut buf).await;
        })
        .await;
        let t = idle_transport(&url, 200.0);
        let StreamReply::Open(stream) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        let reader = ReadAhead::new(stream);
        let (tx, rx) = tokio::sync::oneshot::channel();
        assert!(reader.wait(Output::Payloads, Box::new(move |item| drop(tx.send(item)))).is_none());
        assert!(matches!(rx.await.unwrap(), Item::Batch(_)));
        // The caller is busy 500 ms: the server's 400 ms pause is not idle time for it.
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(matches!(reader.take(Output::Payloads), Some(Item::Batch(_))));
        // Now it waits, and the server says nothing more: the idle timeout ends the stream.
        let (tx, rx) = tokio::sync::oneshot::channel();
        assert!(reader.wait(Output::Payloads, Box::new(move |item| drop(tx.send(item)))).is_none());
        assert!(matches!(rx.await.unwrap(), Item::Failed(CallError::IdleTimeout(200))));
    }

    /// A transport with `streamIdleTimeoutMs`.
    fn idle_transport(base: &str, idle_ms: f64) -> Transport {
        Transport::new(
            ClientConfig::new(ClientOptions { base_url: base.into(), retries: Some(0.0), stream_idle_timeout_ms: Some(idle_ms), ..Default::default() })
                .unwrap(),
        )
    }

    #[tokio::test]
    async fn a_stalled_stream_ends_with_the_idle_timeout() {
        let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        let (url, _) = server(vec![format!("{head}a\r\ndata: {{}}\n\n\r\n")]).await;
        let t = idle_transport(&url, 100.0);
        let StreamReply::Open(mut s) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        assert_eq!(s.next_batch(Output::Payloads).await, Ok(Some(Batch::Text("{}\x1e".into()))));
        assert_eq!(s.next_batch(Output::Payloads).await, Err(CallError::IdleTimeout(100)));
        assert_eq!(s.next_batch(Output::Payloads).await, Ok(None));
    }

    #[tokio::test]
    async fn a_stream_ended_by_done_leaves_its_connection_in_the_pool() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                count.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 65536];
                    let event = "data: 1\n\ndata: [DONE]\n\n";
                    let answer = format!("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{event}\r\n0\r\n\r\n", event.len());
                    while socket.read(&mut buf).await.unwrap_or(0) > 0 {
                        if socket.write_all(answer.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        let t = transport(&url, 0.0, None);
        for _ in 0..3 {
            let StreamReply::Open(mut s) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
            assert_eq!(s.next_batch(Output::Payloads).await, Ok(Some(Batch::Text("1\x1e".into()))));
            assert_eq!(s.next_batch(Output::Payloads).await, Ok(None));
        }
        assert_eq!(accepted.load(Ordering::SeqCst), 1, "one connection for the three streams");
    }

    /// A transport with `maxResponseBytes` and no retries.
    fn bounded_transport(base: &str, max_response: f64, retries: f64) -> Transport {
        Transport::new(
            ClientConfig::new(ClientOptions { base_url: base.into(), retries: Some(retries), backoff_ms: Some(1.0), max_response_bytes: Some(max_response), ..Default::default() })
                .unwrap(),
        )
    }

    /// A server whose answers have a chunked body that goes on (64 KiB a write, at most
    /// `cap` bytes, then it ends the body); it counts requests and reports how many body
    /// bytes it wrote before the client closed the connection (or `cap` if it never did).
    async fn endless_server(status: &'static str, cap: usize) -> (String, Arc<AtomicUsize>, tokio::sync::mpsc::UnboundedReceiver<usize>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let count = Arc::new(AtomicUsize::new(0));
        let seen = count.clone();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let (seen, tx) = (seen.clone(), tx.clone());
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 65536];
                    if socket.read(&mut buf).await.unwrap_or(0) == 0 {
                        return;
                    }
                    seen.fetch_add(1, Ordering::SeqCst);
                    let head = format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n");
                    if socket.write_all(head.as_bytes()).await.is_err() {
                        return;
                    }
                    let piece = vec![b'x'; 65536];
                    let chunk = [format!("{:x}\r\n", piece.len()).into_bytes(), piece, b"\r\n".to_vec()].concat();
                    let mut written = 0;
                    while written < cap {
                        if socket.write_all(&chunk).await.is_err() {
                            let _ = tx.send(written);
                            return;
                        }
                        written += 65536;
                    }
                    let _ = socket.write_all(b"0\r\n\r\n").await;
                    let _ = tx.send(cap);
                });
            }
        });
        (url, count, rx)
    }

    #[tokio::test]
    async fn a_reply_over_max_response_bytes_fails_naming_the_option_and_closes_the_connection() {
        let (url, count, mut closed) = endless_server("200 OK", 64 << 20).await;
        let t = bounded_transport(&url, (1 << 20) as f64, 3.0);
        let Err(CallError::TooLarge(text)) = t.call(details(&t), CancellationToken::new()).await else { panic!("a TooLarge error") };
        assert_eq!(text, format!("GET {url}/api/agents/a: the reply is larger than 1048576 bytes (maxResponseBytes); the connection was closed"));
        let written = tokio::time::timeout(Duration::from_secs(10), closed.recv()).await.expect("the server sees the close").unwrap();
        assert!(written < 64 << 20, "the client closed the connection after {written} bytes");
        assert_eq!(count.load(Ordering::SeqCst), 1, "not tried again");
        // An error body is bounded the same way, and not tried again either.
        let (url, count, _closed) = endless_server("500 Internal Server Error", 64 << 20).await;
        let t = bounded_transport(&url, (1 << 20) as f64, 3.0);
        assert!(matches!(t.call(details(&t), CancellationToken::new()).await, Err(CallError::TooLarge(_))));
        assert_eq!(count.load(Ordering::SeqCst), 1);
        match t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.map(|_| ()) {
            Err(CallError::TooLarge(_)) => {}
            other => panic!("an error body over the bound fails the opening: {other:?}"),
        }
        assert_eq!(count.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_reply_announced_over_the_bound_fails_before_its_body_is_read() {
        let head = "HTTP/1.1 200 OK\r\ncontent-length: 1000000\r\n\r\n";
        let (url, _) = server(vec![format!("{head}{}", "x".repeat(10))]).await;
        let t = bounded_transport(&url, 1000.0, 0.0);
        assert!(matches!(t.call(details(&t), CancellationToken::new()).await, Err(CallError::TooLarge(_))));
        // At the bound exactly, a reply is read.
        let (url, _) = server(vec![answer("200 OK", &"7".repeat(1000))]).await;
        let t = bounded_transport(&url, 1000.0, 0.0);
        assert_eq!(t.call(details(&t), CancellationToken::new()).await, Ok(Reply::Ok { status: 200, body: "7".repeat(1000) }));
    }

    #[tokio::test]
    async fn a_reply_that_is_not_utf8_is_decoded_with_replacement_characters() {
        let url = one_connection(|mut socket, _| async move {
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 12\r\n\r\n{\"a\":\"\xff\xe2\x82\"}\xef\xbb").await;
        })
        .await;
        let t = transport(&url, 0.0, None);
        assert_eq!(t.call(details(&t), CancellationToken::new()).await, Ok(Reply::Ok { status: 200, body: "{\"a\":\"\u{fffd}\u{fffd}\"}\u{fffd}".into() }));
    }

    /// A server that answers the first request on each connection, keeps the connection
    /// open, and closes it the moment the next request's first bytes come in: what a
    /// keep-alive connection looks like when the server closes it just as a request is
    /// written on it. Counts the requests answered and the connections closed so.
    async fn closing_server() -> (String, Arc<AtomicUsize>, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let answered = Arc::new(AtomicUsize::new(0));
        let closed = Arc::new(AtomicUsize::new(0));
        let (a, c) = (answered.clone(), closed.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let (answered, closed) = (a.clone(), c.clone());
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut buf = vec![0u8; 65536];
                    // The whole first request (head, then a body of its content-length).
                    let body_len = loop {
                        let n = socket.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        head.extend_from_slice(&buf[..n]);
                        if let Some(end) = head.windows(4).position(|w| w == b"\r\n\r\n") {
                            let text = String::from_utf8_lossy(&head[..end]).to_ascii_lowercase();
                            let length = text.lines().find_map(|l| l.strip_prefix("content-length:")).map_or(0, |v| v.trim().parse::<usize>().unwrap());
                            break length.saturating_sub(head.len() - end - 4);
                        }
                    };
                    let mut left = body_len;
                    while left > 0 {
                        let n = socket.read(&mut buf[..left.min(65536)]).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        left -= n;
                    }
                    answered.fetch_add(1, Ordering::SeqCst);
                    if socket.write_all(answer("200 OK", "{\"ok\":true}").as_bytes()).await.is_err() {
                        return;
                    }
                    // The next request on this connection: close it as its first bytes arrive.
                    if socket.read(&mut buf).await.unwrap_or(0) > 0 {
                        closed.fetch_add(1, Ordering::SeqCst);
                    }
                    drop(socket);
                });
            }
        });
        (url, answered, closed)
    }

    #[tokio::test]
    async fn a_get_on_a_connection_the_server_closes_is_sent_again_on_a_fresh_one() {
        let (url, answered, closed) = closing_server().await;
        let t = transport(&url, 0.0, None);
        for i in 0..100 {
            let reply = t.call(details(&t), CancellationToken::new()).await;
            assert_eq!(reply, Ok(Reply::Ok { status: 200, body: "{\"ok\":true}".into() }), "call {i}");
        }
        assert_eq!(answered.load(Ordering::SeqCst), 100);
        assert!(closed.load(Ordering::SeqCst) >= 40, "the server closed {} reused connections", closed.load(Ordering::SeqCst));
        // Streams open the same way.
        for i in 0..20 {
            let opened = t.open_stream(details(&t), Framing::RecordSeparator, CancellationToken::new()).await;
            assert!(matches!(opened, Ok(StreamReply::Open(_))), "stream {i}");
        }
    }

    #[tokio::test]
    async fn a_server_that_drops_every_request_sees_no_more_tries_than_retries_allow() {
        // Each request is read, then its connection closed without an answer.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let count = Arc::new(AtomicUsize::new(0));
        let seen = count.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let mut buf = vec![0u8; 65536];
                if socket.read(&mut buf).await.unwrap_or(0) > 0 {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        for (retries, tries) in [(0.0, 2), (1.0, 2), (2.0, 3)] {
            count.store(0, Ordering::SeqCst);
            let t = transport(&url, retries, None);
            assert!(matches!(t.call(details(&t), CancellationToken::new()).await, Err(CallError::Network(_))));
            assert_eq!(count.load(Ordering::SeqCst), tries, "retries: {retries}");
        }
    }

    #[tokio::test]
    async fn a_post_on_a_connection_the_server_closes_is_not_sent_again() {
        let (url, answered, closed) = closing_server().await;
        let t = transport(&url, 0.0, None);
        let post = || {
            t.prepare(CallInput { verb: Verb::POST, target: "/agents/a/generate".into(), body: Some("{}".into()), options: Default::default() }).unwrap()
        };
        assert!(t.call(post(), CancellationToken::new()).await.is_ok());
        let Err(CallError::Network(text)) = t.call(post(), CancellationToken::new()).await else { panic!("a network error") };
        assert!(text.contains("POST"), "{text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!((answered.load(Ordering::SeqCst), closed.load(Ordering::SeqCst)), (1, 1), "the second POST reached the server once");
    }

    #[tokio::test]
    async fn stream_batches_records() {
        let (url, _) = server(vec![answer("200 OK", "data: {\"a\":1}\n\ndata: {\"b\":2}\n\ndata: [DONE]\n\n")]).await;
        let t = transport(&url, 0.0, None);
        let StreamReply::Open(mut s) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        assert_eq!(s.status(), 200);
        let mut all = String::new();
        while let Some(Batch::Text(batch)) = s.next_batch(Output::Frames).await.unwrap() {
            all.push_str(&batch);
        }
        assert_eq!(all, "data: {\"a\":1}\n\ndata: {\"b\":2}\n\n");
    }
}
