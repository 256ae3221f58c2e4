// Wire cases of the agent controller group: controllers, sessions (with and without a
// scope) and the session event subscription. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const controller = (c) => c.getAgentController('ctl-1')
const session = (c) => c.getAgentController('ctl-1').session('user 1')
const scoped = (c) => c.getAgentController('ctl-1').session('user 1', '/repo/wörk tree')
const emptyScope = (c) => c.getAgentController('ctl-1').session('user-1', '')
const SESSIONS = [session, scoped, emptyScope]

const ok = json({ ok: true })
const notFound = json({ error: 'not found' }, 404)
const thread = { id: 'th-1', title: 'Tïtle', resourceId: 'user 1', createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-03T03:04:05.000Z' }
const message = { id: 'm1', role: 'assistant', content: { format: 2, parts: [{ type: 'text', text: 'héllo' }] }, createdAt: '2026-01-02T03:04:05.000Z' }
const goal = { objective: 'ship it', status: 'active', maxRuns: 3 }

/** One case per session kind (no scope, a scope, an empty scope) for `method`. */
const perSession = (method, rest) => SESSIONS.map((target, i) => ({ method, target, label: `${['no scope', 'scope', 'empty scope'][i]}`, ...rest }))

// ---- subscribe: the events a subscription delivers, collected per side
let collected
/** Subscribe options collecting events, errors and reconnects; `throwOn` makes onEvent throw. */
function collector(extra = {}, throwOn) {
  const box = { events: [], errors: [], reconnects: 0 }
  box.ended = new Promise((resolve) => (box.end = resolve))
  collected = box
  return {
    onEvent: (event) => {
      if (throwOn && event.type === throwOn) throw new Error(`consumer failed on ${throwOn}`)
      box.events.push(event)
    },
    onError: (error) => {
      box.errors.push(error?.message ?? String(error))
      box.end()
    },
    onReconnect: () => void box.reconnects++,
    ...extra,
  }
}
/** Waits for the subscription to report its end (or a short while), then unsubscribes. */
async function drain(subscription) {
  const box = collected
  await Promise.race([box.ended, new Promise((resolve) => setTimeout(resolve, 300))])
  subscription.unsubscribe()
  return { keys: Object.keys(subscription), events: box.events, errors: box.errors, reconnects: box.reconnects }
}
const sseBody = (text) => ({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: text })
const events = [
  { type: 'agent_start' },
  { type: 'message_start', message },
  { type: 'thread_created', thread },
  { type: 'message_update', message: { ...message, content: 'é' } },
  { type: 'custom_thing', payload: { n: 1 } },
]
const eventStream = sseBody(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join(''))

export default [
  // -------------------------------------------------------------------------
  // Controllers
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listAgentControllers', answer: json({ agentControllers: [{ id: 'ctl-1' }, { id: 'ctl-é' }] }) },
  { method: 'MastraClient.listAgentControllers', label: 'reply without the list', answer: json({}) },
  { method: 'MastraClient.listAgentControllers', label: 'null reply', answer: { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' } },
  { method: 'MastraClient.listAgentControllers', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getAgentController', kind: 'maker', args: [['ctl-1'], ['ctl é/1']] },
  { method: 'AgentController.listModes', target: controller, answer: json({ modes: [{ id: 'build', name: 'Build', default: true }] }) },
  { method: 'AgentController.listModes', target: controller, label: '404 answer', answer: notFound },
  { method: 'AgentController.listModels', target: controller, answer: json({ models: [{ id: 'openai/gpt-5', hasAuth: true, useCount: 2 }] }) },
  { method: 'AgentController.listActiveRuns', target: controller, answer: json({ runs: [{ resourceId: 'user 1', threadId: 'th-1' }] }) },
  { method: 'AgentController.workspaceStatus', target: (c) => c.getAgentController('ctl é'), answer: json({ ready: true, path: '/w' }) },
  { method: 'AgentController.session', kind: 'maker', target: controller, args: [['user-1'], ['user 1', 'scope/é'], ['user-1', ''], ['user-1', undefined]] },
  {
    method: 'AgentController.session',
    target: controller,
    label: 'no resourceId',
    differs: 'a session needs a resourceId: the call is a TypeError naming it',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, true, 'client-js makes a session without a resourceId (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.ok, false)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /session\(\): resourceId must be a non-empty string/)
    },
  },
  {
    method: 'AgentController.session',
    target: controller,
    label: 'a null scope',
    args: [['user-1', null]],
    differs: 'a scope must be a string when given: null is a TypeError, not the text "null" on every call',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, true, 'client-js makes the session (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.equal(nvOutcome.error.message, 'session(): scope must be a string when given')
    },
  },
  { method: 'AgentController.request', target: controller, args: [['/agent-controller/ctl-1/modes']] },

  // -------------------------------------------------------------------------
  // Session calls, each with no scope, a scope and an empty scope
  // -------------------------------------------------------------------------
  ...perSession('AgentControllerSession.create', {
    args: [[], [{}], [{ tags: { projectPath: '/répo' }, threadId: 'th-1' }]],
    answer: json({ resourceId: 'user 1', threadId: 'th-1', modeId: 'build' }),
  }),
  ...perSession('AgentControllerSession.sendMessage', {
    args: [
      ['héllo'],
      ['hi', { requestContext: RC }],
      ['hi', { requestContext: rcMap() }],
      [{ content: 'What is this?', files: [{ data: 'aGk=', mediaType: 'image/png', filename: 'a.png' }] }],
      [{ content: 'no files', files: [] }],
      [{ content: 'x' }, {}],
    ],
    answer: ok,
  }),
  ...perSession('AgentControllerSession.abort', { answer: ok }),
  ...perSession('AgentControllerSession.approveTool', {
    args: [['call-1', true], ['call-1', false, { requestContext: RC }], ['call 2', true, { requestContext: rcMap() }]],
    answer: ok,
  }),
  ...perSession('AgentControllerSession.respondToToolSuspension', {
    args: [
      ['call-1', 'Yes'],
      ['call-1', ['a', 'b'], { requestContext: RC }],
      ['call-1', { action: 'approved', feedback: 'gö', path: 'plan.md', title: 'T', plan: 'p' }, { requestContext: rcMap() }],
    ],
    answer: ok,
  }),
  ...perSession('AgentControllerSession.steer', { args: [['go léft'], ['go', { requestContext: RC }]], answer: ok }),
  ...perSession('AgentControllerSession.state', {
    args: [[], [{}], [{ threadId: 'th 1' }], [{ threadId: '' }]],
    answer: json({ modeId: 'build', modelId: 'm', threadId: 'th-1', state: { a: 1 } }),
  }),
  ...perSession('AgentControllerSession.setState', { args: [[{ a: 1, b: 'é' }], [{}]], answer: ok }),
  ...perSession('AgentControllerSession.switchMode', { args: [['plan']], answer: ok }),
  ...perSession('AgentControllerSession.switchModel', {
    args: [['openai/gpt-5'], ['m', { scope: 'global' }], ['m', { scope: 'thread', modeId: 'plan' }]],
    answer: ok,
  }),
  ...perSession('AgentControllerSession.listThreads', {
    args: [[], [5], [0], [{}], [{ limit: 10, tags: { projectPath: '/répo' } }], [{ tags: {} }], [{ limit: null }]],
    answer: json({ threads: [thread] }),
  }),
  ...perSession('AgentControllerSession.switchThread', { args: [['th-1']], answer: ok }),
  ...perSession('AgentControllerSession.createThread', { args: [[], ['Nëw']], answer: json({ thread }) }),
  ...perSession('AgentControllerSession.deleteThread', { args: [['th-1'], ['th é']], answer: ok }),
  ...perSession('AgentControllerSession.renameThread', { args: [['th-1', 'Renamed é']], answer: ok }),
  ...perSession('AgentControllerSession.cloneThread', { args: [[], [{}], [{ sourceThreadId: 'th-1', title: 'Clöne' }]], answer: json({ thread }) }),
  ...perSession('AgentControllerSession.listMessages', {
    args: [
      ['th-1'],
      ['th-1', 20],
      ['th 1', { limit: 5, page: 1 }],
      ['th-1', { page: 0, perPage: 10, orderBy: { field: 'createdAt', direction: 'DESC' }, filter: { roles: ['user'] }, include: [{ id: 'm1' }] }],
      ['th-1', { perPage: false }],
      ['th-1', {}],
    ],
    answer: json({ messages: [message, { ...message, id: 'm2' }], total: 2, page: 0, perPage: 10, hasMore: false }),
  }),
  ...perSession('AgentControllerSession.followUp', { args: [['and thén?'], ['x', { requestContext: RC }]], answer: ok }),
  ...perSession('AgentControllerSession.getOMRecord', { answer: json({ record: { id: 'om-1', observations: 'é' } }) }),
  ...perSession('AgentControllerSession.setResourceId', { args: [['user-2']], answer: ok }),
  ...perSession('AgentControllerSession.getResourceIds', { answer: json({ resourceIds: ['user 1', 'user-2'] }) }),
  ...perSession('AgentControllerSession.getGoal', { answer: json({ goal }) }),
  ...perSession('AgentControllerSession.setGoal', {
    args: [['ship it'], ['ship it', { judgeModelId: 'm', maxRuns: 3 }], ['x', { objective: 'override' }]],
    answer: json({ goal }),
  }),
  ...perSession('AgentControllerSession.updateGoal', { args: [[{ status: 'paused' }], [{ judgeModelId: 'm', maxRuns: 1 }], [{}]], answer: json({ goal }) }),
  ...perSession('AgentControllerSession.clearGoal', { answer: ok }),
  ...perSession('AgentControllerSession.getPermissions', { answer: json({ categories: { edit: 'ask' }, tools: { rm: 'deny' } }) }),
  ...perSession('AgentControllerSession.setPermissionForCategory', { args: [['edit', 'allow']], answer: ok }),
  ...perSession('AgentControllerSession.setPermissionForTool', { args: [['rm', 'deny']], answer: ok }),
  ...perSession('AgentControllerSession.sendNotification', {
    args: [[{ source: 'ci', kind: 'build', summary: 'build faïled', priority: 'high', attributes: { n: 1 } }]],
    answer: json({ accepted: true, notificationId: 'n-1', decision: 'wake' }),
  }),
  ...perSession('AgentControllerSession.request', { args: [['/agent-controller/ctl-1/modes']] }),

  // ---- replies and errors
  { method: 'AgentControllerSession.listMessages', target: session, label: 'no messages in the reply', args: [['th-1']], answer: json({}) },
  {
    method: 'AgentControllerSession.listMessages',
    target: session,
    label: 'limit with perPage',
    args: [['th-1', { limit: 5, perPage: 10 }]],
    expect: (nv) => assert.equal(nv.length, 0, 'nothing sent'),
  },
  { method: 'AgentControllerSession.state', target: session, label: '404 answer', answer: notFound },
  { method: 'AgentControllerSession.sendMessage', target: session, label: '409 answer', args: [['hi']], answer: json({ error: 'busy' }, 409) },
  { method: 'AgentControllerSession.getGoal', target: session, label: 'no goal', answer: json({ goal: null }) },
  { method: 'AgentControllerSession.updateGoal', target: session, label: 'no options', args: [[undefined]], answer: json({ goal }) },
  {
    method: 'AgentControllerSession.listMessages',
    target: session,
    label: 'null options',
    args: [['th-1', null]],
    differs: 'options that are neither a number nor an object are a TypeError naming them',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js: a TypeError (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.equal(nvOutcome.error.message, 'listMessages(): options must be a number or an object, got null')
    },
  },
  {
    method: 'AgentControllerSession.listMessages',
    target: session,
    label: 'text options',
    args: [['th-1', 'ten']],
    answer: json({ messages: [] }),
    differs: 'options that are neither a number nor an object are a TypeError naming them (client-js sends the call without a query)',
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js.length, 1, 'client-js sends the call (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.equal(nvOutcome.error.message, 'listMessages(): options must be a number or an object, got string')
    },
  },
  {
    method: 'AgentControllerSession.sendMessage',
    target: session,
    label: 'no message',
    args: [[]],
    differs: 'a missing message is a TypeError naming it',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js: a TypeError (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /sendMessage\(\): message must be a string or \{ content, files \}, got undefined/)
    },
  },

  // -------------------------------------------------------------------------
  // subscribe
  // -------------------------------------------------------------------------
  ...SESSIONS.map((target, i) => ({
    method: 'AgentControllerSession.subscribe',
    target,
    label: `events, then the stream ends (${['no scope', 'scope', 'empty scope'][i]})`,
    args: [() => [collector()]],
    answer: eventStream,
    consume: drain,
  })),
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'frames: \\r\\n, \\r\\r, several data lines, comments, bad JSON skipped, tail without separator dropped',
    args: [() => [collector()]],
    answer: sseBody(': hi\r\n\r\ndata: {"type":"a"}\ndata: {"type":"b"}\n\nevent: x\ndata:   {"type":"c"}  \r\rdata: nope\n\ndata:\n\ndata: {"type":"d"}\r\n\r\ndata: {"type":"tail"}'),
    consume: drain,
  },
  {
    method: 'AgentControllerSession.subscribe',
    target: scoped,
    label: 'reconnects after a drop, then gives up',
    args: [() => [collector({ reconnect: { maxRetries: 2, delayMs: 1, maxDelayMs: 2 } })]],
    answers: [sseBody('data: {"type":"one"}\n\n'), sseBody('data: {"type":"two"}\n\n'), json({ error: 'gone' }, 404)],
    answer: json({ error: 'gone' }, 404),
    consume: drain,
  },
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'a failed reopening is retried with backoff',
    args: [() => [collector({ reconnect: { maxRetries: 3, delayMs: 1, maxDelayMs: 4 } })]],
    answers: [sseBody('data: {"type":"one"}\n\n'), json({ error: 'down' }, 503), sseBody('data: {"type":"two"}\n\n')],
    answer: json({ error: 'still down' }, 503),
    consume: drain,
  },
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'reconnect with maxRetries 0 ends at the first drop',
    args: [() => [collector({ reconnect: { maxRetries: 0, delayMs: 'x', maxDelayMs: -1 } })]],
    answer: eventStream,
    consume: drain,
  },
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'reconnect: true with a consumer that throws',
    args: [() => [collector({ reconnect: true }, 'message_start')]],
    answer: eventStream,
    consume: drain,
  },
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'unsubscribe at once',
    args: [() => [collector()]],
    answer: eventStream,
    consume: async (subscription) => {
      subscription.unsubscribe()
      await new Promise((resolve) => setTimeout(resolve, 50))
      return { events: collected.events, errors: collected.errors }
    },
  },
  { method: 'AgentControllerSession.subscribe', target: session, label: '404 answer', args: [() => [collector()]], answer: notFound },
  {
    method: 'AgentControllerSession.subscribe',
    target: session,
    label: 'no options',
    args: [[]],
    differs: 'subscribe needs options with onEvent: the call is a TypeError naming it, before anything is sent',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js: a TypeError (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /subscribe\(\): options.onEvent must be a function/)
    },
  },
]
