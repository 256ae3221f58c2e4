// Wire cases of the background task methods: listing with every filter, one task, and the
// event stream. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json, sse, readSse } from '../support/wire-cases.mjs'

const task = {
  id: 'bt-1',
  status: 'completed',
  toolName: 'add',
  toolCallId: 'call-1',
  args: { a: 1 },
  agentId: 'agent-1',
  runId: 'run-1',
  result: { sum: 3, note: 'é' },
  createdAt: '2026-01-02T03:04:05.000Z',
  retryCount: 0,
  maxRetries: 0,
  timeoutMs: 30000,
}
const every = {
  agentId: 'agent-1',
  status: 'failed',
  runId: 'run 1',
  threadId: 'th-é',
  resourceId: 'user-1',
  toolName: 'add',
  toolCallId: 'call-1',
  fromDate: new Date('2026-01-01T00:00:00.000Z'),
  toDate: new Date('2026-02-01T12:30:00.000Z'),
  dateFilterBy: 'completedAt',
  orderBy: 'createdAt',
  orderDirection: 'desc',
  page: 2,
  perPage: 25,
}
const events = [
  { type: 'task-completed', taskId: 'bt-1', result: { sum: 3 } },
  { type: 'task-failed', taskId: 'bt-2', error: { message: 'bøom' } },
]

export default [
  {
    method: 'MastraClient.listBackgroundTasks',
    args: [[], [{}], [every], [{ agentId: '', page: 0, perPage: 0 }], [{ status: 'running', orderDirection: 'asc' }]],
    answer: json({ tasks: [task], total: 1 }),
  },
  {
    method: 'MastraClient.listBackgroundTasks',
    label: 'dates as ISO text',
    args: [[{ fromDate: '2026-01-01T00:00:00.000Z', toDate: '2026-02-01' }]],
    answer: json({ tasks: [], total: 0 }),
    differs: 'a date may also be given as date text (sent as ISO-8601); client-js needs a Date',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js: toISOString is not a function (premise)')
      assert.equal(nvOutcome.ok, true)
      assert.deepEqual(nv[0].query, [['fromDate', '2026-01-01T00:00:00.000Z'], ['toDate', '2026-02-01T00:00:00.000Z']])
    },
  },
  { method: 'MastraClient.listBackgroundTasks', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getBackgroundTask', args: [['bt-1'], ['bt é 2']], answer: json(task) },
  { method: 'MastraClient.getBackgroundTask', label: '404 answer', args: [['nope']], answer: json({ error: 'Background task not found' }, 404) },
  {
    method: 'MastraClient.streamBackgroundTasks',
    args: [() => [], () => [{}], () => [{ agentId: 'agent-1', runId: 'run 1', threadId: 'th-é', resourceId: 'u', taskId: 'bt-1' }], () => [{ agentId: '' }]],
    answer: sse(events, { done: false }),
    consume: readSse,
  },
  {
    method: 'MastraClient.streamBackgroundTasks',
    label: 'comment lines, multi-line data and [DONE]',
    args: [() => []],
    answer: { status: 200, headers: { 'content-type': 'text/event-stream' }, body: ': keep-alive\n\nevent: x\ndata: {"a":\ndata: 1}\n\ndata: [DONE]\n\n' },
    consume: readSse,
  },
  {
    method: 'MastraClient.streamBackgroundTasks',
    label: 'a last event without its blank line, CRLF frames',
    args: [() => []],
    answer: { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: {"a":1}\r\n\r\ndata:{"b":"é"}\n\ndata: {"c":3}' },
    consume: readSse,
  },
  {
    method: 'MastraClient.streamBackgroundTasks',
    label: 'events arrive as they are sent',
    args: [() => []],
    answer: sse(events),
    consume: async (stream) => {
      const reader = stream.getReader()
      const first = await reader.read()
      await reader.cancel()
      return first.value
    },
  },
  { method: 'MastraClient.streamBackgroundTasks', label: '403 answer', args: [() => []], answer: json({ error: 'forbidden' }, 403) },
  {
    method: 'MastraClient.streamBackgroundTasks',
    label: 'an event that is not JSON',
    differs: 'a payload that is not JSON errors the stream with a SyntaxError naming the route and the payload',
    args: [() => []],
    answer: { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: {"ok":1}\n\ndata: not json\n\n' },
    consume: async (stream) => {
      const seen = []
      try {
        for await (const event of stream) seen.push(event)
      } catch (error) {
        return { seen, error: { name: error.constructor.name, message: error.message } }
      }
      return { seen }
    },
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(nv.length, 1)
      assert.equal(jsOutcome.value.error.name, 'SyntaxError', 'client-js: a SyntaxError (premise)')
      assert.deepEqual(nvOutcome.value.seen, [{ ok: 1 }])
      assert.equal(nvOutcome.value.error.name, 'SyntaxError')
      assert.match(nvOutcome.value.error.message, /GET \/background-tasks\/stream: .*not valid JSON: "not json"/)
    },
  },
]
