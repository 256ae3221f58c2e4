// Long-lived processes: what goes away takes its connections with it.
// - A `worker_threads` worker that is terminated with calls and streams in flight: its
//   environment's cleanup hook cancels them, so the server sees every connection close and
//   the process's file descriptors come back to where they were.
// - Streams dropped unread on a client that has an `abortSignal`: the signal holds them
//   weakly, so garbage collection closes their connections and takes their listeners off.
// A loopback server holds every request open and counts the connections still open.

import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'
import { getEventListeners } from 'node:events'
import { Worker } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ENTRY = fileURLToPath(new URL('../index.js', import.meta.url))
const T = { timeout: 60_000 } // a guard against hangs only
const CLOSE_MS = 5_000 // bound for the connections of a terminated worker or a collected stream to close
const WORKERS = Number(process.env.MCN_WORKERS_FULL ? 22 : 4)
const CALLS_PER_WORKER = 10
const STREAMS_PER_WORKER = 5
const DROPPED_STREAMS = 50

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc')

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Waits until `cond()` holds, checking every 20 ms for at most `ms`; says whether it held. */
async function until(cond, ms, between = () => {}) {
  const end = Date.now() + ms
  for (;;) {
    if (cond()) return true
    if (Date.now() >= end) return false
    between()
    await sleep(20)
  }
}

/** Open file descriptors of this process (Linux), or null where /proc is not there. */
const fds = () => (fs.existsSync('/proc/self/fd') ? fs.readdirSync('/proc/self/fd').length : null)

/**
 * A server that holds every request open: paths with `held` get no answer at all, paths
 * with `ok` get `{}`, and every other path (a stream) gets a 200 event-stream head and a
 * comment, then nothing. It counts the connections that carried a held request or a stream
 * and are still open.
 */
async function holdingServer() {
  const held = new Set()
  let requests = 0
  const server = http.createServer((req, res) => {
    if (req.url.includes('/ok')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      return
    }
    requests++
    const socket = req.socket
    held.add(socket)
    socket.once('close', () => held.delete(socket))
    if (!req.url.includes('held')) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
      res.write(': open\n\n')
    }
  })
  server.requestTimeout = 0
  server.headersTimeout = 0
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    open: () => held.size,
    close() {
      server.closeAllConnections()
      server.close()
    },
  }
}

/** A worker that starts `calls` held calls and `streams` streams, and says when the streams are open. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { MastraClient } = require(workerData.entry)
const control = new AbortController()
const client = new MastraClient({
  baseUrl: workerData.url,
  retries: 0,
  ...(workerData.withSignal ? { abortSignal: control.signal } : {}),
})
globalThis.kept = { control, client, streams: [] }
for (let i = 0; i < workerData.calls; i++) client.getAgent('held-' + i).details().catch(() => {})
Promise.all(Array.from({ length: workerData.streams }, (_, i) => client.getAgent('s' + i).stream('hi'))).then(
  (streams) => {
    globalThis.kept.streams.push(...streams)
    parentPort.postMessage('open')
  },
  (err) => parentPort.postMessage('failed: ' + err),
)
`

let srv
let Native

before(async () => {
  srv = await holdingServer()
  Native = require('../index.js')
  // The shared I/O thread starts with the first call; start it before counting descriptors.
  await new Native.MastraClient({ baseUrl: srv.url, retries: 0 }).getAgent('ok').details()
})
after(() => srv?.close())

describe('a terminated worker', () => {
  test(`closes the connections of its calls and streams in flight (${WORKERS} workers × ${CALLS_PER_WORKER} calls + ${STREAMS_PER_WORKER} streams)`, T, async () => {
    const baseFds = fds()
    const expected = srv.requests() + WORKERS * (CALLS_PER_WORKER + STREAMS_PER_WORKER)
    const workers = []
    for (let i = 0; i < WORKERS; i++) {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { entry: ENTRY, url: srv.url, calls: CALLS_PER_WORKER, streams: STREAMS_PER_WORKER, withSignal: i % 2 === 1 },
      })
      const opened = new Promise((resolve, reject) => {
        worker.once('message', (m) => (m === 'open' ? resolve() : reject(new Error(m))))
        worker.once('error', reject)
      })
      workers.push({ worker, opened })
    }
    await Promise.all(workers.map((w) => w.opened))
    assert.ok(await until(() => srv.requests() >= expected, 10_000), `the server saw ${srv.requests()} of ${expected} requests`)
    const openBefore = srv.open()
    assert.equal(openBefore, WORKERS * (CALLS_PER_WORKER + STREAMS_PER_WORKER))

    await Promise.all(workers.map((w) => w.worker.terminate()))
    const closed = await until(() => srv.open() === 0, CLOSE_MS)
    const fdsAfter = fds()
    console.log(`# ${openBefore} connections in flight; ${srv.open()} still open after termination (bound ${CLOSE_MS} ms); fds ${baseFds} → ${fdsAfter}`)
    assert.ok(closed, `${srv.open()} of ${openBefore} connections of terminated workers are still open`)
    if (baseFds !== null) {
      // Both ends of every connection are in this process; a few descriptors of slack.
      assert.ok(await until(() => fds() <= baseFds + 4, CLOSE_MS), `fds: ${baseFds} before the workers, ${fds()} after`)
    }
  })

  test('leaves the other environments working: the main thread still calls', T, async () => {
    const client = new Native.MastraClient({ baseUrl: srv.url, retries: 0 })
    assert.deepEqual(await client.getAgent('ok').details(), {})
  })
})

describe('streams dropped unread', () => {
  /** A client tool that runs here, which makes an agent stream read its rounds itself. */
  const clientTools = { echo: { id: 'echo', description: 'Echoes', inputSchema: { type: 'object' }, execute: async () => 'ok' } }

  /**
   * Opens `count` streams on `client` (agent streams, agent streams with a client tool, event
   * streams) and drops them.
   */
  async function openAndDrop(client, count) {
    for (let i = 0; i < count; i++) {
      if (i % 3 === 0) await client.getAgent('s').stream('hi')
      else if (i % 3 === 1) await client.getAgent('s').stream('hi', { clientTools })
      else await client.streamBackgroundTasks()
    }
  }

  for (const withSignal of [true, false]) {
    test(`close after garbage collection on a client ${withSignal ? 'with' : 'without'} an abortSignal (${DROPPED_STREAMS} streams)`, T, async () => {
      const control = new AbortController()
      const client = new Native.MastraClient({ baseUrl: srv.url, retries: 0, ...(withSignal ? { abortSignal: control.signal } : {}) })
      const listeners = getEventListeners(control.signal, 'abort').length
      const expected = srv.requests() + DROPPED_STREAMS
      await openAndDrop(client, DROPPED_STREAMS)
      assert.ok(await until(() => srv.requests() >= expected && srv.open() >= DROPPED_STREAMS, 10_000), `${srv.open()} streams open`)
      const opened = srv.open()
      const closed = await until(() => srv.open() === 0, CLOSE_MS, gc)
      console.log(`# ${opened} streams dropped; ${srv.open()} still open after GC`)
      assert.ok(closed, `${srv.open()} of ${opened} dropped streams are still open after GC`)
      // Their abort listeners went with them.
      assert.ok(await until(() => getEventListeners(control.signal, 'abort').length === listeners, CLOSE_MS, gc), 'listeners left on the signal')
      control.abort()
    })
  }

  test('a stream that is still held is not closed by GC, and the client signal still aborts it', T, async () => {
    const control = new AbortController()
    const client = new Native.MastraClient({ baseUrl: srv.url, retries: 0, abortSignal: control.signal })
    const response = await client.getAgent('s').stream('hi')
    const reading = response.processDataStream({ onChunk: () => {} })
    reading.catch(() => {})
    assert.ok(await until(() => srv.open() === 1, 5_000))
    for (let i = 0; i < 5; i++) {
      gc()
      await sleep(20)
    }
    assert.equal(srv.open(), 1)
    control.abort()
    await assert.rejects(reading, { name: 'AbortError' })
    assert.ok(await until(() => srv.open() === 0, CLOSE_MS), 'the aborted stream closed')
  })
})

test('loading the package starts no thread; the first call starts the one runtime (its threads named mastra-client-n…)', { ...T, skip: !fs.existsSync('/proc/self/task') && 'no /proc' }, async () => {
  const { spawnSync } = await import('node:child_process')
  const script = `
    const fs = require('node:fs')
    const names = () => fs.readdirSync('/proc/self/task').map((t) => fs.readFileSync('/proc/self/task/' + t + '/comm', 'utf8').trim())
    const before = names()
    const { createMastraClient } = require(${JSON.stringify(ENTRY)})
    const loaded = names()
    createMastraClient().listAgents().catch(() => {}).finally(() => {
      console.log(JSON.stringify({ before: before.length, loaded: loaded.length, called: names() }))
    })`
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, MASTRA_BASE_URL: 'http://127.0.0.1:9' } })
  assert.equal(run.status, 0, run.stderr)
  const { before, loaded, called } = JSON.parse(run.stdout)
  assert.equal(loaded, before, 'require() starts no thread (no runtime of napi-rs, none of ours yet)')
  assert.ok(called.some((name) => name.startsWith('mastra-client-n')), `the first call starts the runtime: ${called}`)
  assert.ok(!called.some((name) => name.startsWith('tokio-rt')), `no other Tokio runtime runs: ${called}`)
})
