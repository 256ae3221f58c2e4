'use strict'
// The native transport: requests run on the Rust core (reqwest on a shared keep-alive pool,
// retries, timeouts, stream framing). Every native operation (a request, opening a stream,
// reading its next records) gets an id; its result comes back through one completion queue,
// which the native side wakes once per batch, and the call is settled straight from the
// drain loop.
//
// The facade talks to any transport through the same three calls (see lib/transport/index.js):
//   request(request, signal)        → the parsed JSON of a 2xx answer, or the client's error
//   open(request, framing, signal)  → a stream reader: { status, headers, next(payloads), cancel() }
// where `request` is { verb, target, body, contentType?, headers?, retries?, where }.

const { NativeClient, Completions, CancelHandle } = require('../native')
const { toError, jsonResult, abortReason } = require('../errors')

const inFlight = new Map()
let lastId = 0

// Nothing a server sends may become an uncaught exception here: the native drain turns an
// entry that cannot cross to JavaScript (a reply longer than the longest string) into a
// failure of its own call, and each call is settled on its own, so one bad entry never stops
// the rest of the batch.
let drainWarned = false
const completions = new Completions(function settleFinished() {
  let batch
  try {
    batch = completions.drain()
  } catch (err) {
    // The native side keeps the batch for the next wake when it cannot hand it over.
    if (!drainWarned && typeof process === 'object' && typeof process.emitWarning === 'function') {
      drainWarned = true
      process.emitWarning(`mastra-client-native: could not take finished calls from the native queue: ${err && err.message}`)
    }
    batch = []
  }
  settleFrom(batch, 0)
})

// A batch of many replies is settled over several turns, about SETTLE_TURN_CHARS of their text
// each: the calls settled first go on (their next requests reach the runtime) while the rest
// are parsed, instead of every caller waiting for the whole batch. Replies of
// SETTLE_ALONE_CHARS or more do not count: measured, settling them over several turns made the
// heap grow (1 MB thread messages at 64 in flight: 182 → 115 calls/s).
const SETTLE_TURN_CHARS = 1 << 20
const SETTLE_ALONE_CHARS = 1 << 18

/** Settles the calls of `batch` from entry `at`, then schedules the rest for the next turn. */
function settleFrom(batch, at) {
  let chars = 0
  let i = at
  while (i < batch.length) {
    const id = batch[i]
    const result = batch[i + 1]
    batch[i + 1] = undefined
    i += 2
    settle(id, result)
    if (typeof result === 'string' && result.length < SETTLE_ALONE_CHARS && (chars += result.length) >= SETTLE_TURN_CHARS) break
  }
  if (i < batch.length) {
    setImmediate(settleFrom, batch, i)
    return
  }
  if (inFlight.size === 0) {
    try {
      completions.hold(false)
    } catch {
      // the queue then keeps the process alive a little longer; nothing is lost
    }
  }
}

/** Settles call `id` with `result`; a call that throws is rejected, the others go on. */
function settle(id, result) {
  const call = inFlight.get(id)
  if (call === undefined) return
  inFlight.delete(id)
  try {
    call.settle(result)
  } catch (err) {
    if (typeof call.reject === 'function') {
      try {
        call.reject(err)
      } catch {
        // a settled promise ignores it
      }
    }
  }
}

/** A JSON call: its result is parsed by V8 or turned into the client-js error. */
class JsonCall {
  constructor(resolve, reject, where, signal, cleanup) {
    this.resolve = resolve
    this.reject = reject
    this.where = where
    this.signal = signal
    this.cleanup = cleanup
  }

  settle(result) {
    if (this.cleanup !== null) this.cleanup()
    try {
      this.resolve(jsonResult(result, this.where, this.signal))
    } catch (err) {
      this.reject(err)
    }
  }
}

/** A call whose raw result (text, bytes, failure, stream or null) is handed back as it is. */
class RawCall {
  constructor(resolve) {
    this.settle = resolve
  }
}

// Calls started in one turn reach the runtime together: one flush per turn.
let flushPending = false
function flush() {
  flushPending = false
  completions.flush()
}

/**
 * Registers a call and returns its id; the process stays alive while calls are in flight.
 * The native call made right after is handed to the runtime at the end of this turn.
 */
function register(call) {
  const id = (lastId = (lastId + 1) >>> 0)
  if (inFlight.size === 0) completions.hold(true)
  inFlight.set(id, call)
  if (!flushPending) {
    flushPending = true
    queueMicrotask(flush)
  }
  return id
}

/** Resolves with the raw native result of the operation `launch(id)` starts. */
function submit(launch) {
  return new Promise((resolve) => launch(register(new RawCall(resolve))))
}

// The handle of this environment (the main thread, or a worker): an env cleanup hook cancels
// it when the environment goes away, which ends every call and stream made here and closes
// their connections. Calls without a signal run under it; the handle of a call with a signal
// is its child.
const environment = CancelHandle.forEnvironment()
const UNTIED = { handle: environment, cleanup: null }

/** A cancel handle tied to `signal`, and the function that unties it. */
function cancelFor(signal) {
  if (!signal) return UNTIED
  const handle = new CancelHandle(environment)
  const onAbort = () => handle.cancel()
  signal.addEventListener('abort', onAbort, { once: true })
  return { handle, cleanup: () => signal.removeEventListener('abort', onAbort) }
}

// A stream dropped unread is collected (closing its connection); then its signal listener
// (which holds only the cancel handle, never the stream) is taken off the signal.
const untieOnCollect = new FinalizationRegistry((cleanup) => cleanup())

/** What a request sets beyond verb and target, as the native call takes it (or undefined). */
function extrasOf(request) {
  const { contentType, headers, retries } = request
  if (contentType === undefined && headers === undefined && retries === undefined) return undefined
  return { contentType, headers, retries }
}

/** A body as the native call takes it: text, or a Buffer over the same bytes. */
function bodyOf(body) {
  if (body === null || typeof body === 'string' || Buffer.isBuffer(body)) return body
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
}

/** A native client for checked client options (lib/options.js). */
function nativeClient(config) {
  try {
    return new NativeClient(
      {
        baseUrl: config.baseUrl,
        apiPrefix: config.apiPrefix,
        retries: config.retries,
        backoffMs: config.backoffMs,
        maxBackoffMs: config.maxBackoffMs,
        headers: config.headers,
        timeoutMs: config.timeoutMs,
        streamIdleTimeoutMs: config.streamIdleTimeoutMs,
        maxStreamRecordBytes: config.maxStreamRecordBytes,
        maxResponseBytes: config.maxResponseBytes,
      },
      completions,
    )
  } catch (err) {
    // lib/options.js checked the options by the core's rules; the core checks them again.
    throw new TypeError(err.message, { cause: err })
  }
}

/** A transport on the native core for checked client options (lib/options.js). */
function createNativeTransport(config) {
  const native = nativeClient(config)
  return {
    kind: 'native',

    request(request, signal) {
      if (signal && signal.aborted) return Promise.reject(abortReason(signal))
      return new Promise((resolve, reject) => {
        const { handle, cleanup } = cancelFor(signal)
        const id = register(new JsonCall(resolve, reject, request.where, signal, cleanup))
        native.call(id, request.verb, request.target, bodyOf(request.body), handle, extrasOf(request))
      })
    },

    async open(request, framing, signal) {
      if (signal && signal.aborted) throw abortReason(signal)
      const { handle, cleanup } = cancelFor(signal)
      const opened = await submit((id) =>
        native.openStream(id, request.verb, request.target, bodyOf(request.body), framing, handle, extrasOf(request)),
      )
      if (!opened || typeof opened.next !== 'function') {
        if (cleanup) cleanup()
        throw toError(opened, signal)
      }
      let finished = false
      const done = () => {
        if (finished) return
        finished = true
        if (cleanup) {
          cleanup()
          untieOnCollect.unregister(reader)
        }
      }
      const reader = {
        status: opened.status,
        headers: opened.headers,
        async next(payloads) {
          if (finished) return null
          // What the native side has read ahead is taken at once; else wait for the next.
          const ready = opened.take(payloads)
          const batch = ready.length > 0 ? ready[0] : await submit((id) => opened.next(id, payloads))
          if (batch === null) {
            done()
            return null
          }
          if (typeof batch !== 'string' && !Buffer.isBuffer(batch)) {
            done()
            throw toError(batch, signal)
          }
          return batch
        },
        cancel() {
          done()
          opened.cancel()
        },
      }
      if (cleanup) untieOnCollect.register(reader, cleanup, reader)
      return reader
    },
  }
}

module.exports = { createNativeTransport }
