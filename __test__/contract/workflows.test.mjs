// Contract tests of the workflows group on a real Mastra server: run listings and lookups,
// schemas, streams and their replays, resume, restart, time travel, cancel, dynamic
// workflows. Each call is made through client-js,
// then through the native client, and the results are compared after normalization of ids
// and times (__test__/support/normalize.mjs).
//
// Run (Node >= 22): node --test __test__/contract/workflows.test.mjs
//
// What a call creates is named per client, `ct_<what>_js` / `ct_<what>_nv` (dynamic workflow
// ids, which must be kebab-case: `ct-<what>-js` / `-nv`); the normalizer maps both to one name.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { addContractWorkflows } from '../../tools/fixture/workflows.mjs'
import { createContract, name, readAll, SIDE_RULE, UUID } from '../support/contract.mjs'

const SIDE_RULES = [
  SIDE_RULE,
  [/\bct-([a-z0-9-]+?)-(?:js|nv)\b/g, 'ct-$1-<side>'],
]
const TEST_OPTIONS = { timeout: 30_000 } // a guard against hangs only

let server
let Native
let js
let nv

const contract = createContract({ replace: SIDE_RULES, normalizeErrors: ['body', 'message'] })
const { both, same, sameRejection } = contract

/** Polls `fn` until `done(value)` holds (at most ~5 s). */
async function waitFor(fn, done) {
  for (let i = 0; i < 100; i++) {
    const value = await fn()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.fail('condition not reached in time')
}

const chain = (c) => c.getWorkflow('ct-chain')
/** A ct-chain run named for `side` (value 1 → 'value is 20' when started). */
async function chainRun(c, what, side, { start = true, resourceId } = {}) {
  const run = await chain(c).createRun({ runId: name(what, side), resourceId })
  if (start) await run.startAsync({ inputData: { value: 1 } })
  return run
}
/** An approve-flow run named for `side`, suspended at `approve`. */
async function suspendedRun(c, what, side) {
  const run = await c.getWorkflow('approve-flow').createRun({ runId: name(what, side) })
  const result = await run.startAsync({ inputData: {} })
  assert.equal(result.status, 'suspended', 'premise: the run suspends')
  return run
}
const statusOf = (c, workflowId, runId) => c.getWorkflow(workflowId).runById(runId, { fields: ['result'] })

before(async () => {
  ;({ server, Native, js, nv } = await contract.start({ setup: (s) => void addContractWorkflows(s.mastra) }))
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Listing, details, runs: start, startAsync, resume, resumeAsync, cancelRun
// ---------------------------------------------------------------------------

test('workflows: listWorkflows()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listWorkflows())
  same(b, a)
  // The server's two, besides this file's own (ct-*, added by addContractWorkflows).
  assert.deepEqual(Object.keys(b).filter((id) => !id.startsWith('ct-')).sort(), ['approve-flow', 'double-then-inc'])
})

test('workflows: getWorkflow(id).details()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getWorkflow('double-then-inc').details())
  same(b, a)
  assert.deepEqual(Object.keys(b.steps), ['double', 'inc'])
})

test('workflows: createRun() gives a run with a fresh runId', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getWorkflow('double-then-inc').createRun())
  assert.match(b.runId, UUID)
  assert.notEqual(b.runId, a.runId)
  same({ runId: b.runId }, { runId: a.runId })
  for (const method of ['start', 'startAsync', 'resume', 'resumeAsync', 'cancelRun']) {
    assert.equal(typeof b[method], 'function', `run.${method}`)
  }
})

test('workflows: run.start() answers without waiting', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    return run.start({ inputData: { value: 3 } })
  })
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run started' })
})

test('workflows: run.startAsync() returns the result (value 7)', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    const result = await run.startAsync({ inputData: { value: 3 } })
    return { result, sameRun: result.runId === run.runId }
  })
  same(b, a)
  assert.equal(b.result.status, 'success')
  assert.equal(b.result.result.value, 7)
  assert.equal(b.result.steps.double.output.value, 6)
  assert.equal(b.sameRun, true)
})

test('workflows: approve-flow startAsync() suspends', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    return run.startAsync({ inputData: {} })
  })
  same(b, a)
  assert.equal(b.status, 'suspended')
  assert.deepEqual(b.suspendPayload, { approve: { reason: 'needs approval' } })
})

test('workflows: approve-flow run.resume() answers without waiting', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    const started = await run.startAsync({ inputData: {} })
    const resumed = await run.resume({ step: 'approve', resumeData: { approved: true } })
    return { started, resumed }
  })
  same(b, a)
  assert.equal(b.started.status, 'suspended')
  assert.deepEqual(b.resumed, { message: 'Workflow run resumed' })
})

test('workflows: approve-flow run.resumeAsync() returns the result', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    await run.startAsync({ inputData: {} })
    return run.resumeAsync({ step: 'approve', resumeData: { approved: true } })
  })
  same(b, a)
  assert.equal(b.status, 'success')
  assert.deepEqual(b.result, { approved: true })
})

test('workflows: run.cancelRun() on a suspended run', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('approve-flow').createRun()
    await run.startAsync({ inputData: {} })
    return run.cancelRun()
  })
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run cancelled' })
})

// ---------------------------------------------------------------------------
// Workflow: schema, runs, runById, deleteRunById
// ---------------------------------------------------------------------------

test('workflows: getSchema() of three workflows', TEST_OPTIONS, async () => {
  for (const id of ['double-then-inc', 'approve-flow', 'ct-chain']) {
    const [a, b] = await both((c) => c.getWorkflow(id).getSchema())
    same(b, a)
  }
  const [, b] = await both((c) => c.getWorkflow('ct-chain').getSchema())
  assert.deepEqual(b.outputSchema.properties, { text: { type: 'string' } })
  assert.deepEqual(b.inputSchema.required, ['value'])
})

test('workflows: getSchema() of an unknown workflow is a 404', TEST_OPTIONS, async () => {
  await sameRejection((c) => c.getWorkflow('no-such-workflow').getSchema(), 404)
})

test('workflows: runs() filtered by resource, paged, by offset/limit, status and dates', TEST_OPTIONS, async () => {
  for (const side of ['js', 'nv']) {
    const resourceId = name('res_runs', side)
    await chainRun(js, `runs1`, side, { resourceId })
    await chainRun(js, `runs2`, side, { resourceId })
    await chainRun(js, `runs3`, side, { resourceId, start: false })
  }
  const hourAgo = new Date(Date.now() - 3600_000)
  const soon = new Date(Date.now() + 3600_000)
  const calls = [
    (side) => [{ resourceId: name('res_runs', side) }],
    (side) => [{ resourceId: name('res_runs', side), perPage: 2, page: 0 }],
    (side) => [{ resourceId: name('res_runs', side), perPage: 2, page: 1 }],
    (side) => [{ resourceId: name('res_runs', side), limit: 1, offset: 1 }],
    (side) => [{ resourceId: name('res_runs', side), status: 'success', fromDate: hourAgo, toDate: soon }],
    (side) => [{ resourceId: name('res_runs', side), offset: 0, limit: 2 }, { tenant: 'é' }],
  ]
  const totals = []
  for (const args of calls) {
    const [a, b] = await both((c, side) => chain(c).runs(...args(side)))
    same(b, a)
    totals.push([b.total, b.runs.length])
  }
  assert.deepEqual(totals[0], [3, 3])
  assert.equal(totals[1][1], 2)
  assert.equal(totals[2][1], 1)
  assert.deepEqual(totals[4], [2, 2], 'two successful runs')
  assert.equal(totals[5][1], 2)
  // `limit: false` is sent as 'false', which this server refuses.
  const err = await sameRejection((c, side) => chain(c).runs({ resourceId: name('res_runs', side), limit: false }), 400)
  assert.match(err.message, /limit/)
})

test('workflows: runs() of a workflow without runs, and of an unknown one', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getWorkflow('ct-slow').runs({ resourceId: 'nobody' }))
  same(b, a)
  assert.deepEqual(b.runs, [])
  await sameRejection((c) => c.getWorkflow('no-such-workflow').runs(), 404)
})

test('workflows: runById() whole, with fields, without nested workflows; 404', TEST_OPTIONS, async () => {
  await both((c, side) => chainRun(c, 'byid', side))
  for (const options of [undefined, { fields: ['result', 'steps'] }, { withNestedWorkflows: false, requestContext: { k: 1 } }, { fields: [] }]) {
    const [a, b] = await both((c, side) => chain(c).runById(name('byid', side), options))
    same(b, a)
    assert.equal(b.status, 'success')
  }
  const [, b] = await both((c, side) => chain(c).runById(name('byid', side), { fields: ['result'] }))
  assert.deepEqual(b.result, { text: 'value is 20' })
  assert.equal(b.steps, undefined, 'only the fields asked for')
  await sameRejection((c) => chain(c).runById('ct_missing_run'), 404)
})

test('workflows: deleteRunById() then the run is gone', TEST_OPTIONS, async () => {
  await both((c, side) => chainRun(c, 'del', side))
  const [a, b] = await both((c, side) => chain(c).deleteRunById(name('del', side)))
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run deleted' })
  await sameRejection((c, side) => chain(c).runById(name('del', side)), 404)
})

test('workflows: listWorkflowRunCounts() while a run is running', TEST_OPTIONS, async () => {
  const run = await js.getWorkflow('ct-slow').createRun({ runId: 'ct_counts_js' })
  await run.start({ inputData: { ms: 4000 } })
  await waitFor(() => js.listWorkflowRunCounts(), (counts) => counts['ct-slow']?.running >= 1)
  const [a, b] = await both((c) => c.listWorkflowRunCounts())
  same(b, a)
  assert.ok(b['ct-slow'].running >= 1)
  assert.deepEqual(b['approve-flow'] && Object.keys(b['approve-flow']).sort(), ['running', 'suspended'])
  const [c1, c2] = await both((c) => c.listWorkflowRunCounts({ tenant: 'x' }))
  same(c2, c1)
  await run.cancel()
})

// ---------------------------------------------------------------------------
// Run: streams
// ---------------------------------------------------------------------------

test('runs: stream() records, then observe(), observe({ offset }) and observeStream() replays', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await chain(c).createRun({ runId: name('stream', side) })
    return readAll(await run.stream({ inputData: { value: 2 }, closeOnSuspend: true }))
  })
  same(b, a)
  assert.deepEqual(
    b.map((r) => r.type),
    ['workflow-start', ...Array(3).fill(['workflow-step-start', 'workflow-step-result']).flat(), 'workflow-finish'],
  )
  assert.equal(b.at(-2).payload.output.text, 'value is 30')

  const replays = [(run) => run.observe(), (run) => run.observe({ offset: 2 }), (run) => run.observeStream(), (run) => run.observe({ offset: 99 })]
  const lengths = []
  for (const replay of replays) {
    const [x, y] = await both(async (c, side) => readAll(await replay(await chain(c).createRun({ runId: name('stream', side) }))))
    same(y, x)
    lengths.push(y.length)
  }
  assert.deepEqual(lengths, [8, 6, 8, 0])
})

test('runs: stream() with bad input: the failure events', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await chain(c).createRun({ runId: name('badin', side) })
    return readAll(await run.stream({ inputData: { value: 'nope' } })).catch((err) => ({ rejected: err.constructor.name, status: err.status, body: err.body }))
  })
  same(b, a)
})

test('runs: resumeStream() of a suspended run', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await suspendedRun(c, 'rstream', side)
    return readAll(await run.resumeStream({ step: 'approve', resumeData: { approved: true }, requestContext: { k: 'é' } }))
  })
  same(b, a)
  assert.equal(b[0].type, 'workflow-start')
  assert.equal(b.at(-1).type, 'workflow-finish')
  const [x, y] = await both((c, side) => statusOf(c, 'approve-flow', name('rstream', side)))
  same(y, x)
  assert.deepEqual(y.result, { approved: true })
})

test('runs: timeTravelStream() to a middle step', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await chainRun(c, 'ttstream', side)
    return readAll(await run.timeTravelStream({ step: 'times-ten', inputData: { value: 4 } }))
  })
  same(b, a)
  assert.equal(b.filter((r) => r.type === 'workflow-step-result').at(-1).payload.output.text, 'value is 40')
})

// ---------------------------------------------------------------------------
// Run: time travel, restart, resume, cancel
// ---------------------------------------------------------------------------

test('runs: timeTravelAsync() with inputData, and with a given step context', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await chainRun(c, 'tt', side)
    return run.timeTravelAsync({ step: 'times-ten', inputData: { value: 4 }, requestContext: { tenant: 'é' } })
  })
  same(b, a)
  assert.deepEqual(b.result, { text: 'value is 40' })
  const context = { 'times-ten': { status: 'success', payload: { value: 7 }, output: { value: 70 }, startedAt: 1, endedAt: 2 } }
  const [x, y] = await both(async (c, side) => (await chain(c).createRun({ runId: name('tt', side) })).timeTravelAsync({ step: 'describe', context }))
  same(y, x)
  assert.deepEqual(y.result, { text: 'value is 70' })
})

test('runs: timeTravelAsync() to an unknown step is a 500', TEST_OPTIONS, async () => {
  await both((c, side) => chainRun(c, 'ttbad', side))
  await sameRejection(async (c, side) => (await chain(c).createRun({ runId: name('ttbad', side) })).timeTravelAsync({ step: 'nope' }), 500)
})

test('runs: timeTravel() answers at once; the run ends travelled', TEST_OPTIONS, async () => {
  await both((c, side) => chainRun(c, 'ttnow', side))
  const [a, b] = await both(async (c, side) => (await chain(c).createRun({ runId: name('ttnow', side) })).timeTravel({ step: 'times-ten', inputData: { value: 5 } }))
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run time travel started' })
  const [x, y] = await both((c, side) => waitFor(() => statusOf(c, 'ct-chain', name('ttnow', side)), (r) => r.result?.text === 'value is 50'))
  same(y, x)
})

test('runs: restartAsync() and restart() of finished runs; restartAsync() of a run never started', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => (await chainRun(c, 'restart', side)).restartAsync({ requestContext: { k: 1 } }))
  same(b, a)
  assert.equal(b.status, 'success')
  const [x, y] = await both(async (c, side) => (await chainRun(c, 'restart2', side)).restart({}))
  same(y, x)
  assert.deepEqual(y, { message: 'Workflow run restarted' })
  await sameRejection(async (c, side) => (await chainRun(c, 'restart3', side, { start: false })).restartAsync(), 500)
})

test('runs: resumeNoWait() answers with the run id; the run then succeeds', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => (await suspendedRun(c, 'nowait', side)).resumeNoWait({ step: 'approve', resumeData: { approved: false } }))
  same(b, a)
  assert.deepEqual(b, { runId: 'ct_nowait_nv' })
  const [x, y] = await both((c, side) => waitFor(() => statusOf(c, 'approve-flow', name('nowait', side)), (r) => r.status === 'success'))
  same(y, x)
  assert.deepEqual(y.result, { approved: false })
})

test('runs: cancel() of a running run and of a suspended run', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => {
    const run = await c.getWorkflow('ct-slow').createRun({ runId: name('cancel', side) })
    await run.start({ inputData: { ms: 4000 } })
    await waitFor(() => statusOf(c, 'ct-slow', run.runId), (r) => r.status === 'running')
    return run.cancel()
  })
  same(b, a)
  assert.deepEqual(b, { message: 'Workflow run cancelled' })
  const [x, y] = await both((c, side) => waitFor(() => statusOf(c, 'ct-slow', name('cancel', side)), (r) => r.status === 'canceled'))
  same(y, x)
  const [p, q] = await both(async (c, side) => (await suspendedRun(c, 'cancel2', side)).cancel())
  same(q, p)
  const [s, t] = await both((c, side) => statusOf(c, 'approve-flow', name('cancel2', side)))
  same(t, s)
  assert.equal(t.status, 'canceled')
})

// ---------------------------------------------------------------------------
// Dynamic workflows
// ---------------------------------------------------------------------------

const number = { type: 'number' }
const dynamicDefinition = (id) => ({
  id,
  description: 'Adds a and b',
  metadata: { owner: 'contract' },
  inputSchema: { type: 'object', properties: { a: number, b: number }, required: ['a', 'b'] },
  outputSchema: { type: 'object', properties: { sum: number }, required: ['sum'] },
  graph: [{ type: 'tool', id: 'add-step', toolId: 'add' }],
})

test('dynamic workflows: upsert, list, details, run, delete', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => c.upsertDynamicWorkflow(dynamicDefinition(`ct-dyn-${side}`)))
  same(b, a)
  assert.deepEqual(b, { ok: true, id: 'ct-dyn-nv' })
  for (const params of [undefined, { status: 'active' }, { status: 'archived' }, { authorId: 'nobody' }]) {
    const [x, y] = await both((c) => c.listDynamicWorkflows(params))
    same(y, x)
  }
  const listed = await nv.listDynamicWorkflows({ status: 'active' })
  assert.deepEqual(listed.workflows.map((w) => w.id).sort(), ['ct-dyn-js', 'ct-dyn-nv'])
  const [d1, d2] = await both((c, side) => c.getDynamicWorkflow(`ct-dyn-${side}`).details())
  same(d2, d1)
  assert.equal(d2.status, 'active')
  const [r1, r2] = await both(async (c, side) => (await c.getWorkflow(`ct-dyn-${side}`).createRun({ runId: name('dynrun', side) })).startAsync({ inputData: { a: 2, b: 3 } }))
  same(r2, r1)
  assert.deepEqual(r2.result, { sum: 5 })
  const [x, y] = await both((c, side) => c.getDynamicWorkflow(`ct-dyn-${side}`).delete())
  same(y, x)
  assert.equal(y.success, true)
  await sameRejection((c, side) => c.getDynamicWorkflow(`ct-dyn-${side}`).details(), 404)
})

test('dynamic workflows: an invalid definition is refused', TEST_OPTIONS, async () => {
  await sameRejection((c, side) => c.upsertDynamicWorkflow({ ...dynamicDefinition(`ct-bad-${side}`), graph: [] }), 500)
})
