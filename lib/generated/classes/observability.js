'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the observability group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Observability: class Observability extends Resource {
    getTrace(traceId) { return run(this, routes.observability['Observability.getTrace'], arguments) }
    getTraceLight(traceId) { return run(this, routes.observability['Observability.getTraceLight'], arguments) }
    getSpan(traceId, spanId) { return run(this, routes.observability['Observability.getSpan'], arguments) }
    getTraceTrajectory(traceId) { return run(this, routes.observability['Observability.getTraceTrajectory'], arguments) }
    getTraces(params) { return run(this, routes.observability['Observability.getTraces'], arguments) }
    listTraces(params) { return run(this, routes.observability['Observability.listTraces'], arguments) }
    queryTraces(params) { return run(this, routes.observability['Observability.queryTraces'], arguments) }
    getTraceQueryFields(params, options) { return run(this, routes.observability['Observability.getTraceQueryFields'], arguments) }
    getTraceQueryValues(params, options) { return run(this, routes.observability['Observability.getTraceQueryValues'], arguments) }
    queryTraceThreads(params) { return run(this, routes.observability['Observability.queryTraceThreads'], arguments) }
    listTracesLight(params) { return run(this, routes.observability['Observability.listTracesLight'], arguments) }
    listBranches(params) { return run(this, routes.observability['Observability.listBranches'], arguments) }
    getBranch(params) { return run(this, routes.observability['Observability.getBranch'], arguments) }
    listScoresBySpan(params) { return run(this, routes.observability['Observability.listScoresBySpan'], arguments) }
    score(params) { return run(this, routes.observability['Observability.score'], arguments) }
    deleteTraces(params) { return run(this, routes.observability['Observability.deleteTraces'], arguments) }
    listLogs(params) { return run(this, routes.observability['Observability.listLogs'], arguments) }
    listScores(params) { return run(this, routes.observability['Observability.listScores'], arguments) }
    createScore(params) { return run(this, routes.observability['Observability.createScore'], arguments) }
    deleteScores(params) { return run(this, routes.observability['Observability.deleteScores'], arguments) }
    getScoreAggregate(params) { return run(this, routes.observability['Observability.getScoreAggregate'], arguments) }
    getScoreBreakdown(params) { return run(this, routes.observability['Observability.getScoreBreakdown'], arguments) }
    getScoreTimeSeries(params) { return run(this, routes.observability['Observability.getScoreTimeSeries'], arguments) }
    getScorePercentiles(params) { return run(this, routes.observability['Observability.getScorePercentiles'], arguments) }
    listFeedback(params) { return run(this, routes.observability['Observability.listFeedback'], arguments) }
    createFeedback(params) { return run(this, routes.observability['Observability.createFeedback'], arguments) }
    updateFeedbackReviewStatus(params) { return run(this, routes.observability['Observability.updateFeedbackReviewStatus'], arguments) }
    deleteFeedback(params) { return run(this, routes.observability['Observability.deleteFeedback'], arguments) }
    getFeedbackAggregate(params) { return run(this, routes.observability['Observability.getFeedbackAggregate'], arguments) }
    getFeedbackBreakdown(params) { return run(this, routes.observability['Observability.getFeedbackBreakdown'], arguments) }
    getFeedbackTimeSeries(params) { return run(this, routes.observability['Observability.getFeedbackTimeSeries'], arguments) }
    getFeedbackPercentiles(params) { return run(this, routes.observability['Observability.getFeedbackPercentiles'], arguments) }
    getMetricAggregate(params) { return run(this, routes.observability['Observability.getMetricAggregate'], arguments) }
    getMetricBreakdown(params) { return run(this, routes.observability['Observability.getMetricBreakdown'], arguments) }
    getMetricTimeSeries(params) { return run(this, routes.observability['Observability.getMetricTimeSeries'], arguments) }
    getMetricPercentiles(params) { return run(this, routes.observability['Observability.getMetricPercentiles'], arguments) }
    getMetricNames(params) { return run(this, routes.observability['Observability.getMetricNames'], arguments) }
    getMetricLabelKeys(params) { return run(this, routes.observability['Observability.getMetricLabelKeys'], arguments) }
    getMetricLabelValues(params) { return run(this, routes.observability['Observability.getMetricLabelValues'], arguments) }
    getEntityTypes() { return run(this, routes.observability['Observability.getEntityTypes'], arguments) }
    getEntityNames(params) { return run(this, routes.observability['Observability.getEntityNames'], arguments) }
    getServiceNames() { return run(this, routes.observability['Observability.getServiceNames'], arguments) }
    getEnvironments() { return run(this, routes.observability['Observability.getEnvironments'], arguments) }
    getTags(params) { return run(this, routes.observability['Observability.getTags'], arguments) }
  },
})
