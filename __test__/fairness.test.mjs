// Fairness of the shared I/O thread: a hostile server may cost its own calls, never the
// others'. One server floods its call with endless `HTTP/1.1 1xx` informational heads (from
// a worker thread, so that writing them costs this thread nothing); meanwhile calls to a
// healthy server keep their pace.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { Worker } from 'node:worker_threads'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const T = { timeout: 60_000 } // a guard against hangs only
const WINDOW_MS = 1_500
const LOOPS = 4 // healthy calls in flight at a time
const MIN_CALLS = 50
const MAX_LATENCY_MS = 500

/** A worker thread serving endless 1xx heads to every request; posts its port. */
const FLOOD_SOURCE = `
const net = require('node:net')
const { parentPort } = require('node:worker_threads')
const heads = Buffer.from(${JSON.stringify('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n')}.repeat(1024))
const server = net.createServer((socket) => {
  socket.on('error', () => {})
  socket.once('data', () => {
    parentPort.postMessage('flooding')
    const flood = () => {
      while (!socket.destroyed && socket.write(heads));
    }
    socket.on('drain', flood)
    flood()
  })
  socket.resume()
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
`

let flood
let floodUrl
let floodStarted
let healthy
let healthyUrl
let Native

before(async () => {
  Native = require('../index.js')
  flood = new Worker(FLOOD_SOURCE, { eval: true })
  let started
  floodStarted = new Promise((resolve) => (started = resolve))
  floodUrl = await new Promise((resolve, reject) => {
    flood.on('message', (m) => (m === 'flooding' ? started() : resolve(`http://127.0.0.1:${m}`)))
    flood.once('error', reject)
  })
  healthy = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'))
  await new Promise((resolve) => healthy.listen(0, '127.0.0.1', resolve))
  healthyUrl = `http://127.0.0.1:${healthy.address().port}`
})
after(async () => {
  healthy?.closeAllConnections()
  healthy?.close()
  await flood?.terminate()
})

/** Calls the healthy server from `LOOPS` loops for `ms`; the number of calls and the slowest. */
async function healthyCalls(ms) {
  const client = new Native.MastraClient({ baseUrl: healthyUrl, retries: 0 })
  const end = Date.now() + ms
  let calls = 0
  let slowest = 0
  await Promise.all(
    Array.from({ length: LOOPS }, async () => {
      while (Date.now() < end) {
        const start = Date.now()
        assert.deepEqual(await client.getAgent('a').details(), { ok: true })
        slowest = Math.max(slowest, Date.now() - start)
        calls++
      }
    }),
  )
  return { calls, slowest }
}

test('calls to a healthy server keep their pace while another server floods a call with 1xx heads', T, async () => {
  const quiet = await healthyCalls(WINDOW_MS)
  const control = new AbortController()
  const floodClient = new Native.MastraClient({ baseUrl: floodUrl, retries: 0, abortSignal: control.signal })
  const flooded = floodClient.getAgent('flood').details()
  flooded.catch(() => {})
  await floodStarted
  try {
    const during = await healthyCalls(WINDOW_MS)
    console.log(`# healthy calls in ${WINDOW_MS} ms: ${quiet.calls} (slowest ${quiet.slowest} ms) quiet, ${during.calls} (slowest ${during.slowest} ms) during a 1xx flood`)
    assert.ok(during.calls >= MIN_CALLS, `${during.calls} healthy calls in ${WINDOW_MS} ms during the flood`)
    assert.ok(during.slowest < MAX_LATENCY_MS, `a healthy call took ${during.slowest} ms during the flood`)
  } finally {
    control.abort()
    await assert.rejects(flooded)
  }
})
