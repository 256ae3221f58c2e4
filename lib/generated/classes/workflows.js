'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the workflows group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Workflow: class Workflow extends Resource {
    details(requestContext) { return run(this, 'Workflow.details', arguments) }
    runs(params, requestContext) { return run(this, 'Workflow.runs', arguments) }
    runById(runId, options) { return run(this, 'Workflow.runById', arguments) }
    deleteRunById(runId) { return run(this, 'Workflow.deleteRunById', arguments) }
    getSchema() { return run(this, 'Workflow.getSchema', arguments) }
    createRun(params) { return run(this, 'Workflow.createRun', arguments) }
  },
  Run: class Run extends Resource {
    start(params) { return run(this, 'Run.start', arguments) }
    startAsync(params) { return run(this, 'Run.startAsync', arguments) }
    stream(params) { return run(this, 'Run.stream', arguments) }
    observe(params) { return run(this, 'Run.observe', arguments) }
    observeStream() { return run(this, 'Run.observeStream', arguments) }
    resume(params) { return run(this, 'Run.resume', arguments) }
    resumeAsync(params) { return run(this, 'Run.resumeAsync', arguments) }
    resumeNoWait(params) { return run(this, 'Run.resumeNoWait', arguments) }
    resumeStream(params) { return run(this, 'Run.resumeStream', arguments) }
    restart(params) { return run(this, 'Run.restart', arguments) }
    restartAsync(params) { return run(this, 'Run.restartAsync', arguments) }
    timeTravel(params) { return run(this, 'Run.timeTravel', arguments) }
    timeTravelAsync(params) { return run(this, 'Run.timeTravelAsync', arguments) }
    timeTravelStream(params) { return run(this, 'Run.timeTravelStream', arguments) }
    cancel() { return run(this, 'Run.cancel', arguments) }
    cancelRun() { return run(this, 'Run.cancelRun', arguments) }
  },
  DynamicWorkflow: class DynamicWorkflow extends Resource {
    details() { return run(this, 'DynamicWorkflow.details', arguments) }
    delete() { return run(this, 'DynamicWorkflow.delete', arguments) }
  },
})
