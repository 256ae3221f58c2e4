// Contract tests of the memory, vectors, logs and schedules groups on a real Mastra server
// (tools/mastra-server.mjs, plus tools/fixture/memory.mjs's `om-agent`): each native
// method gives the same result as @mastra/client-js 1.47.0, compared after normalization of
// ids and times, plus checks on the real values.
//
// Run (Node >= 22): node --test __test__/contract/memory.test.mjs
//
// Calls run one client after the other (client-js first). Whatever a call creates is named
// per client, `ct_<what>_js` / `ct_<what>_nv` (same length, so token counts match); the
// normalizer maps both to `ct_<what>_<side>`. Where a test needs things to exist first,
// client-js makes them for both sides, so each test exercises one native method.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import * as ClientJs from '@mastra/client-js'
import { addObservationalMemoryAgent } from '../../tools/fixture/memory.mjs'
import { createContract, name, SIDES, textMessage, UUID } from '../support/contract.mjs'

const AGENT = 'echo-agent'
const OM_AGENT = 'om-agent'
// Server ids may prefix ours (`agent_ct_x_js`), so no word boundary before `ct_`.
const SIDE_RULE = [/ct_(\w+?)_(?:js|nv)\b/g, 'ct_$1_<side>']
// Schedule ids are slugs (`ct-<what>-js`); a manual fire's claim id ends with the fire time.
const SLUG_RULE = [/ct-([\w-]+?)-(?:js|nv)(?![A-Za-z0-9])/g, 'ct-$1-<side>']
const CLAIM_RULE = [/(manual_[\w-]+?-(?:js|nv))_\d+/g, '$1_<time>']
const T = { timeout: 60_000 } // a guard against hangs only

let server
let Native
let js
let nv

const contract = createContract({ replace: [CLAIM_RULE, SIDE_RULE, SLUG_RULE] })
const { both, same, rejection, sameHttpError } = contract

const userMessage = (id, text, threadId, resourceId, day) => ({
  id,
  role: 'user',
  content: { format: 2, parts: [{ type: 'text', text }] },
  threadId,
  resourceId,
  createdAt: new Date(Date.UTC(2024, 0, day)),
})

/**
 * Makes a thread for `side` with three messages (`ct_<what>m1_<side>` ... on days 1..3), through
 * client-js; `messages`: how many; `texts`: messages of these texts instead (ids and times from
 * the server).
 */
async function setupThread(what, side, { agentId = AGENT, messages = 3, texts } = {}) {
  const threadId = name(`thr_${what}`, side)
  const resourceId = name(`res_${what}`, side)
  await js.createMemoryThread({ agentId, resourceId, threadId, title: 'Contract thread', metadata: { k: 1 } })
  const list = texts ? texts.map((text) => textMessage(text, threadId, resourceId)) : []
  for (let i = 1; i <= (texts ? 0 : messages); i++) list.push(userMessage(name(`${what}m${i}`, side), `hello ${i}`, threadId, resourceId, i))
  if (list.length) await js.saveMessageToMemory({ agentId, messages: list })
  return { threadId, resourceId }
}

const texts = (messages) => messages.map((m) => m.content.parts?.[0]?.text ?? m.content)

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

before(async () => {
  ;({ server, Native, js, nv } = await contract.start({
    setup: async (s) => void (await addObservationalMemoryAgent(s.mastra)),
    clientOptions: {}, // the default retries
  }))
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Memory threads
// ---------------------------------------------------------------------------

test('memory: createMemoryThread()', T, async () => {
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

test('memory: listMemoryThreads({ agentId, resourceId })', T, async () => {
  for (const side of SIDES) await setupThread('list', side, { messages: 0 })
  const [a, b] = await both((c, side) => c.listMemoryThreads({ agentId: AGENT, resourceId: name('res_list', side) }))
  same(b, a)
  assert.equal(b.total, 1)
  assert.equal(b.threads[0].id, name('thr_list', 'nv'))
})

test('memory: getMemoryThread({ threadId, agentId }).get()', T, async () => {
  for (const side of SIDES) await setupThread('get', side, { messages: 0 })
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_get', side), agentId: AGENT }).get())
  same(b, a)
  assert.equal(b.id, name('thr_get', 'nv'))
  assert.deepEqual(b.metadata, { k: 1 })
})

test('memory: getMemoryThread(...).update()', T, async () => {
  for (const side of SIDES) await setupThread('upd', side, { messages: 0 })
  const [a, b] = await both((c, side) =>
    c
      .getMemoryThread({ threadId: name('thr_upd', side), agentId: AGENT })
      .update({ title: 'Renamed', metadata: { k: 2 }, resourceId: name('res_upd', side) }),
  )
  same(b, a)
  assert.equal(b.title, 'Renamed')
  assert.deepEqual(b.metadata, { k: 2 })
})

test('memory: getMemoryThread(...).listMessages()', T, async () => {
  for (const side of SIDES) await setupThread('lmsg', side, { texts: ['hi'] })
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_lmsg', side), agentId: AGENT }).listMessages())
  same(b, a)
  assert.equal(b.messages.length, 1)
  assert.equal(b.messages[0].content.parts[0].text, 'hi')
})

test('memory: getMemoryThread(...).delete(), then get() is a 404', T, async () => {
  for (const side of SIDES) await setupThread('del', side, { messages: 0 })
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_del', side), agentId: AGENT }).delete())
  same(b, a)
  assert.deepEqual(b, { result: 'Thread deleted' })
  const [ea, eb] = await both((c, side) =>
    rejection(() => c.getMemoryThread({ threadId: name('thr_del', side), agentId: AGENT }).get()),
  )
  sameHttpError(eb, ea, 404)
})

test('memory: listThreadMessages(threadId, { agentId })', T, async () => {
  for (const side of SIDES) await setupThread('ltm', side, { texts: ['hi'] })
  const [a, b] = await both((c, side) => c.listThreadMessages(name('thr_ltm', side), { agentId: AGENT }))
  same(b, a)
  assert.equal(b.total, 1)
  assert.equal(b.messages[0].threadId, name('thr_ltm', 'nv'))
})

test('memory: saveMessageToMemory()', T, async () => {
  const threads = {}
  for (const side of SIDES) threads[side] = await setupThread('save', side, { messages: 0 })
  const [a, b] = await both((c, side) =>
    c.saveMessageToMemory({
      agentId: AGENT,
      messages: [textMessage('hi', threads[side].threadId, threads[side].resourceId)],
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

test('memory: getWorkingMemory()', T, async () => {
  for (const side of SIDES) await setupThread('gwm', side, { messages: 0 })
  const [a, b] = await both((c, side) =>
    c.getWorkingMemory({ agentId: AGENT, threadId: name('thr_gwm', side), resourceId: name('res_gwm', side) }),
  )
  same(b, a)
  assert.equal(b.workingMemory, null)
  assert.equal(b.threadExists, true)
})

test('memory: updateWorkingMemory()', T, async () => {
  for (const side of SIDES) await setupThread('uwm', side, { messages: 0 })
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

test('memory: thread.clone({ newThreadId, title }) copies every message', T, async () => {
  for (const side of SIDES) await setupThread('cl', side)
  const [a, b] = await both((c, side) =>
    c.getMemoryThread({ threadId: name('thr_cl', side), agentId: AGENT }).clone({ newThreadId: name('thr_cl2', side), title: 'Cöpy' }),
  )
  same(b, a)
  assert.equal(b.thread.id, name('thr_cl2', 'nv'))
  assert.equal(b.thread.title, 'Cöpy')
  assert.equal(b.thread.metadata.clone.sourceThreadId, name('thr_cl', 'nv'))
  assert.deepEqual(texts(b.clonedMessages), ['hello 1', 'hello 2', 'hello 3'])
  const copy = await js.listThreadMessages(name('thr_cl2', 'nv'), { agentId: AGENT })
  assert.equal(copy.messages.length, 3, 'the native call made the copy on the server')
})

test('memory: thread.clone() with a message limit and filter, agentId in the params', T, async () => {
  for (const side of SIDES) await setupThread('clf', side)
  const [a, b] = await both((c, side) =>
    c.getMemoryThread({ threadId: name('thr_clf', side) }).clone({
      agentId: AGENT,
      newThreadId: name('thr_clf2', side),
      metadata: { copied: true },
      options: { messageLimit: 1, messageFilter: { startDate: new Date(Date.UTC(2024, 0, 1)), endDate: new Date(Date.UTC(2024, 0, 2, 12)) } },
    }),
  )
  same(b, a)
  assert.equal(b.thread.resourceId, name('res_clf', 'nv'))
  assert.deepEqual(b.thread.metadata.copied, true)
  assert.deepEqual(texts(b.clonedMessages), ['hello 2'])
})

test('memory: thread.clone() to another resource: the same 403', T, async () => {
  for (const side of SIDES) await setupThread('clr', side, { messages: 1 })
  const [ea, eb] = await both((c, side) =>
    rejection(() => c.getMemoryThread({ threadId: name('thr_clr', side), agentId: AGENT }).clone({ resourceId: name('res_clr2', side) })),
  )
  sameHttpError(eb, ea, 403)
})

test('memory: thread.clone() without any agentId is an Error before any request', T, async () => {
  const [a, b] = await both((c) => rejection(() => c.getMemoryThread({ threadId: 'ct_none' }).clone()))
  assert.equal(b.constructor.name, a.constructor.name)
  assert.equal(b.message, a.message)
  assert.match(b.message, /^MemoryThread\.clone\(\) requires an agentId/)
})

test('memory: thread.transfer({ resourceId }) moves the thread to another resource', T, async () => {
  for (const side of SIDES) await setupThread('tr', side)
  const [a, b] = await both((c, side) =>
    c.getMemoryThread({ threadId: name('thr_tr', side), agentId: AGENT }).transfer({ resourceId: name('res_tr2', side) }),
  )
  same(b, a)
  assert.equal(b.resourceId, name('res_tr2', 'nv'))
  const moved = await js.listMemoryThreads({ agentId: AGENT, resourceId: name('res_tr2', 'nv') })
  assert.deepEqual(
    moved.threads.map((t) => t.id),
    [name('thr_tr', 'nv')],
  )
  const messages = await js.listThreadMessages(name('thr_tr', 'nv'), { agentId: AGENT })
  assert.ok(messages.messages.every((m) => m.resourceId === name('res_tr2', 'nv')), 'messages moved too')
})

test('memory: thread.transfer() without an agentId (storage) and of a missing thread', T, async () => {
  for (const side of SIDES) await setupThread('trs', side, { messages: 0 })
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('thr_trs', side) }).transfer({ resourceId: name('res_trs2', side) }))
  same(b, a)
  assert.equal(b.resourceId, name('res_trs2', 'nv'))
  const [ea, eb] = await both((c, side) =>
    rejection(() => c.getMemoryThread({ threadId: name('thr_nope', side), agentId: AGENT }).transfer({ resourceId: 'r' })),
  )
  sameHttpError(eb, ea, ea.status)
  assert.ok(ea.status >= 400)
})

test('memory: thread.deleteMessages() by id, by ids, by objects', T, async () => {
  for (const side of SIDES) await setupThread('dm', side, { messages: 4 })
  const thread = (c, side) => c.getMemoryThread({ threadId: name('thr_dm', side), agentId: AGENT })
  const [a1, b1] = await both((c, side) => thread(c, side).deleteMessages(name('dmm1', side)))
  same(b1, a1)
  assert.deepEqual(b1, { success: true, message: '1 message deleted successfully' })
  const [a2, b2] = await both((c, side) => thread(c, side).deleteMessages([name('dmm2', side), name('dmm3', side)]))
  same(b2, a2)
  const [a3, b3] = await both((c, side) => thread(c, side).deleteMessages([{ id: name('dmm4', side) }], { requestContext: { tenant: 'Zoë' } }))
  same(b3, a3)
  const left = await js.listThreadMessages(name('thr_dm', 'nv'), { agentId: AGENT })
  assert.deepEqual(left.messages, [], 'the native calls deleted every message')
})

test('memory: thread.deleteMessages(ids, requestContext) (older form) with agentId from the thread', T, async () => {
  for (const side of SIDES) await setupThread('dmo', side, { messages: 2 })
  const [a, b] = await both((c, side) =>
    c.getMemoryThread({ threadId: name('thr_dmo', side), agentId: AGENT }).deleteMessages([name('dmom1', side)], new ClientJs.RequestContext([['tenant', 'x']])),
  )
  same(b, a)
  const left = await js.listThreadMessages(name('thr_dmo', 'nv'), { agentId: AGENT })
  assert.deepEqual(texts(left.messages), ['hello 2'])
})

test('memory: deleteThread(threadId, { agentId }), then the thread is gone', T, async () => {
  for (const side of SIDES) await setupThread('dt', side, { messages: 1 })
  const [a, b] = await both((c, side) => c.deleteThread(name('thr_dt', side), { agentId: AGENT }))
  same(b, a)
  assert.deepEqual(b, { result: 'Thread deleted' })
  const [ea, eb] = await both((c, side) => rejection(() => c.getMemoryThread({ threadId: name('thr_dt', side), agentId: AGENT }).get()))
  sameHttpError(eb, ea, 404)
})

test('memory: deleteThread(threadId, { networkId }) answers as client-js sees it', T, async () => {
  for (const side of SIDES) await setupThread('dtn', side, { messages: 0 })
  const [ea, eb] = await both((c, side) => rejection(() => c.deleteThread(name('thr_dtn', side), { networkId: 'net-1' })))
  sameHttpError(eb, ea, 400)
  assert.equal(eb.body.error, 'Invalid query parameters')
})

test('memory: deleteThread() without agentId or networkId is an Error before any request', T, async () => {
  const [a, b] = await both((c) => rejection(() => c.deleteThread('ct_none', {})))
  assert.equal(b.constructor.name, 'Error')
  assert.equal(b.message, a.message)
})

test('memory: listThreadMessages(threadId, { networkId }) (network route)', T, async () => {
  for (const side of SIDES) await setupThread('ltn', side, { messages: 2 })
  const [a, b] = await both((c, side) => c.listThreadMessages(name('thr_ltn', side), { networkId: AGENT, page: 0, perPage: 1 }))
  same(b, a)
  assert.deepEqual([b.total, b.page, b.perPage, b.hasMore], [2, 0, 1, true])
  assert.deepEqual(texts(b.messages), ['hello 1'])
})

// ---------------------------------------------------------------------------
// Memory configuration, status, observational memory, search
// ---------------------------------------------------------------------------

test('memory: getMemoryConfig() of agents with and without observational memory, and of none', T, async () => {
  for (const agentId of [AGENT, OM_AGENT, 'nope']) {
    const [a, b] = await both((c) => c.getMemoryConfig({ agentId, requestContext: { tenant: 'Zoë' } }))
    same(b, a)
  }
  const config = await nv.getMemoryConfig({ agentId: OM_AGENT })
  assert.equal(config.config.observationalMemory.enabled, true)
  assert.equal(config.config.observationalMemory.scope, 'thread')
  assert.deepEqual(await nv.getMemoryConfig({ agentId: 'nope' }), { config: null })
})

test('memory: getMemoryStatus(agentId, requestContext, { resourceId, threadId })', T, async () => {
  for (const side of SIDES) await setupThread('st', side, { agentId: OM_AGENT, messages: 0 })
  const [a, b] = await both((c, side) => c.getMemoryStatus(OM_AGENT, { tenant: 'x' }, { resourceId: name('res_st', side), threadId: name('thr_st', side) }))
  same(b, a)
  assert.equal(b.result, true)
  assert.equal(b.observationalMemory.enabled, true)
  const [a2, b2] = await both((c) => c.getMemoryStatus(AGENT))
  same(b2, a2)
  assert.deepEqual(b2, { result: true, memoryType: 'local' })
})

test('memory: getObservationalMemory() after a conversation, with a time range and paging', T, async () => {
  for (const side of SIDES) {
    await js.getAgent(OM_AGENT).generate('hello', { memory: { thread: name('thr_om', side), resource: name('res_om', side) } })
  }
  const [a, b] = await both((c, side) =>
    c.getObservationalMemory({
      agentId: OM_AGENT,
      resourceId: name('res_om', side),
      threadId: name('thr_om', side),
      from: new Date(0),
      to: '2999-01-01T00:00:00.000Z',
      offset: 0,
      limit: 5,
    }),
  )
  same(b, a)
  assert.equal(b.record.threadId, name('thr_om', 'nv'))
  assert.equal(b.record.scope, 'thread')
})

test('memory: getObservationalMemory() of an agent without it: the same 400', T, async () => {
  const [ea, eb] = await both((c, side) => rejection(() => c.getObservationalMemory({ agentId: AGENT, threadId: name('thr_x', side) })))
  sameHttpError(eb, ea, 400)
  assert.equal(eb.body.error, 'Observational Memory is not enabled for this agent')
})

test('memory: awaitBufferStatus() resolves with the record', T, async () => {
  for (const side of SIDES) {
    await js.getAgent(OM_AGENT).generate('hi there', { memory: { thread: name('thr_buf', side), resource: name('res_buf', side) } })
  }
  const [a, b] = await both((c, side) =>
    c.awaitBufferStatus({ agentId: OM_AGENT, resourceId: name('res_buf', side), threadId: name('thr_buf', side), requestContext: { tenant: 'x' } }),
  )
  same(b, a)
  assert.equal(b.record.threadId, name('thr_buf', 'nv'))
})

test('memory: searchMemory() across a resource and within a thread', T, async () => {
  for (const side of SIDES) await setupThread('sr', side)
  const [a, b] = await both((c, side) => c.searchMemory({ agentId: AGENT, resourceId: name('res_sr', side), searchQuery: 'hello 2' }))
  same(b, a)
  assert.ok(b.count >= 1)
  assert.ok(b.results.some((r) => r.content === 'hello 2'))
  const [a2, b2] = await both((c, side) =>
    c.searchMemory({ agentId: AGENT, resourceId: name('res_sr', side), threadId: name('thr_sr', side), searchQuery: 'héllo & nothing' }),
  )
  same(b2, a2)
  assert.equal(b2.query, 'héllo & nothing')
})

// ---------------------------------------------------------------------------
// Vectors and logs
// ---------------------------------------------------------------------------

test("vectors: getVector('default').createIndex()", T, async () => {
  const [a, b] = await both((c, side) => c.getVector('default').createIndex({ indexName: name('idx_create', side), dimension: 3 }))
  same(b, a)
  assert.deepEqual(b, { success: true })
  assert.ok((await js.getVector('default').getIndexes()).includes(name('idx_create', 'nv')))
})

test("vectors: getVector('default').getIndexes()", T, async () => {
  for (const side of SIDES) await setupIndex('list', side)
  const [a, b] = await both((c) => c.getVector('default').getIndexes())
  assert.deepStrictEqual(b, a)
  assert.ok(b.includes(name('idx_list', 'js')) && b.includes(name('idx_list', 'nv')))
})

test("vectors: getVector('default').details(indexName)", T, async () => {
  for (const side of SIDES) await setupIndex('details', side, { vectors: true })
  const [a, b] = await both((c, side) => c.getVector('default').details(name('idx_details', side)))
  same(b, a)
  assert.deepEqual(b, { dimension: 3, count: 2, metric: 'cosine' })
})

test("vectors: getVector('default').upsert()", T, async () => {
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

test("vectors: getVector('default').query()", T, async () => {
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

test("vectors: getVector('default').delete(indexName)", T, async () => {
  for (const side of SIDES) await setupIndex('delete', side)
  const [a, b] = await both((c, side) => c.getVector('default').delete(name('idx_delete', side)))
  same(b, a)
  assert.deepEqual(b, { success: true })
  assert.ok(!(await js.getVector('default').getIndexes()).includes(name('idx_delete', 'nv')))
})

test("logs: listLogs({ transportId: 'memory' })", T, async () => {
  const [a, b] = await both((c) => c.listLogs({ transportId: 'memory' }))
  same(b, a)
  assert.ok(b.logs.some((l) => l.msg === 'mastra server listening'))
})

test("logs: getLogForRun({ runId, transportId: 'memory' })", T, async () => {
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

test('vectors: listVectors() and listEmbedders()', T, async () => {
  const [a, b] = await both((c) => c.listVectors())
  same(b, a)
  assert.deepEqual(
    b.vectors.map((v) => v.name),
    ['default'],
  )
  const [ea, eb] = await both((c) => c.listEmbedders())
  same(eb, ea)
  assert.ok(eb.embedders.length > 0 && eb.embedders.every((e) => typeof e.dimensions === 'number'))
})

test('logs: listLogTransports()', T, async () => {
  const [a, b] = await both((c) => c.listLogTransports())
  same(b, a)
  assert.deepEqual(b, { transports: ['memory'] })
})

test('logs: listLogs() with level, dates and paging', T, async () => {
  const params = { transportId: 'memory', logLevel: 'info', fromDate: new Date(0), toDate: new Date(Date.UTC(2999, 0, 1)), page: 1, perPage: 1 }
  const [a, b] = await both((c) => c.listLogs(params))
  same(b, a)
  assert.equal(b.perPage, 1)
  assert.equal(b.logs.length, 1)
})

test('logs: listLogsVNext() (the observability log store): the same page on both clients', T, async () => {
  for (const params of [undefined, { filters: { level: 'info', timestamp: { start: new Date(0) } }, pagination: { page: 0, perPage: 5 }, orderBy: { field: 'timestamp', direction: 'DESC' } }]) {
    const [a, b] = await both((c) => c.listLogsVNext(params))
    same(b, a)
    assert.ok(Array.isArray(b.logs), 'a page of logs')
  }
})

// ---------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------

const slug = (what, side) => `ct-${what}-${side}`
const scheduleId = (what, side) => `agent_${slug(what, side)}`
const agentSchedule = (what, side, more = {}) => ({ id: slug(what, side), agentId: AGENT, prompt: 'Say hi', cron: '0 0 1 1 *', name: slug(what, side), ...more })

test('schedules: createSchedule() for an agent and for a workflow', T, async () => {
  const [a, b] = await both((c, side) => c.createSchedule(agentSchedule('sc-a', side, { timezone: 'UTC', metadata: { k: 'é' } })))
  same(b, a)
  assert.equal(b.id, scheduleId('sc-a', 'nv'))
  assert.equal(b.status, 'active')
  const [wa, wb] = await both((c, side) =>
    c.createSchedule({ id: slug('sc-w', side), workflowId: 'double-then-inc', cron: '0 0 1 1 *', inputData: { value: 1 } }),
  )
  same(wb, wa)
  assert.equal(wb.workflowId, 'double-then-inc')
  assert.deepEqual(wb.inputData, { value: 1 })
})

test('schedules: createSchedule() of an unknown agent: the same 404', T, async () => {
  const [ea, eb] = await both((c, side) => rejection(() => c.createSchedule({ id: slug('sc-bad', side), agentId: 'nope', prompt: 'p', cron: '0 0 1 1 *' })))
  sameHttpError(eb, ea, 404)
})

test('schedules: getSchedule() and listSchedules() with filters', T, async () => {
  for (const side of SIDES) await js.createSchedule(agentSchedule('sc-g', side))
  const [a, b] = await both((c, side) => c.getSchedule(scheduleId('sc-g', side)))
  same(b, a)
  assert.equal(b.name, slug('sc-g', 'nv'))
  const [la, lb] = await both((c, side) => c.listSchedules({ agentId: AGENT, status: 'active', name: slug('sc-g', side) }))
  same(lb, la)
  assert.deepEqual(
    lb.schedules.map((s) => s.id),
    [scheduleId('sc-g', 'nv')],
  )
  const [ea, eb] = await both((c, side) => rejection(() => c.getSchedule(slug('sc-missing', side))))
  sameHttpError(eb, ea, 404)
})

test('schedules: updateSchedule(), pauseSchedule(), resumeSchedule()', T, async () => {
  for (const side of SIDES) await js.createSchedule(agentSchedule('sc-u', side))
  const id = (side) => scheduleId('sc-u', side)
  const [a, b] = await both((c, side) => c.updateSchedule(id(side), { cron: '0 0 2 1 *', prompt: 'Say bye' }))
  same(b, a)
  assert.equal(b.cron, '0 0 2 1 *')
  const [pa, pb] = await both((c, side) => c.pauseSchedule(id(side)))
  same(pb, pa)
  assert.equal(pb.status, 'paused')
  const [ra, rb] = await both((c, side) => c.resumeSchedule(id(side)))
  same(rb, ra)
  assert.equal(rb.status, 'active')
  const [ea, eb] = await both((c, side) => rejection(() => c.updateSchedule(id(side), { status: 'gone' })))
  sameHttpError(eb, ea, 400)
})

test('schedules: runSchedule() and listScheduleTriggers()', T, async () => {
  for (const side of SIDES) await js.createSchedule(agentSchedule('sc-r', side))
  const id = (side) => scheduleId('sc-r', side)
  const [a, b] = await both((c, side) => c.runSchedule(id(side)))
  same(b, a)
  assert.equal(b.scheduleId, id('nv'))
  assert.match(b.claimId, /^manual_/)
  const [ta, tb] = await both((c, side) => c.listScheduleTriggers(id(side), { limit: 10, fromActualFireAt: 0, toActualFireAt: Date.UTC(2999, 0, 1) }))
  same(tb, ta)
  assert.ok(Array.isArray(tb.triggers))
})

test('schedules: deleteSchedule(), then it is gone', T, async () => {
  for (const side of SIDES) await js.createSchedule(agentSchedule('sc-d', side))
  const [a, b] = await both((c, side) => c.deleteSchedule(scheduleId('sc-d', side)))
  same(b, a)
  assert.deepEqual(b, { message: 'Schedule deleted' })
  const [ea, eb] = await both((c, side) => rejection(() => c.deleteSchedule(scheduleId('sc-d', side))))
  sameHttpError(eb, ea, 404)
})
