// Contract tests of the tools group on the real Mastra server: processors, MCP servers (an
// in-process MCP server of the fixture), tool and processor providers (the server has no
// editor, so they answer errors), agent controller sessions, and background tasks. Each call
// goes through @mastra/client-js 1.47.0 and through the native client; results are compared
// after normalization of ids and times. Tools themselves (listTools, details, execute) come first.
//
// Run (Node >= 22): node --test __test__/contract/tools.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createContract, name, SIDE_RULE } from '../support/contract.mjs'

const T = { timeout: 30_000 } // a guard against hangs only
const CONTROLLER = 'ct-controller'

let server
let Native
let js
let nv

const contract = createContract({ replace: [SIDE_RULE] })
const { both, same, rejection, sameRejection } = contract

before(async () => {
  // No retries (the default of start()): the provider routes answer 500 on this server.
  ;({ server, Native, js, nv } = await contract.start())
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const dbMessage = (id, text) => ({
  id,
  role: 'user',
  createdAt: new Date('2026-01-02T03:04:05.000Z'),
  content: { format: 2, parts: [{ type: 'text', text }] },
})

// ---------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------

test('tools: listTools()', T, async () => {
  const [a, b] = await both((c) => c.listTools())
  same(b, a)
  assert.deepEqual(Object.keys(b), ['add'])
})

test("tools: getTool('add').details()", T, async () => {
  const [a, b] = await both((c) => c.getTool('add').details())
  same(b, a)
  assert.equal(b.description, 'Adds two numbers')
})

test("tools: getTool('add').execute({ data })", T, async () => {
  const [a, b] = await both((c) => c.getTool('add').execute({ data: { a: 1, b: 2 } }))
  same(b, a)
  assert.deepEqual(b, { sum: 3 })
})

// ---------------------------------------------------------------------------
// Processors
// ---------------------------------------------------------------------------

test('processors: listProcessors()', T, async () => {
  const [a, b] = await both((c) => c.listProcessors())
  same(b, a)
  assert.deepEqual(b['ct-upper'].phases, ['input'])
})

test("processors: getProcessor('ct-upper').details() and details(requestContext)", T, async () => {
  const [a, b] = await both((c) => c.getProcessor('ct-upper').details())
  same(b, a)
  assert.equal(b.name, 'Upper Case')
  const [c1, c2] = await both((c) => c.getProcessor('ct-upper').details({ tenant: 'Zoë' }))
  same(c2, c1)
})

test("processors: getProcessor('ct-upper').execute({ phase: 'input', messages })", T, async () => {
  const [a, b] = await both((c, side) => c.getProcessor('ct-upper').execute({ phase: 'input', messages: [dbMessage(name('msg', side), 'héllo')] }))
  same(b, a)
  assert.equal(JSON.stringify(b).includes('HÉLLO'), true, 'the processor ran on the server')
})

test('processors: 404 for an unknown processor, 400 for a bad body', T, async () => {
  await sameRejection((c) => c.getProcessor('nope').details(), 404)
  await sameRejection((c) => c.getProcessor('ct-upper').execute({ phase: 'input', messages: [{ role: 'user', content: 'no id' }] }), 400)
})

// ---------------------------------------------------------------------------
// MCP servers
// ---------------------------------------------------------------------------

test('mcp: getMcpServers() with no, page and legacy pagination', T, async () => {
  for (const params of [undefined, { page: 0, perPage: 1 }, { limit: 1, offset: 0 }, { page: 1, perPage: 1 }]) {
    const [a, b] = await both((c) => c.getMcpServers(params))
    same(b, a)
  }
  const b = await nv.getMcpServers()
  assert.deepEqual(b.servers.map((s) => s.id), ['ct-mcp'])
})

test("mcp: getMcpServerDetails('ct-mcp'), with its version, and 404 for another", T, async () => {
  const [a, b] = await both((c) => c.getMcpServerDetails('ct-mcp'))
  same(b, a)
  assert.equal(b.version_detail.version, '1.2.0')
  const [c1, c2] = await both((c) => c.getMcpServerDetails('ct-mcp', { version: '1.2.0' }))
  same(c2, c1)
  await sameRejection((c) => c.getMcpServerDetails('ct-mcp', { version: '9.9.9' }), 404)
  await sameRejection((c) => c.getMcpServerDetails('nope'), 404)
})

test("mcp: getMcpServerTools('ct-mcp'), and 404 for an unknown server", T, async () => {
  const [a, b] = await both((c) => c.getMcpServerTools('ct-mcp'))
  same(b, a)
  assert.deepEqual(b.tools.map((t) => t.name), ['ct-greet'])
  await sameRejection((c) => c.getMcpServerTools('nope'), 404)
})

test('mcp: getMcpServerTool().details() and execute()', T, async () => {
  const [a, b] = await both((c) => c.getMcpServerTool('ct-mcp', 'ct-greet').details())
  same(b, a)
  const [c1, c2] = await both((c) => c.getMcpServerTool('ct-mcp', 'ct-greet').execute({ data: { name: 'Zoë' }, requestContext: { tenant: 't' } }))
  same(c2, c1)
  assert.deepEqual(c2, { result: { greeting: 'hello Zoë' } })
  await sameRejection((c) => c.getMcpServerTool('ct-mcp', 'nope').details(), 404)
})

test('mcp: getMcpServerResources() and readMcpServerResource()', T, async () => {
  const [a, b] = await both((c) => c.getMcpServerResources('ct-mcp'))
  same(b, a)
  assert.deepEqual(b.resources.map((r) => r.uri), ['ui://ct/app.html'])
  const [c1, c2] = await both((c) => c.readMcpServerResource('ct-mcp', 'ui://ct/app.html'))
  same(c2, c1)
  assert.equal(c2.contents[0].text, '<p>héllo</p>')
  await sameRejection((c) => c.readMcpServerResource('ct-mcp', 'ui://ct/none.html'), 404)
})

// ---------------------------------------------------------------------------
// Providers: this server has no editor, so every provider route answers 500
// ---------------------------------------------------------------------------

test('providers: tool and processor provider calls answer the same 500 without an editor', T, async () => {
  await sameRejection((c) => c.listToolProviders(), 500)
  await sameRejection((c) => c.getToolProvider('composio').listToolkits(), 500)
  await sameRejection((c) => c.getToolProvider('composio').listTools({ toolkit: 'github', page: 1 }), 500)
  await sameRejection((c) => c.getToolProvider('composio').listConnections({ toolkit: 'github' }), 500)
  await sameRejection((c) => c.getProcessorProviders(), 500)
  const err = await sameRejection((c) => c.getProcessorProvider('pp').details(), 500)
  assert.match(err.message, /Editor is not configured/)
})

// ---------------------------------------------------------------------------
// Agent controller
// ---------------------------------------------------------------------------

const session = (c, side, scope) => c.getAgentController(CONTROLLER).session(name('user', side), scope)

test('agent controller: listAgentControllers(), listModes(), listActiveRuns(), workspaceStatus()', T, async () => {
  const [a, b] = await both((c) => c.listAgentControllers())
  same(b, a)
  assert.deepEqual(b, [{ id: CONTROLLER }])
  for (const call of [(c) => c.listModes(), (c) => c.listActiveRuns(), (c) => c.workspaceStatus()]) {
    const [x, y] = await both((c) => call(c.getAgentController(CONTROLLER)))
    same(y, x)
  }
  assert.deepEqual((await nv.getAgentController(CONTROLLER).listModes()).map((m) => m.id), ['build', 'plan'])
  await sameRejection((c) => c.getAgentController('nope').listModes(), 404)
})

test('agent controller: session create(), state(), threads, mode and state changes', T, async () => {
  const [a, b] = await both((c, side) => session(c, side).create({ tags: { project: 'ct' } }))
  same(b, a)
  const [s1, s2] = await both((c, side) => session(c, side).state())
  same(s2, s1)
  assert.equal(s2.modeId, 'build')

  const [t1, t2] = await both((c, side) => session(c, side).createThread('Fïrst'))
  same(t2, t1)
  const [r1, r2] = await both(async (c, side) => {
    const s = session(c, side)
    const threads = await s.listThreads({ limit: 10 })
    const created = threads.find((t) => t.title === 'Fïrst')
    return [await s.renameThread(created.id, 'Renamed'), await s.listThreads(10)]
  })
  same(r2, r1)
  assert.equal(r2[0], undefined)
  assert.ok(r2[1].some((t) => t.title === 'Renamed'))

  const [m1, m2] = await both(async (c, side) => {
    const s = session(c, side)
    return [await s.switchMode('plan'), await s.setState({ note: 'é' }), (await s.state()).modeId]
  })
  same(m2, m1)
  assert.deepEqual(m2, [undefined, undefined, 'plan'])
})

test('agent controller: scoped sessions are their own sessions', T, async () => {
  const [a, b] = await both((c, side) => session(c, side, 'scope/é').create())
  same(b, a)
  const [s1, s2] = await both((c, side) => session(c, side, 'scope/é').state())
  same(s2, s1)
  assert.equal(s2.resourceId, name('user', 'nv'))
})

test('agent controller: permissions, resource ids, goal and OM record', T, async () => {
  const [a, b] = await both(async (c, side) => {
    const s = session(c, side)
    await s.create()
    return [
      await s.setPermissionForCategory('edit', 'deny'),
      await s.setPermissionForTool('ct-greet', 'allow'),
      await s.getPermissions(),
      await s.getResourceIds(),
      await s.getGoal(),
      await s.getOMRecord(),
    ]
  })
  same(b, a)
  assert.deepEqual(b[2], { categories: { edit: 'deny' }, tools: { 'ct-greet': 'allow' } })
})

test('agent controller: thread switching, cloning and deleting; model, goal, run control, notifications', T, async () => {
  const [a, b] = await both(async (c, side) => {
    const s = c.getAgentController(CONTROLLER).session(name('more', side))
    await s.create()
    const { threadId: first } = await s.state()
    const second = await s.createThread('Sëcond')
    const out = { second }
    out.switched = [await s.switchThread(first), (await s.state()).threadId === first]
    out.clone = await s.cloneThread({ sourceThreadId: first, title: 'Clöne' })
    out.deleted = [await s.deleteThread(second.id), (await s.listThreads()).map((t) => t.title)]
    out.model = [await s.switchModel('mock/echo-model', { scope: 'thread', modeId: 'build' }), (await s.state()).modelId]
    out.goal = [await s.setGoal('ship it', { maxRuns: 2 }), await s.updateGoal({ status: 'paused' }), await s.getGoal(), await s.clearGoal(), await s.getGoal()]
    out.control = [
      await s.abort(),
      await s.steer('go léft', { requestContext: { tenant: 't' } }),
      await s.approveTool('ct-call', true),
      await s.respondToToolSuspension('ct-call', 'Yes'),
    ]
    out.notification = await rejection(() => s.sendNotification({ summary: 'no source' })).then((e) => [e.status, e.body])
    return out
  })
  same(b, a)
  assert.equal(b.switched[1], true)
  assert.deepEqual(b.deleted[1].sort(), ['', 'Clöne'])
  assert.equal(b.goal[0].objective, 'ship it')
  assert.equal(b.goal[2].status, 'paused')
  assert.equal(b.goal[4], undefined)
  assert.equal(b.notification[0], 400)
})

test('agent controller: followUp() runs the agent; setResourceId() moves the session', T, async () => {
  const [a, b] = await both(async (c, side) => {
    const s = c.getAgentController(CONTROLLER).session(name('follow', side))
    await s.create()
    let agentEnded
    const ended = new Promise((resolve) => (agentEnded = resolve))
    const sub = await s.subscribe({ onEvent: (event) => event.type === 'agent_end' && agentEnded() })
    const followed = await s.followUp('encore')
    await ended
    sub.unsubscribe()
    const { threadId } = await s.state()
    const texts = (await s.listMessages(threadId)).map((m) => m.content?.content ?? '')
    const moved = await s.setResourceId(name('moved', side))
    // Resource ids of storage: those of this side only (the other side's are there too).
    const ids = (await s.getResourceIds()).filter((id) => id.endsWith(`_${side}`))
    return { followed, texts, moved, ids, state: await s.state() }
  })
  same(b, a)
  assert.ok(b.texts.includes('echo: encore'))
  assert.equal(b.moved, undefined)
  assert.ok(b.ids.includes(name('follow', 'nv')))
})

test('agent controller: subscribe(), sendMessage(), then listMessages()', T, async () => {
  const run = async (c, side) => {
    const s = session(c, side, 'chat')
    await s.create()
    const events = []
    let agentEnded
    const ended = new Promise((resolve) => (agentEnded = resolve))
    const sub = await s.subscribe({
      onEvent: (event) => {
        events.push(event)
        if (event.type === 'agent_end') agentEnded()
      },
    })
    await s.sendMessage('héllo')
    await ended
    sub.unsubscribe()
    const { threadId } = await s.state()
    return { events, legacy: await s.listMessages(threadId), page: await s.listMessages(threadId, { page: 0, perPage: 10 }) }
  }
  const [a, b] = await both(run)
  const shown = (list) => list.filter((e) => e.type !== 'display_state_changed')
  same(shown(b.events), shown(a.events))
  assert.ok(shown(b.events).some((e) => e.type === 'message_end'))
  const start = b.events.find((e) => e.type === 'message_start')
  assert.ok(start.message.createdAt instanceof Date, 'message_start carries a Date')
  same(b.legacy, a.legacy)
  same(b.page, a.page)
  assert.ok(b.legacy.every((m) => m.createdAt instanceof Date))
  assert.ok(b.legacy.some((m) => JSON.stringify(m.content).includes('echo: héllo')), 'the echo answer was saved')
})

test('agent controller: subscribe() rejects when the stream cannot open', T, async () => {
  await sameRejection((c, side) => c.getAgentController('nope').session(name('user', side)).subscribe({ onEvent() {} }), 404)
})

// ---------------------------------------------------------------------------
// Background tasks
// ---------------------------------------------------------------------------

/** Runs a task through the server's background task manager; resolves with its id. */
async function runTask(side) {
  const manager = server.mastra.backgroundTaskManager
  manager.registerStaticExecutor('ct-double', { execute: async (args) => ({ doubled: args.n * 2 }) })
  const { task } = await manager.enqueue({ runId: name('run', side), toolName: 'ct-double', toolCallId: name('call', side), args: { n: 21 }, agentId: 'echo-agent' })
  return task.id
}

test('background tasks: streamBackgroundTasks({ runId }) delivers a task completion; getBackgroundTask() reads it', T, async () => {
  const [a, b] = await both(async (c, side) => {
    const stream = await c.streamBackgroundTasks({ runId: name('run', side) })
    const reader = stream.getReader()
    const id = await runTask(side)
    const events = []
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      events.push(value)
      if (value.type === 'background-task-completed') break
    }
    await reader.cancel()
    await new Promise((resolve) => setTimeout(resolve, 50))
    return { events, task: await c.getBackgroundTask(id) }
  })
  same(b, a)
  assert.equal(b.task.status, 'completed')
  assert.deepEqual(b.task.result, { doubled: 42 })
  assert.ok(b.events.length > 0)
})

test('background tasks: getBackgroundTask() 404; listBackgroundTasks() answers the same error on this server', T, async () => {
  await sameRejection((c) => c.getBackgroundTask('nope'), 404)
  // This server's query validation of /background-tasks fails (a server-side schema issue):
  // both clients see the same 400.
  await sameRejection((c) => c.listBackgroundTasks({ agentId: 'echo-agent' }), 400)
})
