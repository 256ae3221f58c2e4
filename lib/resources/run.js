'use strict'
// Run (of a workflow): its parameters, the observe offset, time-travel bodies, and results
// with their serialized error made an `Error` again.

const { plainRequestContext } = require('../values')

/** Throws unless `params` is an object (the run calls read their options from it). */
function requireParams(params, route) {
  if (params === null || typeof params !== 'object') {
    throw new TypeError(`${route.class}.${route.method}(): params must be an object, got ${params === null ? 'null' : typeof params}`)
  }
}

/** The result of a workflow run with its serialized error made an `Error` again. */
function workflowResult(reply) {
  if (reply && reply.status === 'failed' && reply.error) {
    const raw = reply.error
    if (!(raw instanceof Error)) {
      const error = new Error(typeof raw === 'string' ? raw : (raw.message ?? 'Unknown workflow error'))
      if (raw && typeof raw === 'object') {
        for (const [k, v] of Object.entries(raw)) if (k !== 'message' && k !== 'stack') error[k] = v
      }
      reply.error = error
    }
  }
  return reply
}

const prepare = {
  /** Run calls: `params` is required. */
  workflowParams(ns, route) {
    requireParams(ns.params, route)
  },
  /** `Run.observe`: the replay offset as text. */
  workflowObserveQuery(ns) {
    const offset = ns.params?.offset
    ns.observeQuery = { offset: offset !== undefined ? String(offset) : undefined }
  },
  /** Time travel: the parameters as they are, with the request context last, as an object. */
  workflowTimeTravel(ns, route) {
    requireParams(ns.params, route)
    const { requestContext, ...rest } = ns.params
    ns.body = { ...rest, requestContext: plainRequestContext(requestContext) }
  },
}

const finish = {
  workflowResult,
}

module.exports = { prepare, finish, requireParams }
