'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the a2a group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  A2A: class A2A extends Resource {
    getAgentCard(options) { return run(this, routes.a2a['A2A.getAgentCard'], arguments) }
    getCard(options) { return run(this, routes.a2a['A2A.getCard'], arguments) }
    getExtendedAgentCard() { return run(this, routes.a2a['A2A.getExtendedAgentCard'], arguments) }
    sendMessage(params) { return run(this, routes.a2a['A2A.sendMessage'], arguments) }
    sendMessageStream(params) { return run(this, routes.a2a['A2A.sendMessageStream'], arguments) }
    sendStreamingMessage(params) { return run(this, routes.a2a['A2A.sendStreamingMessage'], arguments) }
    getTask(params) { return run(this, routes.a2a['A2A.getTask'], arguments) }
    cancelTask(params) { return run(this, routes.a2a['A2A.cancelTask'], arguments) }
    resubscribeTask(params) { return run(this, routes.a2a['A2A.resubscribeTask'], arguments) }
    setTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2A.setTaskPushNotificationConfig'], arguments) }
    getTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2A.getTaskPushNotificationConfig'], arguments) }
    listTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2A.listTaskPushNotificationConfig'], arguments) }
    deleteTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2A.deleteTaskPushNotificationConfig'], arguments) }
  },
  A2AV1: class A2AV1 extends Resource {
    createTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2AV1.createTaskPushNotificationConfig'], arguments) }
    getTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2AV1.getTaskPushNotificationConfig'], arguments) }
    listTaskPushNotificationConfigs(params) { return run(this, routes.a2a['A2AV1.listTaskPushNotificationConfigs'], arguments) }
    deleteTaskPushNotificationConfig(params) { return run(this, routes.a2a['A2AV1.deleteTaskPushNotificationConfig'], arguments) }
    getAgentCard() { return run(this, routes.a2a['A2AV1.getAgentCard'], arguments) }
    sendMessage(params) { return run(this, routes.a2a['A2AV1.sendMessage'], arguments) }
    sendMessageStream(params) { return run(this, routes.a2a['A2AV1.sendMessageStream'], arguments) }
    getTask(params) { return run(this, routes.a2a['A2AV1.getTask'], arguments) }
    listTasks(params) { return run(this, routes.a2a['A2AV1.listTasks'], arguments) }
    cancelTask(params) { return run(this, routes.a2a['A2AV1.cancelTask'], arguments) }
    resubscribeTask(params) { return run(this, routes.a2a['A2AV1.resubscribeTask'], arguments) }
  },
})
