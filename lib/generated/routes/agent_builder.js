'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the agent_builder group, declared in src/core/routes/agent_builder.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Lists the server's agent-builder actions, keyed by id. `GET /agent-builder` */
  'MastraClient.getAgentBuilderActions': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"agent_builder","method":"getAgentBuilderActions","name":"MastraClient.getAgentBuilderActions","params":[],"path":"/agent-builder","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** An agent-builder action by id (no request is made). */
  'MastraClient.getAgentBuilderAction': { json: '{"bind":[{"field":"actionId","optional":false,"src":"actionId"}],"body":{"kind":"none"},"class":"MastraClient","group":"agent_builder","method":"getAgentBuilderAction","name":"MastraClient.getAgentBuilderAction","params":["actionId"],"path":"","query":[],"reply":{"class":"AgentBuilder","kind":"resource"},"verb":null}' },
  /** The action result a workflow result stands for: success, applied changes, message, errors. */
  'AgentBuilder.transformWorkflowResult': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","custom":"agentBuilderTransform","group":"agent_builder","method":"transformWorkflowResult","name":"AgentBuilder.transformWorkflowResult","params":["result"],"path":"","query":[],"reply":{"kind":"json"},"verb":null}', custom: () => hooks.agent_builder.custom.agentBuilderTransform },
  /** The action's details: steps and schemas. `GET /agent-builder/{actionId}` */
  'AgentBuilder.details': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"details","name":"AgentBuilder.details","params":[],"path":"/agent-builder/{actionId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Lists the action's runs: dates, paging and resource filters. `GET /agent-builder/{actionId}/runs` */
  'AgentBuilder.runs': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"runs","name":"AgentBuilder.runs","params":["params"],"path":"/agent-builder/{actionId}/runs","prepare":"agentBuilderRunsQuery","query":[{"enc":"spread","key":"","src":"runsQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.agent_builder.prepare.agentBuilderRunsQuery },
  /** One run of the action, or only the listed `fields`. `GET /agent-builder/{actionId}/runs/{runId}` */
  'AgentBuilder.runById': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"runById","name":"AgentBuilder.runById","params":["runId","options"],"path":"/agent-builder/{actionId}/runs/{runId}","prepare":"workflowRunByIdQuery","query":[{"enc":"spread","key":"","src":"runQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.agent_builder.prepare.workflowRunByIdQuery },
  /** Creates a run of the action and resolves with its id. `POST /agent-builder/{actionId}/create-run` */
  'AgentBuilder.createRun': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"createRun","name":"AgentBuilder.createRun","params":["params"],"path":"/agent-builder/{actionId}/create-run","query":[{"enc":"str","key":"runId","src":"params.runId"}],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Runs the action and resolves with its result. `POST /agent-builder/{actionId}/start-async` */
  'AgentBuilder.startAsync': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","finish":"agentBuilderResult","group":"agent_builder","method":"startAsync","name":"AgentBuilder.startAsync","params":["params","runId"],"path":"/agent-builder/{actionId}/start-async","prepare":"agentBuilderBody","query":[{"enc":"str","key":"runId","src":"runId"}],"reply":{"kind":"json"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderBody, finish: () => hooks.agent_builder.finish.agentBuilderResult },
  /** Starts a created run of the action without waiting for it to finish. `POST /agent-builder/{actionId}/start` */
  'AgentBuilder.startActionRun': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","group":"agent_builder","method":"startActionRun","name":"AgentBuilder.startActionRun","params":["params","runId"],"path":"/agent-builder/{actionId}/start","prepare":"agentBuilderBody","query":[{"enc":"raw","key":"runId","src":"runId"}],"reply":{"kind":"json"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderBody },
  /** Resumes a suspended step of a run without waiting for it to finish. `POST /agent-builder/{actionId}/resume` */
  'AgentBuilder.resume': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","group":"agent_builder","method":"resume","name":"AgentBuilder.resume","params":["params","runId"],"path":"/agent-builder/{actionId}/resume","prepare":"agentBuilderBody","query":[{"enc":"raw","key":"runId","src":"runId"}],"reply":{"kind":"json"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderBody },
  /** Resumes a suspended step of a run and resolves with the action's result. `POST /agent-builder/{actionId}/resume-async` */
  'AgentBuilder.resumeAsync': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","finish":"agentBuilderResult","group":"agent_builder","method":"resumeAsync","name":"AgentBuilder.resumeAsync","params":["params","runId"],"path":"/agent-builder/{actionId}/resume-async","prepare":"agentBuilderBody","query":[{"enc":"raw","key":"runId","src":"runId"}],"reply":{"kind":"json"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderBody, finish: () => hooks.agent_builder.finish.agentBuilderResult },
  /** Runs the action in a created run and streams its events. `POST /agent-builder/{actionId}/stream` */
  'AgentBuilder.stream': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","group":"agent_builder","method":"stream","name":"AgentBuilder.stream","params":["params","runId"],"path":"/agent-builder/{actionId}/stream","prepare":"agentBuilderStreamBody","query":[{"enc":"raw","key":"runId","src":"runId"}],"reply":{"kind":"records"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderStreamBody },
  /** Streams a run's events again: what happened so far, then live. `POST /agent-builder/{actionId}/observe` */
  'AgentBuilder.observeStream': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"observeStream","name":"AgentBuilder.observeStream","params":["params"],"path":"/agent-builder/{actionId}/observe","query":[{"enc":"raw","key":"runId","src":"params.runId"}],"reply":{"kind":"records"},"verb":"POST"}' },
  /** Streams a run's events again through the older streaming route. `POST /agent-builder/{actionId}/observe-stream-legacy` */
  'AgentBuilder.observeStreamLegacy': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"observeStreamLegacy","name":"AgentBuilder.observeStreamLegacy","params":["params"],"path":"/agent-builder/{actionId}/observe-stream-legacy","query":[{"enc":"raw","key":"runId","src":"params.runId"}],"reply":{"kind":"records"},"verb":"POST"}' },
  /** Resumes a suspended step of a run and streams its events. `POST /agent-builder/{actionId}/resume-stream` */
  'AgentBuilder.resumeStream': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"AgentBuilder","group":"agent_builder","method":"resumeStream","name":"AgentBuilder.resumeStream","params":["params"],"path":"/agent-builder/{actionId}/resume-stream","prepare":"agentBuilderBody","query":[{"enc":"raw","key":"runId","src":"params.runId"}],"reply":{"kind":"records"},"verb":"POST"}', prepare: () => hooks.agent_builder.prepare.agentBuilderBody },
  /** Cancels a run of the action. `POST /agent-builder/{actionId}/runs/{runId}/cancel` */
  'AgentBuilder.cancelRun': { json: '{"bind":[],"body":{"kind":"none"},"class":"AgentBuilder","group":"agent_builder","method":"cancelRun","name":"AgentBuilder.cancelRun","params":["runId"],"path":"/agent-builder/{actionId}/runs/{runId}/cancel","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
