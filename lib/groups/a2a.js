'use strict'
// A2A: JSON-RPC 2.0 envelopes on POST /a2a/{agentId}, their answers unwrapped (or streamed),
// agent cards (signatures checked on request), and the v1.0 wire format.

const { randomUUID } = require('../values')
const { MastraClientError } = require('../errors')
// Node checks signatures with node:crypto; browsers and edge runtimes with WebCrypto
// (package.json `imports`, by the `node` condition).
const { verifyAgentCardSignatures } = require('#a2a-signature')
const { codec } = require('./a2a/v1-json')
const { a2aEvents } = require('./a2a/events')

/** A JSON-RPC error answered by an A2A agent (its `code`, `message` and `data`). */
class MastraA2AError extends Error {
  constructor(code, message, data, taskId) {
    super(message)
    this.name = 'MastraA2AError'
    this.code = code
    this.data = data
    this.taskId = taskId
  }
  /** The error as a JSON-RPC error object. */
  toJSONRPCError() {
    const error = { code: this.code, message: this.message }
    if (this.data !== undefined) error.data = this.data
    return error
  }
}

/** The JSON text of a JSON-RPC request with a fresh id. */
const envelope = (method, params) => JSON.stringify({ jsonrpc: '2.0', id: randomUUID(), method, params })

/** The error of a JSON-RPC error answer. */
function rpcError(response) {
  const error = response.error
  const message = error?.message ?? 'Unknown A2A JSON-RPC error'
  return typeof error?.code === 'number'
    ? new MastraA2AError(error.code, message, error.data)
    : new MastraClientError(200, 'OK', `A2A JSON-RPC error - ${message}`, error)
}

/** The `result` of a JSON-RPC answer; an `error` answer throws. */
function unwrap(response) {
  if ('error' in response && response.error) throw rpcError(response)
  if ('result' in response) return response.result
  throw new MastraClientError(200, 'OK', 'A2A JSON-RPC response did not include a result', response)
}

// ---- the JSON-RPC method and answer shape of each class method

/** v0.3: method → [JSON-RPC method, what the call gives: envelope | result | none | events | response]. */
const V03 = {
  getExtendedAgentCard: ['agent/getAuthenticatedExtendedCard', 'result'],
  sendMessage: ['message/send', 'envelope'],
  sendMessageStream: ['message/stream', 'events'],
  sendStreamingMessage: ['message/stream', 'response'],
  getTask: ['tasks/get', 'envelope'],
  cancelTask: ['tasks/cancel', 'envelope'],
  resubscribeTask: ['tasks/resubscribe', 'events'],
  setTaskPushNotificationConfig: ['tasks/pushNotificationConfig/set', 'result'],
  getTaskPushNotificationConfig: ['tasks/pushNotificationConfig/get', 'result'],
  listTaskPushNotificationConfig: ['tasks/pushNotificationConfig/list', 'result'],
  deleteTaskPushNotificationConfig: ['tasks/pushNotificationConfig/delete', 'none'],
}

/** v1.0: method → [JSON-RPC method, request message, answer message (null: none), streams]. */
const V1 = {
  createTaskPushNotificationConfig: ['CreateTaskPushNotificationConfig', 'TaskPushNotificationConfig', 'TaskPushNotificationConfig'],
  getTaskPushNotificationConfig: ['GetTaskPushNotificationConfig', 'GetTaskPushNotificationConfigRequest', 'TaskPushNotificationConfig'],
  listTaskPushNotificationConfigs: ['ListTaskPushNotificationConfigs', 'ListTaskPushNotificationConfigsRequest', 'ListTaskPushNotificationConfigsResponse'],
  deleteTaskPushNotificationConfig: ['DeleteTaskPushNotificationConfig', 'DeleteTaskPushNotificationConfigRequest', null],
  sendMessage: ['SendMessage', 'SendMessageRequest', 'SendMessageResponse'],
  sendMessageStream: ['SendStreamingMessage', 'SendMessageRequest', 'StreamResponse', true],
  getTask: ['GetTask', 'GetTaskRequest', 'Task'],
  listTasks: ['ListTasks', 'ListTasksRequest', 'ListTasksResponse'],
  cancelTask: ['CancelTask', 'CancelTaskRequest', 'Task'],
  resubscribeTask: ['SubscribeToTask', 'SubscribeToTaskRequest', 'StreamResponse', true],
}

/** Sends one JSON-RPC request for agent `self` and resolves with the parsed answer or the Response. */
const rpcSend = (kit, self, body, reply = 'json') => kit.send(self, { path: [self.agentId], body, reply })

const custom = {
  /** A2A JSON-RPC methods: the envelope, or its result, or a stream of events. */
  a2aRpc(kit) {
    const [method, mode] = V03[kit.route.method]
    if (mode === 'events') {
      return async function* (params) {
        const response = await rpcSend(kit, this, envelope(method, params), 'response')
        yield* a2aEvents(response.body)
      }
    }
    return async function (...args) {
      const params = kit.route.params.length ? args[0] : undefined
      const answer = await rpcSend(kit, this, envelope(method, params), mode === 'response' ? 'response' : 'json')
      if (mode === 'result') return unwrap(answer)
      if (mode === 'none') return void unwrap(answer)
      return answer
    }
  },

  /** A2A agent card; with `options.verifySignature`, its signatures are checked. */
  a2aAgentCard(kit) {
    return async function (options) {
      const card = await kit.send(this, { path: [this.agentId] })
      if (!options?.verifySignature) return card
      return verifyAgentCardSignatures(card, options.verifySignature)
    }
  },

  /** A2A v1.0 methods: the request message in its JSON form, the answer read back. */
  a2aV1Rpc(kit) {
    const [method, requestType, answerType, streams] = V1[kit.route.method]
    const request = codec(requestType)
    const answer = answerType && codec(answerType)
    if (streams) {
      return async function* (params) {
        const response = await rpcSend(kit, this, envelope(method, request.toJSON(params)), 'response')
        for await (const event of a2aEvents(response.body)) yield answer.fromJSON(event)
      }
    }
    return async function (params) {
      const result = unwrap(await rpcSend(kit, this, envelope(method, request.toJSON(params))))
      return answer ? answer.fromJSON(result) : undefined
    }
  },

  /** A2A v1.0 agent card. */
  a2aV1AgentCard(kit) {
    const card = codec('AgentCard')
    return async function () {
      return card.fromJSON(await kit.send(this, { path: [this.agentId] }))
    }
  },
}

module.exports = { custom, MastraA2AError }
