// Long-lived benchmark worker: one process per contender, driven by run.mjs over IPC.
//
//   node --expose-gc bench/worker.mjs <clientjs|native>
//
// Each command runs one measured round and answers with its numbers. Between
// rounds the worker is idle, so the contenders (one process each) can be
// alternated round by round against the same server.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  AGENT_ID,
  BENCH_DIR,
  CHAT_AGENT_ID,
  THREAD_ID,
  WORKFLOW_ID,
  RESOURCE_ID,
  generateMessages,
  loadContender,
  mainThreadCpuUs,
  percentile,
  processCpuUs,
} from './common.mjs'

const name = process.argv[2]
const mod = await loadContender(name)
const { MastraClient } = mod
if (typeof MastraClient !== 'function') throw new Error(`${name}: module has no MastraClient export`)

const clients = new Map()
const clientFor = (baseUrl) => {
  if (!clients.has(baseUrl)) clients.set(baseUrl, new MastraClient({ baseUrl }))
  return clients.get(baseUrl)
}

const POST_MESSAGES = generateMessages(10 * 1024)
// The realistic rows' data (bench/record.mjs): the ~20 KB history the `generate` row sends,
// and the recorded thread messages the canned server repeats to ~1 MB (for the check).
const fixture = (name) => JSON.parse(readFileSync(join(BENCH_DIR, 'fixtures', name), 'utf8'))
const HISTORY = fixture('history.json')
const RECORDED_MESSAGES = fixture('thread-messages.json').messages
const OPS = {
  get: (c) => c.getAgent(AGENT_ID).details(),
  post: (c) => c.getAgent(AGENT_ID).generate(POST_MESSAGES),
  big: (c) => c.listMemoryThreads({ agentId: AGENT_ID, resourceId: RESOURCE_ID }),
  // Realistic rows.
  agents: (c) => c.listAgents(),
  history: (c) => c.getAgent(CHAT_AGENT_ID).generate(HISTORY),
  messages: (c) => c.getMemoryThread({ threadId: THREAD_ID, agentId: AGENT_ID }).listMessages(),
}

// What a correct answer looks like, checked once per server before measuring.
const CHECKS = {
  get: (r) => r?.name === 'Echo Agent' && typeof r.tools === 'object',
  post: (r) => typeof r?.text === 'string' && r.text.startsWith('echo:'),
  big: (r) => Array.isArray(r?.threads) && r.threads.length > 0 && typeof r.threads[0].id === 'string',
  agents: (r) => r?.['echo-agent']?.name === 'Echo Agent' && Object.keys(r).length >= 30 && r['echo-agent-2']?.id === 'echo-agent-2',
  history: (r) => typeof r?.text === 'string' && r.text.startsWith('echo:') && Array.isArray(r.messages),
  // Every message's text decoded exactly (the recorded texts hold accented words, CJK, emoji).
  messages: (r) =>
    Array.isArray(r?.messages) &&
    r.messages.length > 500 &&
    r.total === r.messages.length &&
    r.messages.every((m, i) => {
      const rec = RECORDED_MESSAGES[i % RECORDED_MESSAGES.length]
      return m.content?.content === rec.content.content && m.content.parts?.[0]?.text === rec.content.parts[0].text && m.role === rec.role
    }),
}

let latBuf = new Float64Array(1 << 16)

function usage() {
  return {
    t: performance.now(),
    elu: performance.eventLoopUtilization(),
    main: mainThreadCpuUs(),
    proc: processCpuUs(),
  }
}

// Per-call (or per-chunk) costs between two usage() samples.
function costs(u0, u1, n) {
  const elu = performance.eventLoopUtilization(u1.elu, u0.elu)
  return {
    elu: elu.utilization,
    // Event-loop busy time (ms active, from ELU) per unit, in microseconds.
    eluBusyUs: (elu.active * 1e3) / n,
    // CPU time of the main (JS) thread per unit, microseconds.
    mainCpuUs: u0.main == null ? null : (u1.main - u0.main) / n,
    // CPU time of the whole process (all threads: JS, GC, libuv, Rust runtime) per unit, microseconds.
    procCpuUs: (u1.proc - u0.proc) / n,
  }
}

// `concurrency` lanes each doing one call after another; no new call starts after
// `seconds` or once `maxCalls` were started.
async function throughput({ baseUrl, op, concurrency, seconds, maxCalls }) {
  const client = clientFor(baseUrl)
  const fn = OPS[op]
  if (latBuf.length < maxCalls) latBuf = new Float64Array(maxCalls)
  const lat = latBuf
  let next = 0
  let failed = null
  globalThis.gc?.()
  const u0 = usage()
  const deadline = u0.t + seconds * 1e3
  async function lane() {
    while (next < maxCalls && failed === null) {
      const s = performance.now()
      if (s >= deadline) return
      const i = next++
      try {
        await fn(client)
      } catch (e) {
        failed = e
        return
      }
      lat[i] = performance.now() - s
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  const u1 = usage()
  if (failed) throw failed
  const n = next
  const sorted = lat.subarray(0, n).sort()
  const secs = (u1.t - u0.t) / 1e3
  return {
    calls: n,
    seconds: secs,
    callsPerSec: n / secs,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    ...costs(u0, u1, n),
  }
}

// Streams read to their end by `concurrency` lanes (default 1), each starting its next stream
// when the previous one ends: `streams` streams in all, or, with `seconds` > 0, no new stream
// after `seconds`. `readOne(lane)` reads one and says how many chunks came (`n`), when the
// first did (`first`), and how many were of the expected kind (`matched`, which must equal
// `expected`). Chunks/s over the whole round, time to first chunk (median over streams) from
// calling the method.
async function streamRounds({ streams = 1, concurrency = 1, seconds = 0 }, expected, what, readOne) {
  const ttfc = []
  const durations = []
  let total = 0
  let started = 0
  let failed = null
  globalThis.gc?.()
  const u0 = usage()
  const deadline = seconds > 0 ? u0.t + seconds * 1e3 : Infinity
  async function lane(l) {
    while (failed === null && (seconds > 0 ? performance.now() < deadline : started < streams)) {
      started++
      const t0 = performance.now()
      try {
        const { n, first, matched } = await readOne(l)
        if (matched !== expected) throw new Error(`${what}: ${matched} delivered, expected ${expected}`)
        total += n
        ttfc.push(first - t0)
        durations.push(performance.now() - t0)
      } catch (e) {
        failed = e
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, l) => lane(l)))
  const u1 = usage()
  if (failed) throw failed
  ttfc.sort((a, b) => a - b)
  durations.sort((a, b) => a - b)
  const secs = (u1.t - u0.t) / 1e3
  return {
    streams: started,
    chunks: total,
    seconds: secs,
    chunksPerSec: total / secs,
    streamsPerSec: started / secs,
    ttfcMs: percentile(ttfc, 50),
    streamP50Ms: percentile(durations, 50),
    streamP99Ms: percentile(durations, 99),
    ...costs(u0, u1, total),
  }
}

// Agent streams of `chunks` text deltas, read with `processDataStream({ onChunk })`.
// `tokens`: the server writes them one event per network write (`tokens:N`), else in bursts;
// with `everyMs`, one event every `everyMs` ms (a model's pace).
async function stream({ baseUrl, chunks, tokens = false, everyMs = 0, ...how }) {
  const agent = clientFor(baseUrl).getAgent(AGENT_ID)
  const messages = [{ role: 'user', content: `${tokens ? 'tokens' : 'chunks'}:${chunks}${everyMs ? ` every:${everyMs}` : ''}` }]
  return streamRounds(how, chunks, 'text-delta chunks', async () => {
    let n = 0
    let matched = 0
    let first = 0
    const res = await agent.stream(messages)
    await res.processDataStream({
      onChunk: async (chunk) => {
        if (n++ === 0) first = performance.now()
        if (chunk.type === 'text-delta') matched++
      },
    })
    return { n, first, matched }
  })
}

// Workflow streams (`run.stream()`) of `chunks` step outputs, read with a stream reader; one
// run per lane, created before the round, or with `runPerStream` a new run for each stream
// (the real server streams a run once). `tokens`: one record per network write, else bursts;
// with `everyMs`, one record every `everyMs` ms.
async function workflowStream({ baseUrl, chunks, tokens = false, everyMs = 0, runPerStream = false, ...how }) {
  const workflow = clientFor(baseUrl).getWorkflow(WORKFLOW_ID)
  const runs = []
  if (!runPerStream) for (let l = 0; l < (how.concurrency ?? 1); l++) runs.push(await workflow.createRun())
  const inputData = tokens ? { tokens: chunks, ...(everyMs ? { everyMs } : {}) } : { chunks }
  return streamRounds(how, chunks, 'workflow step outputs', async (lane) => {
    let n = 0
    let matched = 0
    let first = 0
    const run = runPerStream ? await workflow.createRun() : runs[lane]
    const reader = (await run.stream({ inputData })).getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (n++ === 0) first = performance.now()
      if (r.value.type === 'workflow-step-output') matched++
    }
    return { n, first, matched }
  })
}

async function check({ baseUrl, ops }) {
  const client = clientFor(baseUrl)
  const bad = []
  for (const op of ops) {
    try {
      const r = await OPS[op](client)
      if (!CHECKS[op](r)) bad.push(`${op}: unexpected result ${JSON.stringify(r)?.slice(0, 200)}`)
    } catch (e) {
      bad.push(`${op}: ${e?.stack ?? e}`)
    }
  }
  return { ok: bad.length === 0, problems: bad }
}

const COMMANDS = { throughput, stream, workflowStream, check }

process.on('message', async ({ id, cmd, args }) => {
  try {
    const result = await COMMANDS[cmd](args)
    process.send({ id, result })
  } catch (e) {
    process.send({ id, error: String(e?.stack ?? e) })
  }
})
process.on('disconnect', () => process.exit(0))
process.send({ ready: true, version: mod.version ?? null })
