'use strict'
// Logs: argument checks the route table cannot express.

const prepare = {
  /** `listLogs` / `getLogForRun`: the parameter object is required. */
  logsParams(ns, route) {
    const value = ns.params
    if (value === null || typeof value !== 'object') {
      throw new TypeError(`${route.class}.${route.method}(): params must be an object, got ${value === null ? 'null' : typeof value}`)
    }
  },
}

module.exports = { prepare }
