// Contract tests of the agent-builder group on a real Mastra server: actions, their runs,
// streams and replays, and workflow results read as action results. Each call is made
// through client-js, then through the native client, and the results are compared after
// normalization of ids and times (__test__/support/normalize.mjs).
//
// Run (Node >= 22): node --test __test__/contract/agent_builder.test.mjs
//
// What a call creates is named per client, `ct_<what>_js` / `ct_<what>_nv`; the normalizer
// maps both to one name.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { addContractWorkflows } from '../../tools/fixture/workflows.mjs'
import { createContract, name, readAll, SIDE_RULE } from '../support/contract.mjs'

const TEST_OPTIONS = { timeout: 30_000 } // a guard against hangs only

let server
let Native
let js
let nv

const contract = createContract({ replace: [SIDE_RULE], normalizeErrors: ['body', 'message'] })
const { both, same, sameRejection } = contract

before(async () => {
  ;({ server, Native, js, nv } = await contract.start({ setup: (s) => void addContractWorkflows(s.mastra) }))
})

after(() => contract.stop())

const ACTION = 'merge-template'
const action = (c) => c.getAgentBuilderAction(ACTION)

test('agent builder: getAgentBuilderActions() and details()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.getAgentBuilderActions())
  same(b, a)
  const [x, y] = await both((c) => action(c).details())
  same(y, x)
  assert.equal(y.name, 'agent-builder-template')
  await sameRejection((c) => c.getAgentBuilderAction('no-such-action').details(), 400)
})

test('agent builder: createRun, runById, runs, cancelRun', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => action(c).createRun({ runId: name('ab', side) }))
  same(b, a)
  assert.deepEqual(b, { runId: 'ct_ab_nv' })
  for (const options of [undefined, { fields: ['result'] }, { withNestedWorkflows: false }]) {
    const [x, y] = await both((c, side) => action(c).runById(name('ab', side), options))
    same(y, x)
    assert.equal(y.status, 'pending')
  }
  const [c1, c2] = await both((c, side) => action(c).cancelRun(name('ab', side)))
  same(c2, c1)
  const [l1, l2] = await both((c) => action(c).runs({ perPage: 10, page: 0, fromDate: new Date(Date.now() - 3600_000) }))
  same(l2, l1)
  assert.ok(l2.runs.some((r) => r.runId === 'ct_ab_nv' && r.snapshot.status === 'canceled'))
})

test('agent builder: startAsync with bad input is a 400; startActionRun and resume answer at once', TEST_OPTIONS, async () => {
  await sameRejection((c, side) => action(c).startAsync({ inputData: {} }, name('abstart', side)), 400)
  const [a, b] = await both(async (c, side) => {
    await action(c).createRun({ runId: name('abrun', side) })
    return action(c).startActionRun({ inputData: {} }, name('abrun', side))
  })
  same(b, a)
  const [x, y] = await both((c, side) => action(c).resume({ step: 'clone-template', resumeData: {} }, name('abrun', side)))
  same(y, x)
  await sameRejection((c, side) => action(c).resumeAsync({ step: 'clone-template', resumeData: {} }, name('abrun', side)), 500)
})

test('agent builder: stream, observeStream, observeStreamLegacy, resumeStream records', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c, side) => readAll(await action(c).stream({ inputData: {}, requestContext: { k: 1 } }, name('abstream', side))))
  same(b, a)
  assert.deepEqual(
    b.map((r) => r.type),
    ['workflow-start', 'workflow-finish'],
  )
  const [x, y] = await both(async (c, side) => readAll(await action(c).observeStream({ runId: name('abstream', side) })))
  same(y, x)
  // The legacy replay stays open: compare its first record, then close it.
  const [l1, l2] = await both(async (c, side) => {
    const reader = (await action(c).observeStreamLegacy({ runId: name('abstream', side) })).getReader()
    const first = await reader.read()
    await reader.cancel()
    return first
  })
  same(l2, l1)
  assert.equal(l2.value.type, 'workflow-start')
  const [r1, r2] = await both(async (c, side) => readAll(await action(c).resumeStream({ runId: name('abstream', side), step: 'clone-template', resumeData: {} })))
  same(r2, r1)
  await sameRejection((c) => c.getAgentBuilderAction('no-such-action').stream({}, 'r'), 400)
})

test('agent builder: transformWorkflowResult() of real run results', TEST_OPTIONS, async () => {
  const done = await (await js.getWorkflow('double-then-inc').createRun()).startAsync({ inputData: { value: 1 } })
  const suspended = await (await js.getWorkflow('approve-flow').createRun()).startAsync({ inputData: {} })
  const failed = await (await js.getWorkflow('ct-chain').createRun()).startAsync({ inputData: { value: 'x' } }).catch((err) => ({ status: 'failed', error: { message: err.message } }))
  for (const result of [done, suspended, failed]) {
    const [a, b] = await both((c) => action(c).transformWorkflowResult(structuredClone(result)))
    same(b, a)
  }
  assert.equal(nv.getAgentBuilderAction(ACTION).transformWorkflowResult(suspended).message, 'Agent builder action was suspended')
})
