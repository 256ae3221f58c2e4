//! How a call that did not succeed is handed to JavaScript: as a plain object the facade
//! turns into the right error (`MastraClientError`, abort reason, `TimeoutError`, `TypeError`).

use napi_derive::napi;

use crate::core::error::CallError;

/// A call that did not end with a plain 200 answer: a failure, or (kind `ok`) a 2xx answer
/// with another status, which carries that status.
#[napi(object)]
pub struct Failure {
    /// `ok` (a 2xx other than 200), `http`, `aborted`, `timeout`, `network`, `bad-call`,
    /// `too-large` (a stream record over the bound) or `malformed` (a stream record that
    /// cannot be JSON).
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
