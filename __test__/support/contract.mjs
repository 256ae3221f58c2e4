// Helpers shared by the contract tests (__test__/contract/*.test.mjs, one file per group, and
// contract/core.test.mjs for what crosses groups):
// each call is made through @mastra/client-js 1.47.0 ("js"), then through the native package
// ("nv"), on one real Mastra server, and the two results are compared after normalization of ids
// and times (./normalize.mjs).
//
// How a contract file uses it:
//
//   import { createContract, name, SIDE_RULE } from '../support/contract.mjs'
//
//   const contract = createContract({ replace: [SIDE_RULE] })
//   const { both, same, rejection, sameHttpError, sameRejection, readAll } = contract
//
//   before(async () => {
//     ;({ server, Native, js, nv } = await contract.start())   // server, package, clients, use()
//   })
//   after(() => contract.stop())
//
//   test('getAgent(id).details()', async () => {
//     const [a, b] = await both((c, side) => c.getAgent(name('agent', side)).details())
//     same(b, a)                            // b: native, a: client-js (the reference)
//     await sameRejection((c) => c.getAgent('nope').details(), 404)
//   })
//
// createContract(options) — one per file; options:
//   replace: [[stringOrRegExp, replacement], ...]   normalizer rules for values made different on
//       purpose per side (default none; most files give [SIDE_RULE], plus rules of their own).
//   normalizeErrors: ['body', 'message']            which HTTP error fields sameHttpError compares
//       after normalization (through `same`, in one normalizer) instead of to the letter; for
//       errors whose text holds per-side names or fresh ids. Default [] (all to the letter).
// It returns (all helpers usable once `use()` has run, i.e. inside tests):
//   start({ setup, clientOptions })   starts the file's real Mastra server (tools/mastra-server.mjs),
//                             sets MASTRA_BASE_URL to its URL, awaits `setup(server)` (fixture
//                             additions; it may resolve with another base URL for the clients),
//                             loads the package (../../index.js; with CONTRACT_SELF_CHECK=1 a
//                             second client-js in its place, to check the tests and the
//                             normalizer themselves), makes both clients with `{ baseUrl,
//                             ...clientOptions }` (default `{ retries: 0 }`) and calls use().
//                             Resolves { server, Native, js, nv }.
//   stop()                    closes the server start() started.
//   use({ Native, js, nv })   sets the package under test and the two clients.
//   made                      `{ js: {}, nv: {} }`: what each side made, for tests to keep.
//   name(what, side)          `ct_<what>_<side>` (also exported on its own).
//   both(fn, nativeClient = nv)   `fn(client, side, made[side])` with client-js, then with the
//                             native client; resolves `[jsValue, nvValue]`.
//   same(native, reference, { replace } = {})   asserts `native` deep-equals `reference` after
//                             normalization (the contract's rules, then `replace`), key order included.
//   rejection(fn)             the error `fn()` rejects with; fails if it resolves (also exported).
//   sameHttpError(nvErr, jsErr, status)   asserts client-js's error is its MastraClientError of
//                             `status` (the test's premise) and the native one the package's
//                             MastraClientError with the same name, status, statusText, body and
//                             message (body and message as `normalizeErrors` says).
//   sameRejection(fn, status) `both` sides' calls of `fn(client, side, made[side])` reject, and
//                             with the same HTTP error (sameHttpError); resolves the native error.
//   readAll(stream)           asserts a ReadableStream and reads its records to the end (also exported).
//   chunksOf(response)        the chunks an agent stream's processDataStream({ onChunk }) delivers (also exported).
// Also exported: textMessage(text, threadId, resourceId), a user message of one text part.
// Also exported: SIDES (['js', 'nv']), SIDE_RULE (maps `ct_<what>_js|nv` to `ct_<what>_<side>`),
// UUID (a regular expression) and SELF_CHECK (CONTRACT_SELF_CHECK=1 is set).

import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import * as ClientJs from '@mastra/client-js'
import { startMastraServer } from '../../tools/mastra-server.mjs'
import { createNormalizer, keyOrder } from './normalize.mjs'

const require = createRequire(import.meta.url)

/** CONTRACT_SELF_CHECK=1: a second client-js stands in for the package (see start()). */
export const SELF_CHECK = process.env.CONTRACT_SELF_CHECK === '1'

/** A UUID, as the server makes them. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** client-js dressed as the package's exports, for CONTRACT_SELF_CHECK=1 (reads MASTRA_BASE_URL). */
function selfCheckPackage() {
  return {
    MastraClient: ClientJs.MastraClient,
    MastraClientError: ClientJs.MastraClientError,
    getMastraBaseUrl: () => process.env.MASTRA_BASE_URL,
    createMastraClient: () => new ClientJs.MastraClient({ baseUrl: process.env.MASTRA_BASE_URL }),
    mastraClient: new ClientJs.MastraClient({ baseUrl: process.env.MASTRA_BASE_URL }),
  }
}

export const SIDES = ['js', 'nv']

/** Maps the per-side names `ct_<what>_js` / `ct_<what>_nv` (same length) to `ct_<what>_<side>`. */
export const SIDE_RULE = [/\bct_(\w+?)_(?:js|nv)\b/g, 'ct_$1_<side>']

/** What a call creates, named per side: `ct_<what>_js` / `ct_<what>_nv`. */
export const name = (what, side) => `ct_${what}_${side}`

/** A user message of one text part, without id or time (the server gives them). */
export const textMessage = (text, threadId, resourceId) => ({
  role: 'user',
  content: { format: 2, parts: [{ type: 'text', text }] },
  threadId,
  resourceId,
})

/** The error a call rejects with; fails if it resolves. */
export async function rejection(fn) {
  let value
  try {
    value = await fn()
  } catch (err) {
    return err
  }
  assert.fail(`expected the call to reject, it resolved with ${JSON.stringify(value)?.slice(0, 300)}`)
}

/** Reads a stream of records to its end. */
export async function readAll(stream) {
  assert.ok(stream instanceof ReadableStream, 'a ReadableStream')
  const out = []
  for await (const record of stream) out.push(record)
  return out
}

/** The chunks an agent stream's `processDataStream({ onChunk })` delivers, in order. */
export async function chunksOf(response) {
  const chunks = []
  await response.processDataStream({ onChunk: async (chunk) => void chunks.push(chunk) })
  return chunks
}

const ERROR_FIELDS = ['name', 'status', 'statusText', 'body', 'message']

/**
 * The helpers of one contract file, bound to the clients `use()` sets (see the top of this file).
 * @param {{ replace?: Array<[string|RegExp, string]>, normalizeErrors?: Array<'body'|'message'> }} [options]
 */
export function createContract({ replace: fileRules = [], normalizeErrors = [] } = {}) {
  for (const key of normalizeErrors) assert.ok(['body', 'message'].includes(key), `normalizeErrors: unknown field ${key}`)
  let current
  let server
  const made = { js: {}, nv: {} }

  const clients = () => current ?? assert.fail('contract.use({ Native, js, nv }) has not run (call it in before())')

  function use({ Native, js, nv }) {
    assert.ok(Native && js && nv, 'contract.use needs { Native, js, nv }')
    current = { Native, js, nv }
  }

  /** Starts the file's server, loads the package, makes both clients (see the top of this file). */
  async function start({ setup, clientOptions = { retries: 0 } } = {}) {
    server = await startMastraServer({ port: 0 })
    process.env.MASTRA_BASE_URL = server.url
    const baseUrl = (await setup?.(server)) ?? server.url
    const Native = SELF_CHECK ? selfCheckPackage() : require('../../index.js')
    const js = new ClientJs.MastraClient({ baseUrl, ...clientOptions })
    const nv = new Native.MastraClient({ baseUrl, ...clientOptions })
    use({ Native, js, nv })
    return { server, Native, js, nv }
  }

  /** Closes the server start() started. */
  async function stop() {
    await server?.close()
  }

  /** Calls `fn(client, side, made[side])` with client-js, then with the native client. */
  async function both(fn, nativeClient = clients().nv) {
    const a = await fn(clients().js, 'js', made.js)
    const b = await fn(nativeClient, 'nv', made.nv)
    return [a, b]
  }

  /** Asserts `native` equals `reference` (client-js) after normalization, key order included. */
  function same(native, reference, { replace = [] } = {}) {
    const opts = { replace: [...fileRules, ...replace] }
    const expected = createNormalizer(opts).value(reference)
    const actual = createNormalizer(opts).value(native)
    assert.deepStrictEqual(actual, expected)
    assert.deepStrictEqual(keyOrder(actual), keyOrder(expected), 'same values, but the key order differs from client-js')
  }

  /** Asserts two HTTP errors match: class, name, status, statusText, body, message. */
  function sameHttpError(nvErr, jsErr, status) {
    const { Native } = clients()
    assert.ok(jsErr instanceof ClientJs.MastraClientError, `client-js error: ${jsErr}`)
    assert.equal(jsErr.status, status, 'client-js status (test premise)')
    assert.ok(nvErr instanceof Error, `native error is not an Error: ${nvErr}`)
    assert.ok(nvErr instanceof Native.MastraClientError, `native error is not the package's MastraClientError: ${nvErr?.name}: ${nvErr?.message}`)
    for (const key of ERROR_FIELDS) {
      if (!normalizeErrors.includes(key)) assert.deepStrictEqual(nvErr[key], jsErr[key], `error.${key}`)
    }
    if (normalizeErrors.length) {
      const fields = (err) => Object.fromEntries(normalizeErrors.map((key) => [key, err[key]]))
      same(fields(nvErr), fields(jsErr))
    }
  }

  /** Both clients' calls of `fn` reject with the same HTTP error, of `status`; resolves the native one. */
  async function sameRejection(fn, status) {
    const [jsErr, nvErr] = await both((c, side, m) => rejection(() => fn(c, side, m)))
    sameHttpError(nvErr, jsErr, status)
    return nvErr
  }

  return { start, stop, use, made, name, both, same, rejection, sameHttpError, sameRejection, readAll, chunksOf }
}
