// `npm run bench`: mastra-client-native vs @mastra/client-js in one run.
//
//   node bench/run.mjs [--quick] [--no-native] [--no-real] [--only canned,realistic,cold,memory,real,nextjs] [--out bench/results]
//   env: BENCH_QUICK=1, BENCH_ROUNDS, BENCH_SECONDS, BENCH_CEILING_THREADS (0 = current_thread),
//        BENCH_PIN=0 (no CPU pinning), BENCH_UNPINNED=0|1 (the realistic rows' unpinned pass: on in full runs)
//
// Needs `cargo build --release -p mastra-bench-native` first (target/release/canned-server, ceiling).
// Writes <out>/latest.json and <out>/chart.svg and prints a table. See bench/README.md.

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { BENCH_DIR, CONTENDERS, ROOT, median } from './common.mjs'
import { evaluateTargets, printReport, renderSvg } from './report.mjs'

const argv = process.argv.slice(2)
const flag = (f) => argv.includes(f)
const opt = (f, d) => (argv.indexOf(f) >= 0 ? argv[argv.indexOf(f) + 1] : d)
const QUICK = flag('--quick') || process.env.BENCH_QUICK === '1'
const OUT = resolve(opt('--out', join(BENCH_DIR, 'results')))
// The Next.js section builds an app four times (about 2 minutes): full runs only, unless named.
const SECTIONS = new Set((opt('--only', QUICK ? 'canned,realistic,paced,cold,memory,real' : 'canned,realistic,paced,cold,memory,real,nextjs') ?? '').split(','))
if (flag('--no-real')) SECTIONS.delete('real')

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`bench: Node >= 22 is needed (@mastra/* packages), this is ${process.version}. Use node_modules/.bin/node.`)
  process.exit(1)
}

const CFG = QUICK
  ? {
      rounds: 1,
      seconds: 0.25,
      warmupSeconds: 0.15,
      streamChunks: 10_000,
      streamsPerRound: 1,
      memoryCalls: 5_000,
      openStreams: 50,
      coldSamples: 1,
      realRounds: 1,
      realSeconds: 0.25,
      realStreamChunks: 500,
      realThreads: 20,
      realisticRounds: 1,
      realisticSeconds: 0.25,
      realisticWarmupSeconds: 0.1,
      // Shorter streams than a full run's 2,000: 64 streams in flight must all end before a round does.
      realisticChunks: 500,
      realisticUnpinned: false,
      pacedRounds: 1,
      pacedSeconds: 0.5,
      pacedWarmupSeconds: 0.2,
      pacedChunks: 100,
      pacedEveryMs: 1,
    }
  : {
      rounds: 5,
      seconds: 1.5,
      warmupSeconds: 1,
      streamChunks: 10_000,
      streamsPerRound: 3,
      memoryCalls: 200_000,
      openStreams: 1_000,
      coldSamples: 7,
      // The real server's own cost per call drifts within a run (its garbage collector, its
      // store: 4 to 14 ms of its CPU per 1 MB reply from one round to the next), so its rows
      // take more, shorter turns: the median of 7 paired rounds rather than of 3.
      realRounds: 7,
      realSeconds: 0.75,
      realStreamChunks: 10_000,
      realThreads: 100,
      // The realistic rows: 10 scenarios, pinned with the ceiling (~100 s), then unpinned
      // without it and without warm-up rounds (~55 s); the rows at 64 in flight of 1 MB bodies
      // or 2,000-chunk streams take longest (a round ends when its 64 calls/streams have).
      realisticRounds: 3,
      realisticSeconds: 0.75,
      realisticWarmupSeconds: 0.3,
      realisticChunks: 2_000,
      realisticUnpinned: true,
      // Streams at a model's pace: 4 scenarios of 3 paired rounds of 1.5 s (~45 s). One event
      // per ms per stream is a fast model's pace; each stream takes at least 0.3 s.
      pacedRounds: 3,
      pacedSeconds: 1.5,
      pacedWarmupSeconds: 0.5,
      pacedChunks: 300,
      pacedEveryMs: 1,
    }
if (process.env.BENCH_ROUNDS) CFG.rounds = CFG.realRounds = CFG.realisticRounds = CFG.pacedRounds = Number(process.env.BENCH_ROUNDS)
if (process.env.BENCH_SECONDS) CFG.seconds = CFG.realSeconds = CFG.realisticSeconds = CFG.pacedSeconds = Number(process.env.BENCH_SECONDS)
if (process.env.BENCH_UNPINNED) CFG.realisticUnpinned = process.env.BENCH_UNPINNED === '1'
CFG.ceilingThreads = Number(process.env.BENCH_CEILING_THREADS ?? 0)
CFG.maxCalls = 1_000_000

// CPU pinning (Linux, >= 2 cores, taskset available; BENCH_PIN=0 turns it off): servers
// get core 0, everything measured (client workers, probes, ceiling) the other cores.
// Without it, whether a client happens to be scheduled on the server's core decides
// small-request latency (a same-core wake-up is several times cheaper than a
// cross-core one on VMs), which makes 1-in-flight numbers bimodal from run to run.
const CORES = os.availableParallelism?.() ?? os.cpus().length
const PIN =
  process.env.BENCH_PIN !== '0' &&
  os.platform() === 'linux' &&
  CORES >= 2 &&
  (() => {
    try {
      execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()
const SERVER_CPUS = '0'
const CLIENT_CPUS = CORES > 2 ? `1-${CORES - 1}` : '1'
const ALL_CPUS = `0-${CORES - 1}`
CFG.pin = PIN ? { server: SERVER_CPUS, clients: CLIENT_CPUS } : null
// False during the realistic rows' unpinned pass (processes started then are not pinned).
let pinNow = PIN
const pinned = (cpus, cmd, args) => (pinNow ? ['taskset', ['-c', cpus, cmd, ...args]] : [cmd, args])
// Moves a running process, all its threads, to `cpus` (threads it starts later inherit it).
const repin = (pid, cpus) => execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' })

// Cargo's output directory (CARGO_TARGET_DIR when set, as cargo itself does).
const BIN = join(process.env.CARGO_TARGET_DIR ? resolve(ROOT, process.env.CARGO_TARGET_DIR) : join(ROOT, 'target'), 'release')
const CANNED_BIN = join(BIN, 'canned-server')
const CEILING_BIN = join(BIN, 'ceiling')
for (const b of [CANNED_BIN, CEILING_BIN]) {
  if (!existsSync(b)) {
    console.error(`bench: ${b} is missing; run: cargo build --release -p mastra-bench-native`)
    process.exit(1)
  }
}

// ---------------------------------------------------------------------------
// Child processes (all killed on exit, by pid).
// ---------------------------------------------------------------------------

const children = new Set()
function track(child) {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}
function killAll() {
  for (const c of children) {
    try {
      c.kill('SIGKILL')
    } catch {}
  }
}
process.on('exit', killAll)
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

const log = (...a) => console.error(...a)

// Starts a server process and resolves with its URL once it prints `listening on <url>`.
function startServer(cmd, args, what) {
  return new Promise((resolveP, reject) => {
    const child = track(spawn(...pinned(SERVER_CPUS, cmd, args), { stdio: ['pipe', 'pipe', 'inherit'], cwd: ROOT }))
    const rl = createInterface({ input: child.stdout })
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 60 s`)), 60_000)
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)))
    rl.on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line)
      if (m) {
        clearTimeout(timer)
        resolveP({ url: m[1], child })
      }
    })
  })
}

// Runs a process to completion and parses the JSON its stdout's last line holds.
function runJson(cmd, args, { timeoutMs = 600_000 } = {}) {
  return new Promise((resolveP, reject) => {
    const child = track(spawn(...pinned(CLIENT_CPUS, cmd, args), { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT }))
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      const last = out.trim().split('\n').pop()
      if (code === 0) {
        try {
          return resolveP(JSON.parse(last))
        } catch {}
      }
      reject(new Error(`${[cmd, ...args].join(' ')} -> ${signal ?? code}\n${(err || out).trim().slice(-2000)}`))
    })
  })
}

const node = (script, args, execArgv = []) => runJson(process.execPath, [...execArgv, join(BENCH_DIR, script), ...args])

// A contender living in its own long-lived worker process.
async function startWorker(name) {
  const child = track(
    spawn(...pinned(CLIENT_CPUS, process.execPath, ['--expose-gc', join(BENCH_DIR, 'worker.mjs'), name]), {
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      cwd: ROOT,
    }),
  )
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  let seq = 0
  const pending = new Map()
  await new Promise((res, rej) => {
    child.once('message', (m) => (m.ready ? res() : rej(new Error(String(m)))))
    child.once('exit', (code) => rej(new Error(`worker exited with ${code} while loading:\n${stderr.trim().slice(-3000)}`)))
  })
  child.on('message', ({ id, result, error }) => {
    const p = pending.get(id)
    if (!p) return
    pending.delete(id)
    error ? p.reject(new Error(error)) : p.resolve(result)
  })
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`worker exited with ${code}:\n${stderr.trim().slice(-3000)}`))
    pending.clear()
  })
  return {
    name,
    call(cmd, args) {
      return new Promise((res, rej) => {
        const id = ++seq
        pending.set(id, { resolve: res, reject: rej })
        child.send({ id, cmd, args })
      })
    },
    pid: child.pid,
    stop: () => child.kill('SIGTERM'),
  }
}

// ---------------------------------------------------------------------------
// Scenarios.
// ---------------------------------------------------------------------------

const SUMMARY_KEYS = ['callsPerSec', 'chunksPerSec', 'p50Ms', 'p99Ms', 'ttfcMs', 'elu', 'eluBusyUs', 'mainCpuUs', 'procCpuUs', 'serverCpuUs']

// CPU time a server process has used, in ns: the sum of its threads' (Linux; null elsewhere).
// It counts the network stack's work done in the server's own context: on loopback, a write
// also runs the receiving socket's side, and each ACK the client sends runs in the client's.
function serverCpuNs(pid) {
  try {
    let ns = 0
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
    return ns
  } catch {
    return null
  }
}

function summarize(rounds) {
  const s = { rounds }
  for (const k of SUMMARY_KEYS) {
    const m = median(rounds.map((r) => r[k]))
    if (m !== null) s[k] = m
  }
  return s
}

// Runs one scenario: a warm-up round (none when `warmupSeconds` is 0), then `rounds` measured
// rounds, contenders alternating inside each round with the order rotating from round to round.
// `runners` maps contender name -> async (seconds) => round result. With `serverPid`, each
// round also gets the server's CPU per call (streams: per chunk), `serverCpuUs`.
async function scenario(id, runners, rounds, seconds, warmupSeconds, serverPid = null) {
  const names = Object.keys(runners)
  const perRound = Object.fromEntries(names.map((n) => [n, []]))
  const errors = {}
  for (let r = warmupSeconds > 0 ? 0 : 1; r <= rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length])
    for (const n of order) {
      if (errors[n]) continue
      try {
        const cpu0 = serverPid === null ? null : serverCpuNs(serverPid)
        const res = await runners[n](r === 0 ? warmupSeconds : seconds)
        const cpu1 = cpu0 === null ? null : serverCpuNs(serverPid)
        const units = res.chunks ?? res.calls
        if (cpu1 !== null && units > 0) res.serverCpuUs = (cpu1 - cpu0) / 1000 / units
        if (r > 0) perRound[n].push(res)
      } catch (e) {
        errors[n] = String(e?.message ?? e)
        problem(`${n}: ${id} failed: ${errors[n]}`)
      }
    }
  }
  const out = {}
  for (const n of names) out[n] = errors[n] ? { error: errors[n] } : summarize(perRound[n])
  // Paired ratios: per round, native vs each other contender, then the median.
  const ratio = (a, b, key) => {
    const xs = perRound[a].map((ra, i) => (perRound[b][i] ? ra[key] / perRound[b][i][key] : NaN))
    return median(xs)
  }
  out.ratios = {}
  const key = Object.values(perRound).flat()[0]?.chunksPerSec !== undefined ? 'chunksPerSec' : 'callsPerSec'
  if (perRound.native?.length && perRound.clientjs?.length) {
    out.ratios.vsClientJs = ratio('native', 'clientjs', key)
    out.ratios.p50VsClientJs = ratio('native', 'clientjs', 'p50Ms')
    out.ratios.p99VsClientJs = ratio('native', 'clientjs', 'p99Ms')
    out.ratios.mainCpuVsClientJs = ratio('native', 'clientjs', 'mainCpuUs')
    out.ratios.procCpuVsClientJs = ratio('native', 'clientjs', 'procCpuUs')
    out.ratios.eluBusyVsClientJs = ratio('native', 'clientjs', 'eluBusyUs')
    if (perRound.native[0]?.serverCpuUs !== undefined) out.ratios.serverCpuVsClientJs = ratio('native', 'clientjs', 'serverCpuUs')
    if (key === 'chunksPerSec') out.ratios.ttfcVsClientJs = ratio('native', 'clientjs', 'ttfcMs')
  }
  if (perRound.native?.length && perRound.ceiling?.length) out.ratios.vsCeiling = ratio('native', 'ceiling', key)
  if (perRound.clientjs?.length && perRound.ceiling?.length) out.ratios.clientJsVsCeiling = ratio('clientjs', 'ceiling', key)
  return out
}

function ceilingRunner(url, mode, concurrency, extra = [], warmup = mode === 'big' ? 4 : Math.max(concurrency * 8, 200)) {
  return (seconds) =>
    runJson(CEILING_BIN, [
      '--url', url, '--mode', mode, '--concurrency', String(concurrency), '--threads', String(CFG.ceilingThreads),
      '--seconds', String(seconds), '--calls', String(CFG.maxCalls),
      '--warmup', String(warmup), ...extra,
    ])
}

function fmtProgress(id, res, startedAt) {
  const parts = []
  for (const [n, v] of Object.entries(res)) {
    if (n === 'ratios' || typeof v !== 'object') continue
    if (v.error) parts.push(`${n}: ERROR`)
    else if (v.chunksPerSec !== undefined) parts.push(`${n} ${Math.round(v.chunksPerSec)} chunks/s ttfc ${v.ttfcMs?.toFixed(2)} ms`)
    else parts.push(`${n} ${Math.round(v.callsPerSec)}/s`)
  }
  const r = res.ratios ?? {}
  if (r.vsClientJs) parts.push(`native÷client-js ${r.vsClientJs.toFixed(2)}×`)
  if (r.vsCeiling) parts.push(`native÷ceiling ${(r.vsCeiling * 100).toFixed(0)}%`)
  if (startedAt) parts.push(`${((Date.now() - startedAt) / 1e3).toFixed(1)} s`)
  log(`  ${id.padEnd(startedAt ? 18 : 10)} ${parts.join(' | ')}`)
}

// Throughput + stream scenarios against one server.
// `workflow`: the workflow stream row's arguments for the worker (null: no such row).
async function serverScenarios(url, workers, { withCeiling, rounds, seconds, streamChunks, streamsPerRound, serverPid = null, warmupSeconds = null, workflow = null }) {
  const results = {}
  const list = [
    ['get@1', 'get', 1],
    ['get@16', 'get', 16],
    ['get@64', 'get', 64],
    ['get@256', 'get', 256],
    ['post@64', 'post', 64],
    ['big@1', 'big', 1],
  ]
  if (QUICK || !withCeiling) list.splice(1, 1) // get@16 only in full canned runs
  if (!withCeiling) list.splice(list.findIndex((s) => s[0] === 'get@256'), 1)
  for (const [id, op, concurrency] of list) {
    const runners = {}
    for (const w of workers) {
      runners[w.name] = (secs) => w.call('throughput', { baseUrl: url, op, concurrency, seconds: secs, maxCalls: CFG.maxCalls })
    }
    if (withCeiling) runners.ceiling = ceilingRunner(url, op, concurrency)
    results[id] = await scenario(id, runners, rounds, seconds, warmupSeconds ?? Math.min(seconds, CFG.warmupSeconds), serverPid)
    results[id].concurrency = concurrency
    fmtProgress(id, results[id])
  }
  const runners = {}
  for (const w of workers) {
    runners[w.name] = (secs) =>
      w.call('stream', { baseUrl: url, chunks: streamChunks, streams: secs < seconds ? 1 : streamsPerRound })
  }
  if (withCeiling) {
    runners.ceiling = (secs) =>
      runJson(CEILING_BIN, ['--url', url, '--mode', 'stream', '--concurrency', '1', '--threads', String(CFG.ceilingThreads),
        '--chunks', String(streamChunks), '--calls', String(secs < seconds ? 1 : streamsPerRound), '--warmup', '1'])
  }
  results.stream = await scenario('stream', runners, rounds, seconds, seconds / 2, serverPid)
  results.stream.chunks = streamChunks
  fmtProgress('stream', results.stream)
  if (workflow) {
    // A workflow stream of `streamChunks` records (`run.stream()`).
    const wf = {}
    for (const w of workers) {
      wf[w.name] = (secs) => w.call('workflowStream', { ...workflow, baseUrl: url, chunks: streamChunks, streams: secs < seconds ? 1 : streamsPerRound })
    }
    results.workflowStream = await scenario('workflowStream', wf, rounds, seconds, seconds / 2, serverPid)
    results.workflowStream.chunks = streamChunks
    fmtProgress('wf stream', results.workflowStream)
  }
  return results
}

// The realistic rows (issue 17), against the canned server: bodies recorded from the real
// server at realistic sizes, streams written one event per network write; 1 and 64 in flight.
//   [row, worker command or throughput op, ceiling mode]
const REALISTIC = [
  ['listAgents', 'agents', 'agents'],
  ['generate', 'history', 'history'],
  ['messages', 'messages', 'messages'],
  ['agentStream', 'stream', 'tokens'],
  ['workflowStream', 'workflowStream', 'wftokens'],
]
const HISTORY_FILE = join(BENCH_DIR, 'fixtures', 'history.json')

async function realisticScenarios(url, workers, { withCeiling, rounds, seconds, warmupSeconds, chunks, serverPid = null, rows = null }) {
  const results = {}
  for (const [row, op, mode] of REALISTIC.filter(([row]) => !rows || rows.includes(row))) {
    for (const concurrency of [1, 64]) {
      const id = `${row}@${concurrency}`
      const isStream = op === 'stream' || op === 'workflowStream'
      const runners = {}
      for (const w of workers) {
        runners[w.name] = isStream
          ? (secs) => w.call(op, { baseUrl: url, chunks, tokens: true, concurrency, seconds: secs })
          : (secs) => w.call('throughput', { baseUrl: url, op, concurrency, seconds: secs, maxCalls: CFG.maxCalls })
      }
      if (withCeiling) {
        const extra = isStream ? ['--chunks', String(chunks)] : mode === 'history' ? ['--body-file', HISTORY_FILE] : []
        // Warm-up: one stream (1 MB page) per lane; 200 calls or 8 per lane for the others.
        const warmup = isStream || mode === 'messages' ? Math.max(concurrency, 2) : Math.max(concurrency * 8, 200)
        runners.ceiling = ceilingRunner(url, mode, concurrency, extra, warmup)
      }
      const t = Date.now()
      const res = await scenario(id, runners, rounds, seconds, Math.min(seconds, warmupSeconds), serverPid)
      res.concurrency = concurrency
      if (isStream) res.chunks = chunks
      results[id] = res
      fmtProgress(id, res, t)
    }
  }
  return results
}

// Streams at a model's pace (canned server, one event per write, each `everyMs` after the
// one before): the server sets the rate, so both clients get the same events per second, and
// what tells them apart is the client's CPU per event (`procCpuUs`).
const PACED = [
  ['agentStream', 'stream'],
  ['workflowStream', 'workflowStream'],
]

async function pacedScenarios(url, workers, { rounds, seconds, warmupSeconds, chunks, everyMs, serverPid = null }) {
  const results = {}
  for (const [row, op] of PACED) {
    for (const concurrency of [1, 64]) {
      const id = `${row}@${concurrency}`
      const runners = {}
      for (const w of workers) runners[w.name] = (secs) => w.call(op, { baseUrl: url, chunks, tokens: true, everyMs, concurrency, seconds: secs })
      const t = Date.now()
      const res = await scenario(id, runners, rounds, seconds, warmupSeconds, serverPid)
      Object.assign(res, { concurrency, chunks, everyMs })
      results[id] = res
      fmtProgress(id, res, t)
      const cpu = (n) => (res[n]?.procCpuUs === undefined ? 'n/a' : `${res[n].procCpuUs.toFixed(1)} µs`)
      log(`  ${''.padEnd(18)} client CPU per event: client-js ${cpu('clientjs')}, native ${cpu('native')}`)
    }
  }
  return results
}

// What the realistic rows' canned bodies are (sizes, share of non-ASCII text), from the server.
async function realisticBodies(url) {
  const get = async (path, init) => {
    const r = await fetch(url + path, init)
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`)
    return Buffer.from(await r.arrayBuffer())
  }
  const nonAscii = (buf) => {
    const text = buf.toString('utf8')
    let chars = 0
    let non = 0
    for (const ch of text) {
      chars++
      if (ch.codePointAt(0) > 0x7f) non++
    }
    return { bytes: buf.length, nonAsciiCharsPct: (non / chars) * 100, nonAsciiBytesPct: ((buf.length - (chars - non)) / buf.length) * 100 }
  }
  const agents = await get('/api/agents')
  const history = readFileSync(HISTORY_FILE)
  const request = Buffer.from(JSON.stringify({ messages: JSON.parse(history) }))
  const answer = await get('/api/agents/chat-agent/generate', { method: 'POST', body: request, headers: { 'content-type': 'application/json' } })
  const messages = await get('/api/memory/threads/bench-thread/messages?agentId=echo-agent')
  return {
    listAgents: { bytes: agents.length, agents: Object.keys(JSON.parse(agents)).length },
    generate: { requestBytes: request.length, responseBytes: answer.length, messages: JSON.parse(history).length },
    messages: { ...nonAscii(messages), messages: JSON.parse(messages).messages.length },
    streams: { chunks: CFG.realisticChunks, write: 'one event per network write' },
  }
}

// ---------------------------------------------------------------------------
// Main.
// ---------------------------------------------------------------------------

const t0 = Date.now()
const result = {
  meta: {
    date: new Date().toISOString(),
    quick: QUICK,
    config: CFG,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    // The system's TCP congestion control: how a server writing one event per write has its
    // writes packed into segments when a stream goes as fast as it can (Linux only).
    tcpCongestion: (() => {
      try {
        return readFileSync('/proc/sys/net/ipv4/tcp_congestion_control', 'utf8').trim()
      } catch {
        return null
      }
    })(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
      } catch {
        return null
      }
    })(),
    contenders: {},
  },
  problems: [],
}

const wanted = ['clientjs', ...(flag('--no-native') ? [] : ['native'])]
const problem = (msg) => {
  result.problems.push(msg)
  log(`! ${msg}`)
}

log(`bench: ${QUICK ? 'quick' : 'full'} run, Node ${process.version}, ${result.meta.cores} cores, ${PIN ? `servers pinned to CPU ${SERVER_CPUS}, clients to CPU ${CLIENT_CPUS}` : 'no CPU pinning'}`)
const canned = await startServer(CANNED_BIN, ['--port', '0'], 'canned-server')
log(`canned server: ${canned.url}`)

const workers = []
for (const name of wanted) {
  try {
    workers.push(await startWorker(name))
    result.meta.contenders[name] = { label: CONTENDERS[name].label, version: CONTENDERS[name].version() }
  } catch (e) {
    problem(`${name}: cannot be loaded: ${e.message}`)
  }
}

async function checkAll(url, where, ops = ['get', 'post', 'big']) {
  for (const w of workers) {
    try {
      const c = await w.call('check', { baseUrl: url, ops })
      for (const p of c.problems) problem(`${w.name} against ${where}: ${p}`)
    } catch (e) {
      problem(`${w.name} against ${where}: ${e.message}`)
    }
  }
}

await checkAll(canned.url, 'canned server', SECTIONS.has('realistic') ? ['get', 'post', 'big', 'agents', 'history', 'messages'] : undefined)
if (SECTIONS.has('canned')) {
log('\n== canned server ==')
result.canned = await serverScenarios(canned.url, workers, {
  withCeiling: true,
  workflow: {},
  rounds: CFG.rounds,
  seconds: CFG.seconds,
  streamChunks: CFG.streamChunks,
  streamsPerRound: CFG.streamsPerRound,
  serverPid: canned.child.pid,
})
}

if (SECTIONS.has('realistic')) {
  log(`\n== realistic workloads (canned server: recorded bodies, streams one event per write; ${PIN ? 'pinned' : 'no CPU pinning'}) ==`)
  try {
    result.meta.realistic = await realisticBodies(canned.url)
    const b = result.meta.realistic
    log(`  listAgents ${b.listAgents.bytes} B (${b.listAgents.agents} agents); generate sends ${b.generate.requestBytes} B, gets ${b.generate.responseBytes} B; messages ${b.messages.bytes} B (${b.messages.messages} messages, ${b.messages.nonAsciiCharsPct.toFixed(1)}% of characters / ${b.messages.nonAsciiBytesPct.toFixed(1)}% of bytes non-ASCII)`)
  } catch (e) {
    problem(`realistic: reading the canned bodies failed: ${e.message}`)
  }
  const opts = {
    rounds: CFG.realisticRounds,
    seconds: CFG.realisticSeconds,
    warmupSeconds: CFG.realisticWarmupSeconds,
    chunks: CFG.realisticChunks,
    serverPid: canned.child.pid,
  }
  result.realistic = await realisticScenarios(canned.url, workers, { ...opts, withCeiling: true })
  // The same rows with server, clients and everything free to share all cores (as on a user's
  // machine): client-js and this package only. Skipped when the whole run is unpinned.
  if (PIN && CFG.realisticUnpinned) {
    log(`\n== realistic workloads, unpinned (server and clients free on CPUs ${ALL_CPUS}; no ceiling) ==`)
    try {
      for (const pid of [canned.child.pid, ...workers.map((w) => w.pid)]) repin(pid, ALL_CPUS)
      pinNow = false
      // No warm-up round: the same workers have just run the same rows.
      result.realisticUnpinned = await realisticScenarios(canned.url, workers, { ...opts, warmupSeconds: 0, withCeiling: false })
    } catch (e) {
      problem(`realistic (unpinned): ${e.message}`)
    } finally {
      pinNow = PIN
      try {
        repin(canned.child.pid, SERVER_CPUS)
        for (const w of workers) repin(w.pid, CLIENT_CPUS)
      } catch (e) {
        problem(`realistic: re-pinning failed: ${e.message}`)
      }
    }
  }
}

// The stream rows again, against a canned server whose connections use reno, a loss-based
// congestion control (as Linux's default, cubic, is; an unprivileged process may choose reno).
// Under BBR a server's one-event writes are packed into fewer segments when the client
// acknowledges later, so the full-speed rows measure the client's acknowledgements as much as
// its CPU; this pass shows them without that.
if (SECTIONS.has('realistic') && result.meta.tcpCongestion && !['reno', 'cubic'].includes(result.meta.tcpCongestion)) {
  log(`\n== realistic streams, server on reno (the system's congestion control is ${result.meta.tcpCongestion}; pinned as above) ==`)
  let reno = null
  try {
    reno = await startServer(CANNED_BIN, ['--port', '0', '--congestion', 'reno'], 'canned-server (reno)')
    result.realisticReno = await realisticScenarios(reno.url, workers, {
      rounds: CFG.realisticRounds,
      seconds: CFG.realisticSeconds,
      warmupSeconds: CFG.realisticWarmupSeconds,
      chunks: CFG.realisticChunks,
      serverPid: reno.child.pid,
      withCeiling: false,
      rows: ['agentStream', 'workflowStream'],
    })
  } catch (e) {
    problem(`realistic streams on reno: ${e.message}`)
  } finally {
    reno?.child.kill()
  }
}

if (SECTIONS.has('paced')) {
  log(`\n== streams at a model's pace (canned server: one event every ${CFG.pacedEveryMs} ms per stream, ${CFG.pacedChunks} per stream) ==`)
  result.paced = await pacedScenarios(canned.url, workers, {
    rounds: CFG.pacedRounds,
    seconds: CFG.pacedSeconds,
    warmupSeconds: CFG.pacedWarmupSeconds,
    chunks: CFG.pacedChunks,
    everyMs: CFG.pacedEveryMs,
    serverPid: canned.child.pid,
  })
}

// Per-process measurements, each in fresh processes, contenders alternating.
const names = workers.map((w) => w.name)
if (SECTIONS.has('cold')) {
log('\n== cold start (fresh processes) ==')
result.cold = {}
}
for (const how of SECTIONS.has('cold') ? ['import', 'require'] : []) {
  const samples = Object.fromEntries(names.map((n) => [n, []]))
  for (let i = 0; i < CFG.coldSamples; i++) {
    for (const n of i % 2 ? [...names].reverse() : names) {
      try {
        samples[n].push(await node('cold.mjs', [n, how, canned.url]))
      } catch (e) {
        problem(`${n}: cold start (${how}) failed: ${e.message}`)
      }
    }
  }
  for (const n of names) {
    const s = samples[n]
    if (!s.length) continue
    const r = (result.cold[n] ??= {})
    r[how] = {
      samples: s.length,
      loadMs: median(s.map((x) => x.loadMs)),
      loadRssMB: median(s.map((x) => x.loadRssMB)),
      firstCallMs: median(s.map((x) => x.firstCallMs)),
      totalRssMB: median(s.map((x) => x.totalRssMB)),
    }
    log(`  ${n.padEnd(9)} ${how.padEnd(8)} load ${r[how].loadMs.toFixed(1)} ms, +${r[how].loadRssMB.toFixed(1)} MB RSS; first call ${r[how].firstCallMs.toFixed(1)} ms, +${r[how].totalRssMB.toFixed(1)} MB total`)
  }
}

const memNames = SECTIONS.has('memory') ? names : []
if (memNames.length) {
  log(`\n== memory: RSS over ${CFG.memoryCalls} calls, ${CFG.openStreams} streams open (fresh processes) ==`)
  result.memory = { calls: {}, streams: {} }
}
for (const n of memNames) {
  try {
    const m = await node('memory.mjs', ['calls', n, canned.url, String(CFG.memoryCalls), '64'])
    const base = m.baseRssMB
    const after = m.samples.filter((s) => s.calls >= m.calls * 0.1)
    m.maxDeviationPct = Math.max(...after.map((s) => (Math.abs(s.rssMB - base) / base) * 100))
    // Diagnostic: the same for RSS minus the V8 heap's size (memory outside the JS heap).
    const off = (s) => s.rssMB - s.heapTotalMB
    m.offHeapMaxDeviationPct = Math.max(...after.map((s) => (Math.abs(off(s) - off(after[0])) / off(after[0])) * 100))
    result.memory.calls[n] = m
    log(`  ${n.padEnd(9)} calls: RSS ${base.toFixed(1)} -> ${m.endRssMB.toFixed(1)} MB (peak ${m.peakRssMB.toFixed(1)}), max deviation ${m.maxDeviationPct.toFixed(1)}% (RSS − V8 heap: ${m.offHeapMaxDeviationPct.toFixed(1)}%), ${Math.round(m.calls / m.seconds)} calls/s`)
  } catch (e) {
    problem(`${n}: RSS over ${CFG.memoryCalls} calls failed: ${e.message}`)
  }
}
for (const n of memNames) {
  try {
    const m = await node('memory.mjs', ['streams', n, canned.url, String(CFG.openStreams)], ['--expose-gc'])
    result.memory.streams[n] = m
    log(`  ${n.padEnd(9)} ${m.streams} streams open: RSS ${m.beforeRssMB.toFixed(1)} -> ${m.duringRssMB.toFixed(1)} MB (+${m.growthMB.toFixed(1)} MB, ${m.perStreamKB.toFixed(1)} KB/stream), server held ${m.serverHeld}`)
  } catch (e) {
    problem(`${n}: ${CFG.openStreams} open streams failed: ${e.message}`)
  }
}

if (SECTIONS.has('real')) {
  log('\n== real Mastra server (realistic target, server-bound) ==')
  try {
    const real = await startServer(process.execPath, [join(ROOT, 'tools/mastra-server.mjs'), '--port', '0', '--bench-workflows'], 'mastra server')
    log(`mastra server: ${real.url}`)
    // ~1 MB thread list: threads with ~10 KB of metadata each (one page of 100 threads).
    const pad = 'm'.repeat(10_000)
    for (let i = 0; i < CFG.realThreads; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, CFG.realThreads - i) }, (_, j) =>
          fetch(`${real.url}/api/memory/threads?agentId=echo-agent`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ resourceId: 'bench-user', title: `Benchmark thread ${i + j}`, metadata: { topic: 'bench', notes: pad } }),
          }).then((r) => {
            if (!r.ok) throw new Error(`seeding threads: HTTP ${r.status}`)
            return r.arrayBuffer()
          }),
        ),
      )
    }
    await checkAll(real.url, 'real server')
    result.real = await serverScenarios(real.url, workers, {
      withCeiling: false,
      rounds: CFG.realRounds,
      seconds: CFG.realSeconds,
      streamChunks: CFG.realStreamChunks,
      streamsPerRound: 1,
      serverPid: real.child.pid,
      // A Node server compiles its routes' code as it serves them: 3 s of calls per row first.
      warmupSeconds: QUICK ? null : 3,
      // Its `bench-workflow` writes one step output per record as the step produces it.
      workflow: { tokens: true, runPerStream: true },
    })
    real.child.stdin.end()
    real.child.kill('SIGTERM')
  } catch (e) {
    problem(`real server: ${e.message}`)
  }
}

for (const w of workers) w.stop()
canned.child.stdin.end()

if (SECTIONS.has('nextjs')) {
  log('\n== Next.js app (next start, real Mastra server) ==')
  try {
    const { runNextjsBench } = await import('./nextjs.mjs')
    result.nextjs = await runNextjsBench({ seconds: QUICK ? 2 : 8, rounds: QUICK ? 1 : 2, log })
  } catch (e) {
    problem(`nextjs: ${e.message}`)
  }
}

result.meta.seconds = (Date.now() - t0) / 1e3
result.targets = evaluateTargets(result)
mkdirSync(OUT, { recursive: true })
writeFileSync(join(OUT, 'latest.json'), JSON.stringify(result, null, 2) + '\n')
writeFileSync(join(OUT, 'chart.svg'), renderSvg(result))
printReport(result)
console.log(`\nwrote ${join(OUT, 'latest.json')} and ${join(OUT, 'chart.svg')} (${result.meta.seconds.toFixed(0)} s)`)
// Targets never fail the command (no test asserts a time); errors do.
process.exit(result.problems.length ? 1 : 0)
