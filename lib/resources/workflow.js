'use strict'
// Workflow: the run-listing query, `runById`'s query, and schemas parsed from the details.

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

/** A schema text (JSON, possibly superjson `{ json, meta }`) as its value. */
function parseSchema(text) {
  const parsed = JSON.parse(text)
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'json' in parsed) return parsed.json
  return parsed
}

const prepare = {
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
}

const finish = {
  /** `Workflow.getSchema`: the details' schemas parsed, or null. */
  workflowSchema(details) {
    return {
      inputSchema: details.inputSchema ? parseSchema(details.inputSchema) : null,
      outputSchema: details.outputSchema ? parseSchema(details.outputSchema) : null,
    }
  },
}

module.exports = { prepare, finish, runsQuery }
