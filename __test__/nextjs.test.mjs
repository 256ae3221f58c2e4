// A real Next.js 16 app (App Router, TypeScript; tools/nextjs-app/) with the package as
// users install it (npm pack of the clone and of this platform's binary package). Its callers
// import `@/lib/mastra/mastra-client` and never change: the app is built once with the original
// module over @mastra/client-js and once with the README's one-line migration in its place,
// each with Turbopack and with webpack (`next build --webpack`), with Next's defaults (no
// serverExternalPackages). Each build runs under `next start` against the real Mastra server,
// behind a proxy that records what reaches Mastra, and every scenario must give the same
// result with both modules: route handlers (JSON, SSE, text stream), the service token,
// a server component, a server action and a client component driven in headless Chromium,
// and an edge route. Also: the callers type-check against both modules, the browser bundle
// holds no service token, and the sizes of the server bundles and the cold starts.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startMastraServer } from '../tools/mastra-server.mjs'
import { normalize, createNormalizer } from './support/normalize.mjs'
import { packedPackage, npmAsync, pkg } from '../tools/packed.mjs'
import {
  scratchApp,
  useClientModule,
  run,
  buildErrors,
  startNext,
  startRecordingProxy,
  launchChromium,
  sseData,
  elementText,
  dirSize,
  filesContaining,
  mb,
  mappedFiles,
  within,
  nodeBin,
} from '../tools/nextjs-app.mjs'

const BUNDLERS = ['turbopack', 'webpack']
const CLIENTS = ['client-js', 'native']
const LABEL = { 'client-js': 'the original module (client-js)', native: 'the one-line migration (mastra-client-native)' }
const JWT = `jwt-nextjs-${randomBytes(12).toString('hex')}`
const key = (bundler, client) => `${bundler}/${client}`

let tmp, app, mastra, browserProxy, browser
const builds = new Map() // key → { ok, ms, output, distDir }
const servers = new Map() // key → { url, port, coldStartMs, stop, output, recorder }
const failures = new Map() // key → why there is no server
const recorders = []

/** The environment of `next build` and `next start`: the service token set (a build that inlined it would show it). */
function appEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_SKIP_TYPECHECK: '1', JWT_TOKEN: JWT, ...extra }
  for (const name of ['MASTRA_BASE_URL', 'NODE_ENV', 'NODE_TEST_CONTEXT', 'NODE_OPTIONS', 'NEXT_DIST_DIR']) if (!(name in extra)) delete env[name]
  return env
}

const nextBin = () => path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next')

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-nextjs-'))
  app = scratchApp(path.join(tmp, 'app'), packedPackage(tmp))
  await npmAsync(['install', '--prefer-offline'], app, { timeoutMs: 300_000 })
  mastra = await startMastraServer({ port: 0 })
  // The browser's HTTP proxy: http://localhost:4111 (the browser build's default base URL) is the
  // Mastra server; the Next servers pass through.
  browserProxy = await startRecordingProxy({
    upstream: mastra.url,
    allowedHosts: (host) => [...servers.values()].some((s) => host === `127.0.0.1:${s.port}`),
  })
  recorders.push(browserProxy)
}, { timeout: 360_000 })

after(async () => {
  await browser?.close().catch(() => {})
  for (const server of servers.values()) await server.stop()
  for (const recorder of recorders) await recorder.close()
  await mastra?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
}, { timeout: 60_000 })

// ---------------------------------------------------------------------------------------------
// Builds, type checks, servers
// ---------------------------------------------------------------------------------------------

for (const client of CLIENTS) {
  for (const bundler of BUNDLERS) {
    test(`next build (${bundler}) of the app with ${LABEL[client]}`, { timeout: 300_000 }, async (t) => {
      useClientModule(app, client)
      const distDir = `.next-${bundler}-${client}`
      const args = [nextBin(), 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])]
      const result = await run(nodeBin, args, { cwd: app, env: appEnv({ NEXT_DIST_DIR: distDir }), timeoutMs: 240_000 })
      builds.set(key(bundler, client), { ...result, distDir, ok: result.code === 0 })
      t.diagnostic(`${bundler} build with ${client}: ${result.ms} ms`)
      assert.equal(result.code, 0, `next build (${bundler}) with ${client} failed:\n${buildErrors(result.output)}`)
    })
  }

  test(`the callers type-check unchanged against ${LABEL[client]} (tsc, strict)`, { timeout: 120_000 }, async () => {
    useClientModule(app, client)
    const tsc = path.join(app, 'node_modules', 'typescript', 'bin', 'tsc')
    const result = await run(nodeBin, [tsc, '--noEmit', '-p', app], { cwd: app, env: appEnv(), timeoutMs: 100_000 })
    assert.equal(result.code, 0, `tsc with ${client}:\n${result.output}`)
  })
}

for (const bundler of BUNDLERS) {
  for (const client of CLIENTS) {
    test(`next start (${bundler}, ${client}) answers its first route`, { timeout: 120_000 }, async (t) => {
      const build = builds.get(key(bundler, client))
      if (!build?.ok) {
        failures.set(key(bundler, client), `its ${bundler} build failed`)
        assert.fail(`no ${bundler} build with ${client} to start (see its next build test)`)
      }
      const recorder = await startRecordingProxy({ upstream: mastra.url })
      recorders.push(recorder)
      try {
        const server = await startNext(app, { distDir: build.distDir, env: appEnv({ MASTRA_BASE_URL: recorder.url }), probe: '/api/generate', timeoutMs: 90_000 })
        recorder.take()
        servers.set(key(bundler, client), { ...server, recorder })
        const serverBytes = dirSize(path.join(app, build.distDir, 'server'))
        build.serverBytes = serverBytes
        t.diagnostic(`${bundler}/${client}: cold start ${server.coldStartMs} ms (spawn → first /api/generate answered); .next/server ${mb(serverBytes)}`)
        // The Node.js routes ran on the native addon (index.js), not on a fetch build.
        const addons = mappedFiles(server.pid)?.filter((file) => file.endsWith('.node') && file.includes(pkg.napi.binaryName))
        if (addons === undefined) t.diagnostic('no /proc here: which build served the routes is not checked')
        else if (client === 'native') assert.equal(addons.length, 1, 'next start with mastra-client-native has not loaded its native addon')
        else assert.deepEqual(addons, [])
      } catch (error) {
        failures.set(key(bundler, client), `next start failed: ${error.message.slice(0, 300)}`)
        throw error
      }
    })
  }

  test(`the browser bundle of each ${bundler} build holds neither the service token nor, with mastra-client-native, the name JWT_TOKEN`, (t) => {
    for (const client of CLIENTS) {
      const build = builds.get(key(bundler, client))
      assert.ok(build?.ok, `no ${bundler} build with ${client} (see its next build test)`)
      const staticDir = path.join(app, build.distDir, 'static')
      assert.ok(fs.existsSync(staticDir), `${staticDir} is missing`)
      assert.deepEqual(filesContaining(staticDir, JWT), [], `the token's value is in the browser bundle (${client})`)
      const named = filesContaining(staticDir, 'JWT_TOKEN')
      if (client === 'native') assert.deepEqual(named, [], 'JWT_TOKEN is named in the browser bundle')
      else t.diagnostic(`client-js's module (process.env.JWT_TOKEN) names JWT_TOKEN in ${named.length} browser file(s) of the ${bundler} build`)
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Scenarios: each gives an observation per client; client-js's and the package's must be equal
// ---------------------------------------------------------------------------------------------

async function get(server, route) {
  const response = await fetch(server.url + route, { signal: AbortSignal.timeout(30_000) })
  const text = await within(30_000, response.text(), `GET ${route}`)
  return { status: response.status, type: response.headers.get('content-type'), text }
}

function ok(answer, route, server) {
  assert.equal(answer.status, 200, `GET ${route} answered ${answer.status}: ${answer.text.slice(0, 1500)}\n--- next start output:\n${server.output().slice(-2000)}`)
  return answer
}

const json = (answer) => normalize(JSON.parse(answer.text))
const bearer = `Bearer ${JWT}`

/** Pages in the one headless Chromium of this file. */
async function withPage(fn) {
  browser ??= await within(60_000, launchChromium({ userDataDir: fs.mkdtempSync(path.join(tmp, 'chromium-')), proxyUrl: browserProxy.url }), 'Chromium launch')
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`))
  page.setDefaultTimeout(30_000)
  try {
    return await fn(page, errors)
  } catch (error) {
    error.message += `\nbrowser errors: ${JSON.stringify(errors)}`
    throw error
  } finally {
    await page.close().catch(() => {})
  }
}

const SCENARIOS = [
  {
    name: '(a) route handler: generate, answered as JSON',
    async observe(server) {
      const answer = ok(await get(server, '/api/generate'), '/api/generate', server)
      return { status: answer.status, type: answer.type, body: json(answer) }
    },
    check(o) {
      assert.equal(o.body.text, 'echo: hello')
      assert.match(o.type, /^application\/json/)
    },
  },
  {
    name: '(b) route handler: the agent stream piped to the browser as SSE',
    async observe(server) {
      const answer = ok(await get(server, '/api/sse'), '/api/sse', server)
      const data = sseData(answer.text)
      const normalizer = createNormalizer()
      return { status: answer.status, type: answer.type, last: data.at(-1), chunks: data.slice(0, -1).map((d) => normalizer.value(JSON.parse(d))) }
    },
    check(o) {
      assert.match(o.type, /^text\/event-stream/)
      assert.equal(o.last, '[DONE]')
      const text = o.chunks.filter((c) => c.type === 'text-delta').map((c) => c.payload.text).join('')
      assert.equal(text, 'echo: hello stream')
      assert.deepEqual([o.chunks[0].type, o.chunks.at(-1).type], ['start', 'finish'])
    },
  },
  {
    name: '(c) route handler: the text deltas as a plain text stream',
    async observe(server) {
      const answer = ok(await get(server, '/api/text'), '/api/text', server)
      return { status: answer.status, type: answer.type, text: answer.text }
    },
    check(o) {
      assert.equal(o.text, 'echo: hello text')
      assert.match(o.type, /^text\/plain/)
    },
  },
  {
    name: '(d) route handler: listAgents through the service client, with Authorization: Bearer $JWT_TOKEN',
    async observe(server) {
      const answer = ok(await get(server, '/api/agents'), '/api/agents', server)
      return { status: answer.status, body: json(answer) }
    },
    check(o) {
      assert.equal(o.body['echo-agent']?.name, 'Echo Agent')
      assert.deepEqual(o.upstream, [{ method: 'GET', path: '/api/agents', authorization: bearer, origin: null }])
    },
  },
  {
    name: '(e) server component: a page rendering listAgents',
    async observe(server) {
      const answer = ok(await get(server, '/agents'), '/agents', server)
      return { status: answer.status, names: elementText(answer.text, 'names'), agents: normalize(JSON.parse(elementText(answer.text, 'agents'))) }
    },
    check(o) {
      assert.match(o.names, /Echo Agent/)
      assert.ok(o.agents['echo-agent'])
      assert.deepEqual(o.upstream, [{ method: 'GET', path: '/api/agents', authorization: bearer, origin: null }])
    },
  },
  {
    name: '(f) server action: a form in the browser posts the prompt, the action runs generate',
    browser: true,
    async observe(server) {
      return withPage(async (page, errors) => {
        await page.goto(server.url + '/action', { waitUntil: 'networkidle' })
        await page.click('#ask')
        await page.locator('#answer:not(:empty)').waitFor()
        const result = JSON.parse(await page.textContent('#result'))
        return { answer: await page.textContent('#answer'), result: normalize(result), errors }
      })
    },
    check(o) {
      assert.equal(o.answer, 'echo: hello action')
      assert.equal(o.result.text, 'echo: hello action')
      assert.deepEqual(o.errors, [])
      assert.deepEqual(o.upstream.map((r) => [r.method, r.path, r.authorization]), [['POST', '/api/agents/echo-agent/generate', bearer]])
    },
  },
  {
    name: "(g) client component: the module's createMastraClient() streams in the browser (fetch build)",
    browser: true,
    async observe(server) {
      browserProxy.take()
      const seen = await withPage(async (page, errors) => {
        await page.goto(server.url + '/browser')
        await page.locator('#reply[data-status="done"], #reply[data-status="error"]').waitFor()
        return {
          status: await page.getAttribute('#reply', 'data-status'),
          reply: await page.textContent('#reply'),
          types: JSON.parse(await page.textContent('#types')),
          error: await page.textContent('#error'),
          baseUrl: await page.textContent('#base-url'),
          errors,
        }
      })
      // What the browser sent to Mastra (the page's origin differs between the two servers).
      const origin = server.url
      seen.fromBrowser = browserProxy.take().map((r) => ({ ...r, origin: r.origin === origin ? '<page>' : r.origin }))
      return seen
    },
    check(o) {
      assert.equal(o.status, 'done', `the browser stream failed: ${o.error}`)
      assert.equal(o.reply, 'echo: hello browser')
      assert.equal(o.baseUrl, 'http://localhost:4111')
      assert.deepEqual(o.errors, [])
      assert.deepEqual(o.upstream, [], 'the Next server calls Mastra for a client component')
      assert.deepEqual(
        o.fromBrowser.filter((r) => r.method !== 'OPTIONS'),
        [{ method: 'POST', path: '/api/agents/echo-agent/stream', authorization: null, origin: '<page>' }],
      )
    },
  },
  {
    name: '(h) edge route (runtime edge): generate',
    async observe(server) {
      const answer = ok(await get(server, '/api/edge'), '/api/edge', server)
      return { status: answer.status, type: answer.type, body: json(answer) }
    },
    check(o) {
      assert.equal(o.body.text, 'echo: hello edge')
    },
  },
]

for (const bundler of BUNDLERS) {
  for (const scenario of SCENARIOS) {
    test(`${scenario.name} — ${bundler}: mastra-client-native gives what client-js gives`, { timeout: 120_000 }, async () => {
      const observed = {}
      for (const client of CLIENTS) {
        const server = servers.get(key(bundler, client))
        assert.ok(server, `no ${bundler} server with ${client}: ${failures.get(key(bundler, client)) ?? 'see the tests above'}`)
        server.recorder.take()
        const o = await scenario.observe(server)
        o.upstream = server.recorder.take()
        try {
          scenario.check(o)
        } catch (error) {
          error.message = `${client} (${bundler}): ${error.message}`
          throw error
        }
        observed[client] = o
      }
      assert.deepEqual(observed.native, observed['client-js'])
    })
  }
}

test('sizes and cold starts, side by side', (t) => {
  for (const bundler of BUNDLERS) {
    const row = CLIENTS.map((client) => {
      const build = builds.get(key(bundler, client))
      const server = servers.get(key(bundler, client))
      return `${client}: build ${build ? `${build.ms} ms` : '-'}, .next/server ${build?.serverBytes ? mb(build.serverBytes) : '-'}, cold start ${server ? `${server.coldStartMs} ms` : '-'}`
    })
    t.diagnostic(`${bundler}: ${row.join(' | ')}`)
  }
  for (const client of CLIENTS) {
    for (const bundler of BUNDLERS) assert.ok(servers.has(key(bundler, client)), `${bundler}/${client} did not start`)
  }
})
