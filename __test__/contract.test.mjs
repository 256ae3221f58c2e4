// Contract tests: every covered method of the native package gives the same
// result as @mastra/client-js 1.47.0, both talking to one real Mastra server
// (__test__/support/mastra-server.mjs), compared after normalization of ids and
// times (__test__/support/normalize.mjs), plus a few sharp checks on real values.
//
// Run (Node >= 22): node --test __test__/contract.test.mjs
// CONTRACT_SELF_CHECK=1 puts a second client-js in place of the native package:
// it checks the tests and the normalizer themselves (every test must pass then).
//
// Calls run one client after the other (client-js first). Whatever a call
// creates is named per client, `ct_<what>_js` / `ct_<what>_nv` (same length, so
// token counts match); the normalizer maps both to `ct_<what>_<side>`. Where a
// test needs things to exist first (threads, messages, indexes), client-js makes
// them for both sides, so each test exercises one native method.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import * as ClientJs from '@mastra/client-js'
import { startMastraServer } from './support/mastra-server.mjs'
import { createNormalizer } from './support/normalize.mjs'
import { createContract, name, SIDES, SIDE_RULE } from './support/contract.mjs'

const require = createRequire(import.meta.url)
const SELF_CHECK = process.env.CONTRACT_SELF_CHECK === '1'
const AGENT = 'echo-agent'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TEST_OPTIONS = { timeout: 60_000 } // a guard against hangs only

let server
let Native // the package under test
let js // client-js
let nv // native, new MastraClient({ baseUrl })

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const contract = createContract({ replace: [SIDE_RULE] })
const { both, same, rejection, sameHttpError } = contract

async function readBody(response) {
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

async function collectChunks(response) {
  const chunks = []
  await response.processDataStream({
    onChunk: async (chunk) => {
      chunks.push(chunk)
    },
  })
  return chunks
}

const chunkTypes = (chunks) => chunks.map((c) => c.type)
const joinedText = (chunks) =>
  chunks
    .filter((c) => c.type === 'text-delta')
    .map((c) => c.payload.text)
    .join('')

const userMessage = (text, threadId, resourceId) => ({
  role: 'user',
  content: { format: 2, parts: [{ type: 'text', text }] },
  threadId,
  resourceId,
})

/** Makes a thread (and optionally one message) through client-js, for `side`. */
async function setupThread(what, side, { message } = {}) {
  const threadId = name(`thr_${what}`, side)
  const resourceId = name(`res_${what}`, side)
  await js.createMemoryThread({ agentId: AGENT, resourceId, threadId, title: 'Contract thread', metadata: { k: 1 } })
  if (message) await js.saveMessageToMemory({ agentId: AGENT, messages: [userMessage(message, threadId, resourceId)] })
  return { threadId, resourceId }
}

/** Makes a vector index (and optionally two vectors) through client-js, for `side`. */
async function setupIndex(what, side, { vectors = false } = {}) {
  const indexName = name(`idx_${what}`, side)
  const vector = js.getVector('default')
  await vector.createIndex({ indexName, dimension: 3 })
  if (vectors) {
    await vector.upsert({ indexName, vectors: [[1, 0, 0], [0, 1, 0]], metadata: [{ k: 'a' }, { k: 'b' }], ids: ['a', 'b'] })
  }
  return indexName
}

function selfCheckPackage() {
  return {
    MastraClient: ClientJs.MastraClient,
    MastraClientError: ClientJs.MastraClientError,
    getMastraBaseUrl: () => process.env.MASTRA_BASE_URL,
    createMastraClient: () => new ClientJs.MastraClient({ baseUrl: process.env.MASTRA_BASE_URL }),
    mastraClient: new ClientJs.MastraClient({ baseUrl: process.env.MASTRA_BASE_URL }),
  }
}

// ---------------------------------------------------------------------------
// One real server for the file.
// ---------------------------------------------------------------------------

before(async () => {
  server = await startMastraServer({ port: 0 })
  process.env.MASTRA_BASE_URL = server.url
  Native = SELF_CHECK ? selfCheckPackage() : require('../index.js')
  js = new ClientJs.MastraClient({ baseUrl: server.url })
  nv = new Native.MastraClient({ baseUrl: server.url })
  contract.use({ Native, js, nv })
})

after(async () => {
  await server?.close()
})

// ---------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------

test('agents: listAgents()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents())
  same(b, a)
  assert.ok(Object.keys(b).includes(AGENT), 'the echo agent is listed (group fixtures add others)')
  assert.equal(b[AGENT].name, 'Echo Agent')
  assert.equal(typeof b[AGENT].tools.add.inputSchema, 'string')
})

test('agents: listAgents(undefined, true) (partial)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents(undefined, true))
  same(b, a)
  assert.equal(b[AGENT].tools.add.id, 'add')
  assert.equal(b[AGENT].tools.add.inputSchema, undefined, 'partial listing has no schemas')
})

test('agents: getAgent(id).details()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(AGENT).details())
  same(b, a)
  assert.equal(b.name, 'Echo Agent')
  assert.equal(b.modelId, 'echo-model')
})

test('agents: getAgent(id).details(requestContext)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(AGENT).details({ tenant: 'a' }))
  same(b, a)
  assert.equal(b.instructions, 'Echo the user message.')
})

test("agents: generate('hello')", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(AGENT).generate('hello'))
  same(b, a)
  assert.equal(b.text, 'echo: hello')
  assert.equal(b.finishReason, 'stop')
  assert.match(b.runId, UUID)
})

test("agents: generate('tool:add') (server-side tool call)", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(AGENT).generate('tool:add'))
  same(b, a)
  assert.equal(b.text, 'sum is 5')
  assert.deepEqual(b.steps[0].toolResults[0].payload.result, { sum: 5 })
})

test('agents: generate with memory { thread, resource }', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) =>
    c.getAgent(AGENT).generate('hello', { memory: { thread: name('thr_gen', side), resource: name('res_gen', side) } }),
  )
  same(b, a)
  assert.equal(b.text, 'echo: hello')
  assert.equal(b.response.dbMessages[0].threadId, name('thr_gen', 'nv'))
  assert.equal(b.response.dbMessages[0].resourceId, name('res_gen', 'nv'))
  const saved = await js.listThreadMessages(name('thr_gen', 'nv'), { agentId: AGENT })
  assert.deepEqual(
    saved.messages.map((m) => m.role),
    ['user', 'assistant'],
    'the native generate saved both messages in its thread',
  )
})

test("agents: stream('hello') + processDataStream({ onChunk })", TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => collectChunks(await c.getAgent(AGENT).stream('hello')))
  assert.deepStrictEqual(chunkTypes(b), chunkTypes(a))
  assert.equal(joinedText(b), joinedText(a))
  assert.equal(joinedText(b), 'echo: hello')
  same(b, a)
})

test("agents: stream('tool:add') + processDataStream({ onChunk })", TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => collectChunks(await c.getAgent(AGENT).stream('tool:add')))
  assert.deepStrictEqual(chunkTypes(b), chunkTypes(a))
  assert.ok(chunkTypes(b).includes('tool-result'))
  assert.equal(joinedText(b), 'sum is 5')
  same(b, a)
})

test("agents: stream('chunks:2000') delivers every delta in order", TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => collectChunks(await c.getAgent(AGENT).stream('chunks:2000')))
  assert.deepStrictEqual(chunkTypes(b), chunkTypes(a))
  assert.equal(b.filter((c) => c.type === 'text-delta').length, 2000)
  assert.equal(joinedText(b), 'x'.repeat(2000))
  same(b, a)
})

test("agents: stream('hello') Response .body read as text", TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const response = await c.getAgent(AGENT).stream('hello')
    return {
      status: response.status,
      ok: response.ok,
      contentType: response.headers.get('content-type'),
      body: await readBody(response),
    }
  })
  assert.equal(b.status, 200)
  assert.equal(b.ok, true)
  assert.equal(b.contentType, a.contentType)
  assert.ok(b.body.startsWith('data: {"type":"start"'), b.body.slice(0, 80))
  const events = b.body.split('\n\n')
  assert.equal(events.pop(), '', 'the body ends with a blank line')
  assert.equal(JSON.parse(events.at(-1).replace(/^data: /, '')).type, 'finish')
  assert.equal(createNormalizer().sse(b.body), createNormalizer().sse(a.body))
})

test('createMastraClient() with MASTRA_BASE_URL: listAgents() and generate()', TEST_OPTIONS, async () => {
  const nvEnv = Native.createMastraClient() // MASTRA_BASE_URL was set before the package loaded
  const [a, b] = await both((c) => c.listAgents(), nvEnv)
  same(b, a)
  const [g1, g2] = await both((c) => c.getAgent(AGENT).generate('hello'), nvEnv)
  same(g2, g1)
  assert.equal(g2.text, 'echo: hello')
  assert.equal(Native.getMastraBaseUrl(), server.url)
})

test('mastraClient (made at load from MASTRA_BASE_URL): listAgents()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents(), Native.mastraClient)
  same(b, a)
})

// ---------------------------------------------------------------------------
// Workflows
// ---------------------------------------------------------------------------

test('workflows: listWorkflows()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listWorkflows())
  same(b, a)
  assert.deepEqual(Object.keys(b).sort(), ['approve-flow', 'double-then-inc'])
})

test('workflows: getWorkflow(id).details()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getWorkflow('double-then-inc').details())
  same(b, a)
  assert.deepEqual(Object.keys(b.steps), ['double', 'inc'])
})

test('workflows: createRun() gives a run with a fresh runId', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getWorkflow('double-then-inc').createRun())
  assert.match(b.runId, UUID)
  assert.notEqual(b.runId, a.runId)
  same({ runId: b.runId }, { runId: a.runId })
  for (const method of ['start', 'startAsync', 'resume', 'resumeAsync', 'cancelRun']) {
    assert.equal(typeof b[method], 'function', `run.${method}`)
  }
})

test('workflows: run.start() answers without waiting', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    return run.start({ inputData: { value: 3 } })
  })
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run started' })
})

test('workflows: run.startAsync() returns the result (value 7)', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    const result = await run.startAsync({ inputData: { value: 3 } })
    return { result, sameRun: result.runId === run.runId }
  })
  same(b, a)
  assert.equal(b.result.status, 'success')
  assert.equal(b.result.result.value, 7)
  assert.equal(b.result.steps.double.output.value, 6)
  assert.equal(b.sameRun, true)
})

test('workflows: approve-flow startAsync() suspends', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    return run.startAsync({ inputData: {} })
  })
  same(b, a)
  assert.equal(b.status, 'suspended')
  assert.deepEqual(b.suspendPayload, { approve: { reason: 'needs approval' } })
})

test('workflows: approve-flow run.resume() answers without waiting', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    const started = await run.startAsync({ inputData: {} })
    const resumed = await run.resume({ step: 'approve', resumeData: { approved: true } })
    return { started, resumed }
  })
  same(b, a)
  assert.equal(b.started.status, 'suspended')
  assert.deepEqual(b.resumed, { message: 'Workflow run resumed' })
})

test('workflows: approve-flow run.resumeAsync() returns the result', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    await run.startAsync({ inputData: {} })
    return run.resumeAsync({ step: 'approve', resumeData: { approved: true } })
  })
  same(b, a)
  assert.equal(b.status, 'success')
  assert.deepEqual(b.result, { approved: true })
})

test('workflows: run.cancelRun() on a suspended run', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    await run.startAsync({ inputData: {} })
    return run.cancelRun()
  })
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run cancelled' })
})

// ---------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------

test('tools: listTools()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listTools())
  same(b, a)
  assert.deepEqual(Object.keys(b), ['add'])
})

test("tools: getTool('add').details()", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getTool('add').details())
  same(b, a)
  assert.equal(b.description, 'Adds two numbers')
})

test("tools: getTool('add').execute({ data })", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getTool('add').execute({ data: { a: 1, b: 2 } }))
  same(b, a)
  assert.deepEqual(b, { sum: 3 })
})

// ---------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------

test('memory: createMemoryThread()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) =>
    c.createMemoryThread({
      agentId: AGENT,
      resourceId: name('res_create', side),
      threadId: name('thr_create', side),
      title: 'Contract thread',
      metadata: { k: 1 },
    }),
  )
  same(b, a)
  assert.equal(b.id, name('thr_create', 'nv'))
  assert.equal(b.title, 'Contract thread')
  const check = await js.getMemoryThread({ threadId: name('thr_create', 'nv'), agentId: AGENT }).get()
  assert.equal(check.resourceId, name('res_create', 'nv'), 'the native call created the thread on the server')
})

test('memory: listMemoryThreads({ agentId, resourceId })', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('list', side)
  const [a, b] = await both((c, side) => c.listMemoryThreads({ agentId: AGENT, resourceId: name('res_list', side) }))
  same(b, a)
  assert.equal(b.total, 1)
  assert.equal(b.threads[0].id, name('thr_list', 'nv'))
})

test('memory: getMemoryThread({ threadId, agentId }).get()', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('get', side)
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_get', side), agentId: AGENT }).get())
  same(b, a)
  assert.equal(b.id, name('thr_get', 'nv'))
  assert.deepEqual(b.metadata, { k: 1 })
})

test('memory: getMemoryThread(...).update()', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('upd', side)
  const [a, b] = await both((c, side) =>
    c
      .getMemoryThread({ threadId: name('thr_upd', side), agentId: AGENT })
      .update({ title: 'Renamed', metadata: { k: 2 }, resourceId: name('res_upd', side) }),
  )
  same(b, a)
  assert.equal(b.title, 'Renamed')
  assert.deepEqual(b.metadata, { k: 2 })
})

test('memory: getMemoryThread(...).listMessages()', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('lmsg', side, { message: 'hi' })
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_lmsg', side), agentId: AGENT }).listMessages())
  same(b, a)
  assert.equal(b.messages.length, 1)
  assert.equal(b.messages[0].content.parts[0].text, 'hi')
})

test('memory: getMemoryThread(...).delete(), then get() is a 404', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('del', side)
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_del', side), agentId: AGENT }).delete())
  same(b, a)
  assert.deepEqual(b, { result: 'Thread deleted' })
  const [ea, eb] = await both((c, side) =>
    rejection(() => c.getMemoryThread({ threadId: name('thr_del', side), agentId: AGENT }).get()),
  )
  sameHttpError(eb, ea, 404)
})

test('memory: listThreadMessages(threadId, { agentId })', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('ltm', side, { message: 'hi' })
  const [a, b] = await both((c, side) => c.listThreadMessages(name('thr_ltm', side), { agentId: AGENT }))
  same(b, a)
  assert.equal(b.total, 1)
  assert.equal(b.messages[0].threadId, name('thr_ltm', 'nv'))
})

test('memory: saveMessageToMemory()', TEST_OPTIONS, async () => {
  const threads = {}
  for (const side of SIDES) threads[side] = await setupThread('save', side)
  const [a, b] = await both((c, side) =>
    c.saveMessageToMemory({
      agentId: AGENT,
      messages: [userMessage('hi', threads[side].threadId, threads[side].resourceId)],
    }),
  )
  same(b, a)
  assert.equal(b.messages.length, 1)
  assert.match(b.messages[0].id, UUID)
  const stored = await js.listThreadMessages(threads.nv.threadId, { agentId: AGENT })
  assert.deepEqual(
    stored.messages.map((m) => m.id),
    [b.messages[0].id],
    'the native call stored the message',
  )
})

test('memory: getWorkingMemory()', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('gwm', side)
  const [a, b] = await both((c, side) =>
    c.getWorkingMemory({ agentId: AGENT, threadId: name('thr_gwm', side), resourceId: name('res_gwm', side) }),
  )
  same(b, a)
  assert.equal(b.workingMemory, null)
  assert.equal(b.threadExists, true)
})

test('memory: updateWorkingMemory()', TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupThread('uwm', side)
  const text = '# Notes\n- likes tea'
  const [a, b] = await both((c, side) =>
    c.updateWorkingMemory({
      agentId: AGENT,
      threadId: name('thr_uwm', side),
      resourceId: name('res_uwm', side),
      workingMemory: text,
    }),
  )
  same(b, a)
  assert.deepEqual(b, { success: true })
  const [ra, rb] = await both((c, side) =>
    c.getWorkingMemory({ agentId: AGENT, threadId: name('thr_uwm', side), resourceId: name('res_uwm', side) }),
  )
  same(rb, ra)
  assert.equal(rb.workingMemory, text)
})

// ---------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------

test("vectors: getVector('default').createIndex()", TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => c.getVector('default').createIndex({ indexName: name('idx_create', side), dimension: 3 }))
  same(b, a)
  assert.deepEqual(b, { success: true })
  assert.ok((await js.getVector('default').getIndexes()).includes(name('idx_create', 'nv')))
})

test("vectors: getVector('default').getIndexes()", TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupIndex('list', side)
  const [a, b] = await both((c) => c.getVector('default').getIndexes())
  assert.deepStrictEqual(b, a)
  assert.ok(b.includes(name('idx_list', 'js')) && b.includes(name('idx_list', 'nv')))
})

test("vectors: getVector('default').details(indexName)", TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupIndex('details', side, { vectors: true })
  const [a, b] = await both((c, side) => c.getVector('default').details(name('idx_details', side)))
  same(b, a)
  assert.deepEqual(b, { dimension: 3, count: 2, metric: 'cosine' })
})

test("vectors: getVector('default').upsert()", TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupIndex('upsert', side)
  const [a, b] = await both((c, side) =>
    c.getVector('default').upsert({
      indexName: name('idx_upsert', side),
      vectors: [[1, 0, 0]],
      metadata: [{ k: 'a' }],
      ids: ['a'],
    }),
  )
  same(b, a)
  assert.deepEqual(b, { ids: ['a'] })
  assert.equal((await js.getVector('default').details(name('idx_upsert', 'nv'))).count, 1)
})

test("vectors: getVector('default').query()", TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupIndex('query', side, { vectors: true })
  const [a, b] = await both((c, side) =>
    c.getVector('default').query({ indexName: name('idx_query', side), queryVector: [1, 0, 0], topK: 2 }),
  )
  same(b, a)
  assert.deepEqual(
    b.map((r) => r.id),
    ['a', 'b'],
  )
  assert.equal(b[0].score, 1)
  assert.deepEqual(b[0].metadata, { k: 'a' })
})

test("vectors: getVector('default').delete(indexName)", TEST_OPTIONS, async () => {
  for (const side of SIDES) await setupIndex('delete', side)
  const [a, b] = await both((c, side) => c.getVector('default').delete(name('idx_delete', side)))
  same(b, a)
  assert.deepEqual(b, { success: true })
  assert.ok(!(await js.getVector('default').getIndexes()).includes(name('idx_delete', 'nv')))
})

// ---------------------------------------------------------------------------
// Logs
// ---------------------------------------------------------------------------

test("logs: listLogs({ transportId: 'memory' })", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listLogs({ transportId: 'memory' }))
  same(b, a)
  assert.ok(b.logs.some((l) => l.msg === 'mastra server listening'))
})

test("logs: getLogForRun({ runId, transportId: 'memory' })", TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    await run.startAsync({ inputData: { value: 1 } })
    return { runId: run.runId, logs: await c.getLogForRun({ runId: run.runId, transportId: 'memory' }) }
  })
  same(b, a)
  assert.deepEqual(
    b.logs.logs.map((l) => [l.msg, l.runId]),
    [
      ['workflow step double', b.runId],
      ['workflow step inc', b.runId],
    ],
  )
})

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

test("errors: 404 from getAgent('nope').details()", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => rejection(() => c.getAgent('nope').details()))
  sameHttpError(b, a, 404)
  assert.equal(b.message, 'HTTP error! status: 404 - {"error":"Agent with id nope not found"}')
})

test('errors: 404 from a memory call without agentId (saveMessageToMemory)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) =>
    rejection(() => c.saveMessageToMemory({ messages: [userMessage('hi', name('thr_noagent', side), name('res_noagent', side))] })),
  )
  sameHttpError(b, a, 404)
  assert.deepEqual(b.body, { error: 'Agent not found' })
})

test('errors: 400 from a bad body (createIndex without dimension)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => rejection(() => c.getVector('default').createIndex({ indexName: name('idx_bad', side) })))
  sameHttpError(b, a, 400)
  assert.equal(b.statusText, 'Bad Request')
  assert.equal(b.body.error, 'Invalid request body')
})

test('errors: 400 from a bad query (listLogs without transportId)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => rejection(() => c.listLogs({})))
  sameHttpError(b, a, 400)
  assert.equal(b.body.error, 'Invalid query parameters')
})

test('errors: 400 from invalid workflow input (startAsync)', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    return rejection(() => run.startAsync({ inputData: { value: 'x' } }))
  })
  sameHttpError(b, a, 400)
  assert.match(b.body.error, /^Invalid input data/)
})

test('errors: MemoryThread.update() without agentId fails before any request, same message', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => rejection(() => c.getMemoryThread({ threadId: name('thr_noid', side) }).update({ title: 'x' })))
  assert.ok(b instanceof Error, `native: ${b}`)
  assert.equal(b.name, a.name)
  assert.equal(b.message, a.message)
  assert.equal(b.status, undefined)
})
