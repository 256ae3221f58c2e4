// Cold start probe, run in a fresh process per sample (spawned by run.mjs):
//
//   node bench/cold.mjs <clientjs|native> <import|require> <baseUrl>
//
// Measures loading the module (wall time and RSS growth), then constructing a
// client and making a first `getAgent(id).details()` call. Prints one JSON line.
// Nothing but node: builtins is loaded before the measurement.

import { performance } from 'node:perf_hooks'
import { MB, loadContender } from './common.mjs'

const [name, how, baseUrl] = process.argv.slice(2)
const rss0 = process.memoryUsage.rss()
const t0 = performance.now()
const { MastraClient } = await loadContender(name, how)
const t1 = performance.now()
const rss1 = process.memoryUsage.rss()
const client = new MastraClient({ baseUrl })
const details = await client.getAgent('echo-agent').details()
const t2 = performance.now()
const rss2 = process.memoryUsage.rss()
if (details?.name !== 'Echo Agent') throw new Error('unexpected first-call result')
console.log(
  JSON.stringify({
    loadMs: t1 - t0,
    loadRssMB: (rss1 - rss0) / MB,
    firstCallMs: t2 - t1,
    totalMs: t2 - t0,
    totalRssMB: (rss2 - rss0) / MB,
  }),
)
process.exit(0)
