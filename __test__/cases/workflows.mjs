// Wire cases of the workflows group: run listings and lookups, schemas, the Run's streams,
// resume/restart/time travel, dynamic workflows. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json, records, readRecords } from '../support/wire-cases.mjs'

const workflow = (c) => c.getWorkflow('w')
const run = (c) => c.getWorkflow('w').createRun({ runId: 'r1' })
const dynamic = (c) => c.getDynamicWorkflow('dw')
const notFound = json({ error: 'not found' }, 404)

const events = [
  { type: 'workflow-start', runId: 'r1', from: 'WORKFLOW', payload: { runId: 'r1' } },
  { type: 'workflow-step-start', runId: 'r1', from: 'WORKFLOW', payload: { id: 's', text: 'é 東京 😀' } },
  { type: 'workflow-finish', runId: 'r1', from: 'WORKFLOW', payload: { workflowStatus: 'success' } },
]
const stream = { answer: records(events), consume: readRecords }
/** A failed run's error is an Error on both sides: compare what it says. */
const failed = {
  answer: json({ status: 'failed', error: { message: 'step failed', name: 'Error', code: 'E1' }, steps: {} }),
  consume: (r) => ({ ...r, error: { isError: r.error instanceof Error, message: r.error?.message, code: r.error?.code } }),
}
/** A bad-params call: a TypeError before any request, on both sides (the messages differ). */
const badParams = (method, target, args = [[]]) => ({
  method,
  target,
  args,
  differs: 'missing params: a TypeError naming the method and `params`, where client-js fails reading a property of undefined',
  expect: (nv, js, { nvOutcome, jsOutcome }) => {
    assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js throws a TypeError (premise)')
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.ok, false)
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, new RegExp(`${method.replace('.', '\\.')}\\(\\): params must be an object`))
  },
})

const runsArgs = [
  [],
  [{ page: 0, perPage: 10 }],
  [{ fromDate: new Date('2026-01-02T03:04:05.678Z'), toDate: new Date('2026-02-01T00:00:00Z'), limit: 5, offset: 0, resourceId: 'res 1', status: 'success' }, RC],
  [{ limit: false, offset: '3' }],
  [{ limit: 1.5, offset: 'x' }],
  [{ limit: -1, offset: null, page: null, resourceId: '', status: '' }],
  [{ limit: 0 }],
  [undefined, rcMap()],
  [{ perPage: 5, page: 2 }, {}],
]

export default [
  // ---- client methods
  { method: 'MastraClient.listWorkflowRunCounts', args: [[], [RC], [rcMap()], [{}]], answer: json({ w: { running: 1, suspended: 0 } }) },
  { method: 'MastraClient.listWorkflowRunCounts', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.listDynamicWorkflows',
    args: [[], [{ status: 'active' }], [{ status: 'archived', authorId: 'u 1&x' }], [{ authorId: '' }], [{}]],
    answer: json({ workflows: [{ id: 'dw', status: 'active' }], total: 1 }),
  },
  {
    method: 'MastraClient.upsertDynamicWorkflow',
    args: [
      [{ id: 'dw', inputSchema: { type: 'object' }, outputSchema: {}, graph: [{ type: 'step', step: { id: 's' } }] }],
      [{ id: 'dw', description: 'é', metadata: { k: null }, inputSchema: {}, outputSchema: {}, graph: [], dependencies: [{ id: 'h', inputSchema: {}, outputSchema: {}, graph: [] }] }],
      [],
    ],
    answer: json({ ok: true, id: 'dw', dependencyIds: ['h'] }),
  },
  { method: 'MastraClient.upsertDynamicWorkflow', label: '400 answer', args: [[{ id: 'Bad Id' }]], answer: json({ error: 'invalid id' }, 400) },
  { method: 'MastraClient.getDynamicWorkflow', kind: 'maker', args: [['dw'], ['a b/c']] },

  // ---- DynamicWorkflow
  { method: 'DynamicWorkflow.details', target: dynamic, answer: json({ id: 'dw', graph: [], status: 'active' }) },
  { method: 'DynamicWorkflow.details', target: (c) => c.getDynamicWorkflow('a b/c'), label: 'id with a space and a slash (encoded by both)' },
  { method: 'DynamicWorkflow.details', target: dynamic, label: '404 answer', answer: notFound },
  { method: 'DynamicWorkflow.delete', target: dynamic, answer: json({ success: true, message: 'deleted' }) },
  { method: 'DynamicWorkflow.delete', target: dynamic, label: '404 answer', answer: notFound },
  { method: 'DynamicWorkflow.request', target: dynamic, args: [[`/stored/workflows/dw`, { method: 'DELETE' }]] },

  // ---- Workflow
  { method: 'Workflow.runs', target: workflow, args: runsArgs, answer: json({ runs: [{ runId: 'r1', workflowName: 'w', snapshot: {} }], total: 1 }) },
  { method: 'Workflow.runs', target: workflow, label: '404 answer', answer: notFound },
  {
    method: 'Workflow.runs',
    target: workflow,
    args: [[{ fromDate: '2026-01-01' }]],
    differs: 'a date filter that is not a Date: a TypeError naming it, where client-js fails calling toISOString',
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'premise')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /params\.fromDate must be a Date/)
    },
  },
  {
    method: 'Workflow.runById',
    target: workflow,
    args: [['r1'], ['r1', { fields: ['result', 'steps'] }], ['r1', { fields: [], withNestedWorkflows: false }], ['r 1', { requestContext: RC, withNestedWorkflows: true }], ['r1', { requestContext: rcMap() }], ['r1', {}]],
    answer: json({ runId: 'r1', workflowName: 'w', status: 'success', steps: {} }),
  },
  { method: 'Workflow.runById', target: workflow, label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'Workflow.deleteRunById', target: workflow, args: [['r1'], ['r 1']], answer: json({ message: 'Workflow run deleted' }) },
  { method: 'Workflow.deleteRunById', target: workflow, label: '404 answer', args: [['r1']], answer: notFound },
  {
    method: 'Workflow.getSchema',
    target: workflow,
    label: 'superjson and plain JSON schemas',
    answer: json({ name: 'w', inputSchema: JSON.stringify({ json: { type: 'object', properties: { a: { type: 'number' } } }, meta: {} }), outputSchema: JSON.stringify({ type: 'string' }) }),
  },
  { method: 'Workflow.getSchema', target: workflow, label: 'no schemas', answer: json({ name: 'w', inputSchema: '', steps: {} }) },
  { method: 'Workflow.getSchema', target: workflow, label: 'a schema that is not JSON', answer: json({ name: 'w', outputSchema: '{nope' }) },
  { method: 'Workflow.getSchema', target: workflow, label: '404 answer', answer: notFound },

  // ---- Run: streams
  {
    method: 'Run.stream',
    target: run,
    args: [
      [{ inputData: { value: 1 } }],
      [{ inputData: { a: 'é' }, initialState: { s: 1 }, requestContext: RC, tracingOptions: { metadata: { k: 1 } }, resourceId: 'res', perStep: true, closeOnSuspend: true }],
      [{ inputData: {}, requestContext: rcMap(), closeOnSuspend: false }],
    ],
    ...stream,
  },
  {
    method: 'Run.stream',
    target: run,
    label: 'a last record without its separator',
    args: [[{ inputData: {} }]],
    answer: { status: 200, body: '{"type":"a","n":1}\x1E{"type":"b","text":"é"}' },
    consume: readRecords,
  },
  { method: 'Run.stream', target: run, label: '404 answer', args: [[{ inputData: {} }]], answer: notFound, consume: readRecords },
  badParams('Run.stream', run),
  { method: 'Run.observe', target: run, args: [[], [{ offset: 3 }], [{ offset: 0 }], [{}], [{ offset: null }]], ...stream },
  { method: 'Run.observe', target: run, label: '404 answer', answer: notFound, consume: readRecords },
  { method: 'Run.observeStream', target: run, ...stream },
  {
    method: 'Run.resumeStream',
    target: run,
    args: [[{ step: 's', resumeData: { approved: true } }], [{ step: ['a', 'b'], resumeData: 'é', requestContext: RC, tracingOptions: {}, perStep: true, forEachIndex: 1 }], [{ requestContext: rcMap() }]],
    ...stream,
  },
  badParams('Run.resumeStream', run),
  {
    method: 'Run.timeTravelStream',
    target: run,
    args: [[{ step: 's', inputData: { value: 2 } }], [{ requestContext: RC, step: ['a', 'b'], context: { a: { status: 'success', output: 1 } }, nestedStepsContext: {}, perStep: true }]],
    ...stream,
  },

  // ---- Run: resume, restart, time travel, cancel
  {
    method: 'Run.resumeNoWait',
    target: run,
    args: [[{ step: 's', resumeData: { ok: true } }], [{ step: 's', resumeData: 'é', requestContext: RC, forEachIndex: 0, perStep: false, tracingOptions: { metadata: {} } }], [{ requestContext: rcMap() }]],
    answer: json({ runId: 'r1' }),
  },
  { method: 'Run.resumeNoWait', target: run, label: '404 answer', args: [[{ step: 's' }]], answer: notFound },
  badParams('Run.resumeNoWait', run),
  { method: 'Run.restart', target: run, args: [[{}], [{ requestContext: RC, tracingOptions: { metadata: { k: 1 } } }], [{ requestContext: rcMap() }]], answer: json({ message: 'Workflow run restarted' }) },
  badParams('Run.restart', run),
  { method: 'Run.restartAsync', target: run, args: [[], [{}], [{ requestContext: RC }], [{ requestContext: rcMap(), tracingOptions: {} }]], answer: json({ status: 'success', result: { value: 3 } }) },
  { method: 'Run.restartAsync', target: run, label: 'a failed run: its error becomes an Error', ...failed },
  {
    method: 'Run.timeTravel',
    target: run,
    args: [
      [{ step: 's', inputData: { value: 2 } }],
      [{ requestContext: RC, step: ['a', 'b'], resumeData: { ok: 1 }, initialState: {}, context: { a: { status: 'success', output: 1 } }, nestedStepsContext: { n: {} }, tracingOptions: {}, perStep: true }],
      [{ step: 's', requestContext: rcMap() }],
      [{ step: 's', requestContext: undefined, extra: null }],
    ],
    answer: json({ message: 'Workflow run time travel started' }),
  },
  badParams('Run.timeTravel', run),
  { method: 'Run.timeTravelAsync', target: run, args: [[{ step: 's', inputData: { value: 2 }, requestContext: RC }]], answer: json({ status: 'success', result: { value: 5 } }) },
  { method: 'Run.timeTravelAsync', target: run, label: 'a failed run: its error becomes an Error', args: [[{ step: 's' }]], ...failed },
  { method: 'Run.timeTravelAsync', target: run, label: '404 answer', args: [[{ step: 's' }]], answer: notFound },
  badParams('Run.timeTravelAsync', run),
  { method: 'Run.cancel', target: run, answer: json({ message: 'Workflow run canceled' }) },
  { method: 'Run.cancel', target: run, label: '404 answer', answer: notFound },
  badParams('Run.start', run),
  badParams('Run.resume', run),
]
