'use strict'
// Stored records (agents, prompt blocks, scorers, MCP clients, skills): bodies and version ids.

const prepare = {
  /** A JSON body of `params`, left out when `params` is unset or falsy. */
  storedBody(ns) {
    ns.body = ns.params || undefined
  },
  /** `createVersion`: the body is `params`, or `{}` without them. */
  storedVersionBody(ns) {
    ns.body = ns.params || {}
  },
  /** `compareVersions(fromId, toId)`: both ids are needed. */
  storedVersionPair(ns, route) {
    for (const name of ['fromId', 'toId']) {
      if (typeof ns[name] !== 'string' || ns[name] === '') {
        throw new TypeError(`${route.class}.${route.method}(): ${name} must be a non-empty string`)
      }
    }
  },
}

module.exports = { prepare }
