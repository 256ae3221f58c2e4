'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the observability group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Observability: class Observability extends Resource {
    getTrace(traceId) { return run(this, 'Observability.getTrace', arguments) }
    getTraceLight(traceId) { return run(this, 'Observability.getTraceLight', arguments) }
    getSpan(traceId, spanId) { return run(this, 'Observability.getSpan', arguments) }
    getTraceTrajectory(traceId) { return run(this, 'Observability.getTraceTrajectory', arguments) }
    getTraces(params) { return run(this, 'Observability.getTraces', arguments) }
    listTraces(params) { return run(this, 'Observability.listTraces', arguments) }
    queryTraces(params) { return run(this, 'Observability.queryTraces', arguments) }
    getTraceQueryFields(params, options) { return run(this, 'Observability.getTraceQueryFields', arguments) }
    getTraceQueryValues(params, options) { return run(this, 'Observability.getTraceQueryValues', arguments) }
    queryTraceThreads(params) { return run(this, 'Observability.queryTraceThreads', arguments) }
    listTracesLight(params) { return run(this, 'Observability.listTracesLight', arguments) }
    listBranches(params) { return run(this, 'Observability.listBranches', arguments) }
    getBranch(params) { return run(this, 'Observability.getBranch', arguments) }
    listScoresBySpan(params) { return run(this, 'Observability.listScoresBySpan', arguments) }
    score(params) { return run(this, 'Observability.score', arguments) }
    deleteTraces(params) { return run(this, 'Observability.deleteTraces', arguments) }
    listLogs(params) { return run(this, 'Observability.listLogs', arguments) }
    listScores(params) { return run(this, 'Observability.listScores', arguments) }
    createScore(params) { return run(this, 'Observability.createScore', arguments) }
    deleteScores(params) { return run(this, 'Observability.deleteScores', arguments) }
    getScoreAggregate(params) { return run(this, 'Observability.getScoreAggregate', arguments) }
    getScoreBreakdown(params) { return run(this, 'Observability.getScoreBreakdown', arguments) }
    getScoreTimeSeries(params) { return run(this, 'Observability.getScoreTimeSeries', arguments) }
    getScorePercentiles(params) { return run(this, 'Observability.getScorePercentiles', arguments) }
    listFeedback(params) { return run(this, 'Observability.listFeedback', arguments) }
    createFeedback(params) { return run(this, 'Observability.createFeedback', arguments) }
    updateFeedbackReviewStatus(params) { return run(this, 'Observability.updateFeedbackReviewStatus', arguments) }
    deleteFeedback(params) { return run(this, 'Observability.deleteFeedback', arguments) }
    getFeedbackAggregate(params) { return run(this, 'Observability.getFeedbackAggregate', arguments) }
    getFeedbackBreakdown(params) { return run(this, 'Observability.getFeedbackBreakdown', arguments) }
    getFeedbackTimeSeries(params) { return run(this, 'Observability.getFeedbackTimeSeries', arguments) }
    getFeedbackPercentiles(params) { return run(this, 'Observability.getFeedbackPercentiles', arguments) }
    getMetricAggregate(params) { return run(this, 'Observability.getMetricAggregate', arguments) }
    getMetricBreakdown(params) { return run(this, 'Observability.getMetricBreakdown', arguments) }
    getMetricTimeSeries(params) { return run(this, 'Observability.getMetricTimeSeries', arguments) }
    getMetricPercentiles(params) { return run(this, 'Observability.getMetricPercentiles', arguments) }
    getMetricNames(params) { return run(this, 'Observability.getMetricNames', arguments) }
    getMetricLabelKeys(params) { return run(this, 'Observability.getMetricLabelKeys', arguments) }
    getMetricLabelValues(params) { return run(this, 'Observability.getMetricLabelValues', arguments) }
    getEntityTypes() { return run(this, 'Observability.getEntityTypes', arguments) }
    getEntityNames(params) { return run(this, 'Observability.getEntityNames', arguments) }
    getServiceNames() { return run(this, 'Observability.getServiceNames', arguments) }
    getEnvironments() { return run(this, 'Observability.getEnvironments', arguments) }
    getTags(params) { return run(this, 'Observability.getTags', arguments) }
  },
})
