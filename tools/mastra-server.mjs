// Real Mastra server fixture for tests, the demo and benchmarks.
//
// Starts an in-process Mastra 1.x server (Hono adapter) with deterministic,
// LLM-free contents: an echo agent with a mock model + memory, an `add` tool,
// two workflows, an in-memory vector store and an in-memory log transport.
//
// Each resource group may add to the server in its own file, `fixture/<group>.mjs`, which
// default-exports `async (ctx) => additions`: `ctx` holds { storage, vector, createEchoModel,
// addTool, echoAgent, Agent, z }; `additions` is a part of the `Mastra` config ({ agents,
// workflows, tools, scorers, mcpServers, ... }). Object-valued keys are merged; a name given
// twice is an error. Optional `close()` in the additions runs when the server stops.
//
// Usage from code:
//   import { startMastraServer } from './tools/mastra-server.mjs'
//   const { url, port, mastra, close } = await startMastraServer({ port: 0 })
// Usage from a shell (needs Node >= 22, e.g. node_modules/.bin/node):
//   node tools/mastra-server.mjs [--port N] [--host H] [--verbose] [--bench-workflows]

import { pathToFileURL, fileURLToPath } from 'node:url'
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { Mastra } from '@mastra/core'
import { Agent } from '@mastra/core/agent'
import { createTool } from '@mastra/core/tools'
import { createWorkflow, createStep } from '@mastra/core/workflows'
import { MastraLogger, LoggerTransport } from '@mastra/core/logger'
import { LibSQLStore, LibSQLVector } from '@mastra/libsql'
import { Memory } from '@mastra/memory'
import { MastraServer } from '@mastra/hono'
import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import { z } from 'zod'

// ---------------------------------------------------------------------------
// Mock language model (AI SDK LanguageModelV2 spec), no network, no randomness.
// ---------------------------------------------------------------------------

// Text of the last `user` message in a LanguageModelV2 prompt.
function lastUserText(prompt) {
  for (let i = prompt.length - 1; i >= 0; i--) {
    const m = prompt[i]
    if (m.role !== 'user') continue
    if (typeof m.content === 'string') return m.content.trim()
    return m.content
      .filter((p) => p.type === 'text')
      .map((p) => p.text)
      .join('')
      .trim()
  }
  return ''
}

// The tool-result output of the first `tool` message after the last user message, if any.
function toolResultAfterLastUser(prompt) {
  let lastUser = -1
  for (let i = 0; i < prompt.length; i++) if (prompt[i].role === 'user') lastUser = i
  for (let i = lastUser + 1; i < prompt.length; i++) {
    if (prompt[i].role !== 'tool') continue
    const part = prompt[i].content.find((p) => p.type === 'tool-result')
    if (part) return part.output?.value ?? part.output ?? part.result
  }
  return undefined
}

// Decides what the model "says" for a prompt:
//   { kind: 'text', text }            plain reply
//   { kind: 'chunks', n }             n text deltas of 'x' (streaming benchmark)
//   { kind: 'tool-call', input }      call the `add` tool with `input`
function plan(prompt) {
  const text = lastUserText(prompt)
  if (text === 'tool:add') {
    const result = toolResultAfterLastUser(prompt)
    if (result === undefined) return { kind: 'tool-call', input: { a: 2, b: 3 } }
    return { kind: 'text', text: `sum is ${result?.sum ?? 5}` }
  }
  const m = /^chunks:(\d+)$/.exec(text)
  if (m) return { kind: 'chunks', n: Number(m[1]) }
  return { kind: 'text', text: `echo: ${text}` }
}

const TOOL_CALL_ID = 'call-add-1'

// Rough token count so usage is non-zero and deterministic.
const usageFor = (prompt, outText) => {
  const inputTokens = JSON.stringify(prompt).length >> 2
  const outputTokens = Math.max(1, outText.length >> 2)
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens }
}

// Splits into words keeping the separating whitespace, so the deltas join back to `text`.
const wordDeltas = (text) => text.match(/\S+\s*|\s+/g) ?? []

function createEchoModel() {
  return {
    specificationVersion: 'v2',
    provider: 'mock',
    modelId: 'echo-model',
    supportedUrls: {},

    async doGenerate({ prompt }) {
      const p = plan(prompt)
      if (p.kind === 'tool-call') {
        return {
          content: [{ type: 'tool-call', toolCallId: TOOL_CALL_ID, toolName: 'add', input: JSON.stringify(p.input) }],
          finishReason: 'tool-calls',
          usage: usageFor(prompt, 'add'),
          warnings: [],
        }
      }
      const text = p.kind === 'chunks' ? 'x'.repeat(p.n) : p.text
      return {
        content: [{ type: 'text', text }],
        finishReason: 'stop',
        usage: usageFor(prompt, text),
        warnings: [],
      }
    },

    async doStream({ prompt }) {
      const p = plan(prompt)
      const id = 'text-1'
      // Parts are produced lazily, in batches, from pull() (no timers), so
      // `chunks:10000` costs no more than the consumer's own per-chunk work.
      function* parts() {
        yield { type: 'stream-start', warnings: [] }
        if (p.kind === 'tool-call') {
          yield { type: 'tool-call', toolCallId: TOOL_CALL_ID, toolName: 'add', input: JSON.stringify(p.input) }
          yield { type: 'finish', finishReason: 'tool-calls', usage: usageFor(prompt, 'add') }
          return
        }
        yield { type: 'text-start', id }
        let out = ''
        if (p.kind === 'chunks') {
          for (let i = 0; i < p.n; i++) yield { type: 'text-delta', id, delta: 'x' }
          out = 'x'.repeat(p.n)
        } else {
          for (const delta of wordDeltas(p.text)) yield { type: 'text-delta', id, delta }
          out = p.text
        }
        yield { type: 'text-end', id }
        yield { type: 'finish', finishReason: 'stop', usage: usageFor(prompt, out) }
      }
      const it = parts()
      const stream = new ReadableStream({
        pull(controller) {
          for (let i = 0; i < 256; i++) {
            const { value, done } = it.next()
            if (done) return controller.close()
            controller.enqueue(value)
          }
        },
      })
      return { stream }
    },
  }
}

// ---------------------------------------------------------------------------
// In-memory log transport + logger, so GET /api/logs?transportId=memory and
// GET /api/logs/:runId?transportId=memory return real entries.
// ---------------------------------------------------------------------------

const LEVELS = ['debug', 'info', 'warn', 'error']

class MemoryTransport extends LoggerTransport {
  records = []
  _transform(chunk, _enc, cb) {
    this.records.push(chunk)
    cb()
  }
  #page(records, { page, perPage } = {}) {
    page = page ?? 1
    perPage = perPage ?? 100
    const start = (page - 1) * perPage
    return {
      logs: records.slice(start, start + perPage),
      total: records.length,
      page,
      perPage,
      hasMore: start + perPage < records.length,
    }
  }
  #filter(args = {}, runId) {
    return this.records.filter(
      (r) =>
        (runId === undefined || r.runId === runId) &&
        (!args.logLevel || r.level === args.logLevel) &&
        (!args.fromDate || r.time >= new Date(args.fromDate)) &&
        (!args.toDate || r.time <= new Date(args.toDate)),
    )
  }
  async listLogs(args) {
    return this.#page(this.#filter(args), args)
  }
  async listLogsByRunId(args) {
    return this.#page(this.#filter(args, args.runId), args)
  }
}

class MemoryLogger extends MastraLogger {
  constructor({ transport, level = 'info', quiet = true }) {
    super({ name: 'Mastra', level, transports: { memory: transport } })
    this.transport = transport
    this.quiet = quiet
  }
  // Marks the logger as "adaptable" so Mastra does not wrap it in DualLogger.
  __attachObservability() {}
  #log(level, msg, args) {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.level)) return
    const context = args.find((a) => a && typeof a === 'object' && !Array.isArray(a))
    const runId = typeof context?.runId === 'string' ? context.runId : undefined
    this.transport.write({
      level,
      msg: String(msg),
      time: new Date(),
      ...(runId ? { runId } : {}),
      pid: process.pid,
      hostname: os.hostname(),
      name: this.name,
    })
    if (!this.quiet) console.error(`[mastra:${level}] ${msg}`)
  }
  debug(msg, ...args) { this.#log('debug', msg, args) }
  info(msg, ...args) { this.#log('info', msg, args) }
  warn(msg, ...args) { this.#log('warn', msg, args) }
  error(msg, ...args) { this.#log('error', msg, args) }
}

// ---------------------------------------------------------------------------
// Tools, workflows, agent.
// ---------------------------------------------------------------------------

function createAddTool() {
  return createTool({
    id: 'add',
    description: 'Adds two numbers',
    inputSchema: z.object({ a: z.number(), b: z.number() }),
    outputSchema: z.object({ sum: z.number() }),
    execute: async ({ a, b }) => ({ sum: a + b }),
  })
}

// Logs one line tagged with the run id, so GET /api/logs/:runId finds it.
const logStep = (mastra, runId, stepId) => mastra?.getLogger()?.info(`workflow step ${stepId}`, { runId })

// double-then-inc: { value } -> { value: value * 2 } -> { value: value + 1 }
function createDoubleThenInc() {
  const value = z.object({ value: z.number() })
  const double = createStep({
    id: 'double',
    inputSchema: value,
    outputSchema: value,
    execute: async ({ inputData, mastra, runId }) => {
      logStep(mastra, runId, 'double')
      return { value: inputData.value * 2 }
    },
  })
  const inc = createStep({
    id: 'inc',
    inputSchema: value,
    outputSchema: value,
    execute: async ({ inputData, mastra, runId }) => {
      logStep(mastra, runId, 'inc')
      return { value: inputData.value + 1 }
    },
  })
  return createWorkflow({ id: 'double-then-inc', inputSchema: value, outputSchema: value })
    .then(double)
    .then(inc)
    .commit()
}

// approve-flow: step `approve` suspends until resumed with { approved }, then returns it.
function createApproveFlow() {
  const approved = z.object({ approved: z.boolean() })
  const approve = createStep({
    id: 'approve',
    inputSchema: z.object({}).passthrough(),
    outputSchema: approved,
    suspendSchema: z.object({ reason: z.string() }),
    resumeSchema: approved,
    execute: async ({ resumeData, suspend }) => {
      if (!resumeData) return await suspend({ reason: 'needs approval' })
      return { approved: resumeData.approved }
    },
  })
  return createWorkflow({ id: 'approve-flow', inputSchema: z.object({}).passthrough(), outputSchema: approved })
    .then(approve)
    .commit()
}

// ---------------------------------------------------------------------------
// Server.
// ---------------------------------------------------------------------------

/** Merges the additions of every `fixture/<group>.mjs` into `config`; returns their closers. */
async function addFixtureParts(config, ctx) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture')
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : []
  const closers = []
  for (const file of files) {
    const { default: part } = await import(pathToFileURL(path.join(dir, file)).href)
    const { close, ...additions } = (await part(ctx)) ?? {}
    if (close) closers.push(close)
    for (const [key, value] of Object.entries(additions)) {
      const isMap = value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      if (isMap) {
        config[key] ??= {}
        for (const [name, item] of Object.entries(value)) {
          if (name in config[key]) throw new Error(`fixture/${file}: ${key}.${name} is already defined`)
          config[key][name] = item
        }
      } else {
        if (key in config) throw new Error(`fixture/${file}: ${key} is already set`)
        config[key] = value
      }
    }
  }
  return closers
}

export async function startMastraServer({ port = 0, host = '127.0.0.1', quiet = true } = {}) {
  // One in-memory LibSQL database shared by Mastra and the agent's memory, so
  // storage-level and agent-level memory endpoints see the same threads.
  const storage = new LibSQLStore({ id: 'store', url: ':memory:' })
  const vector = new LibSQLVector({ id: 'default-vector', url: ':memory:' })
  const logTransport = new MemoryTransport()

  const addTool = createAddTool()
  const echoAgent = new Agent({
    id: 'echo-agent',
    name: 'Echo Agent',
    instructions: 'Echo the user message.',
    model: createEchoModel(),
    tools: { add: addTool },
    memory: new Memory({ storage, options: { workingMemory: { enabled: true } } }),
  })

  const config = {
    agents: { 'echo-agent': echoAgent },
    workflows: { 'double-then-inc': createDoubleThenInc(), 'approve-flow': createApproveFlow() },
    tools: { add: addTool },
    vectors: { default: vector },
    storage,
    logger: new MemoryLogger({ transport: logTransport, quiet }),
  }
  const closers = await addFixtureParts(config, { storage, vector, createEchoModel, addTool, echoAgent, Agent, z })
  const mastra = new Mastra(config)

  const app = new Hono()
  await new MastraServer({ app, mastra }).init()

  const server = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s))
    s.once('error', reject)
  })
  const actualPort = server.address().port
  const url = `http://${host}:${actualPort}`
  mastra.getLogger().info('mastra server listening', { url })

  let closed = false
  async function close() {
    if (closed) return
    closed = true
    // Stop accepting, drop keep-alive/streaming sockets, then tear Mastra down.
    await new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections?.()
    })
    await mastra.shutdown?.().catch(() => {})
    for (const closePart of closers) await closePart().catch(() => {})
    await vector.close?.().catch(() => {})
    await storage.close?.().catch(() => {})
    logTransport.destroy()
  }

  return { url, port: actualPort, mastra, close }
}

// ---------------------------------------------------------------------------
// CLI: node tools/mastra-server.mjs [--port N] [--host H] [--verbose] [--bench-workflows]
// (--bench-workflows: adds the benchmark's `bench-workflow`, see fixture/workflows.mjs)
// ---------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2)
  const opt = (name, dflt) => {
    const i = argv.indexOf(name)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt
  }
  const { url, close, mastra } = await startMastraServer({
    port: Number(opt('--port', process.env.PORT ?? 0)),
    host: opt('--host', '127.0.0.1'),
    quiet: !argv.includes('--verbose'),
  })
  if (argv.includes('--bench-workflows')) (await import('./fixture/workflows.mjs')).addBenchWorkflows(mastra)
  console.log(`mastra server listening on ${url}`)
  const stop = async () => {
    await close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
