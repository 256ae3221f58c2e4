//! Memory: the `MemoryThread` resource and the client's memory methods.

use super::*;

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

const THREAD_AGENT_REQUIRED: &str =
    "requires an agentId. Pass it via getMemoryThread({ threadId, agentId }) or as a parameter to";

/// The memory group.
pub const GROUP: Group = Group {
    name: "memory",
    resources: &[Resource {
        class: "MemoryThread",
        fields: &["threadId: string", "agentId?: string"],
        member: None,
        doc: "A memory thread.",
    }],
    routes: &[
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
            .patch("/memory/threads/{threadId}")
            .query(&[
                must("agentId", "params.agentId|agentId", THREAD_AGENT_REQUIRED),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .omit("params", &["agentId", "requestContext"])
            .doc("Updates the thread's title, metadata or resource."),
        route("MemoryThread", "delete", &["opts?: { agentId?: string; requestContext?: RequestContextInput }"], "{ result: string }")
            .delete("/memory/threads/{threadId}")
            .query(&[
                must("agentId", "opts.agentId|agentId", THREAD_AGENT_REQUIRED),
                q("requestContext", "opts.requestContext", Enc::Rc),
            ])
            .doc("Deletes the thread."),
        route("MemoryThread", "listMessages", &["params?: ListMemoryMessagesParams"], "MemoryMessagesPage")
            .get("/memory/threads/{threadId}/messages")
            .query(message_query!("params", "params.agentId|agentId"))
            .doc("Lists the thread's messages."),
    ],
};
