'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the agents group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Agent: class Agent extends Resource {
    details(requestContext) { return run(this, routes.agents['Agent.details'], arguments) }
    readPlan(path, requestContext) { return run(this, routes.agents['Agent.readPlan'], arguments) }
    getTool(toolId, requestContext) { return run(this, routes.agents['Agent.getTool'], arguments) }
    executeTool(toolId, params) { return run(this, routes.agents['Agent.executeTool'], arguments) }
    enhanceInstructions(instructions, comment) { return run(this, routes.agents['Agent.enhanceInstructions'], arguments) }
    browserSession(threadId) { return run(this, routes.agents['Agent.browserSession'], arguments) }
    closeBrowser(threadId) { return run(this, routes.agents['Agent.closeBrowser'], arguments) }
    clone(params) { return run(this, routes.agents['Agent.clone'], arguments) }
    updateModel(params) { return run(this, routes.agents['Agent.updateModel'], arguments) }
    resetModel() { return run(this, routes.agents['Agent.resetModel'], arguments) }
    updateModelInModelList(params) { return run(this, routes.agents['Agent.updateModelInModelList'], arguments) }
    reorderModelList(params) { return run(this, routes.agents['Agent.reorderModelList'], arguments) }
    listVersions(params, requestContext) { return run(this, routes.agents['Agent.listVersions'], arguments) }
    createVersion(params, requestContext) { return run(this, routes.agents['Agent.createVersion'], arguments) }
    getVersion(versionId, requestContext) { return run(this, routes.agents['Agent.getVersion'], arguments) }
    activateVersion(versionId, requestContext) { return run(this, routes.agents['Agent.activateVersion'], arguments) }
    restoreVersion(versionId, requestContext) { return run(this, routes.agents['Agent.restoreVersion'], arguments) }
    deleteVersion(versionId, requestContext) { return run(this, routes.agents['Agent.deleteVersion'], arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, routes.agents['Agent.compareVersions'], arguments) }
    generate(messages, options) { return run(this, routes.agents['Agent.generate'], arguments) }
    stream(messages, options) { return run(this, routes.agents['Agent.stream'], arguments) }
    streamUntilIdle(messages, options) { return run(this, routes.agents['Agent.streamUntilIdle'], arguments) }
    resumeStream(resumeData, options) { return run(this, routes.agents['Agent.resumeStream'], arguments) }
    resumeStreamUntilIdle(resumeData, options) { return run(this, routes.agents['Agent.resumeStreamUntilIdle'], arguments) }
    observe(params) { return run(this, routes.agents['Agent.observe'], arguments) }
    recover(params) { return run(this, routes.agents['Agent.recover'], arguments) }
    processStreamResponse(processedParams, controller, route, signal) { return run(this, routes.agents['Agent.processStreamResponse'], arguments) }
    approveToolCall(params) { return run(this, routes.agents['Agent.approveToolCall'], arguments) }
    declineToolCall(params) { return run(this, routes.agents['Agent.declineToolCall'], arguments) }
    approveToolCallGenerate(params) { return run(this, routes.agents['Agent.approveToolCallGenerate'], arguments) }
    declineToolCallGenerate(params) { return run(this, routes.agents['Agent.declineToolCallGenerate'], arguments) }
    sendToolApproval(params) { return run(this, routes.agents['Agent.sendToolApproval'], arguments) }
    listSuspendedRuns(params, requestContext) { return run(this, routes.agents['Agent.listSuspendedRuns'], arguments) }
    network(messages, params) { return run(this, routes.agents['Agent.network'], arguments) }
    approveNetworkToolCall(params) { return run(this, routes.agents['Agent.approveNetworkToolCall'], arguments) }
    declineNetworkToolCall(params) { return run(this, routes.agents['Agent.declineNetworkToolCall'], arguments) }
    sendMessage(params) { return run(this, routes.agents['Agent.sendMessage'], arguments) }
    queueMessage(params) { return run(this, routes.agents['Agent.queueMessage'], arguments) }
    sendSignal(params) { return run(this, routes.agents['Agent.sendSignal'], arguments) }
    subscribeToThread(params) { return run(this, routes.agents['Agent.subscribeToThread'], arguments) }
    abortThread(params) { return run(this, routes.agents['Agent.abortThread'], arguments) }
    generateLegacy(params) { return run(this, routes.agents['Agent.generateLegacy'], arguments) }
    streamLegacy(params) { return run(this, routes.agents['Agent.streamLegacy'], arguments) }
  },
  AgentVoice: class AgentVoice extends Resource {
    speak(text, options) { return run(this, routes.agents['AgentVoice.speak'], arguments) }
    listen(audio, options) { return run(this, routes.agents['AgentVoice.listen'], arguments) }
    getSpeakers(requestContext) { return run(this, routes.agents['AgentVoice.getSpeakers'], arguments) }
    getListener(requestContext) { return run(this, routes.agents['AgentVoice.getListener'], arguments) }
  },
})
