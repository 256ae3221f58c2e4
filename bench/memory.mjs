// Memory probes, each in a fresh process (spawned by run.mjs):
//
//   node bench/memory.mjs calls   <clientjs|native> <baseUrl> <calls> [concurrency=64]
//     RSS sampled every calls/20 GETs (`getAgent(id).details()`), no forced GC.
//   node bench/memory.mjs streams <clientjs|native> <baseUrl> <streams>
//     RSS before and while `streams` agent streams are open at once (the canned
//     server holds each one open after its first chunk until /__bench/release).
//
// Prints one JSON line.

import { performance } from 'node:perf_hooks'
import { AGENT_ID, MB, loadContender, sleep } from './common.mjs'

const [mode, name, baseUrl, countArg, concArg] = process.argv.slice(2)
const count = Number(countArg)
const rssMB = () => process.memoryUsage.rss() / MB
// RSS plus where it is: V8 heap in use, and memory outside the V8 heap that V8 knows of.
const sample = (calls) => {
  const m = process.memoryUsage()
  return { calls, rssMB: m.rss / MB, heapUsedMB: m.heapUsed / MB, heapTotalMB: m.heapTotal / MB, externalMB: m.external / MB }
}
const { MastraClient } = await loadContender(name)
const client = new MastraClient({ baseUrl })
const agent = () => client.getAgent(AGENT_ID)

async function calls() {
  const concurrency = Number(concArg ?? 64)
  const step = Math.max(1, Math.floor(count / 20))
  const samples = [sample(0)]
  let done = 0
  let next = 0
  const t0 = performance.now()
  async function lane() {
    while (next < count) {
      next++
      await agent().details()
      done++
      if (done % step === 0) samples.push(sample(done))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  const seconds = (performance.now() - t0) / 1e3
  // Growth is measured from the sample after the first 10% of calls (warm-up:
  // JIT, connection pool, heap sizing) to the end.
  const base = samples.find((s) => s.calls >= count * 0.1) ?? samples[0]
  const end = samples[samples.length - 1]
  const peak = Math.max(...samples.filter((s) => s.calls >= base.calls).map((s) => s.rssMB))
  return {
    calls: done,
    seconds,
    baseRssMB: base.rssMB,
    endRssMB: end.rssMB,
    peakRssMB: peak,
    growthPct: ((end.rssMB - base.rssMB) / base.rssMB) * 100,
    peakGrowthPct: ((peak - base.rssMB) / base.rssMB) * 100,
    samples,
  }
}

async function streams() {
  // Warm up the stream path so the baseline includes the code that streaming loads.
  for (let i = 0; i < 3; i++) {
    const res = await agent().stream([{ role: 'user', content: 'chunks:10' }])
    await res.processDataStream({ onChunk: async () => {} })
  }
  globalThis.gc?.()
  await sleep(50)
  const before = rssMB()
  const heapBefore = process.memoryUsage().heapUsed / MB
  let opened = 0
  let allOpen
  const allOpenP = new Promise((r) => (allOpen = r))
  const finished = []
  const t0 = performance.now()
  for (let i = 0; i < count; i++) {
    finished.push(
      (async () => {
        const res = await agent().stream([{ role: 'user', content: 'hold:1' }])
        let first = true
        await res.processDataStream({
          onChunk: async () => {
            if (first) {
              first = false
              if (++opened === count) allOpen()
            }
          },
        })
      })(),
    )
  }
  const all = Promise.all(finished)
  const outcome = await Promise.race([
    allOpenP.then(() => 'open'),
    all.then(() => 'finished', (e) => e),
    sleep(60_000).then(() => 'timeout'),
  ])
  if (outcome !== 'open') {
    throw outcome instanceof Error
      ? outcome
      : new Error(`only ${opened} of ${count} streams delivered a first chunk (${outcome})`)
  }
  const openMs = performance.now() - t0
  await sleep(200)
  const during = rssMB()
  const heapDuring = process.memoryUsage().heapUsed / MB
  const held = await fetch(`${baseUrl}/__bench/held`).then((r) => r.json())
  await fetch(`${baseUrl}/__bench/release`, { method: 'POST' }).then((r) => r.text())
  await all
  const after = rssMB()
  return {
    streams: count,
    serverHeld: held.held,
    openMs,
    beforeRssMB: before,
    duringRssMB: during,
    afterRssMB: after,
    growthMB: during - before,
    perStreamKB: ((during - before) * 1024) / count,
    heapGrowthMB: heapDuring - heapBefore,
  }
}

const result = mode === 'calls' ? await calls() : mode === 'streams' ? await streams() : null
if (!result) throw new Error(`unknown mode ${mode}`)
console.log(JSON.stringify(result))
process.exit(0)
