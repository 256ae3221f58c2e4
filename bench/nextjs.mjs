// What a Next.js user sees: the fixture app of the Next.js test (tools/nextjs-app/),
// built with the original module over client-js and with the one-line migration, served by
// `next start` against the real Mastra server. For each build: the server bundle's size, the
// cold start (spawn → first answered /api/generate) and, at `concurrency` requests in flight
// for `seconds`, the throughput and p50/p99 latency of the API route that calls `generate`.
// Builds and client modules take turns round by round.
//
//   node bench/nextjs.mjs [--bundlers turbopack,webpack] [--seconds 8] [--rounds 2] [--concurrency 32]

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { startMastraServer } from '../tools/mastra-server.mjs'
import { packedPackage, npmAsync } from '../tools/packed.mjs'
import { scratchApp, useClientModule, run, buildErrors, startNext, dirSize } from '../tools/nextjs-app.mjs'
import { nextjsTable } from './report.mjs'

const CLIENTS = ['client-js', 'native']
const MB = 1024 * 1024

/** Quantile `q` of sorted numbers. */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/** `concurrency` loops calling `url` for `seconds`: calls/s and latencies (ms). */
async function load(url, { seconds, concurrency }) {
  const latencies = []
  let failures = 0
  const until = performance.now() + seconds * 1000
  const loop = async () => {
    while (performance.now() < until) {
      const t = performance.now()
      const r = await fetch(url).then((res) => res.text().then(() => res.ok), () => false)
      if (r) latencies.push(performance.now() - t)
      else failures++
    }
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsed = (performance.now() - t0) / 1000
  return { calls: latencies.length, failures, perSecond: latencies.length / elapsed, latencies }
}

/** Builds the app once per bundler and client, then measures each under `next start`. */
export async function runNextjsBench({ bundlers = ['turbopack', 'webpack'], seconds = 8, rounds = 2, concurrency = 32, log = console.log } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-nextbench-'))
  const mastra = await startMastraServer({ port: 0 })
  const out = { concurrency, seconds, rounds, builds: {} }
  try {
    const app = scratchApp(path.join(tmp, 'app'), packedPackage(tmp))
    await npmAsync(['install', '--prefer-offline'], app, { timeoutMs: 300_000 })
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_SKIP_TYPECHECK: '1', MASTRA_BASE_URL: mastra.url }
    for (const name of ['NODE_ENV', 'NODE_OPTIONS', 'NEXT_DIST_DIR']) delete env[name]
    const next = path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next')
    for (const bundler of bundlers) {
      for (const client of CLIENTS) {
        useClientModule(app, client)
        const distDir = `.next-${bundler}-${client}`
        const build = await run(process.execPath, [next, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])], {
          cwd: app,
          env: { ...env, NEXT_DIST_DIR: distDir },
          timeoutMs: 300_000,
        })
        if (build.code !== 0) throw new Error(`next build (${bundler}, ${client}) failed:\n${buildErrors(build.output)}`)
        out.builds[`${bundler}/${client}`] = { bundler, client, distDir, buildMs: build.ms, serverMB: dirSize(path.join(app, distDir, 'server')) / MB, coldStartMs: [], perSecond: [], latencies: [] }
        log(`built ${bundler}/${client} in ${build.ms} ms`)
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (const b of Object.values(out.builds)) {
        const server = await startNext(app, { distDir: b.distDir, env, probe: '/api/generate', timeoutMs: 90_000 })
        try {
          b.coldStartMs.push(server.coldStartMs)
          await load(`${server.url}/api/generate`, { seconds: Math.min(2, seconds), concurrency }) // warm-up
          const r = await load(`${server.url}/api/generate`, { seconds, concurrency })
          if (r.failures) throw new Error(`${b.bundler}/${b.client}: ${r.failures} failed requests`)
          b.perSecond.push(r.perSecond)
          b.latencies.push(...r.latencies)
          log(`round ${round + 1} ${b.bundler}/${b.client}: ${r.perSecond.toFixed(0)}/s, cold start ${server.coldStartMs} ms`)
        } finally {
          await server.stop()
        }
      }
    }
    for (const b of Object.values(out.builds)) {
      const sorted = b.latencies.sort((x, y) => x - y)
      const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
      Object.assign(b, { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), calls: sorted.length, perSecond: median(b.perSecond), coldStartMs: median(b.coldStartMs) })
      delete b.latencies
      delete b.distDir
    }
    return out
  } finally {
    await mastra.close()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { bundlers: { type: 'string', default: 'turbopack,webpack' }, seconds: { type: 'string', default: '8' }, rounds: { type: 'string', default: '2' }, concurrency: { type: 'string', default: '32' } },
  })
  const r = await runNextjsBench({ bundlers: values.bundlers.split(','), seconds: Number(values.seconds), rounds: Number(values.rounds), concurrency: Number(values.concurrency) })
  console.log(`\n${nextjsTable(r)}`)
  console.log(JSON.stringify(r))
  process.exit(0)
}
