//! The HTTP transport: one shared reqwest client (keep-alive pool, rustls with the OS's
//! roots, gzip and brotli), tries and waits as client-js, and calls that end at once on
//! abort or at the client's deadline — also in the middle of a wait between tries.

use std::future::Future;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use reqwest::StatusCode;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::config::ClientConfig;
use super::error::{describe_transport_error, CallError};
use super::framing::{Framer, Framing};
use super::request::{CallInput, HeaderSets, Prepared};
use super::retry::{Outcome, RetryPolicy};

/// The process-wide HTTP client: every `MastraClient` shares its connection pool, so even
/// clients made per user and per request reuse warm connections.
fn shared_http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| {
        reqwest::Client::builder()
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(90))
            .gzip(true)
            .brotli(true)
            .build()
            .expect("the HTTP client builds")
    })
}

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
    response: reqwest::Response,
    framer: Framer,
    cancel: CancellationToken,
    status: u16,
    /// Method and path, for error messages.
    display_call: String,
    finished: bool,
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
        Prepared::new(self.config.url_root(), input)
    }

    fn display_url(&self, request: &Prepared) -> String {
        let root = self.config.url_root();
        format!("{}{}", self.config.display_root(), request.url.get(root.len()..).unwrap_or(""))
    }

    fn send(&self, request: &Prepared) -> impl Future<Output = reqwest::Result<reqwest::Response>> {
        let mut builder = shared_http()
            .request(request.verb().method(), &request.url)
            .headers(self.headers.for_request(request).clone());
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        builder.send()
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

    /// Sends `request`, trying again like client-js, and reads the whole body as text.
    pub async fn call(&self, request: Prepared, cancel: CancellationToken) -> Result<Reply, CallError> {
        let deadline = self.config.timeout.map(|t| Instant::now() + t);
        let mut waits = self.config.retry.waits();
        loop {
            if cancel.is_cancelled() {
                return Err(CallError::Aborted);
            }
            let attempt = self
                .guarded(&cancel, deadline, async {
                    let response = self.send(&request).await?;
                    let status = response.status();
                    let body = response.text().await?;
                    Ok::<_, reqwest::Error>((status, body))
                })
                .await?;
            let (outcome, failure) = match attempt {
                Ok((status, body)) if status.is_success() => return Ok(Reply::Ok { status: status.as_u16(), body }),
                Ok((status, body)) => (Outcome::Status(status.as_u16()), Ok(http_reply(status, body))),
                Err(err) => (Outcome::TransportError, Err(CallError::Network(describe_transport_error(request.verb().method().as_str(), &self.display_url(&request), &err)))),
            };
            match waits.next() {
                Some(wait) if RetryPolicy::should_retry(outcome) => {
                    self.guarded(&cancel, deadline, tokio::time::sleep(wait)).await?;
                }
                _ => return failure,
            }
        }
    }

    /// Opens a stream: tries like [`Transport::call`] until a response arrives; a 2xx one is
    /// handed back open, to be read with [`OpenStream::next_batch`]. The client's deadline
    /// bounds the opening only: a long stream is ended by abort, not by `timeoutMs`.
    pub async fn open_stream(&self, request: Prepared, framing: Framing, cancel: CancellationToken) -> Result<StreamReply, CallError> {
        let deadline = self.config.timeout.map(|t| Instant::now() + t);
        let mut waits = self.config.retry.waits();
        loop {
            if cancel.is_cancelled() {
                return Err(CallError::Aborted);
            }
            let attempt = self.guarded(&cancel, deadline, self.send(&request)).await?;
            let (outcome, failure) = match attempt {
                Ok(response) if response.status().is_success() => {
                    return Ok(StreamReply::Open(OpenStream {
                        status: response.status().as_u16(),
                        response,
                        framer: Framer::new(framing),
                        cancel: cancel.child_token(),
                        display_call: format!("{} {}", request.verb().method(), self.display_url(&request)),
                        finished: false,
                    }))
                }
                Ok(response) => {
                    let status = response.status();
                    let body = self.guarded(&cancel, deadline, response.text()).await?.unwrap_or_default();
                    let Reply::Http { status: code, status_text, body } = http_reply(status, body) else { unreachable!() };
                    (Outcome::Status(code), Ok(StreamReply::Http { status: code, status_text, body }))
                }
                Err(err) => (Outcome::TransportError, Err(CallError::Network(describe_transport_error(request.verb().method().as_str(), &self.display_url(&request), &err)))),
            };
            match waits.next() {
                Some(wait) if RetryPolicy::should_retry(outcome) => {
                    self.guarded(&cancel, deadline, tokio::time::sleep(wait)).await?;
                }
                _ => return failure,
            }
        }
    }
}

impl OpenStream {
    /// HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Response headers as `(name, value)` text pairs (values that are not text are left out).
    pub fn headers(&self) -> Vec<(String, String)> {
        self.response
            .headers()
            .iter()
            .filter_map(|(name, value)| value.to_str().ok().map(|v| (name.as_str().to_string(), v.to_string())))
            .collect()
    }

    /// The next whole records (at least one), as received; `None` at the end of the stream.
    /// Waits for the network only when no whole record is buffered.
    pub async fn next_batch(&mut self) -> Result<Option<String>, CallError> {
        let mut out = String::new();
        while out.is_empty() {
            if self.finished || self.framer.is_done() {
                return Ok(None);
            }
            let chunk = tokio::select! {
                biased;
                _ = self.cancel.cancelled() => return Err(CallError::Aborted),
                chunk = self.response.chunk() => chunk,
            };
            match chunk {
                Ok(Some(bytes)) => self.framer.push(&bytes, &mut out),
                Ok(None) => {
                    self.finished = true;
                    self.framer.finish(&mut out)
                }
                Err(err) => return Err(CallError::Network(describe_stream_error(&self.display_call, &err))),
            }
            .map_err(|e| CallError::Network(format!("{}: {e}", self.display_call.split('?').next().unwrap_or(""))))?;
        }
        Ok(Some(out))
    }

    /// The token that aborts this stream (pending reads end, the connection is dropped).
    pub fn cancel_token(&self) -> CancellationToken {
        self.cancel.clone()
    }
}

fn describe_stream_error(display_call: &str, err: &reqwest::Error) -> String {
    let (method, url) = display_call.split_once(' ').unwrap_or(("", display_call));
    describe_transport_error(method, url, err)
}

fn http_reply(status: StatusCode, body: String) -> Reply {
    Reply::Http { status: status.as_u16(), status_text: status.canonical_reason().unwrap_or("").to_string(), body }
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
    use crate::core::routes::ROUTES;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    /// An HTTP/1.1 answer with the given status line and body.
    fn answer(status: &str, body: &str) -> String {
        format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\n\r\n{body}", body.len())
    }

    /// A loopback server that answers each request with `answers` in turn (the last one
    /// repeats; "hang" never answers) and counts requests.
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
        let route = ROUTES.iter().position(|r| r.class == "Agent" && r.method == "details").unwrap() as u32;
        t.prepare(CallInput { route, path: vec!["a".into()], query: vec![], body: None }).unwrap()
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
    async fn stream_batches_records() {
        let (url, _) = server(vec![answer("200 OK", "data: {\"a\":1}\n\ndata: {\"b\":2}\n\ndata: [DONE]\n\n")]).await;
        let t = transport(&url, 0.0, None);
        let StreamReply::Open(mut s) = t.open_stream(details(&t), Framing::Sse, CancellationToken::new()).await.unwrap() else { panic!() };
        assert_eq!(s.status(), 200);
        let mut all = String::new();
        while let Some(batch) = s.next_batch().await.unwrap() {
            all.push_str(&batch);
        }
        assert_eq!(all, "data: {\"a\":1}\n\ndata: {\"b\":2}\n\n");
    }
}
