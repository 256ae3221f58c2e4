'use strict'
// Observability: the legacy trace query, argument checks and the never-retried trace-query
// helpers.

const prepare = {
  /** `getTraces`: the legacy query (page, perPage, name, spanType, entity, dateRange as JSON). */
  obsLegacyTraces(ns) {
    const params = ns.params
    const { pagination, filters } = params
    const { page, perPage, dateRange } = pagination || {}
    const { name, spanType, entityId, entityType } = filters || {}
    const query = {}
    if (page !== undefined) query.page = String(page)
    if (perPage !== undefined) query.perPage = String(perPage)
    if (name) query.name = name
    if (spanType !== undefined) query.spanType = String(spanType)
    if (entityId && entityType) {
      query.entityId = entityId
      query.entityType = entityType
    }
    if (dateRange) query.dateRange = JSON.stringify({ start: isoOrSelf(dateRange.start), end: isoOrSelf(dateRange.end) })
    ns.legacyQuery = query
  },

  /** `getBranch`: `params` must be an object; `depth` is sent whenever given. */
  obsBranch(ns) {
    const params = ns.params
    // eslint-disable-next-line no-unused-vars
    const { traceId, spanId, depth } = params
    ns.branchQuery = { depth: depth !== undefined ? `${depth}` : undefined }
  },

  /** `listScoresBySpan`: the pagination is what `params` holds besides the span's ids. */
  obsSpanScores(ns) {
    const params = ns.params
    // eslint-disable-next-line no-unused-vars
    const { traceId, spanId, ...pagination } = params
    ns.spanPagination = pagination
  },

  /** Queries whose `params` is required: it must be an object. */
  obsParamsObject(ns) {
    Object.entries(ns.params)
  },

  /** Queries whose `params` defaults to `{}`: a given one must be an object. */
  obsOptionalParams(ns) {
    if (ns.params !== undefined) Object.entries(ns.params)
  },
}

/** A `Date` as ISO text; anything else as it is. */
function isoOrSelf(value) {
  return value instanceof Date ? value.toISOString() : value
}

const custom = {
  /** A POST of `params` that is sent once, whatever the client's retries, with an optional signal. */
  obsOnce: (kit) => {
    const where = `${kit.route.verb} ${kit.route.path}`
    return function (params, options) {
      const signal = options?.signal
      if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
        return Promise.reject(new TypeError(`${kit.route.method}(): options.signal must be an AbortSignal`))
      }
      const body = params ? JSON.stringify(params) : null
      return kit.send(this, { body, signal: signal ?? undefined, extras: { retries: 0 }, where })
    }
  },
}

module.exports = { prepare, custom }
