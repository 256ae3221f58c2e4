//! A2A: the `A2A` and `A2AV1` resources (an agent reached over the Agent-to-Agent protocol,
//! JSON-RPC 2.0 on `POST /a2a/{agentId}`) and the client's makers for them.
//!
//! Every JSON-RPC method is a custom method of the facade (`lib/groups/a2a.js`): it wraps the
//! parameters in an envelope with a fresh request id, and unwraps (or streams) the answer.

use super::*;

/// The JSON-RPC endpoint of an agent.
const RPC: &str = "/a2a/{agentId}";
/// The agent card of an agent.
const CARD: &str = "/.well-known/{agentId}/agent-card.json";
/// The protocol version header of A2A v1.0 calls.
const V1: &[(&str, &str)] = &[("a2a-version", "1.0")];

/// The a2a group.
pub const GROUP: Group = Group {
    name: "a2a",
    resources: &[
        Resource { class: "A2A", fields: &["agentId: string"], member: None, doc: "An agent reached over the A2A protocol (v0.3 wire format)." },
        Resource { class: "A2AV1", fields: &["agentId: string"], member: None, doc: "An agent reached over the A2A protocol v1.0 wire format." },
    ],
    routes: &[
        route("MastraClient", "getA2A", &["agentId: string"], "A2A")
            .makes("A2A", &[bind("agentId", "agentId")])
            .doc("An A2A client for an agent (no request is made)."),
        route("MastraClient", "getA2AV1", &["agentId: string"], "A2AV1")
            .makes("A2AV1", &[bind("agentId", "agentId")])
            .doc("An A2A v1.0 client for an agent (no request is made)."),
        // ---- A2A (v0.3)
        route("A2A", "getAgentCard", &["options?: GetAgentCardOptions"], "A2AAgentCard")
            .get(CARD)
            .custom("a2aAgentCard")
            .doc("The agent card; with `verifySignature`, its JWS signatures are checked first. `GET /.well-known/{agentId}/agent-card.json`"),
        route("A2A", "getCard", &["options?: GetAgentCardOptions"], "A2AAgentCard")
            .get(CARD)
            .custom("a2aAgentCard")
            .doc("Deprecated name of getAgentCard."),
        route("A2A", "getExtendedAgentCard", &[], "A2AAgentCard")
            .post(RPC)
            .custom("a2aRpc")
            .doc("The authenticated extended agent card (`agent/getAuthenticatedExtendedCard`)."),
        route("A2A", "sendMessage", &["params: A2AMessageSendParams"], "A2ASendMessageResponse")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Sends a message (`message/send`) and resolves with the JSON-RPC response envelope."),
        route("A2A", "sendMessageStream", &["params: A2AMessageSendParams"], "AsyncGenerator<A2AStreamEvent, void, undefined>")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Sends a message (`message/stream`) and yields the task's events as they arrive."),
        route("A2A", "sendStreamingMessage", &["params: A2AMessageSendParams"], "Response")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Deprecated: sends `message/stream` and resolves with the raw streaming Response."),
        route("A2A", "getTask", &["params: A2ATaskQueryParams"], "A2ATaskResponse")
            .post(RPC)
            .custom("a2aRpc")
            .doc("A task's status and result (`tasks/get`), as the JSON-RPC response envelope."),
        route("A2A", "cancelTask", &["params: A2ATaskQueryParams"], "A2ATaskResponse & A2ATask")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Cancels a task (`tasks/cancel`); resolves with the JSON-RPC response envelope (typed, as client-js types it, as the task too)."),
        route("A2A", "resubscribeTask", &["params: A2ATaskIdParams"], "AsyncGenerator<A2AStreamEvent, void, undefined>")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Resumes the event stream of a task (`tasks/resubscribe`)."),
        route("A2A", "setTaskPushNotificationConfig", &["params: A2ATaskPushNotificationConfig"], "A2ATaskPushNotificationConfig")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Sets a task's push notification config (`tasks/pushNotificationConfig/set`)."),
        route("A2A", "getTaskPushNotificationConfig", &["params: A2APushNotificationConfigParams"], "A2ATaskPushNotificationConfig")
            .post(RPC)
            .custom("a2aRpc")
            .doc("A task's push notification config (`tasks/pushNotificationConfig/get`)."),
        route("A2A", "listTaskPushNotificationConfig", &["params: A2ATaskIdParams"], "A2ATaskPushNotificationConfig[]")
            .post(RPC)
            .custom("a2aRpc")
            .doc("A task's push notification configs (`tasks/pushNotificationConfig/list`)."),
        route("A2A", "deleteTaskPushNotificationConfig", &["params: A2APushNotificationConfigParams"], "void")
            .post(RPC)
            .custom("a2aRpc")
            .doc("Deletes a task's push notification config (`tasks/pushNotificationConfig/delete`)."),
        // ---- A2AV1 (v1.0): messages in their protobuf JSON form, the version header on each call
        route("A2AV1", "createTaskPushNotificationConfig", &["params: A2AV1TaskPushNotificationConfig"], "A2AV1TaskPushNotificationConfigResult")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Creates a task's push notification config (`CreateTaskPushNotificationConfig`)."),
        route("A2AV1", "getTaskPushNotificationConfig", &["params: A2AV1TaskConfigRequest"], "A2AV1TaskPushNotificationConfigResult")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("A task's push notification config (`GetTaskPushNotificationConfig`)."),
        route("A2AV1", "listTaskPushNotificationConfigs", &["params: A2AV1ListConfigsRequest"], "A2AV1ListConfigsResponse")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("A task's push notification configs (`ListTaskPushNotificationConfigs`)."),
        route("A2AV1", "deleteTaskPushNotificationConfig", &["params: A2AV1TaskConfigRequest"], "void")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Deletes a task's push notification config (`DeleteTaskPushNotificationConfig`)."),
        route("A2AV1", "getAgentCard", &[], "A2AV1AgentCard")
            .get(CARD)
            .headers(V1)
            .custom("a2aV1AgentCard")
            .doc("The agent card, in its v1.0 form. `GET /.well-known/{agentId}/agent-card.json`"),
        route("A2AV1", "sendMessage", &["params: A2AV1SendMessageRequest"], "A2AV1SendMessageResponse")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Sends a message (`SendMessage`) and resolves with the task or message it made."),
        route("A2AV1", "sendMessageStream", &["params: A2AV1SendMessageRequest"], "AsyncGenerator<A2AV1StreamResponse, void, undefined>")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Sends a message (`SendStreamingMessage`) and yields the events as they arrive."),
        route("A2AV1", "getTask", &["params: A2AV1GetTaskRequest"], "A2AV1Task")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("A task (`GetTask`)."),
        route("A2AV1", "listTasks", &["params: A2AV1ListTasksRequest"], "A2AV1ListTasksResponse")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Lists tasks, one page at a time (`ListTasks`)."),
        route("A2AV1", "cancelTask", &["params: A2AV1CancelTaskRequest"], "A2AV1Task")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Cancels a task (`CancelTask`)."),
        route("A2AV1", "resubscribeTask", &["params: A2AV1SubscribeToTaskRequest"], "AsyncGenerator<A2AV1StreamResponse, void, undefined>")
            .post(RPC)
            .headers(V1)
            .custom("a2aV1Rpc")
            .doc("Resumes the event stream of a task (`SubscribeToTask`)."),
    ],
    prepares: &[],
};
