// Streams in depth, on a scripted loopback server: SSE and `\x1E` framing edge cases (CRLF,
// multi-line data, comments, event/id fields, split UTF-8, a record over the bound, bad JSON,
// a connection dropped mid-record), backpressure, in-band error chunks, abort at each phase
// (the server asserts it saw the close), the idle timeout, and 1,000 concurrent streams.
// Where client-js behaves the same, both clients read the same script and are compared.

import { test, describe, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { MastraClient as JsClient } from '@mastra/client-js'
import { startRecordingServer } from '../tools/recording-server.mjs'
import { rejection, within } from './support/settle.mjs'

const require = createRequire(import.meta.url)
const T = { timeout: 60_000 } // a guard against hangs only
const PROMPT_MS = 10_000

let srv
let Native

before(async () => {
  srv = await startRecordingServer()
  Native = require('../index.js')
})
after(() => srv?.close())
beforeEach(() => srv.reset())

const client = (options = {}) => new Native.MastraClient({ baseUrl: srv.url, retries: 0, ...options })
const jsClient = (options = {}) => new JsClient({ baseUrl: srv.url, retries: 0, ...options })
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const SSE = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }
const event = (chunk) => `data: ${JSON.stringify(chunk)}\n\n`
const record = (chunk) => `${JSON.stringify(chunk)}\x1e`

/** Answers `create-run` with a run id and every other request with `answer`. */
function script(answer) {
  srv.reply((req) => (req.url.includes('/create-run') ? { status: 200, body: { runId: 'r1' } } : answer))
}

/** Every value of a web stream, in order. */
async function readAll(stream) {
  const values = []
  for await (const value of stream) values.push(value)
  return values
}

/** The chunks `processDataStream` hands to onChunk. */
async function chunksOf(response) {
  const seen = []
  await response.processDataStream({ onChunk: async (c) => void seen.push(c) })
  return seen
}

const agentStream = (c, options) => c.getAgent('a').stream('hi', options)
const runStream = async (c) => (await c.getWorkflow('w').createRun({ runId: 'r1' })).stream({ inputData: {} })
const backgroundTasks = (c) => c.streamBackgroundTasks()

/** The bytes of `text` cut into reads of `size` bytes (cutting UTF-8 characters apart). */
function reads(text, size) {
  const bytes = Buffer.from(text, 'utf8')
  const out = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

// ---------------------------------------------------------------------------
// Framing
// ---------------------------------------------------------------------------

describe('framing', () => {
  const fields =
    ': keep-alive\r\n\r\n' +
    'event: chunk\r\nid: 1\r\nretry: 500\r\ndata: {"type":"text-delta",\r\ndata: "payload":{"text":"a😀"}}\r\n\r\n' +
    ':comment\nid: 2\n\n' +
    'data:{"type":"finish"}\n\n'
  const parsed = [{ type: 'text-delta', payload: { text: 'a😀' } }, { type: 'finish' }]

  test('SSE by the rules: CRLF, multi-line data, comments, event/id/retry fields, no space after the colon', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: reads(`${fields}data: [DONE]\n\n`, 7), delayMs: 1 })
    assert.deepEqual(await chunksOf(await agentStream(client())), parsed)
  })

  test('streamBackgroundTasks reads the same events as client-js, read for read', T, async () => {
    const answer = { status: 200, headers: SSE, chunks: reads(`${fields}data: [DONE]\n\ndata: {"after":"done"}\n\n`, 5), delayMs: 1 }
    srv.reply(answer)
    const js = await readAll(await backgroundTasks(jsClient()))
    srv.reply(answer)
    const native = await readAll(await backgroundTasks(client()))
    // client-js's SSE transform skips `[DONE]` there and reads on.
    assert.deepEqual(native, [...parsed, { after: 'done' }])
    assert.deepEqual(native, js)
  })

  test('the Response body stays the bytes as received (without [DONE]), as a readable web stream', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: reads(`${fields}data: [DONE]\n\n`, 3), delayMs: 1 })
    const response = await agentStream(client())
    const text = []
    await response.body.pipeThrough(new TextDecoderStream()).pipeTo(new WritableStream({ write: (t) => void text.push(t) }))
    assert.equal(text.join(''), fields)
  })

  test('workflow records split inside UTF-8 characters, empty records and a last record without separator: as client-js', T, async () => {
    const records = [{ type: 'workflow-start' }, { type: 'step', payload: { text: 'é 東京 😀' } }, { type: 'workflow-finish' }]
    const body = `${record(records[0])}\x1e${record(records[1])}${JSON.stringify(records[2])}`
    const answer = { status: 200, chunks: reads(body, 3), delayMs: 1 }
    script(answer)
    const js = await readAll(await runStream(jsClient()))
    script(answer)
    const native = await readAll(await runStream(client()))
    assert.deepEqual(native, records)
    assert.deepEqual(native, js)
  })

  test('a record over maxStreamRecordBytes → RangeError naming the option; the connection is closed', T, async () => {
    script({ status: 200, chunks: [record({ a: 1 }), `{"big":"${'x'.repeat(5000)}`], hangAfter: true, delayMs: 5 })
    const stream = await runStream(client({ maxStreamRecordBytes: 4096 }))
    const reader = stream.getReader()
    assert.deepEqual((await reader.read()).value, { a: 1 })
    const err = await rejection(reader.read())
    assert.ok(err instanceof RangeError, String(err))
    assert.match(err.message, /larger than 4096 bytes \(maxStreamRecordBytes\)/)
    const streamReq = srv.requests.find((r) => r.url.includes('/stream'))
    await within(streamReq.closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('the default bound is 16 MiB: a 17 MiB event is refused, a 1 MiB one read', T, async () => {
    const mib = 'y'.repeat(1 << 20)
    const huge = Array.from({ length: 17 }, () => mib)
    srv.reply({ status: 200, headers: SSE, chunks: [event({ text: mib }), 'data: {"text":"', ...huge, '"}\n\n'], hangAfter: true, delayMs: 1 })
    const seen = []
    const err = await rejection(agentStream(client()).then((r) => r.processDataStream({ onChunk: (c) => seen.push(c.text.length) })))
    assert.deepEqual(seen, [1 << 20])
    assert.ok(err instanceof RangeError && /16777216 bytes \(maxStreamRecordBytes\)/.test(err.message), String(err))
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('maxStreamRecordBytes and streamIdleTimeoutMs are validated at construction, naming themselves', () => {
    for (const [name, value] of [
      ['maxStreamRecordBytes', 0],
      ['maxStreamRecordBytes', 1.5],
      ['maxStreamRecordBytes', 2 ** 40],
      ['streamIdleTimeoutMs', 0],
      ['streamIdleTimeoutMs', -5],
      ['streamIdleTimeoutMs', Infinity],
    ]) {
      assert.throws(() => client({ [name]: value }), (err) => err instanceof RangeError && err.message.includes(name), `${name}: ${value}`)
    }
    for (const name of ['maxStreamRecordBytes', 'streamIdleTimeoutMs', 'timeoutMs']) {
      assert.throws(() => client({ [name]: '100' }), (err) => err instanceof TypeError && err.message.includes(`options.${name} must be a number`), name)
    }
  })
})

// ---------------------------------------------------------------------------
// Bad records, dropped connections, error chunks
// ---------------------------------------------------------------------------

describe('bad records and failures', () => {
  test('bad JSON in a workflow stream → SyntaxError after the good records, as client-js (whose message differs)', T, async () => {
    const answer = { status: 200, chunks: [record({ a: 1 }), '{not json}\x1e', record({ b: 2 })], delayMs: 5 }
    script(answer)
    const jsErr = await rejection(runStream(jsClient()).then(readAll))
    script(answer)
    const stream = await runStream(client())
    const seen = []
    const err = await rejection((async () => {
      for await (const value of stream) seen.push(value)
    })())
    assert.deepEqual(seen, [{ a: 1 }])
    assert.ok(jsErr instanceof SyntaxError && err instanceof SyntaxError, `${jsErr} / ${err}`)
    assert.match(err.message, /stream record is not valid JSON: "\{not json\}"/)
  })

  test('bad JSON in the same read as good records → the good ones first, then the SyntaxError', T, async () => {
    script({ status: 200, body: `${record({ a: 1 })}${record({ b: 2 })}{not json}\x1e${record({ c: 3 })}` })
    const seen = []
    const err = await rejection((async () => {
      for await (const value of await runStream(client())) seen.push(value)
    })())
    assert.deepEqual(seen, [{ a: 1 }, { b: 2 }])
    assert.ok(err instanceof SyntaxError, String(err))
  })

  test('bad JSON in an agent stream → processDataStream rejects (client-js logs it and skips it)', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: [event({ type: 'a' }), 'data: {oops\n\n', event({ type: 'b' })], delayMs: 5 })
    const seen = []
    const err = await rejection(agentStream(client()).then((r) => r.processDataStream({ onChunk: (c) => seen.push(c.type) })))
    assert.ok(err instanceof SyntaxError)
    assert.match(err.message, /processDataStream: a stream event is not valid JSON: "\{oops"/)
    assert.deepEqual(seen, ['a'])
  })

  test('a connection dropped mid-record → TypeError naming the call; the records before it were delivered', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: [event({ type: 'a' }), 'data: {"type":"b"'], dropAfter: true, delayMs: 5 })
    const seen = []
    const err = await rejection(agentStream(client()).then((r) => r.processDataStream({ onChunk: (c) => seen.push(c.type) })))
    assert.deepEqual(seen, ['a'])
    assert.ok(err instanceof TypeError, String(err))
    assert.match(err.message, /POST \S*\/api\/agents\/a\/stream failed while reading the response body/)
  })

  test('an in-band {"type":"error"} chunk is delivered like any chunk and the stream reads on, as client-js', T, async () => {
    const chunks = [{ type: 'start' }, { type: 'error', payload: { error: { message: 'model failed' } } }, { type: 'finish' }]
    const answer = { status: 200, headers: SSE, chunks: [...chunks.map(event), 'data: [DONE]\n\n'], delayMs: 2 }
    srv.reply(answer)
    const js = await chunksOf(await agentStream(jsClient()))
    srv.reply(answer)
    const native = await chunksOf(await agentStream(client()))
    assert.deepEqual(native, chunks)
    assert.deepEqual(native, js)
  })
})

// ---------------------------------------------------------------------------
// Backpressure, iteration, slow streams and the idle timeout
// ---------------------------------------------------------------------------

describe('backpressure, iteration and time', () => {
  test('processDataStream awaits an async onChunk before the next one, in order', T, async () => {
    const sent = Array.from({ length: 20 }, (_, i) => ({ i }))
    srv.reply({ status: 200, headers: SSE, body: sent.map(event).join('') })
    const response = await agentStream(client())
    let running = 0
    const seen = []
    await response.processDataStream({
      onChunk: async (c) => {
        assert.equal(running++, 0, 'onChunk calls never overlap')
        await sleep(2)
        seen.push(c.i)
        running--
      },
    })
    assert.deepEqual(seen, sent.map((c) => c.i))
  })

  test('a slow consumer does not read ahead: the server is held back until onChunk lets go', T, async () => {
    // 64 MiB of events, far more than socket buffers hold: a client that reads ahead
    // would take them all while the first onChunk is pending.
    const big = event({ text: 'z'.repeat(64 * 1024) })
    const total = 1024
    let delivered = 0
    let release
    const gate = new Promise((r) => (release = r))
    srv.reply({ status: 200, headers: SSE, chunks: Array.from({ length: total }, () => big), delayMs: 0 })
    const response = await agentStream(client())
    const done = response.processDataStream({
      onChunk: async () => {
        if (++delivered === 1) await gate
      },
    })
    await sleep(500)
    const req = srv.requests[0]
    assert.equal(delivered, 1, 'no chunk is delivered while onChunk is pending')
    assert.ok(req.written < total / 2, `the server could write only ${req.written} of ${total} events meanwhile`)
    release()
    await within(done, PROMPT_MS, 'the stream finishes after onChunk lets go')
    assert.equal(delivered, total)
  })

  test('for await (const chunk of response) gives the chunks processDataStream gives; break closes the connection', T, async () => {
    srv.reply({ status: 200, headers: SSE, body: [{ n: 1 }, { n: 2 }].map(event).join('') + 'data: [DONE]\n\n' })
    const all = []
    for await (const chunk of await agentStream(client())) all.push(chunk)
    assert.deepEqual(all, [{ n: 1 }, { n: 2 }])

    srv.reset()
    srv.reply({ status: 200, headers: SSE, chunks: [event({ n: 1 }), event({ n: 2 })], hangAfter: true })
    for await (const chunk of await agentStream(client())) {
      assert.deepEqual(chunk, { n: 1 })
      break
    }
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('slow chunks within streamIdleTimeoutMs (keep-alive comments count) → the whole stream', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: [event({ n: 1 }), ': ping\n\n', event({ n: 2 }), ': ping\n\n', event({ n: 3 })], delayMs: 150 })
    const seen = await chunksOf(await agentStream(client({ streamIdleTimeoutMs: 400 })))
    assert.deepEqual(seen, [{ n: 1 }, { n: 2 }, { n: 3 }])
  })

  test('time spent in onChunk does not count toward streamIdleTimeoutMs', T, async () => {
    // The server pauses 500 ms between events, while the client is inside onChunk.
    srv.reply({ status: 200, headers: SSE, chunks: [event({ n: 1 }), event({ n: 2 })], delayMs: 500 })
    const seen = []
    const response = await agentStream(client({ streamIdleTimeoutMs: 400 }))
    await response.processDataStream({
      onChunk: async (c) => {
        seen.push(c.n)
        if (c.n === 1) await sleep(800)
      },
    })
    assert.deepEqual(seen, [1, 2])
  })

  test('a stalled stream → TimeoutError naming streamIdleTimeoutMs; the connection is closed', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: [event({ n: 1 })], hangAfter: true })
    const seen = []
    const err = await rejection(agentStream(client({ streamIdleTimeoutMs: 200 })).then((r) => r.processDataStream({ onChunk: (c) => seen.push(c.n) })))
    assert.deepEqual(seen, [1])
    assert.equal(err.name, 'TimeoutError')
    assert.match(err.message, /nothing for 200 ms \(streamIdleTimeoutMs\)/)
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('the idle timeout ends stalled workflow and raw streams too', T, async () => {
    script({ status: 200, chunks: [record({ a: 1 })], hangAfter: true })
    const err = await rejection(runStream(client({ streamIdleTimeoutMs: 150 })).then(readAll))
    assert.equal(err.name, 'TimeoutError')
    srv.reset()
    srv.reply({ status: 200, chunks: ['0:"x"\n'], hangAfter: true })
    const response = await client({ streamIdleTimeoutMs: 150 }).getAgent('a').streamLegacy({ messages: 'hi' })
    const rawErr = await rejection(response.text())
    assert.equal(rawErr.name, 'TimeoutError')
  })
})

// ---------------------------------------------------------------------------
// Abort at each phase
// ---------------------------------------------------------------------------

describe('abort at each phase', () => {
  const hanging = { status: 200, headers: SSE, chunks: [event({ n: 1 }), event({ n: 2 })], hangAfter: true, delayMs: 5 }

  /** The stream request the server saw. */
  const streamRequest = () => srv.requests.find((r) => !r.url.includes('/create-run'))

  /** A client and a call options object for `where` ('client' or 'call') with `signal`. */
  const setups = {
    client: (signal) => [client({ abortSignal: signal }), undefined],
    call: (signal) => [client(), { abortSignal: signal }],
  }

  for (const [where, setup] of Object.entries(setups)) {
    test(`${where} signal already aborted → the reason, and nothing is sent`, T, async () => {
      srv.reply(hanging)
      const reason = new Error('before')
      const [c, options] = setup(AbortSignal.abort(reason))
      assert.equal(await rejection(agentStream(c, options)), reason)
      assert.equal(srv.requests.length, 0)
    })

    test(`${where} signal while opening (no headers yet) → the reason; the server sees the close`, T, async () => {
      srv.reply({ hang: true })
      const ac = new AbortController()
      const [c, options] = setup(ac.signal)
      const opening = agentStream(c, options)
      const [req] = await srv.waitForRequests(1)
      ac.abort()
      assert.equal((await rejection(opening)).name, 'AbortError')
      await within(req.closedEarly, PROMPT_MS, 'the server sees the connection closed')
    })

    test(`${where} signal after opening, before reading → the server sees the close; reading rejects`, T, async () => {
      srv.reply(hanging)
      const ac = new AbortController()
      const [c, options] = setup(ac.signal)
      const response = await agentStream(c, options)
      ac.abort()
      await within(streamRequest().closedEarly, PROMPT_MS, 'the server sees the connection closed')
      const onChunk = () => assert.fail('no chunk after abort')
      assert.equal((await rejection(response.processDataStream({ onChunk }))).name, 'AbortError')
    })

    test(`${where} signal during onChunk → no further onChunk; rejects with the reason; the server sees the close`, T, async () => {
      srv.reply({ ...hanging, chunks: [[{ n: 1 }, { n: 2 }].map(event).join('')] })
      const ac = new AbortController()
      const [c, options] = setup(ac.signal)
      const response = await agentStream(c, options)
      const reason = new Error('stop')
      const seen = []
      const err = await rejection(
        response.processDataStream({
          onChunk: async (chunk) => {
            seen.push(chunk.n)
            ac.abort(reason)
            await sleep(20)
          },
        }),
      )
      assert.equal(err, reason)
      assert.deepEqual(seen, [1], 'the second chunk of the same read is not delivered')
      await within(streamRequest().closedEarly, PROMPT_MS, 'the server sees the connection closed')
    })

    test(`${where} signal while waiting for the next chunk → rejects; the server sees the close`, T, async () => {
      srv.reply(hanging)
      const ac = new AbortController()
      const [c, options] = setup(ac.signal)
      const response = await agentStream(c, options)
      const seen = []
      const reading = response.processDataStream({ onChunk: (chunk) => seen.push(chunk.n) })
      await sleep(100)
      ac.abort()
      assert.equal((await rejection(reading)).name, 'AbortError')
      assert.deepEqual(seen, [1, 2])
      await within(streamRequest().closedEarly, PROMPT_MS, 'the server sees the connection closed')
    })
  }

  test('client signal during a workflow stream → the stream errors with the reason; the server sees the close', T, async () => {
    script({ status: 200, chunks: [record({ a: 1 }) + record({ b: 2 })], hangAfter: true })
    const ac = new AbortController()
    const stream = await runStream(client({ abortSignal: ac.signal }))
    const reader = stream.getReader()
    assert.deepEqual((await reader.read()).value, { a: 1 })
    const reason = new Error('stop the run stream')
    ac.abort(reason)
    assert.equal(await rejection(reader.read()), reason, 'values not read yet are dropped')
    await within(streamRequest().closedEarly, PROMPT_MS, 'the server sees the connection closed')
  })

  test('client signal during a background-task event stream and during a raw body read', T, async () => {
    srv.reply({ status: 200, headers: SSE, chunks: [event({ e: 1 })], hangAfter: true })
    const ac = new AbortController()
    const events = (await backgroundTasks(client({ abortSignal: ac.signal }))).getReader()
    assert.deepEqual((await events.read()).value, { e: 1 })
    ac.abort()
    assert.equal((await rejection(events.read())).name, 'AbortError')
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the events connection closed')

    srv.reset()
    srv.reply({ status: 200, chunks: ['0:"x"\n'], hangAfter: true })
    const ac2 = new AbortController()
    const response = await client({ abortSignal: ac2.signal }).getAgent('a').streamLegacy({ messages: 'hi' })
    const body = response.body.getReader()
    await body.read()
    ac2.abort()
    assert.equal((await rejection(body.read())).name, 'AbortError')
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the raw connection closed')
  })
  test('A2A sendMessageStream and responses.stream: a client abort rejects, an early break closes; the server sees both', T, async () => {
    const rpc = (n) => `data: ${JSON.stringify({ jsonrpc: '2.0', id: 1, result: { kind: 'status-update', n } })}\n\n`
    srv.reply({ status: 200, headers: SSE, chunks: [rpc(1), rpc(2)], hangAfter: true, delayMs: 5 })
    const ac = new AbortController()
    const events = client({ abortSignal: ac.signal }).getA2A('a').sendMessageStream({ message: { role: 'user', parts: [], kind: 'message', messageId: 'm' } })
    assert.equal((await events.next()).value.n, 1)
    assert.equal((await events.next()).value.n, 2)
    const pending = events.next()
    ac.abort()
    assert.equal((await rejection(pending)).name, 'AbortError')
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the A2A connection closed')

    srv.reset()
    const delta = (n) => `event: response.output_text.delta\ndata: ${JSON.stringify({ type: 'response.output_text.delta', delta: String(n) })}\n\n`
    srv.reply({ status: 200, headers: SSE, chunks: [delta(1), delta(2)], hangAfter: true, delayMs: 5 })
    const stream = await client().responses.stream({ model: 'm', input: 'hi' })
    for await (const e of stream) {
      assert.equal(e.delta, '1')
      break
    }
    await within(srv.requests[0].closedEarly, PROMPT_MS, 'the server sees the responses connection closed')
  })
})

// ---------------------------------------------------------------------------
// Many streams at once
// ---------------------------------------------------------------------------

describe('concurrency', () => {
  test('1,000 concurrent agent and workflow streams each get their own chunks, whole and in order', T, async () => {
    srv.reply((req) => {
      if (req.url.includes('/create-run')) return { status: 200, body: { runId: 'r1' } }
      const id = JSON.parse(req.body || '{}').messages ?? req.url
      if (req.url.includes('/agents/')) {
        const events = Array.from({ length: 5 }, (_, i) => event({ id, i, text: 'é😀'.repeat(i) }))
        return { status: 200, headers: SSE, chunks: reads(events.join('') + 'data: [DONE]\n\n', 37), delayMs: 2 }
      }
      const body = Array.from({ length: 5 }, (_, i) => record({ id: req.url, i })).join('')
      return { status: 200, chunks: reads(body, 11), delayMs: 2 }
    })
    const c = client()
    const run = c.getWorkflow('w').createRun({ runId: 'r1' })
    const agentOne = async (k) => {
      const response = await c.getAgent('a').stream(`s${k}`)
      const seen = await chunksOf(response)
      assert.deepEqual(seen, Array.from({ length: 5 }, (_, i) => ({ id: `s${k}`, i, text: 'é😀'.repeat(i) })))
    }
    const runOne = async () => {
      const records = await readAll(await (await run).stream({ inputData: {} }))
      assert.equal(records.length, 5)
      assert.deepEqual(records.map((r) => r.i), [0, 1, 2, 3, 4])
    }
    await Promise.all(Array.from({ length: 1000 }, (_, k) => (k % 2 ? runOne() : agentOne(k))))
    assert.equal(srv.requests.filter((r) => r.url.includes('/stream')).length, 1000)
  })
})
