// Wire cases of the methods the native package had first: agents, workflows and runs, tools,
// memory threads, vectors and logs. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, sse, json, readChunks } from '../support/wire-cases.mjs'

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

export default [
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
  { method: 'MemoryThread.update', target: threadWithoutAgent, label: 'no agentId anywhere: an Error, nothing sent', args: [[{ title: 'x' }]] },
  { method: 'MemoryThread.update', target: threadWithoutAgent, label: 'agentId in the params', args: [[{ title: 'x', agentId: 'a' }]] },
  {
    method: 'MemoryThread.delete',
    target: thread,
    args: [[], [{ agentId: 'b', requestContext: RC }], [{ requestContext: rcMap() }]],
    answer: json({ result: 'Thread deleted' }),
  },
  { method: 'MemoryThread.delete', target: threadWithoutAgent, label: 'no agentId anywhere: an Error, nothing sent', args: [[], [{}]] },
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
    args: [[{ indexName: 'i', queryVector: [1, 0, 0], topK: 2, filter: { k: 'a' }, includeVector: true }], [{ indexName: 'i', queryVector: [0.1] }]],
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
]
