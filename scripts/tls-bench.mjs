// A quick HTTPS call benchmark of one build of the package (to compare TLS providers):
// calls/s at 1 and 64 in flight on a loopback HTTPS server in another process, and the
// first call of a new process (TLS handshake included), median of several processes.
//   node scripts/tls-bench.mjs [PACKAGE_DIR]     (default: this clone)
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const pkgDir = path.resolve(process.argv[2] || fileURLToPath(new URL('..', import.meta.url)))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-tls-bench-'))
const ROUNDS = Number(process.env.ROUNDS || 3)
const CALLS = Number(process.env.CALLS || 3000)

execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'key.pem',
  '-out', 'cert.pem', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:FALSE'], { cwd: tmp, stdio: 'ignore' })

const serverCode = `const https = require('node:https'), fs = require('node:fs')
const body = JSON.stringify({ 'echo-agent': { name: 'Echo Agent', instructions: 'x'.repeat(200) } })
const s = https.createServer({ key: fs.readFileSync('key.pem'), cert: fs.readFileSync('cert.pem') }, (q, r) => {
  r.writeHead(200, { 'content-type': 'application/json' }); r.end(body) })
s.keepAliveTimeout = 60000
s.listen(0, '127.0.0.1', () => console.log(s.address().port))`
const server = spawn(process.execPath, ['-e', serverCode], { cwd: tmp, stdio: ['ignore', 'pipe', 'inherit'] })
const port = await new Promise((resolve, reject) => {
  server.stdout.once('data', (d) => resolve(Number(String(d).trim())))
  server.once('exit', (code) => reject(new Error(`the HTTPS server exited (${code})`)))
})
const env = { ...process.env, NODE_EXTRA_CA_CERTS: path.join(tmp, 'cert.pem'), MASTRA_BASE_URL: `https://127.0.0.1:${port}`, JWT_TOKEN: '' }

const clientCode = `const { createMastraClient } = require(${JSON.stringify(pkgDir)})
const c = createMastraClient()
async function rate(inFlight, calls) {
  const t = process.hrtime.bigint(); let left = calls
  await Promise.all(Array.from({ length: inFlight }, async () => { while (left-- > 0) await c.listAgents() }))
  return Math.round(calls / (Number(process.hrtime.bigint() - t) / 1e9))
}
;(async () => {
  const t = process.hrtime.bigint(); await c.listAgents(); const first = Number(process.hrtime.bigint() - t) / 1e6
  await rate(8, 500)
  console.log(JSON.stringify({ first, one: await rate(1, ${CALLS}), many: await rate(64, ${CALLS}) }))
})()`

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const runs = []
try {
  for (let i = 0; i < ROUNDS; i++) {
    const run = spawnSync(process.execPath, ['-e', clientCode], { env, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    runs.push(JSON.parse(run.stdout))
  }
} finally {
  server.kill()
  fs.rmSync(tmp, { recursive: true, force: true })
}
console.log(JSON.stringify({
  package: pkgDir,
  firstCallMs: median(runs.map((r) => r.first)).toFixed(2),
  callsPerSecAt1: median(runs.map((r) => r.one)),
  callsPerSecAt64: median(runs.map((r) => r.many)),
}))
