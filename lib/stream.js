'use strict'
// Agent streams: a `Response` whose body is the server-sent events as received (without the
// `[DONE]` marker), plus `processDataStream({ onChunk })`. Records are framed in Rust (so a
// UTF-8 character split across network chunks is never corrupted) and arrive in batches.

const { toError, abortReason } = require('./errors')
const { submit, cancelFor } = require('./calls')

const encoder = new TextEncoder()

/** Calls `onChunk` for each `data:` event of a batch of whole SSE records. */
async function dispatchBatch(batch, onChunk) {
  let start = 0
  while (start < batch.length) {
    let end = batch.indexOf('\n\n', start)
    if (end === -1) end = batch.length
    const record = batch.slice(start, end)
    start = end + 2
    if (!record.startsWith('data: ')) continue
    const data = record.slice(6)
    if (data === '[DONE]') return
    let chunk
    try {
      chunk = JSON.parse(data)
    } catch {
      const excerpt = data.length > 120 ? `${data.slice(0, 120)}…` : data
      throw new SyntaxError(`processDataStream: a stream event is not valid JSON: ${JSON.stringify(excerpt)}`)
    }
    if (chunk) await onChunk(chunk)
  }
}

/**
 * Opens the stream of route `index` and resolves with a Response-like object, or rejects
 * like any call (MastraClientError for an error status, the abort reason on abort).
 */
async function openSseResponse(native, index, path, pairs, body, signal) {
  if (signal?.aborted) throw abortReason(signal)
  const { handle, cleanup } = signal ? cancelFor(signal) : { handle: null, cleanup: () => {} }
  const opened = await submit((id) => native.openStream(id, index, path, pairs, body, 'sse', handle))
  if (!opened || typeof opened.next !== 'function') {
    cleanup()
    throw toError(opened, signal)
  }
  const stream = opened
  let finished = false
  const done = () => {
    finished = true
    cleanup()
  }
  /** Next batch of records as text, or null at the end. */
  const next = async () => {
    if (finished) return null
    const batch = await submit((id) => stream.next(id))
    if (batch === null) {
      done()
      return null
    }
    if (typeof batch !== 'string') {
      done()
      throw toError(batch, signal)
    }
    return batch
  }

  const readable = new ReadableStream({
    async pull(controller) {
      const batch = await next()
      if (batch === null) controller.close()
      else controller.enqueue(encoder.encode(batch))
    },
    cancel() {
      done()
      stream.cancel()
    },
  }, { highWaterMark: 0 }) // pull only when read: processDataStream may read natively instead
  const response = new Response(readable, {
    status: stream.status,
    statusText: stream.status === 200 ? 'OK' : '',
    headers: stream.headers.filter(([name]) => name !== 'content-length' && name !== 'transfer-encoding'),
  })

  /** Reads the stream to its end, calling `onChunk` with each parsed chunk in order. */
  response.processDataStream = async ({ onChunk } = {}) => {
    if (typeof onChunk !== 'function') throw new TypeError('processDataStream: onChunk must be a function')
    // Lock the body so it cannot be read twice, then read the records natively.
    const reader = readable.getReader()
    try {
      for (let batch = await next(); batch !== null; batch = await next()) await dispatchBatch(batch, onChunk)
    } catch (err) {
      done()
      stream.cancel()
      throw err
    } finally {
      reader.releaseLock()
    }
  }
  return response
}

module.exports = { openSseResponse }
