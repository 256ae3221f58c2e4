'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the agent_builder group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentBuilder: class AgentBuilder extends Resource {
    transformWorkflowResult(result) { return run(this, 116, arguments) }
    details() { return run(this, 117, arguments) }
    runs(params) { return run(this, 118, arguments) }
    runById(runId, options) { return run(this, 119, arguments) }
    createRun(params) { return run(this, 120, arguments) }
    startAsync(params, runId) { return run(this, 121, arguments) }
    startActionRun(params, runId) { return run(this, 122, arguments) }
    resume(params, runId) { return run(this, 123, arguments) }
    resumeAsync(params, runId) { return run(this, 124, arguments) }
    stream(params, runId) { return run(this, 125, arguments) }
    observeStream(params) { return run(this, 126, arguments) }
    observeStreamLegacy(params) { return run(this, 127, arguments) }
    resumeStream(params) { return run(this, 128, arguments) }
    cancelRun(runId) { return run(this, 129, arguments) }
  },
})
