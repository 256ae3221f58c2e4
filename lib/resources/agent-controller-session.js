'use strict'
// AgentControllerSession: session arguments into requests, replies unwrapped, timestamps as
// `Date`s, and the session's event subscription (with reconnection).

const prepare = {
  /** `sendMessage`: text, or `{ content, files }`; files only when there are some. */
  acMessage(ns) {
    const message = ns.message
    if (typeof message !== 'string' && (message === null || typeof message !== 'object')) {
      throw new TypeError(`sendMessage(): message must be a string or { content, files }, got ${message === null ? 'null' : typeof message}`)
    }
    const { content, files } = typeof message === 'string' ? { content: message, files: undefined } : message
    ns.content = content
    ns.files = files?.length ? files : undefined
  },
  /** `listThreads`: a number is a limit; tags only when there are some. */
  acThreadsQuery(ns) {
    const options = typeof ns.options === 'number' ? { limit: ns.options } : (ns.options ?? {})
    ns.limit = options.limit ?? undefined
    ns.tags = options.tags && Object.keys(options.tags).length > 0 ? options.tags : undefined
  },
  /** `listMessages`: no options = every message (`perPage=false`), a number = a limit. */
  acMessagesQuery(ns) {
    const options = ns.options
    ns.legacy = typeof options === 'number' || options === undefined
    if (typeof options === 'number') ns.query = { limit: String(options) }
    else if (options === undefined) ns.query = { perPage: 'false' }
    else if (options !== null && typeof options === 'object') ns.query = messagesQuery(options)
    else throw new TypeError(`listMessages(): options must be a number or an object, got ${options === null ? 'null' : typeof options}`)
  },
  /** `setGoal`: the objective and its options in one body. */
  acGoalBody(ns) {
    ns.goal = { objective: ns.objective, ...ns.options }
  },
}

/** The query of a `listMessages` call with options (a page, ordered, filtered). */
function messagesQuery(options) {
  const { limit, page, perPage, orderBy, filter, include } = options
  if (limit !== undefined && (perPage !== undefined || orderBy !== undefined || filter !== undefined || include !== undefined)) {
    throw new Error('limit can only be combined with page; use perPage with orderBy, filter, or include')
  }
  const query = {}
  if (limit !== undefined) query.limit = String(limit)
  if (page !== undefined) query.page = String(page)
  if (perPage !== undefined) query.perPage = String(perPage)
  if (orderBy) query.orderBy = JSON.stringify(orderBy)
  if (filter) query.filter = JSON.stringify(filter)
  if (include) query.include = JSON.stringify(include)
  return query
}

const toDate = (value) => (value instanceof Date ? value : new Date(value))
const hydrateMessage = (message) => ({ ...message, createdAt: toDate(message.createdAt) })
const hydrateThread = (thread) => ({ ...thread, createdAt: toDate(thread.createdAt), updatedAt: toDate(thread.updatedAt) })

/** A session event with the timestamps of its message or thread as `Date`s. */
function hydrateEvent(event) {
  if (event?.type === 'message_start') return { ...event, message: hydrateMessage(event.message) }
  if (event?.type === 'thread_created') return { ...event, thread: hydrateThread(event.thread) }
  return event
}

const finish = {
  /** `listMessages`: messages with `Date` timestamps; the whole page when options were given. */
  acMessages(reply, ns) {
    const messages = reply.messages.map(hydrateMessage)
    return ns.legacy ? messages : { ...reply, messages }
  },
}

// ---- subscribe: the session's server-sent events, parsed as they arrive

/** The reconnection policy of `subscribe` options, or null for none. */
function reconnectPolicy(reconnect) {
  const finiteOr = (value, fallback) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback)
  const retriesOr = (value, fallback) => (value === Infinity || (typeof value === 'number' && Number.isFinite(value) && value >= 0) ? value : fallback)
  if (reconnect === true) return { maxRetries: Infinity, delayMs: 1000, maxDelayMs: 30000 }
  if (!reconnect) return null
  return {
    maxRetries: retriesOr(reconnect.maxRetries, Infinity),
    delayMs: finiteOr(reconnect.delayMs, 1000),
    maxDelayMs: finiteOr(reconnect.maxDelayMs, 30000),
  }
}

/** The earliest event separator (`\r\n\r\n`, `\n\n` or `\r\r`) in `text`, or null. */
function frameSeparator(text) {
  let best = null
  for (const sep of ['\r\n\r\n', '\n\n', '\r\r']) {
    const index = text.indexOf(sep)
    if (index !== -1 && (best === null || index < best.index)) best = { index, length: sep.length }
  }
  return best
}

/** The events of one frame: each non-empty `data:` line parsed alone; bad JSON is skipped. */
function* frameEvents(frame) {
  for (const line of frame.split(/\r\n|\n|\r/)) {
    if (!line.startsWith('data:')) continue
    const data = line.slice(5).trim()
    if (!data) continue
    let event
    try {
      event = hydrateEvent(JSON.parse(data))
    } catch {
      continue
    }
    yield event
  }
}

/**
 * Reads one open stream, handing each event to `onEvent`, until it ends or the
 * subscription is cancelled. Resolves with how it stopped: `done`, `cancelled`,
 * `consumer_error` (onEvent threw; reported to onError) or `transport_error`.
 */
async function pumpEvents(response, sub) {
  const reader = response.body.getReader()
  sub.reader = reader
  const decoder = new TextDecoder()
  let buffer = ''
  try {
    while (!sub.cancelled) {
      const { done, value } = await reader.read()
      if (done || sub.cancelled) return { kind: sub.cancelled ? 'cancelled' : 'done' }
      buffer += decoder.decode(value, { stream: true })
      for (let sep = frameSeparator(buffer); sep !== null; sep = frameSeparator(buffer)) {
        const frame = buffer.slice(0, sep.index)
        buffer = buffer.slice(sep.index + sep.length)
        for (const event of frameEvents(frame)) {
          if (sub.cancelled) return { kind: 'cancelled' }
          try {
            sub.options.onEvent(event)
          } catch (cause) {
            if (!sub.cancelled) sub.reportError(cause)
            return { kind: 'consumer_error' }
          }
        }
      }
    }
    return { kind: 'cancelled' }
  } catch (error) {
    return sub.cancelled ? { kind: 'cancelled' } : { kind: 'transport_error', error }
  } finally {
    if (sub.reader === reader) sub.reader = null
    reader.cancel().catch(() => {})
  }
}

/** `pumpEvents`, with any unexpected throw taken as a transport error. */
async function pumpSafe(response, sub) {
  try {
    return await pumpEvents(response, sub)
  } catch (error) {
    return sub.cancelled ? { kind: 'cancelled' } : { kind: 'transport_error', error }
  }
}

/** Pumps streams until cancelled; after a drop, reopens with backoff when the policy allows. */
async function runSubscription(sub, response) {
  while (!sub.cancelled) {
    let result = await pumpSafe(response, sub)
    if (sub.cancelled || result.kind === 'cancelled' || result.kind === 'consumer_error') return
    const policy = sub.policy
    if (!policy) return sub.reportEnd(result)
    let next
    for (let attempts = 0; !next; ) {
      if (sub.cancelled) return
      if (attempts >= policy.maxRetries) return sub.reportEnd(result)
      attempts++
      await sub.delay(Math.min(policy.delayMs * 2 ** (attempts - 1), policy.maxDelayMs))
      if (sub.cancelled) return
      try {
        next = await sub.open()
      } catch (error) {
        result = { kind: 'transport_error', error }
      }
    }
    if (sub.cancelled) return void next.body?.cancel().catch(() => {})
    response = next
    try {
      sub.options.onReconnect?.()
    } catch {}
    if (sub.cancelled) return void response.body?.cancel().catch(() => {})
  }
}

/** The state of one subscription: its options, policy, timer and current reader. */
function subscription(options, open) {
  const sub = {
    options,
    open,
    policy: reconnectPolicy(options.reconnect),
    cancelled: false,
    reader: null,
    timer: undefined,
    wake: undefined,
    reportError(error) {
      try {
        options.onError?.(error)
      } catch {}
    },
    reportEnd(result) {
      sub.reportError(result.kind === 'transport_error' ? result.error : new Error('Agent controller session stream ended unexpectedly'))
    },
    settle() {
      if (sub.timer) clearTimeout(sub.timer)
      sub.timer = undefined
      const wake = sub.wake
      sub.wake = undefined
      wake?.()
    },
    delay(ms) {
      return new Promise((resolve) => {
        sub.wake = resolve
        sub.timer = setTimeout(sub.settle, ms)
      })
    },
  }
  return sub
}

const custom = {
  /** `subscribe({ onEvent, onError?, onReconnect?, reconnect? })`: resolves once the stream is open. */
  acSubscribe: (kit) =>
    async function subscribe(options) {
      if (options === null || typeof options !== 'object' || typeof options.onEvent !== 'function') {
        throw new TypeError('subscribe(): options.onEvent must be a function')
      }
      const open = async () => {
        const response = await kit.plain.call(this)
        if (!response.body) throw new Error('No response body for agent controller session stream')
        return response
      }
      const sub = subscription(options, open)
      const first = await open()
      runSubscription(sub, first)
      return {
        unsubscribe: () => {
          sub.cancelled = true
          sub.settle()
          sub.reader?.cancel().catch(() => {})
        },
      }
    },
}

module.exports = { prepare, finish, custom }
