'use strict'
// The fetch transport (lib/transport/fetch.js) as the facade uses every transport:
//   request(request, signal)        → the parsed JSON of a 2xx answer, or the client's error
//   open(request, framing, signal)  → a stream reader: { status, headers, next(payloads), cancel() }
// The raw transport resolves with text or a failure object, as the native core does; the
// same helpers (lib/errors.js) turn them into results and errors.

const { createFetchTransport } = require('./fetch')
const { toError, jsonResult, abortReason } = require('../errors')

/** A transport on `fetch` (the caller's `options.fetch`, else the platform's) for checked options. */
function fetchTransport(config) {
  const raw = createFetchTransport(config)
  return {
    kind: 'fetch',

    async request(request, signal) {
      if (signal && signal.aborted) throw abortReason(signal)
      return jsonResult(await raw.call(request, signal), request.where, signal)
    },

    async open(request, framing, signal) {
      if (signal && signal.aborted) throw abortReason(signal)
      const opened = await raw.open(request, framing, signal)
      if (!opened || typeof opened.next !== 'function') throw toError(opened, signal)
      let finished = false
      return {
        status: opened.status,
        // fetch has decoded the body: its content-encoding no longer describes it.
        headers: opened.headers.filter(([name]) => name !== 'content-encoding'),
        async next(payloads) {
          if (finished) return null
          const batch = await opened.next(payloads)
          if (batch === null) {
            finished = true
            return null
          }
          if (typeof batch === 'string' || batch instanceof Uint8Array) return batch
          finished = true
          throw toError(batch, signal)
        },
        cancel() {
          finished = true
          opened.cancel()
        },
      }
    },
  }
}

module.exports = { fetchTransport }
