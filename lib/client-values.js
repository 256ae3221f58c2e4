'use strict'
// The values @mastra/client-js exports besides its client and error: `RequestContext`, client
// tools (`createTool`, `ClientTool`) and the two agent-controller helpers. One file, as each is
// small: the ESM entries read every export at import, and one module loads in a third of the
// time and memory of three.

// ---------------------------------------------------------------------------------------
// RequestContext
// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
// Client tools
// ---------------------------------------------------------------------------------------
// Client tools as client-js makes them (`createTool`, `ClientTool`): a tool's id, description,
// schemas and `execute`, run in this process when an agent calls it (see
// lib/resources/agent/client-tools.js). Pass them as `clientTools` of an agent call.

/** A client tool: `id`, `description`, `inputSchema`, `outputSchema` and `execute`, as given. */
class ClientTool {
  constructor(opts) {
    this.id = opts.id
    this.description = opts.description
    this.inputSchema = opts.inputSchema
    this.outputSchema = opts.outputSchema
    this.execute = opts.execute
  }
}

/** A `ClientTool` from its options (client-js `createTool`). */
function createTool(opts) {
  return new ClientTool(opts)
}

// ---------------------------------------------------------------------------------------
// Agent controller events
// ---------------------------------------------------------------------------------------
// The two agent-controller helpers client-js exports: `isKnownAgentControllerEvent` (whether an
// event of a session's stream is one of the explicitly typed kinds) and
// `agentControllerMessageText` (the plain text of a message's parts).

// The event types client-js 1.47.0 types explicitly (its KNOWN_AGENT_CONTROLLER_EVENT_TYPES).
const KNOWN_EVENT_TYPES = new Set([
  'agent_start', 'agent_end', 'message_start', 'message_update', 'message_end', 'state_changed',
  'tool_input_start', 'tool_input_delta', 'tool_input_end', 'tool_start', 'tool_update', 'shell_output',
  'command_exit', 'tool_end', 'tool_approval_required', 'tool_suspended', 'tool_suspension_cancelled',
  'mode_changed', 'model_changed', 'thread_changed', 'thread_created', 'thread_deleted',
  'thread_title_updated', 'subagent_start', 'subagent_text_delta', 'subagent_tool_start',
  'subagent_tool_end', 'subagent_end', 'subagent_model_changed', 'task_updated', 'notification',
  'notification_summary', 'usage_update', 'display_state_changed', 'goal_evaluation',
  'follow_up_queued', 'om_observation_start', 'om_observation_end', 'om_observation_failed',
  'om_reflection_start', 'om_reflection_end', 'om_reflection_failed', 'om_buffering_start',
  'om_buffering_end', 'om_buffering_failed', 'om_model_changed', 'om_activation', 'om_status',
  'om_thread_title_updated', 'workspace_ready', 'workspace_error', 'workspace_status_changed', 'info',
  'error',
])

/** Whether `event` is one of the explicitly typed agent-controller events (by its `type`). */
function isKnownAgentControllerEvent(event) {
  return KNOWN_EVENT_TYPES.has(event.type)
}

/** The plain text of a message: its text parts, joined. */
function agentControllerMessageText(message) {
  return message.content.parts
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text)
    .join('')
}

module.exports = { RequestContext, ClientTool, createTool, isKnownAgentControllerEvent, agentControllerMessageText, KNOWN_EVENT_TYPES }
