// The hooks of the route table and how the facade reaches its files:
// - every hook a route names exists in its group's file, and every hook a group file exports
//   is named by some route of that group (none is dead code);
// - every `require` in the package names a literal path, so editors and bundlers (Next.js's
//   Turbopack and webpack) can follow it.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const hookFiles = require('../lib/generated/hooks.js')
const routeDir = path.join(root, 'lib/generated/routes')
const groupDir = path.join(root, 'lib/groups')
const KINDS = ['prepare', 'finish', 'custom']

/** Every route of the generated route files (variants included), with its entry's hook references. */
const routes = fs
  .readdirSync(routeDir)
  .filter((file) => file !== 'index.js')
  .flatMap((file) => Object.values(require(path.join(routeDir, file))))
  .flatMap((entry) => {
    const route = { ...JSON.parse(entry.json), refs: entry }
    return [route, ...(route.variants ?? []).map((variant, i) => ({ ...variant, refs: entry.variants?.[i] }))]
  })

test('the generated route files hold the whole table', () => {
  assert.ok(routes.length > 450, `${routes.length} routes`)
  assert.ok(routes.some((r) => r.name === 'Agent.generate' && r.verb === 'POST' && r.group === 'agents'))
  assert.ok(routes.some((r) => r.name === 'Run.stream'))
})

test('every hook a route names is found in its group file, through its entry', () => {
  for (const route of routes) {
    for (const kind of KINDS) {
      if (!route[kind]) {
        assert.equal(route.refs?.[kind], undefined, `${route.name}: a ${kind} reference without a name`)
        continue
      }
      const fn = route.refs?.[kind]?.()
      assert.equal(typeof fn, 'function', `${route.name}: ${kind} hook '${route[kind]}' is not in lib/groups/${route.group}.js`)
      assert.equal(fn, hookFiles[route.group][kind][route[kind]], `${route.name}: its entry names another ${kind} hook`)
    }
  }
})

test('every hook a group file exports is used by a route of that group', () => {
  const groups = new Set(routes.map((r) => r.group))
  for (const file of fs.readdirSync(groupDir).filter((f) => f.endsWith('.js'))) {
    const group = file.slice(0, -3)
    assert.ok(groups.has(group), `lib/groups/${file} names no group of the route table`)
    const exported = hookFiles[group]
    assert.equal(exported, require(path.join(groupDir, file)), `lib/generated/hooks.js does not load lib/groups/${file}`)
    for (const kind of KINDS) {
      for (const name of Object.keys(exported[kind] ?? {})) {
        const used = routes.some((r) => r.group === group && r[kind] === name)
        assert.ok(used, `lib/groups/${file}: ${kind} hook '${name}' is used by no route`)
      }
    }
  }
})

/** The package's JavaScript files (what `files` in package.json publishes). */
function packageFiles() {
  const out = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(c|m)?js$/.test(entry.name)) out.push(full)
    }
  }
  walk(path.join(root, 'lib'))
  for (const name of fs.readdirSync(root)) if (/^(index|browser|edge)\.(c|m)?js$/.test(name)) out.push(path.join(root, name))
  return out
}

test('every require in the package names a literal path', () => {
  const computed = []
  for (const file of packageFiles()) {
    // Code only: comment lines may speak of require().
    const text = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n')
    for (const match of text.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)) {
      const arg = match[1].trim()
      if (!/^(['"])[^'"`$]+\1$/.test(arg)) computed.push(`${path.relative(root, file)}: require(${arg})`)
    }
  }
  assert.deepEqual(computed, [], 'computed requires cannot be followed by a bundler')
})

/**
 * The names a hook's code sets in the call's namespace (`ns.x = …`), following calls to the
 * functions of its own file and to lib/values.js's `splitRequestContext`, one level deep.
 */
function namesSetBy(fn, fileText) {
  const set = new Set()
  const scan = (text, depth) => {
    for (const m of text.matchAll(/\bns\.([A-Za-z_$][\w$]*)\s*=(?!=)/g)) set.add(m[1])
    if (/splitRequestContext/.test(text)) ['requestContext', 'body'].forEach((n) => set.add(n))
    if (depth === 0) return
    for (const m of text.matchAll(/\b([A-Za-z_$][\w$]*)\(ns\b/g)) {
      const body = fileText.match(new RegExp(`function ${m[1]}\\(ns[^)]*\\)\\s*\\{([\\s\\S]*?)\\n\\}`))
      if (body) scan(body[1], depth - 1)
    }
  }
  scan(fn.toString(), 1)
  return set
}

test("every prepare hook sets exactly the names its group's route file declares (prepares)", () => {
  const declared = new Map()
  for (const route of routes) if (route.prepare) declared.set(`${route.group}.${route.prepare}`, route.prepares ?? [])
  assert.ok(declared.size > 50, `${declared.size} prepare hooks`)
  for (const [key, names] of declared) {
    const [group, hook] = key.split('.')
    const fileText = fs.readFileSync(path.join(groupDir, `${group}.js`), 'utf8')
    const set = namesSetBy(hookFiles[group].prepare[hook], fileText)
    assert.deepEqual([...set].sort(), [...names].sort(), `${group}.${hook}: sets ${[...set]} but src/core/routes/${group}.rs declares ${names}`)
  }
})
