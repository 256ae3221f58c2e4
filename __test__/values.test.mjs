// The values @mastra/client-js 1.47.0 exports besides its classes, here too (issue 15):
// `RequestContext`, `createTool`, `ClientTool`, `agentControllerMessageText` and
// `isKnownAgentControllerEvent`, in every build (native, edge, browser; CommonJS and ESM).
// Each is compared with client-js's own value on the same inputs: the same results, the same
// JSON, the same requests on the wire (through a recording `fetch` given to both clients).

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import * as theirs from '@mastra/client-js'
import * as ours from '../index.mjs'

const require = createRequire(import.meta.url)
const VALUES = ['MastraClient', 'MastraClientError', 'RequestContext', 'ClientTool', 'createTool', 'agentControllerMessageText', 'isKnownAgentControllerEvent']

// ---------------------------------------------------------------------------------------------
// Exports

describe('exports', () => {
  test('client-js exports exactly these values', () => {
    const values = Object.keys(theirs).filter((name) => typeof theirs[name] === 'function').sort()
    assert.deepEqual(values, [...VALUES].sort())
  })

  for (const entry of ['index', 'edge', 'browser']) {
    test(`${entry}: every value, the same object from require and import`, async () => {
      const cjs = require(`../${entry}.js`)
      const esm = await import(new URL(`../${entry}.mjs`, import.meta.url))
      for (const name of VALUES) {
        assert.equal(typeof cjs[name], 'function', `${entry}.js ${name}`)
        assert.equal(esm[name], cjs[name], `${entry}.mjs ${name} is the CommonJS one`)
      }
    })
  }

  test('the builds share the values (one RequestContext class across entries)', () => {
    const [a, b, c] = ['index', 'edge', 'browser'].map((e) => require(`../${e}.js`))
    for (const name of ['RequestContext', 'ClientTool', 'createTool', 'agentControllerMessageText', 'isKnownAgentControllerEvent']) {
      assert.equal(a[name], b[name], name)
      assert.equal(a[name], c[name], name)
    }
  })

  test('require() of each entry does not load the value file; the first read of a value loads it', () => {
    const script = `
      const m = require(process.argv[1])
      const loaded = () => Object.keys(require.cache).filter((f) => /lib[\\/]client-values\.js$/.test(f)).map((f) => f.replace(/^.*lib[\\/]/, ''))
      const before = loaded()
      m.createTool
      console.log(JSON.stringify({ before, after: loaded() }))`
    for (const entry of ['index', 'edge', 'browser']) {
      const out = execFileSync(process.execPath, ['-e', script, fileURLToPath(new URL(`../${entry}.js`, import.meta.url))], { encoding: 'utf8' })
      assert.deepEqual(JSON.parse(out), { before: [], after: ['client-values.js'] }, entry)
    }
  })

  test('the value file reads no environment and loads nothing native (safe in a client bundle)', () => {
    for (const file of ['client-values.js']) {
      const text = readFileSync(new URL(`../lib/${file}`, import.meta.url), 'utf8')
      assert.doesNotMatch(text, /process\.env|require\(/, file)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// RequestContext

/** Everything observable about a context, as plain data (JSON round trip of toJSON included). */
function observe(ctx) {
  const seen = []
  ctx.forEach((value, key, map) => seen.push([key, value, map instanceof Map]))
  return {
    size: ctx.size(),
    keys: [...ctx.keys()],
    values: [...ctx.values()],
    entries: [...ctx.entries()],
    forEach: seen,
    toJSON: ctx.toJSON(),
    json: JSON.stringify(ctx),
    all: ctx.all,
    span: ctx.serializeForSpan(),
    ownKeys: Object.keys(JSON.parse(JSON.stringify({ ctx }))),
  }
}

/** Runs the same steps on a context of each class and compares what can be seen after each. */
function same(steps, init) {
  const mine = new ours.RequestContext(init?.())
  const their = new theirs.RequestContext(init?.())
  assert.deepEqual(observe(mine), observe(their), 'after construction')
  for (const [i, step] of steps.entries()) {
    assert.deepEqual(step(mine), step(their), `result of step ${i}`)
    assert.deepEqual(observe(mine), observe(their), `after step ${i}`)
  }
}

describe('RequestContext', () => {
  test('constructed from nothing, entries, a Map, an object, an iterable', () => {
    same([], () => undefined)
    same([], () => [['a', 1], ['b', { x: [1, 2] }]])
    same([], () => new Map([['k', 'v']]))
    same([], () => ({ tenant: 't1', locale: 'en' }))
    same([], () => (function* () { yield ['g', true] })())
    same([], () => null)
  })

  test('set, get, has, delete, clear and the raw variants', () => {
    same([
      (c) => c.set('tenant', 't1'),
      (c) => c.set('n', 2),
      (c) => [c.get('tenant'), c.get('missing'), c.has('n'), c.has('missing')],
      (c) => c.setRaw('mastra__resourceId', 'user-1'),
      (c) => [c.getRaw('mastra__resourceId'), c.hasRaw('mastra__resourceId')],
      (c) => c.set('tenant', 't2'),
      (c) => [c.delete('n'), c.delete('n'), c.deleteRaw('mastra__resourceId'), c.deleteRaw('x')],
      (c) => c.set('later', undefined),
      (c) => c.clear(),
      (c) => c.set('again', null),
    ])
  })

  test('toJSON leaves out what JSON cannot hold, as core does', () => {
    // The same objects in both contexts, so that what each gives back compares by identity too.
    const circular = { name: 'loop' }
    circular.self = circular
    const fn = () => 1
    const sym = Symbol('s')
    const date = new Date(0)
    const typed = new Uint8Array([1, 2, 3])
    const view = new DataView(new ArrayBuffer(2))
    const map = new Map([['a', 1]])
    same([], () => [
      ['fn', fn],
      ['sym', sym],
      ['circular', circular],
      ['date', date],
      ['typed', typed],
      ['view', view],
      ['map', map],
      ['nested', { a: [1, { b: 'c' }] }],
      ['undef', undefined],
      ['nul', null],
      ['num', 1.5],
      ['str', 's'],
      ['bool', false],
      ['mastra__authToken', 'secret'],
    ])
  })

  test('contexts holding each other: the cycle is filtered, as core does', () => {
    const build = (RC) => {
      const a = new RC([['name', 'a']])
      const b = new RC([['name', 'b'], ['peer', a]])
      a.set('peer', b)
      return { a: a.toJSON(), json: JSON.stringify(b) }
    }
    assert.deepEqual(build(ours.RequestContext), build(theirs.RequestContext))
  })

  test('a BigInt is left out of toJSON (as @mastra/core 1.71 does; client-js 1.47 ships core 1.68, which keeps it and then JSON.stringify throws)', async () => {
    const core = await import('@mastra/core/request-context')
    const mine = new ours.RequestContext([['big', 10n], ['ok', 1]])
    const newer = new core.RequestContext([['big', 10n], ['ok', 1]])
    assert.deepEqual(mine.toJSON(), newer.toJSON())
    assert.equal(JSON.stringify(mine), '{"ok":1}')
  })

  test('a wide value is filtered by the probe budget, as core does', () => {
    // An acyclic graph whose JSON expands as 2^depth: past the budget, left out.
    let node = { leaf: 1 }
    for (let i = 0; i < 24; i++) node = { a: node, b: node }
    same([], () => [['wide', node], ['small', 1]])
  })

  test('instances: typeof, the size method, no enumerable internals', () => {
    const mine = new ours.RequestContext([['a', 1]])
    assert.equal(typeof mine.size, 'function')
    assert.deepEqual(Object.keys(mine), [])
    assert.ok(mine instanceof ours.RequestContext)
  })
})

// ---------------------------------------------------------------------------------------------
// A RequestContext as the `requestContext` argument of a call: the same request as client-js's.

/** A `fetch` that records each request and answers with `reply(url, init)` (JSON). */
function recorder(reply = () => ({})) {
  const calls = []
  const fetch = async (url, init = {}) => {
    const body = init.body === undefined || init.body === null ? null : JSON.parse(String(init.body))
    // A trailing `?` (an empty query, which client-js writes for some routes) is dropped, as the
    // wire cases do (support/wire-cases.mjs).
    calls.push({ url: String(url).replace(/\?$/, ''), method: init.method ?? 'GET', body })
    return new Response(JSON.stringify(reply(String(url), body, calls.length)), { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return { fetch, calls }
}

async function bothClients(run, reply) {
  const a = recorder(reply)
  const b = recorder(reply)
  const mine = new ours.MastraClient({ baseUrl: 'http://mastra.test', fetch: a.fetch, retries: 0 })
  const their = new theirs.MastraClient({ baseUrl: 'http://mastra.test', fetch: b.fetch, retries: 0 })
  await run(mine, ours)
  await run(their, theirs)
  return [a.calls, b.calls]
}

describe('RequestContext as a call argument', () => {
  const ctxOf = (mod) => new mod.RequestContext([['tenant', 't1'], ['locale', 'en'], ['n', 3]])

  test('on the query (listAgents, listTools) and in the body (tool execute)', async () => {
    const [mine, their] = await bothClients(async (client, mod) => {
      await client.listAgents(ctxOf(mod))
      await client.listTools(ctxOf(mod))
      await client.getTool('weather').execute({ data: { city: 'Paris' }, requestContext: ctxOf(mod) })
    })
    assert.deepEqual(mine, their)
    assert.match(mine[0].url, /requestContext=/)
  })

  test("each package's context works with the other's client (core's RequestContext here, ours in client-js)", async () => {
    const [mine, their] = await bothClients(async (client, mod) => {
      const other = mod === ours ? theirs : ours
      await client.listAgents(ctxOf(other))
      await client.getTool('t').execute({ data: {}, requestContext: ctxOf(other) })
    })
    assert.deepEqual(mine, their)
  })

  test('agent generate with a context: the same body', async () => {
    const reply = () => ({ text: 'ok', finishReason: 'stop', response: { messages: [] } })
    const [mine, their] = await bothClients(async (client, mod) => {
      await client.getAgent('a').generate('hi', { requestContext: ctxOf(mod), memory: { thread: 't', resource: 'r' } })
    }, reply)
    assert.deepEqual(mine, their)
    assert.deepEqual(mine[0].body.requestContext, { tenant: 't1', locale: 'en', n: 3 })
  })
})

// ---------------------------------------------------------------------------------------------
// Client tools

describe('createTool and ClientTool', () => {
  const schema = { type: 'object', properties: { color: { type: 'string' } }, required: ['color'] }
  const opts = (execute) => ({ id: 'changeColor', description: 'Changes the colour', inputSchema: schema, execute, extra: 'dropped' })

  test('the same object as client-js makes: own fields, order, values', () => {
    const execute = async () => 'done'
    const mine = ours.createTool(opts(execute))
    const their = theirs.createTool(opts(execute))
    assert.ok(mine instanceof ours.ClientTool)
    assert.deepEqual(Object.entries(mine), Object.entries(their))
    assert.deepEqual(Object.entries(new ours.ClientTool({ id: 'x', description: 'y' })), Object.entries(new theirs.ClientTool({ id: 'x', description: 'y' })))
    assert.equal(JSON.stringify(mine), JSON.stringify(their))
  })

  test('in an agent call: sent as the same tool definition, run when the agent calls it, its result sent back', async () => {
    const reply = (url, body, n) =>
      n === 1
        ? {
            finishReason: 'tool-calls',
            toolCalls: [{ payload: { toolCallId: 'c1', toolName: 'changeColor', args: { color: 'red' } } }],
            response: { messages: [{ role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'changeColor', args: { color: 'red' } }] }] },
          }
        : { text: 'done', finishReason: 'stop', response: { messages: [] } }
    const ran = []
    const [mine, their] = await bothClients(async (client, mod) => {
      const tool = mod.createTool(opts(async (input) => {
        ran.push(input)
        return { ok: input.color }
      }))
      const plain = new mod.ClientTool({ id: 'ping', description: 'Answers pong', execute: async () => 'pong' })
      await client.getAgent('designer').generate('paint it', { clientTools: { changeColor: tool, ping: plain } })
    }, reply)
    assert.deepEqual(ran, [{ color: 'red' }, { color: 'red' }])
    assert.equal(mine.length, 2)
    assert.deepEqual(mine, their)
  })
})

// ---------------------------------------------------------------------------------------------
// Agent-controller helpers

describe('agentControllerMessageText and isKnownAgentControllerEvent', () => {
  test('isKnownAgentControllerEvent: the same answer for every type client-js knows and others', () => {
    const known = [
      'agent_start', 'agent_end', 'message_start', 'message_update', 'message_end', 'state_changed', 'tool_input_start',
      'tool_input_delta', 'tool_input_end', 'tool_start', 'tool_update', 'shell_output', 'command_exit', 'tool_end',
      'tool_approval_required', 'tool_suspended', 'tool_suspension_cancelled', 'mode_changed', 'model_changed',
      'thread_changed', 'thread_created', 'thread_deleted', 'thread_title_updated', 'subagent_start', 'subagent_text_delta',
      'subagent_tool_start', 'subagent_tool_end', 'subagent_end', 'subagent_model_changed', 'task_updated', 'notification',
      'notification_summary', 'usage_update', 'display_state_changed', 'goal_evaluation', 'follow_up_queued',
      'om_observation_start', 'om_observation_end', 'om_observation_failed', 'om_reflection_start', 'om_reflection_end',
      'om_reflection_failed', 'om_buffering_start', 'om_buffering_end', 'om_buffering_failed', 'om_model_changed',
      'om_activation', 'om_status', 'om_thread_title_updated', 'workspace_ready', 'workspace_error',
      'workspace_status_changed', 'info', 'error',
    ]
    const others = ['', 'custom', 'AGENT_START', 'agent_start ', 'toString', 'constructor', '__proto__', undefined, null, 1]
    for (const type of [...known, ...others]) {
      const event = { type, payload: {} }
      assert.equal(ours.isKnownAgentControllerEvent(event), theirs.isKnownAgentControllerEvent(event), String(type))
    }
    assert.equal(known.filter((type) => ours.isKnownAgentControllerEvent({ type })).length, known.length)
    // Without an event, both throw the same kind of error.
    assert.throws(() => ours.isKnownAgentControllerEvent(undefined), TypeError)
    assert.throws(() => theirs.isKnownAgentControllerEvent(undefined), TypeError)
  })

  test('agentControllerMessageText: the same text for the same messages', () => {
    const messages = [
      { content: { parts: [] } },
      { content: { parts: [{ type: 'text', text: 'Hello' }, { type: 'text', text: ', world' }] } },
      {
        content: {
          parts: [
            { type: 'step-start' },
            { type: 'text', text: 'a' },
            { type: 'tool-invocation', toolInvocation: { state: 'call', toolCallId: 'c', toolName: 't', args: {} } },
            { type: 'reasoning', reasoning: 'hidden', text: 'not text' },
            { type: 'text', text: 42 },
            { type: 'text' },
            { type: 'text', text: '' },
            { type: 'text', text: 'b' },
          ],
        },
      },
    ]
    for (const message of messages) {
      assert.equal(ours.agentControllerMessageText(message), theirs.agentControllerMessageText(message))
    }
    for (const bad of [{}, { content: {} }, { content: { parts: null } }]) {
      assert.throws(() => theirs.agentControllerMessageText(bad), TypeError)
      assert.throws(() => ours.agentControllerMessageText(bad), TypeError)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// `options`, public on every client-js resource (BaseResource): the object the client was made
// with, the same one on every object the client makes.

describe('options on every object', () => {
  const reach = (client) => {
    const agent = client.getAgent('a')
    const workflow = client.getWorkflow('w')
    return [client, agent, agent.voice, workflow, client.getMemoryThread({ threadId: 't', agentId: 'a' }), client.observability, client.conversations, client.conversations.items, client.getA2A('a'), client.getVector('v'), client.getTool('t')]
  }

  for (const entry of ['index', 'edge', 'browser']) {
    test(`${entry}: client.options and every object's options are the constructor's object, as in client-js`, () => {
      const mod = require(`../${entry}.js`)
      const opts = { baseUrl: 'http://mastra.test', headers: { 'x-a': '1' } }
      const theirOpts = { ...opts }
      const mine = reach(new mod.MastraClient(opts))
      const their = reach(new theirs.MastraClient(theirOpts))
      assert.equal(mine.length, their.length)
      for (const [i, object] of mine.entries()) {
        assert.equal(object.options, opts, `${object.constructor.name}.options`)
        assert.equal(their[i].options, theirOpts, `client-js ${their[i].constructor.name}.options`)
      }
      // The service client and createMastraClient's have options too, with their base URL.
      assert.equal(mod.mastraClient.options.baseUrl, mod.getMastraBaseUrl())
      assert.equal(mod.createMastraClient('tok').getAgent('a').options.baseUrl, mod.getMastraBaseUrl())
    })
  }

  test('a run made from a reply keeps the options', async () => {
    const { fetch } = recorder(() => ({ runId: 'r1' }))
    const opts = { baseUrl: 'http://mastra.test', fetch, retries: 0 }
    const run = await new ours.MastraClient(opts).getWorkflow('w').createRun()
    assert.equal(run.options, opts)
  })
})

// ---------------------------------------------------------------------------------------------
// Types: fixtures/values/check.ts compiles under --strict (ClientOptions and RequestOptions
// assignable both ways to client-js's, `options` and `request<T>()`, the client into an API
// typed with client-js's class, RequestContext, client tools, the helpers, the route types).

test('types: fixtures/values/check.ts compiles under --strict beside client-js', { timeout: 120_000 }, () => {
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
  const project = fileURLToPath(new URL('./fixtures/values/tsconfig.json', import.meta.url))
  let out = ''
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' })
  } catch (err) {
    out = `${err.stdout ?? ''}${err.stderr ?? ''}` || String(err)
  }
  assert.equal(out, '')
})
