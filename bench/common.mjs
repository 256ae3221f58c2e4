// Shared by the benchmark orchestrator (run.mjs) and its child processes.

import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
export const ROOT = join(BENCH_DIR, '..')
export const AGENT_ID = 'echo-agent'
export const WORKFLOW_ID = 'bench-workflow'
export const RESOURCE_ID = 'bench-user'
// Realistic rows: the canned server answers this agent's `generate` with the ~5 KB recording,
// and any thread's messages with the ~1 MB page.
export const CHAT_AGENT_ID = 'chat-agent'
export const THREAD_ID = 'bench-thread'

const require = createRequire(import.meta.url)

// The clients under test. Both are used through the same API:
//   new MastraClient({ baseUrl }).getAgent(id).details() / .generate() / .stream(), .listMemoryThreads()
export const CONTENDERS = {
  clientjs: {
    label: '@mastra/client-js',
    // What the module is loaded as, in the main process (`import()`) and in cold-start probes.
    specifier: '@mastra/client-js',
    resolve: () => require.resolve('@mastra/client-js'),
    version: () => require('@mastra/client-js/package.json').version,
  },
  native: {
    label: 'mastra-client-native',
    specifier: ROOT,
    resolve: () => require.resolve(ROOT),
    version: () => require(join(ROOT, 'package.json')).version,
  },
}

// Loads a contender's module the way an application would: `import()` (ESM) or `require()`.
export async function loadContender(name, how = 'import') {
  const c = CONTENDERS[name]
  if (!c) throw new Error(`unknown contender ${name}`)
  if (how === 'require') return require(c.resolve())
  return import(name === 'native' ? pathToFileURL(c.resolve()).href : c.specifier)
}

// Body of a `generate` call whose JSON is `bytes` long: same text as the Rust ceiling's.
export function generateMessages(bytes = 10 * 1024) {
  const empty = JSON.stringify({ messages: [{ role: 'user', content: '' }] }).length
  const words = 'the quick brown fox jumps over the lazy dog '
  const n = Math.max(0, bytes - empty)
  const text = words.repeat(Math.ceil(n / words.length)).slice(0, n)
  return [{ role: 'user', content: text }]
}

export function percentile(sorted, p) {
  if (!sorted.length) return 0
  const i = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(Math.max(i, 1), sorted.length) - 1]
}

export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const m = v.length >> 1
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}

// Main-thread CPU time in microseconds (user + system), or null where unsupported.
export function mainThreadCpuUs() {
  if (typeof process.threadCpuUsage !== 'function') return null
  const u = process.threadCpuUsage()
  return u.user + u.system
}

export function processCpuUs() {
  const u = process.cpuUsage()
  return u.user + u.system
}

export const MB = 1024 * 1024
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
