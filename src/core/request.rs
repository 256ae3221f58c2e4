//! Request building: from a route and the call's values to the URL, headers and body that
//! go on the wire, as client-js 1.47 builds them.

use base64::Engine as _;
use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};

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
/// query pairs (already text, absent ones left out) and the JSON body text.
#[derive(Debug, Clone)]
pub struct CallInput {
    /// Index into [`routes::ROUTES`].
    pub route: u32,
    /// Values of the path placeholders, in order.
    pub path: Vec<String>,
    /// `[key, value, key, value, ...]`.
    pub query: Vec<String>,
    /// JSON body text, if the call has a body.
    pub body: Option<String>,
}

/// A request ready to be sent (and sent again on retry).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The route it came from.
    pub route: &'static Route,
    /// Full URL.
    pub url: String,
    /// Body bytes (cheap to clone for a retry).
    pub body: Option<Bytes>,
}

impl Prepared {
    /// Builds the request for `input` under `url_root` (base URL + API prefix).
    pub fn new(url_root: &str, input: CallInput) -> Result<Self, CallError> {
        let route = routes::get(input.route).ok_or_else(|| CallError::BadRoute(format!("no route #{}", input.route)))?;
        if route.verb.is_none() {
            return Err(CallError::BadRoute(format!("{}.{} makes no request", route.class, route.method)));
        }
        let url = build_url(url_root, route, &input.path, &input.query)?;
        Ok(Self { route, url, body: input.body.map(Bytes::from) })
    }

    /// The HTTP verb.
    pub fn verb(&self) -> Verb {
        self.route.verb.unwrap_or(Verb::GET)
    }

    /// `content-type: application/json` is sent only with a body on POST/PUT/PATCH/DELETE.
    pub fn wants_json_content_type(&self) -> bool {
        self.body.as_ref().is_some_and(|b| !b.is_empty()) && self.verb().sends_json_content_type()
    }
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
        url.extend(utf8_percent_encode(value, COMPONENT));
        rest = &rest[close + 1..];
    }
    url.push_str(rest);
    if values.next().is_some() {
        return Err(CallError::BadRoute(format!("{}.{}: too many path values", route.class, route.method)));
    }
    if !query.len().is_multiple_of(2) {
        return Err(CallError::BadRoute(format!("{}.{}: odd query pair list", route.class, route.method)));
    }
    if !query.is_empty() {
        url.push('?');
        let start = url.len();
        let mut serializer = url::form_urlencoded::Serializer::for_suffix(url, start);
        for pair in query.chunks_exact(2) {
            let (key, value) = (&pair[0], &pair[1]);
            if is_request_context(route, key) {
                serializer.append_pair(key, &base64::engine::general_purpose::STANDARD.encode(value.as_bytes()));
            } else {
                serializer.append_pair(key, value);
            }
        }
        url = serializer.finish();
    }
    Ok(url)
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
    pub fn for_request(&self, request: &Prepared) -> &HeaderMap {
        if request.wants_json_content_type() {
            &self.json
        } else {
            &self.plain
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(class: &str, method: &str) -> u32 {
        routes::ROUTES.iter().position(|r| r.class == class && r.method == method).unwrap() as u32
    }

    fn input(class: &str, method: &str, path: &[&str], query: &[&str]) -> CallInput {
        CallInput {
            route: index(class, method),
            path: path.iter().map(|s| s.to_string()).collect(),
            query: query.iter().map(|s| s.to_string()).collect(),
            body: None,
        }
    }

    #[test]
    fn path_values_are_encoded_and_query_is_form_encoded() {
        let p = Prepared::new("http://h/api", input("Agent", "details", &["my agent/../x"], &[])).unwrap();
        assert_eq!(p.url, "http://h/api/agents/my%20agent%2F..%2Fx");
        let p = Prepared::new("http://h/api", input("MastraClient", "listMemoryThreads", &[], &["resourceId", "a b&c", "orderBy[field]", "createdAt"])).unwrap();
        assert_eq!(p.url, "http://h/api/memory/threads?resourceId=a+b%26c&orderBy%5Bfield%5D=createdAt");
    }

    #[test]
    fn request_context_goes_as_base64_of_its_json() {
        // client-js: encodeURIComponent(btoa(utf8(JSON.stringify(ctx)))) through URLSearchParams.
        let p = Prepared::new("http://h/api", input("Agent", "details", &["a"], &["requestContext", "{\"tenant\":\"é\"}"])).unwrap();
        assert_eq!(p.url, "http://h/api/agents/a?requestContext=eyJ0ZW5hbnQiOiLDqSJ9");
    }

    #[test]
    fn content_type_only_with_a_body_on_non_get() {
        let mut call = input("Agent", "generate", &["a"], &[]);
        call.body = Some("{}".into());
        let p = Prepared::new("http://h/api", call).unwrap();
        assert!(p.wants_json_content_type());
        let p = Prepared::new("http://h/api", input("Run", "cancelRun", &["w", "r"], &[])).unwrap();
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
    fn wrong_arity_is_an_error_not_a_bad_url() {
        assert!(Prepared::new("http://h/api", input("Agent", "details", &[], &[])).is_err());
        assert!(Prepared::new("http://h/api", input("Agent", "details", &["a", "b"], &[])).is_err());
        assert!(Prepared::new("http://h/api", input("MastraClient", "getAgent", &[], &[])).is_err());
        assert!(Prepared::new("http://h/api", CallInput { route: 9999, path: vec![], query: vec![], body: None }).is_err());
    }
}
