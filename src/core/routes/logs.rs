//! Logs: the client's log methods.

use super::*;

/// The log filters client-js sends, from `params`.
macro_rules! log_query {
    ($($first:expr,)*) => {
        &[
            $($first,)*
            q("transportId", "params.transportId", Enc::Str),
            q("fromDate", "params.fromDate", Enc::Iso),
            q("toDate", "params.toDate", Enc::Iso),
            q("logLevel", "params.logLevel", Enc::Str),
            q("page", "params.page", Enc::Num),
            q("perPage", "params.perPage", Enc::Num),
            q("filters", "params.filters", Enc::Pairs),
        ]
    };
}

/// The logs group.
pub const GROUP: Group = Group {
    name: "logs",
    resources: &[],
    routes: &[
        route("MastraClient", "listLogs", &["params: GetLogsParams"], "GetLogsResponse")
            .get("/logs")
            .prepare("logsParams")
            .query(log_query!())
            .doc("Lists log records of a transport."),
        route("MastraClient", "getLogForRun", &["params: GetLogParams"], "GetLogsResponse")
            .get("/logs/{params.runId}")
            .prepare("logsParams")
            .query(log_query!(q("runId", "params.runId", Enc::Str),))
            .doc("Lists the log records of one run."),
        route("MastraClient", "listLogTransports", &[], "{ transports: string[] }")
            .get("/logs/transports")
            .doc("Names of the server's log transports."),
        route("MastraClient", "listLogsVNext", &["params?: ListObservabilityLogsArgs"], "ObservabilityLogsPage")
            .delegate("observability.listLogs")
            .doc("Lists log records of the observability store, filtered, ordered and one page at a time."),
    ],
    prepares: &[],
};
