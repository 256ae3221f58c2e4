'use strict'
// The hooks the route table names, gathered from the group files in `lib/groups/`. Each
// group file exports any of:
//   prepare: { name(ns, route) }          adds values to a call's namespace before the request
//   finish:  { name(reply, ns, self, signal) }   reshapes the parsed reply
//   custom:  { name(kit) → method }       makes a method with client-side logic (see surface.js)
// A name is declared once across all groups.

const fs = require('node:fs')
const path = require('node:path')

const prepare = {}
const finish = {}
const custom = {}

const dir = path.join(__dirname, 'groups')
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith('.js')) continue
  const group = require(path.join(dir, file))
  for (const [kind, into] of [['prepare', prepare], ['finish', finish], ['custom', custom]]) {
    for (const [name, fn] of Object.entries(group[kind] ?? {})) {
      if (name in into) throw new Error(`lib/groups/${file}: ${kind} hook '${name}' is declared twice`)
      into[name] = fn
    }
  }
}

module.exports = { prepare, finish, custom }
