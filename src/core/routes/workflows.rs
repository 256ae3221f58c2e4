//! Workflows: the `Workflow` and `Run` resources and the client's workflow methods.

use super::*;

/// Body of run calls that start work.
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
/// Body of run calls that resume work.
const RESUME_FIELDS: &[Field] = &[
    f("step", "params.step"),
    f("resumeData", "params.resumeData"),
    rc_field("params.requestContext"),
    f("tracingOptions", "params.tracingOptions"),
    f("perStep", "params.perStep"),
    f("forEachIndex", "params.forEachIndex"),
];
const RUN_ID: &[Query] = &[q("runId", "runId", Enc::Str)];

/// The workflows group.
pub const GROUP: Group = Group {
    name: "workflows",
    resources: &[
        Resource { class: "Workflow", fields: &["workflowId: string"], member: None, doc: "A workflow of the server." },
        Resource { class: "Run", fields: &["workflowId: string", "runId: string"], member: None, doc: "One run of a workflow." },
    ],
    routes: &[
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
    ],
};
