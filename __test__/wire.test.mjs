// Requests on the wire: for the same call, the native package and @mastra/client-js 1.47.0
// send the same method, path + query, body (raw text and parsed JSON) and content type to
// one loopback recording server. Where the native package deliberately differs (no trailing
// `?` on an empty query, percent-encoded path values), the test asserts what it sends.

import { test, describe, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { MastraClient as JsClient } from '@mastra/client-js'
import { startRecordingServer } from './support/recording-server.mjs'

const require = createRequire(import.meta.url)
const T = { timeout: 30_000 } // a guard against hangs only

let srv
let Native

before(async () => {
  srv = await startRecordingServer()
  Native = require('../index.js')
})

after(async () => {
  await srv?.close()
})

beforeEach(() => srv.reset())

/** One client of each kind with the same options. */
function clients(options = {}) {
  const opts = { baseUrl: srv.url, retries: 0, ...options }
  return { js: new JsClient(opts), nv: new Native.MastraClient(opts) }
}

/**
 * Runs `call(client)` with client-js, then with the native client, each against a fresh
 * recording, answering with `answer` (or queued answers). Resolves with the requests each
 * one made and the values they resolved with.
 */
async function onBoth(call, { answer = { status: 200, body: {} }, answers, options } = {}) {
  const { js, nv } = clients(options)
  const out = {}
  for (const [side, client] of [['js', js], ['nv', nv]]) {
    srv.reset()
    if (answers) srv.queue(...answers)
    srv.reply(answer)
    out[`${side}Value`] = await call(client, side)
    out[side] = srv.requests.slice()
  }
  return out
}

const contentType = (req) => req.headers['content-type']

/** Asserts two recorded requests are the same on the wire (method, url, body, content type). */
function sameRequest(nv, js, { url = js.url } = {}) {
  assert.equal(nv.method, js.method, 'method')
  assert.equal(nv.url, url, 'path and query')
  assert.equal(nv.body, js.body, 'raw body text')
  if (js.body !== '') assert.deepEqual(JSON.parse(nv.body), JSON.parse(js.body), 'parsed body')
  assert.equal('content-type' in nv.headers, 'content-type' in js.headers, 'content-type presence')
  assert.equal(contentType(nv), contentType(js), 'content-type value')
  assert.equal(nv.headers.authorization, js.headers.authorization, 'authorization')
}

/** Both sides made exactly `count` requests; they match pairwise. */
function sameRequests(out, count = 1) {
  assert.equal(out.js.length, count, 'client-js request count (premise)')
  assert.equal(out.nv.length, count, 'native request count')
  for (let i = 0; i < count; i++) sameRequest(out.nv[i], out.js[i])
}

/** Base64 of the UTF-8 JSON of `value`, URL-encoded, as client-js puts a request context. */
const rcParam = (value) => encodeURIComponent(Buffer.from(JSON.stringify(value), 'utf8').toString('base64'))

// ---------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------

describe('agents', () => {
  test("getAgent('a').details()", T, async () => {
    const out = await onBoth((c) => c.getAgent('a').details(), { answer: { body: { name: 'A' } } })
    sameRequests(out)
    assert.equal(out.nv[0].method, 'GET')
    assert.equal(out.nv[0].url, '/api/agents/a')
    assert.equal(out.nv[0].body, '')
    assert.equal(contentType(out.nv[0]), undefined)
    assert.deepEqual(out.nvValue, { name: 'A' })
    assert.deepEqual(out.nvValue, out.jsValue)
  })

  test("getAgent('a').details({ tenant: 'é', n: 1 }): base64 of UTF-8 JSON, URL-encoded", T, async () => {
    const rc = { tenant: 'é', n: 1 }
    const out = await onBoth((c) => c.getAgent('a').details(rc))
    sameRequests(out)
    assert.equal(out.nv[0].url, `/api/agents/a?requestContext=${rcParam(rc)}`)
    const sent = new URL(out.nv[0].url, srv.url).searchParams.get('requestContext')
    assert.deepEqual(JSON.parse(Buffer.from(sent, 'base64').toString('utf8')), rc)
  })

  test('a request context whose base64 has + / = is encoded like client-js', T, async () => {
    // '?>' and 'ÿ' make base64 with '+' and '/' characters; the length makes '=' padding.
    const rc = { q: '?>?>ÿÿ', z: 'ab' }
    const b64 = Buffer.from(JSON.stringify(rc), 'utf8').toString('base64')
    assert.match(b64, /[+/=]/, 'premise: the base64 has characters that need encoding')
    const out = await onBoth((c) => c.getAgent('a').details(rc))
    sameRequests(out)
  })

  test('listAgents(undefined, true)', T, async () => {
    const out = await onBoth((c) => c.listAgents(undefined, true))
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/agents?partial=true')
  })

  test('listAgents() and listAgents({ x: 1 }, true)', T, async () => {
    let out = await onBoth((c) => c.listAgents())
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/agents')
    out = await onBoth((c) => c.listAgents({ x: 1 }, true))
    sameRequests(out)
    assert.equal(out.nv[0].url, `/api/agents?requestContext=${rcParam({ x: 1 })}&partial=true`)
  })

  test("generate('hi', { memory, requestContext }) body", T, async () => {
    const options = { memory: { thread: 't', resource: 'r' }, requestContext: { x: 1 } }
    const out = await onBoth((c) => c.getAgent('a').generate('hi', options), {
      answer: { body: { text: 'ok', finishReason: 'stop' } },
    })
    sameRequests(out)
    const req = out.nv[0]
    assert.equal(req.method, 'POST')
    assert.equal(req.url, '/api/agents/a/generate')
    assert.equal(contentType(req), 'application/json')
    assert.deepEqual(JSON.parse(req.body), { memory: { thread: 't', resource: 'r' }, requestContext: { x: 1 }, messages: 'hi' })
    assert.deepEqual(out.nvValue, { text: 'ok', finishReason: 'stop' })
  })

  test('generate with message objects and extra options', T, async () => {
    const messages = [{ role: 'user', content: 'héllo 😀' }]
    const options = { maxSteps: 2, modelSettings: { temperature: 0 }, memory: { thread: { id: 't' }, resource: 'r' } }
    const out = await onBoth((c) => c.getAgent('a').generate(messages, options), { answer: { body: { text: '' } } })
    sameRequests(out)
  })

  test('stream request (POST /agents/a/stream) has the same body', T, async () => {
    const answer = { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: [DONE]\n\n' }
    const out = await onBoth(
      async (c) => {
        const response = await c.getAgent('a').stream('hi', { requestContext: { x: 1 }, memory: { thread: 't', resource: 'r' } })
        await response.processDataStream({ onChunk: () => {} })
        return response.status
      },
      { answer },
    )
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/agents/a/stream')
    assert.equal(out.nvValue, 200)
  })
})

// ---------------------------------------------------------------------------
// Workflows and tools
// ---------------------------------------------------------------------------

describe('workflows', () => {
  test('createRun({ runId }) then run.start(params)', T, async () => {
    const params = { inputData: { a: 1 }, initialState: { s: 'é' }, requestContext: { x: 1 }, perStep: true }
    const out = await onBoth(
      async (c) => {
        const run = await c.getWorkflow('w').createRun({ runId: 'r1', resourceId: 'res' })
        assert.equal(run.runId, 'r1')
        return run.start(params)
      },
      { answers: [{ body: { runId: 'r1' } }], answer: { body: { message: 'started' } } },
    )
    sameRequests(out, 2)
    assert.equal(out.nv[0].url, '/api/workflows/w/create-run?runId=r1')
    assert.deepEqual(JSON.parse(out.nv[0].body), { resourceId: 'res' })
    assert.equal(out.nv[1].url, '/api/workflows/w/start?runId=r1')
    assert.deepEqual(JSON.parse(out.nv[1].body), { inputData: { a: 1 }, initialState: { s: 'é' }, requestContext: { x: 1 }, perStep: true })
    assert.deepEqual(out.nvValue, { message: 'started' })
  })

  test('createRun() without a runId: no trailing `?`, same body', T, async () => {
    // client-js asks fetch for `create-run?`; the native package builds `create-run` (README:
    // "deliberate difference"). Node's fetch drops an empty query, so the wire is the same.
    const out = await onBoth((c) => c.getWorkflow('w').createRun(), { answer: { body: { runId: 'r1' } } })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/workflows/w/create-run')
    assert.equal(out.nv[0].body, '{}')
    assert.equal(out.nvValue.runId, 'r1')
  })

  test('run.startAsync(params) body', T, async () => {
    const params = { inputData: { a: 1 }, requestContext: { x: 1 }, resourceId: 'res', tracingOptions: { metadata: { k: 1 } } }
    const out = await onBoth(
      async (c) => (await c.getWorkflow('w').createRun({ runId: 'r1' })).startAsync(params),
      { answers: [{ body: { runId: 'r1' } }], answer: { body: { status: 'success', result: 2 } } },
    )
    sameRequests(out, 2)
    assert.equal(out.nv[1].url, '/api/workflows/w/start-async?runId=r1')
    assert.deepEqual(JSON.parse(out.nv[1].body), params)
    assert.deepEqual(out.nvValue, { status: 'success', result: 2 })
  })

  test('run.resume / resumeAsync bodies', T, async () => {
    const params = { step: 's1', resumeData: { ok: true }, requestContext: { x: 1 }, forEachIndex: 0 }
    for (const method of ['resume', 'resumeAsync']) {
      const out = await onBoth(
        async (c) => (await c.getWorkflow('w').createRun({ runId: 'r1' }))[method](params),
        { answers: [{ body: { runId: 'r1' } }], answer: { body: { status: 'success' } } },
      )
      sameRequests(out, 2)
    }
  })
})

describe('tools', () => {
  test("getTool('t').execute({ data, requestContext }): no trailing `?`", T, async () => {
    // client-js asks fetch for `execute?`; Node's fetch drops the empty query on the wire.
    const out = await onBoth((c) => c.getTool('t').execute({ data: { a: 1, s: 'é' }, requestContext: { x: 1 } }), {
      answer: { body: { result: 3 } },
    })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/tools/t/execute')
    assert.deepEqual(JSON.parse(out.nv[0].body), { data: { a: 1, s: 'é' }, requestContext: { x: 1 } })
    assert.equal(contentType(out.nv[0]), 'application/json')
    assert.deepEqual(out.nvValue, { result: 3 })
  })

  test("getTool('t').execute({ data, runId }): same url with the runId", T, async () => {
    const out = await onBoth((c) => c.getTool('t').execute({ data: 1, runId: 'r 1' }))
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/tools/t/execute?runId=r+1')
  })
})

// ---------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------

describe('memory', () => {
  test('createMemoryThread(params)', T, async () => {
    const params = { agentId: 'a', resourceId: 'r', threadId: 't', title: 'Tïtle', metadata: { k: 1 }, requestContext: { x: 1 } }
    const out = await onBoth((c) => c.createMemoryThread(params), { answer: { body: { id: 't' } } })
    sameRequests(out)
    assert.equal(out.nv[0].method, 'POST')
    assert.equal(out.nv[0].url, `/api/memory/threads?agentId=a&requestContext=${rcParam({ x: 1 })}`)
    assert.deepEqual(JSON.parse(out.nv[0].body), params)
  })

  test("getMemoryThread({ threadId: 't', agentId: 'a' }).update({ title: 'x' }): PATCH with body", T, async () => {
    const out = await onBoth((c) => c.getMemoryThread({ threadId: 't', agentId: 'a' }).update({ title: 'x' }), {
      answer: { body: { id: 't', title: 'x' } },
    })
    sameRequests(out)
    assert.equal(out.nv[0].method, 'PATCH')
    assert.equal(out.nv[0].url, '/api/memory/threads/t?agentId=a')
    assert.equal(out.nv[0].body, '{"title":"x"}')
    assert.equal(contentType(out.nv[0]), 'application/json')
  })

  test('update with agentId and requestContext in params: both go to the query, not the body', T, async () => {
    const out = await onBoth((c) =>
      c.getMemoryThread({ threadId: 't' }).update({ title: 'x', metadata: { m: 1 }, agentId: 'b', requestContext: { x: 1 } }),
    )
    sameRequests(out)
    assert.equal(out.nv[0].url, `/api/memory/threads/t?agentId=b&requestContext=${rcParam({ x: 1 })}`)
    assert.deepEqual(JSON.parse(out.nv[0].body), { title: 'x', metadata: { m: 1 } })
  })

  test('delete(): DELETE without a body and without content-type', T, async () => {
    const out = await onBoth((c) => c.getMemoryThread({ threadId: 't', agentId: 'a' }).delete(), {
      answer: { body: { result: 'Thread deleted' } },
    })
    sameRequests(out)
    assert.equal(out.nv[0].method, 'DELETE')
    assert.equal(out.nv[0].url, '/api/memory/threads/t?agentId=a')
    assert.equal(out.nv[0].body, '')
    assert.equal('content-type' in out.nv[0].headers, false)
    assert.deepEqual(out.nvValue, { result: 'Thread deleted' })
  })

  test('update/delete without any agentId: the same error as client-js, nothing sent', T, async () => {
    const { js, nv } = clients()
    for (const method of ['update', 'delete']) {
      const call = (c) => c.getMemoryThread({ threadId: 't' })[method]({})
      let jsErr
      let nvErr
      try {
        await call(js)
      } catch (e) {
        jsErr = e
      }
      try {
        await call(nv)
      } catch (e) {
        nvErr = e
      }
      assert.ok(jsErr, 'client-js throws (premise)')
      assert.ok(nvErr, `native ${method}() throws`)
      assert.equal(nvErr.message, jsErr.message)
    }
    assert.equal(srv.requests.length, 0)
  })

  test('listMemoryThreads({ resourceId, page: 0, perPage: 5, orderBy })', T, async () => {
    const page = { threads: [], total: 0, page: 0, perPage: 5, hasMore: false }
    const params = { resourceId: 'r', page: 0, perPage: 5, orderBy: { field: 'createdAt', direction: 'DESC' } }
    const out = await onBoth((c) => c.listMemoryThreads(params), { answer: { body: page } })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/memory/threads?resourceId=r&page=0&perPage=5&orderBy%5Bfield%5D=createdAt&orderBy%5Bdirection%5D=DESC')
    assert.deepEqual(out.nvValue, page)
  })

  test('listMemoryThreads with metadata, agentId and requestContext', T, async () => {
    const params = { resourceId: 'r', agentId: 'a', metadata: { k: 'v é' }, requestContext: { x: 1 } }
    const out = await onBoth((c) => c.listMemoryThreads(params), { answer: { body: [] } })
    sameRequests(out)
    assert.deepEqual(out.nvValue, out.jsValue)
  })

  test('listThreadMessages and thread.listMessages queries', T, async () => {
    const opts = { agentId: 'a', page: 0, perPage: 10, orderBy: { field: 'createdAt', direction: 'ASC' }, requestContext: { x: 1 } }
    let out = await onBoth((c) => c.listThreadMessages('t', opts), { answer: { body: { messages: [] } } })
    sameRequests(out)
    out = await onBoth((c) => c.getMemoryThread({ threadId: 't', agentId: 'a' }).listMessages({ page: 1 }), {
      answer: { body: { messages: [] } },
    })
    sameRequests(out)
  })

  test('listThreadMessages with networkId takes the network route', T, async () => {
    const opts = { networkId: 'net-1', page: 2, perPage: 5, requestContext: { x: 1 } }
    const out = await onBoth((c) => c.listThreadMessages('t', opts), { answer: { body: { messages: [] } } })
    sameRequests(out)
    assert.match(out.nv[0].url, /^\/api\/memory\/network\/threads\/t\/messages\?page=2&perPage=5&networkId=net-1&requestContext=/)
  })
})

// ---------------------------------------------------------------------------
// Logs and vectors
// ---------------------------------------------------------------------------

describe('logs and vectors', () => {
  test("listLogs({ transportId: 'm', filters: { a: '1' }, fromDate: new Date(0) })", T, async () => {
    const out = await onBoth((c) => c.listLogs({ transportId: 'm', filters: { a: '1' }, fromDate: new Date(0) }), {
      answer: { body: { logs: [], total: 0, page: 0, perPage: 100, hasMore: false } },
    })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/api/logs?transportId=m&fromDate=1970-01-01T00%3A00%3A00.000Z&filters=a%3A1')
  })

  test('listLogs with every filter', T, async () => {
    const params = {
      transportId: 'm',
      fromDate: new Date(0),
      toDate: new Date(86_400_000),
      logLevel: 'info',
      filters: { a: '1', b: 'x y' },
      page: 0,
      perPage: 20,
    }
    const out = await onBoth((c) => c.listLogs(params), { answer: { body: { logs: [] } } })
    sameRequests(out)
  })

  test("getVector('v').upsert(params)", T, async () => {
    const params = { indexName: 'i', vectors: [[1, 0.5, -2e-7]], metadata: [{ k: 'é' }], ids: ['a'] }
    const out = await onBoth((c) => c.getVector('v').upsert(params), { answer: { body: ['a'] } })
    sameRequests(out)
    assert.equal(out.nv[0].method, 'POST')
    assert.equal(out.nv[0].url, '/api/vector/v/upsert')
    assert.deepEqual(JSON.parse(out.nv[0].body), params)
    assert.deepEqual(out.nvValue, ['a'])
  })

  test('vector createIndex / query / details / delete / getIndexes', T, async () => {
    const calls = [
      (c) => c.getVector('v').createIndex({ indexName: 'i', dimension: 3, metric: 'cosine' }),
      (c) => c.getVector('v').query({ indexName: 'i', queryVector: [1, 0, 0], topK: 2, filter: { k: 'a' } }),
      (c) => c.getVector('v').details('i'),
      (c) => c.getVector('v').delete('i'),
      (c) => c.getVector('v').getIndexes(),
    ]
    for (const call of calls) sameRequests(await onBoth(call))
  })
})

// ---------------------------------------------------------------------------
// Client options on the wire
// ---------------------------------------------------------------------------

describe('client options', () => {
  test("apiPrefix: '/custom/' → paths under /custom", T, async () => {
    const out = await onBoth((c) => c.getAgent('a').details(), { options: { apiPrefix: '/custom/' } })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/custom/agents/a')
  })

  test("apiPrefix: '' → paths at the root", T, async () => {
    const out = await onBoth((c) => c.listAgents(undefined, true), { options: { apiPrefix: '' } })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/agents?partial=true')
  })

  test("headers { 'content-type': 'application/x-test', 'x-extra': '1' }: the user header wins, x-extra is sent", T, async () => {
    const options = { headers: { 'content-type': 'application/x-test', 'x-extra': '1' } }
    const out = await onBoth((c) => c.getAgent('a').generate('hi'), { options, answer: { body: { text: 'ok' } } })
    sameRequests(out)
    assert.equal(contentType(out.nv[0]), 'application/x-test')
    assert.equal(out.nv[0].headers['x-extra'], '1')
    assert.equal(out.js[0].headers['x-extra'], '1')
    const get = await onBoth((c) => c.listAgents(), { options })
    sameRequests(get)
    assert.equal(get.nv[0].headers['x-extra'], '1')
  })

  test('baseUrl with a path and a trailing slash', T, async () => {
    const out = await onBoth((c) => c.listAgents(), { options: { baseUrl: `${srv.url}/base/` } })
    sameRequests(out)
    assert.equal(out.nv[0].url, '/base/api/agents')
  })

  test("path values are percent-encoded (deliberate difference): getAgent('a/b c')", T, async () => {
    const out = await onBoth((c) => c.getAgent('a/b c').details())
    assert.equal(out.nv.length, 1)
    assert.equal(out.nv[0].url, '/api/agents/a%2Fb%20c')
    assert.notEqual(out.js[0].url, out.nv[0].url, 'client-js does not encode the id (premise of the difference)')
    const plain = await onBoth((c) => c.getAgent('agent-1_x.y').details())
    sameRequests(plain)
  })
})

// ---------------------------------------------------------------------------
// The remaining routes, same requests as client-js
// ---------------------------------------------------------------------------

describe('every other route', () => {
  const rc = { tenant: 'é', n: 1 }
  const cases = {
    'listWorkflows(rc, true)': (c) => c.listWorkflows(rc, true),
    'listWorkflows()': (c) => c.listWorkflows(),
    "getWorkflow('w').details(rc)": (c) => c.getWorkflow('w').details(rc),
    'listTools(rc)': (c) => c.listTools(rc),
    "getTool('t').details(rc)": (c) => c.getTool('t').details(rc),
    'listMemoryThreads()': (c) => c.listMemoryThreads(),
    'createMemoryThread without agentId (agentId=undefined, as client-js)': (c) => c.createMemoryThread({ resourceId: 'r' }),
    "getMemoryThread({ threadId: 't', agentId: 'a' }).get(rc)": (c) => c.getMemoryThread({ threadId: 't', agentId: 'a' }).get(rc),
    "getMemoryThread({ threadId: 't' }).get()": (c) => c.getMemoryThread({ threadId: 't' }).get(),
    'saveMessageToMemory(params)': (c) =>
      c.saveMessageToMemory({ agentId: 'a', messages: [{ role: 'user', content: 'hé', threadId: 't', resourceId: 'r' }], requestContext: rc }),
    'getWorkingMemory(params)': (c) => c.getWorkingMemory({ agentId: 'a', threadId: 't', resourceId: 'r', requestContext: rc }),
    'getWorkingMemory without resourceId (resourceId=undefined, as client-js)': (c) => c.getWorkingMemory({ agentId: 'a', threadId: 't' }),
    'updateWorkingMemory(params)': (c) =>
      c.updateWorkingMemory({ agentId: 'a', threadId: 't', workingMemory: '# notes é', resourceId: 'r', requestContext: rc }),
    'getLogForRun(params)': (c) => c.getLogForRun({ runId: 'run1', transportId: 'm', logLevel: 'info', page: 1, filters: { k: 'v' } }),
    'getLogForRun({ runId }) only': (c) => c.getLogForRun({ runId: 'run1' }),
    "getVector('v').details('i', rc)": (c) => c.getVector('v').details('i', rc),
  }
  for (const [name, call] of Object.entries(cases)) {
    test(name, T, async () => {
      sameRequests(await onBoth(call, { answer: { body: { ok: true } } }))
    })
  }

  test('run.cancelRun(): POST without a body and without content-type', T, async () => {
    const out = await onBoth(async (c) => (await c.getWorkflow('w').createRun({ runId: 'r1' })).cancelRun(), {
      answers: [{ body: { runId: 'r1' } }],
      answer: { body: { message: 'Workflow run canceled' } },
    })
    sameRequests(out, 2)
    assert.equal(out.nv[1].method, 'POST')
    assert.equal(out.nv[1].url, '/api/workflows/w/runs/r1/cancel')
    assert.equal(out.nv[1].body, '')
    assert.equal('content-type' in out.nv[1].headers, false)
  })
})
