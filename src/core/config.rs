//! Client configuration: what `new MastraClient(options)` accepts, validated once at
//! construction so that a bad option fails there and not at the first call.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use super::error::ConfigError;
use super::framing::DEFAULT_MAX_RECORD_BYTES;
use super::retry::RetryPolicy;

/// `Number.MAX_SAFE_INTEGER`: the largest whole `maxResponseBytes` short of `Infinity`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Largest `maxStreamRecordBytes`: about the longest string V8 can make (2^29 - 24 units).
pub const MAX_RECORD_LIMIT: usize = (1 << 29) - 24;

/// Default `maxResponseBytes`: 256 MiB, well under the longest string V8 makes (about 512 MiB),
/// so that by default a reply that fits the bound also fits a JavaScript string.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 256 * 1024 * 1024;

/// Default API prefix, as in client-js.
pub const DEFAULT_API_PREFIX: &str = "/api";

/// Header names whose values are secrets: kept out of `Debug` output and marked
/// sensitive so that the HTTP stack does not log them either.
const SENSITIVE_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-api-key",
];

/// The options of a client before validation, in plain Rust types.
#[derive(Default, Clone)]
pub struct ClientOptions {
    /// `baseUrl`: absolute `http://` or `https://` URL of the Mastra server.
    pub base_url: String,
    /// `apiPrefix`: defaults to `/api`.
    pub api_prefix: Option<String>,
    /// `retries`: how many times a failed call is tried again (default 3).
    pub retries: Option<f64>,
    /// `backoffMs`: first wait between tries (default 100).
    pub backoff_ms: Option<f64>,
    /// `maxBackoffMs`: longest wait between tries (default 1000).
    pub max_backoff_ms: Option<f64>,
    /// `headers`: sent with every request, after (and over) the content type.
    pub headers: Vec<(String, String)>,
    /// `timeoutMs`: deadline of a whole call, retries included (no deadline when absent).
    pub timeout_ms: Option<f64>,
    /// `streamIdleTimeoutMs`: longest wait for the next bytes of an open stream (none when absent).
    pub stream_idle_timeout_ms: Option<f64>,
    /// `maxStreamRecordBytes`: longest stream record (default 16 MiB).
    pub max_stream_record_bytes: Option<f64>,
    /// `maxResponseBytes`: longest JSON/text reply or error body, after decompression
    /// (default 256 MiB; `Infinity` for no bound).
    pub max_response_bytes: Option<f64>,
}

impl fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &redact_userinfo(&self.base_url))
            .field("api_prefix", &self.api_prefix)
            .field("retries", &self.retries)
            .field("backoff_ms", &self.backoff_ms)
            .field("max_backoff_ms", &self.max_backoff_ms)
            .field("headers", &HeaderNames(&self.headers))
            .field("timeout_ms", &self.timeout_ms)
            .field("stream_idle_timeout_ms", &self.stream_idle_timeout_ms)
            .field("max_stream_record_bytes", &self.max_stream_record_bytes)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

/// Prints header names only: values may be secrets.
struct HeaderNames<'a>(&'a [(String, String)]);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(name, _)| format!("{name}: <redacted>")))
            .finish()
    }
}

/// A validated client configuration.
#[derive(Clone)]
pub struct ClientConfig {
    /// Base URL with no trailing `/`, followed by the normalized API prefix.
    origin_and_prefix: String,
    /// The same, with any user:password removed, for error messages.
    display_origin: String,
    /// User headers (validated names and values; secrets marked sensitive).
    pub headers: HeaderMap,
    /// How failed calls are tried again.
    pub retry: RetryPolicy,
    /// Deadline of a whole call, if any.
    pub timeout: Option<Duration>,
    /// Longest wait for the next bytes of an open stream, if any.
    pub stream_idle: Option<Duration>,
    /// Longest stream record, in bytes.
    pub max_record: usize,
    /// Longest JSON/text reply (or error body), in bytes; `usize::MAX` for no bound.
    pub max_response: usize,
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("ClientConfig")
            .field("url", &self.display_origin)
            .field("header_names", &names)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("stream_idle", &self.stream_idle)
            .field("max_record", &self.max_record)
            .field("max_response", &self.max_response)
            .finish()
    }
}

impl ClientConfig {
    /// Validates `options`; every problem is reported with the option's name.
    pub fn new(options: ClientOptions) -> Result<Self, ConfigError> {
        let base = parse_base_url(&options.base_url)?;
        let prefix = normalize_route_path(options.api_prefix.as_deref().unwrap_or(DEFAULT_API_PREFIX))
            .map_err(|path| ConfigError::ApiPrefix(path.to_string()))?;
        let retry = RetryPolicy::from_options(options.retries, options.backoff_ms, options.max_backoff_ms)?;
        let timeout = duration(options.timeout_ms, "timeoutMs")?;
        let stream_idle = duration(options.stream_idle_timeout_ms, "streamIdleTimeoutMs")?;
        let max_record = match options.max_stream_record_bytes {
            None => DEFAULT_MAX_RECORD_BYTES,
            Some(n) if n.fract() == 0.0 && (1.0..=MAX_RECORD_LIMIT as f64).contains(&n) => n as usize,
            Some(_) => return Err(ConfigError::MaxRecord(MAX_RECORD_LIMIT)),
        };
        let max_response = match options.max_response_bytes {
            None => DEFAULT_MAX_RESPONSE_BYTES,
            Some(n) if n == f64::INFINITY => usize::MAX,
            Some(n) if n.fract() == 0.0 && (1.0..=MAX_SAFE_INTEGER).contains(&n) => n as usize,
            Some(_) => return Err(ConfigError::MaxResponse),
        };
        let headers = build_headers(&options.headers)?;
        let base_trimmed = base.trim_end_matches('/');
        Ok(Self {
            origin_and_prefix: format!("{base_trimmed}{prefix}"),
            display_origin: format!("{}{prefix}", redact_userinfo(base_trimmed)),
            headers,
            retry,
            timeout,
            stream_idle,
            max_record,
            max_response,
        })
    }

    /// `baseUrl` + `apiPrefix`, to which a route path is appended.
    pub fn url_root(&self) -> &str {
        &self.origin_and_prefix
    }

    /// The same as [`ClientConfig::url_root`] with credentials removed, safe to print.
    pub fn display_root(&self) -> &str {
        &self.display_origin
    }
}

/// A positive, finite number of milliseconds as a duration; `name` is the option's.
fn duration(ms: Option<f64>, name: &'static str) -> Result<Option<Duration>, ConfigError> {
    match ms {
        None => Ok(None),
        Some(ms) if ms.is_finite() && ms > 0.0 => Ok(Some(Duration::from_secs_f64(ms / 1000.0))),
        Some(_) => Err(ConfigError::Timeout(name)),
    }
}

/// Checks that `raw` is an absolute http(s) URL without query or fragment, and returns it
/// as given (client-js keeps the base URL verbatim apart from a trailing `/`).
fn parse_base_url(raw: &str) -> Result<String, ConfigError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(ConfigError::BaseUrl("it is empty".into()));
    }
    let url = Url::parse(trimmed).map_err(|e| ConfigError::BaseUrl(format!("it is not an absolute URL ({e})")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(ConfigError::BaseUrl(format!("its scheme is '{}', expected http or https", url.scheme())));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError::BaseUrl("it must not carry a query or a fragment".into()));
    }
    Ok(trimmed.to_string())
}

/// Normalizes a route prefix as client-js does: collapses repeated `/`, removes a trailing
/// `/`, ensures a leading `/`, and gives "" for the root. Rejects `..`, `?` and `#`.
pub fn normalize_route_path(path: &str) -> Result<String, &str> {
    let trimmed = path.trim();
    if trimmed.contains("..") || trimmed.contains('?') || trimmed.contains('#') {
        return Err(path);
    }
    let mut collapsed = String::with_capacity(trimmed.len() + 1);
    for ch in trimmed.chars() {
        if ch == '/' && collapsed.ends_with('/') {
            continue;
        }
        collapsed.push(ch);
    }
    if collapsed.is_empty() || collapsed == "/" {
        return Ok(String::new());
    }
    if collapsed.ends_with('/') {
        collapsed.pop();
    }
    if !collapsed.starts_with('/') {
        collapsed.insert(0, '/');
    }
    Ok(collapsed)
}

/// Validates user headers. A value a header cannot carry (CR, LF, NUL, other controls) is
/// an error that names the header but never repeats the value.
pub fn build_headers(pairs: &[(String, String)]) -> Result<HeaderMap, ConfigError> {
    let mut map = HeaderMap::with_capacity(pairs.len());
    for (name, value) in pairs {
        let header_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| ConfigError::HeaderName(name.clone()))?;
        let mut header_value = HeaderValue::from_str(value).map_err(|_| ConfigError::HeaderValue(header_name.to_string()))?;
        if SENSITIVE_HEADERS.contains(&header_name.as_str()) {
            header_value.set_sensitive(true);
        }
        map.insert(header_name, header_value);
    }
    Ok(map)
}

/// `Bearer <token>` as a header value, or an error that does not echo the token.
pub fn bearer_value(token: &str) -> Result<HeaderValue, ConfigError> {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| ConfigError::Token)?;
    value.set_sensitive(true);
    Ok(value)
}

/// Removes `user:password@` from a URL for display.
pub fn redact_userinfo(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end && !url[scheme_end + 3..at].contains('/') => {
            format!("{}***@{}", &url[..scheme_end + 3], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(base: &str) -> ClientOptions {
        ClientOptions { base_url: base.into(), ..Default::default() }
    }

    #[test]
    fn trailing_slashes_never_make_a_double_slash() {
        for base in ["http://localhost:4111", "http://localhost:4111/", "http://localhost:4111//"] {
            let config = ClientConfig::new(options(base)).unwrap();
            assert_eq!(config.url_root(), "http://localhost:4111/api", "{base}");
        }
    }

    #[test]
    fn api_prefix_is_normalized_like_client_js() {
        assert_eq!(normalize_route_path("/api").unwrap(), "/api");
        assert_eq!(normalize_route_path("api/").unwrap(), "/api");
        assert_eq!(normalize_route_path("//mastra//api//").unwrap(), "/mastra/api");
        assert_eq!(normalize_route_path("/").unwrap(), "");
        assert_eq!(normalize_route_path("").unwrap(), "");
        assert!(normalize_route_path("/a/../b").is_err());
        assert!(normalize_route_path("/a?x").is_err());
        let mut o = options("http://h:1/base/");
        o.api_prefix = Some("/".into());
        assert_eq!(ClientConfig::new(o).unwrap().url_root(), "http://h:1/base");
    }

    #[test]
    fn bad_base_urls_fail_at_construction_with_a_reason() {
        for (base, needle) in [
            ("", "empty"),
            ("localhost:4111", "scheme"),
            ("not a url", "absolute"),
            ("ftp://h", "scheme"),
            ("http://h/?q=1", "query"),
        ] {
            let err = ClientConfig::new(options(base)).unwrap_err().to_string();
            assert!(err.contains("baseUrl") && err.contains(needle), "{base}: {err}");
        }
    }

    #[test]
    fn header_values_that_cannot_be_sent_are_rejected_without_echo() {
        let mut o = options("http://h");
        o.headers = vec![("x-secret".into(), "abc\r\nInjected: 1".into())];
        let err = ClientConfig::new(o).unwrap_err().to_string();
        assert!(err.contains("x-secret"));
        assert!(!err.contains("abc") && !err.contains("Injected"));
        assert!(bearer_value("tok\nen").is_err());
        assert!(!bearer_value("s3cr\0t").unwrap_err().to_string().contains("s3cr"));
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let mut o = options("http://user:hunter2@h:1");
        o.headers = vec![("authorization".into(), "Bearer s3cr3t".into())];
        let shown = format!("{o:?}");
        assert!(!shown.contains("s3cr3t") && !shown.contains("hunter2"), "{shown}");
        let config = ClientConfig::new(o).unwrap();
        let shown = format!("{config:?}");
        assert!(!shown.contains("s3cr3t") && !shown.contains("hunter2"), "{shown}");
        assert!(config.headers["authorization"].is_sensitive());
        assert!(!config.display_root().contains("hunter2"));
    }

    #[test]
    fn timeout_must_be_positive() {
        let mut o = options("http://h");
        o.timeout_ms = Some(0.0);
        assert!(ClientConfig::new(o.clone()).unwrap_err().to_string().contains("timeoutMs"));
        o.timeout_ms = Some(1500.0);
        assert_eq!(ClientConfig::new(o).unwrap().timeout, Some(Duration::from_millis(1500)));
    }

    #[test]
    fn stream_options_are_validated_naming_themselves() {
        let mut o = options("http://h");
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            o.stream_idle_timeout_ms = Some(bad);
            let err = ClientConfig::new(o.clone()).unwrap_err();
            assert!(err.to_string().contains("streamIdleTimeoutMs"), "{err}");
        }
        o.stream_idle_timeout_ms = Some(250.0);
        assert_eq!(ClientConfig::new(o.clone()).unwrap().stream_idle, Some(Duration::from_millis(250)));
        assert_eq!(ClientConfig::new(o.clone()).unwrap().max_record, 16 << 20);
        for bad in [0.0, 1.5, 1e12, f64::NAN] {
            o.max_stream_record_bytes = Some(bad);
            assert!(ClientConfig::new(o.clone()).unwrap_err().to_string().contains("maxStreamRecordBytes"));
        }
        o.max_stream_record_bytes = Some(4096.0);
        assert_eq!(ClientConfig::new(o).unwrap().max_record, 4096);
    }

    #[test]
    fn max_response_bytes_defaults_to_256_mib_allows_infinity_and_names_itself() {
        let mut o = options("http://h");
        assert_eq!(ClientConfig::new(o.clone()).unwrap().max_response, 256 << 20);
        assert!(DEFAULT_MAX_RESPONSE_BYTES < MAX_RECORD_LIMIT, "the default stays under V8's longest string");
        o.max_response_bytes = Some(f64::INFINITY);
        assert_eq!(ClientConfig::new(o.clone()).unwrap().max_response, usize::MAX);
        o.max_response_bytes = Some(1.0);
        assert_eq!(ClientConfig::new(o.clone()).unwrap().max_response, 1);
        o.max_response_bytes = Some(1e12);
        assert_eq!(ClientConfig::new(o.clone()).unwrap().max_response, 1_000_000_000_000);
        for bad in [0.0, -1.0, 1.5, f64::NAN, f64::NEG_INFINITY, 1e300] {
            o.max_response_bytes = Some(bad);
            let err = ClientConfig::new(o.clone()).unwrap_err().to_string();
            assert_eq!(err, "maxResponseBytes must be a whole number of bytes from 1 to 9007199254740991, or Infinity", "{bad}");
        }
    }
}
