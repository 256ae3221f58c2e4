// Wire cases of the agent-builder group: action runs, their streams, and workflow results
// read as action results. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json, records, readRecords } from '../support/wire-cases.mjs'

const action = (c) => c.getAgentBuilderAction('merge-template')
const notFound = json({ error: 'not found' }, 404)
const events = [
  { type: 'workflow-start', runId: 'r1', payload: {} },
  { type: 'workflow-finish', runId: 'r1', payload: { text: 'é 😀' } },
]
const stream = { answer: records(events), consume: readRecords }

const success = { status: 'success', result: { success: true, applied: true, branchName: 'b', message: 'done', stepResults: { s: 1 } } }
const results = [
  [success],
  [{ status: 'success', result: null }],
  [{ status: 'success' }],
  [{ status: 'failed', error: { message: 'boom' } }],
  [{ status: 'failed' }],
  [{ status: 'suspended' }],
  [{}],
  [undefined],
]
const badParams = (method, args) => ({
  method,
  target: action,
  args: [args],
  differs: 'missing params: a TypeError naming the method and `params`, where client-js fails reading a property of undefined',
  expect: (nv, js, { nvOutcome, jsOutcome }) => {
    assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js throws a TypeError (premise)')
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, /params must be an object/)
  },
})

export default [
  { method: 'MastraClient.getAgentBuilderActions', answer: json({ 'merge-template': { name: 'Merge' } }) },
  { method: 'MastraClient.getAgentBuilderActions', label: '404 answer', answer: notFound },
  { method: 'MastraClient.getAgentBuilderAction', kind: 'maker', args: [['merge-template'], ['a b']] },
  { method: 'AgentBuilder.request', target: action, args: [[`/agent-builder/merge-template`]] },
  { method: 'AgentBuilder.transformWorkflowResult', target: action, kind: 'maker', args: results },
  { method: 'AgentBuilder.details', target: action, answer: json({ name: 'Merge', steps: {} }) },
  { method: 'AgentBuilder.details', target: action, label: '404 answer', answer: notFound },
  {
    method: 'AgentBuilder.runs',
    target: action,
    args: [
      [],
      [{ page: 1, perPage: 5 }],
      [{ fromDate: new Date('2026-01-02T03:04:05Z'), toDate: new Date('2026-01-03T00:00:00Z'), limit: 2, offset: 4, resourceId: 'res', status: 'ignored' }],
      [{ limit: false, offset: 'x' }],
    ],
    answer: json({ runs: [], total: 0 }),
  },
  {
    method: 'AgentBuilder.runById',
    target: action,
    args: [['r1'], ['r 1', { fields: ['result'], withNestedWorkflows: false }], ['r1', { fields: [] }]],
    answer: json({ runId: 'r1', status: 'success' }),
  },
  { method: 'AgentBuilder.createRun', target: action, args: [[], [{}], [{ runId: 'r 1' }], [{ runId: '' }]], answer: json({ runId: 'r1' }) },
  {
    method: 'AgentBuilder.startAsync',
    target: action,
    args: [[{ inputData: { repo: 'x' } }], [{ inputData: { a: 'é' }, requestContext: RC }, 'r1'], [{ requestContext: rcMap(), inputData: {} }, ''], [{}, 'r 1']],
    answer: json(success),
  },
  { method: 'AgentBuilder.startAsync', target: action, label: 'a failed run', args: [[{}]], answer: json({ status: 'failed', error: { message: 'nope' } }) },
  { method: 'AgentBuilder.startAsync', target: action, label: '404 answer', args: [[{}]], answer: notFound },
  badParams('AgentBuilder.startAsync', []),
  {
    method: 'AgentBuilder.startActionRun',
    target: action,
    args: [[{ inputData: { a: 1 } }, 'r1'], [{ requestContext: RC, inputData: null }, 'r 1'], [{}]],
    answer: json({ message: 'started' }),
  },
  badParams('AgentBuilder.startActionRun', [undefined, 'r1']),
  {
    method: 'AgentBuilder.resume',
    target: action,
    args: [[{ step: 's', resumeData: { ok: true } }, 'r1'], [{ step: ['a'], requestContext: rcMap() }, 'r1']],
    answer: json({ message: 'resumed' }),
  },
  badParams('AgentBuilder.resume', [null, 'r1']),
  { method: 'AgentBuilder.resumeAsync', target: action, args: [[{ step: 's', resumeData: {} }, 'r1'], [{ requestContext: RC }, 'r1']], answer: json({ status: 'suspended' }) },
  { method: 'AgentBuilder.resumeAsync', target: action, label: '404 answer', args: [[{}, 'r1']], answer: notFound },
  { method: 'AgentBuilder.stream', target: action, args: [[{ inputData: { a: 1 } }, 'r1'], [{ requestContext: RC }, 'r 1']], ...stream },
  { method: 'AgentBuilder.stream', target: action, label: 'no runId', args: [[{ inputData: {} }], [{}, '']] },
  { method: 'AgentBuilder.stream', target: action, label: '404 answer', args: [[{}, 'r1']], answer: notFound, consume: readRecords },
  { method: 'AgentBuilder.observeStream', target: action, args: [[{ runId: 'r1' }], [{ runId: 'r 1' }], [{}]], ...stream },
  { method: 'AgentBuilder.observeStreamLegacy', target: action, args: [[{ runId: 'r1' }]], ...stream },
  { method: 'AgentBuilder.observeStreamLegacy', target: action, label: '404 answer', args: [[{ runId: 'r1' }]], answer: notFound, consume: readRecords },
  {
    method: 'AgentBuilder.resumeStream',
    target: action,
    args: [[{ runId: 'r1', step: 's', resumeData: { ok: true } }], [{ step: 's', runId: 'r 1', requestContext: RC }]],
    ...stream,
  },
  badParams('AgentBuilder.resumeStream', []),
  { method: 'AgentBuilder.cancelRun', target: action, args: [['r1'], ['r 1']], answer: json({ message: 'canceled' }) },
  { method: 'AgentBuilder.cancelRun', target: action, label: '404 answer', args: [['r1']], answer: notFound },
]
