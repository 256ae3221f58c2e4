'use strict'
// Memory: argument checks and shapes the route table cannot express, and reply shapes of
// older servers.

/**
 * Fails with a TypeError naming the method unless its first object argument is an object
 * (or, when `optional`, left out). `index` picks the parameter when it is not the first.
 */
function requireObject(ns, route, optional = false, index = 0) {
  const name = route.params[index].split(':')[0].replace(/\?$/, '').trim()
  const value = ns[name]
  if (optional && value === undefined) return
  if (value === null || typeof value !== 'object') {
    throw new TypeError(`${route.class}.${route.method}(): ${name} must be an object, got ${value === null ? 'null' : typeof value}`)
  }
}

/** A date bound as sent: a `Date` as ISO text, text as it is; unset when falsy. */
const rangeValue = (value) => (!value ? undefined : value instanceof Date ? value.toISOString() : value)

const DELETE_THREAD_TARGET =
  'MastraClient.deleteThread() requires exactly one of agentId or networkId. The server cannot resolve which memory store owns the thread without one, and passing both is ambiguous.'

const prepare = {
  /** Methods whose first argument is a required parameter object. */
  memoryParams: (ns, route) => requireObject(ns, route),
  /** Methods whose first argument is an optional parameter object (`null` is refused). */
  memoryOptionalParams: (ns, route) => requireObject(ns, route, true),
  /** Methods whose second argument is an optional parameter object (`null` is refused). */
  memoryOptionalSecond: (ns, route) => requireObject(ns, route, true, 1),

  /** `getObservationalMemory`: `from`/`to` as ISO text when dates, as given when text. */
  memoryObservationalRange(ns, route) {
    requireObject(ns, route)
    ns.range = { from: rangeValue(ns.params.from), to: rangeValue(ns.params.to) }
  },

  /** `deleteThread`: exactly one of `agentId` and `networkId`. */
  memoryDeleteThreadTarget(ns) {
    const opts = ns.opts
    if (!opts || !!opts.agentId === !!opts.networkId) throw new Error(DELETE_THREAD_TARGET)
  },

  /**
   * `deleteMessages`: the second argument is `{ agentId?, requestContext? }`, or (the older
   * form) a request context itself.
   */
  memoryWriteOpts(ns) {
    const opts = ns.opts
    if (!opts || typeof opts !== 'object') ns.write = {}
    else if ('agentId' in opts || 'requestContext' in opts) ns.write = { agentId: opts.agentId, requestContext: opts.requestContext }
    else if (Object.keys(opts).length === 0) ns.write = {}
    else ns.write = { requestContext: opts }
  },
}

const finish = {
  /** `listMemoryThreads`: older servers answer a bare array; make it a page. */
  threadsPage(reply, ns) {
    if (reply && !Array.isArray(reply) && 'threads' in reply) return reply
    const params = ns.params ?? {}
    return { threads: reply, total: reply.length, page: params.page ?? 0, perPage: params.perPage ?? 100, hasMore: false }
  },
}

module.exports = { prepare, finish, requireObject }
