'use strict'
// Tools: argument checks of the processor, MCP tool and tool provider methods.

const prepare = {
  /** Processor and MCP tool execution: `params` must be an object. */
  toolsParams(ns, route) {
    if (ns.params === null || typeof ns.params !== 'object') {
      throw new TypeError(`${route.class}.${route.method}(): params must be an object, got ${ns.params === null ? 'null' : typeof ns.params}`)
    }
  },
  /** Provider connection listings: `params` must be an object (its `toolkit` is always sent). */
  toolkitParams(ns, route) {
    if (ns.params === null || typeof ns.params !== 'object') {
      throw new TypeError(`${route.class}.${route.method}(): params must be an object with a toolkit, got ${ns.params === null ? 'null' : typeof ns.params}`)
    }
  },
}

module.exports = { prepare }
