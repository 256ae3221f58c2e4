// `npm run soak`: the long-run check. A mixed workload on a real Mastra server for a few minutes,
// through this package and through @mastra/client-js side by side, watching memory, file
// descriptors, the event loop and errors.
//
//   npm run soak [-- --seconds N] [--concurrency N] [--only native|clientjs]
//   env: SOAK_SECONDS (default 180, per client), SOAK_CONCURRENCY (default 32), SOAK_ONLY
//
// How it runs. This process hosts the server (tools/mastra-server.mjs, with its mock model) and
// forks one child per client, one after the other: this package, then client-js. Each child gets
// a fresh server (the same state at its start) and runs the same workload for the same time.
// One process per client, in turn, is what makes the comparison fair: RSS, fds and event-loop
// delay are per process, so two clients in one process (or alternating phases in it) could not
// be told apart, and two children at once would compete for the same two cores. The server
// lives outside the measured processes.
//
// The workload: `--concurrency` lanes each start the next call as soon as theirs settles, in one
// fixed cycle of 16 calls (the same order for both clients), with retries: 0 so that no failure
// is hidden:
//   list      listAgents() (4 of 16)               details   getAgent('echo-agent').details() (4)
//   generate  agent.generate('hello') (2)          stream    agent.stream('chunks:100'), read to the end (2)
//   abort     agent.stream('chunks:500', { abortSignal }), aborted after 20 chunks (1; expects AbortError)
//   timeout   generate with a 5 ms deadline (1; expects TimeoutError): here the client's `timeoutMs`,
//             in client-js (which has no such option) `abortSignal: AbortSignal.timeout(5)`. Not 1 ms:
//             at 1 ms client-js gives up before sending most of them (674 of 1,600 reached a test
//             server) while this package sends nearly all, and the server's load would differ.
//   wfStart   getWorkflow('double-then-inc').createRun(), startAsync({ inputData: { value: 3 } }) (1)
//   wfStream  the same workflow's run.stream(), read to the end (1)
// Results are checked (text, chunk counts, the workflow's 7); a wrong one is an unexpected error.
//
// Printed per client at the start, every 30 s (every third of a shorter run), when the calls are
// done and at the end (after an idle of 5 s, up to 10 s until the keep-alive connections closed):
//   calls, calls/s of the period, unexpected errors so far;
//   rss; heap = V8 heap used; ext = memory V8 is told of (ArrayBuffers...);
//   offHeap = rss - heapTotal - external: resident memory that is neither the V8 heap nor memory
//     the GC frees, that is native allocations (Rust, libuv, malloc arenas), code and stacks.
//     Every sample follows a last-resort GC (gc({ flavor: 'last-resort' }), about 20 ms): after a
//     plain gc() V8 keeps the pages of a heap that shrank resident but out of heapTotal (Node 22: a
//     JS heap grown to 69 MB and collected back to 6 MB left RSS where it was), which would count
//     them as native memory; after a last-resort one RSS falls with the heap;
//   fds = entries of /proc/self/fd (the table's peak is checked every second);
//   eld = event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms ticks), p50/p99/max of the
//     period in ms beyond the tick, our GC's pause left out (the table: the worst period of the run).
// `warm` is the first sample after the warm-up (min(60 s, a third of the run)).
// The table adds the CPU seconds of the client process (and per call) and of the server process.
// The rate is bound by the server (one Node process on a shared core): calls/s says little about
// a client, its CPU per call does.
//
// The verdict, checked for each client (the exit code follows this package's; client-js is the
// reference, its failure points at the machine or the server):
//   - no unexpected error: anything but the expected AbortError/TimeoutError, a wrong result,
//     an error thrown outside any call, or a call still pending 60 s after the end;
//   - fds at the end at most FD_MARGIN above the start (a runtime's epoll/eventfd are allowed);
//   - offHeap growth from `warm` to `end` at most OFFHEAP_BOUND_MB + OFFHEAP_BOUND_PCT % of `warm`
//     (about 16 MB), and V8 heap used growth at most HEAP_BOUND_MB. Measured on the 2-core dev
//     machine (180 s, 30-36k calls per client): offHeap climbs in the first 30 s (43 -> 61 MB
//     here, 48 -> 68 MB client-js: allocator arenas, connection buffers, code), then stays flat:
//     from `warm` (60 s) to `end`, +0.8 MB here and +0.9 MB client-js over 22-24k calls; 30 s runs
//     (warm at 10 s) moved by up to +4.5 MB. The bound is 15 times a full run's drift; a leak of
//     0.75 KB a call, or of 12 KB an aborted stream (one call in 16), goes past it. The heap used
//     after the GC is the live set: 7 MB here, 14-16 MB client-js, flat after the warm-up.

import { fork } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const MB = 1024 * 1024
const FD_MARGIN = 8
const OFFHEAP_BOUND_MB = 10
const OFFHEAP_BOUND_PCT = 10
const HEAP_BOUND_MB = 8
const REPORT_EVERY_S = 30
const TIMEOUT_MS = 5
const AGENT = 'echo-agent'
const WORKFLOW = 'double-then-inc'
const CLIENTS = { native: 'mastra-client-native', clientjs: '@mastra/client-js' }

const argv = process.argv.slice(2)
const opt = (flag, env, dflt) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : (process.env[env] ?? dflt))
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const fdCount = (pid = 'self') => readdirSync(`/proc/${pid}/fd`).length
const mb = (bytes) => bytes / MB
const fmt = (x, digits = 1) => (x == null ? '-' : x.toFixed(digits))

// ---------------------------------------------------------------------------
// Child: one client, one workload (`tools/soak.mjs --child <name> <baseUrl> <seconds> <concurrency>`).
// ---------------------------------------------------------------------------

async function child([name, baseUrl, secondsArg, concurrencyArg]) {
  const seconds = Number(secondsArg)
  const concurrency = Number(concurrencyArg)
  const require = createRequire(import.meta.url)
  const { MastraClient } = name === 'native' ? require('../index.js') : await import('@mastra/client-js')
  const client = new MastraClient({ baseUrl, retries: 0 })
  const timeoutClient = name === 'native' ? new MastraClient({ baseUrl, retries: 0, timeoutMs: TIMEOUT_MS }) : client
  const timeoutOptions = () => (name === 'native' ? {} : { abortSignal: AbortSignal.timeout(TIMEOUT_MS) })
  const agent = () => client.getAgent(AGENT)

  const bad = (what, value) => {
    throw Object.assign(new Error(`wrong result of ${what}: ${JSON.stringify(value)?.slice(0, 200)}`), { name: 'WrongResult' })
  }
  async function readStream(response, stopAfter, controller) {
    let deltas = 0
    await response.processDataStream({
      onChunk: async (chunk) => {
        if (chunk.type === 'text-delta' && ++deltas === stopAfter) controller.abort()
      },
    })
    return deltas
  }
  // Each kind: [run, names of the errors it expects].
  const KINDS = {
    list: [async () => (await client.listAgents())[AGENT] || bad('listAgents', null), []],
    details: [async () => (await agent().details()).name === 'Echo Agent' || bad('details', null), []],
    generate: [async () => (await agent().generate('hello')).text === 'echo: hello' || bad('generate', null), []],
    stream: [async () => {
      const n = await readStream(await agent().stream('chunks:100'))
      if (n !== 100) bad('stream (text deltas)', n)
    }, []],
    abort: [async () => {
      const controller = new AbortController()
      const response = await agent().stream('chunks:500', { abortSignal: controller.signal })
      const n = await readStream(response, 20, controller)
      if (!controller.signal.aborted) bad('stream to abort (text deltas)', n)
      return 'ended-quietly' // the stream ended without an error after the abort
    }, ['AbortError']],
    timeout: [async () => {
      await timeoutClient.getAgent(AGENT).generate('hello', timeoutOptions())
      return 'beat-deadline'
    }, ['TimeoutError']],
    wfStart: [async () => {
      const run = await client.getWorkflow(WORKFLOW).createRun()
      const r = await run.startAsync({ inputData: { value: 3 } })
      if (r?.result?.value !== 7) bad('workflow startAsync', r)
    }, []],
    wfStream: [async () => {
      const run = await client.getWorkflow(WORKFLOW).createRun()
      const records = []
      for await (const record of await run.stream({ inputData: { value: 3 } })) records.push(record.type)
      if (!records.includes('workflow-finish')) bad('workflow stream', records)
    }, []],
  }
  // 16 calls: the cheap JSON calls most often (the server, not the client, bounds the rate).
  const CYCLE = ['list', 'details', 'generate', 'stream', 'list', 'abort', 'details', 'wfStart',
    'list', 'generate', 'details', 'timeout', 'stream', 'list', 'wfStream', 'details']

  const stats = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { ok: 0, expected: 0, unexpected: 0, note: {} }]))
  const unexpected = new Map() // message -> count
  let calls = 0
  let unexpectedTotal = 0
  let inFlight = 0
  let peakFds = 0
  // Nothing may throw outside a call: such an error counts as unexpected, and the run goes on.
  const outside = (err) => {
    unexpectedTotal++
    const key = `outside any call: ${err?.name}: ${String(err?.message).slice(0, 160)}`
    unexpected.set(key, (unexpected.get(key) ?? 0) + 1)
  }
  process.on('uncaughtException', outside)
  process.on('unhandledRejection', outside)

  const period = monitorEventLoopDelay({ resolution: 10 })
  const ms = (ns) => Math.max(0, ns / 1e6 - 10)
  const watch = setInterval(() => (peakFds = Math.max(peakFds, fdCount())), 1000)
  // Each sample follows a last-resort GC: V8 then gives back the pages of a heap that shrank, which
  // a plain gc() leaves resident. The period's delay is read before the GC; the GC's own pause,
  // recorded at the next tick, goes with the reset.
  async function sample(label) {
    const eld = { p50: ms(period.percentile(50)), p99: ms(period.percentile(99)), max: ms(period.max) }
    globalThis.gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    const m = process.memoryUsage()
    const fds = fdCount()
    peakFds = Math.max(peakFds, fds)
    const s = { label, t: performance.now(), calls, unexpected: unexpectedTotal, rssMB: mb(m.rss), heapMB: mb(m.heapUsed), externalMB: mb(m.external), offHeapMB: mb(m.rss - m.heapTotal - m.external), fds, eld }
    await sleep(15)
    period.reset()
    return s
  }
  let last = null
  function report(s) {
    const dt = last ? (s.t - last.t) / 1e3 : 0
    const rate = dt >= 1 ? `${Math.round((s.calls - last.calls) / dt)}/s` : '-'
    console.log(
      `[${name.padEnd(8)}] ${s.label.padEnd(5)} t=${fmt((s.t - t0) / 1e3, 0).padStart(4)}s calls ${String(s.calls).padStart(7)} (${rate.padStart(6)}) unexpected ${s.unexpected}` +
        ` | rss ${fmt(s.rssMB)} heap ${fmt(s.heapMB)} offHeap ${fmt(s.offHeapMB)} ext ${fmt(s.externalMB)} MB | fds ${s.fds}` +
        ` | eld p50 ${fmt(s.eld.p50)} p99 ${fmt(s.eld.p99)} max ${fmt(s.eld.max)} ms`,
    )
    last = s
  }

  period.enable()
  const t0 = performance.now()
  const start = await sample('start')
  report(start)
  const cpu0 = process.cpuUsage()
  const deadline = performance.now() + seconds * 1e3
  let seq = 0
  async function lane() {
    while (performance.now() < deadline) {
      const kind = CYCLE[seq++ % CYCLE.length]
      const [run, expects] = KINDS[kind]
      const s = stats[kind]
      inFlight++
      try {
        const note = await run()
        s.ok++
        if (typeof note === 'string') s.note[note] = (s.note[note] ?? 0) + 1
      } catch (err) {
        if (expects.includes(err?.name)) s.expected++
        else {
          s.unexpected++, unexpectedTotal++
          const key = `${kind}: ${err?.name}: ${String(err?.message).slice(0, 160)}`
          unexpected.set(key, (unexpected.get(key) ?? 0) + 1)
        }
      } finally {
        inFlight--
        calls++
      }
    }
  }
  const lanes = Promise.all(Array.from({ length: concurrency }, lane))

  // Samples every 30 s (a third of a shorter run); the first one after the warm-up is `warm`.
  const warmAt = Math.min(60, seconds / 3) * 1e3
  const samples = []
  let warm = null
  let sampling = null
  const ticker = setInterval(() => {
    sampling = sample(!warm && performance.now() - t0 >= warmAt - 100 ? 'warm' : 'run').then((s) => {
      if (s.label === 'warm') warm = s
      samples.push(s)
      report(s)
    })
  }, Math.min(REPORT_EVERY_S, seconds / 3) * 1e3)
  // Every call must settle soon after the deadline; one that does not is a hang.
  const settled = await Promise.race([lanes.then(() => true), sleep(seconds * 1e3 + 60_000).then(() => false)])
  clearInterval(ticker)
  await sampling
  if (!settled) {
    unexpectedTotal += inFlight
    unexpected.set(`${inFlight} call(s) still pending 60 s after the end`, 1)
  }
  const cpu = process.cpuUsage(cpu0)
  const runSeconds = (performance.now() - deadline) / 1e3 + seconds
  const busy = await sample('done')
  samples.push(busy)
  report(busy)
  // The run's event-loop delay: its worst 30 s period, statistic by statistic.
  const runEld = Object.fromEntries(['p50', 'p99', 'max'].map((k) => [k, Math.max(...samples.map((x) => x.eld[k]))]))
  // Idle until the keep-alive connections are gone (both pools drop them after 4 s): 5 s, then
  // until the fds are back within the margin, 10 s at most.
  const idleFrom = performance.now()
  await sleep(5000)
  while (fdCount() > start.fds + FD_MARGIN && performance.now() - idleFrom < 10_000) await sleep(250)
  const idleSeconds = (performance.now() - idleFrom) / 1e3
  const end = await sample('end')
  report(end)
  clearInterval(watch)
  return {
    name, seconds: runSeconds, idleSeconds, calls, callsPerSec: busy.calls / runSeconds, unexpectedTotal,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    unexpected: [...unexpected].map(([message, count]) => ({ message, count })),
    stats, start, warm, end, peakFds, eld: runEld,
  }
}

// ---------------------------------------------------------------------------
// Parent: server, children in turn, table, verdict.
// ---------------------------------------------------------------------------

function verdict(r) {
  const problems = []
  if (r.unexpectedTotal) problems.push(`${r.unexpectedTotal} unexpected error(s)`)
  if (r.end.fds > r.start.fds + FD_MARGIN) problems.push(`fds ${r.start.fds} -> ${r.end.fds} after ${fmt(r.idleSeconds)} s idle (margin ${FD_MARGIN})`)
  const base = r.warm ?? r.start
  const bound = OFFHEAP_BOUND_MB + (base.offHeapMB * OFFHEAP_BOUND_PCT) / 100
  const growth = r.end.offHeapMB - base.offHeapMB
  if (growth > bound) problems.push(`offHeap grew ${fmt(growth)} MB after warm-up (bound ${fmt(bound)} MB)`)
  if (r.end.heapMB - base.heapMB > HEAP_BOUND_MB) problems.push(`V8 heap used grew ${fmt(r.end.heapMB - base.heapMB)} MB after warm-up (bound ${HEAP_BOUND_MB} MB)`)
  return { problems, growth, bound }
}

function table(results) {
  const cols = results.map((r) => ({ r, v: verdict(r) }))
  const row = (label, f) => console.log(`${label.padEnd(30)}${cols.map((c) => String(f(c.r, c.v)).padStart(28)).join('')}`)
  const eldOf = (e) => `${fmt(e.p50)} / ${fmt(e.p99)} / ${fmt(e.max)}`
  console.log(`\n== soak: ${results[0].seconds.toFixed(0)} s per client ==`)
  row('', (r) => CLIENTS[r.name])
  row('calls (calls/s)', (r) => `${r.calls} (${r.callsPerSec.toFixed(0)})`)
  row('unexpected errors', (r) => r.unexpectedTotal)
  row('CPU s: client (ms/call) server', (r) => `${fmt(r.cpuSeconds)} (${fmt((r.cpuSeconds * 1e3) / r.calls, 2)})  ${fmt(r.serverCpuSeconds)}`)
  row('rss MB start/warm/end', (r) => `${fmt(r.start.rssMB)} / ${fmt(r.warm?.rssMB)} / ${fmt(r.end.rssMB)}`)
  row('heap used MB start/warm/end', (r) => `${fmt(r.start.heapMB)} / ${fmt(r.warm?.heapMB)} / ${fmt(r.end.heapMB)}`)
  row('offHeap MB start/warm/end', (r) => `${fmt(r.start.offHeapMB)} / ${fmt(r.warm?.offHeapMB)} / ${fmt(r.end.offHeapMB)}`)
  row('offHeap growth / bound MB', (r, v) => `${v.growth >= 0 ? '+' : ''}${fmt(v.growth)} / ${fmt(v.bound)}`)
  row('fds start/peak/end', (r) => `${r.start.fds} / ${r.peakFds} / ${r.end.fds}`)
  row('idle before end s', (r) => fmt(r.idleSeconds))
  row('server fds start/end', (r) => r.serverFds.join(' / '))
  row('eld ms p50/p99/max (worst)', (r) => eldOf(r.eld))
  for (const kind of Object.keys(results[0].stats)) {
    row(`  ${kind} ok/expected/unexp`, (r) => {
      const s = r.stats[kind]
      const notes = Object.entries(s.note).map(([k, n]) => ` ${k}:${n}`).join('')
      return `${s.ok}/${s.expected}/${s.unexpected}${notes}`
    })
  }
  row('verdict', (r, v) => (v.problems.length ? 'FAIL' : 'ok'))
  for (const { r, v } of cols) {
    for (const p of v.problems) console.log(`  ${CLIENTS[r.name]}: ${p}`)
    for (const u of r.unexpected.slice(0, 8)) console.log(`  ${CLIENTS[r.name]}: ${u.count} x ${u.message}`)
  }
  return cols
}

async function parent() {
  if (Number(process.versions.node.split('.')[0]) < 22) {
    console.error(`soak: Node >= 22 is needed (@mastra/*), this is ${process.version}; use node_modules/.bin/node or npm run soak`)
    process.exit(1)
  }
  const seconds = Number(opt('--seconds', 'SOAK_SECONDS', 180))
  const concurrency = Number(opt('--concurrency', 'SOAK_CONCURRENCY', 32))
  const only = opt('--only', 'SOAK_ONLY', '')
  if (!(seconds > 0) || !(concurrency > 0)) throw new Error('--seconds and --concurrency must be positive numbers')
  if (only && !CLIENTS[only]) throw new Error(`--only takes ${Object.keys(CLIENTS).join(' or ')}`)
  const { startMastraServer } = await import('./mastra-server.mjs')
  const names = Object.keys(CLIENTS).filter((n) => !only || n === only)
  console.log(`soak: ${names.map((n) => CLIENTS[n]).join(', then ')}; ${seconds} s each at ${concurrency} in flight, a fresh Mastra server each`)
  const results = []
  for (const name of names) {
    const server = await startMastraServer({ port: 0 })
    const serverFds = fdCount()
    const serverCpu0 = process.cpuUsage()
    try {
      const result = await new Promise((resolve, reject) => {
        const c = fork(fileURLToPath(import.meta.url), ['--child', name, server.url, String(seconds), String(concurrency)], { execArgv: ['--expose-gc'] })
        c.once('message', resolve)
        c.once('error', reject)
        c.once('exit', (code) => reject(new Error(`${name} child exited with ${code} before reporting`)))
      })
      const serverCpu = process.cpuUsage(serverCpu0)
      results.push({ ...result, serverFds: [serverFds, fdCount()], serverCpuSeconds: (serverCpu.user + serverCpu.system) / 1e6 })
    } finally {
      await server.close()
    }
  }
  const cols = table(results)
  const judged = cols.find((c) => c.r.name === 'native') ?? cols[0]
  process.exitCode = judged.v.problems.length ? 1 : 0
}

if (argv[0] === '--child') {
  const result = await child(argv.slice(1))
  process.send(result, () => process.exit(0))
} else {
  await parent()
}
