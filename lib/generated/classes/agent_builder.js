'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the agent_builder group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentBuilder: class AgentBuilder extends Resource {
    transformWorkflowResult(result) { return run(this, routes.agent_builder['AgentBuilder.transformWorkflowResult'], arguments) }
    details() { return run(this, routes.agent_builder['AgentBuilder.details'], arguments) }
    runs(params) { return run(this, routes.agent_builder['AgentBuilder.runs'], arguments) }
    runById(runId, options) { return run(this, routes.agent_builder['AgentBuilder.runById'], arguments) }
    createRun(params) { return run(this, routes.agent_builder['AgentBuilder.createRun'], arguments) }
    startAsync(params, runId) { return run(this, routes.agent_builder['AgentBuilder.startAsync'], arguments) }
    startActionRun(params, runId) { return run(this, routes.agent_builder['AgentBuilder.startActionRun'], arguments) }
    resume(params, runId) { return run(this, routes.agent_builder['AgentBuilder.resume'], arguments) }
    resumeAsync(params, runId) { return run(this, routes.agent_builder['AgentBuilder.resumeAsync'], arguments) }
    stream(params, runId) { return run(this, routes.agent_builder['AgentBuilder.stream'], arguments) }
    observeStream(params) { return run(this, routes.agent_builder['AgentBuilder.observeStream'], arguments) }
    observeStreamLegacy(params) { return run(this, routes.agent_builder['AgentBuilder.observeStreamLegacy'], arguments) }
    resumeStream(params) { return run(this, routes.agent_builder['AgentBuilder.resumeStream'], arguments) }
    cancelRun(runId) { return run(this, routes.agent_builder['AgentBuilder.cancelRun'], arguments) }
  },
})
