'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the agent_controller group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentController: class AgentController extends Resource {
    listModes() { return run(this, 132, arguments) }
    listModels() { return run(this, 133, arguments) }
    listActiveRuns() { return run(this, 134, arguments) }
    workspaceStatus() { return run(this, 135, arguments) }
    session(resourceId, scope) { return run(this, 136, arguments) }
  },
  AgentControllerSession: class AgentControllerSession extends Resource {
    create(options) { return run(this, 137, arguments) }
    subscribe(options) { return run(this, 138, arguments) }
    sendMessage(message, options) { return run(this, 139, arguments) }
    abort() { return run(this, 140, arguments) }
    approveTool(toolCallId, approved, options) { return run(this, 141, arguments) }
    respondToToolSuspension(toolCallId, resumeData, options) { return run(this, 142, arguments) }
    steer(message, options) { return run(this, 143, arguments) }
    state(options) { return run(this, 144, arguments) }
    setState(updates) { return run(this, 145, arguments) }
    switchMode(modeId) { return run(this, 146, arguments) }
    switchModel(modelId, options) { return run(this, 147, arguments) }
    listThreads(options) { return run(this, 148, arguments) }
    switchThread(threadId) { return run(this, 149, arguments) }
    createThread(title) { return run(this, 150, arguments) }
    deleteThread(threadId) { return run(this, 151, arguments) }
    renameThread(threadId, title) { return run(this, 152, arguments) }
    cloneThread(options) { return run(this, 153, arguments) }
    listMessages(threadId, options) { return run(this, 154, arguments) }
    followUp(message, options) { return run(this, 155, arguments) }
    getOMRecord() { return run(this, 156, arguments) }
    setResourceId(newResourceId) { return run(this, 157, arguments) }
    getResourceIds() { return run(this, 158, arguments) }
    getGoal() { return run(this, 159, arguments) }
    setGoal(objective, options) { return run(this, 160, arguments) }
    updateGoal(options) { return run(this, 161, arguments) }
    clearGoal() { return run(this, 162, arguments) }
    getPermissions() { return run(this, 163, arguments) }
    setPermissionForCategory(category, policy) { return run(this, 164, arguments) }
    setPermissionForTool(toolName, policy) { return run(this, 165, arguments) }
    sendNotification(input) { return run(this, 166, arguments) }
  },
})
