'use strict'
// System and builder registries.

const prepare = {
  /** Registry search and preview: their parameter object is required. */
  systemRegistryParams(ns, route) {
    if (ns.params === undefined || ns.params === null) {
      throw new TypeError(`MastraClient.${route.method}(): params is required`)
    }
  },
}

module.exports = { prepare }
