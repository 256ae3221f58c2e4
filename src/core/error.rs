//! Errors of the core. Messages name what was wrong and never contain a secret
//! (tokens, header values, URL credentials).

use std::fmt;

/// A bad client option, found at construction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// `baseUrl` is not an absolute http(s) URL; the reason says why.
    BaseUrl(String),
    /// `apiPrefix` contains `..`, `?` or `#`.
    ApiPrefix(String),
    /// `retries` is not a non-negative safe integer.
    Retries,
    /// `backoffMs` or `maxBackoffMs` is not a non-negative finite number; holds the name.
    Backoff(&'static str),
    /// `timeoutMs` or `streamIdleTimeoutMs` is not a positive finite number; holds the name.
    Timeout(&'static str),
    /// `maxStreamRecordBytes` is not a whole number from 1 to the largest string V8 makes
    /// (held).
    MaxRecord(usize),
    /// `maxResponseBytes` is not a whole number from 1 to `Number.MAX_SAFE_INTEGER`, nor
    /// `Infinity`.
    MaxResponse,
    /// A header name that HTTP does not allow.
    HeaderName(String),
    /// A header value that HTTP cannot carry; holds the header name only.
    HeaderValue(String),
    /// A token that cannot go into an `Authorization` header (its text is not kept).
    Token,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::BaseUrl(why) => write!(f, "MastraClient: invalid baseUrl: {why}"),
            ConfigError::ApiPrefix(path) => {
                write!(f, "Invalid route path: \"{path}\". Path cannot contain '..', '?', or '#'")
            }
            ConfigError::Retries => f.write_str("retries must be a non-negative safe integer"),
            ConfigError::Backoff(name) => write!(f, "{name} must be a non-negative finite number"),
            ConfigError::Timeout(name) => write!(f, "{name} must be a positive finite number of milliseconds"),
            ConfigError::MaxRecord(limit) => write!(f, "maxStreamRecordBytes must be a whole number of bytes from 1 to {limit}"),
            ConfigError::MaxResponse => f.write_str(
                "maxResponseBytes must be a whole number of bytes from 1 to 9007199254740991, or Infinity",
            ),
            ConfigError::HeaderName(name) => write!(f, "MastraClient: invalid header name {name:?}"),
            ConfigError::HeaderValue(name) => write!(
                f,
                "MastraClient: the value of header '{name}' contains characters a header cannot carry (such as CR, LF or NUL)"
            ),
            ConfigError::Token => f.write_str(
                "the bearer token contains characters an Authorization header cannot carry (such as CR, LF or NUL)",
            ),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Why a call ended without an HTTP response to hand back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError {
    /// The caller aborted (signal) before or during the call, or during a backoff wait.
    Aborted,
    /// The client's `timeoutMs` passed; holds the deadline in ms.
    TimedOut(u64),
    /// An open stream received nothing for `streamIdleTimeoutMs`; holds it in ms.
    IdleTimeout(u64),
    /// A stream record longer than `maxStreamRecordBytes`, or a reply longer than
    /// `maxResponseBytes`; the text says which.
    TooLarge(String),
    /// A stream record that cannot be JSON; the text shows its start.
    Malformed(String),
    /// Connection, TLS, protocol or body-read failure after all tries; the text is safe to show.
    Network(String),
    /// A route index or argument the route table does not know.
    BadRoute(String),
    /// An argument that cannot go on the wire as given; the text names it.
    BadArgument(String),
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Aborted => f.write_str("This operation was aborted"),
            CallError::TimedOut(ms) => write!(f, "The operation timed out after {ms} ms (timeoutMs)"),
            CallError::IdleTimeout(ms) => write!(f, "The stream received nothing for {ms} ms (streamIdleTimeoutMs)"),
            CallError::Network(text) => f.write_str(text),
            CallError::BadRoute(text) | CallError::BadArgument(text) => f.write_str(text),
            CallError::TooLarge(text) | CallError::Malformed(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for CallError {}

/// Describes a transport failure without the URL's query (which may carry request
/// context) or credentials: method, path and the innermost cause.
pub fn describe_transport_error(method: &str, display_url: &str, err: &reqwest::Error) -> String {
    let kind = if err.is_connect() {
        "could not connect"
    } else if err.is_timeout() {
        "timed out"
    } else if err.is_body() || err.is_decode() {
        "failed while reading the response body"
    } else if err.is_request() {
        "failed to send the request"
    } else {
        "failed"
    };
    let mut cause: &dyn std::error::Error = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let path = display_url.split('?').next().unwrap_or(display_url);
    format!("fetch failed: {method} {path} {kind}: {cause}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_option() {
        assert!(ConfigError::Retries.to_string().contains("retries"));
        assert!(ConfigError::Backoff("backoffMs").to_string().contains("backoffMs"));
        assert!(ConfigError::HeaderValue("authorization".into()).to_string().contains("authorization"));
    }
}
