'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the observability group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Observability: class Observability extends Resource {
    getTrace(traceId) { return run(this, 205, arguments) }
    getTraceLight(traceId) { return run(this, 206, arguments) }
    getSpan(traceId, spanId) { return run(this, 207, arguments) }
    getTraceTrajectory(traceId) { return run(this, 208, arguments) }
    getTraces(params) { return run(this, 209, arguments) }
    listTraces(params) { return run(this, 210, arguments) }
    queryTraces(params) { return run(this, 211, arguments) }
    getTraceQueryFields(params, options) { return run(this, 212, arguments) }
    getTraceQueryValues(params, options) { return run(this, 213, arguments) }
    queryTraceThreads(params) { return run(this, 214, arguments) }
    listTracesLight(params) { return run(this, 215, arguments) }
    listBranches(params) { return run(this, 216, arguments) }
    getBranch(params) { return run(this, 217, arguments) }
    listScoresBySpan(params) { return run(this, 218, arguments) }
    score(params) { return run(this, 219, arguments) }
    deleteTraces(params) { return run(this, 220, arguments) }
    listLogs(params) { return run(this, 221, arguments) }
    listScores(params) { return run(this, 222, arguments) }
    createScore(params) { return run(this, 223, arguments) }
    deleteScores(params) { return run(this, 224, arguments) }
    getScoreAggregate(params) { return run(this, 225, arguments) }
    getScoreBreakdown(params) { return run(this, 226, arguments) }
    getScoreTimeSeries(params) { return run(this, 227, arguments) }
    getScorePercentiles(params) { return run(this, 228, arguments) }
    listFeedback(params) { return run(this, 229, arguments) }
    createFeedback(params) { return run(this, 230, arguments) }
    updateFeedbackReviewStatus(params) { return run(this, 231, arguments) }
    deleteFeedback(params) { return run(this, 232, arguments) }
    getFeedbackAggregate(params) { return run(this, 233, arguments) }
    getFeedbackBreakdown(params) { return run(this, 234, arguments) }
    getFeedbackTimeSeries(params) { return run(this, 235, arguments) }
    getFeedbackPercentiles(params) { return run(this, 236, arguments) }
    getMetricAggregate(params) { return run(this, 237, arguments) }
    getMetricBreakdown(params) { return run(this, 238, arguments) }
    getMetricTimeSeries(params) { return run(this, 239, arguments) }
    getMetricPercentiles(params) { return run(this, 240, arguments) }
    getMetricNames(params) { return run(this, 241, arguments) }
    getMetricLabelKeys(params) { return run(this, 242, arguments) }
    getMetricLabelValues(params) { return run(this, 243, arguments) }
    getEntityTypes() { return run(this, 244, arguments) }
    getEntityNames(params) { return run(this, 245, arguments) }
    getServiceNames() { return run(this, 246, arguments) }
    getEnvironments() { return run(this, 247, arguments) }
    getTags(params) { return run(this, 248, arguments) }
  },
})
