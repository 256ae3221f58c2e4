//! Request building: from a route and the call's values to the URL, headers and body that
//! go on the wire, as client-js 1.47 builds them.

use base64::Engine as _;
use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};

use super::error::CallError;
use super::routes::{self, Enc, Route, Verb};

/// Characters `encodeURIComponent` leaves as they are; everything else in a path value is
/// percent-encoded, so an id can never change the path.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// One call, as the facade hands it over: route, values for the path placeholders in order,
/// query pairs (already text, absent ones left out), the body and the call's options.
#[derive(Debug, Clone, Default)]
pub struct CallInput {
    /// Index into [`routes::routes()`].
    pub route: u32,
    /// Values of the path placeholders, in order.
    pub path: Vec<String>,
    /// `[key, value, key, value, ...]`.
    pub query: Vec<String>,
    /// Body bytes (JSON text unless `options.content_type` says otherwise).
    pub body: Option<Bytes>,
    /// What this call sets beyond its route.
    pub options: CallOptions,
}

/// Options of one call beyond its route (all unset for a plain method call).
#[derive(Clone, Default)]
pub struct CallOptions {
    /// Verb instead of the route's (`request(path, { method })`).
    pub verb: Option<Verb>,
    /// Path after the API prefix instead of the route's, sent as given (`request(path)`).
    pub path: Option<String>,
    /// Content type of a body that is not JSON (e.g. `multipart/form-data; boundary=...`).
    pub content_type: Option<String>,
    /// Headers of this call, sent after the client's (they win), as `[name, value, ...]`.
    pub headers: Vec<String>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

impl std::fmt::Debug for CallOptions {
    /// Header values may hold credentials: only their names are shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&String> = self.headers.iter().step_by(2).collect();
        f.debug_struct("CallOptions")
            .field("verb", &self.verb)
            .field("path", &self.path)
            .field("content_type", &self.content_type)
            .field("header_names", &names)
            .field("retries", &self.retries)
            .finish()
    }
}

/// A request ready to be sent (and sent again on retry).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The route it came from.
    pub route: &'static Route,
    /// The HTTP verb.
    pub verb: Verb,
    /// Full URL.
    pub url: String,
    /// Body bytes (cheap to clone for a retry).
    pub body: Option<Bytes>,
    /// Headers of this request when they are not one of the client's shared sets (a call
    /// with its own headers or content type, or a route with headers).
    pub headers: Option<HeaderMap>,
    /// Retries instead of the client's.
    pub retries: Option<u32>,
}

impl Prepared {
    /// Builds the request for `input` under `url_root` (base URL + API prefix), with the
    /// client's header sets.
    pub fn new(url_root: &str, sets: &HeaderSets, input: CallInput) -> Result<Self, CallError> {
        let route = routes::get(input.route).ok_or_else(|| CallError::BadRoute(format!("no route #{}", input.route)))?;
        let verb = input.options.verb.or(route.verb).ok_or_else(|| CallError::BadRoute(format!("{}.{} makes no request", route.class, route.method)))?;
        let url = match &input.options.path {
            Some(path) => build_raw_url(url_root, path, &input.query, route)?,
            None => build_url(url_root, route, &input.path, &input.query)?,
        };
        let body = input.body.filter(|b| !b.is_empty());
        let json = body.is_some() && input.options.content_type.is_none() && verb.sends_json_content_type();
        let own = !input.options.headers.is_empty() || input.options.content_type.is_some() || !route.headers.is_empty();
        let headers = if own { Some(sets.custom(json, route, &input.options)?) } else { None };
        Ok(Self { route, verb, url, body, headers, retries: input.options.retries })
    }

    /// `content-type: application/json` is sent only with a body on POST/PUT/PATCH/DELETE.
    pub fn wants_json_content_type(&self) -> bool {
        self.body.is_some() && self.verb.sends_json_content_type()
    }
}

/// `url_root` + a path given by the caller (client-js `request(path)`), checked to stay a
/// path: it must start with `/` and hold no `?` or `#` (the query comes from the pairs).
fn build_raw_url(url_root: &str, path: &str, query: &[String], route: &Route) -> Result<String, CallError> {
    if !path.starts_with('/') {
        return Err(CallError::BadRoute(format!("request(): path must start with '/', got {path:?}")));
    }
    let mut url = format!("{url_root}{path}");
    if path.contains(['?', '#']) {
        // A query written into the path is sent as written, as client-js does.
        if !query.is_empty() {
            return Err(CallError::BadRoute("request(): a path with a query cannot take query pairs too".into()));
        }
        return Ok(url);
    }
    append_query(&mut url, route, query)?;
    Ok(url)
}

/// `url_root` + the route path with its placeholders filled (encoded) + the query string.
pub fn build_url(url_root: &str, route: &Route, path_values: &[String], query: &[String]) -> Result<String, CallError> {
    let mut url = String::with_capacity(url_root.len() + route.path.len() + 32);
    url.push_str(url_root);
    let mut values = path_values.iter();
    let mut rest = route.path;
    while let Some(open) = rest.find('{') {
        url.push_str(&rest[..open]);
        let close = rest[open..].find('}').map(|i| open + i).unwrap_or(rest.len() - 1);
        let name = &rest[open + 1..close];
        let value = values
            .next()
            .ok_or_else(|| CallError::BadRoute(format!("{}.{}: no value for '{name}'", route.class, route.method)))?;
        if value == "." || value == ".." {
            // The URL parser would remove such a segment (also percent-encoded) and the
            // request would go to another path.
            return Err(CallError::BadArgument(format!(
                "{}.{}(): {name} cannot be {value:?}: a path value of '.' or '..' would change the request path",
                route.class, route.method
            )));
        }
        url.extend(utf8_percent_encode(value, COMPONENT));
        rest = &rest[close + 1..];
    }
    url.push_str(rest);
    if values.next().is_some() {
        return Err(CallError::BadRoute(format!("{}.{}: too many path values", route.class, route.method)));
    }
    append_query(&mut url, route, query)?;
    Ok(url)
}

/// Appends `?` and the query pairs (none: nothing), form-encoded as `URLSearchParams` does.
fn append_query(url: &mut String, route: &Route, query: &[String]) -> Result<(), CallError> {
    if !query.len().is_multiple_of(2) {
        return Err(CallError::BadRoute(format!("{}.{}: odd query pair list", route.class, route.method)));
    }
    if !query.is_empty() {
        url.push('?');
        let start = url.len();
        let mut serializer = url::form_urlencoded::Serializer::for_suffix(std::mem::take(url), start);
        for pair in query.chunks_exact(2) {
            let (key, value) = (&pair[0], &pair[1]);
            if is_request_context(route, key) {
                serializer.append_pair(key, &base64::engine::general_purpose::STANDARD.encode(value.as_bytes()));
            } else {
                serializer.append_pair(key, value);
            }
        }
        *url = serializer.finish();
    }
    Ok(())
}

fn is_request_context(route: &Route, key: &str) -> bool {
    route.query.iter().any(|q| q.enc == Enc::Rc && q.key == key)
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
    /// client's headers, then the route's, then the call's (later ones win), as client-js
    /// spreads them.
    fn custom(&self, json: bool, route: &Route, options: &CallOptions) -> Result<HeaderMap, CallError> {
        let mut map = if json { self.json.clone() } else { self.plain.clone() };
        if let Some(ct) = &options.content_type {
            if !map.contains_key(CONTENT_TYPE) {
                let value = HeaderValue::from_str(ct).map_err(|_| CallError::BadArgument("invalid body content type".into()))?;
                map.insert(CONTENT_TYPE, value);
            }
        }
        for (name, value) in route.headers {
            map.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
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

    fn index(class: &str, method: &str) -> u32 {
        routes::routes().iter().position(|r| r.class == class && r.method == method).unwrap() as u32
    }

    fn input(class: &str, method: &str, path: &[&str], query: &[&str]) -> CallInput {
        CallInput {
            route: index(class, method),
            path: path.iter().map(|s| s.to_string()).collect(),
            query: query.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    fn prepare(call: CallInput) -> Result<Prepared, CallError> {
        Prepared::new("http://h/api", &HeaderSets::new(&HeaderMap::new()), call)
    }

    #[test]
    fn path_values_are_encoded_and_query_is_form_encoded() {
        let p = prepare(input("Agent", "details", &["my agent/../x"], &[])).unwrap();
        assert_eq!(p.url, "http://h/api/agents/my%20agent%2F..%2Fx");
        let p = prepare(input("MastraClient", "listMemoryThreads", &[], &["resourceId", "a b&c", "orderBy[field]", "createdAt"])).unwrap();
        assert_eq!(p.url, "http://h/api/memory/threads?resourceId=a+b%26c&orderBy%5Bfield%5D=createdAt");
    }

    #[test]
    fn dot_segments_are_refused_not_normalised_away() {
        for value in [".", ".."] {
            let err = prepare(input("Agent", "details", &[value], &[])).unwrap_err();
            assert!(matches!(&err, CallError::BadArgument(text) if text.contains("agentId")), "{err}");
            let err = prepare(input("Vector", "details", &["v", value], &[])).unwrap_err();
            assert!(err.to_string().contains("indexName"), "{err}");
        }
        // Dots inside a value are one segment: nothing for the URL parser to remove.
        assert_eq!(prepare(input("Agent", "details", &["..."], &[])).unwrap().url, "http://h/api/agents/...");
    }

    #[test]
    fn request_context_goes_as_base64_of_its_json() {
        // client-js: encodeURIComponent(btoa(utf8(JSON.stringify(ctx)))) through URLSearchParams.
        let p = prepare(input("Agent", "details", &["a"], &["requestContext", "{\"tenant\":\"é\"}"])).unwrap();
        assert_eq!(p.url, "http://h/api/agents/a?requestContext=eyJ0ZW5hbnQiOiLDqSJ9");
    }

    #[test]
    fn content_type_only_with_a_body_on_non_get() {
        let mut call = input("Agent", "generate", &["a"], &[]);
        call.body = Some(Bytes::from_static(b"{}"));
        let p = prepare(call).unwrap();
        assert!(p.wants_json_content_type());
        let p = prepare(input("Run", "cancelRun", &["w", "r"], &[])).unwrap();
        assert!(!p.wants_json_content_type());
        assert_eq!(p.url, "http://h/api/workflows/w/runs/r/cancel");
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
    fn a_call_may_set_verb_path_headers_and_content_type() {
        let mut call = input("*", "request", &[], &["a", "1"]);
        call.options = CallOptions {
            verb: Some(Verb::PUT),
            path: Some("/custom/x".into()),
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
        let mut call = input("*", "request", &[], &[]);
        call.options.path = Some("relative".into());
        assert!(prepare(call).is_err());
        let mut call = input("*", "request", &[], &[]);
        call.options = CallOptions { path: Some("/x".into()), headers: vec!["x".into(), "a\nb".into()], ..Default::default() };
        let err = prepare(call).unwrap_err().to_string();
        assert!(err.contains("'x'") && !err.contains("a\nb"), "{err}");
    }

    #[test]
    fn wrong_arity_is_an_error_not_a_bad_url() {
        assert!(prepare(input("Agent", "details", &[], &[])).is_err());
        assert!(prepare(input("Agent", "details", &["a", "b"], &[])).is_err());
        assert!(prepare(input("MastraClient", "getAgent", &[], &[])).is_err());
        assert!(prepare(CallInput { route: 9999, ..Default::default() }).is_err());
    }
}
