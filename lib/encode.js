'use strict'
// Arguments on the wire, as client-js writes them: a route's path with its values, and its
// query. This is the one place where values become the request target (the path after the
// API prefix, with its query) that every transport sends as it is.

const { plainRequestContext, isoDate, queryValue, base64Utf8 } = require('./values')

const isSet = (value) => value !== undefined && value !== null

/**
 * Compiles a `src` reference (`a.b|c`) into a reader of the call namespace. A single path
 * reads its value as it is (`null` included, as `JSON.stringify` keeps it); alternatives
 * give the first value that is set.
 */
function reader(src) {
  const alternatives = src.split('|').map((alt) => alt.split('.'))
  if (alternatives.length === 1) {
    const [path] = alternatives
    return (ns) => {
      let value = ns
      for (const key of path) value = value == null ? undefined : value[key]
      return value
    }
  }
  return (ns) => {
    for (const path of alternatives) {
      let value = ns
      for (const key of path) value = value == null ? undefined : value[key]
      if (isSet(value)) return value
    }
    return undefined
  }
}

/** Appends the query pair(s) of one value, as client-js writes them. */
function appendQuery(out, query, value) {
  const key = query.key
  switch (query.enc) {
    case 'str':
      if (isSet(value) && value !== '') out.push(key, String(value))
      return
    case 'raw':
      out.push(key, `${value}`)
      return
    case 'num':
      if (isSet(value)) out.push(key, String(value))
      return
    case 'json':
      if (isSet(value)) out.push(key, JSON.stringify(value))
      return
    case 'rc': {
      // On the query, a request context is base64 of its JSON.
      const context = plainRequestContext(value)
      if (context) out.push(key, base64Utf8(JSON.stringify(context)))
      return
    }
    case 'flag':
      if (value) out.push(key, 'true')
      return
    case 'iso':
      if (value) out.push(key, isoDate(value))
      return
    case 'pairs':
      if (value) for (const [k, v] of Object.entries(value)) out.push(key, `${k}:${v}`)
      return
    case 'csv':
      if (Array.isArray(value) ? value.length > 0 : isSet(value) && value !== '') out.push(key, [].concat(value).join(','))
      return
    case 'params':
      return appendParams(out, value, query.flatten ?? [])
    case 'spread':
      if (!value) return
      for (const [k, v] of Object.entries(value)) {
        // An array value is one pair per element (a parameter appended several times).
        if (Array.isArray(v)) for (const e of v) out.push(k, String(e))
        else if (isSet(v)) out.push(k, String(v))
      }
      return
    default:
      throw new TypeError(`unknown query encoding ${query.enc}`)
  }
}

/** client-js `toQueryParams(params, flatten)`: a key set twice keeps its first place. */
function appendParams(out, params, flatten) {
  if (!params || typeof params !== 'object') return
  const set = new Map()
  const add = (obj) => {
    for (const [key, value] of Object.entries(obj)) {
      if (!isSet(value)) continue
      if (flatten.includes(key) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) add(value)
      else set.set(key, queryValue(value))
    }
  }
  add(params)
  for (const [key, value] of set) out.push(key, value)
}

/** Text as `URLSearchParams` writes it (application/x-www-form-urlencoded). */
function formEncode(text) {
  if (/^[A-Za-z0-9*._-]*$/.test(text)) return text
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
}

/** `?k=v&…` of `[key, value, key, value…]` pairs, or '' without pairs. */
function queryString(pairs) {
  if (pairs === null || pairs.length === 0) return ''
  let out = ''
  for (let i = 0; i < pairs.length; i += 2) out += `${i === 0 ? '?' : '&'}${formEncode(pairs[i])}=${formEncode(pairs[i + 1])}`
  return out
}

/**
 * A value as one path segment, as `encodeURIComponent` writes it. `.` and `..` are refused:
 * the URL parser would remove such a segment (also percent-encoded) and the request would
 * go to another path.
 */
function pathSegment(value, name, label) {
  const text = String(value)
  if (text === '.' || text === '..') {
    throw new TypeError(`${label}: ${name} cannot be ${JSON.stringify(text)}: a path value of '.' or '..' would change the request path`)
  }
  try {
    return encodeURIComponent(text)
  } catch {
    throw new TypeError(`${label}: ${name} is not well-formed text (it holds a lone UTF-16 surrogate)`)
  }
}

/**
 * Compiles a route path (`/agents/{agentId}/…`) into a function of the namespace → the
 * encoded path; a placeholder without a value is an error naming it.
 */
function pathBuilder(path, label) {
  const parts = path.split(/\{([^}]+)\}/)
  if (parts.length === 1) return () => path
  const slots = []
  for (let i = 1; i < parts.length; i += 2) slots.push([parts[i], reader(parts[i])])
  return (ns) => {
    let out = parts[0]
    for (let i = 0; i < slots.length; i++) {
      const [name, read] = slots[i]
      const value = read(ns)
      if (value === undefined || value === null || value === '') throw new TypeError(`${label}: ${name} is required`)
      out += pathSegment(value, name, label) + parts[2 * i + 2]
    }
    return out
  }
}

module.exports = { reader, appendQuery, queryString, pathSegment, pathBuilder }
