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

/** A random UUID (v4), from the platform's Web Crypto (Node 20+, browsers, edge runtimes). */
function randomUUID() {
  return globalThis.crypto.randomUUID()
}

/** `bytes` random bytes as lower-case hex text. */
function randomHex(bytes) {
  const out = globalThis.crypto.getRandomValues(new Uint8Array(bytes))
  let hex = ''
  for (const byte of out) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Bytes as base64 text. */
function base64OfBytes(bytes) {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** UTF-8 text as base64 (client-js: `btoa` of the UTF-8 bytes). */
function base64Utf8(text) {
  return base64OfBytes(new TextEncoder().encode(text))
}

/** The bytes of base64 text: a Buffer where the platform has one (as client-js gives), else a Uint8Array. */
function bytesOfBase64(text) {
  const binary = atob(text.replace(/[^A-Za-z0-9+/]/g, ''))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const NodeBuffer = globalThis.Buffer
  return typeof NodeBuffer === 'function' ? NodeBuffer.from(bytes.buffer, 0, bytes.length) : bytes
}

module.exports = {
  BEARER,
  plainRequestContext,
  plainHeaders,
  toJsonSchema,
  processClientTools,
  isoDate,
  queryValue,
  splitRequestContext,
  randomUUID,
  randomHex,
  base64OfBytes,
  base64Utf8,
  bytesOfBase64,
}
