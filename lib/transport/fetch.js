'use strict'
// The fetch transport: HTTP over the platform's `fetch` (browsers, edge runtimes, Deno,
// Cloudflare Workers, or a caller's own `fetch` on Node), with the same behaviour as the
// native transport (src/core/transport.rs): tries and waits as client-js, calls that end at
// once on abort or at the client's deadline (also in the middle of a wait between tries),
// and streams framed into whole records (./framer.js) read batch by batch.
//
// Only web-platform APIs are used here: fetch, AbortController, TextEncoder/TextDecoder,
// ReadableStream readers, setTimeout, Uint8Array, DOMException.
//
// Results are plain values, never rejections: the body text of a 200 answer, or a Failure
// object `{ kind, ... }` (see createFetchTransport below).

const { createFramer } = require('./framer')

/** Default bound on a JSON/text reply (lib/options.js sets it): 256 MiB. */
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
/** The longest string V8 makes (2^29 - 24 UTF-16 units on 64-bit builds). */
const JS_MAX_STRING_LENGTH = 2 ** 29 - 24
/** After `[DONE]`: how long and how much of the rest of a body is read to keep its connection. */
const DRAIN_WAIT_MS = 100
const DRAIN_LIMIT_BYTES = 1 << 20
/** A batch stops taking records that are already buffered once it holds this many characters. */
const BATCH_SOFT_LIMIT = 1 << 20
/** Longest delay setTimeout takes as it is; longer ones are made of several timers. */
const MAX_TIMER_MS = 0x7fffffff

const ABORTED_MESSAGE = 'This operation was aborted'
/** The failure of an aborted call or stream (a new object each time: callers may add to it). */
const abortedFailure = () => ({ kind: 'aborted', message: ABORTED_MESSAGE })

/** The standard reason phrases, for an answer whose status text is empty (HTTP/2). */
const REASONS = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
}

/** Error codes (Node's, undici's) of a connection that could not be made. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH',
  'ENETDOWN', 'EADDRNOTAVAIL', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EPROTO', 'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'ERR_TLS_CERT_ALTNAME_INVALID',
])
/** Error codes of a request that timed out after connecting. */
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

const noop = () => {}

/** Runs `fn` after `ms` (also past setTimeout's ~24.8-day limit); returns a function that cancels it. */
function later(ms, fn) {
  let timer
  let left = ms
  const arm = () => {
    const step = Math.min(left, MAX_TIMER_MS)
    left -= step
    timer = setTimeout(left > 0 ? arm : fn, step)
  }
  arm()
  return () => clearTimeout(timer)
}

/** Whether a try that ended with `status` (or with no answer, `null`) is tried again. */
function shouldRetry(status) {
  return status === null || ((status < 200 || status >= 300) && (status < 400 || status >= 500))
}

/** The waits between tries: `backoff`, doubled each time, capped at `maxBackoff` (the first one is not). */
function* waits(retries, backoff, maxBackoff) {
  let next = backoff
  for (let i = 0; i < retries; i++) {
    const current = next
    next = Math.min(next * 2, maxBackoff)
    yield current
  }
}

/** The innermost cause of `err` (following `.cause`), as text. */
function innermostCause(err) {
  let cause = err
  for (let depth = 0; depth < 16 && cause && typeof cause === 'object' && cause.cause != null; depth++) cause = cause.cause
  if (cause && typeof cause === 'object') {
    let text = typeof cause.message === 'string' ? cause.message : ''
    if (!text && Array.isArray(cause.errors)) {
      text = cause.errors.map((e) => (e && typeof e.message === 'string' ? e.message : String(e))).filter(Boolean).join('; ')
    }
    if (!text && typeof cause.code === 'string') text = cause.code
    return text || String(cause)
  }
  return String(cause)
}

/** The first error code found along the `.cause` chain of `err` (and inside an AggregateError). */
function errorCode(err) {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 16; e = e.cause, depth++) {
    if (typeof e.code === 'string' && e.code) return e.code
    if (Array.isArray(e.errors)) {
      for (const inner of e.errors) if (inner && typeof inner.code === 'string') return inner.code
    }
  }
  return null
}

/** The Basic credentials of `root`'s user:password, and `root` without them. */
function splitCredentials(root) {
  const schemeEnd = root.indexOf('://')
  if (schemeEnd === -1) return { root, authorization: null }
  const authorityStart = schemeEnd + 3
  let authorityEnd = root.indexOf('/', authorityStart)
  if (authorityEnd === -1) authorityEnd = root.length
  const at = root.lastIndexOf('@', authorityEnd)
  if (at < authorityStart) return { root, authorization: null }
  const userinfo = root.slice(authorityStart, at)
  const colon = userinfo.indexOf(':')
  const decode = (s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  }
  const user = decode(colon === -1 ? userinfo : userinfo.slice(0, colon))
  const password = colon === -1 ? '' : decode(userinfo.slice(colon + 1))
  let binary = ''
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) binary += String.fromCharCode(byte)
  return { root: root.slice(0, authorityStart) + root.slice(at + 1), authorization: `Basic ${btoa(binary)}` }
}

/**
 * A transport over `fetch` for a validated client configuration:
 * `{ urlRoot, displayRoot, headers, retries, backoffMs, maxBackoffMs, timeoutMs?,
 *    streamIdleTimeoutMs?, maxStreamRecordBytes, maxResponseBytes?, fetch?, credentials? }`.
 */
function createFetchTransport(config) {
  // fetch refuses a URL with credentials; like the native transport, they go into an
  // Authorization header, which a header of the client's or the call's overrides.
  const { root, authorization } = splitCredentials(config.urlRoot)
  const displayRoot = config.displayRoot
  const clientHeaders = []
  if (authorization) clientHeaders.push(['authorization', authorization])
  for (const name of Object.keys(config.headers || {})) clientHeaders.push([name, String(config.headers[name])])
  const timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : null
  const idleMs = config.streamIdleTimeoutMs > 0 ? config.streamIdleTimeoutMs : null
  const maxRecord = config.maxStreamRecordBytes
  /** Longest JSON/text reply (or error body) in bytes; Infinity: no bound. */
  const maxResponse = config.maxResponseBytes > 0 ? config.maxResponseBytes : DEFAULT_MAX_RESPONSE_BYTES

  /** The headers of `request`, later ones replacing earlier ones of the same name (any case). */
  function headersFor(request, hasBody) {
    const map = new Map()
    const set = (name, value) => map.set(name.toLowerCase(), value)
    if (hasBody && request.verb !== 'GET' && !request.contentType) set('content-type', 'application/json')
    else if (request.contentType) set('content-type', request.contentType)
    for (const [name, value] of clientHeaders) set(name, value)
    const own = request.headers
    if (own) for (let i = 0; i + 1 < own.length; i += 2) set(own[i], String(own[i + 1]))
    return Array.from(map)
  }

  /** What one call sends and how it is named in messages (never with query or credentials). */
  function prepare(request) {
    const target = request.target
    let body = request.body
    // An empty body is no body, as in the native core; fetch cannot send one with GET.
    if (body != null && (body.length === 0 || request.verb === 'GET' || request.verb === 'HEAD')) body = null
    const query = target.indexOf('?')
    const path = `${displayRoot}${query === -1 ? target : target.slice(0, query)}`
    return {
      url: `${root}${target}`,
      method: request.verb,
      headers: headersFor(request, body != null),
      body,
      path,
      call: `${request.verb} ${path}`,
      retries: request.retries != null ? request.retries : config.retries,
    }
  }

  /** Text safe to show: the URL (with query and credentials) replaced by its display form. */
  function scrub(text, prepared) {
    let out = text
    if (prepared.url && out.includes(prepared.url)) out = out.split(prepared.url).join(prepared.path)
    if (config.urlRoot && out.includes(config.urlRoot)) out = out.split(config.urlRoot).join(displayRoot)
    if (root && root !== displayRoot && out.includes(root)) out = out.split(root).join(displayRoot)
    return out
  }

  /** A failure of fetch() itself, as the native core describes it. */
  function sendFailure(prepared, err) {
    const code = errorCode(err)
    let kind = 'failed'
    if (code && CONNECT_CODES.has(code)) kind = 'could not connect'
    else if (code && TIMEOUT_CODES.has(code)) kind = 'timed out'
    else if (err && typeof err === 'object' && err.cause != null) kind = 'failed to send the request'
    return network(prepared, kind, err)
  }

  /** A failure while reading a body. */
  function bodyFailure(prepared, err) {
    const code = errorCode(err)
    return network(prepared, code && TIMEOUT_CODES.has(code) ? 'timed out' : 'failed while reading the response body', err)
  }

  function network(prepared, kind, err) {
    return { kind: 'network', message: `fetch failed: ${prepared.call} ${kind}: ${scrub(innermostCause(err), prepared)}` }
  }

  /**
   * The control of one call: its AbortController (given to fetch), the caller's signal and
   * the deadline. `guard(promise)` settles with the promise, or throws STOPPED as soon as the
   * call is aborted or its deadline passes (even if a caller's fetch ignores its signal).
   */
  function control(signal) {
    const controller = new AbortController()
    let why = null
    let wake
    const stopped = new Promise((resolve) => (wake = resolve))
    const stop = (reason) => {
      if (why !== null) return
      why = reason
      wake(STOPPED)
      try {
        controller.abort(reason === 'timeout' ? new DOMException(timeoutMessage(), 'TimeoutError') : signal && signal.reason)
      } catch {
        // a caller's fetch may throw from its abort listener; the call ends anyway
      }
    }
    const onAbort = () => stop('aborted')
    if (signal) signal.addEventListener('abort', onAbort)
    let cancelDeadline = timeoutMs !== null ? later(timeoutMs, () => stop('timeout')) : noop
    return {
      controller,
      get why() {
        return why
      },
      stop,
      async guard(promise) {
        if (why !== null) throw STOPPED
        const value = await Promise.race([promise, stopped])
        if (value === STOPPED) throw STOPPED
        return value
      },
      /** Ends the deadline (a stream that opened runs past it). */
      endDeadline() {
        cancelDeadline()
        cancelDeadline = noop
      },
      /** Unties the call from the caller's signal and the deadline. */
      release() {
        cancelDeadline()
        if (signal) signal.removeEventListener('abort', onAbort)
      },
      /** The failure of a stopped call. */
      failure() {
        return why === 'timeout' ? { kind: 'timeout', message: timeoutMessage() } : abortedFailure()
      },
    }
  }

  function timeoutMessage() {
    return `The operation timed out after ${Math.floor(timeoutMs)} ms (timeoutMs)`
  }

  /** The fetch to use: the caller's, else the platform's as it is now. */
  function fetchFunction() {
    const fetchImpl = config.fetch || globalThis.fetch
    return typeof fetchImpl === 'function' ? fetchImpl : null
  }

  function noFetch(prepared) {
    return { kind: 'network', message: `fetch failed: ${prepared.call} failed: this platform has no global fetch; pass \`fetch\` in the client options` }
  }

  /** Sends `prepared` once, under `ctl`. */
  function send(prepared, ctl) {
    const fetchImpl = fetchFunction()
    const init = { method: prepared.method, headers: prepared.headers, signal: ctl.controller.signal }
    if (prepared.body != null) init.body = prepared.body
    if (config.credentials !== undefined) init.credentials = config.credentials
    const sent = (async () => fetchImpl(prepared.url, init))()
    // A response that comes after the call ended is closed, not left open.
    sent.then((response) => {
      if (ctl.why !== null) discard(response)
    }, noop)
    return sent
  }

  /**
   * The tries of one call, as client-js makes them: `attempt(ctl)` makes one try and resolves
   * with `{ done: value }` or `{ status, failure }` (status null: no answer); failed tries
   * are retried while the policy allows, with waits that end at once on abort or deadline.
   */
  async function retrying(prepared, ctl, attempt) {
    const pauses = waits(prepared.retries, config.backoffMs, config.maxBackoffMs)
    for (;;) {
      if (ctl.why !== null) throw STOPPED
      const outcome = await attempt()
      if ('done' in outcome) return outcome.done
      const next = pauses.next()
      if (next.done || !shouldRetry(outcome.status)) return outcome.failure
      let cancel = noop
      try {
        await ctl.guard(new Promise((resolve) => (cancel = later(next.value, resolve))))
      } finally {
        cancel()
      }
    }
  }

  /** The failure of a reply over `maxResponseBytes` (its connection is closed). */
  function tooLarge(prepared) {
    return { kind: 'too-large', message: `${prepared.call}: the reply is larger than ${maxResponse} bytes (maxResponseBytes); the connection was closed` }
  }

  /**
   * The body of `response` as text, read chunk by chunk under `ctl`: `{ text }`, or
   * `{ failure }` once it grows past `maxResponseBytes` (the body is then cancelled and the
   * request aborted, which closes the connection) or cannot become a string. Memory stays
   * within the bound plus one read. Decoded as `response.text()` decodes (U+FFFD for bad
   * sequences, a leading BOM dropped). Throws what reading throws (STOPPED on abort).
   */
  async function readBody(response, prepared, ctl) {
    const body = response.body
    if (body == null || typeof body.getReader !== 'function') {
      // No stream to read (no body, or a caller's fetch with a body of its own kind).
      const text = body == null && typeof response.text !== 'function' ? '' : await ctl.guard(response.text())
      if (text.length > maxResponse) return { failure: tooLarge(prepared) }
      return { text }
    }
    const reader = body.getReader()
    // The bytes are kept as read and decoded once at the end: decoding chunk by chunk would
    // make two-byte strings (twice the memory of an ASCII body) while the body is read.
    let chunks = []
    let size = 0
    try {
      for (;;) {
        const { done, value } = await ctl.guard(reader.read())
        if (done) break
        const bytes = toBytes(value)
        size += bytes.byteLength
        if (size > maxResponse) {
          chunks = null
          closeBody(reader, ctl)
          return { failure: tooLarge(prepared) }
        }
        if (bytes.byteLength > 0) chunks.push(bytes)
      }
    } catch (err) {
      chunks = null
      cancelReader(reader)
      throw err
    }
    let all
    if (chunks.length === 1) all = chunks[0]
    else {
      all = new Uint8Array(size)
      let at = 0
      for (const chunk of chunks) {
        all.set(chunk, at)
        at += chunk.byteLength
      }
    }
    chunks = null
    try {
      return { text: new TextDecoder().decode(all) }
    } catch {
      // Longer than the longest string ("Invalid string length").
      return { failure: tooLongForJavaScript(size) }
    }
  }

  /** Sends a request, trying again like client-js, and reads the whole body as text. */
  async function call(request, signal) {
    if (signal && signal.aborted) return abortedFailure()
    let prepared
    try {
      prepared = prepare(request)
    } catch (err) {
      return { kind: 'bad-call', message: String(err && err.message ? err.message : err) }
    }
    if (fetchFunction() === null) return noFetch(prepared)
    const ctl = control(signal)
    try {
      return await retrying(prepared, ctl, async () => {
        const sent = await sendOnce(prepared, ctl)
        if (sent.failure) return sent
        const response = sent.response
        let read
        try {
          read = await readBody(response, prepared, ctl)
        } catch (err) {
          if (err === STOPPED || ctl.why !== null) throw STOPPED
          return { status: null, failure: bodyFailure(prepared, err) }
        }
        if (read.failure) return { done: read.failure }
        const body = read.text
        const status = response.status
        if (status === 200) return { done: body }
        if (status >= 200 && status < 300) return { done: { kind: 'ok', status, body } }
        return { status, failure: { kind: 'http', status, statusText: statusText(response), body } }
      })
    } catch (err) {
      if (err === STOPPED || ctl.why !== null) return ctl.failure()
      return { kind: 'network', message: `fetch failed: ${prepared.call} failed: ${scrub(innermostCause(err), prepared)}` }
    } finally {
      ctl.release()
    }
  }

  /**
   * One try's request: `{ response }`, or `{ status: null, failure }` for a fetch that threw
   * (a try the retry loop may repeat); a stop (abort, deadline) is thrown as STOPPED.
   */
  async function sendOnce(prepared, ctl) {
    try {
      return { response: await ctl.guard(send(prepared, ctl)) }
    } catch (err) {
      if (err === STOPPED || ctl.why !== null) throw STOPPED
      return { status: null, failure: sendFailure(prepared, err) }
    }
  }

  /**
   * Opens a stream: tries like call() until a response arrives; a 2xx one resolves with a
   * reader. `timeoutMs` bounds the opening only; the signal ends the stream at any time.
   */
  async function open(request, framing, signal) {
    if (signal && signal.aborted) return abortedFailure()
    let prepared
    let framer
    try {
      prepared = prepare(request)
      framer = framing === 'raw' ? null : createFramer(framing, maxRecord)
    } catch (err) {
      return { kind: 'bad-call', message: String(err && err.message ? err.message : err) }
    }
    if (fetchFunction() === null) return noFetch(prepared)
    const ctl = control(signal)
    let result
    try {
      result = await retrying(prepared, ctl, async () => {
        const sent = await sendOnce(prepared, ctl)
        if (sent.failure) return sent
        const response = sent.response
        const status = response.status
        if (status >= 200 && status < 300) return { done: { response } }
        let body = ''
        try {
          const read = await readBody(response, prepared, ctl)
          if (read.failure) return { done: read.failure }
          body = read.text
        } catch (err) {
          if (err === STOPPED || ctl.why !== null) throw STOPPED
        }
        return { status, failure: { kind: 'http', status, statusText: statusText(response), body } }
      })
    } catch (err) {
      ctl.release()
      if (err === STOPPED || ctl.why !== null) return ctl.failure()
      return { kind: 'network', message: `fetch failed: ${prepared.call} failed: ${scrub(innermostCause(err), prepared)}` }
    }
    if (result.response === undefined) {
      ctl.release()
      return result
    }
    ctl.endDeadline()
    if (ctl.why !== null) {
      // Aborted between the answer and here.
      discard(result.response)
      ctl.release()
      return ctl.failure()
    }
    return openReader(result.response, framer, prepared, ctl)
  }

  /** The reader of an open stream. */
  function openReader(response, framer, prepared, ctl) {
    const status = response.status
    const headers = []
    try {
      response.headers.forEach((value, name) => headers.push([name.toLowerCase(), value]))
    } catch {
      // headers that cannot be listed are left out
    }
    const body = response.body
    let bodyReader = null
    try {
      bodyReader = body ? body.getReader() : null
    } catch {
      bodyReader = null
    }
    /** The body was read to its end. */
    let bodyDone = bodyReader === null
    let finished = false
    let aborted = false
    let deferred = null
    /** The read in progress: `{ result }` once it settled. */
    let slot = null
    /** Called when the read in progress settles, or with a value to end a wait. */
    let waiter = null
    let chain = Promise.resolve()

    function ensureRead() {
      if (slot === null) {
        const current = { result: null }
        slot = current
        let reading
        try {
          reading = bodyReader.read()
        } catch (err) {
          reading = Promise.reject(err)
        }
        reading.then(
          (r) => {
            current.result = { r }
            if (waiter) waiter()
          },
          (e) => {
            current.result = { e }
            if (waiter) waiter()
          },
        )
      }
      return slot
    }

    /** The settled read, taken out of its slot (null while it is in progress). */
    function take() {
      if (slot === null || slot.result === null) return null
      const { result } = slot
      slot = null
      return result
    }

    /**
     * Waits for the next read (at most `limitMs` when given); resolves with `{ r }`, `{ e }`,
     * 'idle' or 'aborted'.
     */
    function waitRead(limitMs) {
      ensureRead()
      const ready = take()
      if (ready) return Promise.resolve(ready)
      return new Promise((resolve) => {
        let cancelTimer = noop
        const end = (value) => {
          waiter = null
          cancelTimer()
          resolve(value)
        }
        waiter = (value) => {
          if (value !== undefined) return end(value)
          const settled = take()
          if (settled) end(settled)
        }
        if (limitMs != null) cancelTimer = later(limitMs, () => end('idle'))
      })
    }

    /** The next read if it is already there (a chunk the body holds), else null. */
    async function readyRead() {
      ensureRead()
      await null
      await null
      return take()
    }

    /** Ends the stream: the body is cancelled and the fetch aborted (the connection closes). */
    function close() {
      if (finished) return
      finished = true
      ctl.release()
      if (!bodyDone) {
        bodyDone = true
        closeBody(bodyReader, ctl)
      }
      if (waiter) waiter('aborted')
    }

    /** Ends the stream because it was aborted; later reads give `aborted`. */
    function abort() {
      if (!finished) aborted = true
      close()
    }

    // The caller's signal (through ctl) ends the stream at any time, a read pending or not.
    ctl.controller.signal.addEventListener('abort', abort)

    function framingFailure(err) {
      if (err.kind === 'too-large') return { kind: 'too-large', message: `${prepared.call}: ${err.message}` }
      if (err.kind === 'malformed') return { kind: 'malformed', message: `${prepared.call}: ${err.message}` }
      return { kind: 'network', message: `${prepared.call}: ${err.message}` }
    }

    /** After `[DONE]`: reads the rest of the body (at most 1 MiB, for at most 100 ms) and drops it. */
    async function drain() {
      let left = DRAIN_LIMIT_BYTES
      let stopAt = Date.now() + DRAIN_WAIT_MS
      while (!bodyDone && !finished) {
        const wait = stopAt - Date.now()
        if (wait <= 0) return
        const got = await waitRead(wait)
        if (typeof got === 'string' || 'e' in got) return
        if (got.r.done) {
          bodyDone = true
          return
        }
        left -= byteLength(got.r.value)
        if (left <= 0) return
      }
    }

    /**
     * Frames one settled read into `out`; returns the new text, or sets `deferred` / returns
     * a failure. `state.end` is set when the stream ended.
     */
    function frame(got, payloads, out, state) {
      let failure = null
      try {
        if ('e' in got) {
          failure = bodyFailure(prepared, got.e)
        } else if (got.r.done) {
          bodyDone = true
          out += framer.finish(payloads)
          state.end = true
        } else {
          out += framer.push(toBytes(got.r.value), payloads)
          if (framer.done) state.end = true
        }
      } catch (err) {
        if (err && typeof err.kind === 'string') {
          out += err.text || ''
          failure = framingFailure(err)
        } else throw err
      }
      if (failure !== null) {
        close()
        state.end = true
        if (out === '') state.failure = failure
        else deferred = failure
      }
      return out
    }

    async function nextBatch(payloads) {
      let out = ''
      const state = { end: false, failure: null }
      while (out === '') {
        if (deferred !== null) {
          const failure = deferred
          deferred = null
          return failure
        }
        if (aborted) return abortedFailure()
        if (framer !== null && framer.done && !finished) {
          await drain()
          if (aborted) return abortedFailure()
        }
        if (finished || bodyDone || (framer !== null && framer.done)) {
          close()
          return null
        }
        const got = await waitRead(idleMs)
        if (got === 'aborted') {
          abort()
          return abortedFailure()
        }
        if (got === 'idle') {
          close()
          return { kind: 'timeout', message: `The stream received nothing for ${Math.floor(idleMs)} ms (streamIdleTimeoutMs)` }
        }
        if (framer === null) {
          if ('e' in got) {
            close()
            return bodyFailure(prepared, got.e)
          }
          if (got.r.done) {
            bodyDone = true
            close()
            return null
          }
          const bytes = toBytes(got.r.value)
          if (bytes.length === 0) continue
          return bytes
        }
        out = frame(got, payloads, out, state)
        if (state.failure !== null) return state.failure
      }
      // Records already received go in the same batch.
      while (!state.end && !finished && out.length < BATCH_SOFT_LIMIT) {
        const got = await readyRead()
        if (got === null) break
        out = frame(got, payloads, out, state)
      }
      return out
    }

    return {
      status,
      headers,
      /** The next batch of whole records (text), the next bytes of a raw stream, null at the end, or a Failure. */
      next(payloads) {
        const run = chain.then(() => nextBatch(Boolean(payloads)))
        chain = run.then(noop, noop)
        return run.catch((err) => {
          close()
          return { kind: 'network', message: `${prepared.call}: ${err && err.message ? err.message : String(err)}` }
        })
      },
      /** Closes the connection; a pending next() resolves `aborted`. Idempotent. */
      cancel() {
        abort()
      },
    }
  }

  return { kind: 'fetch', call, open }
}

/** The failure of a reply that cannot become one string (as the native core words it). */
function tooLongForJavaScript(bytes) {
  return {
    kind: 'too-large',
    message: `the reply (${bytes} bytes) is longer than the longest string JavaScript can hold (${JS_MAX_STRING_LENGTH} characters), so the call was rejected; maxResponseBytes bounds replies (its default, 256 MiB, stays under this limit)`,
  }
}

/** Marks a call that ended by abort or deadline. */
const STOPPED = Symbol('stopped')

/** A response nobody will read: its body is cancelled. */
/** Cancels a body reader, whatever its state. */
function cancelReader(reader) {
  try {
    reader.cancel().catch(noop)
  } catch {
    // already released
  }
}

/** Stops reading a body and closes its connection (the fetch is aborted). */
function closeBody(reader, ctl) {
  cancelReader(reader)
  try {
    ctl.controller.abort()
  } catch {
    // a caller's fetch may throw from its abort listener
  }
}

function discard(response) {
  try {
    if (response && response.body && !response.bodyUsed) response.body.cancel().catch(noop)
  } catch {
    // locked or already read
  }
}

function statusText(response) {
  const text = typeof response.statusText === 'string' ? response.statusText : ''
  return text || REASONS[response.status] || ''
}

function byteLength(value) {
  return value && typeof value.byteLength === 'number' ? value.byteLength : 0
}

/** A body chunk as a Uint8Array (fetch gives Uint8Array; other bodies may give buffers or text). */
function toBytes(value) {
  if (value instanceof Uint8Array) return value
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  if (typeof value === 'string') return new TextEncoder().encode(value)
  return new Uint8Array(0)
}

module.exports = { createFetchTransport }
