'use strict'
// The hooks the route table names. A route's hooks live in its group's file,
// `lib/groups/<group>.js`, which exports any of:
//   prepare: { name(ns, route) }                 adds values to a call's namespace before the request
//   finish:  { name(reply, ns, self, signal) }   reshapes the parsed reply
//   custom:  { name(kit) → method }              makes a method with client-side logic (see surface.js)
// A group file is loaded when one of its methods is first called, so loading the package
// does not grow with the surface.

const fs = require('node:fs')
const path = require('node:path')

const dir = path.join(__dirname, 'groups')

/** The `kind` hook `name` of `route` (from its group's file); a missing one is a clear error. */
function hookOf(kind, name, route) {
  const file = path.join(dir, `${route.group}.js`)
  const group = fs.existsSync(file) ? require(file) : {}
  const fn = group[kind]?.[name]
  if (typeof fn !== 'function') {
    throw new Error(`${route.class}.${route.method}: no ${kind} hook '${name}' in lib/groups/${route.group}.js`)
  }
  return fn
}

module.exports = { hookOf, dir }
