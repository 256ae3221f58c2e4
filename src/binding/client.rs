//! `NativeClient`: one configured client; its calls run on the shared runtime and report to
//! the completion queue.

use std::collections::HashMap;
use std::sync::Arc;

use napi::bindgen_prelude::*;
use napi_derive::napi;
use bytes::Bytes;

use super::cancel::{token_of, CancelHandle};
use super::completions::{Completions, Queue, Settled};
use super::failure::Failure;
use super::stream::NativeStream;
use crate::core::config::{bearer_value, ClientConfig, ClientOptions};
use crate::core::error::{CallError, ConfigError};
use crate::core::framing::Framing;
use crate::core::request::{CallInput, CallOptions};
use crate::core::routes::Verb;
use crate::core::transport::{Reply, StreamReply, Transport};

/// Options of a native client (the facade maps client-js `ClientOptions` onto these).
#[napi(object)]
pub struct NativeOptions {
    pub base_url: String,
    pub api_prefix: Option<String>,
    pub retries: Option<f64>,
    pub backoff_ms: Option<f64>,
    pub max_backoff_ms: Option<f64>,
    /// Header names and values.
    pub headers: Option<HashMap<String, String>>,
    /// Sent as `Authorization: Bearer <token>` (after `headers`, so it wins).
    pub bearer_token: Option<String>,
    pub timeout_ms: Option<f64>,
    /// Longest wait for the next bytes of an open stream, in ms.
    pub stream_idle_timeout_ms: Option<f64>,
    /// Longest stream record, in bytes (default 16 MiB).
    pub max_stream_record_bytes: Option<f64>,
}

/// A validated client configuration with its transport.
#[napi]
pub struct NativeClient {
    transport: Transport,
    completions: Arc<Queue>,
}

fn config_error(err: ConfigError) -> Error {
    // The facade rethrows with the class named before the bar (TypeError, RangeError).
    Error::new(Status::InvalidArg, format!("{}|{}", err.js_class(), err))
}

#[napi]
impl NativeClient {
    /// Validates `options`; a bad one throws here, naming the option. Finished calls are
    /// reported on `completions`.
    #[napi(constructor)]
    pub fn new(options: NativeOptions, completions: &Completions) -> Result<Self> {
        let headers = options.headers.unwrap_or_default().into_iter().collect();
        let mut config = ClientConfig::new(ClientOptions {
            base_url: options.base_url,
            api_prefix: options.api_prefix,
            retries: options.retries,
            backoff_ms: options.backoff_ms,
            max_backoff_ms: options.max_backoff_ms,
            headers,
            timeout_ms: options.timeout_ms,
            stream_idle_timeout_ms: options.stream_idle_timeout_ms,
            max_stream_record_bytes: options.max_stream_record_bytes,
        })
        .map_err(config_error)?;
        if let Some(token) = options.bearer_token {
            config.headers.insert(reqwest::header::AUTHORIZATION, bearer_value(&token).map_err(config_error)?);
        }
        Ok(Self { transport: Transport::new(config), completions: completions.queue.clone() })
    }

    /// Starts call `id` of route `route`. Its result (the body text of a 200 answer, else a
    /// [`Failure`], kind `ok` for other 2xx statuses) is queued on the completions.
    #[napi]
    #[allow(clippy::too_many_arguments)]
    pub fn call(
        &self,
        id: u32,
        route: u32,
        path: Vec<String>,
        query: Option<Vec<String>>,
        body: Option<Either<String, Buffer>>,
        cancel: Option<&CancelHandle>,
        options: Option<CallExtras>,
    ) {
        let transport = self.transport.clone();
        let completions = self.completions.clone();
        let token = token_of(cancel);
        let input = call_input(route, path, query, body, options);
        self.completions.submit(async move {
            let reply = async { transport.call(transport.prepare(input?)?, token).await }.await;
            completions.push(
                id,
                match reply {
                    Ok(Reply::Ok { status: 200, body }) => Settled::Text(body),
                    Ok(Reply::Ok { status, body }) => Settled::Failure(Failure::success(status, body)),
                    Ok(Reply::Http { status, status_text, body }) => Settled::Failure(Failure::http(status, status_text, body)),
                    Err(err) => Settled::Failure(err.into()),
                },
            );
        });
    }

    /// Starts opening stream `id` on route `route` (`sse`, `sse-as-received`, `events`,
    /// `records` or `raw` framing); the open `NativeStream`, or a [`Failure`], is queued on
    /// the completions.
    #[napi]
    #[allow(clippy::too_many_arguments)]
    pub fn open_stream(
        &self,
        id: u32,
        route: u32,
        path: Vec<String>,
        query: Option<Vec<String>>,
        body: Option<Either<String, Buffer>>,
        framing: String,
        cancel: Option<&CancelHandle>,
        options: Option<CallExtras>,
    ) -> Result<()> {
        let framing = match framing.as_str() {
            "sse" => Framing::Sse,
            "sse-as-received" => Framing::SseAsReceived,
            "events" => Framing::Events,
            "records" => Framing::RecordSeparator,
            "raw" => Framing::Raw,
            other => return Err(Error::new(Status::InvalidArg, format!("unknown framing '{other}'"))),
        };
        let transport = self.transport.clone();
        let completions = self.completions.clone();
        let token = token_of(cancel);
        let input = call_input(route, path, query, body, options);
        self.completions.submit(async move {
            let reply = async { transport.open_stream(transport.prepare(input?)?, framing, token).await }.await;
            let settled = match reply {
                Ok(StreamReply::Open(stream)) => Settled::Stream(NativeStream::new(stream, completions.clone())),
                Ok(StreamReply::Http { status, status_text, body }) => Settled::Failure(Failure::http(status, status_text, body)),
                Err(err) => Settled::Failure(err.into()),
            };
            completions.push(id, settled);
        });
        Ok(())
    }
}

/// What a call sets beyond its route (client-js `request(path, options)`, multipart bodies).
#[napi(object)]
pub struct CallExtras {
    /// HTTP verb instead of the route's (`GET`, `POST`, ...).
    pub method: Option<String>,
    /// Path after the API prefix instead of the route's, as given.
    pub path: Option<String>,
    /// Content type of a body that is not JSON.
    pub content_type: Option<String>,
    /// Headers of this call as `[name, value, ...]`; they win over the client's.
    pub headers: Option<Vec<String>>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

/// The core's view of a call.
fn call_input(
    route: u32,
    path: Vec<String>,
    query: Option<Vec<String>>,
    body: Option<Either<String, Buffer>>,
    extras: Option<CallExtras>,
) -> std::result::Result<CallInput, CallError> {
    let body = body.map(|b| match b {
        Either::A(text) => Bytes::from(text),
        Either::B(bytes) => Bytes::from(Vec::<u8>::from(bytes)),
    });
    let mut options = CallOptions::default();
    if let Some(extras) = extras {
        options.verb = match extras.method.as_deref() {
            None => None,
            Some(name) => Some(Verb::parse(&name.to_ascii_uppercase()).ok_or_else(|| {
                CallError::BadArgument(format!("request(): unsupported method {name:?} (GET, POST, PUT, PATCH or DELETE)"))
            })?),
        };
        options.path = extras.path;
        options.content_type = extras.content_type;
        options.headers = extras.headers.unwrap_or_default();
        options.retries = extras.retries;
    }
    Ok(CallInput { route, path, query: query.unwrap_or_default(), body, options })
}
