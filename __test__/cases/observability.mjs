// Wire cases of the observability group: `client.observability` (traces, spans, branches,
// trace queries, logs, scores, feedback, metrics, discovery) and the client's methods that
// forward to it. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json } from '../support/wire-cases.mjs'

const obs = (c) => c.observability

const D1 = new Date('2024-03-01T10:00:00.000Z')
const D2 = new Date('2024-03-02T12:30:00.500Z')
const pagination = { total: 1, page: 0, perPage: 10, hasMore: false }
const span = { traceId: 't1', spanId: 's1', name: 'agent run é', spanType: 'agent_run', startedAt: D1.toISOString(), attributes: { a: 1 } }
const trace = { traceId: 't1', spans: [span] }
const tracesPage = { spans: [span], pagination }
const notFound = json({ error: 'Trace not found' }, 404)

/** Full list arguments: filters (dates, arrays, objects), pagination and order. */
const fullList = {
  filters: {
    entityType: 'agent',
    entityId: 'agent-1',
    tags: ['prod', 'é'],
    metadata: { k: 'v', nested: { d: D1 } },
    startedAt: { start: D1, end: D2 },
    hasChildError: false,
    userId: null,
    threadId: undefined,
  },
  pagination: { page: 2, perPage: 25 },
  orderBy: { field: 'startedAt', direction: 'DESC' },
}
/** A key set twice (top level and inside a flattened object): it keeps its first place. */
const twice = { page: 1, filters: { entityName: 'n' }, pagination: { page: 3 }, extra: D2, list: [] }
const listArgs = [[], [{}], [fullList], [twice], [{ orderBy: { field: 'endedAt' } }], [null]]

/** The same arguments, answer and label for a method on `client.observability` and on the client. */
function both(method, rest) {
  return [
    { method: `Observability.${method}`, target: obs, ...rest },
    { method: `MastraClient.${method}`, ...rest },
  ]
}

const postCases = [
  ['getScoreAggregate', '/scores/aggregate', { aggregation: 'avg', filters: { scorerId: 's' }, comparePeriod: 'previous_period' }, { value: 0.5, previousValue: 0.4 }],
  ['getScoreBreakdown', '/scores/breakdown', { aggregation: 'avg', groupBy: ['scorerId'], filters: { timestamp: { start: D1 } } }, { groups: [] }],
  ['getScoreTimeSeries', '/scores/timeseries', { aggregation: 'count', interval: '1h' }, { series: [] }],
  ['getScorePercentiles', '/scores/percentiles', { percentiles: [0.5, 0.99], interval: '1d' }, { series: [] }],
  ['getFeedbackAggregate', '/feedback/aggregate', { aggregation: 'sum' }, { value: 3 }],
  ['getFeedbackBreakdown', '/feedback/breakdown', { aggregation: 'avg', groupBy: ['feedbackType'] }, { groups: [{ dimensions: {}, value: 1 }] }],
  ['getFeedbackTimeSeries', '/feedback/timeseries', { aggregation: 'avg', interval: '1m', groupBy: ['source'] }, { series: [] }],
  ['getFeedbackPercentiles', '/feedback/percentiles', { percentiles: [0.9], interval: '1h' }, { series: [] }],
  ['getMetricAggregate', '/metrics/aggregate', { name: ['mastra_agent_duration_ms'], aggregation: 'avg' }, { value: 12.5 }],
  ['getMetricBreakdown', '/metrics/breakdown', { name: 'm', aggregation: 'sum', groupBy: ['entityName'] }, { groups: [] }],
  ['getMetricTimeSeries', '/metrics/timeseries', { name: 'm', aggregation: 'max', interval: '15m', filters: { timestamp: { start: D1, end: D2 } } }, { series: [] }],
  ['getMetricPercentiles', '/metrics/percentiles', { name: 'm', percentiles: [0.5], interval: '1h' }, { series: [] }],
  ['queryTraces', '/traces/query', { where: { field: 'entityName', op: 'eq', value: 'é' }, pagination: { page: 0, perPage: 10 } }, { traces: [], pagination }],
  ['queryTraceThreads', '/threads/query', { where: { field: 'threadId', op: 'exists' }, limit: 5 }, { threads: [] }],
  ['deleteTraces', '/traces/delete', { traceIds: ['t1', 't2'] }, { success: true }],
  ['createScore', '/scores', { score: { scorerId: 's', score: 0.7, traceId: 't1', spanId: 's1', reason: 'ok é' } }, { score: { id: 'x' } }],
  ['deleteScores', '/scores', { scoreIds: ['x', 'y'] }, { success: true }],
  ['createFeedback', '/feedback', { feedback: { feedbackType: 'thumbs', value: 1, traceId: 't1', comment: 'bien' } }, { feedback: { id: 'f' } }],
  ['deleteFeedback', '/feedback', { feedbackIds: ['f'] }, { success: true }],
]

const discoveryCases = [
  ['getMetricNames', [[], [{}], [{ prefix: 'mastra_', limit: 10 }], [null]], { names: ['m'] }],
  ['getMetricLabelKeys', [[{ metricName: 'm' }], [{ metricName: 'm', extra: [1, 2] }]], { keys: ['k'] }],
  ['getMetricLabelValues', [[{ metricName: 'm', labelKey: 'k', prefix: 'é', limit: 5 }]], { values: ['v'] }],
  ['getEntityTypes', [[]], { entityTypes: ['agent'] }],
  ['getEntityNames', [[], [{ entityType: 'agent' }]], { names: ['a'] }],
  ['getServiceNames', [[]], { serviceNames: ['svc'] }],
  ['getEnvironments', [[]], { environments: ['prod'] }],
  ['getTags', [[], [{ entityType: 'workflow' }]], { tags: ['t'] }],
]

/** An already aborted signal, per client. */
const aborted = () => {
  const ac = new AbortController()
  ac.abort()
  return [{ predicateScope: 'trace' }, { signal: ac.signal }]
}

export default [
  { method: 'Observability.request', target: obs, args: [[`/observability/custom`, { method: 'POST', body: { a: 1 } }]] },

  // ---- traces and spans
  ...both('getTrace', { args: [['t1'], ['t é 1']], answer: json(trace) }),
  ...both('getTrace', { label: '404 answer', args: [['missing']], answer: notFound }),
  {
    method: 'Observability.getTrace',
    target: obs,
    differs: 'a missing trace id is a TypeError before sending, not a request for the trace "undefined"',
    args: [[]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0].path, '/api/observability/traces/undefined', 'premise')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /traceId is required/)
    },
  },
  {
    method: 'MastraClient.getTrace',
    differs: 'path values are percent-encoded: an id cannot change the path',
    args: [['a/b']],
    expect: (nv, js) => {
      assert.equal(js[0].path, '/api/observability/traces/a/b', 'premise')
      assert.equal(nv[0].path, '/api/observability/traces/a%2Fb')
    },
  },
  ...both('getTraceLight', { args: [['t1']], answer: json(trace) }),
  ...both('getSpan', { args: [['t1', 's1'], ['t 1', 'ş']], answer: json({ span }) }),
  ...both('getSpan', { label: '404 answer', args: [['t1', 'nope']], answer: json({ error: 'Span not found' }, 404) }),
  ...both('getTraceTrajectory', { args: [['t1']], answer: json({ traceId: 't1', steps: [{ type: 'tool_call', name: 'x' }] }) }),
  ...both('getTraces', {
    args: [
      [{}],
      [{ pagination: { page: 0, perPage: 10, dateRange: { start: D1, end: '2024-03-05T00:00:00Z' } }, filters: { name: 'run é', spanType: 'agent_run', entityId: 'a', entityType: 'agent' } }],
      [{ filters: { entityId: 'a' }, pagination: { dateRange: { start: D1 } } }],
      [{ pagination: { page: null }, filters: { spanType: null, name: '' } }],
      [],
    ],
    answer: json(tracesPage),
  }),
  ...both('listTraces', { args: listArgs, answer: json(tracesPage) }),
  ...both('listTraces', { label: '500 answer', answer: json({ error: 'boom' }, 500) }),
  ...both('listTracesLight', { args: listArgs, answer: json(tracesPage) }),
  ...both('listBranches', { args: listArgs, answer: json({ branches: [span], pagination }) }),
  ...both('getBranch', {
    args: [[{ traceId: 't1', spanId: 's1' }], [{ traceId: 't é', spanId: 's/1', depth: 0 }], [{ traceId: 't', spanId: 's', depth: 3 }], [{ traceId: 't', spanId: 's', depth: null }], [null], []],
    answer: json({ spans: [span] }),
  }),
  ...both('listScoresBySpan', {
    args: [[{ traceId: 't1', spanId: 's1' }], [{ traceId: 't/1', spanId: 's1', page: 1, perPage: 5 }], [{ traceId: 't', spanId: 's', page: 0, perPage: null }], []],
    answer: json({ scores: [], pagination }),
  }),
  ...both('score', { args: [[{ scorerName: 'sc', targets: [{ traceId: 't1' }, { traceId: 't2', spanId: 's' }] }], []], answer: json({ status: 'success', message: 'Scoring started' }) }),

  // ---- trace-query helpers: sent once, whatever the client's retries
  ...both('getTraceQueryFields', { args: [[{ predicateScope: 'trace' }], [{}, {}], [{}, { signal: new AbortController().signal }]], answer: json({ canonicalFields: [], observedFields: [] }) }),
  ...both('getTraceQueryFields', { label: 'never retried', options: { retries: 2, backoffMs: 1 }, args: [[{}]], answer: json({ error: 'boom' }, 500) }),
  ...both('getTraceQueryFields', { label: 'aborted signal', args: [aborted] }),
  ...both('getTraceQueryValues', { args: [[{ field: 'entityName', prefix: 'é' }]], answer: json({ values: ['a'] }) }),
  {
    method: 'Observability.getTraceQueryValues',
    target: obs,
    differs: 'a signal that is not an AbortSignal is refused with a TypeError naming it, before sending',
    args: [[{ field: 'x' }, { signal: 'soon' }]],
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, false, 'client-js rejects too (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /options\.signal must be an AbortSignal/)
    },
  },
  ...both('getTraceQueryValues', { label: 'never retried', options: { retries: 3, backoffMs: 1 }, args: [[{ field: 'x' }]], answer: json({ error: 'boom' }, 503) }),

  // ---- the member uses its client's options
  { method: 'Observability.listTraces', target: obs, label: 'API prefix and headers of the client', options: { apiPrefix: '/mastra', headers: { 'x-tenant': 'acme' } }, args: [[{ pagination: { page: 1 } }]], answer: json(tracesPage) },
  { method: 'Observability.getEntityTypes', target: obs, label: 'token of the client', token: 'tok-1', answer: json({ entityTypes: [] }) },

  // ---- logs (the client's listLogsVNext forwards here)
  { method: 'Observability.listLogs', target: obs, args: [[], [{ filters: { level: 'error', timestamp: { start: D1 } }, pagination: { page: 0, perPage: 50 }, orderBy: { direction: 'ASC' } }]], answer: json({ logs: [], pagination }) },

  // ---- scores and feedback
  ...both('listScores', { args: listArgs, answer: json({ scores: [], pagination }) }),
  ...both('listFeedback', { args: listArgs, answer: json({ feedback: [], pagination }) }),
  ...both('updateFeedbackReviewStatus', {
    args: [[{ feedbackId: 'f 1', reviewStatus: 'resolved' }], [{ feedbackId: 'f/2' }]],
    answer: json({ id: 'f 1', reviewStatus: 'resolved' }),
  }),
  ...both('updateFeedbackReviewStatus', { label: '404 answer', args: [[{ feedbackId: 'f', reviewStatus: 'open' }]], answer: json({ error: 'nope' }, 404) }),

  // ---- POST bodies: scores, feedback and metric analytics, trace queries, deletes
  ...postCases.flatMap(([method, , body, reply]) => both(method, { args: [[body]], answer: json(reply) })),
  ...both('getMetricAggregate', { label: '400 answer', args: [[{ name: 'm' }]], answer: json({ error: 'aggregation required' }, 400) }),

  // ---- discovery
  ...discoveryCases.flatMap(([method, args, reply]) => both(method, { args, answer: json(reply) })),
  ...both('getMetricLabelKeys', { label: 'no params', args: [[], [null]] }),
  ...both('getMetricLabelValues', { label: 'no params', args: [[]] }),

  // ---- bodies without params
  ...both('deleteScores', { label: 'no params', args: [[], [{}]] }),
  ...both('createFeedback', { label: 'no params', args: [[]] }),
  ...both('score', { label: 'null params', args: [[null]] }),
  ...both('getTraceQueryFields', { label: 'no params', args: [[], [null, null]] }),
  ...both('deleteFeedback', {
    label: 'null params',
    args: [[null]],
  }),
]
