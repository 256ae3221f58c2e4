'use strict'
// Client options (client-js `ClientOptions` and this package's additions), checked once at
// construction for every transport: a bad option throws there, naming the option, and
// never at the first call. Secrets (header values, tokens, URL passwords) never appear in
// a message.

const { BEARER, plainHeaders } = require('./values')

const DEFAULT_API_PREFIX = '/api'
const MAX_SAFE = Number.MAX_SAFE_INTEGER
/** Default bound on one stream record (an SSE event or a `\x1E` record): 16 MiB. */
const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024
/** Largest `maxStreamRecordBytes`: about the longest string V8 can make (2^29 - 24 units). */
const MAX_RECORD_LIMIT = 2 ** 29 - 24
/** Default bound on a JSON/text reply (and an error body), after decompression: 256 MiB. */
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
/** An HTTP header name (RFC 9110 token). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
/** What a header value may not carry: anything but visible ASCII, space and tab. */
const FORBIDDEN_IN_VALUE = /[^\t\x20-\x7e]/

/** `baseUrl` without trailing `/`, checked to be an absolute http(s) URL. */
function baseUrlOf(raw) {
  if (typeof raw !== 'string') throw new TypeError('MastraClient: options.baseUrl must be a string')
  const trimmed = raw.trim()
  const bad = (why) => new TypeError(`MastraClient: invalid baseUrl: ${why}`)
  if (trimmed === '') throw bad('it is empty')
  let url
  try {
    url = new URL(trimmed)
  } catch {
    throw bad('it is not an absolute URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad(`its scheme is '${url.protocol.slice(0, -1)}', expected http or https`)
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#')) {
    throw bad('it must not carry a query or a fragment')
  }
  return trimmed.replace(/\/+$/, '')
}

/** The API prefix as client-js normalizes it: `//` collapsed, no trailing `/`, '' for the root. */
function apiPrefixOf(raw) {
  if (raw === undefined || raw === null) return DEFAULT_API_PREFIX
  if (typeof raw !== 'string') throw new TypeError('MastraClient: options.apiPrefix must be a string')
  const trimmed = raw.trim()
  if (trimmed.includes('..') || trimmed.includes('?') || trimmed.includes('#')) {
    throw new TypeError(`Invalid route path: "${raw}". Path cannot contain '..', '?', or '#'`)
  }
  let path = trimmed.replace(/\/{2,}/g, '/')
  if (path === '' || path === '/') return ''
  if (path.endsWith('/')) path = path.slice(0, -1)
  return path.startsWith('/') ? path : `/${path}`
}

/** A number option: undefined stays undefined; anything else must be a number. */
function numberOption(options, name) {
  const value = options[name]
  if (value === undefined) return undefined
  if (typeof value !== 'number') throw new TypeError(`MastraClient: options.${name} must be a number, got ${value === null ? 'null' : typeof value}`)
  return value
}

/** `retries`: a non-negative safe integer (default 3). */
function retriesOf(options) {
  const value = numberOption(options, 'retries')
  if (value === undefined) return 3
  if (!Number.isInteger(value) || value < 0 || value > MAX_SAFE) throw new RangeError('retries must be a non-negative safe integer')
  return Math.min(value, 0xffffffff)
}

/** `backoffMs`/`maxBackoffMs`: a non-negative finite number of ms. */
function backoffOf(options, name, fallback) {
  const value = numberOption(options, name)
  if (value === undefined) return fallback
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative finite number`)
  return value
}

/** `timeoutMs`/`streamIdleTimeoutMs`: a positive finite number of ms, or undefined. */
function durationOf(options, name) {
  const value = numberOption(options, name)
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be a positive finite number of milliseconds`)
  return value
}

/** `maxStreamRecordBytes`: a whole number from 1 to the longest string V8 makes. */
function maxRecordOf(options) {
  const value = numberOption(options, 'maxStreamRecordBytes')
  if (value === undefined) return DEFAULT_MAX_RECORD_BYTES
  if (!Number.isInteger(value) || value < 1 || value > MAX_RECORD_LIMIT) {
    throw new RangeError(`maxStreamRecordBytes must be a whole number of bytes from 1 to ${MAX_RECORD_LIMIT}`)
  }
  return value
}

/** `maxResponseBytes`: a whole number from 1 to `Number.MAX_SAFE_INTEGER`, or `Infinity` (no bound). */
function maxResponseOf(options) {
  const value = numberOption(options, 'maxResponseBytes')
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES
  if (value === Infinity) return value
  if (!Number.isInteger(value) || value < 1 || value > MAX_SAFE) {
    throw new RangeError(`maxResponseBytes must be a whole number of bytes from 1 to ${MAX_SAFE}, or Infinity`)
  }
  return value
}

/** The user headers as a record of checked names and values, the bearer token last. */
function headersOf(options) {
  const headers = plainHeaders(options.headers) ?? {}
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new TypeError(`MastraClient: invalid header name ${JSON.stringify(name)}`)
    if (FORBIDDEN_IN_VALUE.test(value)) {
      throw new TypeError(`MastraClient: the value of header '${name.toLowerCase()}' contains characters a header cannot carry (such as CR, LF or NUL, or non-ASCII text)`)
    }
  }
  const token = options[BEARER]
  if (token !== undefined) {
    if (FORBIDDEN_IN_VALUE.test(token)) {
      throw new TypeError('the bearer token contains characters an Authorization header cannot carry (such as CR, LF or NUL)')
    }
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name]
    headers.authorization = `Bearer ${token}`
  }
  return headers
}

/** `user:password@` removed from a URL, for messages. */
function redactUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@')
}

/**
 * Client options, checked, as every transport takes them:
 * `{ baseUrl, apiPrefix, urlRoot, displayRoot, headers, retries, backoffMs, maxBackoffMs,
 *    timeoutMs, streamIdleTimeoutMs, maxStreamRecordBytes, maxResponseBytes, fetch, credentials,
 *    signal }`.
 */
function clientConfig(options) {
  if (options === null || typeof options !== 'object') throw new TypeError('MastraClient: options must be an object')
  const baseUrl = baseUrlOf(options.baseUrl)
  const apiPrefix = apiPrefixOf(options.apiPrefix)
  const signal = options.abortSignal
  if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
    throw new TypeError('MastraClient: options.abortSignal must be an AbortSignal')
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('MastraClient: options.fetch must be a function')
  const config = {
    baseUrl,
    apiPrefix,
    urlRoot: `${baseUrl}${apiPrefix}`,
    displayRoot: `${redactUserinfo(baseUrl)}${apiPrefix}`,
    headers: headersOf(options),
    retries: retriesOf(options),
    backoffMs: backoffOf(options, 'backoffMs', 100),
    maxBackoffMs: backoffOf(options, 'maxBackoffMs', 1000),
    timeoutMs: durationOf(options, 'timeoutMs'),
    streamIdleTimeoutMs: durationOf(options, 'streamIdleTimeoutMs'),
    maxStreamRecordBytes: maxRecordOf(options),
    maxResponseBytes: maxResponseOf(options),
    fetch: options.fetch,
    credentials: options.credentials,
    signal: signal ?? undefined,
  }
  return config
}

module.exports = { clientConfig }
