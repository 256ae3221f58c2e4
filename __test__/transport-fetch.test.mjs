// The fetch transport (lib/transport/fetch.js) and its framer (lib/transport/framer.js):
// the framer's cases are those of the native framer (src/core/framing.rs), same inputs and
// same outputs; the transport runs against small node:http servers started here on
// loopback, which count tries, record what they received and see connections close.

import { test, describe, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import net from 'node:net'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { createFramer } = require('../lib/transport/framer.js')
const { createFetchTransport } = require('../lib/transport/fetch.js')

const T = { timeout: 20_000 } // a guard against hangs only
const BIG = 16 * 1024 * 1024
const enc = new TextEncoder()
const bytes = (s) => (typeof s === 'string' ? enc.encode(s) : Uint8Array.from(s))
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** `promise`, or a rejection naming `what` after `ms`. */
function within(promise, ms, what) {
  let timer
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not settled within ${ms} ms`)), ms)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

// ---------------------------------------------------------------------------------------
// Framer
// ---------------------------------------------------------------------------------------

/** The batches of pushing `chunks` then finishing (as framing.rs's `run`), and `done`. */
function run(framing, payloads, chunks, max = BIG) {
  const framer = createFramer(framing, max)
  const batches = chunks.map((chunk) => framer.push(bytes(chunk), payloads))
  batches.push(framer.finish(payloads))
  return { batches, done: framer.done }
}
const payloadsOf = (framing, chunks) => run(framing, true, chunks).batches.join('')

/** The error thrown by `fn`. */
function thrown(fn) {
  try {
    fn()
  } catch (err) {
    return err
  }
  assert.fail('expected a FrameError')
}

describe('framer (cases of framing.rs)', () => {
  test('sse events are cut at blank lines and [DONE] ends', () => {
    let { batches, done } = run('sse', false, ['data: {"a":1}\n\ndata: {"b"', ':2}\n', '\ndata: [DONE]\n\ndata: late\n\n'])
    assert.deepEqual(batches, ['data: {"a":1}\n\n', '', 'data: {"b":2}\n\n', ''])
    assert.equal(done, true)
    ;({ batches, done } = run('sse-as-received', false, ['data: {"a":1}\n\ndata: [DONE]\r\n\r\ndata: late\n\n']))
    assert.equal(batches.join(''), 'data: {"a":1}\n\ndata: [DONE]\r\n\r\n')
    assert.equal(done, true)
    ;({ batches } = run('sse-as-received', true, ['data: {"a":1}\n\ndata: [DONE]\n\n']))
    assert.equal(batches.join(''), '{"a":1}\x1e')
    ;({ batches, done } = run('sse', true, ['data: {"a":1}\n\ndata: [DONE]\n\ndata: 2\n\n']))
    assert.equal(batches.join(''), '{"a":1}\x1e')
    assert.equal(done, true)
  })

  test('events framing skips [DONE] and reads on', () => {
    assert.equal(payloadsOf('events', ['data: 1\n\ndata: [DONE]\n\ndata: 2\n\n']), '1\x1e2\x1e')
    const { batches, done } = run('events', false, ['data: 1\n\ndata: [DONE]\n\ndata: 2\n\n'])
    assert.equal(batches.join(''), 'data: 1\n\ndata: 2\n\n')
    assert.equal(done, false)
  })

  test('CRLF, multi-line data, comments and other fields', () => {
    const stream = ': keep-alive\r\n\r\nevent: chunk\r\nid: 7\r\nretry: 10\r\ndata: {"a":\r\ndata:1}\r\n\r\ndata\n\n:only a comment\nid: 8\n\n'
    assert.equal(payloadsOf('sse', [stream]), '{"a":\n1}\x1e\x1e')
    // Frames are handed on as received, comments included.
    assert.equal(run('sse', false, [stream]).batches.join(''), stream)
  })

  test('every split of a CRLF stream gives the same payloads', () => {
    const stream = bytes('data: {"t":"héllo 😀"}\r\n\r\n: c\r\ndata: [1,\r\ndata: 2]\r\n\r\n')
    for (let split = 1; split < stream.length; split++) {
      assert.equal(payloadsOf('sse', [stream.slice(0, split), stream.slice(split)]), '{"t":"héllo 😀"}\x1e[1,\n2]\x1e', `split at ${split}`)
    }
  })

  test('a multi-byte character split across chunks survives (every boundary, and byte by byte)', () => {
    const text = 'data: {"t":"héllo 😀"}\n\n'
    const all = bytes(text)
    for (let split = 1; split < all.length; split++) {
      assert.equal(run('sse', false, [all.slice(0, split), all.slice(split)]).batches.join(''), text, `split at ${split}`)
    }
    const one = Array.from(all, (b) => [b])
    assert.equal(run('sse', false, one).batches.join(''), text)
    assert.equal(run('sse', true, one).batches.join(''), '{"t":"héllo 😀"}\x1e')
    const records = bytes('{"t":"ü😀€"}\x1e{"u":"ß"}\x1e')
    for (let split = 1; split < records.length; split++) {
      assert.equal(payloadsOf('records', [records.slice(0, split), records.slice(split)]), '{"t":"ü😀€"}\x1e{"u":"ß"}\x1e', `split at ${split}`)
    }
    assert.equal(payloadsOf('records', Array.from(records, (b) => [b])), '{"t":"ü😀€"}\x1e{"u":"ß"}\x1e')
  })

  test('record-separator streams, empty records skipped, a trailing record read at the end', () => {
    const { batches, done } = run('records', true, ['{"a":1}\x1e\x1e{"b":', '2}\x1e{"c":3}'])
    assert.deepEqual(batches, ['{"a":1}\x1e', '{"b":2}\x1e', '{"c":3}\x1e'])
    assert.equal(done, false)
    // The frames form of records is the same text.
    assert.equal(run('records', false, ['{"a":1}\x1e\x1e{"b":2}\x1e']).batches.join(''), '{"a":1}\x1e{"b":2}\x1e')
  })

  test('an unterminated last event is read; whitespace alone at the end is nothing', () => {
    assert.equal(payloadsOf('sse', ['data: 1\n\ndata: 2']), '1\x1e2\x1e')
    assert.equal(payloadsOf('sse', ['data: 1\n\ndata: 2\ndata: 3\n']), '1\x1e2\n3\x1e')
    assert.equal(payloadsOf('sse', ['data: 1\n\n \r\n\t']), '1\x1e')
    assert.equal(payloadsOf('records', ['{"a":1}\x1e \n']), '{"a":1}\x1e')
    // A trailing [DONE] without its blank line ends the stream too.
    const { batches, done } = run('sse', true, ['data: 1\n\ndata: [DONE]'])
    assert.equal(batches.join(''), '1\x1e')
    assert.equal(done, true)
  })

  test('[DONE] by framing: frames and payloads; input after it is ignored', () => {
    const body = 'data: 1\n\ndata: [DONE]\n\ndata: 2\n\n'
    assert.equal(run('sse', false, [body]).batches.join(''), 'data: 1\n\n')
    assert.equal(run('sse-as-received', false, [body]).batches.join(''), 'data: 1\n\ndata: [DONE]\n\n')
    assert.equal(run('sse-as-received', true, [body]).batches.join(''), '1\x1e')
    assert.equal(run('events', true, [body]).batches.join(''), '1\x1e2\x1e')
    const framer = createFramer('sse', BIG)
    assert.equal(framer.push(bytes('data: [DONE]\n\n'), true), '')
    assert.equal(framer.done, true)
    assert.equal(framer.push(bytes('data: 3\n\n'), true), '')
    assert.equal(framer.finish(true), '')
    // `[DONE]` with a second data line, or with other fields, is (or is not) the marker as in Rust.
    assert.equal(payloadsOf('sse', ['data: [DONE]\ndata: x\n\n']), '[DONE]\nx\x1e')
    assert.equal(run('sse', true, ['event: end\nid: 1\ndata:[DONE]\n\ndata: 2\n\n']).batches.join(''), '')
    assert.equal(payloadsOf('sse', ['data: [DONE] \n\n']), '[DONE] \x1e')
  })

  test('field parsing: one space dropped, `data` without colon, other names, no data', () => {
    assert.equal(payloadsOf('sse', ['data:  two spaces\n\n']), ' two spaces\x1e')
    assert.equal(payloadsOf('sse', ['data\ndata\n\n']), '\n\x1e')
    assert.equal(payloadsOf('sse', ['datax: no\ndata : no\nDATA: no\n\n']), '')
    assert.equal(payloadsOf('sse', ['event: e\n\n']), '')
    assert.equal(run('sse', false, ['event: e\n\n']).batches.join(''), 'event: e\n\n')
    // A lone CR is not a line end (as in the native framer).
    assert.equal(payloadsOf('sse', ['data: a\rb\n\n']), 'a\rb\x1e')
  })

  test('a byte-order mark is kept, as Rust keeps it', () => {
    assert.equal(payloadsOf('records', ['\ufeff{"a":1}\x1e']), '\ufeff{"a":1}\x1e')
  })

  // The cases of framing.rs's BAD_UTF8: bytes that are not UTF-8 and their text (U+FFFD for
  // each maximal bad subpart, as Rust's from_utf8_lossy and TextDecoder both give it).
  const BAD_UTF8 = [
    [[0x61, 0xff, 0x62], 'a\ufffdb'],
    [[0xc3, 0x28], '\ufffd('],
    [[0xe2, 0x82], '\ufffd'],
    [[0xf0, 0x9f, 0x98, 0x78], '\ufffdx'],
    [[0xed, 0xa0, 0x80], '\ufffd\ufffd\ufffd'],
    [[0xc0, 0xaf], '\ufffd\ufffd'],
    [[0xf4, 0x90, 0x80, 0x80], '\ufffd\ufffd\ufffd\ufffd'],
    [[0x80, 0xbf], '\ufffd\ufffd'],
    [[0xf8, 0x88, 0x80, 0x80, 0x80], '\ufffd\ufffd\ufffd\ufffd\ufffd'],
    [[0xe2, 0x82, 0xac, 0xe2], '\u20ac\ufffd'],
  ]

  test('invalid UTF-8 becomes replacement characters, as in JSON replies (the cases of framing.rs)', () => {
    for (const [bad, good] of BAD_UTF8) {
      const record = [...bad, 0x1e]
      assert.equal(payloadsOf('records', [record]), `${good}\x1e`, String(bad))
      const event = [...enc.encode('data: '), ...bad, 0x0a, 0x0a]
      assert.equal(payloadsOf('sse', [event]), `${good}\x1e`, String(bad))
      assert.equal(run('sse', false, [event]).batches.join(''), `data: ${good}\n\n`, String(bad))
      assert.equal(payloadsOf('records', [bad]), `${good}\x1e`, String(bad))
      for (let split = 1; split < event.length; split++) {
        assert.equal(payloadsOf('sse', [event.slice(0, split), event.slice(split)]), `${good}\x1e`, `${bad} split at ${split}`)
      }
    }
    // The records around a bad one are read as usual, and the stream goes on.
    const framer = createFramer('sse', BIG)
    assert.equal(framer.push(bytes('data: 1\n\n'), false), 'data: 1\n\n')
    assert.equal(framer.push(bytes([...enc.encode('data: '), 0xff, 0x0a, 0x0a, ...enc.encode('data: 2\n\n')]), false), 'data: \ufffd\n\ndata: 2\n\n')
    // Only the data is decoded in the payloads form; a multi-line payload the same way.
    assert.equal(payloadsOf('sse', [[0x3a, 0xff, 0x0a, ...enc.encode('data: '), 0xe2, 0x82, 0x0a, ...enc.encode('data: x\n\n')]]), '\ufffd\nx\x1e')
    // A truncated character at the very end of a last record.
    const truncated = createFramer('records', BIG)
    assert.equal(truncated.push(bytes([0x31, 0xe2, 0x82]), true), '')
    assert.equal(truncated.finish(true), '1\ufffd\x1e')
  })

  test('a record over the bound is an error after the good ones, and memory stays bounded', () => {
    let framer = createFramer('records', 1024)
    assert.equal(framer.push(new Uint8Array(1000).fill(0x78), true), '')
    let err = thrown(() => framer.push(new Uint8Array(100).fill(0x78), true))
    assert.equal(err.kind, 'too-large')
    assert.equal(err.message, 'a stream record is larger than 1024 bytes (maxStreamRecordBytes); the stream was closed')
    framer = createFramer('sse', 1024)
    assert.equal(framer.push(bytes('data: 1\n\n'), true), '1\x1e')
    err = thrown(() => framer.push(new Uint8Array(2000).fill(0x79), true))
    assert.match(err.message, /maxStreamRecordBytes/)
    // Good events and an oversized one in the same push: the good ones come with the error.
    framer = createFramer('sse', 64)
    err = thrown(() => framer.push(bytes(`data: 1\n\ndata: 2\n\ndata: ${'z'.repeat(100)}\n\n`), true))
    assert.equal(err.kind, 'too-large')
    assert.equal(err.text, '1\x1e2\x1e')
    // Exactly at the bound is fine.
    framer = createFramer('records', 8)
    assert.equal(framer.push(bytes('12345678\x1e'), true), '12345678\x1e')
    assert.equal(framer.push(bytes('12345678'), true), '')
    assert.equal(thrown(() => framer.push(bytes('9'), true)).kind, 'too-large')
  })

  test('a payload holding a separator is malformed, after the good ones', () => {
    const framer = createFramer('sse', BIG)
    const err = thrown(() => framer.push(bytes('data: 1\n\ndata: {}\x1e{}\n\n'), true))
    assert.equal(err.kind, 'malformed')
    assert.equal(err.message, 'a stream event is not valid JSON: "{}\\u{1e}{}"')
    assert.equal(err.text, '1\x1e')
    // The excerpt is the first 120 characters, escaped as Rust's {:?} does.
    const long = `"q"\\${'é'.repeat(200)}\x1e`
    const err2 = thrown(() => createFramer('sse', BIG).push(bytes(`data: ${long}\n\n`), true))
    assert.equal(err2.message, `a stream event is not valid JSON: "\\"q\\"\\\\${'é'.repeat(116)}"`)
    // In the frames form the event is handed on as received.
    assert.equal(run('sse', false, ['data: {}\x1e{}\n\n']).batches.join(''), 'data: {}\x1e{}\n\n')
  })

  test('many small chunks and many records stay linear', () => {
    // A 4 MiB record in 1 KiB chunks (quadratic copying would take minutes), then 100,000 records.
    const framer = createFramer('sse', BIG)
    const chunk = new Uint8Array(1024).fill(0x61)
    let started = Date.now()
    assert.equal(framer.push(bytes('data: '), true), '')
    for (let i = 0; i < 4096; i++) assert.equal(framer.push(chunk, true), '')
    const out = framer.push(bytes('\n\n'), true)
    assert.equal(out.length, 4 * 1024 * 1024 + 1)
    assert.ok(Date.now() - started < 3000, `large record took ${Date.now() - started} ms`)
    started = Date.now()
    const many = bytes('data: {"n":1}\n\n'.repeat(100_000))
    const framed = createFramer('sse', BIG).push(many, true)
    assert.equal(framed.length, '{"n":1}\x1e'.length * 100_000)
    const records = createFramer('records', BIG)
    let total = 0
    const stream = bytes('{"n":12345}\x1e'.repeat(100_000))
    for (let i = 0; i < stream.length; i += 7) total += records.push(stream.subarray(i, i + 7), true).length
    assert.equal(total, stream.length)
    assert.ok(Date.now() - started < 3000, `many records took ${Date.now() - started} ms`)
  })

  test('an unknown framing is refused', () => {
    assert.throws(() => createFramer('lines', 10), TypeError)
  })
})

// ---------------------------------------------------------------------------------------
// Transport
// ---------------------------------------------------------------------------------------

const servers = []
after(() => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
})

/**
 * A loopback server answering with `handler(req, res, n)` (n: the request's number from 1);
 * `tries()` counts requests, `requests` holds what each carried, `closed` the responses whose
 * connection closed before they ended.
 */
async function serve(handler) {
  const state = { count: 0, requests: [], closed: [] }
  const server = http.createServer((req, res) => {
    const n = ++state.count
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      state.requests.push({ method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString() })
      res.on('close', () => {
        if (!res.writableEnded) state.closed.push(n)
        state.onClose?.(n)
      })
      handler(req, res, n)
    })
  })
  servers.push(server)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    state,
    tries: () => state.count,
    /** Resolves when the connection of response `n` closes before the response ended. */
    closedEarly(n) {
      if (state.closed.includes(n)) return Promise.resolve()
      return new Promise((resolve) => {
        const previous = state.onClose
        state.onClose = (m) => {
          previous?.(m)
          if (m === n && state.closed.includes(n)) resolve()
        }
      })
    },
  }
}

/** A transport for `url` with the defaults the facade applies (short backoff for tests). */
function transport(url, options = {}) {
  return createFetchTransport({
    urlRoot: `${url}/api`,
    displayRoot: `${url}/api`,
    headers: {},
    retries: 3,
    backoffMs: 10,
    maxBackoffMs: 1000,
    maxStreamRecordBytes: BIG,
    ...options,
  })
}

const get = (target, more = {}) => ({ verb: 'GET', target, body: null, ...more })
const SSE_HEAD = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }

/** Reads `reader` to its end (or a failure); returns the batches and the failure if any. */
async function readAll(reader, payloads = true, ms = 10_000) {
  const batches = []
  for (;;) {
    const batch = await within(reader.next(payloads), ms, 'next()')
    if (batch === null) return { batches, failure: null }
    if (typeof batch === 'object' && !(batch instanceof Uint8Array)) return { batches, failure: batch }
    batches.push(batch)
  }
}

describe('fetch transport: calls', () => {
  test('200 gives the body text; another 2xx gives its status', T, async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/api/created') res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}')
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
    const t = transport(srv.url)
    assert.equal(t.kind, 'fetch')
    assert.equal(await t.call(get('/agents/a%20b?x=1')), '{"ok":true}')
    assert.equal(srv.state.requests[0].url, '/api/agents/a%20b?x=1')
    assert.deepEqual(await t.call({ verb: 'POST', target: '/created', body: '{}' }), { kind: 'ok', status: 201, body: '{"id":1}' })
  })

  test('a 4xx is never retried', T, async () => {
    const srv = await serve((req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"e":1}'))
    const result = await transport(srv.url).call(get('/x'))
    assert.deepEqual(result, { kind: 'http', status: 404, statusText: 'Not Found', body: '{"e":1}' })
    assert.equal(srv.tries(), 1)
  })

  test('503 then 200: retried until it succeeds; the reason phrase is the server\'s', T, async () => {
    const srv = await serve((req, res, n) => {
      if (n < 3) {
        res.statusMessage = 'Busy Now'
        res.writeHead(503).end('later')
      } else res.writeHead(200).end('{}')
    })
    assert.equal(await transport(srv.url).call(get('/x')), '{}')
    assert.equal(srv.tries(), 3)
    const srv2 = await serve((req, res) => {
      res.statusMessage = 'Busy Now'
      res.writeHead(503).end('later')
    })
    assert.deepEqual(await transport(srv2.url, { retries: 2 }).call(get('/x')), { kind: 'http', status: 503, statusText: 'Busy Now', body: 'later' })
    assert.equal(srv2.tries(), 3)
    // A call's own retries replace the client's.
    const srv3 = await serve((req, res) => res.writeHead(500).end())
    await transport(srv3.url, { retries: 5 }).call(get('/x', { retries: 0 }))
    assert.equal(srv3.tries(), 1)
  })

  test('the waits double from backoffMs up to maxBackoffMs', T, async () => {
    const times = []
    const srv = await serve((req, res) => {
      times.push(Date.now())
      res.writeHead(500).end()
    })
    await transport(srv.url, { retries: 3, backoffMs: 100, maxBackoffMs: 150 }).call(get('/x'))
    const gaps = times.slice(1).map((t, i) => t - times[i])
    assert.equal(gaps.length, 3)
    // 100, then 200 capped to 150, then 150 (uncapped they would be 200 and 400).
    assert.ok(gaps[0] >= 90 && gaps[0] < 145, `first wait ${gaps[0]}`)
    assert.ok(gaps[1] >= 140 && gaps[1] < 195, `second wait ${gaps[1]}`)
    assert.ok(gaps[2] >= 140 && gaps[2] < 300, `third wait ${gaps[2]}`)
  })

  test('an abort ends a backoff wait at once', T, async () => {
    const srv = await serve((req, res) => res.writeHead(500).end())
    const t = transport(srv.url, { backoffMs: 60_000, maxBackoffMs: 60_000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const started = Date.now()
    const result = await within(t.call(get('/x'), controller.signal), 5000, 'aborted call')
    assert.deepEqual(result, { kind: 'aborted', message: 'This operation was aborted' })
    assert.ok(Date.now() - started < 2000)
    assert.equal(srv.tries(), 1)
  })

  test('an aborted signal before the call sends nothing', T, async () => {
    const srv = await serve((req, res) => res.end('{}'))
    const result = await transport(srv.url).call(get('/x'), AbortSignal.abort())
    assert.equal(result.kind, 'aborted')
    await sleep(50)
    assert.equal(srv.tries(), 0)
    assert.equal((await transport(srv.url).open(get('/x'), 'sse', AbortSignal.abort())).kind, 'aborted')
  })

  test('timeoutMs bounds the whole call, retries and waits included', T, async () => {
    const srv = await serve((req, res) => res.writeHead(500).end())
    const t = transport(srv.url, { retries: 1000, backoffMs: 40, maxBackoffMs: 40, timeoutMs: 300 })
    const started = Date.now()
    const result = await within(t.call(get('/x')), 5000, 'timed-out call')
    assert.deepEqual(result, { kind: 'timeout', message: 'The operation timed out after 300 ms (timeoutMs)' })
    const elapsed = Date.now() - started
    assert.ok(elapsed >= 250 && elapsed < 2000, `elapsed ${elapsed}`)
    assert.ok(srv.tries() > 1, 'tried more than once')
  })

  test('timeoutMs ends a call whose server never answers', T, async () => {
    const srv = await serve(() => {})
    const result = await within(transport(srv.url, { retries: 0, timeoutMs: 150 }).call(get('/hang')), 5000, 'hanging call')
    assert.equal(result.kind, 'timeout')
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('an abort in the middle of a body ends the call and closes the connection', T, async () => {
    let started
    const begun = new Promise((r) => (started = r))
    const srv = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"partial":')
      started()
    })
    const controller = new AbortController()
    const pending = transport(srv.url).call(get('/x'), controller.signal)
    await within(begun, 5000, 'body started')
    await sleep(30)
    controller.abort()
    assert.equal((await within(pending, 2000, 'aborted call')).kind, 'aborted')
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('a connection refused is a network error naming method and path, without query or credentials', T, async () => {
    const port = await new Promise((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address()
        s.close(() => resolve(port))
      })
    })
    const t = createFetchTransport({
      urlRoot: `http://user:pw@127.0.0.1:${port}/api`,
      displayRoot: `http://***@127.0.0.1:${port}/api`,
      headers: {},
      retries: 1,
      backoffMs: 5,
      maxBackoffMs: 5,
      maxStreamRecordBytes: BIG,
    })
    const result = await t.call(get('/agents/a?secret=s3'))
    assert.equal(result.kind, 'network')
    assert.ok(result.message.startsWith(`fetch failed: GET http://***@127.0.0.1:${port}/api/agents/a could not connect: `), result.message)
    assert.ok(!result.message.includes('pw') && !result.message.includes('s3'), result.message)
    const opened = await t.open(get('/s?secret=s3'), 'sse')
    assert.equal(opened.kind, 'network')
    assert.ok(!opened.message.includes('s3'), opened.message)
  })

  test('URL credentials become a Basic Authorization header, which a client header overrides', T, async () => {
    const srv = await serve((req, res) => res.end('{}'))
    const hostPort = srv.url.slice('http://'.length)
    const config = { urlRoot: `http://us%40er:p%3Aw@${hostPort}/api`, displayRoot: `http://***@${hostPort}/api` }
    assert.equal(await transport(srv.url, config).call(get('/x')), '{}')
    assert.equal(srv.state.requests[0].headers.authorization, `Basic ${Buffer.from('us@er:p:w').toString('base64')}`)
    assert.equal(await transport(srv.url, { ...config, headers: { Authorization: 'Bearer t' } }).call(get('/x')), '{}')
    assert.equal(srv.state.requests[1].headers.authorization, 'Bearer t')
  })

  test('a caller-supplied fetch is used; otherwise globalThis.fetch is looked up at call time', T, async () => {
    const srv = await serve((req, res) => res.end('{"n":1}'))
    let calls = 0
    let seenInit
    const own = (url, init) => {
      calls++
      seenInit = init
      return fetch(url, init)
    }
    const t = transport(srv.url, { fetch: own, credentials: 'include' })
    assert.equal(await t.call(get('/x')), '{"n":1}')
    const reader = await t.open(get('/x'), 'raw')
    assert.equal(typeof reader.next, 'function')
    reader.cancel()
    assert.equal(calls, 2)
    assert.equal(seenInit.credentials, 'include')
    assert.ok(seenInit.signal instanceof AbortSignal)

    const plain = transport(srv.url) // created before globalThis.fetch is replaced
    const original = globalThis.fetch
    let globalCalls = 0
    globalThis.fetch = (url, init) => {
      globalCalls++
      assert.equal(init.credentials, undefined)
      return original(url, init)
    }
    try {
      assert.equal(await plain.call(get('/x')), '{"n":1}')
    } finally {
      globalThis.fetch = original
    }
    assert.equal(globalCalls, 1)
  })

  test('a caller fetch that ignores the signal still ends at once on abort and at the deadline', T, async () => {
    const never = () => new Promise(() => {})
    const t = transport('http://127.0.0.1:9', { fetch: never, retries: 0 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    assert.equal((await within(t.call(get('/x'), controller.signal), 2000, 'abort')).kind, 'aborted')
    const timed = transport('http://127.0.0.1:9', { fetch: never, retries: 0, timeoutMs: 80 })
    assert.equal((await within(timed.call(get('/x')), 2000, 'deadline')).kind, 'timeout')
    assert.equal((await within(timed.open(get('/x'), 'sse'), 2000, 'deadline')).kind, 'timeout')
  })

  test('a fetch that throws is retried, then a network error with the innermost cause', T, async () => {
    let calls = 0
    const failing = async () => {
      calls++
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND nowhere'), { code: 'ENOTFOUND' }) })
    }
    const t = transport('http://nowhere:1', { fetch: failing, retries: 2, backoffMs: 1 })
    const result = await t.call({ verb: 'DELETE', target: '/m/1?q=secret', body: null })
    assert.deepEqual(result, { kind: 'network', message: 'fetch failed: DELETE http://nowhere:1/api/m/1 could not connect: getaddrinfo ENOTFOUND nowhere' })
    assert.equal(calls, 3)
  })

  test('headers: JSON content type first, client headers over it, call headers last and winning', T, async () => {
    const srv = await serve((req, res) => res.end('{}'))
    const t = transport(srv.url, { headers: { 'X-Client': 'c', 'X-Both': 'client' } })
    await t.call({ verb: 'POST', target: '/a', body: '{"x":1}', headers: ['X-Call', 'k', 'x-both', 'call'] })
    let seen = srv.state.requests[0]
    assert.equal(seen.headers['content-type'], 'application/json')
    assert.equal(seen.headers['x-both'], 'call')
    assert.equal(seen.body, '{"x":1}')
    const names = seen.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase())
    const at = (name) => names.indexOf(name)
    assert.ok(at('content-type') < at('x-client') && at('x-client') < at('x-both') && at('x-both') < at('x-call'), names.join(','))
    assert.equal(names.filter((n) => n === 'x-both').length, 1)

    // A client content type wins over the JSON one.
    await transport(srv.url, { headers: { 'Content-Type': 'text/plain' } }).call({ verb: 'PUT', target: '/a', body: 'hi' })
    assert.equal(srv.state.requests[1].headers['content-type'], 'text/plain')
    // A body's own content type (multipart) instead of JSON, bytes sent as given.
    const form = new TextEncoder().encode('--b\r\n\r\nx\r\n--b--')
    await t.call({ verb: 'POST', target: '/a', body: form, contentType: 'multipart/form-data; boundary=b' })
    seen = srv.state.requests[2]
    assert.equal(seen.headers['content-type'], 'multipart/form-data; boundary=b')
    assert.equal(seen.body, '--b\r\n\r\nx\r\n--b--')
    // No body, an empty body or GET: no content type.
    await t.call({ verb: 'POST', target: '/a', body: null })
    await t.call({ verb: 'POST', target: '/a', body: '' })
    await t.call({ verb: 'GET', target: '/a', body: null })
    for (const i of [3, 4, 5]) assert.equal(srv.state.requests[i].headers['content-type'], undefined, `request ${i}`)
    assert.equal(srv.state.requests[5].method, 'GET')
    assert.equal(srv.state.requests[0].headers['x-client'], 'c')
  })
})

describe('fetch transport: maxResponseBytes', () => {
  /** Writes a body that goes on (64 KiB a write) until the connection closes or `cap` bytes. */
  async function endless(res, cap, status = 200) {
    res.writeHead(status, { 'content-type': 'application/json' })
    const piece = Buffer.alloc(64 * 1024, 0x78)
    for (let written = 0; written < cap && !res.destroyed; written += piece.length) {
      if (!res.write(piece)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)))
    }
    if (!res.destroyed) res.end()
  }

  test('a reply past the bound is a too-large failure naming the option; the connection is closed; no retry', T, async () => {
    const srv = await serve((req, res) => endless(res, 64 << 20))
    const t = transport(srv.url, { maxResponseBytes: 1 << 20 })
    assert.deepEqual(await t.call(get('/big'), undefined), {
      kind: 'too-large',
      message: `GET ${srv.url}/api/big: the reply is larger than 1048576 bytes (maxResponseBytes); the connection was closed`,
    })
    await within(srv.closedEarly(1), 5000, 'connection closed')
    assert.equal(srv.tries(), 1)
  })

  test('an error body past the bound, on a call and on a stream\'s opening: too-large, no retry', T, async () => {
    const srv = await serve((req, res) => endless(res, 64 << 20, 503))
    const t = transport(srv.url, { maxResponseBytes: 1 << 20 })
    assert.equal((await t.call(get('/big'), undefined)).kind, 'too-large')
    assert.equal((await t.open(get('/s'), 'sse')).kind, 'too-large')
    assert.equal(srv.tries(), 2)
  })

  test('a reply at the bound is read whole (split UTF-8 included, a BOM dropped as text() drops it); Infinity reads any size', T, async () => {
    const text = `{"t":"${'é'.repeat(40_000)}"}`
    const size = Buffer.byteLength(text)
    const srv = await serve(async (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
      for (let at = 0; at < body.length; at += 999) {
        res.write(body.subarray(at, at + 999))
        await sleep(0)
      }
      res.end()
    })
    assert.equal(await transport(srv.url, { maxResponseBytes: size + 3 }).call(get('/x'), undefined), text)
    assert.equal(await transport(srv.url, { maxResponseBytes: Infinity }).call(get('/x'), undefined), text)
    assert.equal((await transport(srv.url, { maxResponseBytes: size + 2 }).call(get('/x'), undefined)).kind, 'too-large')
  })

  test('without maxResponseBytes in the config, the bound is 256 MiB', T, async () => {
    const srv = await serve((req, res) => endless(res, 300 << 20))
    const failure = await transport(srv.url).call(get('/big'), undefined)
    assert.equal(failure.kind, 'too-large')
    assert.match(failure.message, /larger than 268435456 bytes \(maxResponseBytes\)/)
  })
})

describe('fetch transport: streams', () => {
  test('an SSE stream written one event per write: each record as soon as it comes', T, async () => {
    let release
    const gate = new Promise((r) => (release = r))
    const srv = await serve(async (req, res) => {
      res.writeHead(200, { ...SSE_HEAD, 'x-run': '7' })
      res.write('data: {"n":1}\n\n')
      await gate
      for (let n = 2; n <= 4; n++) {
        res.write(`data: {"n":${n}}\n\n`)
        await sleep(20)
      }
      res.end('data: [DONE]\n\n')
    })
    const reader = await transport(srv.url).open({ verb: 'POST', target: '/agents/a/stream', body: '{}' }, 'sse')
    assert.equal(reader.status, 200)
    assert.ok(reader.headers.some(([name, value]) => name === 'x-run' && value === '7'))
    assert.ok(reader.headers.every(([name]) => name === name.toLowerCase()))
    // The first record comes while the server still holds the rest back.
    assert.equal(await within(reader.next(true), 3000, 'first batch'), '{"n":1}\x1e')
    release()
    const { batches, failure } = await readAll(reader)
    assert.equal(failure, null)
    assert.equal(batches.join(''), '{"n":2}\x1e{"n":3}\x1e{"n":4}\x1e')
    assert.equal(await reader.next(true), null)
  })

  test('an SSE burst comes as one batch of several records; frames keep the text as received', T, async () => {
    let release
    const gate = new Promise((r) => (release = r))
    const events = Array.from({ length: 5 }, (_, i) => `data: {"n":${i}}\r\n\r\n`).join('')
    const srv = await serve(async (req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write(`: hi\n\n${events}`)
      await gate
      res.end('data: [DONE]\n\n')
    })
    const reader = await transport(srv.url).open(get('/s'), 'sse-as-received')
    assert.equal(await within(reader.next(false), 3000, 'burst'), `: hi\n\n${events}`)
    release()
    const { batches } = await readAll(reader, false)
    assert.equal(batches.join(''), 'data: [DONE]\n\n')
  })

  test('records already received while nobody read go in one batch', T, async () => {
    const srv = await serve(async (req, res) => {
      res.writeHead(200, SSE_HEAD)
      for (let n = 0; n < 20; n++) {
        res.write(`data: ${n}\n\n`)
        await sleep(2)
      }
      await sleep(400)
      res.end()
    })
    const reader = await transport(srv.url).open(get('/s'), 'events')
    await sleep(250)
    const { batches } = await readAll(reader)
    assert.equal(batches.join(''), Array.from({ length: 20 }, (_, n) => `${n}\x1e`).join(''))
    assert.ok(batches.length < 20, `${batches.length} batches for 20 buffered records`)
  })

  test('chunks a body already holds are framed into the same batch (caller fetch over a ReadableStream)', T, async () => {
    let pulls = 0
    const own = async () => {
      const body = new ReadableStream({
        start(controller) {
          for (let n = 0; n < 20; n++) controller.enqueue(enc.encode(`data: ${n}\n\n`))
          controller.enqueue(enc.encode('data: {"split'))
        },
        async pull(controller) {
          // Later chunks come one by one, each after a wait.
          pulls++
          await sleep(10)
          if (pulls === 1) controller.enqueue(enc.encode('":1}\n\n'))
          else if (pulls === 2) controller.enqueue(enc.encode('data: last\n\n'))
          else controller.close()
        },
      }, { highWaterMark: 0 })
      return new Response(body, { status: 200, headers: SSE_HEAD })
    }
    const reader = await transport('http://unused.invalid', { fetch: own }).open(get('/s'), 'events')
    const first = await within(reader.next(true), 3000, 'first batch')
    assert.equal(first, Array.from({ length: 20 }, (_, n) => `${n}\x1e`).join(''))
    const { batches, failure } = await readAll(reader)
    assert.equal(failure, null)
    assert.deepEqual(batches, ['{"split":1}\x1e', 'last\x1e'])
  })

  test('a records stream, split across writes inside a multi-byte character', T, async () => {
    const body = Buffer.from('{"a":"ü"}\x1e{"b":"😀"}\x1e\x1e{"c":3}')
    const cut = body.indexOf(Buffer.from('😀')) + 2
    const srv = await serve(async (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write(body.subarray(0, 5))
      await sleep(20)
      res.write(body.subarray(5, cut))
      await sleep(20)
      res.end(body.subarray(cut))
    })
    const reader = await transport(srv.url).open({ verb: 'POST', target: '/workflows/w/stream', body: '{}' }, 'records')
    const { batches, failure } = await readAll(reader)
    assert.equal(failure, null)
    assert.equal(batches.join(''), '{"a":"ü"}\x1e{"b":"😀"}\x1e{"c":3}\x1e')
    assert.ok(batches.every((b) => b.endsWith('\x1e') && b.length > 1))
  })

  test('a raw stream gives the bytes as received', T, async () => {
    const data = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)
    const srv = await serve(async (req, res) => {
      res.writeHead(200, { 'content-type': 'audio/mpeg' })
      res.write(data.subarray(0, 1000))
      await sleep(20)
      res.end(data.subarray(1000))
    })
    const reader = await transport(srv.url).open(get('/voice'), 'raw')
    const { batches, failure } = await readAll(reader)
    assert.equal(failure, null)
    assert.ok(batches.every((b) => b instanceof Uint8Array && b.length > 0))
    const joined = new Uint8Array(batches.reduce((n, b) => n + b.length, 0))
    let at = 0
    for (const b of batches) {
      joined.set(b, at)
      at += b.length
    }
    assert.deepEqual(joined, data)
  })

  test('a stream that stalls ends with the idle timeout, and its connection closes', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: {}\n\n')
    })
    const reader = await transport(srv.url, { streamIdleTimeoutMs: 100 }).open(get('/s'), 'sse')
    assert.equal(await within(reader.next(true), 3000, 'first'), '{}\x1e')
    const started = Date.now()
    assert.deepEqual(await within(reader.next(true), 3000, 'idle'), { kind: 'timeout', message: 'The stream received nothing for 100 ms (streamIdleTimeoutMs)' })
    assert.ok(Date.now() - started >= 90)
    assert.equal(await reader.next(true), null)
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('timeoutMs bounds the opening of a stream only', T, async () => {
    const srv = await serve(async (req, res) => {
      res.writeHead(200, SSE_HEAD)
      for (let n = 0; n < 4; n++) {
        res.write(`data: ${n}\n\n`)
        await sleep(120)
      }
      res.end()
    })
    const reader = await transport(srv.url, { timeoutMs: 200 }).open(get('/s'), 'sse')
    const { batches, failure } = await readAll(reader)
    assert.equal(failure, null)
    assert.equal(batches.join(''), '0\x1e1\x1e2\x1e3\x1e')
  })

  test('cancel() closes the connection, ends a pending next() and later ones as aborted', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: {}\n\n')
    })
    const reader = await transport(srv.url).open(get('/s'), 'sse')
    assert.equal(await within(reader.next(false), 3000, 'first'), 'data: {}\n\n')
    const pending = reader.next(false)
    await sleep(20)
    reader.cancel()
    reader.cancel()
    assert.equal((await within(pending, 2000, 'pending next')).kind, 'aborted')
    assert.equal((await reader.next(false)).kind, 'aborted')
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('cancel() closes the connection with no read pending', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: {}\n\n')
    })
    const reader = await transport(srv.url).open(get('/s'), 'raw')
    reader.cancel()
    await within(srv.closedEarly(1), 5000, 'connection closed')
    assert.equal((await reader.next(false)).kind, 'aborted')
  })

  test('the signal given to open() ends the stream after it opened', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: 1\n\n')
    })
    const controller = new AbortController()
    const reader = await transport(srv.url).open(get('/s'), 'sse', controller.signal)
    assert.equal(await reader.next(true), '1\x1e')
    const pending = reader.next(true)
    setTimeout(() => controller.abort(), 20)
    assert.equal((await within(pending, 2000, 'pending next')).kind, 'aborted')
    await within(srv.closedEarly(1), 5000, 'connection closed')
    assert.equal((await reader.next(true)).kind, 'aborted')
  })

  test('a record over maxStreamRecordBytes is an error after the earlier good records', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write(`data: 1\n\ndata: 2\n\ndata: ${'x'.repeat(2000)}`)
    })
    const reader = await transport(srv.url, { maxStreamRecordBytes: 1024 }).open(get('/s?k=v'), 'sse')
    const { batches, failure } = await readAll(reader)
    assert.equal(batches.join(''), '1\x1e2\x1e')
    assert.deepEqual(failure, {
      kind: 'too-large',
      message: `GET ${srv.url}/api/s: a stream record is larger than 1024 bytes (maxStreamRecordBytes); the stream was closed`,
    })
    assert.equal(await reader.next(true), null)
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('a malformed record fails the stream after the good ones; an invalid UTF-8 one is read with U+FFFD', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      if (req.url === '/api/bad-json') res.end('data: 1\n\ndata: {}\x1e{}\n\n')
      else res.end(Buffer.concat([Buffer.from('data: 1\n\ndata: "'), Buffer.from([0xff]), Buffer.from('"\n\ndata: 2\n\n')]))
    })
    const t = transport(srv.url)
    let { batches, failure } = await readAll(await t.open(get('/bad-json'), 'sse'))
    assert.equal(batches.join(''), '1\x1e')
    assert.equal(failure.kind, 'malformed')
    assert.equal(failure.message, `GET ${srv.url}/api/bad-json: a stream event is not valid JSON: "{}\\u{1e}{}"`)
    ;({ batches, failure } = await readAll(await t.open(get('/bad-utf8'), 'sse')))
    assert.equal(batches.join(''), '1\x1e"\ufffd"\x1e2\x1e')
    assert.equal(failure, null)
  })

  test('a connection dropped mid-body is a network failure after the good records', T, async () => {
    const srv = await serve(async (req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: 1\n\ndata: {"half')
      await sleep(50)
      res.socket.destroy()
    })
    const { batches, failure } = await readAll(await transport(srv.url).open(get('/s?k=secret'), 'sse'))
    assert.equal(batches.join(''), '1\x1e')
    assert.equal(failure.kind, 'network')
    assert.ok(failure.message.startsWith(`fetch failed: GET ${srv.url}/api/s failed while reading the response body: `), failure.message)
    assert.ok(!failure.message.includes('secret'))
  })

  test('[DONE] ends a stream whose body goes on; the connection is closed after a short drain', T, async () => {
    const srv = await serve((req, res) => {
      res.writeHead(200, SSE_HEAD)
      res.write('data: 1\n\ndata: [DONE]\n\n')
    })
    const reader = await transport(srv.url).open(get('/s'), 'sse')
    assert.equal(await reader.next(true), '1\x1e')
    assert.equal(await within(reader.next(true), 2000, 'end after [DONE]'), null)
    await within(srv.closedEarly(1), 5000, 'connection closed')
  })

  test('a stream ended by [DONE] and its body leaves the connection for the next request', T, async () => {
    const sockets = new Set()
    const srv = await serve(async (req, res) => {
      sockets.add(req.socket)
      res.writeHead(200, SSE_HEAD)
      res.write('data: 1\n\ndata: [DONE]\n\n')
      // The body ends a little after [DONE]: read on for it, or the connection is lost.
      await sleep(30)
      res.end(': bye\n\n')
    })
    const t = transport(srv.url)
    for (let i = 0; i < 3; i++) {
      const reader = await t.open(get('/s'), 'sse')
      assert.equal(await reader.next(true), '1\x1e')
      assert.equal(await reader.next(true), null)
      await sleep(20) // fetch hands the connection back to its pool a moment after the body's end
    }
    assert.equal(sockets.size, 1, 'one connection for the three streams')
  })

  test('opening: a non-2xx after the tries is an http failure; 503 is retried', T, async () => {
    const srv = await serve((req, res, n) => {
      if (req.url === '/api/missing') return res.writeHead(404).end('{"error":"no"}')
      if (n < 3) return res.writeHead(503).end('busy')
      res.writeHead(200, SSE_HEAD).end('data: ok\n\n')
    })
    const t = transport(srv.url)
    const reader = await t.open(get('/s'), 'sse')
    assert.equal(srv.tries(), 3)
    assert.equal(await reader.next(true), 'ok\x1e')
    assert.equal(await reader.next(true), null)
    assert.deepEqual(await t.open(get('/missing'), 'sse'), { kind: 'http', status: 404, statusText: 'Not Found', body: '{"error":"no"}' })
    assert.equal(srv.tries(), 4)
  })

  test('a 2xx without a body is an empty stream', T, async () => {
    const srv = await serve((req, res) => res.writeHead(204).end())
    const reader = await transport(srv.url).open(get('/s'), 'records')
    assert.equal(reader.status, 204)
    assert.equal(await reader.next(true), null)
  })
})
