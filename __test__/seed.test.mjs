// The three seed exports (getMastraBaseUrl, mastraClient, createMastraClient) in every
// environment case, plus the options checks of `new MastraClient(...)`.
//
// `mastraClient` is made when the module loads, from the environment of that moment, so
// each environment case runs in a fresh child process (support/seed-child.cjs) with a
// controlled environment (MASTRA_BASE_URL / JWT_TOKEN are never inherited from here).
// What reaches the network is read on a loopback recording server.

import { test, describe, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { startRecordingServer } from '../tools/recording-server.mjs'

const require = createRequire(import.meta.url)
const CHILD = fileURLToPath(new URL('./support/seed-child.cjs', import.meta.url))
const DEFAULT_BASE_URL = 'http://localhost:4111'
const T = { timeout: 30_000 } // a guard against hangs only

let srv
let pkg

before(async () => {
  srv = await startRecordingServer()
  pkg = require('../index.js')
})

after(async () => {
  await srv?.close()
})

beforeEach(() => {
  srv.reset()
  srv.reply({ status: 200, body: { 'echo-agent': { name: 'Echo Agent' } } })
})

/**
 * Runs the child with exactly `env` (plus PATH), makes `op`, and resolves with what it
 * printed. Nothing of this process's MASTRA_BASE_URL / JWT_TOKEN leaks in.
 */
function runChild(env, op = {}) {
  return new Promise((resolve, reject) => {
    const childEnv = { PATH: process.env.PATH ?? '', ...env }
    for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k]
    const child = spawn(process.execPath, [CHILD, JSON.stringify(op)], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: fileURLToPath(new URL('.', import.meta.url)),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      if (code !== 0) return reject(new Error(`child exited with ${code ?? signal}: ${stderr}`))
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()))
      } catch {
        reject(new Error(`child printed no JSON: ${stdout} ${stderr}`))
      }
    })
  })
}

/** The error `fn` throws (synchronously); fails if it does not throw. */
function thrown(fn) {
  try {
    fn()
  } catch (err) {
    return err
  }
  assert.fail('expected a throw')
}

/** Lets any request that was (wrongly) started reach the server before we count. */
const settle = () => new Promise((r) => setTimeout(r, 150))

/** Runs `fn` with process.env keys set (undefined deletes), then restores them. */
async function withEnv(vars, fn) {
  const saved = {}
  for (const key of Object.keys(vars)) {
    saved[key] = process.env[key]
    if (vars[key] === undefined) delete process.env[key]
    else process.env[key] = vars[key]
  }
  try {
    return await fn()
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

// ---------------------------------------------------------------------------
// getMastraBaseUrl()
// ---------------------------------------------------------------------------

describe('getMastraBaseUrl()', () => {
  test('MASTRA_BASE_URL unset → http://localhost:4111', T, async () => {
    const out = await runChild({})
    assert.equal(out.env.MASTRA_BASE_URL, null, 'premise: unset in the child')
    assert.equal(out.baseUrl, DEFAULT_BASE_URL)
    assert.deepEqual(out.exports, ['ClientTool', 'MastraClient', 'MastraClientError', 'RequestContext', 'agentControllerMessageText', 'createMastraClient', 'createTool', 'getMastraBaseUrl', 'isKnownAgentControllerEvent', 'mastraClient'])
  })

  test("MASTRA_BASE_URL='' → the default", T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: '' })
    assert.equal(out.env.MASTRA_BASE_URL, '', 'premise: empty in the child')
    assert.equal(out.baseUrl, DEFAULT_BASE_URL)
  })

  test('MASTRA_BASE_URL set → that value, as given', T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: 'https://mastra.example.test:8443/base/' })
    assert.equal(out.baseUrl, 'https://mastra.example.test:8443/base/')
  })

  test('is read at each call (in-process changes are seen)', T, async () => {
    await withEnv({ MASTRA_BASE_URL: undefined }, () => {
      assert.equal(pkg.getMastraBaseUrl(), DEFAULT_BASE_URL)
      process.env.MASTRA_BASE_URL = 'http://one.test:1'
      assert.equal(pkg.getMastraBaseUrl(), 'http://one.test:1')
      process.env.MASTRA_BASE_URL = 'http://two.test:2'
      assert.equal(pkg.getMastraBaseUrl(), 'http://two.test:2')
      process.env.MASTRA_BASE_URL = ''
      assert.equal(pkg.getMastraBaseUrl(), DEFAULT_BASE_URL)
      delete process.env.MASTRA_BASE_URL
      assert.equal(pkg.getMastraBaseUrl(), DEFAULT_BASE_URL)
    })
  })
})

// ---------------------------------------------------------------------------
// mastraClient (made at load)
// ---------------------------------------------------------------------------

describe('mastraClient', () => {
  test('uses MASTRA_BASE_URL of load time; a trailing slash gives /api/agents, not //api', T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: `${srv.url}/` }, { call: 'service' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.deepEqual(out.result, { 'echo-agent': { name: 'Echo Agent' } })
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].method, 'GET')
    assert.equal(srv.requests[0].url, '/api/agents')
  })

  test('without a trailing slash: the same path', T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url }, { call: 'service' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].url, '/api/agents')
  })

  test('JWT_TOKEN unset → no authorization header', T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url }, { call: 'service' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(out.env.JWT_TOKEN, null, 'premise: unset in the child')
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].headers.authorization, undefined)
  })

  test("JWT_TOKEN='' → no authorization header", T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: '' }, { call: 'service' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(out.env.JWT_TOKEN, '', 'premise: empty in the child')
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].headers.authorization, undefined)
  })

  test("JWT_TOKEN='abc.def' → authorization: Bearer abc.def", T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: 'abc.def' }, { call: 'service' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].headers.authorization, 'Bearer abc.def')
  })

  test('the environment is read once, at load: later changes do not affect it', T, async () => {
    // In this process the package was loaded in before(); mastraClient kept that base URL,
    // so pointing MASTRA_BASE_URL / JWT_TOKEN at the recording server now changes nothing
    // for mastraClient, while createMastraClient() sees the new value.
    await withEnv({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: 'late-token' }, async () => {
      await pkg.createMastraClient().listAgents()
      assert.equal(srv.requests.length, 1)
      assert.equal(srv.requests[0].headers.authorization, undefined, 'createMastraClient() never falls back to JWT_TOKEN')
    })
    assert.ok(pkg.mastraClient instanceof pkg.MastraClient)
  })
})

// ---------------------------------------------------------------------------
// createMastraClient(token?)
// ---------------------------------------------------------------------------

describe('createMastraClient()', () => {
  test('no token → no authorization header, even when JWT_TOKEN is set (child)', T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: 'env-secret' }, { call: 'create' })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].url, '/api/agents')
    assert.equal(srv.requests[0].headers.authorization, undefined)
  })

  test("createMastraClient('tok-1') → Bearer tok-1 (child, JWT_TOKEN set too)", T, async () => {
    const out = await runChild({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: 'env-secret' }, { call: 'create', args: ['tok-1'] })
    assert.equal(out.ok, true, JSON.stringify(out.error))
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].headers.authorization, 'Bearer tok-1')
  })

  test('no token and an empty token → no authorization header (in-process, JWT_TOKEN set)', T, async () => {
    await withEnv({ MASTRA_BASE_URL: srv.url, JWT_TOKEN: 'env-secret' }, async () => {
      await pkg.createMastraClient().listAgents()
      await pkg.createMastraClient(undefined).listAgents()
      await pkg.createMastraClient('').listAgents()
    })
    assert.equal(srv.requests.length, 3)
    for (const req of srv.requests) assert.equal(req.headers.authorization, undefined)
  })

  test('uses getMastraBaseUrl() at call time; a client keeps the URL it was made with', T, async () => {
    const other = await startRecordingServer()
    try {
      let first
      await withEnv({ MASTRA_BASE_URL: `${srv.url}/` }, async () => {
        first = pkg.createMastraClient('tok-1')
      })
      let second
      await withEnv({ MASTRA_BASE_URL: other.url }, async () => {
        second = pkg.createMastraClient('tok-2')
        await first.listAgents() // made earlier: still the first server
        await second.listAgents()
      })
      assert.equal(srv.requests.length, 1)
      assert.equal(srv.requests[0].url, '/api/agents')
      assert.equal(srv.requests[0].headers.authorization, 'Bearer tok-1')
      assert.equal(other.requests.length, 1)
      assert.equal(other.requests[0].url, '/api/agents')
      assert.equal(other.requests[0].headers.authorization, 'Bearer tok-2')
    } finally {
      await other.close()
    }
  })

  test('a token that is not a string → TypeError (123, {})', T, async () => {
    await withEnv({ MASTRA_BASE_URL: srv.url }, async () => {
      for (const bad of [123, {}, true, ['x']]) {
        const err = thrown(() => pkg.createMastraClient(bad))
        assert.ok(err instanceof TypeError, `${JSON.stringify(bad)}: ${err}`)
      }
      await settle()
    })
    assert.equal(srv.requests.length, 0)
  })

  test('a token with CR/LF or NUL → TypeError that does not repeat the token; nothing is sent', T, async () => {
    await withEnv({ MASTRA_BASE_URL: srv.url }, async () => {
      for (const bad of ['a\r\nX-Injected: 1', 'zq9secret\0tail', 'zq9secret\ntail']) {
        const err = thrown(() => pkg.createMastraClient(bad))
        assert.ok(err instanceof TypeError, `${JSON.stringify(bad)}: ${err?.name}`)
        assert.ok(!err.message.includes(bad), err.message)
        assert.ok(!err.message.includes('X-Injected'), err.message)
        assert.ok(!err.message.includes('zq9secret'), err.message)
        assert.ok(!err.message.includes('tail'), err.message)
        assert.match(err.message, /token/i)
      }
      await settle()
    })
    assert.equal(srv.requests.length, 0)
  })
})

// ---------------------------------------------------------------------------
// new MastraClient(options) and MastraClientError
// ---------------------------------------------------------------------------

describe('MastraClient options', () => {
  test("baseUrl 'not a url' → TypeError at construction naming baseUrl", () => {
    const err = thrown(() => new pkg.MastraClient({ baseUrl: 'not a url' }))
    assert.ok(err instanceof TypeError, String(err))
    assert.match(err.message, /baseUrl/)
  })

  test("baseUrl 'ftp://x' → TypeError naming baseUrl", () => {
    const err = thrown(() => new pkg.MastraClient({ baseUrl: 'ftp://x' }))
    assert.ok(err instanceof TypeError, String(err))
    assert.match(err.message, /baseUrl/)
  })

  test('baseUrl missing or not a string → TypeError', () => {
    for (const options of [{}, { baseUrl: 42 }, undefined]) {
      const err = thrown(() => new pkg.MastraClient(options))
      assert.ok(err instanceof TypeError, String(err))
    }
  })

  test('fetch option: the caller\'s fetch sends the requests, as in client-js', async () => {
    const seen = []
    const fetch = (url, init) => {
      seen.push([String(url), init.method])
      return globalThis.fetch(url, init)
    }
    const client = new pkg.MastraClient({ baseUrl: srv.url, fetch })
    assert.deepEqual(await client.listAgents(), { 'echo-agent': { name: 'Echo Agent' } })
    assert.deepEqual(seen, [[`${srv.url}/api/agents`, 'GET']])
    assert.equal(srv.requests.length, 1)
    const err = thrown(() => new pkg.MastraClient({ baseUrl: srv.url, fetch: 'no' }))
    assert.ok(err instanceof TypeError && /options\.fetch/.test(err.message), String(err))
  })

  test('options of the wrong type → TypeError naming the option, before anything crosses to the core', () => {
    for (const [name, value] of [['retries', 'x'], ['backoffMs', '5'], ['maxBackoffMs', null], ['apiPrefix', 5], ['timeoutMs', '1'], ['maxResponseBytes', '1']]) {
      const err = thrown(() => new pkg.MastraClient({ baseUrl: srv.url, [name]: value }))
      assert.ok(err instanceof TypeError, `${name}: ${err}`)
      assert.ok(err.message.includes(`options.${name}`), `${name}: ${err.message}`)
    }
  })

  test('retries: -1 → RangeError (and 1.5 too)', () => {
    for (const retries of [-1, 1.5]) {
      const err = thrown(() => new pkg.MastraClient({ baseUrl: srv.url, retries }))
      assert.ok(err instanceof RangeError, `${retries}: ${err}`)
      assert.match(err.message, /retries/)
    }
  })

  test("headers { 'x-a': 'b\\nc' } → TypeError naming x-a without the value", async () => {
    const err = thrown(() => new pkg.MastraClient({ baseUrl: srv.url, headers: { 'x-a': 'zz-b\nzz-c' } }))
    assert.ok(err instanceof TypeError, String(err))
    assert.match(err.message, /x-a/)
    assert.ok(!err.message.includes('zz-b') && !err.message.includes('zz-c'), err.message)
    await settle()
    assert.equal(srv.requests.length, 0)
  })

  test('a valid client sends nothing until called', async () => {
    const client = new pkg.MastraClient({ baseUrl: srv.url, retries: 0, backoffMs: 0, headers: { 'x-a': 'b' } })
    assert.ok(client instanceof pkg.MastraClient)
    await settle()
    assert.equal(srv.requests.length, 0)
    await client.listAgents()
    assert.equal(srv.requests.length, 1)
    assert.equal(srv.requests[0].headers['x-a'], 'b')
  })

  test('MastraClientError is an exported Error class with name/status/statusText/body', () => {
    const { MastraClientError } = pkg
    assert.equal(typeof MastraClientError, 'function')
    const err = new MastraClientError(404, 'Not Found', 'HTTP error! status: 404', { error: 'x' })
    assert.ok(err instanceof Error)
    assert.ok(err instanceof MastraClientError)
    assert.equal(err.name, 'MastraClientError')
    assert.equal(err.status, 404)
    assert.equal(err.statusText, 'Not Found')
    assert.deepEqual(err.body, { error: 'x' })
    assert.equal(err.message, 'HTTP error! status: 404')
    assert.equal(typeof err.stack, 'string')
    assert.equal(new MastraClientError(500, '', 'm').body, undefined)
  })
})
