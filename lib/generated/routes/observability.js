'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the observability group, declared in src/core/routes/observability.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** A trace with all its spans. `GET /observability/traces/{traceId}` */
  'Observability.getTrace': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getTrace","name":"Observability.getTrace","params":["traceId"],"path":"/observability/traces/{traceId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** A trace with its spans' timeline fields only (no input, output, attributes or metadata). `GET /observability/traces/{traceId}/light` */
  'Observability.getTraceLight': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getTraceLight","name":"Observability.getTraceLight","params":["traceId"],"path":"/observability/traces/{traceId}/light","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** One span of a trace, with full details. `GET /observability/traces/{traceId}/spans/{spanId}` */
  'Observability.getSpan': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getSpan","name":"Observability.getSpan","params":["traceId","spanId"],"path":"/observability/traces/{traceId}/spans/{spanId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The ordered steps (model calls, tool calls, ...) extracted from a trace's spans. `GET /observability/traces/{traceId}/trajectory` */
  'Observability.getTraceTrajectory': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getTraceTrajectory","name":"Observability.getTraceTrajectory","params":["traceId"],"path":"/observability/traces/{traceId}/trajectory","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Lists root spans, one page at a time, with the legacy pagination and filters (prefer `listTraces`). `GET /observability/traces` */
  'Observability.getTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getTraces","name":"Observability.getTraces","params":["params"],"path":"/observability/traces","prepare":"obsLegacyTraces","prepares":["legacyQuery"],"query":[{"enc":"spread","key":"","src":"legacyQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsLegacyTraces },
  /** Lists traces, filtered, ordered and one page at a time. `GET /observability/traces` */
  'Observability.listTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listTraces","name":"Observability.listTraces","params":["params"],"path":"/observability/traces","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Runs an advanced trace query (keyset, paginated or delta mode). `POST /observability/traces/query` */
  'Observability.queryTraces': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"queryTraces","name":"Observability.queryTraces","params":["params"],"path":"/observability/traces/query","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** The canonical and observed fields the trace-query grammar accepts (never retried). `POST /observability/traces/query/fields` */
  'Observability.getTraceQueryFields': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","custom":"obsOnce","group":"observability","method":"getTraceQueryFields","name":"Observability.getTraceQueryFields","params":["params","options"],"path":"/observability/traces/query/fields","query":[],"reply":{"kind":"json"},"signal":"options.signal","verb":"POST"}', custom: () => hooks.observability.custom.obsOnce },
  /** Suggested values of one trace-query field (never retried). `POST /observability/traces/query/values` */
  'Observability.getTraceQueryValues': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","custom":"obsOnce","group":"observability","method":"getTraceQueryValues","name":"Observability.getTraceQueryValues","params":["params","options"],"path":"/observability/traces/query/values","query":[],"reply":{"kind":"json"},"signal":"options.signal","verb":"POST"}', custom: () => hooks.observability.custom.obsOnce },
  /** Thread identities matching trace predicates. `POST /observability/threads/query` */
  'Observability.queryTraceThreads': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"queryTraceThreads","name":"Observability.queryTraceThreads","params":["params"],"path":"/observability/threads/query","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Lists traces with the fields a list shows (an input preview instead of input, output and attributes). `GET /observability/traces/light` */
  'Observability.listTracesLight': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listTracesLight","name":"Observability.listTracesLight","params":["params"],"path":"/observability/traces/light","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Lists branch-anchor spans (agent, workflow and tool runs), wherever they sit in their trace. `GET /observability/branches` */
  'Observability.listBranches': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listBranches","name":"Observability.listBranches","params":["params"],"path":"/observability/branches","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** The subtree of spans under one span (`depth` levels below it, or all). `GET /observability/traces/{params.traceId}/branches/{params.spanId}` */
  'Observability.getBranch': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getBranch","name":"Observability.getBranch","params":["params"],"path":"/observability/traces/{params.traceId}/branches/{params.spanId}","prepare":"obsBranch","prepares":["branchQuery"],"query":[{"enc":"spread","key":"","src":"branchQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsBranch },
  /** Lists the scores of one span, one page at a time. `GET /observability/traces/{params.traceId}/{params.spanId}/scores` */
  'Observability.listScoresBySpan': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listScoresBySpan","name":"Observability.listScoresBySpan","params":["params"],"path":"/observability/traces/{params.traceId}/{params.spanId}/scores","prepare":"obsSpanScores","prepares":["spanPagination"],"query":[{"enc":"params","key":"","src":"spanPagination"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsSpanScores },
  /** Scores traces (or spans) with a registered scorer; the scoring runs in the background. `POST /observability/traces/score` */
  'Observability.score': { json: '{"bind":[],"body":{"keys":[],"kind":"omit","src":"params"},"class":"Observability","group":"observability","method":"score","name":"Observability.score","params":["params"],"path":"/observability/traces/score","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Deletes traces with their spans and the scores, feedback, metrics and logs that refer to them. `POST /observability/traces/delete` */
  'Observability.deleteTraces': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"deleteTraces","name":"Observability.deleteTraces","params":["params"],"path":"/observability/traces/delete","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Lists log records of the observability store, filtered, ordered and one page at a time. `GET /observability/logs` */
  'Observability.listLogs': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listLogs","name":"Observability.listLogs","params":["params"],"path":"/observability/logs","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Lists score records, filtered, ordered and one page at a time. `GET /observability/scores` */
  'Observability.listScores': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listScores","name":"Observability.listScores","params":["params"],"path":"/observability/scores","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Records one score (the server sets its timestamp). `POST /observability/scores` */
  'Observability.createScore': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"createScore","name":"Observability.createScore","params":["params"],"path":"/observability/scores","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Deletes score records by id (missing ids are no error). `DELETE /observability/scores` */
  'Observability.deleteScores': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"deleteScores","name":"Observability.deleteScores","params":["params"],"path":"/observability/scores","query":[],"reply":{"kind":"json"},"verb":"DELETE"}' },
  /** An aggregated score value, optionally compared with the previous period. `POST /observability/scores/aggregate` */
  'Observability.getScoreAggregate': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getScoreAggregate","name":"Observability.getScoreAggregate","params":["params"],"path":"/observability/scores/aggregate","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Score values grouped by dimensions. `POST /observability/scores/breakdown` */
  'Observability.getScoreBreakdown': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getScoreBreakdown","name":"Observability.getScoreBreakdown","params":["params"],"path":"/observability/scores/breakdown","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Score values bucketed by time interval. `POST /observability/scores/timeseries` */
  'Observability.getScoreTimeSeries': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getScoreTimeSeries","name":"Observability.getScoreTimeSeries","params":["params"],"path":"/observability/scores/timeseries","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Score percentiles bucketed by time interval. `POST /observability/scores/percentiles` */
  'Observability.getScorePercentiles': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getScorePercentiles","name":"Observability.getScorePercentiles","params":["params"],"path":"/observability/scores/percentiles","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Lists feedback records, filtered, ordered and one page at a time. `GET /observability/feedback` */
  'Observability.listFeedback': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"listFeedback","name":"Observability.listFeedback","params":["params"],"path":"/observability/feedback","prepare":"obsOptionalParams","query":[{"enc":"params","flatten":["filters","pagination","orderBy"],"key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Records one feedback (the server sets its timestamp). `POST /observability/feedback` */
  'Observability.createFeedback': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"createFeedback","name":"Observability.createFeedback","params":["params"],"path":"/observability/feedback","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Sets the review status of a feedback record. `PATCH /observability/feedback/{params.feedbackId}/review-status` */
  'Observability.updateFeedbackReviewStatus': { json: '{"bind":[],"body":{"fields":[{"enc":"plain","key":"reviewStatus","src":"params.reviewStatus"}],"kind":"pick"},"class":"Observability","group":"observability","method":"updateFeedbackReviewStatus","name":"Observability.updateFeedbackReviewStatus","params":["params"],"path":"/observability/feedback/{params.feedbackId}/review-status","query":[],"reply":{"kind":"json"},"verb":"PATCH"}' },
  /** Deletes feedback records by id (missing ids are no error). `DELETE /observability/feedback` */
  'Observability.deleteFeedback': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"deleteFeedback","name":"Observability.deleteFeedback","params":["params"],"path":"/observability/feedback","query":[],"reply":{"kind":"json"},"verb":"DELETE"}' },
  /** An aggregated feedback value, optionally compared with the previous period. `POST /observability/feedback/aggregate` */
  'Observability.getFeedbackAggregate': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getFeedbackAggregate","name":"Observability.getFeedbackAggregate","params":["params"],"path":"/observability/feedback/aggregate","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Feedback values grouped by dimensions. `POST /observability/feedback/breakdown` */
  'Observability.getFeedbackBreakdown': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getFeedbackBreakdown","name":"Observability.getFeedbackBreakdown","params":["params"],"path":"/observability/feedback/breakdown","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Feedback values bucketed by time interval. `POST /observability/feedback/timeseries` */
  'Observability.getFeedbackTimeSeries': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getFeedbackTimeSeries","name":"Observability.getFeedbackTimeSeries","params":["params"],"path":"/observability/feedback/timeseries","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Feedback percentiles bucketed by time interval. `POST /observability/feedback/percentiles` */
  'Observability.getFeedbackPercentiles': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getFeedbackPercentiles","name":"Observability.getFeedbackPercentiles","params":["params"],"path":"/observability/feedback/percentiles","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** An aggregated metric value, optionally compared with the previous period. `POST /observability/metrics/aggregate` */
  'Observability.getMetricAggregate': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getMetricAggregate","name":"Observability.getMetricAggregate","params":["params"],"path":"/observability/metrics/aggregate","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Metric values grouped by dimensions. `POST /observability/metrics/breakdown` */
  'Observability.getMetricBreakdown': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getMetricBreakdown","name":"Observability.getMetricBreakdown","params":["params"],"path":"/observability/metrics/breakdown","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Metric values bucketed by time interval. `POST /observability/metrics/timeseries` */
  'Observability.getMetricTimeSeries': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getMetricTimeSeries","name":"Observability.getMetricTimeSeries","params":["params"],"path":"/observability/metrics/timeseries","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Metric percentiles bucketed by time interval. `POST /observability/metrics/percentiles` */
  'Observability.getMetricPercentiles': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Observability","group":"observability","method":"getMetricPercentiles","name":"Observability.getMetricPercentiles","params":["params"],"path":"/observability/metrics/percentiles","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Distinct metric names (optionally by prefix). `GET /observability/discovery/metric-names` */
  'Observability.getMetricNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getMetricNames","name":"Observability.getMetricNames","params":["params"],"path":"/observability/discovery/metric-names","prepare":"obsOptionalParams","query":[{"enc":"params","key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Distinct label keys of a metric. `GET /observability/discovery/metric-label-keys` */
  'Observability.getMetricLabelKeys': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getMetricLabelKeys","name":"Observability.getMetricLabelKeys","params":["params"],"path":"/observability/discovery/metric-label-keys","prepare":"obsParamsObject","query":[{"enc":"params","key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsParamsObject },
  /** Distinct values of a metric label. `GET /observability/discovery/metric-label-values` */
  'Observability.getMetricLabelValues': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getMetricLabelValues","name":"Observability.getMetricLabelValues","params":["params"],"path":"/observability/discovery/metric-label-values","prepare":"obsParamsObject","query":[{"enc":"params","key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsParamsObject },
  /** Distinct entity types seen in observability data. `GET /observability/discovery/entity-types` */
  'Observability.getEntityTypes': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getEntityTypes","name":"Observability.getEntityTypes","params":[],"path":"/observability/discovery/entity-types","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Distinct entity names (optionally of one type). `GET /observability/discovery/entity-names` */
  'Observability.getEntityNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getEntityNames","name":"Observability.getEntityNames","params":["params"],"path":"/observability/discovery/entity-names","prepare":"obsOptionalParams","query":[{"enc":"params","key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** Distinct service names seen in observability data. `GET /observability/discovery/service-names` */
  'Observability.getServiceNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getServiceNames","name":"Observability.getServiceNames","params":[],"path":"/observability/discovery/service-names","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Distinct environments seen in observability data. `GET /observability/discovery/environments` */
  'Observability.getEnvironments': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getEnvironments","name":"Observability.getEnvironments","params":[],"path":"/observability/discovery/environments","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Distinct tags (optionally of one entity type). `GET /observability/discovery/tags` */
  'Observability.getTags': { json: '{"bind":[],"body":{"kind":"none"},"class":"Observability","group":"observability","method":"getTags","name":"Observability.getTags","params":["params"],"path":"/observability/discovery/tags","prepare":"obsOptionalParams","query":[{"enc":"params","key":"","src":"params"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.observability.prepare.obsOptionalParams },
  /** A trace with all its spans. */
  'MastraClient.getTrace': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTrace","name":"MastraClient.getTrace","params":["traceId"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTrace"},"verb":null}' },
  /** A trace with its spans' timeline fields only. */
  'MastraClient.getTraceLight': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTraceLight","name":"MastraClient.getTraceLight","params":["traceId"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTraceLight"},"verb":null}' },
  /** One span of a trace, with full details. */
  'MastraClient.getSpan': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getSpan","name":"MastraClient.getSpan","params":["traceId","spanId"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getSpan"},"verb":null}' },
  /** The ordered steps extracted from a trace's spans. */
  'MastraClient.getTraceTrajectory': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTraceTrajectory","name":"MastraClient.getTraceTrajectory","params":["traceId"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTraceTrajectory"},"verb":null}' },
  /** Lists root spans with the legacy pagination and filters (prefer `listTraces`). */
  'MastraClient.getTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTraces","name":"MastraClient.getTraces","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTraces"},"verb":null}' },
  /** Lists traces, filtered, ordered and one page at a time. */
  'MastraClient.listTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listTraces","name":"MastraClient.listTraces","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listTraces"},"verb":null}' },
  /** Runs an advanced trace query. */
  'MastraClient.queryTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"queryTraces","name":"MastraClient.queryTraces","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.queryTraces"},"verb":null}' },
  /** The fields the trace-query grammar accepts (never retried). */
  'MastraClient.getTraceQueryFields': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTraceQueryFields","name":"MastraClient.getTraceQueryFields","params":["params","options"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTraceQueryFields"},"verb":null}' },
  /** Suggested values of one trace-query field (never retried). */
  'MastraClient.getTraceQueryValues': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTraceQueryValues","name":"MastraClient.getTraceQueryValues","params":["params","options"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTraceQueryValues"},"verb":null}' },
  /** Thread identities matching trace predicates. */
  'MastraClient.queryTraceThreads': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"queryTraceThreads","name":"MastraClient.queryTraceThreads","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.queryTraceThreads"},"verb":null}' },
  /** Lists traces with the fields a list shows. */
  'MastraClient.listTracesLight': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listTracesLight","name":"MastraClient.listTracesLight","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listTracesLight"},"verb":null}' },
  /** Lists branch-anchor spans. */
  'MastraClient.listBranches': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listBranches","name":"MastraClient.listBranches","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listBranches"},"verb":null}' },
  /** The subtree of spans under one span. */
  'MastraClient.getBranch': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getBranch","name":"MastraClient.getBranch","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getBranch"},"verb":null}' },
  /** Lists the scores of one span. */
  'MastraClient.listScoresBySpan': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listScoresBySpan","name":"MastraClient.listScoresBySpan","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listScoresBySpan"},"verb":null}' },
  /** Deletes traces and what refers to them. */
  'MastraClient.deleteTraces': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"deleteTraces","name":"MastraClient.deleteTraces","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.deleteTraces"},"verb":null}' },
  /** Scores traces with a registered scorer, in the background. */
  'MastraClient.score': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"score","name":"MastraClient.score","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.score"},"verb":null}' },
  /** Lists score records of the observability store. */
  'MastraClient.listScores': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listScores","name":"MastraClient.listScores","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listScores"},"verb":null}' },
  /** Records one score. */
  'MastraClient.createScore': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"createScore","name":"MastraClient.createScore","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.createScore"},"verb":null}' },
  /** Deletes score records by id. */
  'MastraClient.deleteScores': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"deleteScores","name":"MastraClient.deleteScores","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.deleteScores"},"verb":null}' },
  /** An aggregated score value. */
  'MastraClient.getScoreAggregate': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getScoreAggregate","name":"MastraClient.getScoreAggregate","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getScoreAggregate"},"verb":null}' },
  /** Score values grouped by dimensions. */
  'MastraClient.getScoreBreakdown': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getScoreBreakdown","name":"MastraClient.getScoreBreakdown","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getScoreBreakdown"},"verb":null}' },
  /** Score values bucketed by time interval. */
  'MastraClient.getScoreTimeSeries': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getScoreTimeSeries","name":"MastraClient.getScoreTimeSeries","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getScoreTimeSeries"},"verb":null}' },
  /** Score percentiles bucketed by time interval. */
  'MastraClient.getScorePercentiles': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getScorePercentiles","name":"MastraClient.getScorePercentiles","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getScorePercentiles"},"verb":null}' },
  /** Lists feedback records. */
  'MastraClient.listFeedback': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"listFeedback","name":"MastraClient.listFeedback","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listFeedback"},"verb":null}' },
  /** Records one feedback. */
  'MastraClient.createFeedback': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"createFeedback","name":"MastraClient.createFeedback","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.createFeedback"},"verb":null}' },
  /** Deletes feedback records by id. */
  'MastraClient.deleteFeedback': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"deleteFeedback","name":"MastraClient.deleteFeedback","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.deleteFeedback"},"verb":null}' },
  /** Sets the review status of a feedback record. */
  'MastraClient.updateFeedbackReviewStatus': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"updateFeedbackReviewStatus","name":"MastraClient.updateFeedbackReviewStatus","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.updateFeedbackReviewStatus"},"verb":null}' },
  /** An aggregated feedback value. */
  'MastraClient.getFeedbackAggregate': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getFeedbackAggregate","name":"MastraClient.getFeedbackAggregate","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getFeedbackAggregate"},"verb":null}' },
  /** Feedback values grouped by dimensions. */
  'MastraClient.getFeedbackBreakdown': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getFeedbackBreakdown","name":"MastraClient.getFeedbackBreakdown","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getFeedbackBreakdown"},"verb":null}' },
  /** Feedback values bucketed by time interval. */
  'MastraClient.getFeedbackTimeSeries': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getFeedbackTimeSeries","name":"MastraClient.getFeedbackTimeSeries","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getFeedbackTimeSeries"},"verb":null}' },
  /** Feedback percentiles bucketed by time interval. */
  'MastraClient.getFeedbackPercentiles': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getFeedbackPercentiles","name":"MastraClient.getFeedbackPercentiles","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getFeedbackPercentiles"},"verb":null}' },
  /** An aggregated metric value. */
  'MastraClient.getMetricAggregate': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricAggregate","name":"MastraClient.getMetricAggregate","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricAggregate"},"verb":null}' },
  /** Metric values grouped by dimensions. */
  'MastraClient.getMetricBreakdown': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricBreakdown","name":"MastraClient.getMetricBreakdown","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricBreakdown"},"verb":null}' },
  /** Metric values bucketed by time interval. */
  'MastraClient.getMetricTimeSeries': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricTimeSeries","name":"MastraClient.getMetricTimeSeries","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricTimeSeries"},"verb":null}' },
  /** Metric percentiles bucketed by time interval. */
  'MastraClient.getMetricPercentiles': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricPercentiles","name":"MastraClient.getMetricPercentiles","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricPercentiles"},"verb":null}' },
  /** Distinct metric names. */
  'MastraClient.getMetricNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricNames","name":"MastraClient.getMetricNames","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricNames"},"verb":null}' },
  /** Distinct label keys of a metric. */
  'MastraClient.getMetricLabelKeys': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricLabelKeys","name":"MastraClient.getMetricLabelKeys","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricLabelKeys"},"verb":null}' },
  /** Distinct values of a metric label. */
  'MastraClient.getMetricLabelValues': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getMetricLabelValues","name":"MastraClient.getMetricLabelValues","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getMetricLabelValues"},"verb":null}' },
  /** Distinct entity types. */
  'MastraClient.getEntityTypes': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getEntityTypes","name":"MastraClient.getEntityTypes","params":[],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getEntityTypes"},"verb":null}' },
  /** Distinct entity names. */
  'MastraClient.getEntityNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getEntityNames","name":"MastraClient.getEntityNames","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getEntityNames"},"verb":null}' },
  /** Distinct service names. */
  'MastraClient.getServiceNames': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getServiceNames","name":"MastraClient.getServiceNames","params":[],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getServiceNames"},"verb":null}' },
  /** Distinct environments. */
  'MastraClient.getEnvironments': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getEnvironments","name":"MastraClient.getEnvironments","params":[],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getEnvironments"},"verb":null}' },
  /** Distinct tags. */
  'MastraClient.getTags': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"observability","method":"getTags","name":"MastraClient.getTags","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.getTags"},"verb":null}' },
}
