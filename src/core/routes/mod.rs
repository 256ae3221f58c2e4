//! The route table: every method of the client surface, declared once.
//!
//! A route says which resource class carries the method, its JavaScript signature, the HTTP
//! verb and path, how arguments become query parameters and body, and what comes back. The
//! JavaScript facade builds its methods and requests from it (through the module
//! [`super::generate`] renders, `lib/generated/routes.js`), and `index.d.ts` and
//! `docs/API.md` are rendered from it ([`super::typings`]).
//!
//! The table is laid out one file per resource group (agents, workflows, memory, ...); each
//! group declares its resource classes and their routes. [`GROUPS`] lists them in order; a
//! route is addressed by its name, `Class.method` ([`Route::name`]).
//!
//! Argument references (`src`) are dotted paths into the call's namespace, which holds the
//! resource's fields (`agentId`, `runId`, ...), the method's parameters by name, and what a
//! `prepare` hook of the facade adds; `a|b` takes the first of `a`, `b` that is set.

use std::sync::LazyLock;

use serde::Serialize;

mod a2a;
mod agent_builder;
mod agent_controller;
mod agents;
mod background_tasks;
mod channels;
mod conversations;
mod datasets;
mod logs;
mod memory;
mod observability;
mod responses;
mod schedules;
mod scores;
mod stored;
mod system;
mod tools;
mod vectors;
mod workflows;
mod workspaces;

/// HTTP verb of a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verb {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
}

impl Verb {
    /// The verb as `reqwest` wants it.
    pub fn method(self) -> reqwest::Method {
        match self {
            Verb::GET => reqwest::Method::GET,
            Verb::POST => reqwest::Method::POST,
            Verb::PUT => reqwest::Method::PUT,
            Verb::PATCH => reqwest::Method::PATCH,
            Verb::DELETE => reqwest::Method::DELETE,
        }
    }

    /// Whether client-js sends `content-type: application/json` with a body on this verb.
    pub fn sends_json_content_type(self) -> bool {
        !matches!(self, Verb::GET)
    }

    /// The verb named `name` (upper case, as `fetch` options name it).
    pub fn parse(name: &str) -> Option<Verb> {
        Some(match name {
            "GET" => Verb::GET,
            "POST" => Verb::POST,
            "PUT" => Verb::PUT,
            "PATCH" => Verb::PATCH,
            "DELETE" => Verb::DELETE,
            _ => return None,
        })
    }
}

/// How a value becomes a query parameter (or body field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Enc {
    /// `String(v)`, left out when unset or empty.
    Str,
    /// `String(v)`, left out only when unset (so `0` and `false` are sent).
    Num,
    /// `JSON.stringify(v)`, left out when unset.
    Json,
    /// Request context: on the query, base64 of its JSON; in a body, a plain object.
    Rc,
    /// `"true"` when truthy, else left out.
    Flag,
    /// A `Date` as ISO-8601 text.
    Iso,
    /// An object `{k: v}` sent as repeated `key=k:v` parameters.
    Pairs,
    /// A body field copied as it is.
    Plain,
    /// `${v}` as client-js interpolates it: always sent, `undefined` included.
    Raw,
    /// An object as client-js's `toQueryParams` writes it: one parameter per set key (the
    /// query's `key` is ignored); a `Date` as ISO text, objects and arrays as JSON (dates
    /// inside as ISO text), the rest as `String(v)`; the keys listed in `flatten` are objects
    /// whose own keys are written at the top level.
    Params,
    /// An array joined with `,`, left out when unset or empty.
    Csv,
    /// An object of ready parameters (made by a `prepare` hook): each set key is written as
    /// `String(v)`, in order, an array value as one parameter per element (a repeated key);
    /// the query's `key` is ignored.
    Spread,
}

/// One query parameter.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Query {
    /// Parameter name on the wire.
    pub key: &'static str,
    /// Where its value comes from.
    pub src: &'static str,
    /// How it is written.
    pub enc: Enc,
    /// When set, the call fails with this message if the value is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<&'static str>,
    /// With [`Enc::Params`]: the keys whose object values are written at the top level.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub flatten: &'static [&'static str],
}

/// One field of a body built by picking values.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Field {
    /// Field name in the JSON body.
    pub key: &'static str,
    /// Where its value comes from.
    pub src: &'static str,
    /// `Plain` or `Rc`.
    pub enc: Enc,
}

/// How the body of a route is made.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Body {
    /// No body.
    None,
    /// The value at `src`, as JSON.
    Whole { src: &'static str },
    /// An object of the listed fields (unset ones dropped, as `JSON.stringify` does).
    Pick { fields: &'static [Field] },
    /// The object at `src` without the listed keys.
    Omit { src: &'static str, keys: &'static [&'static str] },
    /// The `FormData` at `src` (made by a `prepare` hook), sent as `multipart/form-data`.
    Form { src: &'static str },
}

/// What a method gives back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Reply {
    /// The JSON body, parsed.
    Json,
    /// A streaming `Response` of server-sent events with `processDataStream`; its body leaves
    /// out the `[DONE]` event, as client-js's processed agent streams do.
    Sse,
    /// As [`Reply::Sse`], its body exactly as received, `[DONE]` included (client-js hands
    /// these methods' responses on as they are).
    SseAsReceived,
    /// A `ReadableStream` of the JSON records of the body (each ended by `\x1E`).
    Records,
    /// A `ReadableStream` of the parsed `data:` payloads of server-sent events.
    Events,
    /// The `Response` itself, its body a byte stream (client-js's `stream: true`).
    Response,
    /// A resource object, made without any request (e.g. `getAgent(id)`).
    Resource { class: &'static str },
    /// A resource object made from the JSON reply (e.g. `createRun()` → `Run`).
    ResourceFromReply { class: &'static str },
    /// No request of its own: the call goes to the method `to` (`member.method`) of a member
    /// object, as client-js forwards `client.getTrace()` to `client.observability.getTrace()`.
    Delegate { to: &'static str },
}

/// What of the parsed JSON reply a method resolves with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Keep {
    /// The whole reply.
    Whole,
    /// One field of it (`reply[field]`), as client-js unwraps e.g. `{ agentControllers }`.
    Field(&'static str),
    /// Nothing: the method resolves with `undefined`.
    Nothing,
}

impl Keep {
    fn is_whole(&self) -> bool {
        *self == Keep::Whole
    }
}

/// A field of a resource object filled from the call (`field` ← `src`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Bind {
    /// Field of the new resource.
    pub field: &'static str,
    /// Where its value comes from (`reply.x` reads the JSON reply).
    pub src: &'static str,
    /// Whether the field may be left unset.
    pub optional: bool,
}

/// Where a resource object lives as a member of another (e.g. `client.observability`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Member {
    /// Class of the owner.
    pub of: &'static str,
    /// Property of the owner that holds it.
    pub field: &'static str,
}

/// A resource class and the fields that identify it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Resource {
    /// Class name, as in client-js.
    pub class: &'static str,
    /// Fields every instance carries, as TypeScript (`agentId: string`, `version?: Loose`),
    /// set by the method that makes it (a member copies its owner's fields of the same name).
    pub fields: &'static [&'static str],
    /// Set when every instance of the owner class carries one of these as a property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<Member>,
    /// One-line description for the typings.
    pub doc: &'static str,
}

impl Resource {
    /// Field names, without `?` or type.
    pub fn field_names(&self) -> impl Iterator<Item = &'static str> {
        self.fields.iter().map(|p| name_of(p))
    }
}

/// One method of the surface.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Route {
    /// Class that carries the method; [`EVERY_CLASS`] for a method every class has.
    pub class: &'static str,
    /// Method name.
    pub method: &'static str,
    /// Parameters as TypeScript: `name: Type` or `name?: Type`.
    pub params: &'static [&'static str],
    /// TypeScript type the promise resolves to (or the resource class). A generic method
    /// writes its type parameters first: `<T = any>Promise<T>`.
    #[serde(skip)]
    pub returns: &'static str,
    /// HTTP verb; `None` for methods that make no request.
    pub verb: Option<Verb>,
    /// Path after the API prefix; `{src}` placeholders are filled from the call, encoded.
    pub path: &'static str,
    /// Query parameters, in wire order.
    pub query: &'static [Query],
    /// Body.
    pub body: Body,
    /// Headers of this route, sent after the client's (so they win), as client-js does.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub headers: &'static [(&'static str, &'static str)],
    /// What comes back.
    pub reply: Reply,
    /// Fields of the resource the method returns.
    pub bind: &'static [Bind],
    /// Name of a facade hook that prepares the arguments (e.g. agent call options).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepare: Option<&'static str>,
    /// What of the parsed reply the method resolves with.
    #[serde(skip_serializing_if = "Keep::is_whole")]
    pub keep: Keep,
    /// Name of a facade hook applied to the parsed reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finish: Option<&'static str>,
    /// Name of a facade function that makes the method from the route's plain one, for
    /// client-side logic around the request (loops, several requests, reshaping).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<&'static str>,
    /// Where a per-call `AbortSignal` is found, if the method takes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signal: Option<&'static str>,
    /// For a variant of a method: the value that, when set, makes a call take this route
    /// instead of the method's main one (declared without `when`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<&'static str>,
    /// One-line description.
    #[serde(skip)]
    pub doc: &'static str,
}

/// The class name of routes every class carries (`request`).
pub const EVERY_CLASS: &str = "*";

/// A starting route: `class.method(params)` resolving to `returns`, making no request yet.
pub const fn route(class: &'static str, method: &'static str, params: &'static [&'static str], returns: &'static str) -> Route {
    Route {
        class,
        method,
        params,
        returns,
        verb: None,
        path: "",
        query: &[],
        body: Body::None,
        headers: &[],
        reply: Reply::Json,
        bind: &[],
        prepare: None,
        keep: Keep::Whole,
        finish: None,
        custom: None,
        signal: None,
        when: None,
        doc: "",
    }
}

impl Route {
    /// Makes a `verb` request to `path`.
    pub const fn http(self, verb: Verb, path: &'static str) -> Self {
        Route { verb: Some(verb), path, ..self }
    }
    /// Makes a GET request to `path`.
    pub const fn get(self, path: &'static str) -> Self {
        self.http(Verb::GET, path)
    }
    /// Makes a POST request to `path`.
    pub const fn post(self, path: &'static str) -> Self {
        self.http(Verb::POST, path)
    }
    /// Makes a PUT request to `path`.
    pub const fn put(self, path: &'static str) -> Self {
        self.http(Verb::PUT, path)
    }
    /// Makes a PATCH request to `path`.
    pub const fn patch(self, path: &'static str) -> Self {
        self.http(Verb::PATCH, path)
    }
    /// Makes a DELETE request to `path`.
    pub const fn delete(self, path: &'static str) -> Self {
        self.http(Verb::DELETE, path)
    }
    /// The query parameters, in wire order.
    pub const fn query(self, query: &'static [Query]) -> Self {
        Route { query, ..self }
    }
    /// The body.
    pub const fn body(self, body: Body) -> Self {
        Route { body, ..self }
    }
    /// The body is the value at `src`.
    pub const fn whole(self, src: &'static str) -> Self {
        self.body(Body::Whole { src })
    }
    /// The body is an object of `fields`.
    pub const fn pick(self, fields: &'static [Field]) -> Self {
        self.body(Body::Pick { fields })
    }
    /// The body is the object at `src` without `keys`.
    pub const fn omit(self, src: &'static str, keys: &'static [&'static str]) -> Self {
        self.body(Body::Omit { src, keys })
    }
    /// The body is the `FormData` at `src`.
    pub const fn form(self, src: &'static str) -> Self {
        self.body(Body::Form { src })
    }
    /// Headers of the route (they win over the client's).
    pub const fn headers(self, headers: &'static [(&'static str, &'static str)]) -> Self {
        Route { headers, ..self }
    }
    /// The method makes a `class` object without a request.
    pub const fn makes(self, class: &'static str, bind: &'static [Bind]) -> Self {
        Route { reply: Reply::Resource { class }, bind, ..self }
    }
    /// The method makes a `class` object from the JSON reply.
    pub const fn makes_from_reply(self, class: &'static str, bind: &'static [Bind]) -> Self {
        Route { reply: Reply::ResourceFromReply { class }, bind, ..self }
    }
    /// The reply is a server-sent-events `Response` with `processDataStream`.
    pub const fn sse(self) -> Self {
        Route { reply: Reply::Sse, ..self }
    }
    /// The reply is a server-sent-events `Response`, its body exactly as received.
    pub const fn sse_as_received(self) -> Self {
        Route { reply: Reply::SseAsReceived, ..self }
    }
    /// The reply is a `ReadableStream` of JSON records.
    pub const fn records(self) -> Self {
        Route { reply: Reply::Records, ..self }
    }
    /// The reply is a `ReadableStream` of the parsed `data:` payloads of server-sent events.
    pub const fn events(self) -> Self {
        Route { reply: Reply::Events, ..self }
    }
    /// The reply is the `Response` itself, its body a byte stream.
    pub const fn response(self) -> Self {
        Route { reply: Reply::Response, ..self }
    }
    /// The method forwards to `member.method` of the same object.
    pub const fn delegate(self, to: &'static str) -> Self {
        Route { reply: Reply::Delegate { to }, ..self }
    }
    /// A facade hook prepares the call's namespace.
    pub const fn prepare(self, hook: &'static str) -> Self {
        Route { prepare: Some(hook), ..self }
    }
    /// The method resolves with the reply's `field` alone.
    pub const fn pluck(self, field: &'static str) -> Self {
        Route { keep: Keep::Field(field), ..self }
    }
    /// The method resolves with `undefined`, whatever the reply.
    pub const fn discard(self) -> Self {
        Route { keep: Keep::Nothing, ..self }
    }
    /// A facade hook reshapes the parsed reply.
    pub const fn finish(self, hook: &'static str) -> Self {
        Route { finish: Some(hook), ..self }
    }
    /// A facade function makes the method around the route's plain one. Without a verb the
    /// method makes no request and is synchronous: its `returns` type is written as declared
    /// (the caller writes `Promise<...>` when it is async).
    pub const fn custom(self, name: &'static str) -> Self {
        Route { custom: Some(name), ..self }
    }
    /// A per-call `AbortSignal` is found at `src`.
    pub const fn signal(self, src: &'static str) -> Self {
        Route { signal: Some(src), ..self }
    }
    /// This route is a variant taken when `src` is set.
    pub const fn when(self, src: &'static str) -> Self {
        Route { when: Some(src), ..self }
    }
    /// The one-line description.
    pub const fn doc(self, doc: &'static str) -> Self {
        Route { doc, ..self }
    }

    /// The `{...}` placeholders of the path, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &'static str> {
        let path: &'static str = self.path;
        path.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
    }

    /// The route's name, `Class.method` (`Resource.request` for a method every class has):
    /// how generated methods, the facade and errors address it.
    pub fn name(&self) -> String {
        let class = if self.class == EVERY_CLASS { "Resource" } else { self.class };
        format!("{class}.{}", self.method)
    }

    /// Parameter names, without `?` or type.
    pub fn param_names(&self) -> impl Iterator<Item = &'static str> {
        self.params.iter().map(|p| name_of(p))
    }

    /// Whether the call opens a stream rather than reading a whole JSON body.
    pub fn streams(&self) -> bool {
        matches!(self.reply, Reply::Sse | Reply::SseAsReceived | Reply::Records | Reply::Events | Reply::Response)
    }
}

/// `name` of a TypeScript parameter or field (`name?: Type` → `name`; `...rest: T[]` → `rest`).
pub fn name_of(decl: &'static str) -> &'static str {
    decl.split(':').next().unwrap_or(decl).trim().trim_start_matches("...").trim_end_matches('?')
}

/// Query parameter `key` from `src`, written as `enc`.
pub const fn q(key: &'static str, src: &'static str, enc: Enc) -> Query {
    Query { key, src, enc, required: None, flatten: &[] }
}

/// Query parameter `key` from `src` (as text); the call fails with `message` without it.
pub const fn must(key: &'static str, src: &'static str, message: &'static str) -> Query {
    Query { key, src, enc: Enc::Str, required: Some(message), flatten: &[] }
}

/// The object at `src` as client-js's `toQueryParams(src, flatten)` writes it.
pub const fn params(src: &'static str, flatten: &'static [&'static str]) -> Query {
    Query { key: "", src, enc: Enc::Params, required: None, flatten }
}

/// The ready parameters at `src` (an object a `prepare` hook made).
pub const fn spread(src: &'static str) -> Query {
    Query { key: "", src, enc: Enc::Spread, required: None, flatten: &[] }
}

/// Body field `key` from `src`, as it is.
pub const fn f(key: &'static str, src: &'static str) -> Field {
    Field { key, src, enc: Enc::Plain }
}

/// Body field `requestContext` from `src`, as a plain object.
pub const fn rc_field(src: &'static str) -> Field {
    Field { key: "requestContext", src, enc: Enc::Rc }
}

/// Resource field `field` from `src`.
pub const fn bind(field: &'static str, src: &'static str) -> Bind {
    Bind { field, src, optional: false }
}

/// Resource field `field` from `src`, which may be unset.
pub const fn bind_opt(field: &'static str, src: &'static str) -> Bind {
    Bind { field, src, optional: true }
}

/// `?requestContext=` from the argument named `requestContext`.
pub const RC: &[Query] = &[q("requestContext", "requestContext", Enc::Rc)];

/// One resource group: its classes and their routes.
#[derive(Debug)]
pub struct Group {
    /// Name of the group (its file).
    pub name: &'static str,
    /// Resource classes the group declares.
    pub resources: &'static [Resource],
    /// Routes, in table order.
    pub routes: &'static [Route],
    /// The values each `prepare` hook of the group adds to a call's namespace (so that every
    /// `src` of a route can be checked; a hook that adds nothing is not listed).
    pub prepares: &'static [Prepares],
}

/// What a `prepare` hook (in its class's or group's hook file) adds to a call's namespace.
#[derive(Debug, Clone, Copy)]
pub struct Prepares {
    /// The hook's name.
    pub hook: &'static str,
    /// The names it sets.
    pub adds: &'static [&'static str],
}

/// `hook` sets the values `adds` in a call's namespace.
pub const fn adds(hook: &'static str, adds: &'static [&'static str]) -> Prepares {
    Prepares { hook, adds }
}

/// The client itself, and the methods every class has.
const ROOT: Group = Group {
    name: "client",
    resources: &[Resource { class: "MastraClient", fields: &[], member: None, doc: "Client of a Mastra server." }],
    routes: &[route(EVERY_CLASS, "request", &["path: string", "options?: RequestOptions"], "<T = any>Promise<T>")
        .get("/")
        .custom("request")
        .doc("Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`.")],
    prepares: &[],
};

/// Every group, in table order.
pub const GROUPS: &[&Group] = &[
    &ROOT,
    &agents::GROUP,
    &workflows::GROUP,
    &tools::GROUP,
    &agent_builder::GROUP,
    &agent_controller::GROUP,
    &background_tasks::GROUP,
    &memory::GROUP,
    &vectors::GROUP,
    &logs::GROUP,
    &observability::GROUP,
    &scores::GROUP,
    &datasets::GROUP,
    &schedules::GROUP,
    &stored::GROUP,
    &workspaces::GROUP,
    &a2a::GROUP,
    &conversations::GROUP,
    &responses::GROUP,
    &channels::GROUP,
    &system::GROUP,
];

static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| GROUPS.iter().flat_map(|g| g.routes.iter().copied()).collect());
static RESOURCES: LazyLock<Vec<Resource>> = LazyLock::new(|| GROUPS.iter().flat_map(|g| g.resources.iter().copied()).collect());

/// Every route, in table order (a route's index is its position here).
pub fn routes() -> &'static [Route] {
    &ROUTES
}

/// Every resource class.
pub fn resources() -> &'static [Resource] {
    &RESOURCES
}

/// The route at `index`, if any.
pub fn get(index: u32) -> Option<&'static Route> {
    routes().get(index as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn resource(class: &str) -> &'static Resource {
        resources().iter().find(|r| r.class == class).unwrap_or_else(|| panic!("unknown class {class}"))
    }

    /// The first segment of every `src` must name a resource field or a parameter.
    fn assert_src_known(route: &Route, src: &str, extra: &[&str]) {
        for alt in src.split('|') {
            let head = alt.split('.').next().unwrap();
            let known = (route.class != EVERY_CLASS && resource(route.class).field_names().any(|f| f == head))
                || route.param_names().any(|p| p == head)
                || extra.contains(&head);
            assert!(known, "{}.{}: '{alt}' names no field or parameter", route.class, route.method);
        }
    }

    /// The names the `prepare` hook of `route` (in group `group`) adds; a hook that is not
    /// listed adds none.
    fn prepared_by(group: &Group, route: &Route) -> &'static [&'static str] {
        let Some(hook) = route.prepare else { return &[] };
        group.prepares.iter().find(|p| p.hook == hook).map_or(&[], |p| p.adds)
    }

    #[test]
    fn every_prepares_entry_names_a_hook_of_its_group() {
        for group in GROUPS {
            for p in group.prepares {
                assert!(group.routes.iter().any(|r| r.prepare == Some(p.hook)), "{}: prepares lists '{}', which no route names", group.name, p.hook);
            }
        }
    }

    #[test]
    fn every_route_is_consistent() {
        let mut seen = HashSet::new();
        for (group, route) in GROUPS.iter().flat_map(|g| g.routes.iter().map(move |r| (*g, r))) {
            assert!(seen.insert((route.class, route.method, route.when)), "{}.{} declared twice", route.class, route.method);
            if let Some(when) = route.when {
                let main = routes().iter().find(|r| r.class == route.class && r.method == route.method && r.when.is_none());
                let main = main.unwrap_or_else(|| panic!("variant {}.{} has no main route", route.class, route.method));
                // Same parameter names; a narrower type makes the variant an overload.
                let names = |r: &Route| r.param_names().map(str::to_string).collect::<Vec<_>>();
                assert_eq!(names(main), names(route), "a variant keeps its method's parameters");
                assert_src_known(route, when, &[]);
            }
            assert!(!route.doc.is_empty(), "{}.{} has no doc", route.class, route.method);
            // Every source names a field, a parameter, or a value the route's prepare hook adds.
            let prepared = prepared_by(group, route);
            let check = |src: &str| assert_src_known(route, src, prepared);
            match route.reply {
                Reply::Resource { class } => {
                    assert!(route.verb.is_none() && route.path.is_empty());
                    assert_eq!(route.returns, class);
                    for b in route.bind {
                        assert!(resource(class).field_names().any(|f| f == b.field), "{}: bind {} not a field of {class}", route.method, b.field);
                        assert_src_known(route, b.src, &[]);
                    }
                }
                Reply::Delegate { to } => {
                    assert!(route.verb.is_none() && route.path.is_empty());
                    let (member, method) = to.split_once('.').unwrap_or_else(|| panic!("{}: delegate to member.method", route.method));
                    let owner = resources().iter().find(|r| r.member.is_some_and(|m| m.of == route.class && m.field == member));
                    let owner = owner.unwrap_or_else(|| panic!("{}.{}: no member '{member}'", route.class, route.method));
                    let target = routes().iter().find(|r| r.class == owner.class && r.method == method);
                    assert!(target.is_some(), "{}.{}: {}.{method} is not declared", route.class, route.method, owner.class);
                }
                // A custom method without a verb computes its result client-side.
                _ if route.verb.is_none() && route.custom.is_some() => assert!(route.path.is_empty()),
                _ => {
                    assert!(route.verb.is_some(), "{}.{} has no verb", route.class, route.method);
                    assert!(route.path.starts_with('/'), "{}.{} path", route.class, route.method);
                    for p in route.placeholders() {
                        check(p);
                    }
                    for query in route.query {
                        check(query.src);
                        assert!(query.flatten.is_empty() || query.enc == Enc::Params, "{}.{}: flatten is for params", route.class, route.method);
                    }
                    match route.body {
                        Body::None => {}
                        Body::Whole { src } | Body::Omit { src, .. } | Body::Form { src } => check(src),
                        Body::Pick { fields } => fields.iter().for_each(|fl| check(fl.src)),
                    }
                    if let Some(signal) = route.signal {
                        check(signal);
                    }
                }
            }
            if route.keep != Keep::Whole {
                assert!(route.reply == Reply::Json && route.finish.is_none(), "{}.{}: keep is for plain JSON replies", route.class, route.method);
            }
            if let Reply::ResourceFromReply { class } = route.reply {
                for b in route.bind {
                    assert!(resource(class).field_names().any(|f| f == b.field));
                    if !b.src.starts_with("reply.") {
                        assert_src_known(route, b.src, &[]);
                    }
                }
            }
        }
    }

    #[test]
    fn every_class_has_a_maker() {
        for res in resources().iter().skip(1) {
            let made = res.member.is_some()
                || routes().iter().any(|r| matches!(r.reply, Reply::Resource { class } | Reply::ResourceFromReply { class } if class == res.class));
            assert!(made, "nothing makes a {}", res.class);
            if let Some(member) = res.member {
                resource(member.of);
            }
        }
        let mut names = HashSet::new();
        for res in resources() {
            assert!(names.insert(res.class), "class {} declared twice", res.class);
        }
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        let r = routes().iter().find(|r| r.class == "Vector" && r.method == "details").unwrap();
        assert_eq!(r.placeholders().collect::<Vec<_>>(), vec!["vectorName", "indexName"]);
    }
}
