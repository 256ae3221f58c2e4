'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the agent_builder group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentBuilder: class AgentBuilder extends Resource {
    transformWorkflowResult(result) { return run(this, 'AgentBuilder.transformWorkflowResult', arguments) }
    details() { return run(this, 'AgentBuilder.details', arguments) }
    runs(params) { return run(this, 'AgentBuilder.runs', arguments) }
    runById(runId, options) { return run(this, 'AgentBuilder.runById', arguments) }
    createRun(params) { return run(this, 'AgentBuilder.createRun', arguments) }
    startAsync(params, runId) { return run(this, 'AgentBuilder.startAsync', arguments) }
    startActionRun(params, runId) { return run(this, 'AgentBuilder.startActionRun', arguments) }
    resume(params, runId) { return run(this, 'AgentBuilder.resume', arguments) }
    resumeAsync(params, runId) { return run(this, 'AgentBuilder.resumeAsync', arguments) }
    stream(params, runId) { return run(this, 'AgentBuilder.stream', arguments) }
    observeStream(params) { return run(this, 'AgentBuilder.observeStream', arguments) }
    observeStreamLegacy(params) { return run(this, 'AgentBuilder.observeStreamLegacy', arguments) }
    resumeStream(params) { return run(this, 'AgentBuilder.resumeStream', arguments) }
    cancelRun(runId) { return run(this, 'AgentBuilder.cancelRun', arguments) }
  },
})
