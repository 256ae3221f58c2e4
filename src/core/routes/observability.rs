//! Observability: the `Observability` resource (`client.observability`) with traces, spans,
//! branches, trace queries, logs, scores, feedback, metrics and discovery, and the client's
//! methods that forward to it.

use super::*;

/// A list query: the keys of `params`, with its `filters`, `pagination` and `orderBy` objects
/// written at the top level.
const LIST_QUERY: &[Query] = &[params("params", &["filters", "pagination", "orderBy"])];

/// The keys of `params` as the query.
const PARAMS_QUERY: &[Query] = &[params("params", &[])];

/// `Observability.method(params)`: a POST of `params` as the JSON body to `path`.
const fn post_params(method: &'static str, args: &'static [&'static str], returns: &'static str, path: &'static str, doc: &'static str) -> Route {
    route("Observability", method, args, returns).post(path).whole("params").doc(doc)
}

/// `Observability.method(params?)`: a GET of `path` with `params` as the list query.
const fn list(method: &'static str, args: &'static [&'static str], returns: &'static str, path: &'static str, doc: &'static str) -> Route {
    route("Observability", method, args, returns).get(path).query(LIST_QUERY).prepare("obsOptionalParams").doc(doc)
}

/// `Observability.method(params)`: a GET of `path` with the keys of `params` as the query.
const fn discover(method: &'static str, args: &'static [&'static str], returns: &'static str, path: &'static str, doc: &'static str) -> Route {
    route("Observability", method, args, returns).get(path).query(PARAMS_QUERY).prepare("obsOptionalParams").doc(doc)
}

/// `MastraClient.method(...)` forwarding to `client.observability.method(...)`.
const fn forward(method: &'static str, args: &'static [&'static str], returns: &'static str, to: &'static str, doc: &'static str) -> Route {
    route("MastraClient", method, args, returns).delegate(to).doc(doc)
}

const P_LIST_TRACES: &[&str] = &["params?: ListTracesArgs"];
const P_TRACE_ID: &[&str] = &["traceId: string"];
const P_SPAN: &[&str] = &["traceId: string", "spanId: string"];
const P_QUERY_OPTIONS: &[&str] = &["params: GetTraceQueryFieldsArgs", "options?: { signal?: AbortSignal }"];
const P_QUERY_VALUES: &[&str] = &["params: GetTraceQueryValuesArgs", "options?: { signal?: AbortSignal }"];

/// The observability group.
pub const GROUP: Group = Group {
    name: "observability",
    resources: &[Resource {
        class: "Observability",
        fields: &[],
        member: Some(Member { of: "MastraClient", field: "observability" }),
        doc: "Traces, spans, scores, feedback, logs and metrics of the server's observability store.",
    }],
    routes: &[
        // ---- traces and spans
        route("Observability", "getTrace", P_TRACE_ID, "TraceRecord")
            .get("/observability/traces/{traceId}")
            .doc("A trace with all its spans."),
        route("Observability", "getTraceLight", P_TRACE_ID, "TraceLightRecord")
            .get("/observability/traces/{traceId}/light")
            .doc("A trace with its spans' timeline fields only (no input, output, attributes or metadata)."),
        route("Observability", "getSpan", P_SPAN, "SpanResponse")
            .get("/observability/traces/{traceId}/spans/{spanId}")
            .doc("One span of a trace, with full details."),
        route("Observability", "getTraceTrajectory", P_TRACE_ID, "Trajectory")
            .get("/observability/traces/{traceId}/trajectory")
            .doc("The ordered steps (model calls, tool calls, ...) extracted from a trace's spans."),
        route("Observability", "getTraces", &["params: LegacyTracesParams"], "LegacyTracesPage")
            .get("/observability/traces")
            .query(&[spread("legacyQuery")])
            .prepare("obsLegacyTraces")
            .doc("Lists root spans, one page at a time, with the legacy pagination and filters (prefer `listTraces`)."),
        list("listTraces", P_LIST_TRACES, "TracesPage", "/observability/traces", "Lists traces, filtered, ordered and one page at a time."),
        post_params("queryTraces", &["params: P"], "<P extends QueryTracesInput>TraceQueryResultOf<P>", "/observability/traces/query", "Runs an advanced trace query (keyset, paginated or delta mode)."),
        route("Observability", "getTraceQueryFields", P_QUERY_OPTIONS, "GetTraceQueryFieldsResponse")
            .post("/observability/traces/query/fields")
            .whole("params")
            .signal("options.signal")
            .custom("obsOnce")
            .doc("The canonical and observed fields the trace-query grammar accepts (never retried)."),
        route("Observability", "getTraceQueryValues", P_QUERY_VALUES, "GetTraceQueryValuesResponse")
            .post("/observability/traces/query/values")
            .whole("params")
            .signal("options.signal")
            .custom("obsOnce")
            .doc("Suggested values of one trace-query field (never retried)."),
        post_params("queryTraceThreads", &["params: QueryTraceThreadsInput"], "QueryTraceThreadsResult", "/observability/threads/query", "Thread identities matching trace predicates."),
        list("listTracesLight", P_LIST_TRACES, "TracesLightPage", "/observability/traces/light", "Lists traces with the fields a list shows (an input preview instead of input, output and attributes)."),
        list("listBranches", &["params?: ListBranchesArgs"], "BranchesPage", "/observability/branches", "Lists branch-anchor spans (agent, workflow and tool runs), wherever they sit in their trace."),
        route("Observability", "getBranch", &["params: BranchArgs"], "BranchResponse")
            .get("/observability/traces/{params.traceId}/branches/{params.spanId}")
            .query(&[spread("branchQuery")])
            .prepare("obsBranch")
            .doc("The subtree of spans under one span (`depth` levels below it, or all)."),
        route("Observability", "listScoresBySpan", &["params: SpanScoresParams"], "SpanScoresPage")
            .get("/observability/traces/{params.traceId}/{params.spanId}/scores")
            .query(&[params("spanPagination", &[])])
            .prepare("obsSpanScores")
            .doc("Lists the scores of one span, one page at a time."),
        route("Observability", "score", &["params: ScoreTracesRequest"], "ScoreTracesResponse")
            .post("/observability/traces/score")
            .omit("params", &[])
            .doc("Scores traces (or spans) with a registered scorer; the scoring runs in the background."),
        post_params("deleteTraces", &["params: DeleteTracesRequest"], "{ success: true }", "/observability/traces/delete", "Deletes traces with their spans and the scores, feedback, metrics and logs that refer to them."),
        // ---- logs
        list("listLogs", &["params?: ListObservabilityLogsArgs"], "ObservabilityLogsPage", "/observability/logs", "Lists log records of the observability store, filtered, ordered and one page at a time."),
        // ---- scores
        list("listScores", &["params?: ListObservabilityScoresArgs"], "ObservabilityScoresPage", "/observability/scores", "Lists score records, filtered, ordered and one page at a time."),
        post_params("createScore", &["params: CreateScoreBody"], "{ success: boolean }", "/observability/scores", "Records one score (the server sets its timestamp)."),
        route("Observability", "deleteScores", &["params: DeleteScoresArgs"], "{ success: boolean }")
            .delete("/observability/scores")
            .whole("params")
            .doc("Deletes score records by id (missing ids are no error)."),
        post_params("getScoreAggregate", &["params: SignalAggregateArgs & ScoreTarget"], "AggregateResult", "/observability/scores/aggregate", "An aggregated score value, optionally compared with the previous period."),
        post_params("getScoreBreakdown", &["params: SignalBreakdownArgs & ScoreTarget"], "BreakdownResult", "/observability/scores/breakdown", "Score values grouped by dimensions."),
        post_params("getScoreTimeSeries", &["params: SignalTimeSeriesArgs & ScoreTarget"], "TimeSeriesResult", "/observability/scores/timeseries", "Score values bucketed by time interval."),
        post_params("getScorePercentiles", &["params: SignalPercentilesArgs & ScoreTarget"], "PercentilesResult", "/observability/scores/percentiles", "Score percentiles bucketed by time interval."),
        // ---- feedback
        list("listFeedback", &["params?: ListFeedbackArgs"], "ListFeedbackResponse", "/observability/feedback", "Lists feedback records, filtered, ordered and one page at a time."),
        post_params("createFeedback", &["params: CreateFeedbackBody"], "{ success: boolean }", "/observability/feedback", "Records one feedback (the server sets its timestamp)."),
        route("Observability", "updateFeedbackReviewStatus", &["params: UpdateFeedbackReviewStatusArgs"], "FeedbackRecord")
            .patch("/observability/feedback/{params.feedbackId}/review-status")
            .pick(&[f("reviewStatus", "params.reviewStatus")])
            .doc("Sets the review status of a feedback record."),
        route("Observability", "deleteFeedback", &["params: DeleteFeedbackArgs"], "{ success: boolean }")
            .delete("/observability/feedback")
            .whole("params")
            .doc("Deletes feedback records by id (missing ids are no error)."),
        post_params("getFeedbackAggregate", &["params: SignalAggregateArgs & FeedbackTarget"], "AggregateResult", "/observability/feedback/aggregate", "An aggregated feedback value, optionally compared with the previous period."),
        post_params("getFeedbackBreakdown", &["params: SignalBreakdownArgs & FeedbackTarget"], "BreakdownResult", "/observability/feedback/breakdown", "Feedback values grouped by dimensions."),
        post_params("getFeedbackTimeSeries", &["params: SignalTimeSeriesArgs & FeedbackTarget"], "TimeSeriesResult", "/observability/feedback/timeseries", "Feedback values bucketed by time interval."),
        post_params("getFeedbackPercentiles", &["params: SignalPercentilesArgs & FeedbackTarget"], "PercentilesResult", "/observability/feedback/percentiles", "Feedback percentiles bucketed by time interval."),
        // ---- metrics
        post_params("getMetricAggregate", &["params: MetricAggregateArgs"], "MetricAggregateResult", "/observability/metrics/aggregate", "An aggregated metric value, optionally compared with the previous period."),
        post_params("getMetricBreakdown", &["params: MetricBreakdownArgs"], "MetricBreakdownResult", "/observability/metrics/breakdown", "Metric values grouped by dimensions."),
        post_params("getMetricTimeSeries", &["params: MetricTimeSeriesArgs"], "GetMetricTimeSeriesResponse", "/observability/metrics/timeseries", "Metric values bucketed by time interval."),
        post_params("getMetricPercentiles", &["params: MetricPercentilesArgs"], "PercentilesResult", "/observability/metrics/percentiles", "Metric percentiles bucketed by time interval."),
        // ---- discovery
        discover("getMetricNames", &["params?: { prefix?: string; limit?: number }"], "{ names: string[] }", "/observability/discovery/metric-names", "Distinct metric names (optionally by prefix)."),
        discover("getMetricLabelKeys", &["params: { metricName: string }"], "{ keys: string[] }", "/observability/discovery/metric-label-keys", "Distinct label keys of a metric.")
            .prepare("obsParamsObject"),
        discover("getMetricLabelValues", &["params: { metricName: string; labelKey: string; prefix?: string; limit?: number }"], "{ values: string[] }", "/observability/discovery/metric-label-values", "Distinct values of a metric label.")
            .prepare("obsParamsObject"),
        route("Observability", "getEntityTypes", &[], "{ entityTypes: ObservabilityEntityType[] }")
            .get("/observability/discovery/entity-types")
            .doc("Distinct entity types seen in observability data."),
        discover("getEntityNames", &["params?: { entityType?: ObservabilityEntityType | (string & {}) }"], "{ names: string[] }", "/observability/discovery/entity-names", "Distinct entity names (optionally of one type)."),
        route("Observability", "getServiceNames", &[], "{ serviceNames: string[] }")
            .get("/observability/discovery/service-names")
            .doc("Distinct service names seen in observability data."),
        route("Observability", "getEnvironments", &[], "{ environments: string[] }")
            .get("/observability/discovery/environments")
            .doc("Distinct environments seen in observability data."),
        discover("getTags", &["params?: { entityType?: ObservabilityEntityType | (string & {}) }"], "{ tags: string[] }", "/observability/discovery/tags", "Distinct tags (optionally of one entity type)."),
        // ---- the client's forwarding methods
        forward("getTrace", P_TRACE_ID, "TraceRecord", "observability.getTrace", "A trace with all its spans."),
        forward("getTraceLight", P_TRACE_ID, "TraceLightRecord", "observability.getTraceLight", "A trace with its spans' timeline fields only."),
        forward("getSpan", P_SPAN, "SpanResponse", "observability.getSpan", "One span of a trace, with full details."),
        forward("getTraceTrajectory", P_TRACE_ID, "Trajectory", "observability.getTraceTrajectory", "The ordered steps extracted from a trace's spans."),
        forward("getTraces", &["params: LegacyTracesParams"], "LegacyTracesPage", "observability.getTraces", "Lists root spans with the legacy pagination and filters (prefer `listTraces`)."),
        forward("listTraces", P_LIST_TRACES, "TracesPage", "observability.listTraces", "Lists traces, filtered, ordered and one page at a time."),
        forward("queryTraces", &["params: P"], "<P extends QueryTracesInput>TraceQueryResultOf<P>", "observability.queryTraces", "Runs an advanced trace query."),
        forward("getTraceQueryFields", P_QUERY_OPTIONS, "GetTraceQueryFieldsResponse", "observability.getTraceQueryFields", "The fields the trace-query grammar accepts (never retried)."),
        forward("getTraceQueryValues", P_QUERY_VALUES, "GetTraceQueryValuesResponse", "observability.getTraceQueryValues", "Suggested values of one trace-query field (never retried)."),
        forward("queryTraceThreads", &["params: QueryTraceThreadsInput"], "QueryTraceThreadsResult", "observability.queryTraceThreads", "Thread identities matching trace predicates."),
        forward("listTracesLight", P_LIST_TRACES, "TracesLightPage", "observability.listTracesLight", "Lists traces with the fields a list shows."),
        forward("listBranches", &["params?: ListBranchesArgs"], "BranchesPage", "observability.listBranches", "Lists branch-anchor spans."),
        forward("getBranch", &["params: BranchArgs"], "BranchResponse", "observability.getBranch", "The subtree of spans under one span."),
        forward("listScoresBySpan", &["params: SpanScoresParams"], "SpanScoresPage", "observability.listScoresBySpan", "Lists the scores of one span."),
        forward("deleteTraces", &["params: DeleteTracesRequest"], "{ success: true }", "observability.deleteTraces", "Deletes traces and what refers to them."),
        forward("score", &["params: ScoreTracesRequest"], "ScoreTracesResponse", "observability.score", "Scores traces with a registered scorer, in the background."),
        forward("listScores", &["params?: ListObservabilityScoresArgs"], "ObservabilityScoresPage", "observability.listScores", "Lists score records of the observability store."),
        forward("createScore", &["params: CreateScoreBody"], "{ success: boolean }", "observability.createScore", "Records one score."),
        forward("deleteScores", &["params: DeleteScoresArgs"], "{ success: boolean }", "observability.deleteScores", "Deletes score records by id."),
        forward("getScoreAggregate", &["params: SignalAggregateArgs & ScoreTarget"], "AggregateResult", "observability.getScoreAggregate", "An aggregated score value."),
        forward("getScoreBreakdown", &["params: SignalBreakdownArgs & ScoreTarget"], "BreakdownResult", "observability.getScoreBreakdown", "Score values grouped by dimensions."),
        forward("getScoreTimeSeries", &["params: SignalTimeSeriesArgs & ScoreTarget"], "TimeSeriesResult", "observability.getScoreTimeSeries", "Score values bucketed by time interval."),
        forward("getScorePercentiles", &["params: SignalPercentilesArgs & ScoreTarget"], "PercentilesResult", "observability.getScorePercentiles", "Score percentiles bucketed by time interval."),
        forward("listFeedback", &["params?: ListFeedbackArgs"], "ListFeedbackResponse", "observability.listFeedback", "Lists feedback records."),
        forward("createFeedback", &["params: CreateFeedbackBody"], "{ success: boolean }", "observability.createFeedback", "Records one feedback."),
        forward("deleteFeedback", &["params: DeleteFeedbackArgs"], "{ success: boolean }", "observability.deleteFeedback", "Deletes feedback records by id."),
        forward("updateFeedbackReviewStatus", &["params: UpdateFeedbackReviewStatusArgs"], "FeedbackRecord", "observability.updateFeedbackReviewStatus", "Sets the review status of a feedback record."),
        forward("getFeedbackAggregate", &["params: SignalAggregateArgs & FeedbackTarget"], "AggregateResult", "observability.getFeedbackAggregate", "An aggregated feedback value."),
        forward("getFeedbackBreakdown", &["params: SignalBreakdownArgs & FeedbackTarget"], "BreakdownResult", "observability.getFeedbackBreakdown", "Feedback values grouped by dimensions."),
        forward("getFeedbackTimeSeries", &["params: SignalTimeSeriesArgs & FeedbackTarget"], "TimeSeriesResult", "observability.getFeedbackTimeSeries", "Feedback values bucketed by time interval."),
        forward("getFeedbackPercentiles", &["params: SignalPercentilesArgs & FeedbackTarget"], "PercentilesResult", "observability.getFeedbackPercentiles", "Feedback percentiles bucketed by time interval."),
        forward("getMetricAggregate", &["params: MetricAggregateArgs"], "MetricAggregateResult", "observability.getMetricAggregate", "An aggregated metric value."),
        forward("getMetricBreakdown", &["params: MetricBreakdownArgs"], "MetricBreakdownResult", "observability.getMetricBreakdown", "Metric values grouped by dimensions."),
        forward("getMetricTimeSeries", &["params: MetricTimeSeriesArgs"], "GetMetricTimeSeriesResponse", "observability.getMetricTimeSeries", "Metric values bucketed by time interval."),
        forward("getMetricPercentiles", &["params: MetricPercentilesArgs"], "PercentilesResult", "observability.getMetricPercentiles", "Metric percentiles bucketed by time interval."),
        forward("getMetricNames", &["params?: { prefix?: string; limit?: number }"], "{ names: string[] }", "observability.getMetricNames", "Distinct metric names."),
        forward("getMetricLabelKeys", &["params: { metricName: string }"], "{ keys: string[] }", "observability.getMetricLabelKeys", "Distinct label keys of a metric."),
        forward("getMetricLabelValues", &["params: { metricName: string; labelKey: string; prefix?: string; limit?: number }"], "{ values: string[] }", "observability.getMetricLabelValues", "Distinct values of a metric label."),
        forward("getEntityTypes", &[], "{ entityTypes: ObservabilityEntityType[] }", "observability.getEntityTypes", "Distinct entity types."),
        forward("getEntityNames", &["params?: { entityType?: ObservabilityEntityType | (string & {}) }"], "{ names: string[] }", "observability.getEntityNames", "Distinct entity names."),
        forward("getServiceNames", &[], "{ serviceNames: string[] }", "observability.getServiceNames", "Distinct service names."),
        forward("getEnvironments", &[], "{ environments: string[] }", "observability.getEnvironments", "Distinct environments."),
        forward("getTags", &["params?: { entityType?: ObservabilityEntityType | (string & {}) }"], "{ tags: string[] }", "observability.getTags", "Distinct tags."),
    ],
    prepares: &[
        adds("obsLegacyTraces", &["legacyQuery"]),
        adds("obsBranch", &["branchQuery"]),
        adds("obsSpanScores", &["spanPagination"]),
    ],
};
