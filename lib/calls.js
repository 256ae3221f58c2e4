'use strict'
// Calls in flight. Every native operation (a request, opening a stream, reading its next
// records) gets an id; its result comes back through one completion queue, which the native
// side wakes once per batch, and the call is settled straight from the drain loop.

const { Completions, CancelHandle } = require('./native')
const { toError, parseJson, abortReason } = require('./errors')

const inFlight = new Map()
let lastId = 0

const completions = new Completions(function settleFinished() {
  const batch = completions.drain()
  for (let i = 0; i < batch.length; i += 2) {
    const call = inFlight.get(batch[i])
    inFlight.delete(batch[i])
    call.settle(batch[i + 1])
  }
  if (inFlight.size === 0) completions.hold(false)
})

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
      if (typeof result === 'string') this.resolve(parseJson(result, 200, this.where))
      else if (result.kind === 'ok') this.resolve(parseJson(result.body, result.status, this.where))
      else this.reject(toError(result, this.signal))
    } catch (err) {
      this.reject(err)
    }
  }
}

/** A call whose raw result (text, failure, stream or null) is handed back as it is. */
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

/** A cancel handle tied to `signal`, and the function that unties it. */
function cancelFor(signal) {
  const handle = new CancelHandle()
  const onAbort = () => handle.cancel()
  signal.addEventListener('abort', onAbort, { once: true })
  return { handle, cleanup: () => signal.removeEventListener('abort', onAbort) }
}

/**
 * Runs route `route` on `native`; resolves with the parsed JSON or rejects with the
 * client-js error. `signal`, when given, cancels the call; `extras` are the call's own
 * verb, path, headers, content type or retries (see `CallExtras`).
 */
function requestJson(native, route, path, query, body, where, signal, extras) {
  if (signal && signal.aborted) return Promise.reject(abortReason(signal))
  return new Promise((resolve, reject) => {
    const { handle, cleanup } = signal ? cancelFor(signal) : { handle: null, cleanup: null }
    const id = register(new JsonCall(resolve, reject, where, signal, cleanup))
    native.call(id, route, path, query, body, handle, extras)
  })
}

/** Runs `launch(id)` and resolves with the raw native result of call `id`. */
function submit(launch) {
  return new Promise((resolve) => launch(register(new RawCall(resolve))))
}

module.exports = { requestJson, submit, cancelFor, completions }
