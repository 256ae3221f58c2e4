//! Background tasks: the client's methods over tool calls the server runs in the background.

use super::*;

/// The background tasks group.
pub const GROUP: Group = Group {
    name: "background_tasks",
    resources: &[],
    routes: &[
        route("MastraClient", "listBackgroundTasks", &["params?: ListBackgroundTasksParams"], "BackgroundTaskList")
            .get("/background-tasks")
            .query(&[
                q("agentId", "params.agentId", Enc::Str),
                q("status", "params.status", Enc::Str),
                q("runId", "params.runId", Enc::Str),
                q("threadId", "params.threadId", Enc::Str),
                q("resourceId", "params.resourceId", Enc::Str),
                q("toolName", "params.toolName", Enc::Str),
                q("toolCallId", "params.toolCallId", Enc::Str),
                q("fromDate", "params.fromDate", Enc::Iso),
                q("toDate", "params.toDate", Enc::Iso),
                q("dateFilterBy", "params.dateFilterBy", Enc::Str),
                q("orderBy", "params.orderBy", Enc::Str),
                q("orderDirection", "params.orderDirection", Enc::Str),
                q("page", "params.page", Enc::Num),
                q("perPage", "params.perPage", Enc::Num),
            ])
            .doc("Lists background tasks, filtered by agent, run, thread, tool, status or dates, a page at a time."),
        route("MastraClient", "getBackgroundTask", &["backgroundTaskId: string"], "BackgroundTask")
            .get("/background-tasks/{backgroundTaskId}")
            .doc("One background task by id."),
        route("MastraClient", "streamBackgroundTasks", &["params?: StreamBackgroundTasksParams"], "ReadableStream<BackgroundTaskEvent>")
            .get("/background-tasks/stream")
            .query(&[
                q("agentId", "params.agentId", Enc::Str),
                q("runId", "params.runId", Enc::Str),
                q("threadId", "params.threadId", Enc::Str),
                q("resourceId", "params.resourceId", Enc::Str),
                q("taskId", "params.taskId", Enc::Str),
            ])
            .events()
            .doc("Streams background task events (completed, failed) as they happen: a stream of parsed events."),
    ],
    prepares: &[],
};
