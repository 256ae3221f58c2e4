// Contract tests of the agents group: each call made through @mastra/client-js 1.47.0 and
// through the native package against one real Mastra server (tools/mastra-server.mjs, with
// the agents of tools/fixture/agents.mjs), results compared after normalization of ids and
// times. Where the in-memory server cannot serve a call (no editor for stored versions, no
// API key for instruction enhancement, legacy calls on a v2 model), both must fail alike.
//
// Run (Node >= 22): node --test __test__/contract/agents.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createNormalizer } from '../support/normalize.mjs'
import { createContract, chunksOf, name, SIDE_RULE, UUID } from '../support/contract.mjs'

const ECHO = 'echo-agent'
const APPROVAL = 'approval-agent'
const OPTIONS = { timeout: 30_000 }

let server
let Native
let js
let nv

// HTTP errors: the body is compared after normalization, the message to the letter.
const contract = createContract({ replace: [SIDE_RULE], normalizeErrors: ['body'] })
const { both, same, sameRejection } = contract

before(async () => {
  ;({ server, Native, js, nv } = await contract.start())
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const types = (chunks) => chunks.map((c) => c.type)
const text = (chunks) => chunks.filter((c) => c.type === 'text-delta').map((c) => c.payload.text).join('')

/** A Response's body read to its end through its reader, as text. */
async function readBody(response) {
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let out = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    out += decoder.decode(value, { stream: true })
  }
  return out + decoder.decode()
}

// ---------------------------------------------------------------------------
// Listing, details, generate, stream
// ---------------------------------------------------------------------------

test('agents: listAgents()', OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents())
  same(b, a)
  assert.ok(Object.keys(b).includes(ECHO), 'the echo agent is listed (group fixtures add others)')
  assert.equal(b[ECHO].name, 'Echo Agent')
  assert.equal(typeof b[ECHO].tools.add.inputSchema, 'string')
})

test('agents: listAgents(undefined, true) (partial)', OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents(undefined, true))
  same(b, a)
  assert.equal(b[ECHO].tools.add.id, 'add')
  assert.equal(b[ECHO].tools.add.inputSchema, undefined, 'partial listing has no schemas')
})

test('agents: getAgent(id).details()', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).details())
  same(b, a)
  assert.equal(b.name, 'Echo Agent')
  assert.equal(b.modelId, 'echo-model')
})

test('agents: getAgent(id).details(requestContext)', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).details({ tenant: 'a' }))
  same(b, a)
  assert.equal(b.instructions, 'Echo the user message.')
})

test("agents: generate('hello')", OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).generate('hello'))
  same(b, a)
  assert.equal(b.text, 'echo: hello')
  assert.equal(b.finishReason, 'stop')
  assert.match(b.runId, UUID)
})

test("agents: generate('tool:add') (server-side tool call)", OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).generate('tool:add'))
  same(b, a)
  assert.equal(b.text, 'sum is 5')
  assert.deepEqual(b.steps[0].toolResults[0].payload.result, { sum: 5 })
})

test('agents: generate with memory { thread, resource }', OPTIONS, async () => {
  const [a, b] = await both((c, side) =>
    c.getAgent(ECHO).generate('hello', { memory: { thread: name('thr_gen', side), resource: name('res_gen', side) } }),
  )
  same(b, a)
  assert.equal(b.text, 'echo: hello')
  assert.equal(b.response.dbMessages[0].threadId, name('thr_gen', 'nv'))
  assert.equal(b.response.dbMessages[0].resourceId, name('res_gen', 'nv'))
  const saved = await js.listThreadMessages(name('thr_gen', 'nv'), { agentId: ECHO })
  assert.deepEqual(
    saved.messages.map((m) => m.role),
    ['user', 'assistant'],
    'the native generate saved both messages in its thread',
  )
})

test("agents: stream('hello') + processDataStream({ onChunk })", OPTIONS, async () => {
  const [a, b] = await both(async (c) => chunksOf(await c.getAgent(ECHO).stream('hello')))
  assert.deepStrictEqual(types(b), types(a))
  assert.equal(text(b), text(a))
  assert.equal(text(b), 'echo: hello')
  same(b, a)
})

test("agents: stream('tool:add') + processDataStream({ onChunk })", OPTIONS, async () => {
  const [a, b] = await both(async (c) => chunksOf(await c.getAgent(ECHO).stream('tool:add')))
  assert.deepStrictEqual(types(b), types(a))
  assert.ok(types(b).includes('tool-result'))
  assert.equal(text(b), 'sum is 5')
  same(b, a)
})

test("agents: stream('chunks:2000') delivers every delta in order", OPTIONS, async () => {
  const [a, b] = await both(async (c) => chunksOf(await c.getAgent(ECHO).stream('chunks:2000')))
  assert.deepStrictEqual(types(b), types(a))
  assert.equal(b.filter((c) => c.type === 'text-delta').length, 2000)
  assert.equal(text(b), 'x'.repeat(2000))
  same(b, a)
})

test("agents: stream('hello') Response .body read as text", OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const response = await c.getAgent(ECHO).stream('hello')
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

// ---------------------------------------------------------------------------
// Client, details, tools
// ---------------------------------------------------------------------------

test('listAgentsModelProviders()', OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgentsModelProviders())
  same(b, a)
  assert.ok(Array.isArray(b.providers) && b.providers.length > 0)
})

test('getAgent(id, { status: "draft" }).details() sends the version selector', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO, { status: 'draft' }).details({ tenant: 't' }))
  same(b, a)
  assert.equal(b.name, 'Echo Agent')
})

test('getTool(id) and getTool(id, requestContext)', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).getTool('add'))
  same(b, a)
  assert.equal(b.id, 'add')
  const [c1, c2] = await both((c) => c.getAgent(ECHO, { versionId: 'none' }).getTool('add', { tenant: 'é' }))
  same(c2, c1)
  await sameRejection((c) => c.getAgent(ECHO).getTool('nope'), 404)
})

test('executeTool(id, { data })', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).executeTool('add', { data: { a: 20, b: 22 }, requestContext: { k: 'v' } }))
  same(b, a)
  assert.deepEqual(b, { sum: 42 })
  const [v1, v2] = await both((c) => c.getAgent(ECHO).executeTool('add', { data: { a: 'x' } }))
  same(v2, v1)
  assert.equal(v2.error, true, 'bad input: a validation result')
})

test('enhanceInstructions() without a configured model key fails alike', OPTIONS, async () => {
  const err = await sameRejection((c) => c.getAgent(ECHO).enhanceInstructions('Be nice', 'shorter'), 400)
  assert.match(err.message, /API key/)
})

test('readPlan(), browserSession(), closeBrowser() on an agent without them fail alike', OPTIONS, async () => {
  await sameRejection((c) => c.getAgent(ECHO).readPlan('.mastracode/plans/p.md'), 404)
  await sameRejection((c) => c.getAgent(ECHO).browserSession('t'), 404)
  await sameRejection((c) => c.getAgent(ECHO).closeBrowser(), 404)
})

// ---------------------------------------------------------------------------
// Versions (stored overrides need the editor, which this server has not)
// ---------------------------------------------------------------------------

test('listVersions() of a code agent: an empty page', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent(ECHO).listVersions({ page: 0, perPage: 5, orderBy: { field: 'createdAt', direction: 'DESC' } }))
  same(b, a)
  assert.deepEqual(b.versions, [])
})

test('createVersion/getVersion/activate/restore/delete/compareVersions/clone fail alike without the editor', OPTIONS, async () => {
  const agent = (c) => c.getAgent(ECHO)
  await sameRejection((c) => agent(c).createVersion({ changeMessage: 'first' }), 404)
  await sameRejection((c) => agent(c).getVersion('v1', { k: 1 }), 404)
  await sameRejection((c) => agent(c).activateVersion('v1'), 404)
  await sameRejection((c) => agent(c).restoreVersion('v1'), 404)
  await sameRejection((c) => agent(c).deleteVersion('v1'), 404)
  await sameRejection((c) => agent(c).compareVersions('v1', 'v2'), 404)
  await sameRejection((c, side) => agent(c).clone({ newId: name('clone', side) }), 500)
})

// ---------------------------------------------------------------------------
// Model list
// ---------------------------------------------------------------------------

test('updateModelInModelList(), reorderModelList(), resetModel(), updateModel()', OPTIONS, async () => {
  const agent = (c) => c.getAgent('model-agent')
  const order = async (c) => (await agent(c).details()).modelList.map((m) => `${m.id}:${m.maxRetries}`)
  const [u1, u2] = await both((c, side) => agent(c).updateModelInModelList({ modelConfigId: 'second', maxRetries: side === 'js' ? 3 : 4 }))
  same(u2, u1)
  assert.deepEqual(await order(js), ['first:0', 'second:4'], 'the native update reached the server')
  const [r1, r2] = await both((c, side) => agent(c).reorderModelList({ reorderedModelIds: side === 'js' ? ['second', 'first'] : ['first', 'second'] }))
  same(r2, r1)
  assert.deepEqual(await order(js), ['first:0', 'second:4'])
  const [x1, x2] = await both((c) => agent(c).resetModel())
  same(x2, x1)
  await sameRejection((c) => agent(c).updateModel({ model: {} }), 400)
})

// ---------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------

test("streamUntilIdle('hello')", OPTIONS, async () => {
  const [a, b] = await both(async (c) => chunksOf(await c.getAgent(ECHO).streamUntilIdle('hello', { maxIdleMs: 10 })))
  same(b, a)
  assert.equal(text(b), 'echo: hello')
})

test('getAgent(id, undefined, { stream }) streams through the override route', OPTIONS, async () => {
  const [a, b] = await both(async (c) => chunksOf(await c.getAgent(ECHO, undefined, { stream: `/agents/${ECHO}/stream-until-idle` }).stream('hi')))
  same(b, a)
  assert.equal(text(b), 'echo: hi')
})

test('processStreamResponse(params, controller) writes the events into the controller', OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    let controller
    const readable = new ReadableStream({ start: (ctl) => void (controller = ctl) })
    const response = await c.getAgent(ECHO).processStreamResponse({ messages: 'hello' }, controller)
    const body = await new Response(readable).text()
    return { status: response.status, events: body.split('\n\n').filter(Boolean).map((e) => JSON.parse(e.slice(6)).type) }
  })
  same(b, a)
  assert.equal(b.events.at(-1), 'finish')
})

test('network() with a routing agent over the echo agent', OPTIONS, async () => {
  const [a, b] = await both(async (c, side) =>
    chunksOf(await c.getAgent('network-agent').network('hello', { memory: { thread: name('net', side), resource: name('netres', side) } })),
  )
  same(b, a)
  assert.equal(b[0].type, 'routing-agent-start')
  assert.ok(types(b).includes('agent-execution-start'), 'the echo agent ran')
})

// ---------------------------------------------------------------------------
// Tool approval
// ---------------------------------------------------------------------------

/** Streams 'tool:add' on the approval agent; resolves with the chunks and the suspended call. */
async function suspendedStream(c, side, what) {
  const chunks = await chunksOf(await c.getAgent(APPROVAL).stream('tool:add', { memory: { thread: name(what, side), resource: name(`${what}r`, side) } }))
  const approval = chunks.find((x) => x.type === 'tool-call-approval')
  assert.ok(approval, `${side}: the run asks for approval`)
  return { chunks, runId: approval.runId, toolCallId: approval.payload.toolCallId }
}

test('stream → listSuspendedRuns → approveToolCall()', OPTIONS, async () => {
  const runs = {}
  const [s1, s2] = await both(async (c, side) => (runs[side] = await suspendedStream(c, side, 'appr')).chunks)
  same(s2, s1)
  const [l1, l2] = await both((c, side) => c.getAgent(APPROVAL).listSuspendedRuns({ threadId: name('appr', side), perPage: 10, page: 0 }, { k: 1 }))
  same(l2, l1)
  assert.equal(l2.total, 1)
  assert.equal(l2.runs[0].runId, runs.nv.runId)
  const [a1, a2] = await both(async (c, side) => chunksOf(await c.getAgent(APPROVAL).approveToolCall({ runId: runs[side].runId, toolCallId: runs[side].toolCallId })))
  same(a2, a1)
  assert.equal(text(a2), 'sum is 5')
})

test('stream → declineToolCall()', OPTIONS, async () => {
  const runs = {}
  await both(async (c, side) => (runs[side] = await suspendedStream(c, side, 'decl')))
  const [a, b] = await both(async (c, side) => chunksOf(await c.getAgent(APPROVAL).declineToolCall({ runId: runs[side].runId, toolCallId: runs[side].toolCallId })))
  same(b, a)
  assert.equal(b.at(-1).type, 'finish')
})

test('stream → resumeStream({ approved: true }, { runId, toolCallId })', OPTIONS, async () => {
  const runs = {}
  await both(async (c, side) => (runs[side] = await suspendedStream(c, side, 'resm')))
  const [a, b] = await both(async (c, side) =>
    chunksOf(await c.getAgent(APPROVAL).resumeStream({ approved: true }, { runId: runs[side].runId, toolCallId: runs[side].toolCallId, memory: { thread: name('resm', side), resource: name('resmr', side) } })),
  )
  same(b, a)
  assert.equal(b.at(-1).type, 'finish')
})

test('generate → approveToolCallGenerate() and declineToolCallGenerate()', OPTIONS, async () => {
  const [g1, g2] = await both((c) => c.getAgent(APPROVAL).generate('tool:add'))
  same(g2, g1)
  assert.equal(g2.finishReason, 'suspended')
  const [a, b] = await both((c, side) => c.getAgent(APPROVAL).approveToolCallGenerate({ runId: (side === 'js' ? g1 : g2).runId, toolCallId: 'call-add-1' }))
  same(b, a)
  assert.equal(b.text, 'sum is 5')
  const [h1, h2] = await both((c) => c.getAgent(APPROVAL).generate('tool:add'))
  const [d1, d2] = await both((c, side) => c.getAgent(APPROVAL).declineToolCallGenerate({ runId: (side === 'js' ? h1 : h2).runId, toolCallId: 'call-add-1' }))
  same(d2, d1)
})

// ---------------------------------------------------------------------------
// Messages, signals, threads
// ---------------------------------------------------------------------------

test('sendMessage(), sendSignal(), queueMessage(), abortThread()', OPTIONS, async () => {
  const thread = (side) => ({ threadId: name('sig', side), resourceId: name('sigr', side) })
  const [m1, m2] = await both((c, side) => c.getAgent(ECHO).sendMessage({ ...thread(side), message: 'hello' }))
  same(m2, m1)
  assert.equal(m2.accepted, true)
  const [s1, s2] = await both((c, side) => c.getAgent(ECHO).sendSignal({ ...thread(side), signal: { type: 'user-message', contents: 'more' } }))
  same(s2, s1)
  const [q1, q2] = await both((c, side) => c.getAgent(ECHO).queueMessage({ ...thread(side), message: 'later' }))
  same(q2, q1)
  const [x1, x2] = await both((c, side) => c.getAgent(ECHO).abortThread({ ...thread(side), expectedRunId: 'none' }))
  same(x2, x1)
})

test('subscribeToThread() delivers the run a message starts; unsubscribe() ends it', OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const thread = { threadId: name('sub', side), resourceId: name('subr', side) }
    const agent = c.getAgent(ECHO)
    const subscription = await agent.subscribeToThread(thread)
    const chunks = []
    const reading = subscription.processDataStream({
      onChunk: (chunk) => {
        chunks.push(chunk)
        if (chunk.type === 'finish') subscription.unsubscribe()
      },
    })
    await agent.sendMessage({ ...thread, message: 'hello' })
    await reading
    return chunks
  })
  same(b, a)
  assert.equal(text(b), 'echo: hello')
})

test("subscribeToThread(): the client's abortSignal ends processDataStream quietly (native)", OPTIONS, async () => {
  const controller = new AbortController()
  const client = new Native.MastraClient({ baseUrl: server.url, retries: 0, abortSignal: controller.signal })
  const thread = { threadId: name('subabort', 'nv'), resourceId: name('subabortr', 'nv') }
  const subscription = await client.getAgent(ECHO).subscribeToThread(thread)
  const types = []
  const reading = subscription.processDataStream({
    onChunk: (chunk) => {
      types.push(chunk.type)
      if (chunk.type === 'finish') controller.abort()
    },
  })
  await nv.getAgent(ECHO).sendMessage({ ...thread, message: 'hello' })
  await reading
  assert.equal(types.at(-1), 'finish')
})

// ---------------------------------------------------------------------------
// Legacy and durable calls the echo agent cannot serve
// ---------------------------------------------------------------------------

test('generateLegacy(), streamLegacy() on a v2 model and recover() on a plain agent fail alike', OPTIONS, async () => {
  await sameRejection((c) => c.getAgent(ECHO).generateLegacy({ messages: 'hi' }), 500)
  await sameRejection((c) => c.getAgent(ECHO).streamLegacy({ messages: 'hi' }), 500)
  await sameRejection((c) => c.getAgent(ECHO).recover({ runId: 'r1' }), 400)
})

// ---------------------------------------------------------------------------
// Voice
// ---------------------------------------------------------------------------

test('voice: getSpeakers(), getListener()', OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgent('voice-agent').voice.getSpeakers({ k: 1 }))
  same(b, a)
  assert.equal(b[0].voiceId, 'alloy')
  const [l1, l2] = await both((c) => c.getAgent('voice-agent').voice.getListener())
  same(l2, l1)
  assert.equal(l2.enabled, true)
})

test('voice: speak() gives the audio Response; listen() posts the audio as a form', OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const response = await c.getAgent('voice-agent').voice.speak('héllo', { speaker: 'alloy' })
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
  })
  same(b, a)
  assert.match(b.text, /^voice:\w+:héllo$/)
  const [l1, l2] = await both((c) => c.getAgent('voice-agent').voice.listen(new Blob([new Uint8Array(12)], { type: 'audio/wav' }), { language: 'fr' }))
  same(l2, l1)
  assert.deepEqual(l2, { text: 'heard 12 bytes' })
})
