//! Requests as they go on the wire: the facade hands over the verb and the target (the
//! path after the API prefix, already encoded, with its query); here they become the URL
//! and headers sent, as client-js 1.47 sends them.

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};

use super::error::CallError;
use super::routes::Verb;

/// One call, as the facade hands it over.
#[derive(Debug, Clone)]
pub struct CallInput {
    /// The HTTP verb.
    pub verb: Verb,
    /// Path after the API prefix, encoded, with its `?query` if any (starts with `/`).
    pub target: String,
    /// Body bytes (JSON text unless `options.content_type` says otherwise).
    pub body: Option<Bytes>,
    /// What this call sets beyond verb and target.
    pub options: CallOptions,
}

/// Options of one call (all unset for a plain method call).
#[derive(Clone, Default)]
pub struct CallOptions {
    /// Content type of a body that is not JSON (e.g. `multipart/form-data; boundary=...`).
    pub content_type: Option<String>,
    /// Headers of this call (the route's, then the caller's), sent after the client's (they
    /// win), as `[name, value, ...]`.
    pub headers: Vec<String>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

impl std::fmt::Debug for CallOptions {
    /// Header values may hold credentials: only their names are shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&String> = self.headers.iter().step_by(2).collect();
        f.debug_struct("CallOptions")
            .field("content_type", &self.content_type)
            .field("header_names", &names)
            .field("retries", &self.retries)
            .finish()
    }
}

/// A request ready to be sent (and sent again on retry).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The HTTP verb.
    pub verb: Verb,
    /// Full URL.
    pub url: String,
    /// Body bytes (cheap to clone for a retry).
    pub body: Option<Bytes>,
    /// Headers of this request when they are not one of the client's shared sets (a call
    /// with its own headers or content type).
    pub headers: Option<HeaderMap>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

impl Prepared {
    /// Builds the request for `input` under `url_root` (base URL + API prefix), with the
    /// client's header sets.
    pub fn new(url_root: &str, sets: &HeaderSets, input: CallInput) -> Result<Self, CallError> {
        if !input.target.starts_with('/') {
            return Err(CallError::BadArgument(format!("a request target must start with '/', got {:?}", input.target)));
        }
        let url = format!("{url_root}{}", input.target);
        let body = input.body.filter(|b| !b.is_empty());
        let json = body.is_some() && input.options.content_type.is_none() && input.verb.sends_json_content_type();
        let own = !input.options.headers.is_empty() || input.options.content_type.is_some();
        let headers = if own { Some(sets.custom(json, &input.options)?) } else { None };
        Ok(Self { verb: input.verb, url, body, headers, retries: input.options.retries })
    }

    /// `content-type: application/json` is sent only with a body on POST/PUT/PATCH/DELETE.
    pub fn wants_json_content_type(&self) -> bool {
        self.body.is_some() && self.verb.sends_json_content_type()
    }
}

/// The two header sets a client sends: user headers alone, and with the JSON content type
/// first (user headers come after and win, as in client-js).
#[derive(Debug, Clone)]
pub struct HeaderSets {
    /// For requests without a JSON body.
    pub plain: HeaderMap,
    /// For requests with a JSON body.
    pub json: HeaderMap,
}

impl HeaderSets {
    /// Both sets for the given user headers.
    pub fn new(user: &HeaderMap) -> Self {
        let mut json = HeaderMap::with_capacity(user.len() + 1);
        json.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        for (name, value) in user {
            json.insert(name.clone(), value.clone());
        }
        Self { plain: user.clone(), json }
    }

    /// The set for `request`.
    pub fn for_request<'a>(&'a self, request: &'a Prepared) -> &'a HeaderMap {
        match &request.headers {
            Some(own) => own,
            None if request.wants_json_content_type() => &self.json,
            None => &self.plain,
        }
    }

    /// Headers of a call with its own: the content type (JSON, or the call's), then the
    /// client's headers, then the call's (later ones win), as client-js spreads them.
    fn custom(&self, json: bool, options: &CallOptions) -> Result<HeaderMap, CallError> {
        let mut map = if json { self.json.clone() } else { self.plain.clone() };
        if let Some(ct) = &options.content_type {
            if !map.contains_key(CONTENT_TYPE) {
                let value = HeaderValue::from_str(ct).map_err(|_| CallError::BadArgument("invalid body content type".into()))?;
                map.insert(CONTENT_TYPE, value);
            }
        }
        for pair in options.headers.chunks_exact(2) {
            let name = HeaderName::from_bytes(pair[0].as_bytes())
                .map_err(|_| CallError::BadArgument(format!("invalid header name {:?}", pair[0])))?;
            let value = HeaderValue::from_str(&pair[1]).map_err(|_| {
                CallError::BadArgument(format!("the value of header '{}' contains characters a header cannot carry (such as CR, LF or NUL)", pair[0]))
            })?;
            map.insert(name, value);
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(verb: Verb, target: &str) -> CallInput {
        CallInput { verb, target: target.into(), body: None, options: CallOptions::default() }
    }

    fn prepare(call: CallInput) -> Result<Prepared, CallError> {
        Prepared::new("http://h/api", &HeaderSets::new(&HeaderMap::new()), call)
    }

    #[test]
    fn the_target_follows_the_root() {
        let p = prepare(input(Verb::GET, "/agents/my%20agent?requestContext=e30%3D")).unwrap();
        assert_eq!(p.url, "http://h/api/agents/my%20agent?requestContext=e30%3D");
        for bad in ["", "agents", "http://other/x"] {
            let err = prepare(input(Verb::GET, bad)).unwrap_err();
            assert!(matches!(&err, CallError::BadArgument(text) if text.contains("must start with '/'")), "{err}");
        }
    }

    #[test]
    fn content_type_only_with_a_body_on_non_get() {
        let mut call = input(Verb::POST, "/agents/a/generate");
        call.body = Some(Bytes::from_static(b"{}"));
        assert!(prepare(call).unwrap().wants_json_content_type());
        assert!(!prepare(input(Verb::POST, "/workflows/w/runs/r/cancel")).unwrap().wants_json_content_type());
        let mut call = input(Verb::POST, "/x");
        call.body = Some(Bytes::new());
        assert!(prepare(call).unwrap().body.is_none(), "an empty body is no body");
    }

    #[test]
    fn user_headers_win_over_content_type() {
        let mut user = HeaderMap::new();
        user.insert(CONTENT_TYPE, HeaderValue::from_static("application/vnd.x+json"));
        let sets = HeaderSets::new(&user);
        assert_eq!(sets.json[CONTENT_TYPE], "application/vnd.x+json");
        assert_eq!(sets.json.len(), 1);
    }

    #[test]
    fn a_call_may_set_headers_content_type_and_retries() {
        let mut call = input(Verb::PUT, "/custom/x?a=1");
        call.options = CallOptions {
            content_type: Some("multipart/form-data; boundary=b".into()),
            headers: vec!["x-one".into(), "1".into()],
            retries: Some(0),
        };
        call.body = Some(Bytes::from_static(b"--b--"));
        let p = prepare(call).unwrap();
        assert_eq!((p.verb, p.url.as_str(), p.retries), (Verb::PUT, "http://h/api/custom/x?a=1", Some(0)));
        let headers = p.headers.as_ref().unwrap();
        assert_eq!(headers[CONTENT_TYPE], "multipart/form-data; boundary=b");
        assert_eq!(headers["x-one"], "1");
        let mut call = input(Verb::GET, "/x");
        call.options = CallOptions { headers: vec!["x".into(), "a\nb".into()], ..Default::default() };
        let err = prepare(call).unwrap_err().to_string();
        assert!(err.contains("'x'") && !err.contains("a\nb"), "{err}");
    }
}
