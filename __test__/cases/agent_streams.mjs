// Wire cases of client tools in agent streams: the server answers a sequence of streams whose
// first rounds end with a client tool call; each side runs the tool and opens the follow-up
// streams itself. The follow-up requests (route, body) and the chunks of every round, the
// tool results included, must match client-js's. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, sse, json, readChunks, readSse } from '../support/wire-cases.mjs'

const agent = (c) => c.getAgent('agent-1')
const overridden = (c) => c.getAgent('agent-1', undefined, { stream: '/custom/agent-stream' })
const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }

const chunk = (type, payload, runId = 'run-1') => ({ type, runId, from: 'AGENT', payload })

/** A round that ends calling the client tool `color` (its arguments streamed, then whole). */
const toolRound = (id = 'c1', a = 'x', runId = 'run-1') =>
  sse([
    chunk('start', {}, runId),
    chunk('step-start', { messageId: `m-${id}` }, runId),
    chunk('text-delta', { id: 't', text: 'picking ' }, runId),
    chunk('text-delta', { id: 't', text: 'a cölour' }, runId),
    chunk('tool-call-input-streaming-start', { toolCallId: id, toolName: 'color' }, runId),
    chunk('tool-call-delta', { toolCallId: id, argsTextDelta: '{"a":' }, runId),
    chunk('tool-call-delta', { toolCallId: id, argsTextDelta: `"${a}"}` }, runId),
    chunk('tool-call', { toolCallId: id, toolName: 'color', args: { a } }, runId),
    chunk('step-finish', { stepResult: { reason: 'tool-calls' } }, runId),
    chunk('finish', { stepResult: { reason: 'tool-calls' }, output: { usage: {} } }, runId),
  ])
/** A round that ends normally. */
const lastRound = sse([chunk('start', {}, 'run-2'), chunk('text-delta', { id: '1', text: 'réd 😀' }, 'run-2'), chunk('finish', { stepResult: { reason: 'stop' }, output: { usage: {} } }, 'run-2')])

/** The client tool, run in the test process. */
const color = (more = {}) => ({
  id: 'color',
  description: 'Picks a colour',
  inputSchema: schema,
  execute: async (args, ctx) => ({ colour: `red-${args.a}`, agent: ctx.agent.agentId, thread: ctx.agent.threadId ?? null, call: ctx.agent.toolCallId }),
  ...more,
})
const withModelOutput = () => color({ toModelOutput: (r) => ({ type: 'content', value: [{ type: 'image-url', url: 'data:image/png;base64,AAAA' }, { type: 'text', text: r.colour }] }) })

/** Blanks what is random in a follow-up body (the assistant message's date and revision id). */
function stable(req) {
  if (!Array.isArray(req.json?.messages)) return req
  const messages = req.json.messages.map((m) => (m && m.revisionId ? { ...m, createdAt: typeof m.createdAt, revisionId: typeof m.revisionId } : m))
  const json = { ...req.json, messages }
  return { ...req, json, body: JSON.stringify(json) }
}

/** An observability context, as the server passes it with a tool call. */
const observability = { traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01` }

/** A client tool that records a span and a log through `observe`. */
const tracedTool = () =>
  color({
    execute: async (args, ctx) => {
      await ctx.observe.span('lookup', async () => ctx.observe.log('info', 'looking', { n: 1, ok: true, at: 1.5, skip: null }), { key: 'v' })
      return { colour: `red-${args.a}` }
    },
  })

/** What is random or timed in recorded observability: fresh span ids, times, durations. */
const TIMED = new Set(['spanId', 'startTimeUnixNano', 'endTimeUnixNano', 'timeUnixNano', 'observedTimeUnixNano', 'executionDurationMs'])
function untimed(req) {
  if (!req.json) return req
  const json = JSON.parse(req.body, (key, value) => (TIMED.has(key) ? typeof value : value))
  return stable({ ...req, json, body: JSON.stringify(json) })
}

/** A value with its timed observability fields blanked. */
const withoutTimes = (value) => JSON.parse(JSON.stringify(value), (key, v) => (TIMED.has(key) ? typeof v : v))

/** A round whose tool call carries an observability context. */
const tracedRound = sse([
  chunk('start', {}),
  chunk('tool-call', { toolCallId: 'c1', toolName: 'color', args: { a: 'x' }, observability }),
  chunk('finish', { stepResult: { reason: 'tool-calls' }, output: { usage: {} } }),
])

/** The legacy data stream as the server writes it: `code:json` lines. */
const dataStream = (lines) => ({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: lines.join('\n') + '\n' })
const legacyToolRound = dataStream([
  'f:{"messageId":"m1"}',
  '0:"picking "',
  '0:"a cölour"',
  'b:{"toolCallId":"c1","toolName":"color"}',
  'c:{"toolCallId":"c1","argsTextDelta":"{\\"a\\":"}',
  'c:{"toolCallId":"c1","argsTextDelta":"\\"x\\"}"}',
  '9:{"toolCallId":"c1","toolName":"color","args":{"a":"x"}}',
  'e:{"finishReason":"tool-calls","usage":{"promptTokens":1,"completionTokens":2},"isContinued":false}',
  'd:{"finishReason":"tool-calls","usage":{"promptTokens":1,"completionTokens":2}}',
])
const legacyLastRound = dataStream(['f:{"messageId":"m2"}', '0:"réd 😀"', 'd:{"finishReason":"stop","usage":{"promptTokens":1,"completionTokens":2}}'])
const readLegacy = async (response) => {
  const parts = []
  const on = (type) => async (value) => void parts.push([type, value])
  await response.processDataStream({ onTextPart: on('text'), onFinishMessagePart: on('finish'), onToolCallPart: on('tool-call'), onToolResultPart: on('tool-result'), onStartStepPart: on('step') })
  return parts
}
const legacyCase = (target, args, more = {}) => ({
  method: 'Agent.streamLegacy',
  target,
  args,
  answers: [legacyToolRound],
  answer: legacyLastRound,
  consume: readLegacy,
  normalize: stable,
  expect: requestCount(2),
  ...more,
})

/** Both sides sent the same number of requests (premise) and this many. */
const requestCount = (n) => (nv, js) => {
  assert.equal(js.length, n, `client-js sent ${n} requests (premise)`)
  assert.equal(nv.length, n)
}

const toolCase = (method, target, args, more = {}) => ({
  method,
  target,
  args,
  answers: [toolRound()],
  answer: lastRound,
  consume: readChunks,
  normalize: stable,
  expect: requestCount(2),
  ...more,
})

// processStreamResponse writes into a controller: its stream is kept for `consume`.
let lastReadable
const controllerForCase = () => {
  let controller
  lastReadable = new ReadableStream({ start: (c) => void (controller = c) })
  return controller
}

// A client-wide abort controller, made per client, that a tool can abort.
let clientAbort
const abortingClient = () => {
  clientAbort = new AbortController()
  return { abortSignal: clientAbort.signal }
}

export default [
  toolCase('Agent.stream', agent, [() => ['pick', { memory: { thread: 't', resource: 'r' }, requestContext: RC, clientTools: { color: withModelOutput() } }]], {
    label: 'client tool on a thread: the follow-up carries the tool message only',
  }),
  toolCase('Agent.stream', agent, [() => [[{ role: 'user', content: 'pick' }], { clientTools: { color: color() }, maxSteps: 3 }]], {
    label: 'client tool without a thread: the follow-up carries the messages, the assistant message and the tool message',
  }),
  toolCase('Agent.stream', agent, [() => ['pick', { clientToolsResolver: () => ({ color: color() }) }]], { label: 'client tools from the resolver, each round' }),
  toolCase('Agent.stream', agent, [() => ['pick', { memory: { thread: { id: 't' }, resource: 'r' }, clientTools: { color: color() } }]], {
    label: 'three rounds: two tool calls, then the answer',
    answers: [toolRound('c1', 'x'), toolRound('c2', 'y')],
    expect: requestCount(3),
  }),
  toolCase('Agent.stream', agent, [() => ['pick', { memory: { thread: 't' }, clientTools: { color: color({ execute: async () => { throw 'no colour' } }) } }]], {
    label: 'a tool that throws: a tool-error chunk and its error as the result',
  }),
  toolCase('Agent.stream', agent, [() => ['pick', { clientTools: { color: { id: 'color', description: 'no execute', inputSchema: schema } } }]], {
    label: 'a client tool without execute: no follow-up',
    expect: requestCount(1),
  }),
  toolCase('Agent.stream', overridden, [() => ['pick', { memory: { thread: 't' }, clientTools: { color: color() } }]], { label: 'the follow-up goes to the route override' }),
  toolCase('Agent.streamUntilIdle', agent, [() => ['pick', { memory: { thread: 't' }, clientTools: { color: color() } }]], { label: 'the follow-up goes to stream-until-idle' }),
  toolCase('Agent.resumeStream', agent, [() => [{ ok: true }, { runId: 'r9', messages: ['kept'], clientTools: { color: color() } }]], {
    label: 'after resume-stream, the follow-up goes to stream with the messages',
  }),
  toolCase('Agent.resumeStreamUntilIdle', agent, [() => [{ ok: true }, { runId: 'r9', memory: { thread: 't' }, clientTools: { color: color() } }]], {
    label: 'after resume-stream-until-idle, the follow-up goes to stream-until-idle',
  }),
  toolCase('Agent.approveToolCall', agent, [() => [{ runId: 'r1', toolCallId: 'c0', clientTools: { color: color() }, requestContext: RC }]], {
    label: 'after approve-tool-call, the follow-up goes to approve-tool-call',
  }),
  toolCase('Agent.declineToolCall', agent, [() => [{ runId: 'r1', toolCallId: 'c0', memory: { thread: 't' }, clientTools: { color: color() } }]], {
    label: 'after decline-tool-call, the follow-up goes to decline-tool-call',
  }),
  toolCase('Agent.processStreamResponse', agent, [() => [{ messages: ['pick'], memory: { thread: 't' }, clientTools: { color: color() } }, controllerForCase()]], {
    label: 'client tool: the follow-up events go to the controller',
    consume: async (response) => ({ status: response.status, events: await readSse(lastReadable) }),
  }),
  toolCase(
    'Agent.stream',
    agent,
    [
      () => {
        const abort = new AbortController()
        return ['pick', { abortSignal: abort.signal, memory: { thread: 't' }, clientTools: { color: color({ execute: async () => (abort.abort(), 'red') }) } }]
      },
    ],
    { label: 'the call aborted while its tool runs: no follow-up, the stream rejects with the abort reason', expect: requestCount(1) },
  ),
  toolCase('Agent.stream', agent, [() => ['pick', { memory: { thread: 't' }, clientTools: { color: color({ execute: async () => (clientAbort.abort(), 'red') }) } }]], {
    label: 'the client aborted while a tool runs: no follow-up',
    options: abortingClient,
    expect: requestCount(1),
  }),
  toolCase('Agent.stream', agent, [() => ['pick', { memory: { thread: 't' }, clientTools: { color: tracedTool() } }]], {
    label: 'a tool call with an observability context: the spans and logs go back with the result',
    answers: [tracedRound],
    normalize: untimed,
    expect: (nv, js) => {
      requestCount(2)(nv, js)
      const traced = nv[1].json.messages[0].content[0].__mastraObservability
      assert.deepEqual(traced.parentContext, observability)
      assert.equal(traced.payload.toolName, 'color')
      assert.equal(traced.payload.spans.resourceSpans[0].scopeSpans[0].spans[0].name, 'lookup')
    },
  }),
  {
    method: 'Agent.generate',
    target: agent,
    label: 'a client tool call with an observability context: the spans and logs go back with the result',
    args: [() => ['pick', { memory: { thread: 't' }, clientTools: { color: tracedTool() } }]],
    answers: [json({ finishReason: 'tool-calls', toolCalls: [{ payload: { toolCallId: 'c1', toolName: 'color', args: { a: 'x' }, observability } }], response: { messages: [] } })],
    answer: json({ text: 'red', finishReason: 'stop' }),
    normalize: untimed,
    expect: (nv) => assert.equal(nv[1].json.messages[0].content[0].__mastraObservability.payload.logs.resourceLogs[0].scopeLogs[0].logRecords[0].severityText, 'INFO'),
  },
  {
    method: 'Agent.generateLegacy',
    target: agent,
    label: 'a client tool call with an observability context: the spans and logs go back with the result',
    args: [() => [{ messages: ['pick'], clientTools: { color: tracedTool() } }]],
    answers: [json({ finishReason: 'tool-calls', toolCalls: [{ toolCallId: 'c1', toolName: 'color', args: { a: 'x' }, observability }], response: { messages: [] } })],
    answer: json({ text: 'red', finishReason: 'stop' }),
    normalize: untimed,
    expect: (nv) => assert.ok(nv[1].json.messages.at(-1).content[0].__mastraObservability.payload.spans),
  },
  {
    method: 'Agent.subscribeToThread',
    label: 'a client tool of a signal run called with an observability context: spans and logs go back',
    target: async (c) => {
      const a = c.getAgent('agent-1')
      await a.sendSignal({ resourceId: 'r', threadId: 't', signal: { type: 'user-message', contents: 'x' }, ifIdle: { streamOptions: { clientTools: { color: tracedTool() } } } })
      return a
    },
    args: [[{ resourceId: 'r', threadId: 't' }]],
    answers: [
      sse([
        chunk('tool-call', { toolCallId: 'c1', toolName: 'color', args: { a: 'x' }, observability }, 'r1'),
        chunk('finish', { stepResult: { reason: 'tool-calls' }, messages: { nonUser: [] } }, 'r1'),
      ]),
    ],
    answer: json({ runId: 'r2' }),
    consume: async (response) => withoutTimes(await readChunks(response)),
    normalize: untimed,
    expect: (nv) => {
      assert.equal(nv.length, 2, 'the subscription, then the tool result')
      assert.deepEqual(nv[1].json.messages[0].content[1].__mastraObservability.parentContext, observability)
    },
  },
  legacyCase(agent, [() => [{ messages: ['pick'], threadId: 't', resourceId: 'r', requestContext: RC, clientTools: { color: color() } }]], {
    label: 'client tool on a thread: the result line, then the follow-up round',
  }),
  legacyCase(agent, [() => [{ messages: [{ role: 'user', content: 'pick' }], clientTools: { color: color() } }]], {
    label: 'client tool without a thread: the follow-up carries the messages and the assistant message',
  }),
  legacyCase(overridden, [() => [{ messages: 'pick', memory: { thread: 't' }, clientToolsResolver: () => ({ color: color() }) }]], {
    label: 'the follow-up goes to the route override',
  }),
  { method: 'Agent.stream', target: agent, label: 'a failing first round', args: [() => ['pick', { clientTools: { color: color() } }]], answer: json({ error: 'boom' }, 400) },
]
