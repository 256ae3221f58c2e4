// The standard environment, as a deployed service sets it: HTTP_PROXY / HTTPS_PROXY /
// NO_PROXY through a small loopback proxy (plain requests and CONNECT tunnels), and an HTTPS
// server whose certificate comes from a private CA that only NODE_EXTRA_CA_CERTS names.
// The client reads the environment once per process, so each case runs in a child process.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const AGENTS = { probe: { name: 'Probe' } }

let tmp, tls, plainServer, tlsServer, proxy

/** A private CA and a certificate for 127.0.0.1 / localhost that it signed (openssl CLI). */
function makeCertificates(dir) {
  const file = (name) => path.join(dir, name)
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=mastra-client-native test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
  openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost')
  fs.writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n')
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext')
  return { ca: file('ca.pem'), key: fs.readFileSync(file('server.key')), cert: fs.readFileSync(file('server.pem')) }
}

/** Answers `GET /api/agents` with AGENTS and counts what it served. */
function agentsHandler(counter) {
  return (req, res) => {
    counter.requests.push(`${req.method} ${req.url}`)
    res.writeHead(req.url === '/api/agents' ? 200 : 404, { 'content-type': 'application/json' })
    res.end(JSON.stringify(req.url === '/api/agents' ? AGENTS : { error: 'not found' }))
  }
}

/** A forward proxy on loopback: absolute-form requests and CONNECT tunnels, each recorded. */
function startProxy() {
  const seen = []
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    const target = new URL(req.url)
    const upstream = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode, reply.headers)
      reply.pipe(res)
    })
    req.pipe(upstream)
  })
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`)
    const [host, port] = req.url.split(':')
    const upstream = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket).pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  return { server, seen }
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${server.address().port}`)))
}

/** `listAgents()` in a new Node process with `env`: its result, or its error's message. */
function listAgentsIn(env) {
  const script = `require(${JSON.stringify(root)}).createMastraClient().listAgents()
    .then((r) => console.log(JSON.stringify({ ok: r })), (e) => console.log(JSON.stringify({ error: e.message })))`
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(https?|all|no)_proxy$|^NODE_EXTRA_CA_CERTS$/i.test(k)))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env: { ...clean, JWT_TOKEN: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve({ ...JSON.parse(out), stderr: err }) : reject(new Error(`child exited ${code}: ${err}`))))
  })
}

const plain = { requests: [] }
const secure = { requests: [] }

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-env-'))
  tls = makeCertificates(tmp)
  plainServer = http.createServer(agentsHandler(plain))
  tlsServer = https.createServer({ key: tls.key, cert: tls.cert }, agentsHandler(secure))
  proxy = startProxy()
  plain.address = await listen(plainServer)
  secure.address = await listen(tlsServer)
  proxy.address = await listen(proxy.server)
})

after(() => {
  for (const s of [plainServer, tlsServer, proxy?.server]) s?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

test('HTTP_PROXY: a plain-HTTP call goes through the proxy, in absolute form', async () => {
  const before = plain.requests.length
  const got = await listAgentsIn({ MASTRA_BASE_URL: `http://${plain.address}`, HTTP_PROXY: `http://${proxy.address}` })
  assert.deepEqual(got.ok, AGENTS)
  assert.ok(proxy.seen.includes(`GET http://${plain.address}/api/agents`), `the proxy saw: ${proxy.seen.join(', ')}`)
  assert.equal(plain.requests.length, before + 1)
})

test('NO_PROXY: a listed host is reached directly', async () => {
  const seenBefore = proxy.seen.length
  const got = await listAgentsIn({ MASTRA_BASE_URL: `http://${plain.address}`, HTTP_PROXY: `http://${proxy.address}`, NO_PROXY: '127.0.0.1' })
  assert.deepEqual(got.ok, AGENTS)
  assert.equal(proxy.seen.length, seenBefore, 'the proxy saw nothing')
})

test('NODE_EXTRA_CA_CERTS: a server certified by the extra CA is trusted', async () => {
  const got = await listAgentsIn({ MASTRA_BASE_URL: `https://${secure.address}`, NODE_EXTRA_CA_CERTS: tls.ca })
  assert.deepEqual(got.ok, AGENTS)
})

test('without NODE_EXTRA_CA_CERTS the same server is refused, with a certificate error', async () => {
  const got = await listAgentsIn({ MASTRA_BASE_URL: `https://${secure.address}` })
  assert.equal(got.ok, undefined)
  assert.match(got.error, /certificate|UnknownIssuer/i)
})

test('HTTPS_PROXY: an HTTPS call is tunnelled with CONNECT, and TLS is still end to end', async () => {
  const got = await listAgentsIn({ MASTRA_BASE_URL: `https://${secure.address}`, HTTPS_PROXY: `http://${proxy.address}`, NODE_EXTRA_CA_CERTS: tls.ca })
  assert.deepEqual(got.ok, AGENTS)
  assert.ok(proxy.seen.includes(`CONNECT ${secure.address}`), `the proxy saw: ${proxy.seen.join(', ')}`)
})

test('an unreadable NODE_EXTRA_CA_CERTS is ignored with a warning naming it, as Node does', async () => {
  const missing = path.join(tmp, 'missing-ca.pem')
  const got = await listAgentsIn({ MASTRA_BASE_URL: `http://${plain.address}`, NODE_EXTRA_CA_CERTS: missing })
  assert.deepEqual(got.ok, AGENTS)
  assert.ok(got.stderr.includes(`ignoring NODE_EXTRA_CA_CERTS (${missing}): cannot read the file`), got.stderr)
})
