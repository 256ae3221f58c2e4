'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the agent_controller group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  AgentController: class AgentController extends Resource {
    listModes() { return run(this, routes.agent_controller['AgentController.listModes'], arguments) }
    listModels() { return run(this, routes.agent_controller['AgentController.listModels'], arguments) }
    listActiveRuns() { return run(this, routes.agent_controller['AgentController.listActiveRuns'], arguments) }
    workspaceStatus() { return run(this, routes.agent_controller['AgentController.workspaceStatus'], arguments) }
    session(resourceId, scope) { return run(this, routes.agent_controller['AgentController.session'], arguments) }
  },
  AgentControllerSession: class AgentControllerSession extends Resource {
    create(options) { return run(this, routes.agent_controller['AgentControllerSession.create'], arguments) }
    subscribe(options) { return run(this, routes.agent_controller['AgentControllerSession.subscribe'], arguments) }
    sendMessage(message, options) { return run(this, routes.agent_controller['AgentControllerSession.sendMessage'], arguments) }
    abort() { return run(this, routes.agent_controller['AgentControllerSession.abort'], arguments) }
    approveTool(toolCallId, approved, options) { return run(this, routes.agent_controller['AgentControllerSession.approveTool'], arguments) }
    respondToToolSuspension(toolCallId, resumeData, options) { return run(this, routes.agent_controller['AgentControllerSession.respondToToolSuspension'], arguments) }
    steer(message, options) { return run(this, routes.agent_controller['AgentControllerSession.steer'], arguments) }
    state(options) { return run(this, routes.agent_controller['AgentControllerSession.state'], arguments) }
    setState(updates) { return run(this, routes.agent_controller['AgentControllerSession.setState'], arguments) }
    switchMode(modeId) { return run(this, routes.agent_controller['AgentControllerSession.switchMode'], arguments) }
    switchModel(modelId, options) { return run(this, routes.agent_controller['AgentControllerSession.switchModel'], arguments) }
    listThreads(options) { return run(this, routes.agent_controller['AgentControllerSession.listThreads'], arguments) }
    switchThread(threadId) { return run(this, routes.agent_controller['AgentControllerSession.switchThread'], arguments) }
    createThread(title) { return run(this, routes.agent_controller['AgentControllerSession.createThread'], arguments) }
    deleteThread(threadId) { return run(this, routes.agent_controller['AgentControllerSession.deleteThread'], arguments) }
    renameThread(threadId, title) { return run(this, routes.agent_controller['AgentControllerSession.renameThread'], arguments) }
    cloneThread(options) { return run(this, routes.agent_controller['AgentControllerSession.cloneThread'], arguments) }
    listMessages(threadId, options) { return run(this, routes.agent_controller['AgentControllerSession.listMessages'], arguments) }
    followUp(message, options) { return run(this, routes.agent_controller['AgentControllerSession.followUp'], arguments) }
    getOMRecord() { return run(this, routes.agent_controller['AgentControllerSession.getOMRecord'], arguments) }
    setResourceId(newResourceId) { return run(this, routes.agent_controller['AgentControllerSession.setResourceId'], arguments) }
    getResourceIds() { return run(this, routes.agent_controller['AgentControllerSession.getResourceIds'], arguments) }
    getGoal() { return run(this, routes.agent_controller['AgentControllerSession.getGoal'], arguments) }
    setGoal(objective, options) { return run(this, routes.agent_controller['AgentControllerSession.setGoal'], arguments) }
    updateGoal(options) { return run(this, routes.agent_controller['AgentControllerSession.updateGoal'], arguments) }
    clearGoal() { return run(this, routes.agent_controller['AgentControllerSession.clearGoal'], arguments) }
    getPermissions() { return run(this, routes.agent_controller['AgentControllerSession.getPermissions'], arguments) }
    setPermissionForCategory(category, policy) { return run(this, routes.agent_controller['AgentControllerSession.setPermissionForCategory'], arguments) }
    setPermissionForTool(toolName, policy) { return run(this, routes.agent_controller['AgentControllerSession.setPermissionForTool'], arguments) }
    sendNotification(input) { return run(this, routes.agent_controller['AgentControllerSession.sendNotification'], arguments) }
  },
})
