// The hooks of the route table and how the facade reaches their files:
// - every hook a route names exists in its hook file (its class's own, lib/resources/<class>.js,
//   or its group's, lib/groups/<group>.js), and every hook a hook file exports is named by
//   some route of that file (none is dead code);
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
  assert.ok(routes.some((r) => r.name === 'Agent.generate' && r.verb === 'POST' && r.group === 'agents' && r.hookFile === 'lib/resources/agent.js'))
  assert.ok(routes.some((r) => r.name === 'Run.stream'))
})

test('every hook a route names is found in its hook file, through its entry', () => {
  for (const route of routes) {
    for (const kind of KINDS) {
      if (!route[kind]) {
        assert.equal(route.refs?.[kind], undefined, `${route.name}: a ${kind} reference without a name`)
        continue
      }
      const fn = route.refs?.[kind]?.()
      assert.equal(typeof fn, 'function', `${route.name}: ${kind} hook '${route[kind]}' is not in ${route.hookFile}`)
      assert.equal(hookFiles[route.hooks], require(path.join(root, route.hookFile)), `${route.name}: lib/generated/hooks.js does not load ${route.hookFile} as ${route.hooks}`)
      assert.equal(fn, hookFiles[route.hooks][kind][route[kind]], `${route.name}: its entry names another ${kind} hook`)
    }
  }
})

test('every hook file is loaded by the index, and each hook it exports is used by one of its routes', () => {
  const files = ['lib/groups', 'lib/resources'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`),
  )
  const owners = new Map(routes.filter((r) => r.hookFile).map((r) => [r.hookFile, r.hooks]))
  assert.ok(files.length >= 20, `${files.length} hook files`)
  for (const file of files) {
    const owner = owners.get(file)
    if (file.startsWith('lib/resources/') && !owner) continue // a helper module of a class file
    assert.ok(owner, `${file} holds the hooks of no route`)
    const exported = hookFiles[owner]
    assert.equal(exported, require(path.join(root, file)), `lib/generated/hooks.js does not load ${file}`)
    for (const kind of KINDS) {
      for (const name of Object.keys(exported[kind] ?? {})) {
        const used = routes.some((r) => r.hookFile === file && r[kind] === name)
        assert.ok(used, `${file}: ${kind} hook '${name}' is used by no route`)
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

test('every prepare hook sets exactly the names its group declares (prepares)', () => {
  const declared = new Map()
  for (const route of routes) if (route.prepare) declared.set(`${route.hooks}.${route.prepare}`, { route, names: route.prepares ?? [] })
  assert.ok(declared.size > 50, `${declared.size} prepare hooks`)
  for (const [key, { route, names }] of declared) {
    const fileText = fs.readFileSync(path.join(root, route.hookFile), 'utf8')
    const set = namesSetBy(hookFiles[route.hooks].prepare[route.prepare], fileText)
    assert.deepEqual([...set].sort(), [...names].sort(), `${key} (${route.hookFile}): sets ${[...set]} but src/core/routes/${route.group}.rs declares ${names}`)
  }
})

test("the agent streams' round routes (client-js's `route` names) are the last segments of their paths", () => {
  const { TOOL_STREAMS } = require('../lib/resources/agent.js')
  for (const [method, { round }] of Object.entries(TOOL_STREAMS)) {
    const route = routes.find((r) => r.name === `Agent.${method}`)
    assert.ok(route, `Agent.${method} is in the route table`)
    assert.equal(route.path, `/agents/{agentId}/${round}`, `Agent.${method}`)
    assert.equal(route.custom, 'agentToolStream', `Agent.${method} runs client tools`)
  }
  const toolStreams = routes.filter((r) => r.custom === 'agentToolStream').map((r) => r.method)
  assert.deepEqual(toolStreams.sort(), Object.keys(TOOL_STREAMS).sort())
})
