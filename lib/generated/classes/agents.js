'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the agents group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Agent: class Agent extends Resource {
    details(requestContext) { return run(this, 'Agent.details', arguments) }
    readPlan(path, requestContext) { return run(this, 'Agent.readPlan', arguments) }
    getTool(toolId, requestContext) { return run(this, 'Agent.getTool', arguments) }
    executeTool(toolId, params) { return run(this, 'Agent.executeTool', arguments) }
    enhanceInstructions(instructions, comment) { return run(this, 'Agent.enhanceInstructions', arguments) }
    browserSession(threadId) { return run(this, 'Agent.browserSession', arguments) }
    closeBrowser(threadId) { return run(this, 'Agent.closeBrowser', arguments) }
    clone(params) { return run(this, 'Agent.clone', arguments) }
    updateModel(params) { return run(this, 'Agent.updateModel', arguments) }
    resetModel() { return run(this, 'Agent.resetModel', arguments) }
    updateModelInModelList(params) { return run(this, 'Agent.updateModelInModelList', arguments) }
    reorderModelList(params) { return run(this, 'Agent.reorderModelList', arguments) }
    listVersions(params, requestContext) { return run(this, 'Agent.listVersions', arguments) }
    createVersion(params, requestContext) { return run(this, 'Agent.createVersion', arguments) }
    getVersion(versionId, requestContext) { return run(this, 'Agent.getVersion', arguments) }
    activateVersion(versionId, requestContext) { return run(this, 'Agent.activateVersion', arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 'Agent.restoreVersion', arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 'Agent.deleteVersion', arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 'Agent.compareVersions', arguments) }
    generate(messages, options) { return run(this, 'Agent.generate', arguments) }
    stream(messages, options) { return run(this, 'Agent.stream', arguments) }
    streamUntilIdle(messages, options) { return run(this, 'Agent.streamUntilIdle', arguments) }
    resumeStream(resumeData, options) { return run(this, 'Agent.resumeStream', arguments) }
    resumeStreamUntilIdle(resumeData, options) { return run(this, 'Agent.resumeStreamUntilIdle', arguments) }
    observe(params) { return run(this, 'Agent.observe', arguments) }
    recover(params) { return run(this, 'Agent.recover', arguments) }
    processStreamResponse(processedParams, controller, route, signal) { return run(this, 'Agent.processStreamResponse', arguments) }
    approveToolCall(params) { return run(this, 'Agent.approveToolCall', arguments) }
    declineToolCall(params) { return run(this, 'Agent.declineToolCall', arguments) }
    approveToolCallGenerate(params) { return run(this, 'Agent.approveToolCallGenerate', arguments) }
    declineToolCallGenerate(params) { return run(this, 'Agent.declineToolCallGenerate', arguments) }
    sendToolApproval(params) { return run(this, 'Agent.sendToolApproval', arguments) }
    listSuspendedRuns(params, requestContext) { return run(this, 'Agent.listSuspendedRuns', arguments) }
    network(messages, params) { return run(this, 'Agent.network', arguments) }
    approveNetworkToolCall(params) { return run(this, 'Agent.approveNetworkToolCall', arguments) }
    declineNetworkToolCall(params) { return run(this, 'Agent.declineNetworkToolCall', arguments) }
    sendMessage(params) { return run(this, 'Agent.sendMessage', arguments) }
    queueMessage(params) { return run(this, 'Agent.queueMessage', arguments) }
    sendSignal(params) { return run(this, 'Agent.sendSignal', arguments) }
    subscribeToThread(params) { return run(this, 'Agent.subscribeToThread', arguments) }
    abortThread(params) { return run(this, 'Agent.abortThread', arguments) }
    generateLegacy(params) { return run(this, 'Agent.generateLegacy', arguments) }
    streamLegacy(params) { return run(this, 'Agent.streamLegacy', arguments) }
  },
  AgentVoice: class AgentVoice extends Resource {
    speak(text, options) { return run(this, 'AgentVoice.speak', arguments) }
    listen(audio, options) { return run(this, 'AgentVoice.listen', arguments) }
    getSpeakers(requestContext) { return run(this, 'AgentVoice.getSpeakers', arguments) }
    getListener(requestContext) { return run(this, 'AgentVoice.getListener', arguments) }
  },
})
