//! Agents: the `Agent` and `AgentVoice` resources and the client's agent methods.

use super::*;

/// `?requestContext=` and the agent's version selector (`versionId` or `status`).
const RC_VERSION: &[Query] = &[q("requestContext", "requestContext", Enc::Rc), params("version", &[])];
/// Stored-agent version calls: only `?requestContext=`.
const VERSION_ID: &str = "/stored/agents/{agentId}/versions/{versionId}";
/// The signature of the agent's stream calls.
const STREAM_PARAMS: &[&str] = &["messages: MessageInput", "options?: AgentStreamOptions"];
/// The signature of the resume calls.
const RESUME_PARAMS: &[&str] = &["resumeData: unknown", "options: AgentResumeOptions"];

/// The agents group.
pub const GROUP: Group = Group {
    name: "agents",
    resources: &[
        Resource {
            class: "Agent",
            fields: &["agentId: string", "version?: AgentVersionIdentifier", "routeOverrides?: AgentRouteOverrides"],
            member: None,
            doc: "An agent of the server.",
        },
        Resource {
            class: "AgentVoice",
            fields: &["agentId: string", "version?: AgentVersionIdentifier"],
            member: Some(Member { of: "Agent", field: "voice" }),
            doc: "The voice of an agent: speech to text and text to speech.",
        },
    ],
    routes: &[
        route("MastraClient", "listAgents", &["requestContext?: RequestContextInput", "partial?: boolean"], "Record<string, GetAgentResponse>")
            .get("/agents")
            .query(&[q("requestContext", "requestContext", Enc::Rc), q("partial", "partial", Enc::Flag)])
            .doc("Lists the server's agents, keyed by id."),
        route("MastraClient", "listAgentsModelProviders", &[], "ListAgentsModelProvidersResponse")
            .get("/agents/providers")
            .doc("The model providers the server knows, and whether each is configured."),
        route("MastraClient", "getAgent", &["agentId: string", "version?: AgentVersionIdentifier", "routeOverrides?: AgentRouteOverrides"], "Agent")
            .makes("Agent", &[bind("agentId", "agentId"), bind_opt("version", "version"), bind_opt("routeOverrides", "routeOverrides")])
            .doc("An agent by id, optionally at a stored version (no request is made)."),
        // ---- details and tools
        route("Agent", "details", &["requestContext?: RequestContextInput"], "GetAgentResponse")
            .get("/agents/{agentId}")
            .query(RC_VERSION)
            .doc("The agent's details: name, instructions, tools, model."),
        route("Agent", "readPlan", &["path: string", "requestContext?: RequestContextInput"], "GetAgentPlanResponse")
            .get("/agents/{agentId}/plans/file")
            .query(&[q("path", "path", Enc::Raw), q("requestContext", "requestContext", Enc::Rc), params("version", &[])])
            .doc("A markdown plan the agent submitted (under `.mastracode/plans/`)."),
        route("Agent", "getTool", &["toolId: string", "requestContext?: RequestContextInput"], "AgentToolDetails")
            .get("/agents/{agentId}/tools/{toolId}")
            .query(RC_VERSION)
            .doc("One of the agent's tools: description and schemas."),
        route("Agent", "executeTool", &["toolId: string", "params: AgentExecuteToolParams"], "unknown")
            .post("/agents/{agentId}/tools/{toolId}/execute")
            .pick(&[f("data", "params.data"), rc_field("params.requestContext")])
            .doc("Runs one of the agent's tools with `data` and resolves with its result."),
        route("Agent", "enhanceInstructions", &["instructions: string", "comment: string"], "AgentEnhancedInstructions")
            .post("/agents/{agentId}/instructions/enhance")
            .pick(&[f("instructions", "instructions"), f("comment", "comment")])
            .doc("Asks the server's model to improve the instructions following `comment`."),
        route("Agent", "browserSession", &["threadId?: string"], "GetAgentBrowserSessionResponse")
            .get("/agents/{agentId}/browser/session")
            .query(&[q("threadId", "threadId", Enc::Str)])
            .doc("Whether the agent has a browser session and whether a screencast is available."),
        route("Agent", "closeBrowser", &["threadId?: string"], "{ success: boolean }")
            .post("/agents/{agentId}/browser/close")
            .pick(&[f("threadId", "threadId")])
            .doc("Closes the agent's browser session (of one thread when `threadId` is given)."),
        route("Agent", "clone", &["params?: CloneAgentParams"], "StoredAgentResponse")
            .post("/agents/{agentId}/clone")
            .prepare("agentWithContext")
            .whole("body")
            .doc("Copies the agent into a new stored agent and resolves with it."),
        // ---- model
        route("Agent", "updateModel", &["params: UpdateModelParams"], "{ message: string }")
            .post("/agents/{agentId}/model")
            .whole("params")
            .doc("Replaces the agent's model."),
        route("Agent", "resetModel", &[], "{ message: string }")
            .post("/agents/{agentId}/model/reset")
            .pick(&[])
            .doc("Puts the agent's original model back."),
        route("Agent", "updateModelInModelList", &["params: UpdateModelInModelListParams"], "{ message: string }")
            .post("/agents/{agentId}/models/{params.modelConfigId}")
            .omit("params", &["modelConfigId"])
            .doc("Changes one entry of the agent's model list."),
        route("Agent", "reorderModelList", &["params: ReorderModelListParams"], "{ message: string }")
            .post("/agents/{agentId}/models/reorder")
            .whole("params")
            .doc("Reorders the agent's model list."),
        // ---- versions (the agent's stored overrides)
        route("Agent", "listVersions", &["params?: ListAgentVersionsParams", "requestContext?: RequestContextInput"], "ListAgentVersionsResponse")
            .get("/stored/agents/{agentId}/versions")
            .query(&[
                q("page", "params.page", Enc::Num),
                q("perPage", "params.perPage", Enc::Num),
                q("orderBy[field]", "params.orderBy.field", Enc::Str),
                q("orderBy[direction]", "params.orderBy.direction", Enc::Str),
                q("requestContext", "requestContext", Enc::Rc),
            ])
            .doc("A page of the agent's versions."),
        route("Agent", "createVersion", &["params?: CreateCodeAgentVersionParams", "requestContext?: RequestContextInput"], "AgentVersionResponse")
            .post("/stored/agents/{agentId}/versions")
            .query(RC)
            .prepare("agentBodyOrEmpty")
            .whole("body")
            .doc("Saves a new version of the agent's overrides."),
        route("Agent", "getVersion", &["versionId: string", "requestContext?: RequestContextInput"], "AgentVersionResponse")
            .get(VERSION_ID)
            .query(RC)
            .doc("One version of the agent's overrides."),
        route("Agent", "activateVersion", &["versionId: string", "requestContext?: RequestContextInput"], "ActivateAgentVersionResponse")
            .post("/stored/agents/{agentId}/versions/{versionId}/activate")
            .query(RC)
            .doc("Makes a version the agent's active one."),
        route("Agent", "restoreVersion", &["versionId: string", "requestContext?: RequestContextInput"], "RestoreAgentVersionResponse")
            .post("/stored/agents/{agentId}/versions/{versionId}/restore")
            .query(RC)
            .doc("Saves a copy of an older version as the newest one."),
        route("Agent", "deleteVersion", &["versionId: string", "requestContext?: RequestContextInput"], "DeleteAgentVersionResponse")
            .delete(VERSION_ID)
            .query(RC)
            .doc("Deletes one version."),
        route("Agent", "compareVersions", &["fromId: string", "toId: string", "requestContext?: RequestContextInput"], "CompareVersionsResponse")
            .get("/stored/agents/{agentId}/versions/compare")
            .query(&[q("from", "fromId", Enc::Raw), q("to", "toId", Enc::Raw), q("requestContext", "requestContext", Enc::Rc)])
            .doc("The differences between two versions."),
        // ---- generate and stream
        route("Agent", "generate", &["messages: MessageInput", "options?: AgentCallOptions"], "FullOutput<undefined>")
            .post("/agents/{agentId}/generate")
            .prepare("agentCall")
            .whole("call")
            .signal("options.abortSignal")
            .finish("clientTools")
            .doc("Runs the agent and resolves with its full answer."),
        route("Agent", "stream", STREAM_PARAMS, "AgentStreamResponse")
            .post("/agents/{agentId}/stream")
            .prepare("agentCall")
            .whole("call")
            .signal("options.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Runs the agent and streams its chunks; read them with processDataStream({ onChunk }). Client tools with `execute` run here, and the stream goes on with the follow-up rounds."),
        route("Agent", "streamUntilIdle", STREAM_PARAMS, "AgentStreamResponse")
            .post("/agents/{agentId}/stream-until-idle")
            .prepare("agentCall")
            .whole("call")
            .signal("options.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Runs the agent and streams its chunks until the thread is idle (signals included); client tools run here, as in `stream`."),
        route("Agent", "resumeStream", RESUME_PARAMS, "AgentStreamResponse")
            .post("/agents/{agentId}/resume-stream")
            .prepare("agentResumeCall")
            .whole("call")
            .signal("options.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Resumes a suspended run with `resumeData` and streams its chunks."),
        route("Agent", "resumeStreamUntilIdle", RESUME_PARAMS, "AgentStreamResponse")
            .post("/agents/{agentId}/resume-stream-until-idle")
            .prepare("agentResumeCall")
            .whole("call")
            .signal("options.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Resumes a suspended run and streams its chunks until the thread is idle."),
        route("Agent", "observe", &["params: AgentObserveParams"], "AgentStreamResponse")
            .post("/agents/{agentId}/observe")
            .whole("params")
            .sse_as_received()
            .doc("Streams the chunks of a running run again, from `offset` on."),
        route("Agent", "recover", &["params: AgentRecoverParams"], "AgentStreamResponse")
            .post("/agents/{agentId}/recover")
            .pick(&[f("runId", "params.runId"), rc_field("params.requestContext"), f("versions", "params.versions")])
            .sse_as_received()
            .doc("Drives an orphaned durable-agent run to its end and streams its chunks."),
        route("Agent", "processStreamResponse", &["processedParams: any", "controller: ReadableStreamDefaultController<Uint8Array>", "route?: string", "signal?: AbortSignal"], "Response")
            .post("/agents/{agentId}/stream")
            .custom("agentProcessStreamResponse")
            .doc("Posts ready call options to the agent route `route` and writes the event stream into `controller`."),
        // ---- tool approval
        route("Agent", "approveToolCall", &["params: AgentToolCallDecision"], "AgentStreamResponse")
            .post("/agents/{agentId}/approve-tool-call")
            .prepare("agentWithContext")
            .whole("body")
            .signal("params.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Approves a suspended tool call and streams the rest of the run."),
        route("Agent", "declineToolCall", &["params: AgentToolCallDecision"], "AgentStreamResponse")
            .post("/agents/{agentId}/decline-tool-call")
            .prepare("agentWithContext")
            .whole("body")
            .signal("params.abortSignal")
            .sse()
            .custom("agentToolStream")
            .doc("Declines a suspended tool call and streams the rest of the run."),
        route("Agent", "approveToolCallGenerate", &["params: AgentToolCallDecision"], "FullOutput<undefined>")
            .post("/agents/{agentId}/approve-tool-call-generate")
            .prepare("agentWithContext")
            .whole("body")
            .doc("Approves a suspended tool call and resolves with the full answer."),
        route("Agent", "declineToolCallGenerate", &["params: AgentToolCallDecision"], "FullOutput<undefined>")
            .post("/agents/{agentId}/decline-tool-call-generate")
            .prepare("agentWithContext")
            .whole("body")
            .doc("Declines a suspended tool call and resolves with the full answer."),
        route("Agent", "sendToolApproval", &["params: AgentSendToolApprovalParams"], "AgentSendToolApprovalResponse")
            .post("/agents/{agentId}/send-tool-approval")
            .prepare("agentWithContext")
            .whole("body")
            .doc("Answers a tool approval of a thread's run without waiting for the run."),
        route("Agent", "listSuspendedRuns", &["params?: ListAgentSuspendedRunsParams", "requestContext?: RequestContextInput"], "ListAgentSuspendedRunsResponse")
            .get("/agents/{agentId}/suspended-runs")
            .query(&[
                q("requestContext", "requestContext", Enc::Rc),
                q("threadId", "params.threadId", Enc::Str),
                q("resourceId", "params.resourceId", Enc::Str),
                q("fromDate", "params.fromDate", Enc::Iso),
                q("toDate", "params.toDate", Enc::Iso),
                q("perPage", "params.perPage", Enc::Num),
                q("page", "params.page", Enc::Num),
            ])
            .doc("The agent's runs waiting for a tool approval or a resume, from storage."),
        // ---- network
        route("Agent", "network", &["messages: MessageInput", "params: AgentNetworkOptions"], "AgentNetworkStreamResponse")
            .post("/agents/{agentId}/network")
            .prepare("agentNetworkCall")
            .whole("call")
            .sse_as_received()
            .doc("Runs the agent as a router over its agents, workflows and tools, streaming its chunks."),
        route("Agent", "approveNetworkToolCall", &["params: AgentNetworkToolCallDecision"], "AgentNetworkStreamResponse")
            .post("/agents/{agentId}/approve-network-tool-call")
            .prepare("agentWithContext")
            .whole("body")
            .sse_as_received()
            .doc("Approves a suspended tool call of a network run and streams the rest of it."),
        route("Agent", "declineNetworkToolCall", &["params: AgentNetworkToolCallDecision"], "AgentNetworkStreamResponse")
            .post("/agents/{agentId}/decline-network-tool-call")
            .prepare("agentWithContext")
            .whole("body")
            .sse_as_received()
            .doc("Declines a suspended tool call of a network run and streams the rest of it."),
        // ---- messages, signals and threads
        route("Agent", "sendMessage", &["params: AgentSignalParams"], "AgentSignalResult")
            .post("/agents/{agentId}/send-message")
            .custom("agentSignalRoute")
            .doc("Sends a message to a thread: delivered to its active run, or starting one when idle."),
        route("Agent", "queueMessage", &["params: AgentSignalParams"], "AgentSignalResult")
            .post("/agents/{agentId}/queue-message")
            .custom("agentSignalRoute")
            .doc("Queues a message for a thread's next turn."),
        route("Agent", "sendSignal", &["params: AgentSignalParams"], "AgentSignalResult")
            .post("/agents/{agentId}/signals")
            .custom("agentSignalRoute")
            .doc("Sends a signal to a thread's run (or wakes the thread when idle)."),
        route("Agent", "subscribeToThread", &["params: SubscribeAgentThreadParams"], "AgentThreadSubscription")
            .post("/agents/{agentId}/threads/subscribe")
            .custom("agentSubscribeToThread")
            .doc("Streams every run of a thread; client tools run here and their results go back to the server."),
        route("Agent", "abortThread", &["params: AbortAgentThreadParams"], "{ aborted: boolean }")
            .post("/agents/{agentId}/threads/abort")
            .pick(&[f("resourceId", "params.resourceId"), f("threadId", "params.threadId"), f("expectedRunId", "params.expectedRunId")])
            .doc("Aborts the active run of a thread."),
        // ---- legacy
        route("Agent", "generateLegacy", &["params: AgentLegacyParams"], "GenerateLegacyResult")
            .post("/agents/{agentId}/generate-legacy")
            .prepare("agentLegacyCall")
            .whole("call")
            .signal("params.abortSignal")
            .finish("agentLegacyClientTools")
            .doc("Runs the agent through the legacy (AI SDK v4) path and resolves with its answer."),
        route("Agent", "streamLegacy", &["params: AgentLegacyParams"], "AgentLegacyStreamResponse")
            .post("/agents/{agentId}/stream-legacy")
            .prepare("agentLegacyCall")
            .whole("call")
            .signal("params.abortSignal")
            .response()
            .custom("agentStreamLegacy")
            .doc("Streams the agent through the legacy path (AI SDK data stream); read it with processDataStream. Client tools with `execute` run here, and the stream goes on with the follow-up rounds."),
        // ---- voice
        route("AgentVoice", "speak", &["text: string", "options?: AgentSpeakOptions"], "Response")
            .post("/agents/{agentId}/voice/speak")
            .headers(&[("content-type", "application/json")])
            .pick(&[f("text", "text"), f("options", "options")])
            .response()
            .doc("Speaks `text` with the agent's voice; the `Response` body is the audio."),
        route("AgentVoice", "listen", &["audio: Blob", "options?: Record<string, any>"], "AgentListenResponse")
            .post("/agents/{agentId}/voice/listen")
            .prepare("agentVoiceForm")
            .form("form")
            .doc("Transcribes `audio` with the agent's voice (sent as multipart form data)."),
        route("AgentVoice", "getSpeakers", &["requestContext?: RequestContextInput"], "AgentSpeaker[]")
            .get("/agents/{agentId}/voice/speakers")
            .query(RC_VERSION)
            .doc("The speakers (voices) the agent's voice provider offers."),
        route("AgentVoice", "getListener", &["requestContext?: RequestContextInput"], "{ enabled: boolean }")
            .get("/agents/{agentId}/voice/listener")
            .query(RC_VERSION)
            .doc("Whether the agent's voice provider can listen."),
    ],
    prepares: &[
        adds("agentCall", &["params", "clientTools", "call", "processed"]),
        adds("agentResumeCall", &["call", "processed"]),
        adds("agentNetworkCall", &["call"]),
        adds("agentLegacyCall", &["call"]),
        adds("agentWithContext", &["body", "processed"]),
        adds("agentBodyOrEmpty", &["body"]),
        adds("agentVoiceForm", &["form"]),
    ],
};
