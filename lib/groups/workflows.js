'use strict'
// Workflows: run listing queries, run parameters, time-travel bodies, schemas and results.

const { plainRequestContext } = require('../values')

/** Throws unless `params` is an object (the run calls read their options from it). */
function requireParams(params, route) {
  if (params === null || typeof params !== 'object') {
    throw new TypeError(`${route.class}.${route.method}(): params must be an object, got ${params === null ? 'null' : typeof params}`)
  }
}

/** A date filter as ISO text; anything but a Date is a clear error. */
function isoFilter(value, name, route) {
  if (!value) return undefined
  if (typeof value.toISOString !== 'function') {
    throw new TypeError(`${route.class}.${route.method}(): params.${name} must be a Date`)
  }
  return value.toISOString()
}

/**
 * The run-listing query, in wire order: dates, paging, resource and status. `limit` is sent
 * when `false` or a positive integer, `offset` when it reads as a number.
 */
function runsQuery(params, route, pageFirst) {
  const p = params ?? {}
  const page = p.page !== undefined ? String(p.page) : undefined
  const perPage = p.perPage !== undefined ? String(p.perPage) : undefined
  let limit
  if (p.limit === false) limit = 'false'
  else if (typeof p.limit === 'number' && p.limit > 0 && Number.isInteger(p.limit)) limit = String(p.limit)
  const offset = p.offset !== null && p.offset !== undefined && !isNaN(Number(p.offset)) ? String(p.offset) : undefined
  const query = { fromDate: isoFilter(p.fromDate, 'fromDate', route), toDate: isoFilter(p.toDate, 'toDate', route) }
  if (pageFirst) Object.assign(query, { page, perPage })
  else Object.assign(query, { perPage, page })
  return Object.assign(query, { limit, offset, resourceId: p.resourceId || undefined, status: p.status || undefined })
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

/** A schema text (JSON, possibly superjson `{ json, meta }`) as its value. */
function parseSchema(text) {
  const parsed = JSON.parse(text)
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'json' in parsed) return parsed.json
  return parsed
}

const prepare = {
  /** Run calls: `params` is required. */
  workflowParams(ns, route) {
    requireParams(ns.params, route)
  },
  /** `Workflow.runs`: the listing query. */
  workflowRunsQuery(ns, route) {
    ns.runsQuery = runsQuery(ns.params, route, true)
  },
  /** `runById`: `fields` joined with commas, `withNestedWorkflows` as text. */
  workflowRunByIdQuery(ns, route) {
    const options = ns.options ?? {}
    const fields = options.fields
    if (fields !== undefined && fields !== null && !Array.isArray(fields)) {
      throw new TypeError(`${route.class}.${route.method}(): options.fields must be an array of field names`)
    }
    ns.runQuery = {
      fields: fields && fields.length > 0 ? fields.join(',') : undefined,
      withNestedWorkflows: options.withNestedWorkflows !== undefined ? String(options.withNestedWorkflows) : undefined,
    }
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
  /** `Workflow.getSchema`: the details' schemas parsed, or null. */
  workflowSchema(details) {
    return {
      inputSchema: details.inputSchema ? parseSchema(details.inputSchema) : null,
      outputSchema: details.outputSchema ? parseSchema(details.outputSchema) : null,
    }
  },
}

module.exports = { prepare, finish, runsQuery, requireParams }
