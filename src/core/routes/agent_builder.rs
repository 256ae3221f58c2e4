//! Agent builder: the `AgentBuilder` resource (an agent-builder action, run as a workflow)
//! and the client's agent-builder methods.

use super::*;

/// `?runId=` from the argument named `runId`, always sent (`undefined` included).
const RUN_ID_ARG: &[Query] = &[q("runId", "runId", Enc::Raw)];
/// `?runId=` from `params.runId`, always sent.
const RUN_ID_PARAM: &[Query] = &[q("runId", "params.runId", Enc::Raw)];

/// The agent builder group.
pub const GROUP: Group = Group {
    name: "agent_builder",
    resources: &[Resource {
        class: "AgentBuilder",
        fields: &["actionId: string"],
        member: None,
        doc: "An agent-builder action of the server, run as a workflow.",
    }],
    routes: &[
        route("MastraClient", "getAgentBuilderActions", &[], "GetAgentBuilderActionsResponse")
            .get("/agent-builder")
            .doc("Lists the server's agent-builder actions, keyed by id."),
        route("MastraClient", "getAgentBuilderAction", &["actionId: string"], "AgentBuilder")
            .makes("AgentBuilder", &[bind("actionId", "actionId")])
            .doc("An agent-builder action by id (no request is made)."),
        route("AgentBuilder", "transformWorkflowResult", &["result: AgentBuilderWorkflowResult"], "AgentBuilderActionResult")
            .custom("agentBuilderTransform")
            .doc("The action result a workflow result stands for: success, applied changes, message, errors."),
        route("AgentBuilder", "details", &[], "AgentBuilderActionDetails")
            .get("/agent-builder/{actionId}")
            .doc("The action's details: steps and schemas."),
        route("AgentBuilder", "runs", &["params?: ListWorkflowRunsParams"], "WorkflowRunsPage")
            .get("/agent-builder/{actionId}/runs")
            .prepare("agentBuilderRunsQuery")
            .query(&[spread("runsQuery")])
            .doc("Lists the action's runs: dates, paging and resource filters."),
        route("AgentBuilder", "runById", &["runId: string", "options?: { fields?: string[]; withNestedWorkflows?: boolean }"], "AgentBuilderRunState")
            .get("/agent-builder/{actionId}/runs/{runId}")
            .prepare("workflowRunByIdQuery")
            .query(&[spread("runQuery")])
            .doc("One run of the action, or only the listed `fields`."),
        route("AgentBuilder", "createRun", &["params?: { runId?: string }"], "{ runId: string }")
            .post("/agent-builder/{actionId}/create-run")
            .query(&[q("runId", "params.runId", Enc::Str)])
            .doc("Creates a run of the action and resolves with its id."),
        route("AgentBuilder", "startAsync", &["params: AgentBuilderActionRequest", "runId?: string"], "AgentBuilderActionResult")
            .post("/agent-builder/{actionId}/start-async")
            .prepare("agentBuilderBody")
            .query(&[q("runId", "runId", Enc::Str)])
            .whole("body")
            .finish("agentBuilderResult")
            .doc("Runs the action and resolves with its result."),
        route("AgentBuilder", "startActionRun", &["params: AgentBuilderActionRequest", "runId: string"], "{ message: string }")
            .post("/agent-builder/{actionId}/start")
            .prepare("agentBuilderBody")
            .query(RUN_ID_ARG)
            .whole("body")
            .doc("Starts a created run of the action without waiting for it to finish."),
        route("AgentBuilder", "resume", &["params: AgentBuilderResumeRequest", "runId: string"], "{ message: string }")
            .post("/agent-builder/{actionId}/resume")
            .prepare("agentBuilderBody")
            .query(RUN_ID_ARG)
            .whole("body")
            .doc("Resumes a suspended step of a run without waiting for it to finish."),
        route("AgentBuilder", "resumeAsync", &["params: AgentBuilderResumeRequest", "runId: string"], "AgentBuilderActionResult")
            .post("/agent-builder/{actionId}/resume-async")
            .prepare("agentBuilderBody")
            .query(RUN_ID_ARG)
            .whole("body")
            .finish("agentBuilderResult")
            .doc("Resumes a suspended step of a run and resolves with the action's result."),
        route("AgentBuilder", "stream", &["params: AgentBuilderActionRequest", "runId: string"], "ReadableStream<WorkflowStreamChunk>")
            .post("/agent-builder/{actionId}/stream")
            .prepare("agentBuilderStreamBody")
            .query(RUN_ID_ARG)
            .whole("body")
            .records()
            .doc("Runs the action in a created run and streams its events."),
        route("AgentBuilder", "observeStream", &["params: { runId: string }"], "ReadableStream<WorkflowStreamChunk>")
            .post("/agent-builder/{actionId}/observe")
            .query(RUN_ID_PARAM)
            .records()
            .doc("Streams a run's events again: what happened so far, then live."),
        route("AgentBuilder", "observeStreamLegacy", &["params: { runId: string }"], "ReadableStream<WorkflowStreamChunk>")
            .post("/agent-builder/{actionId}/observe-stream-legacy")
            .query(RUN_ID_PARAM)
            .records()
            .doc("Streams a run's events again through the older streaming route."),
        route("AgentBuilder", "resumeStream", &["params: AgentBuilderResumeRequest & { runId: string }"], "ReadableStream<WorkflowStreamChunk>")
            .post("/agent-builder/{actionId}/resume-stream")
            .prepare("agentBuilderBody")
            .query(RUN_ID_PARAM)
            .whole("body")
            .records()
            .doc("Resumes a suspended step of a run and streams its events."),
        route("AgentBuilder", "cancelRun", &["runId: string"], "{ message: string }")
            .post("/agent-builder/{actionId}/runs/{runId}/cancel")
            .doc("Cancels a run of the action."),
    ],
    prepares: &[
        adds("agentBuilderStreamBody", &["body"]),
        adds("workflowRunByIdQuery", &["runQuery"]),
        adds("agentBuilderBody", &["body"]),
        adds("agentBuilderRunsQuery", &["runsQuery"]),
    ],
};
