//! Agent controller: the `AgentController` and `AgentControllerSession` resources and the
//! client's agent controller methods.

use super::*;

/// `?sessionScope=` of a session with a scope (sent after the route's own parameters).
const SCOPE: Query = q("sessionScope", "scope", Enc::Num);
const SCOPED: &[Query] = &[SCOPE];
/// The request context field of session calls (left out when unset).
const RC_OPTION: Field = rc_field("options.requestContext");

/// The agent controller group.
pub const GROUP: Group = Group {
    name: "agent_controller",
    resources: &[
        Resource {
            class: "AgentController",
            fields: &["controllerId: string"],
            member: None,
            doc: "An agent controller hosted by the server.",
        },
        Resource {
            class: "AgentControllerSession",
            fields: &["controllerId: string", "resourceId: string", "scope?: string"],
            member: None,
            doc: "A session of an agent controller, bound to a resource id (and an optional scope).",
        },
    ],
    routes: &[
        route("MastraClient", "listAgentControllers", &[], "AgentControllerInfo[]")
            .get("/agent-controller")
            .pluck("agentControllers")
            .doc("Lists the agent controllers the server hosts."),
        route("MastraClient", "getAgentController", &["controllerId: string"], "AgentController")
            .makes("AgentController", &[bind("controllerId", "controllerId")])
            .doc("An agent controller by id (no request is made)."),
        // ---- AgentController
        route("AgentController", "listModes", &[], "AgentControllerModeInfo[]")
            .get("/agent-controller/{controllerId}/modes")
            .pluck("modes")
            .doc("The modes the controller offers (e.g. build, plan)."),
        route("AgentController", "listModels", &[], "AgentControllerAvailableModel[]")
            .get("/agent-controller/{controllerId}/models")
            .pluck("models")
            .doc("The models the controller can use, with their auth status and use counts."),
        route("AgentController", "listActiveRuns", &[], "AgentControllerActiveRun[]")
            .get("/agent-controller/{controllerId}/active-runs")
            .pluck("runs")
            .doc("The runs in flight on the controller, across all resources."),
        route("AgentController", "workspaceStatus", &[], "AgentControllerWorkspaceStatus")
            .get("/agent-controller/{controllerId}/workspace")
            .doc("The controller's workspace status."),
        route("AgentController", "session", &["resourceId: string", "scope?: string"], "AgentControllerSession")
            .makes(
                "AgentControllerSession",
                &[bind("controllerId", "controllerId"), bind("resourceId", "resourceId"), bind_opt("scope", "scope")],
            )
            .custom("acSession")
            .doc("The session bound to `resourceId` (and `scope`), without a request: sessions are get-or-create on the server."),
        // ---- AgentControllerSession
        route("AgentControllerSession", "create", &["options?: { tags?: Record<string, string>; threadId?: string }"], "CreateAgentControllerSessionResponse")
            .post("/agent-controller/{controllerId}/sessions")
            .pick(&[
                f("resourceId", "resourceId"),
                f("tags", "options.tags"),
                f("threadId", "options.threadId"),
                f("sessionScope", "scope"),
            ])
            .doc("Creates or resumes the session, optionally on threads with these tags or on one exact thread."),
        route("AgentControllerSession", "subscribe", &["options: SubscribeAgentControllerSessionOptions"], "AgentControllerSubscription")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/stream")
            .query(SCOPED)
            .response()
            .custom("acSubscribe")
            .doc("Subscribes to the session's events; resolves once the stream is open, reconnects when asked to."),
        route("AgentControllerSession", "sendMessage", &["message: AgentControllerMessageInput", "options?: AgentControllerRequestOptions"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/messages")
            .query(SCOPED)
            .prepare("acMessage")
            .pick(&[f("message", "content"), f("files", "files"), RC_OPTION])
            .discard()
            .doc("Sends a user message (text, or text with files); the reply arrives on the subscription."),
        route("AgentControllerSession", "abort", &[], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/abort")
            .query(SCOPED)
            .discard()
            .doc("Aborts the session's run in flight."),
        route("AgentControllerSession", "approveTool", &["toolCallId: string", "approved: boolean", "options?: AgentControllerRequestOptions"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/tool-approval")
            .query(SCOPED)
            .pick(&[f("toolCallId", "toolCallId"), f("approved", "approved"), RC_OPTION])
            .discard()
            .doc("Approves or declines a tool call waiting for approval."),
        route(
            "AgentControllerSession",
            "respondToToolSuspension",
            &["toolCallId: string", "resumeData: string | string[] | PlanResume", "options?: AgentControllerRequestOptions"],
            "void",
        )
        .post("/agent-controller/{controllerId}/sessions/{resourceId}/tool-suspension")
        .query(SCOPED)
        .pick(&[f("toolCallId", "toolCallId"), f("resumeData", "resumeData"), RC_OPTION])
        .discard()
        .doc("Resumes a suspended interactive tool with the user's answer."),
        route("AgentControllerSession", "steer", &["message: string", "options?: AgentControllerRequestOptions"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/steer")
            .query(SCOPED)
            .pick(&[f("message", "message"), RC_OPTION])
            .discard()
            .doc("Injects a message into the run in flight without starting a new turn."),
        route("AgentControllerSession", "state", &["options?: { threadId?: string }"], "AgentControllerSessionState")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}")
            .query(&[q("threadId", "options.threadId", Enc::Str), SCOPE])
            .doc("The session's mode, model and thread."),
        route("AgentControllerSession", "setState", &["updates: Record<string, unknown>"], "void")
            .put("/agent-controller/{controllerId}/sessions/{resourceId}/state")
            .query(SCOPED)
            .pick(&[f("state", "updates")])
            .discard()
            .doc("Merges keys into the session state (other keys are kept)."),
        route("AgentControllerSession", "switchMode", &["modeId: string"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/mode")
            .query(SCOPED)
            .pick(&[f("modeId", "modeId")])
            .discard()
            .doc("Switches the session's mode."),
        route("AgentControllerSession", "switchModel", &["modelId: string", "options?: { scope?: 'global' | 'thread'; modeId?: string }"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/model")
            .query(SCOPED)
            .pick(&[f("modelId", "modelId"), f("scope", "options.scope"), f("modeId", "options.modeId")])
            .discard()
            .doc("Switches the model (for the thread unless the scope is global)."),
        route("AgentControllerSession", "listThreads", &["options?: number | { limit?: number; tags?: Record<string, string> }"], "AgentControllerThreadInfo[]")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/threads")
            .prepare("acThreadsQuery")
            .query(&[q("limit", "limit", Enc::Num), q("tags", "tags", Enc::Json), SCOPE])
            .pluck("threads")
            .doc("The session's threads, newest first; a number is a limit."),
        route("AgentControllerSession", "switchThread", &["threadId: string"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/thread")
            .query(SCOPED)
            .pick(&[f("threadId", "threadId")])
            .discard()
            .doc("Binds the session to an existing thread."),
        route("AgentControllerSession", "createThread", &["title?: string"], "CreateAgentControllerThreadResponse")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/threads")
            .query(SCOPED)
            .pick(&[f("title", "title")])
            .doc("Creates a thread and binds the session to it."),
        route("AgentControllerSession", "deleteThread", &["threadId: string"], "void")
            .delete("/agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}")
            .query(SCOPED)
            .discard()
            .doc("Deletes a thread (the session unbinds from it if it was active)."),
        route("AgentControllerSession", "renameThread", &["threadId: string", "title: string"], "void")
            .put("/agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}")
            .query(SCOPED)
            .pick(&[f("title", "title")])
            .discard()
            .doc("Renames a thread."),
        route("AgentControllerSession", "cloneThread", &["options?: { sourceThreadId?: string; title?: string }"], "CreateAgentControllerThreadResponse")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/threads/clone")
            .query(SCOPED)
            .omit("options", &[])
            .doc("Clones a thread and its messages; the session binds to the clone."),
        route(
            "AgentControllerSession",
            "listMessages",
            &["threadId: string", "options?: number | AgentControllerListMessagesOptions"],
            "AgentControllerMessageList",
        )
        .get("/agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}/messages")
        .prepare("acMessagesQuery")
        .query(&[spread("query"), SCOPE])
        .finish("acMessages")
        .doc("A thread's messages: all of them, the last `limit`, or a page (with options)."),
        route("AgentControllerSession", "followUp", &["message: string", "options?: AgentControllerRequestOptions"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/follow-up")
            .query(SCOPED)
            .pick(&[f("message", "message"), RC_OPTION])
            .discard()
            .doc("Queues a follow-up message (sent at once when the session is idle)."),
        route("AgentControllerSession", "getOMRecord", &[], "Loose | null")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/om")
            .query(SCOPED)
            .pluck("record")
            .doc("The observational memory record of the session's thread."),
        route("AgentControllerSession", "setResourceId", &["newResourceId: string"], "void")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/resource")
            .query(SCOPED)
            .pick(&[f("newResourceId", "newResourceId")])
            .discard()
            .doc("Changes the session's resource identity."),
        route("AgentControllerSession", "getResourceIds", &[], "string[]")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/resources")
            .query(SCOPED)
            .pluck("resourceIds")
            .doc("The resource ids known to the session."),
        route("AgentControllerSession", "getGoal", &[], "AgentControllerGoalRecord | undefined")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/goal")
            .query(SCOPED)
            .pluck("goal")
            .doc("The goal of the session's thread."),
        route("AgentControllerSession", "setGoal", &["objective: string", "options?: { judgeModelId?: string; maxRuns?: number }"], "AgentControllerGoalRecord | undefined")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/goal")
            .query(SCOPED)
            .prepare("acGoalBody")
            .whole("goal")
            .pluck("goal")
            .doc("Sets a new goal objective, judged after each turn."),
        route(
            "AgentControllerSession",
            "updateGoal",
            &["options: { judgeModelId?: string; maxRuns?: number; status?: 'active' | 'paused' | 'done' }"],
            "AgentControllerGoalRecord | undefined",
        )
        .put("/agent-controller/{controllerId}/sessions/{resourceId}/goal")
        .query(SCOPED)
        .whole("options")
        .pluck("goal")
        .doc("Updates the goal's judge model, run limit or status."),
        route("AgentControllerSession", "clearGoal", &[], "void")
            .delete("/agent-controller/{controllerId}/sessions/{resourceId}/goal")
            .query(SCOPED)
            .discard()
            .doc("Clears the goal."),
        route("AgentControllerSession", "getPermissions", &[], "PermissionRules")
            .get("/agent-controller/{controllerId}/sessions/{resourceId}/permissions")
            .query(SCOPED)
            .doc("The approval rules, per tool category and per tool."),
        route("AgentControllerSession", "setPermissionForCategory", &["category: string", "policy: PermissionPolicy"], "void")
            .put("/agent-controller/{controllerId}/sessions/{resourceId}/permissions/category")
            .query(SCOPED)
            .pick(&[f("category", "category"), f("policy", "policy")])
            .discard()
            .doc("Sets the approval policy of a tool category."),
        route("AgentControllerSession", "setPermissionForTool", &["toolName: string", "policy: PermissionPolicy"], "void")
            .put("/agent-controller/{controllerId}/sessions/{resourceId}/permissions/tool")
            .query(SCOPED)
            .pick(&[f("toolName", "toolName"), f("policy", "policy")])
            .discard()
            .doc("Sets the approval policy of one tool."),
        route("AgentControllerSession", "sendNotification", &["input: SendNotificationInput"], "SendNotificationResult")
            .post("/agent-controller/{controllerId}/sessions/{resourceId}/notifications")
            .query(SCOPED)
            .whole("input")
            .doc("Sends a notification signal to the session (its delivery policy decides what happens)."),
    ],
    prepares: &[
        adds("acMessage", &["content", "files"]),
        adds("acThreadsQuery", &["limit", "tags"]),
        adds("acMessagesQuery", &["legacy", "query"]),
        adds("acGoalBody", &["goal"]),
    ],
};
