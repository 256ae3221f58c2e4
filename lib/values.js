'use strict'
// Argument values as client-js puts them on the wire: request contexts, headers, schemas.

/** Option key under which createMastraClient passes its token to the native core. */
const BEARER = Symbol('mastra.client.bearer')

/** A request context as a plain object: `RequestContext`-like maps become objects. */
function plainRequestContext(value) {
  if (!value) return undefined
  if (typeof value.entries === 'function' && Object.getPrototypeOf(value) !== Object.prototype) {
    return Object.fromEntries(value.entries())
  }
  return value
}

/** Headers (record, `Headers` or pairs) as a record of strings; undefined values are left out. */
function plainHeaders(headers, where = 'MastraClient: options.headers') {
  if (headers === undefined || headers === null) return undefined
  if (typeof headers !== 'object') throw new TypeError(`${where} must be an object of header values`)
  const entries =
    typeof headers.entries === 'function' && !Array.isArray(headers) && Object.getPrototypeOf(headers) !== Object.prototype
      ? [...headers.entries()]
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers)
  const out = {}
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (typeof value === 'object' || typeof value === 'function') {
      throw new TypeError(`${where}: header '${name}' must be a string`)
    }
    out[name] = String(value)
  }
  return out
}

/**
 * A schema as JSON Schema. Plain JSON Schema passes through; a schema object that can
 * describe itself (Standard JSON Schema, `toJSONSchema()`) is asked to. Anything else
 * (e.g. a zod 3 schema) is a clear error instead of a garbled body.
 */
function toJsonSchema(schema, where) {
  if (schema === undefined || schema === null || typeof schema !== 'object') return schema
  const standard = schema['~standard']
  if (standard && standard.jsonSchema && typeof standard.jsonSchema.input === 'function') {
    return standard.jsonSchema.input({ target: 'draft-07' })
  }
  if (typeof schema.toJSONSchema === 'function') return schema.toJSONSchema()
  if (standard || schema._def || typeof schema.parse === 'function') {
    throw new TypeError(
      `${where}: this schema cannot describe itself as JSON Schema; pass JSON Schema (or a schema with toJSONSchema())`,
    )
  }
  return schema
}

/** Client tools with their schemas as JSON Schema (client-js `processClientTools`). */
function processClientTools(tools) {
  if (!tools) return undefined
  const out = {}
  for (const [id, tool] of Object.entries(tools)) {
    const copy = { ...tool }
    for (const key of ['parameters', 'inputSchema', 'outputSchema']) {
      if (tool[key] !== undefined) copy[key] = toJsonSchema(tool[key], `clientTools.${id}.${key}`)
    }
    out[id] = copy
  }
  return out
}

/** A `Date` or date text as ISO-8601 text. */
function isoDate(value) {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString()
}

/** A value for the query as client-js's `toQueryParams` writes it (dates inside as ISO text). */
function queryValue(value) {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value, (_, v) => (v instanceof Date ? v.toISOString() : v))
  return String(value)
}

/**
 * A call's `params` split as create calls send them: `requestContext` for the query, the rest
 * as the body. Missing params fail with the engine's message about `params`, as client-js's do.
 */
function splitRequestContext(ns) {
  const params = ns.params
  const { requestContext, ...body } = params
  ns.requestContext = requestContext
  ns.body = body
}

module.exports = { BEARER, plainRequestContext, plainHeaders, toJsonSchema, processClientTools, isoDate, queryValue, splitRequestContext }
