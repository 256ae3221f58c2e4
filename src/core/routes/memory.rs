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
            .prepare("memoryOptionalParams")
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
        route("MastraClient", "getMemoryConfig", &["params: GetMemoryConfigParams"], "MemoryConfigResponse")
            .get("/memory/config")
            .prepare("memoryParams")
            .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
            .doc("The memory configuration of an agent."),
        route("MastraClient", "createMemoryThread", &["params: CreateMemoryThreadParams"], "StorageThread")
            .post("/memory/threads")
            .prepare("memoryParams")
            .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
            .whole("params")
            .doc("Creates a memory thread."),
        route("MastraClient", "getMemoryThread", &["params: { threadId: string; agentId?: string }"], "MemoryThread")
            .makes("MemoryThread", &[bind("threadId", "params.threadId"), bind_opt("agentId", "params.agentId")])
            .doc("A memory thread by id (no request is made)."),
        route("MastraClient", "listThreadMessages", &["threadId: string", "opts?: ListMemoryMessagesParams"], "MemoryMessagesPage")
            .get("/memory/threads/{threadId}/messages")
            .prepare("memoryOptionalSecond")
            .query(message_query!("opts", "opts.agentId"))
            .doc("Lists the messages of a thread."),
        route("MastraClient", "listThreadMessages", &["threadId: string", "opts?: ListMemoryMessagesParams"], "MemoryMessagesPage")
            .get("/memory/network/threads/{threadId}/messages")
            .query(message_query!("opts", "opts.agentId", q("networkId", "opts.networkId", Enc::Str)))
            .when("opts.networkId")
            .doc("Lists the messages of an agent network's thread (when `networkId` is given)."),
        route("MastraClient", "deleteThread", &["threadId: string", "opts: DeleteThreadOptions"], "{ result: string }")
            .delete("/memory/threads/{threadId}")
            .prepare("memoryDeleteThreadTarget")
            .query(&[q("agentId", "opts.agentId", Enc::Raw), q("requestContext", "opts.requestContext", Enc::Rc)])
            .doc("Deletes a thread of an agent's memory (exactly one of `agentId` and `networkId` is required)."),
        route("MastraClient", "deleteThread", &["threadId: string", "opts: DeleteThreadOptions"], "{ result: string }")
            .delete("/memory/network/threads/{threadId}")
            .prepare("memoryDeleteThreadTarget")
            .query(&[q("networkId", "opts.networkId", Enc::Raw), q("requestContext", "opts.requestContext", Enc::Rc)])
            .when("opts.networkId")
            .doc("Deletes a thread of an agent network's memory (when `networkId` is given)."),
        route("MastraClient", "saveMessageToMemory", &["params: SaveMessagesParams"], "SaveMessageToMemoryResponse")
            .post("/memory/save-messages")
            .prepare("memoryParams")
            .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
            .whole("params")
            .doc("Saves messages to an agent's memory."),
        route(
            "MastraClient",
            "getMemoryStatus",
            &["agentId: string", "requestContext?: RequestContextInput", "opts?: { resourceId?: string; threadId?: string }"],
            "MemoryStatus",
        )
        .get("/memory/status")
        .query(&[
            q("agentId", "agentId", Enc::Raw),
            q("resourceId", "opts.resourceId", Enc::Str),
            q("threadId", "opts.threadId", Enc::Str),
            q("requestContext", "requestContext", Enc::Rc),
        ])
        .doc("Whether an agent has memory, and the state of its observational memory."),
        route("MastraClient", "getObservationalMemory", &["params: GetObservationalMemoryParams"], "ObservationalMemoryResponse")
            .get("/memory/observational-memory")
            .prepare("memoryObservationalRange")
            .query(&[
                q("agentId", "params.agentId", Enc::Raw),
                q("resourceId", "params.resourceId", Enc::Str),
                q("threadId", "params.threadId", Enc::Str),
                q("from", "range.from", Enc::Str),
                q("to", "range.to", Enc::Str),
                q("offset", "params.offset", Enc::Num),
                q("limit", "params.limit", Enc::Num),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .doc("The observational memory record of a resource or thread, with its history."),
        route("MastraClient", "awaitBufferStatus", &["params: AwaitBufferStatusParams"], "AwaitBufferStatusResponse")
            .post("/memory/observational-memory/buffer-status")
            .prepare("memoryParams")
            .query(&[q("requestContext", "params.requestContext", Enc::Rc)])
            .pick(&[f("agentId", "params.agentId"), f("resourceId", "params.resourceId"), f("threadId", "params.threadId")])
            .doc("Waits until observational memory buffering in flight is done, then resolves with the record."),
        route("MastraClient", "getWorkingMemory", &["params: WorkingMemoryParams"], "WorkingMemory")
            .get("/memory/threads/{params.threadId}/working-memory")
            .prepare("memoryParams")
            .query(&[
                q("agentId", "params.agentId", Enc::Raw),
                q("resourceId", "params.resourceId", Enc::Raw),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .doc("Reads the working memory of a thread (or its resource)."),
        route("MastraClient", "searchMemory", &["params: SearchMemoryParams"], "MemorySearchResponse")
            .get("/memory/search")
            .prepare("memoryParams")
            .query(&[
                q("searchQuery", "params.searchQuery", Enc::Raw),
                q("resourceId", "params.resourceId", Enc::Raw),
                q("agentId", "params.agentId", Enc::Raw),
                q("threadId", "params.threadId", Enc::Str),
                q("memoryConfig", "params.memoryConfig", Enc::Json),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .doc("Searches an agent's memory of a resource (or one thread) for messages like a query."),
        route("MastraClient", "updateWorkingMemory", &["params: UpdateWorkingMemoryParams"], "{ success: boolean }")
            .post("/memory/threads/{params.threadId}/working-memory")
            .prepare("memoryParams")
            .query(&[q("agentId", "params.agentId", Enc::Raw), q("requestContext", "params.requestContext", Enc::Rc)])
            .pick(&[f("workingMemory", "params.workingMemory"), f("resourceId", "params.resourceId")])
            .doc("Replaces the working memory of a thread (or its resource)."),
        route("MemoryThread", "get", &["requestContext?: RequestContextInput"], "MemoryThreadRecord")
            .get("/memory/threads/{threadId}")
            .query(&[q("agentId", "agentId", Enc::Str), q("requestContext", "requestContext", Enc::Rc)])
            .doc("The thread."),
        route("MemoryThread", "update", &["params: UpdateMemoryThreadParams"], "MemoryThreadRecord")
            .patch("/memory/threads/{threadId}")
            .prepare("memoryParams")
            .query(&[
                must("agentId", "params.agentId|agentId", THREAD_AGENT_REQUIRED),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .omit("params", &["agentId", "requestContext"])
            .doc("Updates the thread's title, metadata or resource."),
        route("MemoryThread", "delete", &["opts?: { agentId?: string; requestContext?: RequestContextInput }"], "{ result: string }")
            .delete("/memory/threads/{threadId}")
            .prepare("memoryOptionalParams")
            .query(&[
                must("agentId", "opts.agentId|agentId", THREAD_AGENT_REQUIRED),
                q("requestContext", "opts.requestContext", Enc::Rc),
            ])
            .doc("Deletes the thread."),
        route("MemoryThread", "listMessages", &["params?: ListMemoryMessagesParams"], "MemoryMessagesPage")
            .get("/memory/threads/{threadId}/messages")
            .prepare("memoryOptionalParams")
            .query(message_query!("params", "params.agentId|agentId"))
            .doc("Lists the thread's messages."),
        route(
            "MemoryThread",
            "deleteMessages",
            &["messageIds: MessageIdsInput", "opts?: { agentId?: string; requestContext?: RequestContextInput } | RequestContextInput"],
            "{ success: boolean; message: string }",
        )
        .post("/memory/messages/delete")
        .prepare("memoryWriteOpts")
        .query(&[must("agentId", "write.agentId|agentId", THREAD_AGENT_REQUIRED), q("requestContext", "write.requestContext", Enc::Rc)])
        .pick(&[f("messageIds", "messageIds")])
        .doc("Deletes messages of the thread, given by id or as message objects."),
        route("MemoryThread", "clone", &["params?: CloneMemoryThreadParams"], "CloneMemoryThreadResponse")
            .post("/memory/threads/{threadId}/clone")
            .prepare("memoryOptionalParams")
            .query(&[
                must("agentId", "params.agentId|agentId", THREAD_AGENT_REQUIRED),
                q("requestContext", "params.requestContext", Enc::Rc),
            ])
            .omit("params", &["agentId", "requestContext"])
            .doc("Copies the thread and its messages (all, or a filtered part) to a new thread."),
        route("MemoryThread", "transfer", &["params: TransferMemoryThreadParams"], "MemoryThreadRecord")
            .post("/memory/threads/{threadId}/transfer")
            .prepare("memoryParams")
            .query(&[q("agentId", "params.agentId|agentId", Enc::Str), q("requestContext", "params.requestContext", Enc::Rc)])
            .omit("params", &["agentId", "requestContext"])
            .doc("Moves the thread and its messages to another resource."),
    ],
    prepares: &[
        adds("memoryObservationalRange", &["range"]),
        adds("memoryWriteOpts", &["write"]),
    ],
};
