// Contract tests of the observability and scores groups: each method through @mastra/client-js
// 1.47.0 and through the native package against one real Mastra server (with the in-memory
// observability store and the echo scorer of tools/fixture/observability.mjs), results
// compared after normalization of ids and times, plus sharp checks on real values.
//
// Agent traces come from running the echo agent with the fixture's recording tracer; more
// traces, logs and metrics are written into the server's observability store directly; scores
// and feedback go through the API.
// Whatever a call creates is named per client, `ct_<what>_js` / `ct_<what>_nv`.
//
// Run (Node >= 22): node --test __test__/contract/observability.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createContract, name, SIDE_RULE } from '../support/contract.mjs'

const T = { timeout: 30_000 } // a guard against hangs only
const T0 = new Date('2025-01-01T00:00:00.000Z')
const at = (ms) => new Date(T0.getTime() + ms)
const RANGE = { start: at(-60_000), end: at(3_600_000) }

let server, store, Native, js, nv

// HTTP errors: body and message are compared after normalization (per-side names aside).
const contract = createContract({ replace: [SIDE_RULE], normalizeErrors: ['body', 'message'] })
const { both, same, sameRejection } = contract

/** A list reply without its delta cursor (a sequence number that differs per side's rows). */
function withoutCursor(page) {
  assert.equal(typeof page.deltaCursor, 'string')
  const { deltaCursor, ...rest } = page
  return rest
}

// ---------------------------------------------------------------------------
// Seed data: one agent trace (run → model call → tool call), one workflow trace, and one
// trace per side to delete; logs and metrics of the agent run.
// ---------------------------------------------------------------------------

const common = { environment: 'test', serviceName: 'ct-service', isEvent: false }
const agentSpan = (spanId, parentSpanId, spanType, nm, start, end, extra = {}) => ({
  ...common,
  traceId: 'ct-trace-agent',
  spanId,
  parentSpanId,
  name: nm,
  spanType,
  entityType: 'agent',
  entityId: 'echo-agent',
  entityName: 'Echo Agent',
  startedAt: at(start),
  endedAt: at(end),
  ...extra,
})

function seedSpans() {
  return [
    agentSpan('ct-span-run', null, 'agent_run', "agent run: 'echo-agent'", 0, 120, { input: 'tool:add', output: { text: 'sum is 5' }, tags: ['ct', 'agent'], metadata: { k: 'é' }, threadId: 'ct-thread', resourceId: 'ct-res' }),
    agentSpan('ct-span-llm', 'ct-span-run', 'model_generation', "llm: 'echo-model'", 10, 60, { input: [{ role: 'user', content: 'tool:add' }], output: { text: '' }, attributes: { model: 'echo-model', provider: 'mock', usage: { inputTokens: 7, outputTokens: 2 } } }),
    agentSpan('ct-span-tool', 'ct-span-run', 'tool_call', "tool: 'add'", 65, 80, { input: { a: 2, b: 3 }, output: { sum: 5 }, attributes: { toolType: 'tool' } }),
    {
      ...common,
      traceId: 'ct-trace-wf',
      spanId: 'ct-span-wf',
      parentSpanId: null,
      name: "workflow run: 'double-then-inc'",
      spanType: 'workflow_run',
      entityType: 'workflow_run',
      entityId: 'double-then-inc',
      entityName: 'double-then-inc',
      startedAt: at(200),
      endedAt: at(260),
      input: { n: 2 },
      output: { n: 5 },
      tags: ['ct', 'workflow'],
    },
    ...['js', 'nv'].map((side, i) => ({
      ...common,
      traceId: name('del', side),
      spanId: `ct-span-del-${side}`,
      parentSpanId: null,
      name: 'to delete',
      spanType: 'generic',
      startedAt: at(300 + i),
      endedAt: at(310 + i),
    })),
  ]
}

const metricBase = { entityType: 'agent', entityName: 'Echo Agent', entityId: 'echo-agent', traceId: 'ct-trace-agent', environment: 'test', serviceName: 'ct-service' }
function seedMetrics() {
  return [
    { ...metricBase, metricId: 'ct-metric-1', name: 'ct_agent_duration_ms', value: 120, timestamp: at(120), labels: { status: 'ok' } },
    { ...metricBase, metricId: 'ct-metric-2', name: 'ct_agent_duration_ms', value: 80, timestamp: at(130), labels: { status: 'ok' } },
    { ...metricBase, metricId: 'ct-metric-3', name: 'ct_agent_duration_ms', value: 300, timestamp: at(140), labels: { status: 'error' } },
    { ...metricBase, metricId: 'ct-metric-4', name: 'ct_model_tokens', value: 9, timestamp: at(60), labels: { model: 'echo-model' }, provider: 'mock', model: 'echo-model' },
  ]
}
function seedLogs() {
  return [
    { ...metricBase, logId: 'ct-log-1', spanId: 'ct-span-run', level: 'info', message: 'agent started', timestamp: at(1), data: { n: 1 } },
    { ...metricBase, logId: 'ct-log-2', spanId: 'ct-span-tool', level: 'warn', message: 'tool slow é', timestamp: at(70) },
    { ...metricBase, logId: 'ct-log-3', spanId: 'ct-span-run', level: 'error', message: 'agent failed once', timestamp: at(110) },
  ]
}

before(async () => {
  ;({ server, Native, js, nv } = await contract.start())
  store = await server.mastra.getStorage().getStore('observability')
  await store.batchCreateSpans({ records: seedSpans() })
  await store.batchCreateMetrics({ metrics: seedMetrics() })
  await store.batchCreateLogs({ logs: seedLogs() })
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Traces and spans
// ---------------------------------------------------------------------------

test('traces: getTrace, on the client and on client.observability', T, async () => {
  const [a, b] = await both((c) => c.getTrace('ct-trace-agent'))
  same(b, a)
  assert.deepEqual(b.spans.map((s) => s.spanId).sort(), ['ct-span-llm', 'ct-span-run', 'ct-span-tool'])
  const [c, d] = await both((cl) => cl.observability.getTrace('ct-trace-agent'))
  same(d, c)
  same(d, b)
})

test('traces: getTrace of a missing trace is the same 404', T, async () => {
  await sameRejection((c) => c.getTrace('ct-missing'), 404)
})

test('traces: getTraceLight', T, async () => {
  const [a, b] = await both((c) => c.getTraceLight('ct-trace-agent'))
  same(b, a)
  assert.equal(b.spans.length, 3)
  assert.equal(b.spans[0].input, undefined, 'no heavy fields')
})

test('traces: getSpan', T, async () => {
  const [a, b] = await both((c) => c.observability.getSpan('ct-trace-agent', 'ct-span-tool'))
  same(b, a)
  assert.deepEqual(b.span.output, { sum: 5 })
  await sameRejection((c) => c.getSpan('ct-trace-agent', 'ct-nope'), 404)
})

test('traces: getTraceTrajectory', T, async () => {
  const [a, b] = await both((c) => c.getTraceTrajectory('ct-trace-agent'))
  same(b, a)
  assert.deepEqual(b.steps.map((s) => s.stepType), ['model_generation', 'tool_call'])
})

test('traces: getTraces (legacy pagination, filters and date range)', T, async () => {
  const args = { pagination: { page: 0, perPage: 10, dateRange: RANGE }, filters: { entityId: 'echo-agent', entityType: 'agent' } }
  const [a, b] = await both((c) => c.getTraces(args))
  same(b, a)
  assert.deepEqual(b.spans.map((s) => s.traceId), ['ct-trace-agent'])
  const [c, d] = await both((cl) => cl.observability.getTraces({ filters: { spanType: 'workflow_run' } }))
  same(d, c)
  assert.deepEqual(d.spans.map((s) => s.traceId), ['ct-trace-wf'])
})

test('traces: listTraces with filters, pagination and order', T, async () => {
  const args = { filters: { tags: ['ct'], startedAt: RANGE }, pagination: { page: 0, perPage: 1 }, orderBy: { field: 'startedAt', direction: 'ASC' } }
  const [a, b] = await both((c) => c.listTraces(args))
  same(b, a)
  assert.deepEqual(b.spans.map((s) => s.traceId), ['ct-trace-agent'])
  assert.equal(b.pagination.total, 2, 'the two seeded traces tagged ct')
  assert.equal(b.pagination.hasMore, true)
  const [c, d] = await both((cl) => cl.observability.listTraces({ filters: { entityType: 'workflow_run' } }))
  same(d, c)
  assert.deepEqual(d.spans.map((s) => s.traceId), ['ct-trace-wf'])
})

test('traces: listTracesLight', T, async () => {
  const [a, b] = await both((c) => c.listTracesLight({ filters: { environment: 'test', tags: ['ct'] }, orderBy: { field: 'startedAt', direction: 'DESC' } }))
  same(b, a)
  assert.deepEqual(b.spans.map((s) => s.traceId), ['ct-trace-wf', 'ct-trace-agent'])
})

test('traces: listBranches and getBranch', T, async () => {
  const [a, b] = await both((c) => c.listBranches({ filters: { spanType: 'tool_call' } }))
  same(b, a)
  assert.deepEqual(b.branches.map((s) => s.spanId), ['ct-span-tool'])
  const [c, d] = await both((cl) => cl.getBranch({ traceId: 'ct-trace-agent', spanId: 'ct-span-run' }))
  same(d, c)
  assert.equal(d.spans.length, 3)
  const [e, f] = await both((cl) => cl.observability.getBranch({ traceId: 'ct-trace-agent', spanId: 'ct-span-run', depth: 0 }))
  same(f, e)
  assert.deepEqual(f.spans.map((s) => s.spanId), ['ct-span-run'])
})

test('traces: queryTraces (an invalid query is a 422; the in-memory store answers 501)', T, async () => {
  await sameRejection((c) => c.observability.queryTraces({ pagination: { page: 0, perPage: 10 } }), 422)
  const query = { timeRange: { from: RANGE.start.toISOString(), to: RANGE.end.toISOString() }, pagination: { page: 0, perPage: 10 } }
  const err = await sameRejection((c) => c.queryTraces(query), 501)
  assert.equal(err.body.code, 'TRACE_QUERY_UNSUPPORTED')
})

test('traces: trace-query fields, values and threads (not served by this server: same 404)', T, async () => {
  await sameRejection((c) => c.getTraceQueryFields({ predicateScope: 'trace' }), 404)
  await sameRejection((c) => c.observability.getTraceQueryValues({ field: 'entityName' }, { signal: AbortSignal.timeout(10_000) }), 404)
  await sameRejection((c) => c.queryTraceThreads({ traces: {} }), 404)
})

test('traces: deleteTraces removes the trace', T, async () => {
  const [a, b] = await both((c, side) => c.deleteTraces({ traceIds: [name('del', side)] }))
  same(b, a)
  assert.deepEqual(b, { success: true })
  await sameRejection((c, side) => c.getTrace(name('del', side)), 404)
})

// ---------------------------------------------------------------------------
// Traces of real agent runs (one per side, made through client-js, tagged `ct_run_<side>`)
// ---------------------------------------------------------------------------

/**
 * A trace reply with its spans in name order: spans started in the same millisecond come in
 * either order, and each side's run is a separate run.
 */
function byName(reply) {
  const key = (sp) => `${sp.name}|${sp.spanType}|${sp.entityId}`
  return withoutRunCounters({ ...reply, spans: [...reply.spans].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)) })
}

/** `value` without the server's per-run counters (`observabilityNextCursorId`), anywhere. */
function withoutRunCounters(value) {
  if (Array.isArray(value)) return value.map(withoutRunCounters)
  if (!value || typeof value !== 'object') return value
  const out = {}
  for (const [k, v] of Object.entries(value)) if (k !== 'observabilityNextCursorId') out[k] = withoutRunCounters(v)
  return out
}

/** The root span of the agent run traced for `side`, read through `client`. */
async function agentRun(client, side) {
  const page = await client.listTraces({ filters: { tags: [name('run', side)], spanType: 'agent_run' } })
  assert.equal(page.spans.length, 1, `one traced agent run for ${side}`)
  return page.spans[0]
}

test('agent traces: a traced agent run is listed, read whole, light, by branch and as a trajectory', T, async () => {
  for (const side of ['js', 'nv']) {
    const reply = await js.getAgent('echo-agent').generate('tool:add', {
      requestContext: { ctTrace: name('trace', side) },
      tracingOptions: { tags: [name('run', side)], metadata: { side: name('meta', side) } },
    })
    assert.equal(reply.text, 'sum is 5')
  }
  await server.mastra.observability.flush()

  const [a, b] = await both((c, side) => agentRun(c, side))
  same(b, a)
  assert.equal(b.entityName, 'Echo Agent')
  assert.deepEqual(b.tags, [name('run', 'nv')])

  const [c, d] = await both(async (cl, side) => byName(await cl.getTrace((await agentRun(js, side)).traceId)))
  same(d, c)
  assert.ok(d.spans.some((sp) => sp.spanType === 'agent_run' && sp.parentSpanId === null))
  assert.ok(d.spans.length > 1, 'the run has child spans')

  const [e, f] = await both(async (cl, side) => byName(await cl.observability.getTraceLight((await agentRun(js, side)).traceId)))
  same(f, e)
  assert.equal(f.spans.length, d.spans.length)

  const [g, h] = await both(async (cl, side) => {
    const root = await agentRun(js, side)
    return byName(await cl.getBranch({ traceId: root.traceId, spanId: root.spanId, depth: 1 }))
  })
  same(h, g)
  assert.ok(h.spans.some((sp) => sp.spanType === 'agent_run'))

  const [i, j] = await both(async (cl, side) => withoutRunCounters(await cl.getTraceTrajectory((await agentRun(js, side)).traceId)))
  same(j, i)

  const [k, l] = await both(async (cl, side) => {
    const root = await agentRun(js, side)
    const child = byName(await js.getTrace(root.traceId)).spans.find((sp) => sp.parentSpanId === root.spanId)
    return withoutRunCounters(await cl.getSpan(root.traceId, child.spanId))
  })
  same(l, k)
})

// ---------------------------------------------------------------------------
// Scores and feedback of the observability store
// ---------------------------------------------------------------------------

const scoreOf = (side, value) => ({ score: { scorerId: name('scorer', side), score: value, traceId: 'ct-trace-agent', spanId: 'ct-span-run', source: 'manual', reason: 'by hand é' } })

test('scores: createScore, listScores, listScoresBySpan, aggregates, deleteScores', T, async () => {
  for (const value of [0.5, 1]) {
    const [a, b] = await both((c, side) => c.createScore(scoreOf(side, value)))
    same(b, a)
  }
  const list = async (c, side) => withoutCursor(await c.listScores({ filters: { scorerId: name('scorer', side) }, orderBy: { field: 'timestamp', direction: 'ASC' } }))
  const [a, b] = await both(list)
  same(b, a)
  assert.deepEqual(b.scores.map((s) => s.score), [0.5, 1])

  const [c, d] = await both((cl) => cl.listScoresBySpan({ traceId: 'ct-trace-agent', spanId: 'ct-span-run', page: 0, perPage: 50 }))
  same(d, c)
  assert.ok(Array.isArray(d.scores), 'the span scores of the scores store')
  assert.equal(d.pagination.perPage, 50)

  const [e, f] = await both((cl, side) => cl.getScoreAggregate({ scorerId: name('scorer', side), aggregation: 'avg' }))
  same(f, e)
  assert.equal(f.value, 0.75)
  const [g, h] = await both((cl, side) => cl.observability.getScoreBreakdown({ scorerId: name('scorer', side), aggregation: 'max', groupBy: ['entityName'] }))
  same(h, g)
  const [i, j] = await both((cl, side) => cl.getScoreTimeSeries({ scorerId: name('scorer', side), aggregation: 'count', interval: '1h' }))
  same(j, i)
  const [k, l] = await both((cl, side) => cl.getScorePercentiles({ scorerId: name('scorer', side), percentiles: [0.5], interval: '1d' }))
  same(l, k)

  const [m, n] = await both(async (cl, side) => cl.deleteScores({ scoreIds: (await list(js, side)).scores.map((s) => s.scoreId) }))
  same(n, m)
  const [o, p] = await both(list)
  same(p, o)
  assert.deepEqual(p.scores, [])
})

test('scores: score() starts scoring traces with the echo scorer', T, async () => {
  const [a, b] = await both((c) => c.score({ scorerName: 'echo-scorer', targets: [{ traceId: 'ct-trace-agent' }] }))
  same(b, a)
  assert.equal(b.status, 'success')
  await sameRejection((c) => c.observability.score({ scorerName: 'ct-no-such-scorer', targets: [{ traceId: 'ct-trace-agent' }] }), 500)
})

const feedbackOf = (side, value) => ({ feedback: { feedbackType: name('rating', side), value, traceId: 'ct-trace-agent', spanId: 'ct-span-run', source: 'user', comment: 'ok é' } })

test('feedback: createFeedback, listFeedback, review status, aggregates, deleteFeedback', T, async () => {
  for (const value of [2, 4]) {
    const [a, b] = await both((c, side) => c.createFeedback(feedbackOf(side, value)))
    same(b, a)
  }
  const list = async (c, side) => withoutCursor(await c.observability.listFeedback({ filters: { feedbackType: name('rating', side) }, orderBy: { field: 'timestamp', direction: 'ASC' } }))
  const [a, b] = await both(list)
  same(b, a)
  assert.deepEqual(b.feedback.map((f) => f.value), [2, 4])

  const [c, d] = await both(async (cl, side) => {
    const [first] = (await list(js, side)).feedback
    return cl.updateFeedbackReviewStatus({ feedbackId: first.feedbackId, reviewStatus: 'reviewed' })
  })
  same(d, c)
  assert.equal(d.reviewStatus, 'reviewed')
  await sameRejection((cl) => cl.updateFeedbackReviewStatus({ feedbackId: 'ct-missing', reviewStatus: 'reviewed' }), 500)

  const [e, f] = await both((cl, side) => cl.getFeedbackAggregate({ feedbackType: name('rating', side), aggregation: 'sum' }))
  same(f, e)
  assert.equal(f.value, 6)
  const [g, h] = await both((cl, side) => cl.getFeedbackBreakdown({ feedbackType: name('rating', side), aggregation: 'avg', groupBy: ['entityName'] }))
  same(h, g)
  const [i, j] = await both((cl, side) => cl.observability.getFeedbackTimeSeries({ feedbackType: name('rating', side), aggregation: 'avg', interval: '5m' }))
  same(j, i)
  const [k, l] = await both((cl, side) => cl.getFeedbackPercentiles({ feedbackType: name('rating', side), percentiles: [0.5, 0.9], interval: '1h' }))
  same(l, k)

  const [m, n] = await both(async (cl, side) => cl.deleteFeedback({ feedbackIds: (await list(js, side)).feedback.map((x) => x.feedbackId) }))
  same(n, m)
  const [o, p] = await both(list)
  same(p, o)
  assert.deepEqual(p.feedback, [])
})

// ---------------------------------------------------------------------------
// Metrics, logs and discovery
// ---------------------------------------------------------------------------

test('metrics: aggregate, breakdown, time series, percentiles', T, async () => {
  const filters = { timestamp: RANGE }
  const [a, b] = await both((c) => c.getMetricAggregate({ name: ['ct_agent_duration_ms'], aggregation: 'avg', filters }))
  same(b, a)
  assert.equal(b.value, (120 + 80 + 300) / 3)
  const [c, d] = await both((cl) => cl.getMetricBreakdown({ name: ['ct_agent_duration_ms'], aggregation: 'max', groupBy: ['entityName'], filters }))
  same(d, c)
  const [e, f] = await both((cl) => cl.observability.getMetricTimeSeries({ name: ['ct_agent_duration_ms'], aggregation: 'sum', interval: '1h', filters }))
  same(f, e)
  const [g, h] = await both((cl) => cl.getMetricPercentiles({ name: 'ct_agent_duration_ms', percentiles: [0.5, 0.99], interval: '1d', filters }))
  same(h, g)
  await sameRejection((cl) => cl.getMetricAggregate({ name: ['ct_agent_duration_ms'] }), 400)
})

test('metrics: names, label keys and label values', T, async () => {
  const [a, b] = await both((c) => c.getMetricNames({ prefix: 'ct_' }))
  same(b, a)
  assert.deepEqual([...b.names].sort(), ['ct_agent_duration_ms', 'ct_model_tokens'])
  const [c, d] = await both((cl) => cl.getMetricLabelKeys({ metricName: 'ct_agent_duration_ms' }))
  same(d, c)
  assert.deepEqual(d.keys, ['status'])
  const [e, f] = await both((cl) => cl.observability.getMetricLabelValues({ metricName: 'ct_agent_duration_ms', labelKey: 'status' }))
  same(f, e)
  assert.deepEqual([...f.values].sort(), ['error', 'ok'])
})

test('logs: observability.listLogs with filters and pagination', T, async () => {
  const [a, b] = await both((c) => c.observability.listLogs({ filters: { traceId: 'ct-trace-agent', timestamp: RANGE }, pagination: { page: 0, perPage: 2 }, orderBy: { field: 'timestamp', direction: 'ASC' } }))
  same(b, a)
  assert.deepEqual(b.logs.map((l) => l.message), ['agent started', 'tool slow é'])
  assert.equal(b.pagination.hasMore, true)
})

test('discovery: entity types and names, service names, environments, tags', T, async () => {
  for (const call of [
    (c) => c.getEntityTypes(),
    (c) => c.getEntityNames({ entityType: 'agent' }),
    (c) => c.observability.getServiceNames(),
    (c) => c.getEnvironments(),
    (c) => c.getTags(),
    (c) => c.observability.getTags({ entityType: 'agent' }),
  ]) {
    const [a, b] = await both(call)
    same(b, a)
  }
  const [, names] = await both((c) => c.getEntityNames({ entityType: 'agent' }))
  assert.deepEqual(names.names, ['Echo Agent'])
  const [, tags] = await both((c) => c.getTags())
  assert.ok(tags.tags.includes('ct'))
})

// ---------------------------------------------------------------------------
// Scorers and the scores they recorded (the scores store)
// ---------------------------------------------------------------------------

test('scorers: listScorers and getScorer', T, async () => {
  const [a, b] = await both((c) => c.listScorers())
  same(b, a)
  assert.ok('echo-scorer' in b)
  const [c, d] = await both((cl) => cl.listScorers({ tenant: 'ct' }))
  same(d, c)
  const [e, f] = await both((cl) => cl.getScorer('echo-scorer'))
  same(f, e)
  assert.equal(f.scorer.config.name, 'Echo Scorer')
  const [g, h] = await both((cl) => cl.getScorer('ct-no-such-scorer'))
  assert.equal(g, null, 'an unknown scorer is null (premise)')
  assert.equal(h, null)
})

test('scorers: saveScore, then list by run, by scorer and by entity', T, async () => {
  const saved = (side) => ({
    score: { scorerId: 'echo-scorer', entityId: 'echo-agent', entityType: 'AGENT', runId: name('run', side), score: 1, reason: 'echoes', input: { q: 'hi' }, output: { text: 'echo: hi' }, source: 'LIVE', scorer: { id: 'echo-scorer' }, entity: { id: 'echo-agent' } },
  })
  const [a, b] = await both((c, side) => c.saveScore(saved(side)))
  same(b, a)
  assert.equal(b.score.runId, name('run', 'nv'))
  const [c, d] = await both((cl, side) => cl.listScoresByRunId({ runId: name('run', side), page: 0, perPage: 10 }))
  same(d, c)
  assert.equal(d.scores.length, 1)
  const [e, f] = await both((cl) => cl.listScoresByScorerId({ scorerId: 'echo-scorer', entityId: 'echo-agent', entityType: 'AGENT', perPage: 10 }))
  same(f, e)
  assert.ok(f.scores.length >= 2)
  const [g, h] = await both((cl) => cl.listScoresByEntityId({ entityId: 'echo-agent', entityType: 'AGENT' }))
  same(h, g)
})
