//! The route table: every method of the client surface, declared once.
//!
//! A route says which resource class carries the method, its JavaScript signature, the HTTP
//! verb and path, how arguments become query parameters and body, and what comes back. The
//! native core builds URLs from it, the JavaScript facade builds its methods from it (via
//! `routeTable()`), and `index.d.ts` is rendered from it ([`super::typings`]).
//!
//! Argument references (`src`) are dotted paths into the call's namespace, which holds the
//! resource's fields (`agentId`, `runId`, ...) and the method's parameters by name;
//! `a|b` takes the first of `a`, `b` that is set.

use serde::Serialize;

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

/// How the JSON body of a route is made.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Body {
    /// No body.
    None,
    /// The value at `src`, as it is.
    Whole { src: &'static str },
    /// An object of the listed fields (unset ones dropped, as `JSON.stringify` does).
    Pick { fields: &'static [Field] },
    /// The object at `src` without the listed keys.
    Omit { src: &'static str, keys: &'static [&'static str] },
}

/// What a method gives back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Reply {
    /// The JSON body, parsed.
    Json,
    /// A streaming `Response` of server-sent events with `processDataStream`.
    Sse,
    /// A resource object, made without any request (e.g. `getAgent(id)`).
    Resource { class: &'static str },
    /// A resource object made from the JSON reply (e.g. `createRun()` → `Run`).
    ResourceFromReply { class: &'static str },
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

/// A resource class and the fields that identify it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Resource {
    /// Class name, as in client-js.
    pub class: &'static str,
    /// Fields every instance carries (set by the method that makes it).
    pub fields: &'static [&'static str],
    /// One-line description for the typings.
    pub doc: &'static str,
}

/// One method of the surface.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Route {
    /// Class that carries the method.
    pub class: &'static str,
    /// Method name.
    pub method: &'static str,
    /// Parameters as TypeScript: `name: Type` or `name?: Type`.
    pub params: &'static [&'static str],
    /// TypeScript type the promise resolves to (or the resource class).
    pub returns: &'static str,
    /// HTTP verb; `None` for methods that make no request.
    pub verb: Option<Verb>,
    /// Path after the API prefix; `{src}` placeholders are filled from the call, encoded.
    pub path: &'static str,
    /// Query parameters, in wire order.
    pub query: &'static [Query],
    /// Body.
    pub body: Body,
    /// What comes back.
    pub reply: Reply,
    /// Fields of the resource the method returns.
    pub bind: &'static [Bind],
    /// Name of a facade hook that prepares the arguments (e.g. agent call options).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepare: Option<&'static str>,
    /// Name of a facade hook applied to the parsed reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finish: Option<&'static str>,
    /// Where a per-call `AbortSignal` is found, if the method takes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signal: Option<&'static str>,
    /// For a variant of a method: the value that, when set, makes a call take this route
    /// instead of the method's main one (declared without `when`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<&'static str>,
    /// One-line description.
    pub doc: &'static str,
}

const fn route(class: &'static str, method: &'static str, params: &'static [&'static str], returns: &'static str) -> Route {
    Route {
        class,
        method,
        params,
        returns,
        verb: None,
        path: "",
        query: &[],
        body: Body::None,
        reply: Reply::Json,
        bind: &[],
        prepare: None,
        finish: None,
        signal: None,
        when: None,
        doc: "",
    }
}

impl Route {
    const fn http(self, verb: Verb, path: &'static str) -> Self {
        Route { verb: Some(verb), path, ..self }
    }
    const fn get(self, path: &'static str) -> Self {
        self.http(Verb::GET, path)
    }
    const fn post(self, path: &'static str) -> Self {
        self.http(Verb::POST, path)
    }
    const fn query(self, query: &'static [Query]) -> Self {
        Route { query, ..self }
    }
    const fn body(self, body: Body) -> Self {
        Route { body, ..self }
    }
    const fn whole(self, src: &'static str) -> Self {
        self.body(Body::Whole { src })
    }
    const fn pick(self, fields: &'static [Field]) -> Self {
        self.body(Body::Pick { fields })
    }
    const fn makes(self, class: &'static str, bind: &'static [Bind]) -> Self {
        Route { reply: Reply::Resource { class }, bind, ..self }
    }
    const fn makes_from_reply(self, class: &'static str, bind: &'static [Bind]) -> Self {
        Route { reply: Reply::ResourceFromReply { class }, bind, ..self }
    }
    const fn sse(self) -> Self {
        Route { reply: Reply::Sse, ..self }
    }
    const fn prepare(self, hook: &'static str) -> Self {
        Route { prepare: Some(hook), ..self }
    }
    const fn finish(self, hook: &'static str) -> Self {
        Route { finish: Some(hook), ..self }
    }
    const fn signal(self, src: &'static str) -> Self {
        Route { signal: Some(src), ..self }
    }
    const fn when(self, src: &'static str) -> Self {
        Route { when: Some(src), ..self }
    }
    const fn doc(self, doc: &'static str) -> Self {
        Route { doc, ..self }
    }

    /// The `{...}` placeholders of the path, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &'static str> {
        let path: &'static str = self.path;
        path.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
    }

    /// Parameter names, without `?` or type.
    pub fn param_names(&self) -> impl Iterator<Item = &'static str> {
        self.params.iter().map(|p| p.split(':').next().unwrap_or(p).trim().trim_end_matches('?'))
    }
}

const fn q(key: &'static str, src: &'static str, enc: Enc) -> Query {
    Query { key, src, enc, required: None }
}

const fn must(key: &'static str, src: &'static str, message: &'static str) -> Query {
    Query { key, src, enc: Enc::Str, required: Some(message) }
}

const fn f(key: &'static str, src: &'static str) -> Field {
    Field { key, src, enc: Enc::Plain }
}

const fn rc_field(src: &'static str) -> Field {
    Field { key: "requestContext", src, enc: Enc::Rc }
}

const fn bind(field: &'static str, src: &'static str) -> Bind {
    Bind { field, src, optional: false }
}

const fn bind_opt(field: &'static str, src: &'static str) -> Bind {
    Bind { field, src, optional: true }
}

/// `?requestContext=` from the named argument.
const RC: &[Query] = &[q("requestContext", "requestContext", Enc::Rc)];

/// The query client-js builds for listing thread messages, from `$p` (a parameter object).
/// Extra parameters (`$extra`) go between the message filters and the request context.
macro_rules! message_query {
    ($p:literal, $agent:literal $(, $extra:expr)*) => {
        &[
            q("agentId", $agent, Enc::Str),
            q("resourceId", concat!($p, ".resourceId"), Enc::Str),
            q("page", concat!($p, ".page"), Enc::Num),
            q("perPage", concat!($p, ".perPage"), Enc::Num),
            q("orderBy", concat!($p, ".orderBy"), Enc::Json),
            q("filter", concat!($p, ".filter"), Enc::Json),
            q("include", concat!($p, ".include"), Enc::Json),
            q("includeSystemReminders", concat!($p, ".includeSystemReminders"), Enc::Num),
            $($extra,)*
            q("requestContext", concat!($p, ".requestContext"), Enc::Rc),
        ]
    };
}

/// The log filters client-js sends, from `params`.
macro_rules! log_query {
    ($($first:expr,)*) => {
        &[
            $($first,)*
            q("transportId", "params.transportId", Enc::Str),
            q("fromDate", "params.fromDate", Enc::Iso),
            q("toDate", "params.toDate", Enc::Iso),
            q("logLevel", "params.logLevel", Enc::Str),
            q("page", "params.page", Enc::Num),
            q("perPage", "params.perPage", Enc::Num),
            q("filters", "params.filters", Enc::Pairs),
        ]
    };
}

/// Body of workflow run calls that start work.
const START_FIELDS: &[Field] = &[
    f("inputData", "params.inputData"),
    f("initialState", "params.initialState"),
    rc_field("params.requestContext"),
    f("tracingOptions", "params.tracingOptions"),
    f("perStep", "params.perStep"),
];
const START_ASYNC_FIELDS: &[Field] = &[
    f("inputData", "params.inputData"),
    f("initialState", "params.initialState"),
    rc_field("params.requestContext"),
    f("tracingOptions", "params.tracingOptions"),
    f("resourceId", "params.resourceId"),
    f("perStep", "params.perStep"),
];
/// Body of workflow run calls that resume work.
const RESUME_FIELDS: &[Field] = &[
    f("step", "params.step"),
    f("resumeData", "params.resumeData"),
    rc_field("params.requestContext"),
    f("tracingOptions", "params.tracingOptions"),
    f("perStep", "params.perStep"),
    f("forEachIndex", "params.forEachIndex"),
];
const RUN_ID: &[Query] = &[q("runId", "runId", Enc::Str)];
const THREAD_AGENT_REQUIRED: &str =
    "requires an agentId. Pass it via getMemoryThread({ threadId, agentId }) or as a parameter to";

/// The resource classes.
pub const RESOURCES: &[Resource] = &[
    Resource { class: "MastraClient", fields: &[], doc: "Client of a Mastra server." },
    Resource { class: "Agent", fields: &["agentId"], doc: "An agent of the server." },
    Resource { class: "Workflow", fields: &["workflowId"], doc: "A workflow of the server." },
    Resource { class: "Run", fields: &["workflowId", "runId"], doc: "One run of a workflow." },
    Resource { class: "Tool", fields: &["toolId"], doc: "A tool of the server." },
    Resource { class: "MemoryThread", fields: &["threadId", "agentId"], doc: "A memory thread." },
    Resource { class: "Vector", fields: &["vectorName"], doc: "A vector store of the server." },
];

/// Every method of the surface.
pub const ROUTES: &[Route] = &[
    // ---- agents
    route("MastraClient", "listAgents", &["requestContext?: RequestContextInput", "partial?: boolean"], "Record<string, AgentDetails>")
        .get("/agents")
        .query(&[q("requestContext", "requestContext", Enc::Rc), q("partial", "partial", Enc::Flag)])
        .doc("Lists the server's agents, keyed by id."),
    route("MastraClient", "getAgent", &["agentId: string"], "Agent")
        .makes("Agent", &[bind("agentId", "agentId")])
        .doc("An agent by id (no request is made)."),
    route("Agent", "details", &["requestContext?: RequestContextInput"], "AgentDetails")
        .get("/agents/{agentId}")
        .query(RC)
        .doc("The agent's details: name, instructions, tools, model."),
    route("Agent", "generate", &["messages: MessageInput", "options?: AgentCallOptions"], "GenerateResult")
        .post("/agents/{agentId}/generate")
        .prepare("agentCall")
        .whole("call")
        .signal("options.abortSignal")
        .finish("clientTools")
        .doc("Runs the agent and resolves with its full answer."),
    route("Agent", "stream", &["messages: MessageInput", "options?: AgentCallOptions"], "AgentStreamResponse")
        .post("/agents/{agentId}/stream")
        .prepare("agentCall")
        .whole("call")
        .signal("options.abortSignal")
        .sse()
        .doc("Runs the agent and streams its chunks; read them with processDataStream({ onChunk })."),
    // ---- workflows
    route("MastraClient", "listWorkflows", &["requestContext?: RequestContextInput", "partial?: boolean"], "Record<string, WorkflowDetails>")
        .get("/workflows")
        .query(&[q("requestContext", "requestContext", Enc::Rc), q("partial", "partial", Enc::Flag)])
        .doc("Lists the server's workflows, keyed by id."),
    route("MastraClient", "getWorkflow", &["workflowId: string"], "Workflow")
        .makes("Workflow", &[bind("workflowId", "workflowId")])
        .doc("A workflow by id (no request is made)."),
    route("Workflow", "details", &["requestContext?: RequestContextInput"], "WorkflowDetails")
        .get("/workflows/{workflowId}")
        .query(RC)
        .doc("The workflow's details: steps and schemas."),
    route("Workflow", "createRun", &["params?: CreateRunParams"], "Run")
        .post("/workflows/{workflowId}/create-run")
        .query(&[q("runId", "params.runId", Enc::Str)])
        .pick(&[f("resourceId", "params.resourceId"), f("disableScorers", "params.disableScorers")])
        .makes_from_reply("Run", &[bind("workflowId", "workflowId"), bind("runId", "reply.runId")])
        .doc("Creates a run and resolves with it."),
    route("Run", "start", &["params: WorkflowStartParams"], "WorkflowRunResult")
        .post("/workflows/{workflowId}/start")
        .query(RUN_ID)
        .pick(START_FIELDS)
        .doc("Starts the run without waiting for it to finish."),
    route("Run", "startAsync", &["params: WorkflowStartParams"], "WorkflowRunResult")
        .post("/workflows/{workflowId}/start-async")
        .query(RUN_ID)
        .pick(START_ASYNC_FIELDS)
        .finish("workflowResult")
        .doc("Starts the run and resolves with its result."),
    route("Run", "resume", &["params: WorkflowResumeParams"], "WorkflowRunResult")
        .post("/workflows/{workflowId}/resume")
        .query(RUN_ID)
        .pick(RESUME_FIELDS)
        .doc("Resumes a suspended step without waiting for the run to finish."),
    route("Run", "resumeAsync", &["params: WorkflowResumeParams"], "WorkflowRunResult")
        .post("/workflows/{workflowId}/resume-async")
        .query(RUN_ID)
        .pick(RESUME_FIELDS)
        .finish("workflowResult")
        .doc("Resumes a suspended step and resolves with the run's result."),
    route("Run", "cancelRun", &[], "{ message: string }")
        .post("/workflows/{workflowId}/runs/{runId}/cancel")
        .doc("Cancels the run."),
    // ---- tools
    route("MastraClient", "listTools", &["requestContext?: RequestContextInput"], "Record<string, ToolDetails>")
        .get("/tools")
        .query(RC)
        .doc("Lists the server's tools, keyed by id."),
    route("MastraClient", "getTool", &["toolId: string"], "Tool")
        .makes("Tool", &[bind("toolId", "toolId")])
        .doc("A tool by id (no request is made)."),
    route("Tool", "details", &["requestContext?: RequestContextInput"], "ToolDetails")
        .get("/tools/{toolId}")
        .query(RC)
        .doc("The tool's details and schemas."),
    route("Tool", "execute", &["params: ToolExecuteParams"], "any")
        .post("/tools/{toolId}/execute")
        .query(&[q("runId", "params.runId", Enc::Str)])
        .pick(&[f("data", "params.data"), rc_field("params.requestContext")])
        .doc("Runs the tool on the server with `data` as input."),
    // ---- memory
    route("MastraClient", "listMemoryThreads", &["params?: ListMemoryThreadsParams"], "MemoryThreadsPage")
        .get("/memory/threads")
        .query(&[
            q("resourceId", "params.resourceId", Enc::Str),
            q("metadata", "params.metadata", Enc::Json),
            q("agentId", "params.agentId", Enc::Str),
            q("page", "params.page", Enc::Num),
            q("perPage", "params.perPage", Enc::Num),
            q("orderBy[field]", "params.orderBy.field", Enc::Str),
            q("orderBy[direction]", "params.orderBy.direction", Enc::Str),
            q("requestContext", "params.requestContext", Enc::Rc),
        ])
        .finish("threadsPage")
        .doc("Lists memory threads, one page at a time."),
    route("MastraClient", "createMemoryThread", &["params: CreateMemoryThreadParams"], "StorageThread")
        .post("/memory/threads")
        .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
        .whole("params")
        .doc("Creates a memory thread."),
    route("MastraClient", "getMemoryThread", &["params: { threadId: string; agentId?: string }"], "MemoryThread")
        .makes("MemoryThread", &[bind("threadId", "params.threadId"), bind_opt("agentId", "params.agentId")])
        .doc("A memory thread by id (no request is made)."),
    route("MastraClient", "listThreadMessages", &["threadId: string", "opts?: ListMemoryMessagesParams"], "MemoryMessagesPage")
        .get("/memory/threads/{threadId}/messages")
        .query(message_query!("opts", "opts.agentId"))
        .doc("Lists the messages of a thread."),
    route("MastraClient", "listThreadMessages", &["threadId: string", "opts?: ListMemoryMessagesParams"], "MemoryMessagesPage")
        .get("/memory/network/threads/{threadId}/messages")
        .query(message_query!("opts", "opts.agentId", q("networkId", "opts.networkId", Enc::Str)))
        .when("opts.networkId")
        .doc("Lists the messages of an agent network's thread (when `networkId` is given)."),
    route("MastraClient", "saveMessageToMemory", &["params: SaveMessagesParams"], "{ messages: any[] }")
        .post("/memory/save-messages")
        .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
        .whole("params")
        .doc("Saves messages to an agent's memory."),
    route("MastraClient", "getWorkingMemory", &["params: WorkingMemoryParams"], "WorkingMemory")
        .get("/memory/threads/{params.threadId}/working-memory")
        .query(&[
            q("agentId", "params.agentId", Enc::Raw),
            q("resourceId", "params.resourceId", Enc::Raw),
            q("requestContext", "params.requestContext", Enc::Rc),
        ])
        .doc("Reads the working memory of a thread (or its resource)."),
    route("MastraClient", "updateWorkingMemory", &["params: UpdateWorkingMemoryParams"], "any")
        .post("/memory/threads/{params.threadId}/working-memory")
        .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
        .pick(&[f("workingMemory", "params.workingMemory"), f("resourceId", "params.resourceId")])
        .doc("Replaces the working memory of a thread (or its resource)."),
    route("MemoryThread", "get", &["requestContext?: RequestContextInput"], "StorageThread")
        .get("/memory/threads/{threadId}")
        .query(&[q("agentId", "agentId", Enc::Str), q("requestContext", "requestContext", Enc::Rc)])
        .doc("The thread."),
    route("MemoryThread", "update", &["params: UpdateMemoryThreadParams"], "StorageThread")
        .http(Verb::PATCH, "/memory/threads/{threadId}")
        .query(&[
            must("agentId", "params.agentId|agentId", THREAD_AGENT_REQUIRED),
            q("requestContext", "params.requestContext", Enc::Rc),
        ])
        .body(Body::Omit { src: "params", keys: &["agentId", "requestContext"] })
        .doc("Updates the thread's title, metadata or resource."),
    route("MemoryThread", "delete", &["opts?: { agentId?: string; requestContext?: RequestContextInput }"], "{ result: string }")
        .http(Verb::DELETE, "/memory/threads/{threadId}")
        .query(&[
            must("agentId", "opts.agentId|agentId", THREAD_AGENT_REQUIRED),
            q("requestContext", "opts.requestContext", Enc::Rc),
        ])
        .doc("Deletes the thread."),
    route("MemoryThread", "listMessages", &["params?: ListMemoryMessagesParams"], "MemoryMessagesPage")
        .get("/memory/threads/{threadId}/messages")
        .query(message_query!("params", "params.agentId|agentId"))
        .doc("Lists the thread's messages."),
    // ---- vectors
    route("MastraClient", "getVector", &["vectorName: string"], "Vector")
        .makes("Vector", &[bind("vectorName", "vectorName")])
        .doc("A vector store by name (no request is made)."),
    route("Vector", "details", &["indexName: string", "requestContext?: RequestContextInput"], "VectorIndexDetails")
        .get("/vector/{vectorName}/indexes/{indexName}")
        .query(RC)
        .doc("Dimension, metric and size of an index."),
    route("Vector", "delete", &["indexName: string"], "{ success: boolean }")
        .http(Verb::DELETE, "/vector/{vectorName}/indexes/{indexName}")
        .doc("Deletes an index."),
    route("Vector", "getIndexes", &["requestContext?: RequestContextInput"], "{ indexes: string[] }")
        .get("/vector/{vectorName}/indexes")
        .query(RC)
        .doc("Names of the store's indexes."),
    route("Vector", "createIndex", &["params: CreateIndexParams"], "{ success: boolean }")
        .post("/vector/{vectorName}/create-index")
        .whole("params")
        .doc("Creates an index."),
    route("Vector", "upsert", &["params: UpsertVectorParams"], "string[]")
        .post("/vector/{vectorName}/upsert")
        .whole("params")
        .doc("Inserts or updates vectors; resolves with their ids."),
    route("Vector", "query", &["params: QueryVectorParams"], "QueryVectorResult[]")
        .post("/vector/{vectorName}/query")
        .whole("params")
        .doc("Finds the vectors nearest to a query vector."),
    // ---- logs
    route("MastraClient", "listLogs", &["params: ListLogsParams"], "LogsPage")
        .get("/logs")
        .query(log_query!())
        .doc("Lists log records of a transport."),
    route("MastraClient", "getLogForRun", &["params: ListLogsParams & { runId: string }"], "LogsPage")
        .get("/logs/{params.runId}")
        .query(log_query!(q("runId", "params.runId", Enc::Str),))
        .doc("Lists the log records of one run."),
];

/// The route table as JSON, for the JavaScript facade.
pub fn table_json() -> String {
    #[derive(Serialize)]
    struct Table {
        resources: &'static [Resource],
        routes: &'static [Route],
    }
    serde_json::to_string(&Table { resources: RESOURCES, routes: ROUTES }).expect("the route table serializes")
}

/// The route at `index`, if any.
pub fn get(index: u32) -> Option<&'static Route> {
    ROUTES.get(index as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn resource(class: &str) -> &'static Resource {
        RESOURCES.iter().find(|r| r.class == class).unwrap_or_else(|| panic!("unknown class {class}"))
    }

    /// The first segment of every `src` must name a resource field or a parameter.
    fn assert_src_known(route: &Route, src: &str, extra: &[&str]) {
        let fields = resource(route.class).fields;
        for alt in src.split('|') {
            let head = alt.split('.').next().unwrap();
            let known = fields.contains(&head) || route.param_names().any(|p| p == head) || extra.contains(&head);
            assert!(known, "{}.{}: '{alt}' names no field or parameter", route.class, route.method);
        }
    }

    #[test]
    fn every_route_is_consistent() {
        let mut seen = HashSet::new();
        for route in ROUTES {
            assert!(seen.insert((route.class, route.method, route.when)), "{}.{} declared twice", route.class, route.method);
            if let Some(when) = route.when {
                let main = ROUTES.iter().find(|r| r.class == route.class && r.method == route.method && r.when.is_none());
                let main = main.unwrap_or_else(|| panic!("variant {}.{} has no main route", route.class, route.method));
                assert_eq!(main.params, route.params, "a variant keeps its method's signature");
                assert_src_known(route, when, &[]);
            }
            assert!(!route.doc.is_empty(), "{}.{} has no doc", route.class, route.method);
            let prepared: &[&str] = if route.prepare.is_some() { &["call"] } else { &[] };
            match route.reply {
                Reply::Resource { class } => {
                    assert!(route.verb.is_none() && route.path.is_empty());
                    assert_eq!(route.returns, class);
                    let fields = resource(class).fields;
                    for b in route.bind {
                        assert!(fields.contains(&b.field), "{}: bind {} not a field of {class}", route.method, b.field);
                        assert_src_known(route, b.src, &[]);
                    }
                }
                _ => {
                    assert!(route.verb.is_some(), "{}.{} has no verb", route.class, route.method);
                    assert!(route.path.starts_with('/'), "{}.{} path", route.class, route.method);
                    for p in route.placeholders() {
                        assert_src_known(route, p, &[]);
                    }
                    for query in route.query {
                        assert_src_known(route, query.src, prepared);
                    }
                    match route.body {
                        Body::None => {}
                        Body::Whole { src } | Body::Omit { src, .. } => assert_src_known(route, src, prepared),
                        Body::Pick { fields } => fields.iter().for_each(|fl| assert_src_known(route, fl.src, prepared)),
                    }
                    if let Some(signal) = route.signal {
                        assert_src_known(route, signal, prepared);
                    }
                }
            }
            if let Reply::ResourceFromReply { class } = route.reply {
                for b in route.bind {
                    assert!(resource(class).fields.contains(&b.field));
                    if !b.src.starts_with("reply.") {
                        assert_src_known(route, b.src, &[]);
                    }
                }
            }
        }
    }

    #[test]
    fn every_class_has_a_maker() {
        for res in RESOURCES.iter().skip(1) {
            let made = ROUTES.iter().any(|r| matches!(r.reply, Reply::Resource { class } | Reply::ResourceFromReply { class } if class == res.class));
            assert!(made, "nothing makes a {}", res.class);
        }
    }

    #[test]
    fn table_json_round_trips() {
        let value: serde_json::Value = serde_json::from_str(&table_json()).unwrap();
        assert_eq!(value["routes"].as_array().unwrap().len(), ROUTES.len());
        assert_eq!(value["routes"][0]["method"], "listAgents");
        assert_eq!(value["routes"][0]["verb"], "GET");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        let r = ROUTES.iter().find(|r| r.class == "Vector" && r.method == "details").unwrap();
        assert_eq!(r.placeholders().collect::<Vec<_>>(), vec!["vectorName", "indexName"]);
    }
}
