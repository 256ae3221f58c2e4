'use strict'
// Logs: argument checks the route table cannot express.

const { requireObject } = require('./memory')

const prepare = {
  /** `listLogs` / `getLogForRun`: the parameter object is required. */
  logsParams: (ns, route) => requireObject(ns, route),
}

module.exports = { prepare }
