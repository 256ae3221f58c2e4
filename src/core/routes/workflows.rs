//! Workflows: the `Workflow`, `Run` and `DynamicWorkflow` resources and the client's workflow
//! methods.

use super::*;

/// The fields every start of a run sends first, then `$rest`, in this order on the wire.
macro_rules! start_fields {
    ($($rest:expr),* $(,)?) => {
        &[
            f("inputData", "params.inputData"),
            f("initialState", "params.initialState"),
            rc_field("params.requestContext"),
            f("tracingOptions", "params.tracingOptions"),
            $($rest),*
        ]
    };
}
/// Body of run calls that start work.
const START_FIELDS: &[Field] = start_fields![f("perStep", "params.perStep")];
const START_ASYNC_FIELDS: &[Field] = start_fields![f("resourceId", "params.resourceId"), f("perStep", "params.perStep")];
/// Body of `Run.stream`: the start fields and `closeOnSuspend`.
const STREAM_FIELDS: &[Field] =
    start_fields![f("resourceId", "params.resourceId"), f("perStep", "params.perStep"), f("closeOnSuspend", "params.closeOnSuspend")];
/// Body of run calls that resume work.
const RESUME_FIELDS: &[Field] = &[
    f("step", "params.step"),
    f("resumeData", "params.resumeData"),
    rc_field("params.requestContext"),
    f("tracingOptions", "params.tracingOptions"),
    f("perStep", "params.perStep"),
    f("forEachIndex", "params.forEachIndex"),
];
/// Body of run calls that restart work.
const RESTART_FIELDS: &[Field] = &[rc_field("params.requestContext"), f("tracingOptions", "params.tracingOptions")];
const RUN_ID: &[Query] = &[q("runId", "runId", Enc::Str)];

/// The workflows group.
pub const GROUP: Group = Group {
    name: "workflows",
    resources: &[
        Resource { class: "Workflow", fields: &["workflowId: string"], member: None, doc: "A workflow of the server." },
        Resource { class: "Run", fields: &["workflowId: string", "runId: string"], member: None, doc: "One run of a workflow." },
        Resource {
            class: "DynamicWorkflow",
            fields: &["dynamicWorkflowId: string"],
            member: None,
            doc: "A dynamic (stored) workflow definition; run it with `getWorkflow(id).createRun()`.",
        },
    ],
    routes: &[
        route("MastraClient", "listWorkflows", &["requestContext?: RequestContextInput", "partial?: boolean"], "Record<string, WorkflowDetails>")
            .get("/workflows")
            .query(&[q("requestContext", "requestContext", Enc::Rc), q("partial", "partial", Enc::Flag)])
            .doc("Lists the server's workflows, keyed by id."),
        route("MastraClient", "listWorkflowRunCounts", &["requestContext?: RequestContextInput"], "Record<string, WorkflowRunCounts>")
            .get("/workflows/run-counts")
            .query(RC)
            .doc("Counts of running and suspended runs, keyed by workflow id."),
        route("MastraClient", "getWorkflow", &["workflowId: string"], "Workflow")
            .makes("Workflow", &[bind("workflowId", "workflowId")])
            .doc("A workflow by id (no request is made)."),
        route("MastraClient", "listDynamicWorkflows", &["params?: ListDynamicWorkflowsParams"], "DynamicWorkflowsPage")
            .get("/stored/workflows")
            .query(&[q("status", "params.status", Enc::Str), q("authorId", "params.authorId", Enc::Str)])
            .doc("Lists dynamic workflow definitions, optionally by status or author."),
        route("MastraClient", "upsertDynamicWorkflow", &["params: UpsertDynamicWorkflowParams"], "UpsertDynamicWorkflowResult")
            .post("/stored/workflows")
            .whole("params")
            .doc("Creates or replaces a dynamic workflow definition and registers it on the server."),
        route("MastraClient", "getDynamicWorkflow", &["dynamicWorkflowId: string"], "DynamicWorkflow")
            .makes("DynamicWorkflow", &[bind("dynamicWorkflowId", "dynamicWorkflowId")])
            .doc("A dynamic workflow definition by id (no request is made)."),
        route("Workflow", "details", &["requestContext?: RequestContextInput"], "WorkflowDetails")
            .get("/workflows/{workflowId}")
            .query(RC)
            .doc("The workflow's details: steps and schemas."),
        route("Workflow", "runs", &["params?: ListWorkflowRunsParams", "requestContext?: RequestContextInput"], "WorkflowRunsPage")
            .get("/workflows/{workflowId}/runs")
            .prepare("workflowRunsQuery")
            .query(&[spread("runsQuery"), q("requestContext", "requestContext", Enc::Rc)])
            .doc("Lists the workflow's runs: dates, paging (`page`/`perPage` or `offset`/`limit`), resource and status filters."),
        route("Workflow", "runById", &["runId: string", "options?: WorkflowRunByIdOptions"], "WorkflowRunState")
            .get("/workflows/{workflowId}/runs/{runId}")
            .prepare("workflowRunByIdQuery")
            .query(&[spread("runQuery"), q("requestContext", "options.requestContext", Enc::Rc)])
            .doc("One run: status, result and steps, or only the listed `fields`."),
        route("Workflow", "deleteRunById", &["runId: string"], "{ message: string }")
            .delete("/workflows/{workflowId}/runs/{runId}")
            .doc("Deletes one run."),
        route("Workflow", "getSchema", &[], "WorkflowSchema")
            .get("/workflows/{workflowId}")
            .finish("workflowSchema")
            .doc("The workflow's input and output schemas as JSON Schema (null when not defined)."),
        route("Workflow", "createRun", &["params?: CreateRunParams"], "Run")
            .post("/workflows/{workflowId}/create-run")
            .query(&[q("runId", "params.runId", Enc::Str)])
            .pick(&[f("resourceId", "params.resourceId"), f("disableScorers", "params.disableScorers")])
            .makes_from_reply("Run", &[bind("workflowId", "workflowId"), bind("runId", "reply.runId")])
            .doc("Creates a run and resolves with it."),
        route("Run", "start", &["params: WorkflowStartParams"], "{ message: string }")
            .post("/workflows/{workflowId}/start")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(START_FIELDS)
            .doc("Starts the run without waiting for it to finish."),
        route("Run", "startAsync", &["params: WorkflowStartParams"], "WorkflowRunResult")
            .post("/workflows/{workflowId}/start-async")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(START_ASYNC_FIELDS)
            .finish("workflowResult")
            .doc("Starts the run and resolves with its result."),
        route("Run", "stream", &["params: WorkflowStreamParams"], "ReadableStream<WorkflowStreamChunk>")
            .post("/workflows/{workflowId}/stream")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(STREAM_FIELDS)
            .records()
            .doc("Starts the run and streams its events."),
        route("Run", "observe", &["params?: { offset?: number }"], "ReadableStream<WorkflowStreamChunk>")
            .post("/workflows/{workflowId}/observe")
            .prepare("workflowObserveQuery")
            .query(&[q("runId", "runId", Enc::Str), spread("observeQuery")])
            .records()
            .doc("Streams the events of a running run again, from `offset` (0-based) or from the start."),
        route("Run", "observeStream", &[], "ReadableStream<WorkflowStreamChunk>")
            .post("/workflows/{workflowId}/observe")
            .query(RUN_ID)
            .records()
            .doc("Streams the events of a running run again, from the start (as `observe()`)."),
        route("Run", "resume", &["params: WorkflowResumeParams"], "{ message: string }")
            .post("/workflows/{workflowId}/resume")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(RESUME_FIELDS)
            .doc("Resumes a suspended step without waiting for the run to finish."),
        route("Run", "resumeAsync", &["params: WorkflowResumeParams"], "WorkflowRunResult")
            .post("/workflows/{workflowId}/resume-async")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(RESUME_FIELDS)
            .finish("workflowResult")
            .doc("Resumes a suspended step and resolves with the run's result."),
        route("Run", "resumeNoWait", &["params: WorkflowResumeParams"], "{ runId: string }")
            .post("/workflows/{workflowId}/resume-no-wait")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(RESUME_FIELDS)
            .doc("Resumes a suspended step and resolves at once; the run goes on in the background."),
        route("Run", "resumeStream", &["params: WorkflowResumeParams"], "ReadableStream<WorkflowStreamChunk>")
            .post("/workflows/{workflowId}/resume-stream")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(RESUME_FIELDS)
            .records()
            .doc("Resumes a suspended step and streams the run's events."),
        route("Run", "restart", &["params: WorkflowRestartParams"], "{ message: string }")
            .post("/workflows/{workflowId}/restart")
            .prepare("workflowParams")
            .query(RUN_ID)
            .pick(RESTART_FIELDS)
            .doc("Restarts an active run without waiting for it to finish."),
        route("Run", "restartAsync", &["params?: WorkflowRestartParams"], "WorkflowRunResult")
            .post("/workflows/{workflowId}/restart-async")
            .query(RUN_ID)
            .pick(RESTART_FIELDS)
            .finish("workflowResult")
            .doc("Restarts an active run and resolves with its result."),
        route("Run", "timeTravel", &["params: WorkflowTimeTravelParams"], "{ message: string }")
            .post("/workflows/{workflowId}/time-travel")
            .prepare("workflowTimeTravel")
            .query(RUN_ID)
            .whole("body")
            .doc("Runs the workflow again from a step, with given inputs and context, without waiting."),
        route("Run", "timeTravelAsync", &["params: WorkflowTimeTravelParams"], "WorkflowRunResult")
            .post("/workflows/{workflowId}/time-travel-async")
            .prepare("workflowTimeTravel")
            .query(RUN_ID)
            .whole("body")
            .finish("workflowResult")
            .doc("Runs the workflow again from a step and resolves with the run's result."),
        route("Run", "timeTravelStream", &["params: WorkflowTimeTravelParams"], "ReadableStream<WorkflowStreamChunk>")
            .post("/workflows/{workflowId}/time-travel-stream")
            .prepare("workflowTimeTravel")
            .query(RUN_ID)
            .whole("body")
            .records()
            .doc("Runs the workflow again from a step and streams its events."),
        route("Run", "cancel", &[], "{ message: string }")
            .post("/workflows/{workflowId}/runs/{runId}/cancel")
            .doc("Cancels the run: running steps see their abort signal, no further step runs."),
        route("Run", "cancelRun", &[], "{ message: string }")
            .post("/workflows/{workflowId}/runs/{runId}/cancel")
            .doc("Cancels the run (the older name of `cancel`)."),
        route("DynamicWorkflow", "details", &[], "DynamicWorkflowDefinition")
            .get("/stored/workflows/{dynamicWorkflowId}")
            .doc("The definition: schemas, graph, status and metadata."),
        route("DynamicWorkflow", "delete", &[], "DeleteDynamicWorkflowResponse")
            .delete("/stored/workflows/{dynamicWorkflowId}")
            .doc("Deletes the definition and unregisters the workflow."),
    ],
    prepares: &[
        adds("workflowRunsQuery", &["runsQuery"]),
        adds("workflowRunByIdQuery", &["runQuery"]),
        adds("workflowObserveQuery", &["observeQuery"]),
        adds("workflowTimeTravel", &["body"]),
    ],
};
