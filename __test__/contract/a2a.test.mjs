// Contract tests of the a2a, conversations, responses, channels and system groups: each
// method called through @mastra/client-js 1.47.0 and through the native package on one real
// Mastra server, results compared after normalization of ids and times.
//
// The A2A routes keep their tasks in a task store given to the server adapter, so this file
// serves the fixture's Mastra instance through a second adapter that has one.
//
// getBuilderAvailableModels is left out here: the server asks model gateways on the network
// for it (its requests and answers are covered by the wire cases).
//
// Run (Node >= 22): node --test __test__/contract/a2a.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import * as ClientJs from '@mastra/client-js'
import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import { MastraServer } from '@mastra/hono'
import { InMemoryTaskStore } from '@mastra/server/a2a/store'
import { createContract } from '../support/contract.mjs'

const AGENT = 'echo-agent'
const T = { timeout: 30_000 } // a guard against hangs only

let Native
let a2aServer
let js
let nv

// No per-side names here: values are compared after the normalizer's own rules only.
const contract = createContract()
const { both, same, rejection } = contract

before(async () => {
  // The clients talk to a second adapter over the fixture's Mastra instance (setup's URL).
  ;({ Native, js, nv } = await contract.start({
    setup: async (fixture) => {
      const app = new Hono()
      await new MastraServer({ app, mastra: fixture.mastra, taskStore: new InMemoryTaskStore() }).init()
      a2aServer = await new Promise((resolve, reject) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
        s.once('error', reject)
      })
      return `http://127.0.0.1:${a2aServer.address().port}`
    },
  }))
})

after(async () => {
  await new Promise((resolve) => {
    a2aServer?.close(() => resolve())
    a2aServer?.closeAllConnections?.()
  })
  await contract.stop()
})

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/**
 * Both clients' calls reject alike, with any error class (not only HTTP errors, unlike the shared
 * sameRejection): class name, name, message, status, statusText, body, code, data; `check` asserts
 * the test's premise on client-js's error.
 */
async function sameError(fn, check) {
  const [jsErr, nvErr] = await both((c, side) => rejection(() => fn(c, side)))
  check?.(jsErr)
  assert.ok(nvErr instanceof Error, `native error is not an Error: ${nvErr}`)
  const view = (e) => ({ class: e.constructor.name, name: e.name, message: e.message, status: e.status, statusText: e.statusText, body: e.body, code: e.code, data: e.data })
  same(view(nvErr), view(jsErr))
  if (jsErr instanceof ClientJs.MastraClientError) assert.ok(nvErr instanceof Native.MastraClientError, 'the package MastraClientError')
  return [jsErr, nvErr]
}

/** All events of an async iterable. */
async function drain(iterable) {
  const out = []
  for await (const event of iterable) out.push(event)
  return out
}

/** The parsed `data:` events of an SSE text. */
const sseEvents = (text) =>
  text
    .split(/\r?\n\r?\n/)
    .map((frame) => frame.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n'))
    .filter((data) => data && data !== '[DONE]')
    .map((data) => JSON.parse(data))

const message = (text) => ({ message: { kind: 'message', messageId: randomUUID(), role: 'user', parts: [{ kind: 'text', text }] } })

// ---------------------------------------------------------------------------
// A2A (v0.3)
// ---------------------------------------------------------------------------

test('A2A.getAgentCard / getCard: the agent card', T, async () => {
  const [a, b] = await both((c) => c.getA2A(AGENT).getAgentCard())
  assert.equal(a.name, AGENT, 'premise: the echo agent card')
  assert.equal(a.capabilities.streaming, true)
  same(b, a)
  const [c, d] = await both((client) => client.getA2A(AGENT).getCard({ verifySignature: { keyProvider: () => assert.fail('unsigned card') } }))
  same(d, c)
})

test('A2A.getAgentCard: an unknown agent is a 404 on both', T, async () => {
  await sameError((c) => c.getA2A('no-such-agent').getAgentCard(), (e) => assert.equal(e.status, 404))
})

test('A2A.getExtendedAgentCard: a JSON-RPC error becomes MastraA2AError', T, async () => {
  const [jsErr, nvErr] = await sameError((c) => c.getA2A(AGENT).getExtendedAgentCard(), (e) => assert.equal(e.name, 'MastraA2AError'))
  assert.equal(typeof nvErr.code, 'number')
  assert.deepStrictEqual(nvErr.toJSONRPCError(), jsErr.toJSONRPCError())
})

test('A2A.sendMessage, getTask, cancelTask: JSON-RPC envelopes', T, async () => {
  const [sentJs, sentNv] = await both((c) => c.getA2A(AGENT).sendMessage(message('hello over a2a')))
  assert.equal(sentJs.jsonrpc, '2.0')
  assert.equal(sentJs.result.status.state, 'completed', 'premise: the echo agent completes the task')
  assert.match(JSON.stringify(sentJs.result.artifacts), /echo: hello over a2a/)
  same(sentNv, sentJs)

  const ids = { js: sentJs.result.id, nv: sentNv.result.id }
  const [taskJs, taskNv] = await both((c, side) => c.getA2A(AGENT).getTask({ id: ids[side] }))
  assert.equal(taskNv.result.id, ids.nv, 'the native client reads its own task')
  same(taskNv, taskJs)

  const [histJs, histNv] = await both((c, side) => c.getA2A(AGENT).getTask({ id: ids[side], historyLength: 1 }))
  same(histNv, histJs)

  const [cancelJs, cancelNv] = await both((c, side) => c.getA2A(AGENT).cancelTask({ id: ids[side] }))
  assert.equal(cancelJs.error?.code, -32002, 'premise: a completed task cannot be canceled')
  same(cancelNv, cancelJs)

  const [missingJs, missingNv] = await both((c) => c.getA2A(AGENT).getTask({ id: 'no-such-task' }))
  assert.equal(missingJs.error?.code, -32001)
  same(missingNv, missingJs)
})

test('A2A.sendMessageStream and resubscribeTask: the task events', T, async () => {
  const [eventsJs, eventsNv] = await both((c) => drain(c.getA2A(AGENT).sendMessageStream(message('stream me'))))
  assert.ok(eventsJs.length >= 2, 'premise: several events')
  assert.ok(eventsJs.some((e) => e.status?.state === 'completed'), 'premise: the task completes')
  same(eventsNv, eventsJs)

  const ids = { js: eventsJs[0].id, nv: eventsNv[0].id }
  assert.ok(ids.js && ids.nv, 'the first event is the task')
  const [resubJs, resubNv] = await both((c, side) => drain(c.getA2A(AGENT).resubscribeTask({ id: ids[side] })))
  assert.ok(resubJs.length >= 1)
  same(resubNv, resubJs)
})

test('A2A.sendStreamingMessage: the raw event stream', T, async () => {
  const [a, b] = await both(async (c) => {
    const response = await c.getA2A(AGENT).sendStreamingMessage(message('raw stream'))
    return { status: response.status, type: response.headers.get('content-type'), events: sseEvents(await response.text()) }
  })
  assert.equal(a.status, 200)
  assert.ok(a.events.length >= 2)
  same(b, a)
})

test('A2A push notification configs: set, get, list, delete', T, async () => {
  const [sentJs, sentNv] = await both((c) => c.getA2A(AGENT).sendMessage(message('task for push configs')))
  const ids = { js: sentJs.result.id, nv: sentNv.result.id }
  const config = (side) => ({ taskId: ids[side], pushNotificationConfig: { id: 'p-1', url: 'https://hooks.example/a2a', token: 'tok' } })

  const [setJs, setNv] = await both((c, side) => c.getA2A(AGENT).setTaskPushNotificationConfig(config(side)))
  assert.equal(setNv.taskId, ids.nv)
  same(setNv, setJs)
  const [getJs, getNv] = await both((c, side) => c.getA2A(AGENT).getTaskPushNotificationConfig({ id: ids[side], pushNotificationConfigId: 'p-1' }))
  same(getNv, getJs)
  const [listJs, listNv] = await both((c, side) => c.getA2A(AGENT).listTaskPushNotificationConfig({ id: ids[side] }))
  assert.equal(listJs.length, 1)
  same(listNv, listJs)
  const [delJs, delNv] = await both((c, side) => c.getA2A(AGENT).deleteTaskPushNotificationConfig({ id: ids[side], pushNotificationConfigId: 'p-1' }))
  assert.equal(delJs, undefined)
  assert.equal(delNv, undefined)
  const [afterJs, afterNv] = await both((c, side) => c.getA2A(AGENT).listTaskPushNotificationConfig({ id: ids[side] }))
  assert.deepStrictEqual(afterJs, [])
  same(afterNv, afterJs)
  await sameError((c) => c.getA2A(AGENT).getTaskPushNotificationConfig({ id: 'no-such-task', pushNotificationConfigId: 'p-1' }))
})

// ---------------------------------------------------------------------------
// A2AV1 (v1.0)
// ---------------------------------------------------------------------------

test('A2AV1.getAgentCard: the card in its v1.0 form', T, async () => {
  const [a, b] = await both((c) => c.getA2AV1(AGENT).getAgentCard())
  assert.equal(a.name, AGENT)
  assert.ok(Array.isArray(a.skills) && Array.isArray(a.supportedInterfaces), 'premise: fields filled with defaults')
  same(b, a)
})

test('A2AV1 JSON-RPC methods: this server answers each alike on both clients', T, async () => {
  const v1Message = { messageId: randomUUID(), role: 1, parts: [{ content: { $case: 'text', value: 'hi v1' } }] }
  const calls = [
    (a) => a.sendMessage({ message: v1Message }),
    (a) => drain(a.sendMessageStream({ message: v1Message })),
    (a) => a.getTask({ id: 'no-such-task' }),
    (a) => a.listTasks({ pageSize: 5 }),
    (a) => a.cancelTask({ id: 'no-such-task' }),
    (a) => drain(a.resubscribeTask({ id: 'no-such-task' })),
    (a) => a.createTaskPushNotificationConfig({ taskId: 'no-such-task', url: 'https://hooks.example' }),
    (a) => a.getTaskPushNotificationConfig({ taskId: 'no-such-task', id: 'p' }),
    (a) => a.listTaskPushNotificationConfigs({ taskId: 'no-such-task' }),
    (a) => a.deleteTaskPushNotificationConfig({ taskId: 'no-such-task', id: 'p' }),
  ]
  for (const call of calls) {
    const outcomes = await both(async (c) => {
      try {
        return { ok: true, value: await call(c.getA2AV1(AGENT)) }
      } catch (error) {
        return { ok: false, error: { class: error.constructor.name, name: error.name, message: error.message, status: error.status, body: error.body, code: error.code } }
      }
    })
    same(outcomes[1], outcomes[0])
  }
})

// ---------------------------------------------------------------------------
// Conversations and responses
// ---------------------------------------------------------------------------

test('conversations: create, retrieve, items.list, delete', T, async () => {
  const [convJs, convNv] = await both((c, side) => c.conversations.create({ agent_id: AGENT, title: `ct_conv_${side}` }))
  assert.equal(convJs.object, 'conversation')
  const replace = [[/ct_conv_(?:js|nv)/g, 'ct_conv_<side>']]
  same(convNv, convJs, { replace })
  const ids = { js: convJs.id, nv: convNv.id }

  const [getJs, getNv] = await both((c, side) => c.conversations.retrieve(ids[side]))
  assert.equal(getNv.id, ids.nv)
  same(getNv, getJs, { replace })

  const [emptyJs, emptyNv] = await both((c, side) => c.conversations.items.list(ids[side]))
  assert.deepStrictEqual(emptyJs.data, [])
  same(emptyNv, emptyJs)

  await both((c, side) => c.responses.create({ agent_id: AGENT, input: 'hello conversation', conversation_id: ids[side], store: true }))
  const [itemsJs, itemsNv] = await both((c, side) => c.conversations.items.list(ids[side]))
  assert.equal(itemsJs.data.length, 2, 'premise: the user message and the answer')
  same(itemsNv, itemsJs)

  const [delJs, delNv] = await both((c, side) => c.conversations.delete(ids[side]))
  assert.equal(delJs.deleted, true)
  same(delNv, delJs)
  await sameError((c, side) => c.conversations.retrieve(ids[side]), (e) => assert.equal(e.status, 404))
})

test('responses: create (with output_text), retrieve, delete', T, async () => {
  const [a, b] = await both((c) => c.responses.create({ agent_id: AGENT, input: 'hello responses', store: true }))
  assert.equal(a.output_text, 'echo: hello responses', 'premise: output_text from the message output')
  same(b, a)
  const ids = { js: a.id, nv: b.id }

  const [getJs, getNv] = await both((c, side) => c.responses.retrieve(ids[side]))
  assert.equal(getNv.id, ids.nv)
  assert.equal(getNv.output_text, 'echo: hello responses')
  same(getNv, getJs)

  const [delJs, delNv] = await both((c, side) => c.responses.delete(ids[side]))
  same(delNv, delJs)
  await sameError((c, side) => c.responses.retrieve(ids[side]), (e) => assert.equal(e.status, 404))
  await sameError((c) => c.responses.create({ input: 'no agent' }), (e) => assert.ok(e.status >= 400))
})

test('responses: stream and create({ stream: true }) give the same events', T, async () => {
  const [a, b] = await both(async (c) => drain(await c.responses.stream({ agent_id: AGENT, input: 'stream responses' })))
  assert.equal(a[0].type, 'response.created')
  assert.equal(a.at(-1).type, 'response.completed')
  assert.equal(a.at(-1).response.output_text, 'echo: stream responses')
  same(b, a)

  const [c, d] = await both(async (client) => {
    const stream = await client.responses.create({ agent_id: AGENT, input: 'raw', stream: true })
    const response = stream.asResponse()
    return { status: response.status, events: sseEvents(await response.text()) }
  })
  assert.ok(c.events.length > 2)
  same(d, c)
})

// ---------------------------------------------------------------------------
// Channels and system
// ---------------------------------------------------------------------------

test('channels: platforms, and an unregistered platform', T, async () => {
  const [a, b] = await both((c) => c.channels.listPlatforms())
  assert.ok(Array.isArray(a))
  same(b, a)
  await sameError((c) => c.channels.listInstallations('slack', 'a1'), (e) => assert.equal(e.status, 404))
  await sameError((c) => c.channels.connect('slack', AGENT, { x: 1 }), (e) => assert.ok(e.status >= 400))
  await sameError((c) => c.channels.disconnect('slack', AGENT), (e) => assert.ok(e.status >= 400))
})

test('system and builder: settings, patterns, infrastructure, registries', T, async () => {
  for (const method of ['getSystemPackages', 'getBuilderSettings', 'getWorkflowBuilderSettings', 'getPermissionPatterns', 'getInfrastructureStatus', 'listBuilderRegistries']) {
    const [a, b] = await both((c) => c[method]())
    assert.ok(a && typeof a === 'object', `${method}: premise`)
    same(b, a)
  }
  const [packages] = await both((c) => c.getSystemPackages())
  assert.equal(packages.storageType, 'LibSQLStore')
  const [patterns, patternsNv] = await both((c) => c.getPermissionPatterns())
  assert.ok(patternsNv.patterns.includes('a2a:*'))
  assert.deepStrictEqual(patternsNv, patterns)
})

test('builder registries: a disabled registry is a 404 on both', T, async () => {
  const check = (e) => assert.equal(e.status, 404)
  await sameError((c) => c.searchBuilderRegistry('skills-sh', { q: 'pdf', limit: 2 }), check)
  await sameError((c) => c.getBuilderRegistryPopular('skills-sh', { limit: 2, offset: 0 }), check)
  await sameError((c) => c.getBuilderRegistryPreview('skills-sh', { owner: 'o', repo: 'r', path: 'p' }), check)
  await sameError((c) => c.installBuilderRegistrySkill('skills-sh', { owner: 'o', repo: 'r', path: 'p' }), (e) => assert.ok(e.status >= 400))
})
