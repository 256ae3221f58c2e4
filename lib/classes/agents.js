'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the agents group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Agent: class Agent extends Resource {
    details(requestContext) { return run(this, 4, arguments) }
    readPlan(path, requestContext) { return run(this, 5, arguments) }
    getTool(toolId, requestContext) { return run(this, 6, arguments) }
    executeTool(toolId, params) { return run(this, 7, arguments) }
    enhanceInstructions(instructions, comment) { return run(this, 8, arguments) }
    browserSession(threadId) { return run(this, 9, arguments) }
    closeBrowser(threadId) { return run(this, 10, arguments) }
    clone(params) { return run(this, 11, arguments) }
    updateModel(params) { return run(this, 12, arguments) }
    resetModel() { return run(this, 13, arguments) }
    updateModelInModelList(params) { return run(this, 14, arguments) }
    reorderModelList(params) { return run(this, 15, arguments) }
    listVersions(params, requestContext) { return run(this, 16, arguments) }
    createVersion(params, requestContext) { return run(this, 17, arguments) }
    getVersion(versionId, requestContext) { return run(this, 18, arguments) }
    activateVersion(versionId, requestContext) { return run(this, 19, arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 20, arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 21, arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 22, arguments) }
    generate(messages, options) { return run(this, 23, arguments) }
    stream(messages, options) { return run(this, 24, arguments) }
    streamUntilIdle(messages, options) { return run(this, 25, arguments) }
    resumeStream(resumeData, options) { return run(this, 26, arguments) }
    resumeStreamUntilIdle(resumeData, options) { return run(this, 27, arguments) }
    observe(params) { return run(this, 28, arguments) }
    recover(params) { return run(this, 29, arguments) }
    processStreamResponse(processedParams, controller, route, signal) { return run(this, 30, arguments) }
    approveToolCall(params) { return run(this, 31, arguments) }
    declineToolCall(params) { return run(this, 32, arguments) }
    approveToolCallGenerate(params) { return run(this, 33, arguments) }
    declineToolCallGenerate(params) { return run(this, 34, arguments) }
    sendToolApproval(params) { return run(this, 35, arguments) }
    listSuspendedRuns(params, requestContext) { return run(this, 36, arguments) }
    network(messages, params) { return run(this, 37, arguments) }
    approveNetworkToolCall(params) { return run(this, 38, arguments) }
    declineNetworkToolCall(params) { return run(this, 39, arguments) }
    sendMessage(params) { return run(this, 40, arguments) }
    queueMessage(params) { return run(this, 41, arguments) }
    sendSignal(params) { return run(this, 42, arguments) }
    subscribeToThread(params) { return run(this, 43, arguments) }
    abortThread(params) { return run(this, 44, arguments) }
    generateLegacy(params) { return run(this, 45, arguments) }
    streamLegacy(params) { return run(this, 46, arguments) }
  },
  AgentVoice: class AgentVoice extends Resource {
    speak(text, options) { return run(this, 47, arguments) }
    listen(audio, options) { return run(this, 48, arguments) }
    getSpeakers(requestContext) { return run(this, 49, arguments) }
    getListener(requestContext) { return run(this, 50, arguments) }
  },
})
