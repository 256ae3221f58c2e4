'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the agent_controller group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentController: class AgentController extends Resource {
    listModes() { return run(this, 'AgentController.listModes', arguments) }
    listModels() { return run(this, 'AgentController.listModels', arguments) }
    listActiveRuns() { return run(this, 'AgentController.listActiveRuns', arguments) }
    workspaceStatus() { return run(this, 'AgentController.workspaceStatus', arguments) }
    session(resourceId, scope) { return run(this, 'AgentController.session', arguments) }
  },
  AgentControllerSession: class AgentControllerSession extends Resource {
    create(options) { return run(this, 'AgentControllerSession.create', arguments) }
    subscribe(options) { return run(this, 'AgentControllerSession.subscribe', arguments) }
    sendMessage(message, options) { return run(this, 'AgentControllerSession.sendMessage', arguments) }
    abort() { return run(this, 'AgentControllerSession.abort', arguments) }
    approveTool(toolCallId, approved, options) { return run(this, 'AgentControllerSession.approveTool', arguments) }
    respondToToolSuspension(toolCallId, resumeData, options) { return run(this, 'AgentControllerSession.respondToToolSuspension', arguments) }
    steer(message, options) { return run(this, 'AgentControllerSession.steer', arguments) }
    state(options) { return run(this, 'AgentControllerSession.state', arguments) }
    setState(updates) { return run(this, 'AgentControllerSession.setState', arguments) }
    switchMode(modeId) { return run(this, 'AgentControllerSession.switchMode', arguments) }
    switchModel(modelId, options) { return run(this, 'AgentControllerSession.switchModel', arguments) }
    listThreads(options) { return run(this, 'AgentControllerSession.listThreads', arguments) }
    switchThread(threadId) { return run(this, 'AgentControllerSession.switchThread', arguments) }
    createThread(title) { return run(this, 'AgentControllerSession.createThread', arguments) }
    deleteThread(threadId) { return run(this, 'AgentControllerSession.deleteThread', arguments) }
    renameThread(threadId, title) { return run(this, 'AgentControllerSession.renameThread', arguments) }
    cloneThread(options) { return run(this, 'AgentControllerSession.cloneThread', arguments) }
    listMessages(threadId, options) { return run(this, 'AgentControllerSession.listMessages', arguments) }
    followUp(message, options) { return run(this, 'AgentControllerSession.followUp', arguments) }
    getOMRecord() { return run(this, 'AgentControllerSession.getOMRecord', arguments) }
    setResourceId(newResourceId) { return run(this, 'AgentControllerSession.setResourceId', arguments) }
    getResourceIds() { return run(this, 'AgentControllerSession.getResourceIds', arguments) }
    getGoal() { return run(this, 'AgentControllerSession.getGoal', arguments) }
    setGoal(objective, options) { return run(this, 'AgentControllerSession.setGoal', arguments) }
    updateGoal(options) { return run(this, 'AgentControllerSession.updateGoal', arguments) }
    clearGoal() { return run(this, 'AgentControllerSession.clearGoal', arguments) }
    getPermissions() { return run(this, 'AgentControllerSession.getPermissions', arguments) }
    setPermissionForCategory(category, policy) { return run(this, 'AgentControllerSession.setPermissionForCategory', arguments) }
    setPermissionForTool(toolName, policy) { return run(this, 'AgentControllerSession.setPermissionForTool', arguments) }
    sendNotification(input) { return run(this, 'AgentControllerSession.sendNotification', arguments) }
  },
})
