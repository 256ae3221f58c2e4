// The hooks of the route table: every hook a route names exists in its group's file, and
// every hook a group file exports is named by some route of that group (none is dead code).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { routeTable } = require('../binding.js')
const { hookOf, dir } = require('../lib/hooks.js')
const { routes } = JSON.parse(routeTable())
const KINDS = ['prepare', 'finish', 'custom']

test('every hook a route names is found in its group file', () => {
  for (const route of routes) {
    for (const kind of KINDS) if (route[kind]) assert.equal(typeof hookOf(kind, route[kind], route), 'function')
  }
})

test('every hook a group file exports is used by a route of that group', () => {
  const groups = new Set(routes.map((r) => r.group))
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const group = file.slice(0, -3)
    assert.ok(groups.has(group), `lib/groups/${file} names no group of the route table`)
    const exported = require(path.join(dir, file))
    for (const kind of KINDS) {
      for (const name of Object.keys(exported[kind] ?? {})) {
        const used = routes.some((r) => r.group === group && r[kind] === name)
        assert.ok(used, `lib/groups/${file}: ${kind} hook '${name}' is used by no route`)
      }
    }
  }
})
