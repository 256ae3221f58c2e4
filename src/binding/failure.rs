//! How a call that did not succeed is handed to JavaScript: as a plain object the facade
//! turns into the right error (`MastraClientError`, abort reason, `TimeoutError`, `TypeError`).

use napi_derive::napi;

use crate::core::error::CallError;

/// A call that did not end with a plain 200 answer: a failure, or (kind `ok`) a 2xx answer
/// with another status, which carries that status.
#[napi(object)]
pub struct Failure {
    /// `ok` (a 2xx other than 200), `http`, `aborted`, `timeout`, `network`, `bad-call`,
    /// `too-large` (a stream record or a reply over its bound, or a reply longer than the
    /// longest string JavaScript can hold) or `malformed` (a stream record that cannot be JSON).
    pub kind: String,
    /// HTTP status (kind `http`).
    pub status: Option<u32>,
    /// HTTP status text (kind `http`).
    pub status_text: Option<String>,
    /// Response body text (kind `http`).
    pub body: Option<String>,
    /// What went wrong, safe to show (no secrets).
    pub message: Option<String>,
}

impl Failure {
    /// An HTTP error answer.
    pub fn http(status: u16, status_text: String, body: String) -> Self {
        Self { kind: "http".into(), status: Some(status.into()), status_text: Some(status_text), body: Some(body), message: None }
    }
}

impl Failure {
    /// A 2xx answer other than 200 (not a failure; it carries its status).
    pub fn success(status: u16, body: String) -> Self {
        Self { kind: "ok".into(), status: Some(status.into()), status_text: None, body: Some(body), message: None }
    }
}

/// The longest string V8 makes, in UTF-16 code units (2^29 - 24 on 64-bit builds). A UTF-8
/// text of more bytes than this may not become a JavaScript string.
pub const JS_MAX_STRING_LENGTH: usize = (1 << 29) - 24;

impl Failure {
    /// A result of `bytes` bytes of text that could not become a JavaScript value (V8
    /// refuses a string longer than [`JS_MAX_STRING_LENGTH`]): the failure of its own call,
    /// a `RangeError` in JavaScript.
    pub fn too_long_for_javascript(bytes: usize) -> Self {
        let message = format!(
            "the reply ({bytes} bytes) is longer than the longest string JavaScript can hold \
             ({JS_MAX_STRING_LENGTH} characters), so the call was rejected; maxResponseBytes bounds \
             replies (its default, 256 MiB, stays under this limit)"
        );
        Self { kind: "too-large".into(), status: None, status_text: None, body: None, message: Some(message) }
    }

    /// A result that could not become a JavaScript value for another reason.
    pub fn not_handed_over(reason: &str) -> Self {
        let message = format!("the result of this call could not be handed to JavaScript: {reason}");
        Self { kind: "network".into(), status: None, status_text: None, body: None, message: Some(message) }
    }
}

impl From<CallError> for Failure {
    fn from(err: CallError) -> Self {
        let kind = match err {
            CallError::Aborted => "aborted",
            CallError::TimedOut(_) | CallError::IdleTimeout(_) => "timeout",
            CallError::TooLarge(_) => "too-large",
            CallError::Malformed(_) => "malformed",
            CallError::Network(_) => "network",
            CallError::BadRoute(_) | CallError::BadArgument(_) => "bad-call",
        };
        Self { kind: kind.into(), status: None, status_text: None, body: None, message: Some(err.to_string()) }
    }
}
