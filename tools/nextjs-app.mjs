// Helpers of __test__/nextjs.test.mjs and bench/nextjs.mjs: the scratch project of the Next.js
// fixture app (./nextjs-app/), its builds and servers, a recording proxy in front of the
// Mastra server, and a headless Chromium.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { root, pkg } from './packed.mjs'

export const fixtureDir = fileURLToPath(new URL('./nextjs-app/', import.meta.url))
/** The Node that runs the tests (Node 22 from the `node` devDependency under `npm test`). */
export const nodeBin = process.execPath

/** Fails unless `promise` settles within `ms`. */
export function within(ms, promise, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export async function freePort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * The fixture copied into `dir` as an app of its own: the original module
 * (lib/mastra/mastra-client.ts over client-js) in place, `migration/` left out, and its
 * dependencies with mastra-client-native taken from the two tarballs. The fixture's versions of
 * next, react, react-dom and client-js must be the clone's devDependencies, so that the
 * install finds them in npm's cache after `npm ci`.
 */
export function scratchApp(dir, { packed, platform }) {
  fs.cpSync(fixtureDir, dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|migration|\.next[^\\/]*)$|next-env\.d\.ts$|tsconfig\.tsbuildinfo$/.test(src),
  })
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  for (const section of ['dependencies', 'devDependencies']) {
    for (const [name, version] of Object.entries(manifest[section] ?? {})) {
      if (name === pkg.name) continue
      const pinned = pkg.devDependencies[name] ?? lockedVersion(name)
      assert.equal(version, pinned, `the fixture's ${name} is ${version}; the clone has ${pinned} (package.json / package-lock.json)`)
    }
  }
  manifest.dependencies[pkg.name] = `file:${packed.tarball}`
  manifest.dependencies[platform.name] = `file:${platform.tarball}`
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  return dir
}

function lockedVersion(name) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
  return lock.packages[`node_modules/${name}`]?.version
}

/** Writes the app's lib/mastra/mastra-client.ts: the original (`client-js`) or the one-line migration (`native`). */
export function useClientModule(app, client) {
  const source = client === 'native' ? path.join(fixtureDir, 'migration', 'mastra-client.ts') : path.join(fixtureDir, 'lib', 'mastra', 'mastra-client.ts')
  fs.copyFileSync(source, path.join(app, 'lib', 'mastra', 'mastra-client.ts'))
}

/** Runs a command to its end, bounded; `{ code, output, ms }` (stdout and stderr together). */
export function run(cmd, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs} ms]`
      killGroup(child)
    }, timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? signal, output, ms: Math.round(performance.now() - started) })
    })
  })
}

function killGroup(child, signal = 'SIGKILL') {
  try {
    process.kill(-child.pid, signal)
  } catch {}
}

/** The lines of a failed build worth reading: errors and what follows them, not the route table. */
export function buildErrors(output) {
  const lines = output.split('\n')
  const first = lines.findIndex((l) => /error|failed|Module not found|not placeable|Can't resolve/i.test(l))
  return lines.slice(Math.max(0, first - 2), first + 40).join('\n')
}

/**
 * `next start` of the build in `distDir`, on a free port. Resolves once `probe` (a path) has
 * answered 200, with `coldStartMs` from the spawn to that answer; `stop()` ends it.
 */
export async function startNext(app, { distDir, env, probe, timeoutMs = 60_000 }) {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(nodeBin, [path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  let exited = null
  child.on('exit', (code, signal) => (exited = signal ?? code))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise((resolve) => {
      if (exited !== null) return resolve()
      child.once('exit', resolve)
      killGroup(child, 'SIGTERM')
      setTimeout(() => killGroup(child), 3000).unref()
    })
  const deadline = started + timeoutMs
  for (;;) {
    if (exited !== null) throw new Error(`next start exited (${exited}):\n${output.slice(-3000)}`)
    if (performance.now() > deadline) {
      await stop()
      throw new Error(`next start: ${probe} did not answer 200 within ${timeoutMs} ms:\n${output.slice(-3000)}`)
    }
    const answer = await fetch(url + probe, { signal: AbortSignal.timeout(30_000) }).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      () => null,
    )
    if (answer?.status === 200) return { url, port, pid: child.pid, coldStartMs: Math.round(performance.now() - started), stop, output: () => output }
    if (answer) {
      await stop()
      throw new Error(`next start: ${probe} answered ${answer.status}: ${answer.body.slice(0, 2000)}\n${output.slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/**
 * A proxy in front of the Mastra server that records each request (method, path,
 * authorization). Requests in origin form (`GET /api/agents`) are passed to `upstream`: give
 * its url to an app as MASTRA_BASE_URL. Requests in absolute form come from a browser that
 * uses this as its HTTP proxy: those for `mastraHost` (what the browser build of the module
 * calls: http://localhost:4111) go to `upstream` and are recorded, with the CORS headers a
 * Mastra deployment sends (`mastra build` and `mastra dev` allow any origin; the bare Hono
 * adapter of the test server sends none); those for a host in `allowedHosts` go there as they
 * are; any other is refused (Chromium's own background requests).
 */
export async function startRecordingProxy({ upstream, mastraHost = 'localhost:4111', allowedHosts = () => false }) {
  const target = new URL(upstream)
  const requests = []
  const server = http.createServer((req, res) => {
    const absolute = /^https?:\/\//.test(req.url)
    const url = absolute ? new URL(req.url) : null
    const toMastra = !absolute || url.host === mastraHost
    if (!toMastra && !allowedHosts(url.host)) {
      res.writeHead(403).end()
      return
    }
    const pathAndQuery = absolute ? url.pathname + url.search : req.url
    const cors = toMastra && req.headers.origin !== undefined
    if (toMastra) {
      requests.push({ method: req.method, path: pathAndQuery, authorization: req.headers.authorization ?? null, origin: req.headers.origin ?? null })
    }
    if (cors && req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, {
        'access-control-allow-origin': req.headers.origin,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      })
      res.end()
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-connection']
    headers.host = toMastra ? target.host : url.host
    const forward = http.request(
      { hostname: toMastra ? target.hostname : url.hostname, port: toMastra ? target.port : url.port, method: req.method, path: pathAndQuery, headers },
      (answer) => {
        const out = { ...answer.headers }
        if (cors) out['access-control-allow-origin'] = req.headers.origin
        res.writeHead(answer.statusCode, answer.statusMessage, out)
        answer.pipe(res)
      },
    )
    forward.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502).end(String(e))
      else res.destroy(e)
    })
    req.pipe(forward)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    /** The requests recorded since the last take(); clears them. */
    take: () => requests.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Events of a server-sent event stream body: the `data` of each, in order. */
export function sseData(body) {
  return body
    .split(/\r?\n\r?\n/)
    .filter((event) => event.trim() !== '')
    .map((event) =>
      event
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n'),
    )
}

/** The text of the element with `id` in an HTML page, entities decoded. */
export function elementText(html, id) {
  const match = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html)
  assert.ok(match, `the page has no element #${id}:\n${html.slice(0, 2000)}`)
  return match[2]
    .replace(/<!-- -->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/**
 * The shared objects (`.node` addons included) mapped by the processes of process group
 * `pgid` (Linux /proc), or null where there is no /proc.
 */
export function mappedFiles(pgid) {
  if (!fs.existsSync('/proc/self/maps')) return null
  const files = new Set()
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== pgid) continue
      for (const line of fs.readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
        const file = line.split(/\s+/)[5]
        if (file?.startsWith('/')) files.add(file)
      }
    } catch {}
  }
  return [...files]
}

/** Total size in bytes of the files under `dir`. */
export function dirSize(dir) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

/** The files under `dir` (relative paths) whose bytes contain `needle`. */
export function filesContaining(dir, needle) {
  const found = []
  const bytes = Buffer.from(needle)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    if (fs.readFileSync(file).includes(bytes)) found.push(path.relative(dir, file))
  }
  return found
}

export const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Headless Chromium (Debian's package) through playwright-core, with a fresh profile in
 * `userDataDir`, every request sent through `proxyUrl` (loopback too: `<-loopback>`).
 */
export async function launchChromium({ userDataDir, proxyUrl }) {
  assert.ok(fs.existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`)
  const { chromium } = await import('playwright-core')
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: [...CHROMIUM_FLAGS, `--proxy-server=${proxyUrl}`, '--proxy-bypass-list=<-loopback>'],
  })
}
