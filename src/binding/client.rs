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
use crate::core::error::ConfigError;
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
    /// Longest JSON/text reply or error body, in bytes (default 256 MiB; `Infinity`: no bound).
    pub max_response_bytes: Option<f64>,
}

/// A validated client configuration with its transport.
#[napi]
pub struct NativeClient {
    transport: Transport,
    completions: Arc<Queue>,
}

fn config_error(err: ConfigError) -> Error {
    // The facade checks every option before it crosses (lib/options.js), with the same
    // rules; this is the core's own check, should the two ever disagree.
    Error::new(Status::InvalidArg, err.to_string())
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
            max_response_bytes: options.max_response_bytes,
        })
        .map_err(config_error)?;
        if let Some(token) = options.bearer_token {
            config.headers.insert(reqwest::header::AUTHORIZATION, bearer_value(&token).map_err(config_error)?);
        }
        Ok(Self { transport: Transport::new(config), completions: completions.queue.clone() })
    }

    /// Starts call `id`: `verb` to `target` (the path after the API prefix, encoded, with
    /// its query). Its result (the body text of a 200 answer, else a [`Failure`], kind `ok`
    /// for other 2xx statuses) is queued on the completions.
    #[napi]
    pub fn call(
        &self,
        id: u32,
        verb: JsVerb,
        target: String,
        body: Option<Either<String, Buffer>>,
        cancel: Option<&CancelHandle>,
        options: Option<CallExtras>,
    ) {
        let (transport, completions, input, token) = self.start(verb, target, body, cancel, options);
        self.completions.submit(async move {
            let reply = async { transport.call(transport.prepare(input)?, token).await }.await;
            completions.push(
                id,
                match reply {
                    Ok(Reply::Ok { status: 200, body }) => Settled::body(body),
                    Ok(Reply::Ok { status, body }) => Settled::Failure(Failure::success(status, body)),
                    Ok(Reply::Http { status, status_text, body }) => Settled::Failure(Failure::http(status, status_text, body)),
                    Err(err) => Settled::Failure(err.into()),
                },
            );
        });
    }

    /// Starts opening stream `id` (`verb` to `target`, framed as `framing`); the open
    /// `NativeStream`, or a [`Failure`], is queued on the completions.
    #[napi]
    #[allow(clippy::too_many_arguments)]
    pub fn open_stream(
        &self,
        id: u32,
        verb: JsVerb,
        target: String,
        body: Option<Either<String, Buffer>>,
        framing: JsFraming,
        cancel: Option<&CancelHandle>,
        options: Option<CallExtras>,
    ) {
        let (transport, completions, input, token) = self.start(verb, target, body, cancel, options);
        self.completions.submit(async move {
            let reply = async { transport.open_stream(transport.prepare(input)?, framing.into(), token).await }.await;
            let settled = match reply {
                Ok(StreamReply::Open(stream)) => Settled::Object(Box::new(NativeStream::new(stream, completions.clone()))),
                Ok(StreamReply::Http { status, status_text, body }) => Settled::Failure(Failure::http(status, status_text, body)),
                Err(err) => Settled::Failure(err.into()),
            };
            completions.push(id, settled);
        });
    }
}

impl NativeClient {
    /// What a call's work takes along: the transport, the completion queue, the call in the
    /// core's terms and its cancellation.
    fn start(
        &self,
        verb: JsVerb,
        target: String,
        body: Option<Either<String, Buffer>>,
        cancel: Option<&CancelHandle>,
        options: Option<CallExtras>,
    ) -> (Transport, Arc<Queue>, CallInput, tokio_util::sync::CancellationToken) {
        (self.transport.clone(), self.completions.clone(), call_input(verb, target, body, options), token_of(cancel))
    }
}

/// An HTTP verb, as JavaScript names it.
#[napi(string_enum = "UPPERCASE")]
pub enum JsVerb {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
}

impl From<JsVerb> for Verb {
    fn from(verb: JsVerb) -> Self {
        match verb {
            JsVerb::GET => Verb::GET,
            JsVerb::POST => Verb::POST,
            JsVerb::PUT => Verb::PUT,
            JsVerb::PATCH => Verb::PATCH,
            JsVerb::DELETE => Verb::DELETE,
        }
    }
}

/// How a stream's body is cut into records (see [`Framing`]).
#[napi(string_enum = "kebab-case")]
pub enum JsFraming {
    Sse,
    SseAsReceived,
    Events,
    Records,
    Raw,
}

impl From<JsFraming> for Framing {
    fn from(framing: JsFraming) -> Self {
        match framing {
            JsFraming::Sse => Framing::Sse,
            JsFraming::SseAsReceived => Framing::SseAsReceived,
            JsFraming::Events => Framing::Events,
            JsFraming::Records => Framing::RecordSeparator,
            JsFraming::Raw => Framing::Raw,
        }
    }
}

/// What a call sets beyond its verb and target (route headers, `request(path, options)`,
/// multipart bodies).
#[napi(object)]
pub struct CallExtras {
    /// Content type of a body that is not JSON.
    pub content_type: Option<String>,
    /// Headers of this call as `[name, value, ...]`; they win over the client's.
    pub headers: Option<Vec<String>>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

/// The core's view of a call.
fn call_input(verb: JsVerb, target: String, body: Option<Either<String, Buffer>>, extras: Option<CallExtras>) -> CallInput {
    let body = body.map(|b| match b {
        Either::A(text) => Bytes::from(text),
        Either::B(bytes) => Bytes::from(Vec::<u8>::from(bytes)),
    });
    let options = match extras {
        Some(extras) => CallOptions { content_type: extras.content_type, headers: extras.headers.unwrap_or_default(), retries: extras.retries },
        None => CallOptions::default(),
    };
    CallInput { verb: verb.into(), target, body, options }
}
