'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the workflows group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Workflow: class Workflow extends Resource {
    details(requestContext) { return run(this, routes.workflows['Workflow.details'], arguments) }
    runs(params, requestContext) { return run(this, routes.workflows['Workflow.runs'], arguments) }
    runById(runId, options) { return run(this, routes.workflows['Workflow.runById'], arguments) }
    deleteRunById(runId) { return run(this, routes.workflows['Workflow.deleteRunById'], arguments) }
    getSchema() { return run(this, routes.workflows['Workflow.getSchema'], arguments) }
    createRun(params) { return run(this, routes.workflows['Workflow.createRun'], arguments) }
  },
  Run: class Run extends Resource {
    start(params) { return run(this, routes.workflows['Run.start'], arguments) }
    startAsync(params) { return run(this, routes.workflows['Run.startAsync'], arguments) }
    stream(params) { return run(this, routes.workflows['Run.stream'], arguments) }
    observe(params) { return run(this, routes.workflows['Run.observe'], arguments) }
    observeStream() { return run(this, routes.workflows['Run.observeStream'], arguments) }
    resume(params) { return run(this, routes.workflows['Run.resume'], arguments) }
    resumeAsync(params) { return run(this, routes.workflows['Run.resumeAsync'], arguments) }
    resumeNoWait(params) { return run(this, routes.workflows['Run.resumeNoWait'], arguments) }
    resumeStream(params) { return run(this, routes.workflows['Run.resumeStream'], arguments) }
    restart(params) { return run(this, routes.workflows['Run.restart'], arguments) }
    restartAsync(params) { return run(this, routes.workflows['Run.restartAsync'], arguments) }
    timeTravel(params) { return run(this, routes.workflows['Run.timeTravel'], arguments) }
    timeTravelAsync(params) { return run(this, routes.workflows['Run.timeTravelAsync'], arguments) }
    timeTravelStream(params) { return run(this, routes.workflows['Run.timeTravelStream'], arguments) }
    cancel() { return run(this, routes.workflows['Run.cancel'], arguments) }
    cancelRun() { return run(this, routes.workflows['Run.cancelRun'], arguments) }
  },
  DynamicWorkflow: class DynamicWorkflow extends Resource {
    details() { return run(this, routes.workflows['DynamicWorkflow.details'], arguments) }
    delete() { return run(this, routes.workflows['DynamicWorkflow.delete'], arguments) }
  },
})
