// Contract tests of the streaming methods that the other contract files leave out: each stream
// is read to its end through @mastra/client-js 1.47.0 and through the native package, on one
// real Mastra server, and the chunk sequences compared (ids and times normalized).
// - long streams (hundreds of chunks), through processDataStream and through the body;
// - resumeStreamUntilIdle() after an approval;
// - client tools in streams: the tool runs in the test process, its result goes into the
//   stream and to the server, and the follow-up round streams on in the same Response
//   (stream, streamUntilIdle, processStreamResponse, and generate for comparison).
// Covered elsewhere: agent stream/streamUntilIdle/network/approve/decline/resumeStream
// (contract/agents.test.mjs), workflow run streams with observe from an offset
// (contract/workflows.test.mjs), agent-builder streams, A2A and responses streams,
// background tasks (contract/agent_builder, a2a, tools). Agent observe() is on the wire only
// (cases/agents.mjs): this in-memory server never answers it (its pubsub cannot replay).
//
// Run (Node >= 22): node --test __test__/contract/streams.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startRecordingServer } from '../../tools/recording-server.mjs'
import { createContract, chunksOf, name, SIDE_RULE } from '../support/contract.mjs'

const ECHO = 'echo-agent'
const TOOLS = 'client-tool-agent'
const APPROVAL = 'approval-agent'
const OPTIONS = { timeout: 30_000 }

let server
let Native
let js
let nv

const contract = createContract({ replace: [SIDE_RULE] })
const { both, same } = contract

before(async () => {
  ;({ server, Native, js, nv } = await contract.start())
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The events of an SSE body text, parsed. */
const eventsOfText = (body) =>
  body
    .split('\n\n')
    .filter((e) => e.startsWith('data: ') && e !== 'data: [DONE]')
    .map((e) => JSON.parse(e.slice(6)))

/** The events of a stream Response read through its body. */
const bodyEvents = async (response) => eventsOfText(await response.text())

const text = (chunks) => chunks.filter((c) => c.type === 'text-delta').map((c) => c.payload.text).join('')
const memory = (what, side) => ({ thread: name(what, side), resource: name(`${what}r`, side) })

/** A client tool `add` that runs here, recording the context it was given. */
function addTool(calls = []) {
  return {
    id: 'add',
    description: 'Adds two numbers, in the client',
    inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] },
    execute: async ({ a, b }, ctx) => {
      calls.push({ args: { a, b }, agentId: ctx.agent.agentId, threadId: ctx.agent.threadId, resourceId: ctx.agent.resourceId, toolCallId: ctx.agent.toolCallId })
      return { sum: a + b + 100 }
    },
  }
}

/** Asserts a client tool round: the tool's result chunk, then the follow-up's answer. */
function assertToolLoop(chunks) {
  const result = chunks.find((c) => c.type === 'tool-result')
  assert.ok(result, 'a tool-result chunk')
  assert.deepEqual(result.payload.result, { sum: 105 })
  assert.equal(text(chunks), 'tool said: {"sum":105}', 'the follow-up round saw the tool result')
  assert.ok(chunks.indexOf(result) < chunks.findIndex((c) => c.type === 'text-delta'), 'rounds in order')
}

// ---------------------------------------------------------------------------
// Agent streams, read whole
// ---------------------------------------------------------------------------

const AGENT_STREAMS = [
  ["stream('chunks:300') through processDataStream", (c) => c.getAgent(ECHO).stream('chunks:300'), chunksOf, (b) => assert.equal(text(b), 'x'.repeat(300))],
  ["stream('chunks:300') through the body", (c) => c.getAgent(ECHO).stream('chunks:300'), bodyEvents, (b) => assert.equal(text(b), 'x'.repeat(300))],
  ["streamUntilIdle('chunks:200') through the body", (c) => c.getAgent(ECHO).streamUntilIdle('chunks:200', { maxIdleMs: 10 }), bodyEvents, (b) => assert.equal(text(b), 'x'.repeat(200))],
  ["network('hello') through the body", (c, side) => c.getAgent('network-agent').network('hello', { memory: memory('netb', side) }), bodyEvents, (b) => assert.equal(b[0].type, 'routing-agent-start')],
]

for (const [title, open, read, check] of AGENT_STREAMS) {
  test(title, OPTIONS, async () => {
    const [a, b] = await both(async (c, side) => read(await open(c, side)))
    same(b, a)
    check(b)
  })
}

test('the body as received: network() keeps the [DONE] event, stream() leaves it out, as client-js', OPTIONS, async () => {
  const shape = (body) => ({ done: body.endsWith('data: [DONE]\n\n'), events: body.split('\n\n').filter(Boolean).length })
  const [a, b] = await both(async (c, side) => ({
    network: shape(await (await c.getAgent('network-agent').network('hello', { memory: memory('netraw', side) })).text()),
    stream: shape(await (await c.getAgent(ECHO).stream('hello')).text()),
  }))
  assert.equal(a.network.done, true, 'client-js keeps [DONE] in the network body (premise)')
  assert.equal(a.stream.done, false, 'client-js leaves it out of the stream body (premise)')
  assert.deepEqual(b, a)
})

test('resumeStreamUntilIdle() after a tool approval', OPTIONS, async () => {
  const runs = {}
  await both(async (c, side) => {
    const chunks = await chunksOf(await c.getAgent(APPROVAL).stream('tool:add', { memory: memory('rsui', side) }))
    runs[side] = chunks.find((x) => x.type === 'tool-call-approval')
  })
  const [a, b] = await both(async (c, side) =>
    chunksOf(await c.getAgent(APPROVAL).resumeStreamUntilIdle({ approved: true }, { runId: runs[side].runId, toolCallId: runs[side].payload.toolCallId, memory: memory('rsui', side), maxIdleMs: 10 })),
  )
  same(b, a)
  assert.equal(b.at(-1).type, 'finish')
})

// ---------------------------------------------------------------------------
// Client tools in streams
// ---------------------------------------------------------------------------

const CLIENT_TOOL_STREAMS = [
  ['stream() on a thread', (c, side, add) => c.getAgent(TOOLS).stream('client:add', { memory: memory('ct1', side), clientTools: { add } })],
  ['stream() without a thread', (c, side, add) => c.getAgent(TOOLS).stream('client:add', { clientTools: { add } })],
  ['stream() with a clientToolsResolver', (c, side, add) => c.getAgent(TOOLS).stream('client:add', { memory: memory('ct2', side), clientToolsResolver: () => ({ add }) })],
  ['streamUntilIdle() on a thread', (c, side, add) => c.getAgent(TOOLS).streamUntilIdle('client:add', { memory: memory('ct3', side), clientTools: { add }, maxIdleMs: 10 })],
]

for (const [title, open] of CLIENT_TOOL_STREAMS) {
  test(`client tool in ${title}: executed here, the follow-up round in the same stream`, OPTIONS, async () => {
    const calls = { js: [], nv: [] }
    const [a, b] = await both(async (c, side) => chunksOf(await open(c, side, addTool(calls[side]))))
    same(b, a)
    assertToolLoop(b)
    same(calls.nv, calls.js)
    assert.equal(calls.nv.length, 1)
    assert.equal(calls.nv[0].agentId, TOOLS)
  })
}

test('client tool in stream(): the body carries every round, the tool result between them', OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => bodyEvents(await c.getAgent(TOOLS).stream('client:add', { memory: memory('ct4', side), clientTools: { add: addTool() } })))
  same(b, a)
  assertToolLoop(b)
})

test('client tool in processStreamResponse(): every round goes to the controller', OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    let controller
    const readable = new ReadableStream({ start: (ctl) => void (controller = ctl) })
    await c.getAgent(TOOLS).processStreamResponse({ messages: 'client:add', memory: memory('ct5', side), clientTools: { add: addTool() } }, controller)
    return eventsOfText(await new Response(readable).text())
  })
  same(b, a)
  assertToolLoop(b)
})

test('client tool in stream(): the thread keeps both rounds', OPTIONS, async () => {
  await both(async (c, side) => chunksOf(await c.getAgent(TOOLS).stream('client:add', { memory: memory('ct6', side), clientTools: { add: addTool() } })))
  const [a, b] = await both((c, side) => c.getMemoryThread({ threadId: name('ct6', side), agentId: TOOLS }).listMessages())
  same(b, a)
  assert.ok(JSON.stringify(b).includes('tool said: '), 'the follow-up answer was stored')
})

test('client tool in generate(): executed here, the follow-up answer returned', OPTIONS, async () => {
  const [a, b] = await both((c, side) => c.getAgent(TOOLS).generate('client:add', { memory: memory('ct7', side), clientTools: { add: addTool() } }))
  same(b, a)
  assert.equal(b.text, 'tool said: {"sum":105}')
})

test('client tool in stream(): a per-call abort while the tool runs ends the stream with the abort reason', OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const abort = new AbortController()
    const add = { ...addTool(), execute: async () => (abort.abort(), { sum: 0 }) }
    const response = await c.getAgent(TOOLS).stream('client:add', { memory: memory('ct8', side), abortSignal: abort.signal, clientTools: { add } })
    const chunks = []
    const error = await response.processDataStream({ onChunk: async (chunk) => void chunks.push(chunk) }).then(() => null, (err) => err)
    return { types: chunks.map((c) => c.type), error: error && { name: error.name, message: error.message } }
  })
  same(b, a)
  assert.equal(b.error?.name, 'AbortError')
  assert.ok(!b.types.includes('tool-result'), 'no result after the abort')
})

// ---------------------------------------------------------------------------
// Deliberate differences (native only, on a recording server): where client-js leaves the
// stream open for ever, the native stream ends with the error.
// ---------------------------------------------------------------------------

const sseAnswer = (events) => ({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('') })
const toolCallRound = sseAnswer([
  { type: 'start', runId: 'run-1', from: 'AGENT', payload: {} },
  { type: 'tool-call', runId: 'run-1', from: 'AGENT', payload: { toolCallId: 'c1', toolName: 'add', args: { a: 2, b: 3 } } },
  { type: 'finish', runId: 'run-1', from: 'AGENT', payload: { stepResult: { reason: 'tool-calls' } } },
])
/** Runs `fn(client, srv)`: a native client on a recording server answering `answers` in order. */
async function onRecordingServer(answers, fn) {
  const srv = await startRecordingServer()
  try {
    srv.queue(...answers)
    return await fn(new Native.MastraClient({ baseUrl: srv.url, retries: 0 }), srv)
  } finally {
    await srv.close()
  }
}
const legacyToolCall = { status: 200, body: '9:{"toolCallId":"c1","toolName":"add","args":{"a":2,"b":3}}\nd:{"finishReason":"tool-calls"}\n' }

test('difference: a follow-up stream that fails ends the stream with its error (client-js never closes it)', OPTIONS, async () => {
  await onRecordingServer([toolCallRound, { status: 400, body: { error: 'bad follow-up' } }], async (client, srv) => {
    const chunks = []
    const response = await client.getAgent('a').stream('x', { memory: { thread: 't' }, clientTools: { add: addTool() } })
    const error = await response.processDataStream({ onChunk: async (c) => void chunks.push(c) }).then(() => null, (err) => err)
    assert.ok(error instanceof Native.MastraClientError, `a MastraClientError, got ${error}`)
    assert.equal(error.status, 400)
    assert.deepEqual(chunks.map((c) => c.type), ['start', 'tool-call', 'finish', 'tool-result'], 'the first round and the tool result came first')
    assert.equal(srv.requests.length, 2)
  })
})

test('difference: streamLegacy whose client tool throws ends the stream with the error (client-js never closes it)', OPTIONS, async () => {
  await onRecordingServer([legacyToolCall], async (client, srv) => {
    const add = { ...addTool(), execute: async () => { throw new Error('no adding today') } }
    const response = await client.getAgent('a').streamLegacy({ messages: 'x', clientTools: { add } })
    const error = await response.text().then(() => null, (err) => err)
    assert.equal(error?.message, 'no adding today')
    assert.equal(srv.requests.length, 1, 'no follow-up')
  })
})

test('difference: streamLegacy ending with a tool call no client tool can run ends the stream (client-js never closes it)', OPTIONS, async () => {
  await onRecordingServer([legacyToolCall], async (client, srv) => {
    const response = await client.getAgent('a').streamLegacy({ messages: 'x', clientTools: { other: addTool() } })
    assert.equal(await response.text(), legacyToolCall.body)
    assert.equal(srv.requests.length, 1, 'no follow-up')
  })
})

test('cancelling the body while a client tool runs: no follow-up opens (native, recording server)', OPTIONS, async () => {
  await onRecordingServer([toolCallRound], async (client, srv) => {
    let release
    let started
    const running = new Promise((resolve) => (started = resolve))
    const gate = new Promise((resolve) => (release = resolve))
    const add = { ...addTool(), execute: async () => (started(), await gate, { sum: 5 }) }
    const response = await client.getAgent('a').stream('x', { memory: { thread: 't' }, clientTools: { add } })
    const reader = response.body.getReader()
    const pending = (async () => {
      while (!(await reader.read()).done);
    })()
    await running
    await reader.cancel()
    await pending
    release()
    await new Promise((resolve) => setTimeout(resolve, 100))
    assert.equal(srv.requests.length, 1, 'no follow-up after the cancel')
  })
})
