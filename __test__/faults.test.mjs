// Faults against a loopback recording server: retries, HTTP errors (compared with
// @mastra/client-js 1.47.0 live), abort, timeouts, bad 2xx bodies, connection failures and
// streams. No assertion on speed: "promptly" means well before the 60 s backoff.

import { test, describe, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { createRequire } from 'node:module'
import { MastraClient as JsClient } from '@mastra/client-js'
import { startRecordingServer } from '../tools/recording-server.mjs'
import { rejection, within } from './support/settle.mjs'

const require = createRequire(import.meta.url)
const T = { timeout: 30_000 } // a guard against hangs only
const PROMPT_MS = 10_000 // "promptly": far below the 60 s backoff used in abort tests
const LONG_BACKOFF = 60_000

let srv
let Native

before(async () => {
  srv = await startRecordingServer()
  Native = require('../index.js')
})

after(async () => {
  await srv?.close()
})

beforeEach(() => srv.reset())

const client = (options = {}) => new Native.MastraClient({ baseUrl: srv.url, ...options })
const jsClient = (options = {}) => new JsClient({ baseUrl: srv.url, ...options })
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Like `rejection`, and also how long it took (for "well before the backoff" bounds). */
async function timedRejection(promise) {
  const started = Date.now()
  const err = await rejection(promise)
  return { err, elapsed: Date.now() - started }
}

/** A loopback port nobody listens on. */
async function closedPort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Asserts the native error matches client-js's for the same answer. */
function sameHttpError(nvErr, jsErr) {
  assert.equal(jsErr.name, 'MastraClientError', `client-js premise: ${jsErr}`)
  assert.ok(nvErr instanceof Native.MastraClientError, `native: ${nvErr?.name}: ${nvErr?.message}`)
  assert.ok(nvErr instanceof Error)
  for (const key of ['name', 'status', 'statusText', 'body', 'message']) {
    assert.deepStrictEqual(nvErr[key], jsErr[key], `error.${key}`)
  }
}

const SSE = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }

// ---------------------------------------------------------------------------
// Retries and HTTP errors
// ---------------------------------------------------------------------------

describe('retries and HTTP errors', () => {
  test('500, 500, then 200 → resolves; the server saw 3 requests', T, async () => {
    srv.queue({ status: 500, body: { error: 'a' } }, { status: 500, body: { error: 'b' } })
    srv.reply({ status: 200, body: { 'echo-agent': { name: 'Echo' } } })
    const value = await client({ backoffMs: 1 }).listAgents()
    assert.deepEqual(value, { 'echo-agent': { name: 'Echo' } })
    assert.equal(srv.requests.length, 3)
  })

  test('POST is retried on 5xx with the same body', T, async () => {
    srv.queue({ status: 502, body: 'bad gateway' })
    srv.reply({ status: 200, body: { text: 'ok' } })
    const value = await client({ backoffMs: 1 }).getAgent('a').generate('hé')
    assert.deepEqual(value, { text: 'ok' })
    assert.equal(srv.requests.length, 2)
    assert.equal(srv.requests[1].body, srv.requests[0].body)
    assert.equal(srv.requests[1].method, 'POST')
  })

  test('503 forever with retries: 2 → MastraClientError 503 after exactly 3 requests', T, async () => {
    srv.reply({ status: 503, body: { error: 'busy' } })
    const err = await rejection(client({ retries: 2, backoffMs: 1 }).listAgents())
    assert.ok(err instanceof Native.MastraClientError, String(err))
    assert.equal(err.status, 503)
    assert.equal(err.statusText, 'Service Unavailable')
    assert.deepEqual(err.body, { error: 'busy' })
    await sleep(100) // no late retry either
    assert.equal(srv.requests.length, 3)
  })

  test('404 → no retry, status/statusText/body/message exactly as client-js', T, async () => {
    srv.reply({ status: 404, body: { error: 'nope' } })
    const jsErr = await rejection(jsClient({ backoffMs: 1 }).getAgent('a').details())
    assert.equal(srv.requests.length, 1, 'client-js premise: no retry on 404')
    srv.reset()
    srv.reply({ status: 404, body: { error: 'nope' } })
    const err = await rejection(client({ backoffMs: 1 }).getAgent('a').details())
    assert.equal(srv.requests.length, 1)
    assert.equal(err.status, 404)
    assert.equal(err.statusText, 'Not Found')
    assert.deepEqual(err.body, { error: 'nope' })
    assert.equal(err.message, 'HTTP error! status: 404 - {"error":"nope"}')
    sameHttpError(err, jsErr)
  })

  test('a custom reason phrase (418, "Teapot Here") → statusText as client-js reports it', T, async () => {
    const answer = { status: 418, statusText: 'Teapot Here', body: { error: 'tea' } }
    srv.reply(answer)
    const jsErr = await rejection(jsClient().listAgents())
    srv.reset()
    srv.reply(answer)
    const err = await rejection(client().listAgents())
    sameHttpError(err, jsErr)
  })

  test('a non-JSON error body → `HTTP error! status: 500 - <text>`, body undefined, as client-js', T, async () => {
    const answer = { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal <b>oops</b> é' }
    srv.reply(answer)
    const jsErr = await rejection(jsClient({ retries: 0 }).listAgents())
    srv.reset()
    srv.reply(answer)
    const err = await rejection(client({ retries: 0 }).listAgents())
    assert.equal(err.message, 'HTTP error! status: 500 - Internal <b>oops</b> é')
    assert.equal(err.body, undefined)
    assert.equal(err.status, 500)
    sameHttpError(err, jsErr)
  })

  test('an empty error body → `HTTP error! status: 500`, as client-js', T, async () => {
    srv.reply({ status: 500, body: '' })
    const jsErr = await rejection(jsClient({ retries: 0 }).listAgents())
    srv.reset()
    srv.reply({ status: 500, body: '' })
    const err = await rejection(client({ retries: 0 }).listAgents())
    assert.equal(err.message, 'HTTP error! status: 500')
    sameHttpError(err, jsErr)
  })

  test('retries: 0 → one request', T, async () => {
    srv.reply({ status: 500, body: { error: 'x' } })
    const err = await rejection(client({ retries: 0 }).listAgents())
    assert.equal(err.status, 500)
    await sleep(100)
    assert.equal(srv.requests.length, 1)
  })

  test('a dropped connection is retried, then succeeds', T, async () => {
    srv.queue({ drop: true })
    srv.reply({ status: 200, body: { ok: 1 } })
    assert.deepEqual(await client({ backoffMs: 1 }).listAgents(), { ok: 1 })
    assert.equal(srv.requests.length, 2)
  })
})

// ---------------------------------------------------------------------------
// Abort and timeouts
// ---------------------------------------------------------------------------

describe('abort and timeout', () => {
  test('client abortSignal: abort during the backoff after the first 500 → the reason, promptly, 1 request', T, async () => {
    srv.reply({ status: 500, body: { error: 'x' } })
    const ac = new AbortController()
    const pending = client({ backoffMs: LONG_BACKOFF, abortSignal: ac.signal }).listAgents()
    await srv.waitForRequests(1)
    await sleep(100) // let the 500 reach the client: it is now waiting 60 s before a retry
    const started = Date.now()
    ac.abort()
    const err = await rejection(pending)
    assert.ok(Date.now() - started < PROMPT_MS, 'rejects well before the 60 s backoff')
    assert.equal(err, ac.signal.reason)
    assert.equal(err.name, 'AbortError')
    assert.equal(srv.requests.length, 1)
  })

  test('abort with a custom reason → rejects with that very reason', T, async () => {
    srv.reply({ status: 500, body: { error: 'x' } })
    const ac = new AbortController()
    const pending = client({ backoffMs: LONG_BACKOFF, abortSignal: ac.signal }).listAgents()
    await srv.waitForRequests(1)
    await sleep(100)
    const reason = new Error('user left')
    ac.abort(reason)
    const { err, elapsed } = await timedRejection(pending)
    assert.equal(err, reason)
    assert.ok(elapsed < PROMPT_MS + 1000)
    assert.equal(srv.requests.length, 1)
  })

  test('abort while the server hangs → rejects promptly; the server sees the connection close', T, async () => {
    srv.reply({ hang: true })
    const ac = new AbortController()
    const pending = client({ backoffMs: LONG_BACKOFF, abortSignal: ac.signal }).getAgent('a').details()
    const [req] = await srv.waitForRequests(1)
    const started = Date.now()
    ac.abort()
    const err = await rejection(pending)
    assert.ok(Date.now() - started < PROMPT_MS)
    assert.equal(err.name, 'AbortError')
    assert.equal(err, ac.signal.reason)
    await within(req.closedEarly, PROMPT_MS, 'the server sees the connection closed')
    assert.equal(srv.requests.length, 1)
  })

  test('an already-aborted signal → rejects without any request (client-wide and per call)', T, async () => {
    const reason = new Error('already gone')
    const err = await rejection(client({ abortSignal: AbortSignal.abort(reason) }).listAgents())
    assert.equal(err, reason)
    const err2 = await rejection(client().getAgent('a').generate('x', { abortSignal: AbortSignal.abort() }))
    assert.equal(err2.name, 'AbortError')
    await sleep(100)
    assert.equal(srv.requests.length, 0)
  })

  test("per-call abort: agent.generate('x', { abortSignal }) while hanging", T, async () => {
    srv.reply({ hang: true })
    const ac = new AbortController()
    const pending = client({ backoffMs: LONG_BACKOFF }).getAgent('a').generate('x', { abortSignal: ac.signal })
    const [req] = await srv.waitForRequests(1)
    ac.abort()
    const err = await rejection(within(pending, PROMPT_MS, 'generate rejects after abort'))
    assert.equal(err, ac.signal.reason)
    assert.equal(err.name, 'AbortError')
    await within(req.closedEarly, PROMPT_MS, 'the server sees the connection closed')
    assert.equal(JSON.parse(req.body).messages, 'x')
    assert.equal('abortSignal' in JSON.parse(req.body), false)
  })

  test('per-call abort does not affect other calls of the same client', T, async () => {
    srv.queue({ hang: true })
    srv.reply({ status: 200, body: { text: 'ok' } })
    const nv = client({ retries: 0 })
    const ac = new AbortController()
    const first = nv.getAgent('a').generate('x', { abortSignal: ac.signal })
    await srv.waitForRequests(1)
    ac.abort()
    await rejection(first)
    assert.deepEqual(await nv.getAgent('a').generate('y'), { text: 'ok' })
  })

  test('timeoutMs: 200 against a hanging server → TimeoutError', T, async () => {
    srv.reply({ hang: true })
    const { err, elapsed } = await timedRejection(client({ timeoutMs: 200, retries: 0 }).listAgents())
    assert.equal(err.name, 'TimeoutError', `${err?.name}: ${err?.message}`)
    assert.ok(elapsed < PROMPT_MS)
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('timeoutMs covers the backoff waits too', T, async () => {
    srv.reply({ status: 500, body: {} })
    const { err, elapsed } = await timedRejection(client({ timeoutMs: 300, backoffMs: LONG_BACKOFF }).listAgents())
    assert.equal(err.name, 'TimeoutError')
    assert.ok(elapsed < PROMPT_MS)
    assert.equal(srv.requests.length, 1)
  })
})

// ---------------------------------------------------------------------------
// Bad 2xx bodies and connection failures
// ---------------------------------------------------------------------------

describe('bad bodies and connection failures', () => {
  test('200 with body `not json` → MastraClientError naming 200 and the text; 1 request', T, async () => {
    srv.reply({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'not json' })
    const err = await rejection(client({ backoffMs: 1 }).listAgents())
    assert.ok(err instanceof Native.MastraClientError, `${err?.name}: ${err?.message}`)
    assert.match(err.message, /200/)
    assert.ok(err.message.includes('not json'), err.message)
    assert.doesNotMatch(err.message, /Unexpected token/)
    await sleep(100)
    assert.equal(srv.requests.length, 1)
  })

  test('200 with an empty body → a clear error mentioning empty; 1 request', T, async () => {
    srv.reply({ status: 200, body: '' })
    const err = await rejection(client({ backoffMs: 1 }).listAgents())
    assert.match(err.message, /empty/i)
    assert.doesNotMatch(err.message, /Unexpected end of JSON input/)
    await sleep(100)
    assert.equal(srv.requests.length, 1)
  })

  test('a long non-JSON 200 body is cut to an excerpt', T, async () => {
    srv.reply({ status: 200, body: `<html>${'x'.repeat(5000)}</html>` })
    const err = await rejection(client({ retries: 0 }).listAgents())
    assert.ok(err.message.includes('<html>'), err.message)
    assert.ok(err.message.length < 1000, `message length ${err.message.length}`)
  })

  test('201 with a JSON body resolves with it', T, async () => {
    srv.reply({ status: 201, body: { id: 't' } })
    assert.deepEqual(await client({ retries: 0 }).createMemoryThread({ agentId: 'a', resourceId: 'r' }), { id: 't' })
  })

  test('connection refused → TypeError naming method and path, without the credentials', T, async () => {
    const port = await closedPort()
    const nv = new Native.MastraClient({ baseUrl: `http://user:pass-s3cret@127.0.0.1:${port}`, retries: 1, backoffMs: 1 })
    const err = await rejection(nv.getAgent('a').details({ secretCtx: 'ctx-s3cret' }))
    assert.ok(err instanceof TypeError, `${err?.name}: ${err?.message}`)
    assert.ok(err.message.includes('GET'), err.message)
    assert.ok(err.message.includes('/api/agents/a'), err.message)
    assert.ok(!err.message.includes('pass-s3cret'), err.message)
    assert.ok(!err.message.includes('user:pass'), err.message)
    assert.ok(!err.message.includes('requestContext'), `no query in the message: ${err.message}`)
  })

  test('connection refused on POST names POST', T, async () => {
    const port = await closedPort()
    const nv = new Native.MastraClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 })
    const err = await rejection(nv.getAgent('a').generate('x'))
    assert.ok(err instanceof TypeError, String(err))
    assert.ok(err.message.includes('POST') && err.message.includes('/api/agents/a/generate'), err.message)
  })

  test('a dropped connection after all retries → TypeError', T, async () => {
    srv.reply({ drop: true })
    const err = await rejection(client({ retries: 1, backoffMs: 1 }).listAgents())
    assert.ok(err instanceof TypeError, `${err?.name}: ${err?.message}`)
    assert.ok(err.message.includes('/api/agents'), err.message)
    assert.equal(srv.requests.length, 2)
  })
})

// ---------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------

/** Chunks of `text` cut inside the first occurrence of `needle` (a multi-byte character). */
function splitInside(text, needle) {
  const bytes = Buffer.from(text, 'utf8')
  const at = bytes.indexOf(Buffer.from(needle, 'utf8'))
  assert.ok(at >= 0 && Buffer.byteLength(needle) > 1)
  return [bytes.subarray(0, at + 1), bytes.subarray(at + 1, at + 2), bytes.subarray(at + 2)]
}

describe('streams', () => {
  test("SSE with '€' split across chunks → 'h€llo' exactly once; [DONE] ends it", T, async () => {
    const text = 'data: {"type":"text-delta","payload":{"text":"h€llo"}}\n\ndata: [DONE]\n\n'
    const chunks = splitInside(text, '€')
    // After [DONE] the server keeps the response open and sends one more event: only
    // [DONE] can end processDataStream, and nothing after it is delivered.
    chunks.push('data: {"type":"text-delta","payload":{"text":"late"}}\n\n')
    srv.reply({ status: 200, headers: SSE, chunks, delayMs: 30, hangAfter: true })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    assert.equal(response.status, 200)
    const seen = []
    await within(response.processDataStream({ onChunk: (c) => seen.push(c) }), PROMPT_MS, '[DONE] ends the stream')
    assert.deepEqual(seen, [{ type: 'text-delta', payload: { text: 'h€llo' } }])
  })

  test('a 4-byte character split across three chunks survives', T, async () => {
    const text = 'data: {"type":"text-delta","payload":{"text":"a😀b"}}\n\n'
    const bytes = Buffer.from(text, 'utf8')
    const at = bytes.indexOf(Buffer.from('😀'))
    const chunks = [bytes.subarray(0, at + 1), bytes.subarray(at + 1, at + 2), bytes.subarray(at + 2, at + 3), bytes.subarray(at + 3)]
    srv.reply({ status: 200, headers: SSE, chunks, delayMs: 20 })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const seen = []
    await response.processDataStream({ onChunk: (c) => seen.push(c.payload.text) })
    assert.deepEqual(seen, ['a😀b'])
  })

  test('the response body as text is the events as received, without [DONE]', T, async () => {
    const events = 'data: {"type":"start"}\n\ndata: {"type":"text-delta","payload":{"text":"é"}}\n\n'
    srv.reply({ status: 200, headers: SSE, chunks: splitInside(`${events}data: [DONE]\n\n`, 'é'), delayMs: 10 })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    assert.equal(await response.text(), events)
  })

  test('an invalid JSON event → processDataStream rejects with a clear error and an excerpt', T, async () => {
    srv.reply({
      status: 200,
      headers: SSE,
      chunks: ['data: {"type":"start"}\n\n', 'data: {oops not-json}\n\n', 'data: [DONE]\n\n'],
      delayMs: 10,
    })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const seen = []
    const err = await rejection(response.processDataStream({ onChunk: (c) => seen.push(c.type) }))
    assert.ok(err.message.includes('{oops not-json}'), err.message)
    assert.match(err.message, /JSON/)
    assert.deepEqual(seen, ['start'])
  })

  test('per-call abort mid-stream → processDataStream rejects with the reason; the server sees the close', T, async () => {
    srv.reply({
      status: 200,
      headers: SSE,
      chunks: ['data: {"type":"text-delta","payload":{"text":"one"}}\n\n'],
      hangAfter: true, // the stream stays open
    })
    const ac = new AbortController()
    const response = await client({ retries: 0 }).getAgent('a').stream('hi', { abortSignal: ac.signal })
    const req = srv.requests[0]
    const reason = new Error('stop streaming')
    const seen = []
    const err = await rejection(
      within(
        response.processDataStream({
          onChunk: (c) => {
            seen.push(c.payload.text)
            ac.abort(reason)
          },
        }),
        PROMPT_MS,
        'processDataStream rejects after abort',
      ),
    )
    assert.equal(err, reason)
    assert.deepEqual(seen, ['one'])
    await within(req.closedEarly, PROMPT_MS, 'the server sees the stream connection closed')
  })

  test('abort while waiting for the next event (no onChunk involved) → rejects, connection closed', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: ['data: {"type":"start"}\n\n'], hangAfter: true })
    const ac = new AbortController()
    const response = await client({ retries: 0 }).getAgent('a').stream('hi', { abortSignal: ac.signal })
    const req = srv.requests[0]
    const done = response.processDataStream({ onChunk: () => {} })
    await sleep(100)
    ac.abort()
    const err = await rejection(within(done, PROMPT_MS, 'rejects after abort'))
    assert.equal(err.name, 'AbortError')
    await within(req.closedEarly, PROMPT_MS, 'the server sees the stream connection closed')
  })

  test('abort while the stream is opening (no headers yet) → the reason; connection closed', T, async () => {
    srv.reply({ hang: true })
    const ac = new AbortController()
    const opening = client({ retries: 0 }).getAgent('a').stream('hi', { abortSignal: ac.signal })
    const [req] = await srv.waitForRequests(1)
    const reason = new Error('give up')
    ac.abort(reason)
    const err = await rejection(within(opening, PROMPT_MS, 'stream() rejects after abort'))
    assert.equal(err, reason)
    await within(req.closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('onChunk that throws on an open stream → the connection is closed too', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: ['data: {"type":"a"}\n\n'], hangAfter: true })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const req = srv.requests[0]
    const boom = new Error('stop here')
    const err = await rejection(
      response.processDataStream({
        onChunk: () => {
          throw boom
        },
      }),
    )
    assert.equal(err, boom)
    await within(req.closedEarly, PROMPT_MS, 'the server sees the stream connection closed')
  })

  test('response.body.cancel() on an open stream → the connection is closed', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: ['data: {"type":"a"}\n\n'], hangAfter: true })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const req = srv.requests[0]
    const reader = response.body.getReader()
    const first = await reader.read()
    assert.equal(new TextDecoder().decode(first.value), 'data: {"type":"a"}\n\n')
    await reader.cancel()
    await within(req.closedEarly, PROMPT_MS, 'the server sees the stream connection closed')
  })

  test('an error status on stream → MastraClientError, as client-js', T, async () => {
    srv.reply({ status: 404, body: { error: 'no agent' } })
    const jsErr = await rejection(jsClient({ retries: 0 }).getAgent('a').stream('hi'))
    srv.reset()
    srv.reply({ status: 404, body: { error: 'no agent' } })
    const err = await rejection(client({ retries: 0 }).getAgent('a').stream('hi'))
    assert.equal(err.status, 404)
    sameHttpError(err, jsErr)
    assert.equal(srv.requests.length, 1)
  })

  test('a 5xx on stream is retried before the stream opens', T, async () => {
    srv.queue({ status: 500, body: { error: 'x' } })
    srv.reply({ status: 200, headers: SSE, body: 'data: {"type":"start"}\n\ndata: [DONE]\n\n' })
    const response = await client({ backoffMs: 1 }).getAgent('a').stream('hi')
    const seen = []
    await response.processDataStream({ onChunk: (c) => seen.push(c.type) })
    assert.deepEqual(seen, ['start'])
    assert.equal(srv.requests.length, 2)
  })

  test('onChunk that throws → processDataStream rejects with that error', T, async () => {
    srv.reply({
      status: 200,
      headers: SSE,
      chunks: ['data: {"type":"a"}\n\n', 'data: {"type":"b"}\n\n', 'data: [DONE]\n\n'],
      delayMs: 10,
    })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const boom = new Error('onChunk failed')
    const seen = []
    const err = await rejection(
      response.processDataStream({
        onChunk: (c) => {
          seen.push(c.type)
          throw boom
        },
      }),
    )
    assert.equal(err, boom)
    assert.deepEqual(seen, ['a'])
  })

  test('an async onChunk that rejects → processDataStream rejects with that error', T, async () => {
    srv.reply({ status: 200, headers: SSE, body: 'data: {"type":"a"}\n\ndata: [DONE]\n\n' })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const boom = new Error('async onChunk failed')
    const err = await rejection(
      response.processDataStream({
        onChunk: async () => {
          await sleep(5)
          throw boom
        },
      }),
    )
    assert.equal(err, boom)
  })

  test('a stream that ends without [DONE] resolves after the last event', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: ['data: {"type":"a"}\n\n', 'data: {"type":"b"}\n\n'], delayMs: 10 })
    const response = await client({ retries: 0 }).getAgent('a').stream('hi')
    const seen = []
    await response.processDataStream({ onChunk: (c) => seen.push(c.type) })
    assert.deepEqual(seen, ['a', 'b'])
  })
})
