'use strict'
// `RequestContext`, as client-js re-exports it from @mastra/core (`@mastra/core/request-context`),
// without @mastra/core: a map of request-scoped values. Pass one as `requestContext` to any call;
// it goes on the wire as the plain object of its entries (lib/values.js `plainRequestContext`),
// as client-js sends it. `toJSON()` leaves out what JSON cannot hold, as core's does.

// Core's bounds for its serialisability probe: re-entry through contexts that hold each other
// is a marker error, and one probe (nested contexts included) visits at most 1M nodes.
class CyclicRequestContextToJSONError extends Error {
  constructor(message) {
    super(message)
    this.name = 'CyclicRequestContextToJSONError'
  }
}
const inProgress = new WeakSet()
let depth = 0
const PROBE_BUDGET = 1e6
let budgetActive = false
let budget = 0
const typedArrayLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), 'length').get
const AUTH_TOKEN_KEY = 'mastra__authToken'

const REGISTRY = Symbol('registry')

function isPlainObjectOrArray(value) {
  try {
    if (Array.isArray(value)) return true
    if (value === null || typeof value !== 'object') return false
    const proto = Object.getPrototypeOf(value)
    return proto === Object.prototype || proto === null
  } catch {
    return false
  }
}

/** Whether `value` can be written as JSON, within the probe budget (core's `isSerializable`). */
function isSerializable(value) {
  if (value === null || value === undefined) return true
  if (typeof value === 'function' || typeof value === 'symbol') return false
  if (typeof value !== 'object' && typeof value !== 'bigint') return true
  const outermost = !budgetActive
  if (outermost) {
    budgetActive = true
    budget = PROBE_BUDGET
  }
  try {
    JSON.stringify(value, (_key, probed) => {
      if (--budget < 0) throw new RangeError('RequestContext.isSerializable: value expands past the serialization probe budget')
      if (ArrayBuffer.isView(probed)) {
        let count
        try {
          count = typedArrayLength.call(probed)
        } catch {
          return probed // a DataView: a plain object to JSON
        }
        if (typeof probed[0] === 'bigint') return probed
        budget -= count
        if (budget < 0) throw new RangeError('RequestContext.isSerializable: value expands past the serialization probe budget')
        const surrogate = Object.create(null)
        for (const key of Object.keys(probed)) {
          const index = Number(key)
          if (!(Number.isInteger(index) && index >= 0 && String(index) === key)) surrogate[key] = probed[key]
        }
        return surrogate
      }
      return probed
    })
    return true
  } catch (err) {
    if (err instanceof CyclicRequestContextToJSONError && depth > 1) throw err
    return false
  } finally {
    if (outermost) budgetActive = false
  }
}

/**
 * Request-scoped values, keyed by name: `new RequestContext([['locale', 'en']])` or
 * `new RequestContext({ locale: 'en' })`. Behaves as @mastra/core's `RequestContext`.
 */
class RequestContext {
  constructor(iterable) {
    const registry =
      iterable && typeof iterable === 'object' && typeof iterable[Symbol.iterator] !== 'function'
        ? new Map(Object.entries(iterable))
        : new Map(iterable)
    // Not enumerable, so a context spread or walked as an object shows no internals.
    Object.defineProperty(this, REGISTRY, { value: registry, writable: true })
  }
  set(key, value) {
    this[REGISTRY].set(key, value)
  }
  setRaw(key, value) {
    this[REGISTRY].set(key, value)
  }
  get(key) {
    return this[REGISTRY].get(key)
  }
  getRaw(key) {
    return this[REGISTRY].get(key)
  }
  has(key) {
    return this[REGISTRY].has(key)
  }
  hasRaw(key) {
    return this[REGISTRY].has(key)
  }
  delete(key) {
    return this[REGISTRY].delete(key)
  }
  deleteRaw(key) {
    return this[REGISTRY].delete(key)
  }
  clear() {
    this[REGISTRY].clear()
  }
  keys() {
    return this[REGISTRY].keys()
  }
  values() {
    return this[REGISTRY].values()
  }
  entries() {
    return this[REGISTRY].entries()
  }
  /** The number of entries (a method, as in core). */
  size() {
    return this[REGISTRY].size
  }
  forEach(callbackfn) {
    this[REGISTRY].forEach(callbackfn)
  }
  /** The entries as a plain object, without values JSON cannot hold (functions, symbols, cycles…). */
  toJSON() {
    if (inProgress.has(this)) {
      throw new CyclicRequestContextToJSONError('RequestContext.toJSON: detected cyclic re-entry (a stored value transitively references this context)')
    }
    inProgress.add(this)
    depth++
    try {
      const result = {}
      for (const [key, value] of this[REGISTRY].entries()) if (isSerializable(value)) result[key] = value
      return result
    } finally {
      inProgress.delete(this)
      depth--
    }
  }
  /** The entries for a trace span: the auth token redacted, objects other than plain ones as `[type]`. */
  serializeForSpan() {
    const safe = {}
    for (const [key, value] of this[REGISTRY].entries()) {
      if (key === AUTH_TOKEN_KEY) safe[key] = '[REDACTED]'
      else if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        safe[key] = value
      } else if (isPlainObjectOrArray(value)) safe[key] = value
      else safe[key] = `[${typeof value}]`
    }
    return safe
  }
  /** Every entry as one plain object. */
  get all() {
    return Object.fromEntries(this[REGISTRY])
  }
}

module.exports = { RequestContext }
