// Wire cases of the methods the native package had first: agents, workflows and runs, tools,
// memory threads, vectors and logs, and the client options on the wire (apiPrefix, headers,
// baseUrl). Format: see the top of ../support/wire-cases.mjs.
//
// Every case here that declares no difference also asserts that each request's raw URL (path
// and query as sent, before the harness decodes them) is client-js's byte for byte (`sameUrls`,
// added at the end); the "pinned" cases assert the exact requests of a few calls.

import assert from 'node:assert/strict'
import { RC, rcMap, sse, json, readChunks } from '../support/wire-cases.mjs'

/** `expect`: each request's raw URL (path and query, as sent) is client-js's, byte for byte. */
const sameUrls = (nv, js) => js.forEach((req, i) => assert.equal(nv[i].url, req.url, `request #${i}: path and query as sent`))
/** `expect`: neither client sent a request. */
const nothingSent = (nv, js) => {
  assert.equal(js.length, 0, 'client-js sent nothing (premise)')
  assert.equal(nv.length, 0, 'nothing sent')
}
/** Base64 of the UTF-8 JSON of `value`, URL-encoded, as client-js puts a request context. */
const rcParam = (value) => encodeURIComponent(Buffer.from(JSON.stringify(value), 'utf8').toString('base64'))
/** A request context whose base64 holds `+`, `/` and `=`. */
const RC_B64 = { q: '?>?>ÿÿ', z: 'ab' }
/** A small request context with non-ASCII text. */
const RC_E = { tenant: 'é', n: 1 }

const agent = (c) => c.getAgent('agent-1')
const workflow = (c) => c.getWorkflow('w')
const run = (c) => c.getWorkflow('w').createRun({ runId: 'r1' })
const tool = (c) => c.getTool('t')
const thread = (c) => c.getMemoryThread({ threadId: 't', agentId: 'a' })
const threadWithoutAgent = (c) => c.getMemoryThread({ threadId: 't' })
const vector = (c) => c.getVector('v')

const notFound = json({ error: 'not found' }, 404)
const page = { threads: [{ id: 't', title: 'Tïtle' }], total: 1, page: 0, perPage: 5, hasMore: false }
const messagesPage = { messages: [{ id: 'm', role: 'user', content: 'hé' }], total: 1, page: 0, perPage: 10, hasMore: false }
const orderBy = { field: 'createdAt', direction: 'DESC' }
const logsPage = { logs: [{ msg: 'x' }], total: 1, page: 0, perPage: 100, hasMore: false }
const chunks = [
  { type: 'start', runId: 'run-1', from: 'AGENT', payload: {} },
  { type: 'text-delta', runId: 'run-1', from: 'AGENT', payload: { id: '1', text: 'héllo 😀' } },
  { type: 'finish', runId: 'run-1', from: 'AGENT', payload: { stepResult: { reason: 'stop' }, output: { usage: {} } } },
]

const cases = [
  // -------------------------------------------------------------------------
  // Agents
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.listAgents',
    args: [[], [RC], [rcMap()], [undefined, true], [RC, true], [{}, false]],
    answer: json({ 'agent-1': { name: 'A', tools: {} } }),
  },
  { method: 'MastraClient.listAgents', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.listAgents', label: 'token', token: 'tok-1', answer: json({}) },
  {
    method: 'MastraClient.listAgents',
    label: 'user headers',
    options: { headers: { 'x-tenant': 'acme', 'x-extra': '1' } },
  },
  { method: 'MastraClient.getAgent', kind: 'maker', args: [['agent-1'], ['a 1'], ['agent-1_x.y']] },
  {
    method: 'Agent.details',
    target: agent,
    args: [[], [RC], [rcMap()]],
    answer: json({ name: 'A', instructions: 'Be nice', tools: { t: { id: 't' } } }),
  },
  { method: 'Agent.details', target: (c) => c.getAgent('a 1'), label: 'id with a space' },
  { method: 'Agent.details', target: agent, label: '404 answer', answer: notFound },
  { method: 'Agent.details', target: agent, label: '400 text answer', answer: { status: 400, body: 'bad request' } },
  {
    method: 'Agent.details',
    differs: 'path values are percent-encoded: an id cannot change the path',
    target: (c) => c.getAgent('a/b'),
    expect: (nv, js) => {
      assert.equal(js[0].path, '/api/agents/a/b', 'client-js pastes the id (premise)')
      assert.equal(nv.length, 1)
      assert.equal(nv[0].path, '/api/agents/a%2Fb')
    },
  },
  {
    method: 'Agent.details',
    differs: "a path value '..' is a TypeError, not normalised away by the URL parser",
    target: (c) => c.getAgent('..'),
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0].path, '/api/', 'client-js requests /api/agents/.. → /api/ (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.ok, false)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    },
  },
  // A '.' or '..' path value, for each kind of placeholder: a resource field, a parameter,
  // a field of a parameter object.
  ...[
    ['Agent.details', (c) => c.getAgent('.'), []],
    ['Vector.details', vector, ['..']],
    ['Run.cancelRun', run, [], { targetAnswer: { status: 200, body: { runId: '..' } } }],
    ['MastraClient.getWorkingMemory', undefined, [{ threadId: '..', agentId: 'a' }]],
    ['MastraClient.listThreadMessages', undefined, ['.']],
  ].map(([method, target, args, more]) => ({
    method,
    target,
    args: [args],
    ...more,
    differs: "a path value '.' or '..' is a TypeError naming the parameter, not normalised away by the URL parser",
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.ok, false)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /cannot be "\.\.?"/)
    },
  })),
  {
    method: 'Agent.generate',
    target: agent,
    args: [
      ['hi'],
      ['hi', { memory: { thread: 't', resource: 'r' }, requestContext: RC }],
      [[{ role: 'user', content: 'héllo 😀' }], { maxSteps: 2, modelSettings: { temperature: 0 }, memory: { thread: { id: 't' }, resource: 'r' } }],
      [['one', 'two'], { requestContext: rcMap(), instructions: 'x' }],
    ],
    answer: json({ text: 'ok', finishReason: 'stop', usage: { totalTokens: 3 } }),
  },
  { method: 'Agent.generate', target: agent, label: '404 answer', args: [['hi']], answer: notFound },
  {
    method: 'Agent.generate',
    label: 'user content-type header wins',
    target: agent,
    args: [['hi']],
    options: { headers: { 'content-type': 'application/x-test' } },
    answer: json({ text: 'ok' }),
  },
  {
    method: 'Agent.stream',
    target: agent,
    args: [['hi'], ['hi', { requestContext: RC, memory: { thread: 't', resource: 'r' } }], [[{ role: 'user', content: 'é' }], { requestContext: rcMap() }]],
    answer: sse(chunks),
    consume: readChunks,
  },
  { method: 'Agent.stream', target: agent, label: '404 answer', args: [['hi']], answer: notFound, consume: readChunks },

  // -------------------------------------------------------------------------
  // Workflows and runs
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.listWorkflows',
    args: [[], [RC], [rcMap()], [undefined, true], [RC, true]],
    answer: json({ w: { name: 'W', steps: {} } }),
  },
  { method: 'MastraClient.getWorkflow', kind: 'maker', args: [['w'], ['double-then-inc']] },
  { method: 'Workflow.details', target: workflow, args: [[], [RC], [rcMap()]], answer: json({ name: 'W', steps: { s: {} } }) },
  { method: 'Workflow.details', target: workflow, label: '404 answer', answer: notFound },
  {
    method: 'Workflow.createRun',
    target: workflow,
    args: [[], [{ runId: 'r1' }], [{ runId: 'r 1&x', resourceId: 'res', disableScorers: true }], [{ resourceId: 'res' }]],
    answer: json({ runId: 'r1' }),
  },
  { method: 'Workflow.createRun', target: workflow, label: '404 answer', args: [[{ runId: 'r1' }]], answer: notFound },
  {
    method: 'Run.start',
    target: run,
    args: [
      [{ inputData: { a: 1 } }],
      [{ inputData: { a: 1 }, initialState: { s: 'é' }, requestContext: RC, perStep: true, tracingOptions: { metadata: { k: 1 } } }],
      [{ inputData: [1, 2], requestContext: rcMap(), resourceId: 'ignored-by-start' }],
    ],
    answer: json({ message: 'Workflow run started' }),
  },
  {
    method: 'Run.startAsync',
    target: run,
    args: [[{ inputData: { a: 1 } }], [{ inputData: { a: 1 }, requestContext: RC, resourceId: 'res', tracingOptions: { metadata: { k: 1 } }, perStep: false }], [{ requestContext: rcMap() }]],
    answer: json({ status: 'success', result: 2, steps: { s: { status: 'success' } } }),
  },
  {
    method: 'Run.startAsync',
    label: 'a failed run: its error becomes an Error',
    target: run,
    args: [[{ inputData: 1 }]],
    answer: json({ status: 'failed', error: { message: 'step failed', name: 'Error' } }),
    consume: (result) => ({ ...result, error: { isError: result.error instanceof Error, message: result.error?.message } }),
  },
  {
    method: 'Run.resume',
    target: run,
    args: [[{ step: 's1', resumeData: { ok: true } }], [{ step: ['a', 'b'], resumeData: 'é', requestContext: RC, forEachIndex: 0, perStep: true, tracingOptions: {} }], [{ requestContext: rcMap() }]],
    answer: json({ message: 'Workflow run resumed' }),
  },
  {
    method: 'Run.resumeAsync',
    target: run,
    args: [[{ step: 's1', resumeData: { ok: true } }], [{ step: 's1', resumeData: 'é', requestContext: RC, forEachIndex: 2 }], [{ requestContext: rcMap() }]],
    answer: json({ status: 'success', result: { n: 1 } }),
  },
  {
    method: 'Run.resumeAsync',
    target: run,
    args: [[{ step: 's1', resumeData: null }]],
    answer: json({ status: 'success' }),
  },
  { method: 'Run.resumeAsync', target: run, label: '404 answer', args: [[{ step: 's' }]], answer: notFound },
  { method: 'Run.cancelRun', target: run, answer: json({ message: 'Workflow run canceled' }) },
  { method: 'Run.cancelRun', target: (c) => c.getWorkflow('w').createRun(), label: 'run made without a runId', answer: json({ message: 'ok' }) },

  // -------------------------------------------------------------------------
  // Tools
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listTools', args: [[], [RC], [rcMap()]], answer: json({ t: { id: 't', description: 'd' } }) },
  { method: 'MastraClient.getTool', kind: 'maker', args: [['t'], ['weather-tool']] },
  { method: 'Tool.details', target: tool, args: [[], [RC], [rcMap()]], answer: json({ id: 't', inputSchema: '{}' }) },
  {
    method: 'Tool.execute',
    target: tool,
    args: [[{ data: { a: 1, s: 'é' }, requestContext: RC }], [{ data: 1, runId: 'r 1' }], [{ data: 'x', requestContext: rcMap() }], [{ data: [1, 'two'] }]],
    answer: json({ result: 3 }),
  },
  {
    method: 'Tool.execute',
    target: tool,
    args: [[{ data: null }]],
    answer: json({ result: 3 }),
  },
  { method: 'Tool.execute', target: tool, label: '404 answer', args: [[{ data: 1 }]], answer: notFound },

  // -------------------------------------------------------------------------
  // Memory
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.listMemoryThreads',
    args: [
      [],
      [{ resourceId: 'r', page: 0, perPage: 5, orderBy }],
      [{ resourceId: 'r', agentId: 'a', metadata: { k: 'v é' }, requestContext: RC }],
      [{ requestContext: rcMap(), orderBy: { direction: 'ASC' } }],
    ],
    answer: json(page),
  },
  {
    method: 'MastraClient.listMemoryThreads',
    label: 'a bare array answer becomes a page',
    args: [[{ resourceId: 'r', page: 2, perPage: 3 }], [{ resourceId: 'r' }]],
    answer: json([{ id: 't' }]),
  },
  {
    method: 'MastraClient.createMemoryThread',
    args: [
      [{ agentId: 'a', resourceId: 'r', threadId: 't', title: 'Tïtle', metadata: { k: 1 }, requestContext: RC }],
      [{ agentId: 'a', resourceId: 'r', requestContext: rcMap() }],
      [{ resourceId: 'r' }],
    ],
    answer: json({ id: 't', resourceId: 'r' }),
  },
  { method: 'MastraClient.getMemoryThread', kind: 'maker', args: [[{ threadId: 't', agentId: 'a' }], [{ threadId: 't' }]] },
  {
    method: 'MastraClient.listThreadMessages',
    args: [
      ['t'],
      ['t', { agentId: 'a', page: 0, perPage: 10, orderBy, requestContext: RC }],
      ['t', { resourceId: 'r', filter: { roles: ['user'] }, include: [{ id: 'm', withPreviousMessages: 1 }], includeSystemReminders: false }],
      ['t', { networkId: 'net-1', page: 2, perPage: 5, requestContext: RC }],
      ['t', { requestContext: rcMap() }],
    ],
    answer: json(messagesPage),
  },
  {
    method: 'MastraClient.saveMessageToMemory',
    args: [
      [{ agentId: 'a', messages: [{ role: 'user', content: 'hé', threadId: 't', resourceId: 'r' }], requestContext: RC }],
      [{ agentId: 'a', messages: [], requestContext: rcMap() }],
      [{ messages: [{ id: 'm' }] }],
    ],
    answer: json({ messages: [{ id: 'm' }] }),
  },
  {
    method: 'MastraClient.getWorkingMemory',
    args: [[{ agentId: 'a', threadId: 't', resourceId: 'r', requestContext: RC }], [{ agentId: 'a', threadId: 't' }], [{ agentId: 'a', threadId: 't', requestContext: rcMap() }]],
    answer: json({ workingMemory: '# notes', source: 'thread' }),
  },
  {
    method: 'MastraClient.updateWorkingMemory',
    args: [
      [{ agentId: 'a', threadId: 't', workingMemory: '# notes é', resourceId: 'r', requestContext: RC }],
      [{ agentId: 'a', threadId: 't', workingMemory: '' }],
      [{ agentId: 'a', threadId: 't', workingMemory: 'x', requestContext: rcMap() }],
    ],
    answer: json({ success: true }),
  },
  { method: 'MemoryThread.get', target: thread, args: [[], [RC], [rcMap()]], answer: json({ id: 't', title: 'T' }) },
  { method: 'MemoryThread.get', target: threadWithoutAgent, label: 'no agentId', args: [[], [RC]] },
  {
    method: 'MemoryThread.update',
    target: thread,
    args: [[{ title: 'x' }], [{ title: 'x', metadata: { m: 1 }, agentId: 'b', requestContext: RC }], [{ resourceId: 'r2', requestContext: rcMap() }]],
    answer: json({ id: 't', title: 'x' }),
  },
  { method: 'MemoryThread.update', target: threadWithoutAgent, label: 'no agentId anywhere: an Error, nothing sent', args: [[{ title: 'x' }], [{}]], expect: nothingSent },
  { method: 'MemoryThread.update', target: threadWithoutAgent, label: 'agentId in the params', args: [[{ title: 'x', agentId: 'a' }]] },
  {
    method: 'MemoryThread.delete',
    target: thread,
    args: [[], [{ agentId: 'b', requestContext: RC }], [{ requestContext: rcMap() }]],
    answer: json({ result: 'Thread deleted' }),
  },
  { method: 'MemoryThread.delete', target: threadWithoutAgent, label: 'no agentId anywhere: an Error, nothing sent', args: [[], [{}]], expect: nothingSent },
  {
    method: 'MemoryThread.listMessages',
    target: thread,
    args: [[], [{ page: 1 }], [{ page: 0, perPage: 10, orderBy, agentId: 'b', requestContext: RC }], [{ perPage: false, requestContext: rcMap() }]],
    answer: json(messagesPage),
  },
  { method: 'MemoryThread.listMessages', target: threadWithoutAgent, label: 'no agentId', args: [[], [{ resourceId: 'r' }]] },

  // -------------------------------------------------------------------------
  // Vectors and logs
  // -------------------------------------------------------------------------
  { method: 'MastraClient.getVector', kind: 'maker', args: [['v'], ['pg vector']] },
  { method: 'Vector.details', target: vector, args: [['i'], ['i', RC], ['i', rcMap()]], answer: json({ dimension: 3, count: 0, metric: 'cosine' }) },
  { method: 'Vector.delete', target: vector, args: [['i'], ['index 2']], answer: json({ success: true }) },
  { method: 'Vector.getIndexes', target: vector, args: [[], [RC], [rcMap()]], answer: json({ indexes: ['i'] }) },
  {
    method: 'Vector.createIndex',
    target: vector,
    args: [[{ indexName: 'i', dimension: 3, metric: 'cosine' }], [{ indexName: 'i', dimension: 1536 }]],
    answer: json({ success: true }),
  },
  {
    method: 'Vector.upsert',
    target: vector,
    args: [[{ indexName: 'i', vectors: [[1, 0.5, -2e-7]], metadata: [{ k: 'é' }], ids: ['a'] }], [{ indexName: 'i', vectors: [] }]],
    answer: json(['a']),
  },
  {
    method: 'Vector.query',
    target: vector,
    args: [[{ indexName: 'i', queryVector: [1, 0, 0], topK: 2, filter: { k: 'a' }, includeVector: true }], [{ indexName: 'i', queryVector: [0.1] }], [{ indexName: 'i', queryVector: [1, 0, 0], topK: 2, filter: { k: 'a' } }]],
    answer: json([{ id: 'a', score: 0.9, metadata: { k: 'a' } }]),
  },
  { method: 'Vector.query', target: vector, label: '404 answer', args: [[{ indexName: 'i', queryVector: [1] }]], answer: notFound },
  {
    method: 'MastraClient.listLogs',
    args: [
      [{ transportId: 'm' }],
      [{ transportId: 'm', filters: { a: '1' }, fromDate: new Date(0) }],
      [{ transportId: 'm', fromDate: new Date(0), toDate: new Date(86_400_000), logLevel: 'info', filters: { a: '1', b: 'x y' }, page: 0, perPage: 20 }],
      [{}],
    ],
    answer: json(logsPage),
  },
  {
    method: 'MastraClient.getLogForRun',
    args: [[{ runId: 'run1' }], [{ runId: 'run1', transportId: 'm', logLevel: 'info', page: 1, filters: { k: 'v' }, toDate: new Date(1000) }]],
    answer: json(logsPage),
  },

  // -------------------------------------------------------------------------
  // Pinned requests: the exact method, URL, body and value of a few calls
  // -------------------------------------------------------------------------
  {
    method: 'Agent.details',
    target: (c) => c.getAgent('a'),
    label: 'GET /api/agents/a, no body, no content-type',
    answer: json({ name: 'A' }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.method, 'GET')
      assert.equal(req.url, '/api/agents/a')
      assert.equal(req.body, '')
      assert.equal(req.headers['content-type'], undefined)
      assert.deepEqual(nvOutcome.value, { name: 'A' })
    },
  },
  {
    method: 'Agent.details',
    target: (c) => c.getAgent('a'),
    label: 'a request context: base64 of UTF-8 JSON, URL-encoded',
    args: [[RC_E]],
    expect: ([req]) => {
      assert.equal(req.url, `/api/agents/a?requestContext=${rcParam(RC_E)}`)
      const sent = new URL(req.url, 'http://x').searchParams.get('requestContext')
      assert.deepEqual(JSON.parse(Buffer.from(sent, 'base64').toString('utf8')), RC_E)
    },
  },
  {
    method: 'Agent.details',
    target: (c) => c.getAgent('a'),
    label: 'a request context whose base64 has + / = is encoded like client-js',
    args: [[RC_B64]],
    expect: () => assert.match(Buffer.from(JSON.stringify(RC_B64), 'utf8').toString('base64'), /[+/=]/, 'premise: the base64 has characters that need encoding'),
  },
  { method: 'Agent.details', target: (c) => c.getAgent('agent-1_x.y'), label: 'an id of unreserved characters' },
  {
    method: 'Agent.details',
    differs: 'path values are percent-encoded: a `/` and a space in an id',
    target: (c) => c.getAgent('a/b c'),
    expect: (nv, js) => {
      assert.equal(nv.length, 1)
      assert.equal(nv[0].url, '/api/agents/a%2Fb%20c')
      assert.notEqual(js[0].url, nv[0].url, 'client-js does not encode the id (premise of the difference)')
    },
  },
  { method: 'MastraClient.listAgents', label: 'partial', args: [[undefined, true]], expect: ([req]) => assert.equal(req.url, '/api/agents?partial=true') },
  { method: 'MastraClient.listAgents', label: 'no arguments', expect: ([req]) => assert.equal(req.url, '/api/agents') },
  {
    method: 'MastraClient.listAgents',
    label: 'request context and partial',
    args: [[{ x: 1 }, true]],
    expect: ([req]) => assert.equal(req.url, `/api/agents?requestContext=${rcParam({ x: 1 })}&partial=true`),
  },
  {
    method: 'Agent.generate',
    target: (c) => c.getAgent('a'),
    label: "'hi' with memory and requestContext: the body",
    args: [['hi', { memory: { thread: 't', resource: 'r' }, requestContext: { x: 1 } }]],
    answer: json({ text: 'ok', finishReason: 'stop' }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.method, 'POST')
      assert.equal(req.url, '/api/agents/a/generate')
      assert.equal(req.contentType, 'application/json')
      assert.deepEqual(req.json, { memory: { thread: 't', resource: 'r' }, requestContext: { x: 1 }, messages: 'hi' })
      assert.deepEqual(nvOutcome.value, { text: 'ok', finishReason: 'stop' })
    },
  },
  {
    method: 'Agent.stream',
    target: (c) => c.getAgent('a'),
    label: 'POST /api/agents/a/stream, read to its end',
    args: [['hi', { requestContext: { x: 1 }, memory: { thread: 't', resource: 'r' } }]],
    answer: { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: [DONE]\n\n' },
    consume: async (response) => {
      await response.processDataStream({ onChunk: () => {} })
      return response.status
    },
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/agents/a/stream')
      assert.equal(nvOutcome.value, 200)
    },
  },
  {
    method: 'Workflow.createRun',
    target: workflow,
    label: 'runId and resourceId',
    args: [[{ runId: 'r1', resourceId: 'res' }]],
    answer: json({ runId: 'r1' }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/workflows/w/create-run?runId=r1')
      assert.deepEqual(req.json, { resourceId: 'res' })
      assert.equal(nvOutcome.value.runId, 'r1')
    },
  },
  {
    method: 'Workflow.createRun',
    target: workflow,
    label: 'no runId: no trailing `?`, body {}',
    answer: json({ runId: 'r1' }),
    // client-js asks fetch for `create-run?`; the native package builds `create-run` (README:
    // "deliberate difference"). Node's fetch drops an empty query, so the wire is the same.
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/workflows/w/create-run')
      assert.equal(req.body, '{}')
      assert.equal(nvOutcome.value.runId, 'r1')
    },
  },
  {
    method: 'Run.start',
    target: (c) => c.getWorkflow('w').createRun({ runId: 'r1', resourceId: 'res' }),
    label: 'every parameter',
    args: [[{ inputData: { a: 1 }, initialState: { s: 'é' }, requestContext: { x: 1 }, perStep: true }]],
    answer: json({ message: 'started' }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/workflows/w/start?runId=r1')
      assert.deepEqual(req.json, { inputData: { a: 1 }, initialState: { s: 'é' }, requestContext: { x: 1 }, perStep: true })
      assert.deepEqual(nvOutcome.value, { message: 'started' })
    },
  },
  {
    method: 'Run.startAsync',
    target: run,
    label: 'the body is the parameters',
    args: [[{ inputData: { a: 1 }, requestContext: { x: 1 }, resourceId: 'res', tracingOptions: { metadata: { k: 1 } } }]],
    answer: json({ status: 'success', result: 2 }),
    expect: ([req], js, { nvOutcome, args }) => {
      assert.equal(req.url, '/api/workflows/w/start-async?runId=r1')
      assert.deepEqual(req.json, args[0])
      assert.deepEqual(nvOutcome.value, { status: 'success', result: 2 })
    },
  },
  ...['Run.resume', 'Run.resumeAsync'].map((method) => ({
    method,
    target: run,
    label: 'step, resumeData, requestContext, forEachIndex',
    args: [[{ step: 's1', resumeData: { ok: true }, requestContext: { x: 1 }, forEachIndex: 0 }]],
    answer: json({ status: 'success' }),
  })),
  {
    method: 'Run.cancelRun',
    target: run,
    label: 'POST without a body and without content-type',
    answer: json({ message: 'Workflow run canceled' }),
    expect: ([req]) => {
      assert.equal(req.method, 'POST')
      assert.equal(req.url, '/api/workflows/w/runs/r1/cancel')
      assert.equal(req.body, '')
      assert.equal(req.hasContentType, false)
    },
  },
  { method: 'MastraClient.listWorkflows', label: 'small request context', args: [[RC_E, true]] },
  { method: 'Workflow.details', target: workflow, label: 'small request context', args: [[RC_E]] },
  { method: 'MastraClient.listTools', label: 'small request context', args: [[RC_E]] },
  { method: 'Tool.details', target: tool, label: 'small request context', args: [[RC_E]] },
  {
    method: 'Tool.execute',
    target: (c) => c.getTool('t'),
    label: 'data and requestContext: no trailing `?`',
    args: [[{ data: { a: 1, s: 'é' }, requestContext: { x: 1 } }]],
    answer: json({ result: 3 }),
    // client-js asks fetch for `execute?`; Node's fetch drops the empty query on the wire.
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/tools/t/execute')
      assert.deepEqual(req.json, { data: { a: 1, s: 'é' }, requestContext: { x: 1 } })
      assert.equal(req.contentType, 'application/json')
      assert.deepEqual(nvOutcome.value, { result: 3 })
    },
  },
  {
    method: 'Tool.execute',
    target: (c) => c.getTool('t'),
    label: 'a runId goes to the query',
    args: [[{ data: 1, runId: 'r 1' }]],
    expect: ([req]) => assert.equal(req.url, '/api/tools/t/execute?runId=r+1'),
  },
  {
    method: 'MastraClient.createMemoryThread',
    label: 'agentId and requestContext in the query, every parameter in the body',
    args: [[{ agentId: 'a', resourceId: 'r', threadId: 't', title: 'Tïtle', metadata: { k: 1 }, requestContext: { x: 1 } }]],
    answer: json({ id: 't' }),
    expect: ([req], js, { args }) => {
      assert.equal(req.method, 'POST')
      assert.equal(req.url, `/api/memory/threads?agentId=a&requestContext=${rcParam({ x: 1 })}`)
      assert.deepEqual(req.json, args[0])
    },
  },
  {
    method: 'MemoryThread.update',
    target: thread,
    label: 'PATCH with a JSON body',
    args: [[{ title: 'x' }]],
    answer: json({ id: 't', title: 'x' }),
    expect: ([req]) => {
      assert.equal(req.method, 'PATCH')
      assert.equal(req.url, '/api/memory/threads/t?agentId=a')
      assert.equal(req.body, '{"title":"x"}')
      assert.equal(req.contentType, 'application/json')
    },
  },
  {
    method: 'MemoryThread.update',
    target: threadWithoutAgent,
    label: 'agentId and requestContext in the params go to the query, not the body',
    args: [[{ title: 'x', metadata: { m: 1 }, agentId: 'b', requestContext: { x: 1 } }]],
    expect: ([req]) => {
      assert.equal(req.url, `/api/memory/threads/t?agentId=b&requestContext=${rcParam({ x: 1 })}`)
      assert.deepEqual(req.json, { title: 'x', metadata: { m: 1 } })
    },
  },
  {
    method: 'MemoryThread.delete',
    target: thread,
    label: 'DELETE without a body and without content-type',
    answer: json({ result: 'Thread deleted' }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.method, 'DELETE')
      assert.equal(req.url, '/api/memory/threads/t?agentId=a')
      assert.equal(req.body, '')
      assert.equal(req.hasContentType, false)
      assert.deepEqual(nvOutcome.value, { result: 'Thread deleted' })
    },
  },
  { method: 'MemoryThread.get', target: thread, label: 'small request context', args: [[RC_E]] },
  {
    method: 'MastraClient.listMemoryThreads',
    label: 'paging and orderBy in the query',
    args: [[{ resourceId: 'r', page: 0, perPage: 5, orderBy }]],
    answer: json({ threads: [], total: 0, page: 0, perPage: 5, hasMore: false }),
    expect: ([req], js, { nvOutcome }) => {
      assert.equal(req.url, '/api/memory/threads?resourceId=r&page=0&perPage=5&orderBy%5Bfield%5D=createdAt&orderBy%5Bdirection%5D=DESC')
      assert.deepEqual(nvOutcome.value, { threads: [], total: 0, page: 0, perPage: 5, hasMore: false })
    },
  },
  {
    method: 'MastraClient.listMemoryThreads',
    label: 'metadata, agentId and requestContext; a bare array answer',
    args: [[{ resourceId: 'r', agentId: 'a', metadata: { k: 'v é' }, requestContext: { x: 1 } }]],
    answer: json([]),
  },
  {
    method: 'MastraClient.listThreadMessages',
    label: 'agentId, paging, orderBy and requestContext',
    args: [['t', { agentId: 'a', page: 0, perPage: 10, orderBy: { field: 'createdAt', direction: 'ASC' }, requestContext: { x: 1 } }]],
    answer: json({ messages: [] }),
  },
  {
    method: 'MastraClient.listThreadMessages',
    label: 'a networkId takes the network route',
    args: [['t', { networkId: 'net-1', page: 2, perPage: 5, requestContext: { x: 1 } }]],
    answer: json({ messages: [] }),
    expect: ([req]) => assert.match(req.url, /^\/api\/memory\/network\/threads\/t\/messages\?page=2&perPage=5&networkId=net-1&requestContext=/),
  },
  {
    method: 'MastraClient.saveMessageToMemory',
    label: 'small request context',
    args: [[{ agentId: 'a', messages: [{ role: 'user', content: 'hé', threadId: 't', resourceId: 'r' }], requestContext: RC_E }]],
  },
  { method: 'MastraClient.getWorkingMemory', label: 'small request context', args: [[{ agentId: 'a', threadId: 't', resourceId: 'r', requestContext: RC_E }]] },
  {
    method: 'MastraClient.updateWorkingMemory',
    label: 'small request context',
    args: [[{ agentId: 'a', threadId: 't', workingMemory: '# notes é', resourceId: 'r', requestContext: RC_E }]],
  },
  {
    method: 'MastraClient.listLogs',
    label: 'a date and filters in the query',
    args: [[{ transportId: 'm', filters: { a: '1' }, fromDate: new Date(0) }]],
    answer: json({ logs: [], total: 0, page: 0, perPage: 100, hasMore: false }),
    expect: ([req]) => assert.equal(req.url, '/api/logs?transportId=m&fromDate=1970-01-01T00%3A00%3A00.000Z&filters=a%3A1'),
  },
  { method: 'MastraClient.getLogForRun', label: 'filters, level and page', args: [[{ runId: 'run1', transportId: 'm', logLevel: 'info', page: 1, filters: { k: 'v' } }]] },
  {
    method: 'Vector.upsert',
    target: vector,
    label: 'POST /api/vector/v/upsert, the body is the parameters',
    args: [[{ indexName: 'i', vectors: [[1, 0.5, -2e-7]], metadata: [{ k: 'é' }], ids: ['a'] }]],
    answer: json(['a']),
    expect: ([req], js, { nvOutcome, args }) => {
      assert.equal(req.method, 'POST')
      assert.equal(req.url, '/api/vector/v/upsert')
      assert.deepEqual(req.json, args[0])
      assert.deepEqual(nvOutcome.value, ['a'])
    },
  },
  { method: 'Vector.details', target: vector, label: 'small request context', args: [['i', RC_E]] },

  // -------------------------------------------------------------------------
  // Client options on the wire
  // -------------------------------------------------------------------------
  {
    method: 'Agent.details',
    target: (c) => c.getAgent('a'),
    label: "apiPrefix '/custom/': paths under /custom",
    options: { apiPrefix: '/custom/' },
    expect: ([req]) => assert.equal(req.url, '/custom/agents/a'),
  },
  {
    method: 'MastraClient.listAgents',
    label: "apiPrefix '': paths at the root",
    args: [[undefined, true]],
    options: { apiPrefix: '' },
    expect: ([req]) => assert.equal(req.url, '/agents?partial=true'),
  },
  {
    method: 'Agent.generate',
    target: (c) => c.getAgent('a'),
    label: 'headers: the user content-type wins, x-extra is sent',
    args: [['hi']],
    options: { headers: { 'content-type': 'application/x-test', 'x-extra': '1' } },
    answer: json({ text: 'ok' }),
    expect: ([req], [jsReq]) => {
      assert.equal(req.contentType, 'application/x-test')
      assert.equal(req.headers['x-extra'], '1')
      assert.equal(jsReq.headers['x-extra'], '1')
    },
  },
  {
    method: 'MastraClient.listAgents',
    label: 'headers with a content-type: x-extra is sent on a GET',
    options: { headers: { 'content-type': 'application/x-test', 'x-extra': '1' } },
    expect: ([req]) => assert.equal(req.headers['x-extra'], '1'),
  },
  {
    method: 'MastraClient.listAgents',
    label: 'a baseUrl with a path and a trailing slash',
    options: (side, { baseUrl }) => ({ baseUrl: `${baseUrl}/base/` }),
    expect: ([req]) => assert.equal(req.url, '/base/api/agents'),
  },
]

// Every case that does not declare a difference also compares the raw URLs (sameUrls).
export default cases.map((kase) =>
  kase.differs
    ? kase
    : {
        ...kase,
        expect: async (nv, js, ctx) => {
          sameUrls(nv, js)
          await kase.expect?.(nv, js, ctx)
        },
      },
)
