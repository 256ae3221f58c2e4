'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the a2a group, declared in src/core/routes/a2a.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** An A2A client for an agent (no request is made). */
  'MastraClient.getA2A': { json: '{"bind":[{"field":"agentId","optional":false,"src":"agentId"}],"body":{"kind":"none"},"class":"MastraClient","group":"a2a","method":"getA2A","name":"MastraClient.getA2A","params":["agentId"],"path":"","query":[],"reply":{"class":"A2A","kind":"resource"},"verb":null}' },
  /** An A2A v1.0 client for an agent (no request is made). */
  'MastraClient.getA2AV1': { json: '{"bind":[{"field":"agentId","optional":false,"src":"agentId"}],"body":{"kind":"none"},"class":"MastraClient","group":"a2a","method":"getA2AV1","name":"MastraClient.getA2AV1","params":["agentId"],"path":"","query":[],"reply":{"class":"A2AV1","kind":"resource"},"verb":null}' },
  /** The agent card; with `verifySignature`, its JWS signatures are checked first. `GET /.well-known/{agentId}/agent-card.json` `GET /.well-known/{agentId}/agent-card.json` */
  'A2A.getAgentCard': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aAgentCard","group":"a2a","method":"getAgentCard","name":"A2A.getAgentCard","params":["options"],"path":"/.well-known/{agentId}/agent-card.json","query":[],"reply":{"kind":"json"},"verb":"GET"}', custom: () => hooks.a2a.custom.a2aAgentCard },
  /** Deprecated name of getAgentCard. `GET /.well-known/{agentId}/agent-card.json` */
  'A2A.getCard': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aAgentCard","group":"a2a","method":"getCard","name":"A2A.getCard","params":["options"],"path":"/.well-known/{agentId}/agent-card.json","query":[],"reply":{"kind":"json"},"verb":"GET"}', custom: () => hooks.a2a.custom.a2aAgentCard },
  /** The authenticated extended agent card (`agent/getAuthenticatedExtendedCard`). `POST /a2a/{agentId}` */
  'A2A.getExtendedAgentCard': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"getExtendedAgentCard","name":"A2A.getExtendedAgentCard","params":[],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Sends a message (`message/send`) and resolves with the JSON-RPC response envelope. `POST /a2a/{agentId}` */
  'A2A.sendMessage': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"sendMessage","name":"A2A.sendMessage","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Sends a message (`message/stream`) and yields the task's events as they arrive. `POST /a2a/{agentId}` */
  'A2A.sendMessageStream': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"sendMessageStream","name":"A2A.sendMessageStream","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Deprecated: sends `message/stream` and resolves with the raw streaming Response. `POST /a2a/{agentId}` */
  'A2A.sendStreamingMessage': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"sendStreamingMessage","name":"A2A.sendStreamingMessage","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** A task's status and result (`tasks/get`), as the JSON-RPC response envelope. `POST /a2a/{agentId}` */
  'A2A.getTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"getTask","name":"A2A.getTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Cancels a task (`tasks/cancel`); resolves with the JSON-RPC response envelope. `POST /a2a/{agentId}` */
  'A2A.cancelTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"cancelTask","name":"A2A.cancelTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Resumes the event stream of a task (`tasks/resubscribe`). `POST /a2a/{agentId}` */
  'A2A.resubscribeTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"resubscribeTask","name":"A2A.resubscribeTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Sets a task's push notification config (`tasks/pushNotificationConfig/set`). `POST /a2a/{agentId}` */
  'A2A.setTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"setTaskPushNotificationConfig","name":"A2A.setTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** A task's push notification config (`tasks/pushNotificationConfig/get`). `POST /a2a/{agentId}` */
  'A2A.getTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"getTaskPushNotificationConfig","name":"A2A.getTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** A task's push notification configs (`tasks/pushNotificationConfig/list`). `POST /a2a/{agentId}` */
  'A2A.listTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"listTaskPushNotificationConfig","name":"A2A.listTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Deletes a task's push notification config (`tasks/pushNotificationConfig/delete`). `POST /a2a/{agentId}` */
  'A2A.deleteTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2A","custom":"a2aRpc","group":"a2a","method":"deleteTaskPushNotificationConfig","name":"A2A.deleteTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aRpc },
  /** Creates a task's push notification config (`CreateTaskPushNotificationConfig`). `POST /a2a/{agentId}` */
  'A2AV1.createTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"createTaskPushNotificationConfig","name":"A2AV1.createTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** A task's push notification config (`GetTaskPushNotificationConfig`). `POST /a2a/{agentId}` */
  'A2AV1.getTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"getTaskPushNotificationConfig","name":"A2AV1.getTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** A task's push notification configs (`ListTaskPushNotificationConfigs`). `POST /a2a/{agentId}` */
  'A2AV1.listTaskPushNotificationConfigs': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"listTaskPushNotificationConfigs","name":"A2AV1.listTaskPushNotificationConfigs","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** Deletes a task's push notification config (`DeleteTaskPushNotificationConfig`). `POST /a2a/{agentId}` */
  'A2AV1.deleteTaskPushNotificationConfig': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"deleteTaskPushNotificationConfig","name":"A2AV1.deleteTaskPushNotificationConfig","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** The agent card, in its v1.0 form. `GET /.well-known/{agentId}/agent-card.json` `GET /.well-known/{agentId}/agent-card.json` */
  'A2AV1.getAgentCard': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1AgentCard","group":"a2a","headers":[["a2a-version","1.0"]],"method":"getAgentCard","name":"A2AV1.getAgentCard","params":[],"path":"/.well-known/{agentId}/agent-card.json","query":[],"reply":{"kind":"json"},"verb":"GET"}', custom: () => hooks.a2a.custom.a2aV1AgentCard },
  /** Sends a message (`SendMessage`) and resolves with the task or message it made. `POST /a2a/{agentId}` */
  'A2AV1.sendMessage': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"sendMessage","name":"A2AV1.sendMessage","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** Sends a message (`SendStreamingMessage`) and yields the events as they arrive. `POST /a2a/{agentId}` */
  'A2AV1.sendMessageStream': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"sendMessageStream","name":"A2AV1.sendMessageStream","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** A task (`GetTask`). `POST /a2a/{agentId}` */
  'A2AV1.getTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"getTask","name":"A2AV1.getTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** Lists tasks, one page at a time (`ListTasks`). `POST /a2a/{agentId}` */
  'A2AV1.listTasks': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"listTasks","name":"A2AV1.listTasks","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** Cancels a task (`CancelTask`). `POST /a2a/{agentId}` */
  'A2AV1.cancelTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"cancelTask","name":"A2AV1.cancelTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
  /** Resumes the event stream of a task (`SubscribeToTask`). `POST /a2a/{agentId}` */
  'A2AV1.resubscribeTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"A2AV1","custom":"a2aV1Rpc","group":"a2a","headers":[["a2a-version","1.0"]],"method":"resubscribeTask","name":"A2AV1.resubscribeTask","params":["params"],"path":"/a2a/{agentId}","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.a2a.custom.a2aV1Rpc },
}
