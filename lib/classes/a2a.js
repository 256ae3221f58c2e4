'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the a2a group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  A2A: class A2A extends Resource {
    getAgentCard(options) { return run(this, 420, arguments) }
    getCard(options) { return run(this, 421, arguments) }
    getExtendedAgentCard() { return run(this, 422, arguments) }
    sendMessage(params) { return run(this, 423, arguments) }
    sendMessageStream(params) { return run(this, 424, arguments) }
    sendStreamingMessage(params) { return run(this, 425, arguments) }
    getTask(params) { return run(this, 426, arguments) }
    cancelTask(params) { return run(this, 427, arguments) }
    resubscribeTask(params) { return run(this, 428, arguments) }
    setTaskPushNotificationConfig(params) { return run(this, 429, arguments) }
    getTaskPushNotificationConfig(params) { return run(this, 430, arguments) }
    listTaskPushNotificationConfig(params) { return run(this, 431, arguments) }
    deleteTaskPushNotificationConfig(params) { return run(this, 432, arguments) }
  },
  A2AV1: class A2AV1 extends Resource {
    createTaskPushNotificationConfig(params) { return run(this, 433, arguments) }
    getTaskPushNotificationConfig(params) { return run(this, 434, arguments) }
    listTaskPushNotificationConfigs(params) { return run(this, 435, arguments) }
    deleteTaskPushNotificationConfig(params) { return run(this, 436, arguments) }
    getAgentCard() { return run(this, 437, arguments) }
    sendMessage(params) { return run(this, 438, arguments) }
    sendMessageStream(params) { return run(this, 439, arguments) }
    getTask(params) { return run(this, 440, arguments) }
    listTasks(params) { return run(this, 441, arguments) }
    cancelTask(params) { return run(this, 442, arguments) }
    resubscribeTask(params) { return run(this, 443, arguments) }
  },
})
