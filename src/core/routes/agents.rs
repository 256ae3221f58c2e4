//! Agents: the `Agent` resource and the client's agent methods.

use super::*;

/// The agents group.
pub const GROUP: Group = Group {
    name: "agents",
    resources: &[Resource { class: "Agent", fields: &["agentId: string"], member: None, doc: "An agent of the server." }],
    routes: &[
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
    ],
};
