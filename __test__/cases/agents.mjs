// Wire cases of the agents group: every method of `Agent` and `AgentVoice`, and the client's
// agent methods. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, sse, json, readChunks, readSse } from '../support/wire-cases.mjs'

// processStreamResponse writes into a controller: its stream is kept here for `consume`
// (each side calls, then consumes, in turn).
let lastReadable
const controllerForCase = () => {
  let controller
  lastReadable = new ReadableStream({ start: (c) => void (controller = c) })
  return controller
}

const agent = (c) => c.getAgent('agent-1')
const draft = (c) => c.getAgent('agent-1', { status: 'draft' })
const pinned = (c) => c.getAgent('agent-1', { versionId: 'v 1' })
const overridden = (c) => c.getAgent('agent-1', undefined, { stream: '/custom/agent-stream' })
const voice = (c) => c.getAgent('agent-1').voice
const draftVoice = (c) => c.getAgent('agent-1', { status: 'draft' }).voice

const notFound = json({ error: 'not found' }, 404)
const chunks = [
  { type: 'start', runId: 'run-1', from: 'AGENT', payload: {} },
  { type: 'text-delta', runId: 'run-1', from: 'AGENT', payload: { id: '1', text: 'héllo 😀' } },
  { type: 'finish', runId: 'run-1', from: 'AGENT', payload: { stepResult: { reason: 'stop' }, output: { usage: {} } } },
]
const networkChunks = [
  { type: 'routing-agent-start', runId: 'n-1', from: 'NETWORK', payload: { agentId: 'router' } },
  { type: 'network-execution-event-step-finish', runId: 'n-1', from: 'NETWORK', payload: { result: 'é' } },
]
const streamCase = (method, target, args, more = {}) => ({ method, target, args, answer: sse(chunks), consume: readChunks, ...more })
const version = { id: 'v1', agentId: 'agent-1', versionNumber: 1, createdAt: '2026-01-01T00:00:00.000Z' }
const decision = { runId: 'r1', toolCallId: 'c1' }
const jsonSchema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }
const clientTool = { id: 'color', description: 'Picks a colour', inputSchema: jsonSchema }

/** The legacy data stream as the server writes it: `code:json` lines. */
const dataStream = (lines) => ({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: lines.join('\n') + '\n' })
const readLegacy = async (response) => {
  const parts = []
  const on = (type) => async (value) => void parts.push([type, value])
  await response.processDataStream({ onTextPart: on('text'), onFinishMessagePart: on('finish'), onToolCallPart: on('tool-call'), onDataPart: on('data') })
  return parts
}
const audio = () => new Blob([new Uint8Array([0, 1, 2, 250, 255])], { type: 'audio/wav' })

export default [
  // -------------------------------------------------------------------------
  // Client
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listAgentsModelProviders', answer: json({ providers: [{ id: 'openai', name: 'OpenAI', connected: false }] }) },
  { method: 'MastraClient.listAgentsModelProviders', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.getAgent',
    kind: 'maker',
    args: [['a'], ['a', { versionId: 'v1' }], ['a', { status: 'published' }], ['a', undefined, { stream: '/x' }]],
  },
  {
    method: 'MastraClient.getAgent',
    label: 'version and route overrides are kept',
    kind: 'maker',
    args: [['a', { versionId: 'v1' }, { stream: '/x' }]],
    consume: (a) => ({ version: a.version, routeOverrides: a.routeOverrides, voice: a.voice.constructor.name }),
  },

  // -------------------------------------------------------------------------
  // Details, plans, tools
  // -------------------------------------------------------------------------
  { method: 'Agent.details', target: draft, label: 'status selector', args: [[], [RC], [rcMap()]], answer: json({ name: 'A' }) },
  { method: 'Agent.details', target: pinned, label: 'version id selector', args: [[], [RC]], answer: json({ name: 'A' }) },
  {
    method: 'Agent.readPlan',
    target: agent,
    args: [['.mastracode/plans/p 1.md'], ['.mastracode/plans/é.md', RC], ['a&b=c', rcMap()], [undefined]],
    answer: json({ path: '.mastracode/plans/p.md', content: '# Plan' }),
  },
  { method: 'Agent.readPlan', target: draft, args: [['p.md'], ['p.md', RC]] },
  { method: 'Agent.readPlan', target: agent, label: '404 answer', args: [['p.md']], answer: notFound },
  {
    method: 'Agent.getTool',
    target: agent,
    args: [['add'], ['add', RC], ['add', rcMap()]],
    answer: json({ id: 'add', description: 'Adds', inputSchema: '{}' }),
  },
  { method: 'Agent.getTool', target: pinned, args: [['add'], ['add', RC]] },
  { method: 'Agent.getTool', target: agent, label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'Agent.executeTool',
    target: agent,
    args: [['add', { data: { a: 1, b: 2 } }], ['add', { data: { a: 'é' }, requestContext: RC }], ['add', { requestContext: rcMap() }], ['add', { data: null, extra: 1 }]],
    answer: json({ sum: 3 }),
  },
  { method: 'Agent.executeTool', target: agent, label: '400 answer', args: [['add', { data: {} }]], answer: json({ error: 'bad input' }, 400) },
  {
    method: 'Agent.enhanceInstructions',
    target: agent,
    args: [['Be nice', 'shorter'], ['Sé amable', ''], [undefined, undefined]],
    answer: json({ explanation: 'x', new_prompt: 'Be kind' }),
  },
  { method: 'Agent.browserSession', target: agent, args: [[], ['t 1'], ['']], answer: json({ hasSession: false, screencastAvailable: false }) },
  { method: 'Agent.closeBrowser', target: agent, args: [[], ['t 1'], [null]], answer: json({ success: true }) },
  {
    method: 'Agent.clone',
    target: agent,
    args: [[], [{}], [{ newId: 'copy', newName: 'Cöpy', metadata: { a: [1] }, authorId: 'u', requestContext: RC }], [{ requestContext: rcMap(), newId: 'c2' }]],
    answer: json({ id: 'copy', name: 'Cöpy' }),
  },

  // -------------------------------------------------------------------------
  // Model
  // -------------------------------------------------------------------------
  { method: 'Agent.updateModel', target: agent, args: [[{ model: { provider: 'openai', modelId: 'gpt-4o' } }], [undefined]], answer: json({ message: 'ok' }) },
  { method: 'Agent.resetModel', target: agent, answer: json({ message: 'reset' }) },
  {
    method: 'Agent.updateModelInModelList',
    target: agent,
    args: [[{ modelConfigId: 'm1', model: { provider: 'openai', modelId: 'x' }, maxRetries: 2 }], [{ modelConfigId: 'm 2', enabled: false }]],
    answer: json({ message: 'ok' }),
  },
  { method: 'Agent.reorderModelList', target: agent, args: [[{ reorderedModelIds: ['b', 'a'] }]], answer: json({ message: 'ok' }) },
  { method: 'Agent.reorderModelList', target: agent, label: '400 answer', args: [[{}]], answer: json({ error: 'no ids' }, 400) },

  // -------------------------------------------------------------------------
  // Versions
  // -------------------------------------------------------------------------
  {
    method: 'Agent.listVersions',
    target: agent,
    args: [[], [{ page: 0, perPage: 5 }], [{ orderBy: { field: 'createdAt', direction: 'DESC' } }, RC], [{ orderBy: { direction: 'ASC' } }, rcMap()], [undefined, RC]],
    answer: json({ versions: [version], total: 1, page: 0, perPage: 5, hasMore: false }),
  },
  { method: 'Agent.listVersions', target: (c) => c.getAgent('a 1'), label: 'id with a space', args: [[{ page: 1 }]] },
  { method: 'Agent.createVersion', target: agent, args: [[], [{ changeMessage: 'é', instructions: 'x' }], [{}, RC], [undefined, rcMap()]], answer: json(version) },
  { method: 'Agent.getVersion', target: agent, args: [['v1'], ['v 1', RC], ['v1', rcMap()]], answer: json(version) },
  { method: 'Agent.getVersion', target: agent, label: '404 answer', args: [['v9']], answer: notFound },
  { method: 'Agent.activateVersion', target: agent, args: [['v1'], ['v1', RC]], answer: json({ success: true, activeVersionId: 'v1' }) },
  { method: 'Agent.restoreVersion', target: agent, args: [['v1'], ['v1', rcMap()]], answer: json(version) },
  { method: 'Agent.deleteVersion', target: agent, args: [['v1'], ['v1', RC]], answer: json({ success: true }) },
  { method: 'Agent.compareVersions', target: agent, args: [['v1', 'v2'], ['v 1', 'v&2', RC], [undefined, undefined]], answer: json({ diffs: [] }) },

  // -------------------------------------------------------------------------
  // Streams
  // -------------------------------------------------------------------------
  streamCase('Agent.stream', overridden, [['hi'], ['hi', { requestContext: RC, memory: { thread: 't', resource: 'r' } }]], { label: 'route override' }),
  streamCase('Agent.stream', agent, [['hi', { structuredOutput: { schema: jsonSchema, errorStrategy: 'strict' } }], ['hi', { structuredOutput: { errorStrategy: 'warn' } }]], { label: 'structured output' }),
  streamCase('Agent.stream', agent, [['hi', { clientTools: { color: clientTool } }]], { label: 'client tools' }),
  { method: 'Agent.stream', target: agent, label: '404 answer', args: [['hi']], answer: notFound },
  streamCase('Agent.streamUntilIdle', agent, [['hi'], ['hi', { maxIdleMs: 50, requestContext: RC }], [[{ role: 'user', content: 'é' }], { requestContext: rcMap(), memory: { thread: { id: 't' }, resource: 'r' } }]]),
  { method: 'Agent.streamUntilIdle', target: agent, label: '500 answer', args: [['hi']], answer: json({ error: 'boom' }, 500) },
  streamCase('Agent.resumeStream', agent, [
    [{ ok: true }, { runId: 'r1' }],
    ['yes', { runId: 'r1', toolCallId: 'c1', messages: ['dropped'], requestContext: RC, memory: { thread: 't', resource: 'r' } }],
    [null, { runId: 'r1', requestContext: rcMap(), structuredOutput: { schema: jsonSchema } }],
  ]),
  { method: 'Agent.resumeStream', target: agent, label: 'missing options', args: [[{ ok: true }]] },
  streamCase('Agent.resumeStreamUntilIdle', agent, [
    [{ ok: true }, { runId: 'r1' }],
    [[1, 2], { runId: 'r1', messages: ['kept'], maxIdleMs: 10, requestContext: RC }],
  ]),
  streamCase('Agent.observe', agent, [[{ runId: 'r1' }], [{ runId: 'r1', offset: 2 }]]),
  { method: 'Agent.observe', target: agent, label: '404 answer', args: [[{ runId: 'gone' }]], answer: notFound },
  streamCase('Agent.recover', agent, [[{ runId: 'r1' }], [{ runId: 'r1', requestContext: RC, versions: { agents: { a: { versionId: 'v1' } }, defaultStatus: 'draft' } }]]),
  streamCase('Agent.approveToolCall', agent, [[decision], [{ ...decision, model: 'm', requestContext: RC }], [{ ...decision, requestContext: rcMap() }]]),
  streamCase('Agent.declineToolCall', agent, [[decision], [{ ...decision, reason: 'no', requestContext: RC }]]),
  { method: 'Agent.approveToolCall', target: agent, label: 'missing params', args: [[]] },
  streamCase('Agent.network', agent, [
    ['route me', {}],
    [[{ role: 'user', content: 'é' }], { memory: { thread: 't', resource: 'r' }, maxSteps: 3, requestContext: RC }],
    ['x', { requestContext: rcMap(), structuredOutput: { schema: jsonSchema } }],
  ], { answer: sse(networkChunks) }),
  { method: 'Agent.network', target: agent, label: 'missing params', args: [['x']] },
  streamCase('Agent.approveNetworkToolCall', agent, [[{ runId: 'n-1' }], [{ runId: 'n-1', model: 'm', requestContext: RC }]], { answer: sse(networkChunks) }),
  streamCase('Agent.declineNetworkToolCall', agent, [[{ runId: 'n-1', reason: 'no' }], [{ runId: 'n-1', requestContext: rcMap() }]], { answer: sse(networkChunks) }),
  {
    method: 'Agent.processStreamResponse',
    target: agent,
    args: [
      [{ messages: ['hi'], requestContext: RC }],
      [{ runId: 'r1', messages: ['dropped'], resumeData: 1 }, 'resume-stream'],
      [{ runId: 'r1', messages: ['kept'] }, 'stream-until-idle'],
      [{ runId: 'r1', toolCallId: 'c1' }, 'approve-tool-call'],
    ].map(([params, route]) => () => [params, controllerForCase(), route]),
    answer: sse(chunks),
    consume: async (response) => ({ status: response.status, events: await readSse(lastReadable) }),
  },
  {
    method: 'Agent.processStreamResponse',
    target: overridden,
    label: 'route override',
    args: [() => [{ messages: ['hi'] }, controllerForCase()]],
    answer: sse(chunks),
    consume: async (response) => ({ status: response.status, events: await readSse(lastReadable) }),
  },

  // -------------------------------------------------------------------------
  // Approvals without streams, suspended runs
  // -------------------------------------------------------------------------
  { method: 'Agent.approveToolCallGenerate', target: agent, args: [[decision], [{ ...decision, requestContext: RC }]], answer: json({ text: 'done', finishReason: 'stop' }) },
  { method: 'Agent.declineToolCallGenerate', target: agent, args: [[decision], [{ ...decision, requestContext: rcMap() }]], answer: json({ text: 'declined' }) },
  { method: 'Agent.declineToolCallGenerate', target: agent, label: 'missing params', args: [[]] },
  {
    method: 'Agent.sendToolApproval',
    target: agent,
    args: [[{ toolCallId: 'c1', approved: true, threadId: 't', resourceId: 'r' }], [{ toolCallId: 'c1', approved: false, requestContext: RC, messages: ['é'] }]],
    answer: json({ runId: 'r2' }),
  },
  {
    method: 'Agent.listSuspendedRuns',
    target: agent,
    args: [
      [],
      [{ threadId: 't', resourceId: 'r', perPage: 0, page: 2 }],
      [{ fromDate: new Date('2026-01-01T00:00:00Z'), toDate: new Date('2026-02-01T12:30:00Z') }, RC],
      [{ threadId: '' }, rcMap()],
    ],
    answer: json({ runs: [{ runId: 'r1' }], total: 1 }),
  },

  // -------------------------------------------------------------------------
  // Messages, signals, threads
  // -------------------------------------------------------------------------
  ...['sendMessage', 'queueMessage', 'sendSignal'].map((name) => ({
    method: `Agent.${name}`,
    target: agent,
    args: [
      [{ resourceId: 'r', threadId: 't', message: 'hé' }],
      [{ threadId: 't', signal: { type: 'user-message', contents: 'x' }, ifIdle: { behavior: 'wake', streamOptions: { requestContext: RC, clientTools: { color: clientTool }, maxSteps: 2 } } }],
      [{ threadId: 't', ifIdle: { behavior: 'persist' } }],
    ],
    answer: json({ accepted: true, runId: 'run-9' }),
  })),
  { method: 'Agent.sendSignal', target: agent, label: '409 answer', args: [[{ threadId: 't', ifIdle: { streamOptions: { maxSteps: 1 } } }]], answer: json({ error: 'busy' }, 409) },
  {
    method: 'Agent.subscribeToThread',
    target: agent,
    args: [[{ resourceId: 'r', threadId: 't' }], [{ threadId: 't é' }]],
    answer: sse(chunks),
    consume: readChunks,
  },
  {
    method: 'Agent.subscribeToThread',
    label: 'abort() aborts the thread',
    target: agent,
    args: [[{ resourceId: 'r', threadId: 't' }]],
    answers: [sse(chunks)],
    answer: json({ aborted: true }),
    consume: async (response) => {
      const aborted = await response.abort()
      response.unsubscribe()
      return { aborted }
    },
  },
  {
    method: 'Agent.subscribeToThread',
    label: 'reconnects after the stream ends',
    target: agent,
    args: [[{ threadId: 't' }]],
    answers: [sse(chunks.slice(0, 1)), sse(chunks.slice(1))],
    answer: notFound,
    consume: async (response) => {
      const got = []
      const error = await response.processDataStream({ onChunk: (c) => void got.push(c.type), reconnect: { maxRetries: 1, delayMs: 1 } }).then(
        () => null,
        (e) => e.status,
      )
      return { got, error }
    },
  },
  {
    method: 'Agent.subscribeToThread',
    label: 'a client tool of a signal run runs here and its result goes back',
    // sendSignal (answered { runId: 'r1' } while the target is made) remembers the stream
    // options of run r1; the subscription sees r1 stop for the client tool.
    target: async (c) => {
      const a = c.getAgent('agent-1')
      const color = { ...clientTool, execute: async (args, ctx) => ({ colour: `red-${args.a}`, agent: ctx.agent.agentId }) }
      await a.sendSignal({ resourceId: 'r', threadId: 't', signal: { type: 'user-message', contents: 'x' }, ifIdle: { streamOptions: { requestContext: RC, clientTools: { color } } } })
      return a
    },
    args: [[{ resourceId: 'r', threadId: 't' }]],
    answers: [
      sse([
        { type: 'tool-call', runId: 'r1', from: 'AGENT', payload: { toolCallId: 'c1', toolName: 'color', args: { a: 'x' } } },
        { type: 'finish', runId: 'r1', from: 'AGENT', payload: { stepResult: { reason: 'tool-calls' }, messages: { nonUser: [{ role: 'assistant', content: 'calling' }] } } },
      ]),
    ],
    answer: json({ runId: 'r2' }),
    consume: readChunks,
    expect: (nv) => {
      assert.equal(nv.length, 2, 'the subscription, then the tool result')
      assert.match(nv[1].path, /\/send-tool-approval$/)
      assert.deepEqual(nv[1].json.messages[0].content[1].output, { type: 'json', value: { colour: 'red-x', agent: 'agent-1' } })
    },
  },
  { method: 'Agent.subscribeToThread', target: agent, label: '404 answer', args: [[{ threadId: 't' }]], answer: notFound },
  { method: 'Agent.abortThread', target: agent, args: [[{ threadId: 't' }], [{ resourceId: 'r', threadId: 't', expectedRunId: 'run-1' }], [{ threadId: 't', expectedRunId: null }]], answer: json({ aborted: true }) },

  // -------------------------------------------------------------------------
  // generate: structured output and client tools
  // -------------------------------------------------------------------------
  {
    method: 'Agent.generate',
    target: agent,
    label: 'structured output',
    args: [['hi', { structuredOutput: { schema: { ...jsonSchema, properties: { a: { type: 'string' }, o: { type: 'object', properties: { b: { type: 'number' } } } } } } }]],
    answer: json({ text: '{}', object: {} }),
  },
  {
    method: 'Agent.generate',
    label: 'client tool with toModelOutput runs and answers the server',
    target: agent,
    args: [
      () => [
        'pick',
        {
          memory: { thread: 't', resource: 'r' },
          clientTools: {
            color: {
              ...clientTool,
              execute: async (args) => ({ colour: `red-${args.a}` }),
              toModelOutput: (result) => ({ type: 'content', value: [{ type: 'image-url', url: 'data:image/png;base64,AAAA' }, { type: 'text', text: result.colour }] }),
            },
          },
        },
      ],
    ],
    answers: [json({ finishReason: 'tool-calls', toolCalls: [{ payload: { toolCallId: 'c1', toolName: 'color', args: { a: 'x' } } }], response: { messages: [{ role: 'assistant', content: 'calling' }] } })],
    answer: json({ text: 'red', finishReason: 'stop' }),
    expect: (nv) => {
      assert.equal(nv.length, 2, 'generate, then generate with the tool result')
      const result = nv[1].json.messages.at(-1).content[0]
      assert.deepEqual(result.result, { colour: 'red-x' })
      assert.equal(result.providerOptions.mastra.modelOutput.value[0].mediaType, 'image/png')
    },
  },

  // -------------------------------------------------------------------------
  // Legacy
  // -------------------------------------------------------------------------
  {
    method: 'Agent.generateLegacy',
    target: agent,
    args: [
      [{ messages: 'hi' }],
      [{ messages: ['a', 'b'], threadId: 't', resourceId: 'r', requestContext: RC, output: jsonSchema }],
      [{ messages: [{ role: 'user', content: 'é' }], experimental_output: jsonSchema, requestContext: rcMap(), clientTools: { color: clientTool } }],
    ],
    answer: json({ text: 'ok', finishReason: 'stop' }),
  },
  { method: 'Agent.generateLegacy', target: agent, label: 'missing params', args: [[]] },
  {
    method: 'Agent.generateLegacy',
    label: 'client tool runs and answers the server',
    target: agent,
    args: [
      () => [{ messages: ['pick'], clientTools: { color: { ...clientTool, execute: async (args) => ({ colour: `red-${args.a}` }) } } }],
    ],
    answers: [json({ finishReason: 'tool-calls', toolCalls: [{ toolCallId: 'c1', toolName: 'color', args: { a: 'x' } }], response: { messages: [{ role: 'assistant', content: 'calling' }] } })],
    answer: json({ text: 'red', finishReason: 'stop' }),
  },
  {
    method: 'Agent.streamLegacy',
    target: agent,
    args: [[{ messages: 'hi' }], [{ messages: ['a'], requestContext: RC, output: jsonSchema }]],
    answer: dataStream(['f:{"messageId":"m1"}', '0:"hé"', '0:"llo 😀"', '2:[{"a":1}]', 'd:{"finishReason":"stop","usage":{"promptTokens":1,"completionTokens":2}}']),
    consume: readLegacy,
  },
  {
    method: 'Agent.streamLegacy',
    target: overridden,
    label: 'route override',
    args: [[{ messages: 'hi', requestContext: rcMap() }]],
    answer: dataStream(['0:"x"']),
    consume: readLegacy,
  },

  // -------------------------------------------------------------------------
  // Voice
  // -------------------------------------------------------------------------
  ...[
    [['héllo'], { status: 200, headers: { 'content-type': 'audio/mpeg' }, body: Buffer.from([0, 1, 2, 200, 255]) }],
    [['hi', { speaker: 'alloy', speed: 1.5 }], { status: 200, body: 'RIFF' }],
    [['x'], json({ error: 'no voice' }, 400)],
  ].map(([args, answer]) => ({
    method: 'AgentVoice.speak',
    target: voice,
    args: [args],
    answer,
    consume: async (r) => ({ status: r.status, type: r.headers.get('content-type'), bytes: [...new Uint8Array(await r.arrayBuffer())] }),
    differs: 'one `content-type: application/json` header, where client-js sends two (its own and the default one, joined by fetch)',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(js[0].contentType, 'application/json, application/json', 'client-js doubles the header (premise)')
      assert.equal(nv.length, 1)
      assert.equal(nv[0].contentType, 'application/json')
      assert.deepEqual({ ...nv[0], contentType: null, headers: null }, { ...js[0], contentType: null, headers: null })
      assert.equal(nvOutcome.ok, jsOutcome.ok)
      if (nvOutcome.ok) assert.deepEqual(nvOutcome.value, jsOutcome.value)
      else assert.deepEqual([nvOutcome.error.status, nvOutcome.error.message], [jsOutcome.error.status, jsOutcome.error.message])
    },
  })),
  { method: 'AgentVoice.listen', target: voice, args: [() => [audio()], () => [audio(), { language: 'fr', filetype: 'wav' }]], answer: json({ text: 'bonjour' }) },
  { method: 'AgentVoice.getSpeakers', target: voice, args: [[], [RC], [rcMap()]], answer: json([{ voiceId: 'alloy' }]) },
  { method: 'AgentVoice.getSpeakers', target: draftVoice, label: 'status selector', args: [[], [RC]], answer: json([]) },
  { method: 'AgentVoice.getListener', target: voice, args: [[], [RC]], answer: json({ enabled: true }) },
  { method: 'AgentVoice.getListener', target: draftVoice, label: 'status selector', args: [[]], answer: json({ enabled: false }) },
  { method: 'AgentVoice.request', target: voice, args: [[`/agents/agent-1/voice/custom`, { method: 'POST', body: { x: 1 } }]] },
]
