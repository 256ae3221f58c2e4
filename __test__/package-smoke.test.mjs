// The package as users get it: `npm pack` of (a copy of) this clone plus this platform's binary package
// (npm/<platform>/ from `napi create-npm-dirs`, with the binary in it as at publish time), installed into a fresh project
// where cargo and rustc are traps; then, with Node 20, 22, 24 and 26, ESM and CommonJS
// consumers make real calls against the real Mastra server and must get what client-js
// gets. Also: the tarball's contents, the loader's error without a binary, the browser
// guard and TypeScript in every module resolution.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { MastraClient, MastraClientError } from '@mastra/client-js'
import { startMastraServer } from '../tools/mastra-server.mjs'
import { run as smokeCalls } from '../tools/smoke/calls.mjs'
import { npm, packedPackage, root, pkg, platformName } from '../tools/packed.mjs'

const require = createRequire(import.meta.url)
const NODE_VERSIONS = [20, 22, 24, 26]
// What a user's package may hold: the entries, the loader, the facade and the readme.
const SHIPPED = /^(package\.json|README\.md|(index|edge|browser)\.(js|mjs)|index\.d\.(ts|mts)|lib\/.+\.js|typings\/.+\.d\.ts)$/

let tmp, server, packed, consumer
const installWarnings = []

/**
 * The Node binary of major version `n`: Node 22 is the `node` devDependency; the others are
 * installed on first use into node_modules/.cache (or taken from `MCN_NODE_MODULES`). They
 * are not devDependencies: every `node@N` package links `.bin/node`, and npm scripts must
 * keep Node 22 first on PATH.
 */
function nodeBinary(n) {
  if (n === 22) return path.join(root, 'node_modules', 'node', 'bin', 'node')
  const dir = process.env.MCN_NODE_MODULES || otherNodes()
  const bin = path.join(dir, `node${n}`, 'bin', 'node')
  assert.ok(fs.existsSync(bin), `Node ${n} is missing at ${bin}`)
  return bin
}

/** node_modules holding node20, node24 and node26 (npm aliases of node@N), installed once. */
function otherNodes() {
  const cache = path.join(root, 'node_modules', '.cache', 'mastra-client-native', 'nodes')
  const modules = path.join(cache, 'node_modules')
  const wanted = [20, 24, 26].filter((n) => !fs.existsSync(path.join(modules, `node${n}`, 'bin', 'node')))
  if (wanted.length > 0) {
    fs.mkdirSync(cache, { recursive: true })
    const dependencies = Object.fromEntries([20, 24, 26].map((n) => [`node${n}`, `npm:node@${n}`]))
    const allowScripts = Object.fromEntries([20, 24, 26].map((n) => [`node${n}`, true]))
    fs.writeFileSync(path.join(cache, 'package.json'), JSON.stringify({ private: true, dependencies, allowScripts }, null, 2))
    npm(['install', '--no-package-lock'], cache)
  }
  return modules
}

/**
 * A new project with `tarballs` installed from files. `cargo` and `rustc` on its PATH are
 * traps that note any call, so an install that tries to compile is seen.
 */
function installInto(name, tarballs) {
  const dir = path.join(tmp, name)
  const traps = path.join(tmp, `${name}-traps`)
  fs.mkdirSync(dir)
  fs.mkdirSync(traps)
  for (const tool of ['cargo', 'rustc']) {
    fs.writeFileSync(path.join(traps, tool), `#!/bin/sh\necho "$0 $*" >> "${traps}/called"\nexit 1\n`, { mode: 0o755 })
  }
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }))
  const PATH = `${traps}${path.delimiter}${process.env.PATH}`
  const { stderr } = npm(['install', '--offline', '--foreground-scripts', ...tarballs], dir, { ...process.env, PATH, npm_config_loglevel: 'warn' })
  assert.equal(fs.existsSync(path.join(traps, 'called')), false, 'the install ran cargo or rustc')
  installWarnings.push(stderr)
  return dir
}

function childEnv(env) {
  return { ...process.env, JWT_TOKEN: '', ...env }
}

function runNode(bin, args, cwd, env = {}) {
  return spawnSync(bin, args, { cwd, encoding: 'utf8', env: childEnv(env), timeout: 60_000 })
}

/** As runNode, without blocking this process, whose event loop serves the Mastra server. */
function runNodeAsync(bin, args, cwd, env = {}) {
  return new Promise((resolve) => {
    execFile(bin, args, { cwd, encoding: 'utf8', env: childEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

/** What the smoke calls give through client-js, against the same server. */
function expectedCalls() {
  return smokeCalls({
    mastraClient: new MastraClient({ baseUrl: server.url }),
    createMastraClient: (token) => new MastraClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${token}` } }),
    getMastraBaseUrl: () => server.url,
    MastraClientError,
  })
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-package-'))
  let platform
  ;({ packed, platform } = packedPackage(tmp))
  consumer = installInto('consumer', [packed.tarball, platform.tarball])
  fs.cpSync(fileURLToPath(new URL('../tools/smoke/', import.meta.url)), path.join(consumer, 'smoke'), { recursive: true })
  server = await startMastraServer({ port: 0 })
})

after(async () => {
  await server?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

test('the tarball holds only what users need: entries, loader, facade, types and readme; no sources, tests or binaries', (t) => {
  const files = packed.files.map((f) => f.path)
  assert.deepEqual(files.filter((f) => !SHIPPED.test(f)), [])
  for (const needed of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'edge.js', 'edge.mjs', 'browser.js', 'browser.mjs', 'lib/native.js', 'typings/generated/classes.d.ts']) {
    assert.ok(files.includes(needed), `${needed} is packed`)
  }
  t.diagnostic(`packed ${packed.size} B, unpacked ${packed.unpackedSize} B, ${files.length} files`)
})

test('installing the tarballs compiles nothing (cargo and rustc are never called) and leaves no Rust sources', () => {
  const installed = path.join(consumer, 'node_modules', pkg.name)
  for (const absent of ['Cargo.toml', 'src', 'target', `${pkg.napi.binaryName}.${platformName()}.node`]) {
    assert.equal(fs.existsSync(path.join(installed, absent)), false, `${absent} is not in the installed package`)
  }
  assert.ok(fs.existsSync(path.join(consumer, 'node_modules', `${pkg.name}-${platformName()}`)), 'the platform package is installed')
})

test('the published package.json has no scripts (so no install script for npm to list) and no dev-only fields', () => {
  const installed = JSON.parse(fs.readFileSync(path.join(consumer, 'node_modules', pkg.name, 'package.json'), 'utf8'))
  for (const devOnly of ['scripts', 'devDependencies', 'allowScripts']) assert.equal(installed[devOnly], undefined, devOnly)
  assert.doesNotMatch(installWarnings.join(''), /install-scripts/)
  assert.deepEqual(installed.exports, pkg.exports)
  assert.equal(fs.readFileSync(path.join(root, 'package.json'), 'utf8').includes('"prepare"'), true, 'the clone keeps its prepare script')
})

for (const n of NODE_VERSIONS) {
  for (const file of ['smoke.mjs', 'smoke.cjs']) {
    test(`Node ${n} loads the installed package (${file}) and its calls get what client-js gets`, async () => {
      const run = await runNodeAsync(nodeBinary(n), [path.join('smoke', file)], consumer, { MASTRA_BASE_URL: server.url })
      assert.equal(run.status, 0, `${file} under Node ${n} failed:\n${run.stderr}`)
      const got = JSON.parse(run.stdout)
      assert.equal(got.node.split('.')[0], `v${n}`)
      const expected = await expectedCalls()
      assert.deepEqual({ ...got, node: 'any' }, { ...expected, node: 'any' })
    })
  }
}

test('ESM import and require give the same module objects', () => {
  const script = `import * as esm from '${pkg.name}'; import { createRequire } from 'node:module';
    const cjs = createRequire(import.meta.url)('${pkg.name}');
    console.log(JSON.stringify(['mastraClient', 'createMastraClient', 'getMastraBaseUrl', 'MastraClient'].map((k) => esm[k] === cjs[k] && esm.default[k] === cjs[k])))`
  const run = runNode(process.execPath, ['--input-type=module', '-e', script], consumer)
  assert.equal(run.status, 0, run.stderr)
  assert.deepEqual(JSON.parse(run.stdout), [true, true, true, true])
})

test('without its platform package the loader names the platform and the package to install', () => {
  const bare = installInto('bare', [packed.tarball])
  const run = runNode(process.execPath, ['-e', `require('${pkg.name}')`], bare)
  assert.notEqual(run.status, 0)
  const wanted = `${pkg.name}-${platformName()}@${pkg.version}`
  assert.match(run.stderr, new RegExp(`no native binary loaded for ${platformName()}`))
  assert.ok(run.stderr.includes(`npm install ${wanted}`), run.stderr)
  assert.match(run.stderr, /MASTRA_NATIVE_NOT_FOUND/)
})

for (const condition of ['browser', 'edge-light', 'worker']) {
  test(`resolved with the "${condition}" condition (bundlers for browsers and edge runtimes), the fetch build gets what client-js gets`, async () => {
    const expected = await expectedCalls()
    for (const file of ['smoke.mjs', 'smoke.cjs']) {
      const run = await runNodeAsync(nodeBinary(22), [`--conditions=${condition}`, path.join('smoke', file)], consumer, { MASTRA_BASE_URL: server.url })
      assert.equal(run.status, 0, `${file} (${condition}) failed:\n${run.stderr}`)
      assert.deepEqual({ ...JSON.parse(run.stdout), node: 'any' }, { ...expected, node: 'any' }, `${file} (${condition})`)
    }
    const loaded = runNode(process.execPath, [`--conditions=${condition}`, '-e', `require('${pkg.name}'); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => /\\.node$|native\\.js$/.test(f))))`], consumer)
    assert.equal(loaded.status, 0, loaded.stderr)
    assert.deepEqual(JSON.parse(loaded.stdout), [], 'the fetch build loads no native code')
  })
}

const TS_MODES = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
}

for (const [name, modes] of Object.entries(TS_MODES)) {
  test(`TypeScript (moduleResolution ${name}) resolves the types from ESM and CommonJS files`, () => {
    const dir = path.join(consumer, `ts-${name}`)
    fs.cpSync(fileURLToPath(new URL('../tools/smoke/ts/', import.meta.url)), dir, { recursive: true })
    const compilerOptions = { ...modes, target: 'ES2022', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], types: [] }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['esm.mts', 'cjs.cts'] }))
    const run = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' })
    assert.equal(run.status, 0, `tsc (${name}) failed:\n${run.stdout}${run.stderr}`)
  })
}
