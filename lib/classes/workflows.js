'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the workflows group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Workflow: class Workflow extends Resource {
    details(requestContext) { return run(this, 57, arguments) }
    runs(params, requestContext) { return run(this, 58, arguments) }
    runById(runId, options) { return run(this, 59, arguments) }
    deleteRunById(runId) { return run(this, 60, arguments) }
    getSchema() { return run(this, 61, arguments) }
    createRun(params) { return run(this, 62, arguments) }
  },
  Run: class Run extends Resource {
    start(params) { return run(this, 63, arguments) }
    startAsync(params) { return run(this, 64, arguments) }
    stream(params) { return run(this, 65, arguments) }
    observe(params) { return run(this, 66, arguments) }
    observeStream() { return run(this, 67, arguments) }
    resume(params) { return run(this, 68, arguments) }
    resumeAsync(params) { return run(this, 69, arguments) }
    resumeNoWait(params) { return run(this, 70, arguments) }
    resumeStream(params) { return run(this, 71, arguments) }
    restart(params) { return run(this, 72, arguments) }
    restartAsync(params) { return run(this, 73, arguments) }
    timeTravel(params) { return run(this, 74, arguments) }
    timeTravelAsync(params) { return run(this, 75, arguments) }
    timeTravelStream(params) { return run(this, 76, arguments) }
    cancel() { return run(this, 77, arguments) }
    cancelRun() { return run(this, 78, arguments) }
  },
  DynamicWorkflow: class DynamicWorkflow extends Resource {
    details() { return run(this, 79, arguments) }
    delete() { return run(this, 80, arguments) }
  },
})
