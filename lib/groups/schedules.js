'use strict'
// Schedules: argument checks the route table cannot express.

const { requireObject } = require('./memory')

const prepare = {
  /** `listSchedules`: the filters may be left out, but not `null`. */
  schedulesOptionalParams: (ns, route) => requireObject(ns, route, true),
  /** `listScheduleTriggers`: the second argument may be left out, but not `null`. */
  schedulesOptionalSecond: (ns, route) => requireObject(ns, route, true, 1),
}

module.exports = { prepare }
