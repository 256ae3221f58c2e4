// Contract tests of what crosses the groups: the package's entry points made from
// MASTRA_BASE_URL (createMastraClient(), mastraClient, getMastraBaseUrl()) and the errors
// (HTTP errors of each kind, and an Error before any request), each compared with
// @mastra/client-js 1.47.0 on one real Mastra server (tools/mastra-server.mjs).
//
// Run (Node >= 22): node --test __test__/contract/core.test.mjs
// CONTRACT_SELF_CHECK=1 puts a second client-js in place of the native package (see
// ../support/contract.mjs): it checks the tests and the normalizer themselves.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createContract, name, SIDE_RULE, textMessage } from '../support/contract.mjs'

const AGENT = 'echo-agent'
const TEST_OPTIONS = { timeout: 60_000 } // a guard against hangs only

let server
let Native // the package under test

const contract = createContract({ replace: [SIDE_RULE] })
const { both, same, rejection, sameHttpError } = contract

before(async () => {
  // start() sets MASTRA_BASE_URL before the package loads. The default retries, as the package's
  // own clients have.
  ;({ server, Native } = await contract.start({ clientOptions: {} })) // the default retries
})

after(() => contract.stop())

test('createMastraClient() with MASTRA_BASE_URL: listAgents() and generate()', TEST_OPTIONS, async () => {
  const nvEnv = Native.createMastraClient() // MASTRA_BASE_URL was set before the package loaded
  const [a, b] = await both((c) => c.listAgents(), nvEnv)
  same(b, a)
  const [g1, g2] = await both((c) => c.getAgent(AGENT).generate('hello'), nvEnv)
  same(g2, g1)
  assert.equal(g2.text, 'echo: hello')
  assert.equal(Native.getMastraBaseUrl(), server.url)
})

test('mastraClient (made at load from MASTRA_BASE_URL): listAgents()', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => c.listAgents(), Native.mastraClient)
  same(b, a)
})

test("errors: 404 from getAgent('nope').details()", TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => rejection(() => c.getAgent('nope').details()))
  sameHttpError(b, a, 404)
  assert.equal(b.message, 'HTTP error! status: 404 - {"error":"Agent with id nope not found"}')
})

test('errors: 404 from a memory call without agentId (saveMessageToMemory)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) =>
    rejection(() => c.saveMessageToMemory({ messages: [textMessage('hi', name('thr_noagent', side), name('res_noagent', side))] })),
  )
  sameHttpError(b, a, 404)
  assert.deepEqual(b.body, { error: 'Agent not found' })
})

test('errors: 400 from a bad body (createIndex without dimension)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => rejection(() => c.getVector('default').createIndex({ indexName: name('idx_bad', side) })))
  sameHttpError(b, a, 400)
  assert.equal(b.statusText, 'Bad Request')
  assert.equal(b.body.error, 'Invalid request body')
})

test('errors: 400 from a bad query (listLogs without transportId)', TEST_OPTIONS, async () => {
  const [a, b] = await both((c) => rejection(() => c.listLogs({})))
  sameHttpError(b, a, 400)
  assert.equal(b.body.error, 'Invalid query parameters')
})

test('errors: 400 from invalid workflow input (startAsync)', TEST_OPTIONS, async () => {
  const [a, b] = await both(async (c) => {
    const run = await c.getWorkflow('double-then-inc').createRun()
    return rejection(() => run.startAsync({ inputData: { value: 'x' } }))
  })
  sameHttpError(b, a, 400)
  assert.match(b.body.error, /^Invalid input data/)
})

test('errors: MemoryThread.update() without agentId fails before any request, same message', TEST_OPTIONS, async () => {
  const [a, b] = await both((c, side) => rejection(() => c.getMemoryThread({ threadId: name('thr_noid', side) }).update({ title: 'x' })))
  assert.ok(b instanceof Error, `native: ${b}`)
  assert.equal(b.name, a.name)
  assert.equal(b.message, a.message)
  assert.equal(b.status, undefined)
})
