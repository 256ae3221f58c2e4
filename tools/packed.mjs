// The package as users get it, for tests that install it into a project of their own: `npm pack`
// of a copy of this clone (so packing never rewrites the clone's package.json while other
// suites run) and of this platform's binary package (npm/<platform>/ with the built binary, as
// at publish time). The same steps as __test__/package-smoke.test.mjs, as functions
// (shared by the tests and bench/nextjs.mjs).
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

export const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const { platformName } = require('../lib/platform.js')
export const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))

/** Runs npm and waits (blocks); its stdout and stderr. A failure fails the test with npm's stderr. */
export function npm(args, cwd, env = process.env) {
  const run = spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, env, encoding: 'utf8' })
  assert.equal(run.status, 0, `npm ${args.join(' ')} failed:\n${run.stderr}`)
  return run
}

/** As npm(), without blocking this process (whose event loop may serve test servers), bounded. */
export function npmAsync(args, cwd, { env = process.env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', [...args, '--no-audit', '--no-fund'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve({ stdout, stderr })
      else reject(new Error(`npm ${args.join(' ')} failed (${signal ?? code}${signal ? `, after ${timeoutMs} ms` : ''}):\n${stderr.slice(-4000)}`))
    })
  })
}

/** npm pack of `dir` into `dest`, its pack scripts run; npm's JSON description plus `tarball`. */
export function pack(dir, dest) {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', dest], dir).stdout)
  return { ...info, tarball: path.join(dest, info.filename) }
}

/** A copy of this clone as git has it plus what the build made (not node_modules, target, …). */
export function copyOfClone(tmp) {
  const dir = path.join(tmp, 'clone')
  const skipped = new Set(['node_modules', 'target', '.git', 'cross'].map((name) => path.join(root, name)))
  const skip = (src) => skipped.has(path.resolve(src)) || /[\\/]\.next[^\\/]*$|[\\/]tools[\\/]nextjs-app[\\/]node_modules$/.test(src)
  fs.cpSync(root, dir, { recursive: true, filter: (src) => !skip(src) })
  return dir
}

/** This platform's package (npm/<platform>/, made by `napi create-npm-dirs`) with the built binary, packed. */
export function platformPackage(tmp) {
  const dir = path.join(tmp, platformName())
  fs.cpSync(path.join(root, 'npm', platformName()), dir, { recursive: true })
  const binary = `${pkg.napi.binaryName}.${platformName()}.node`
  assert.ok(fs.existsSync(path.join(root, binary)), `the built binary ${binary} is missing (npm run build)`)
  fs.copyFileSync(path.join(root, binary), path.join(dir, binary))
  return pack(dir, tmp)
}

/** Both tarballs a user installs: `{ packed, platform }`, each with `tarball`. */
export function packedPackage(tmp) {
  return { packed: pack(copyOfClone(tmp), tmp), platform: platformPackage(tmp) }
}

export { platformName }
