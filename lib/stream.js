'use strict'
// Streams. The native core opens the response and frames it (server-sent events, `\x1E`
// records, or raw bytes), so a UTF-8 character split across network reads is never
// corrupted; batches of whole records come back through the completion queue. Each reply
// kind of the route table has its shape here:
// - `sse`: a `Response` (body: the events as received, without `[DONE]`) with
//   `processDataStream({ onChunk })`, as client-js's agent streams;
// - `records`: a `ReadableStream` of the parsed records, as client-js's workflow streams;
// - `events`: a `ReadableStream` of the parsed `data:` payloads of server-sent events;
// - `response`: the `Response` itself, its body the bytes as received;
// - `batches`: the reader itself (batches of whole SSE records), for callers that build an
//   `sse` Response over several streams (`sseResponse`).

const { toError, abortReason } = require('./errors')
const { submit, cancelFor } = require('./calls')

const encoder = new TextEncoder()

/** The JSON payload of one SSE record (its `data:` lines joined), or undefined. */
function eventData(record) {
  let data
  for (const line of record.split(/\r?\n/)) {
    if (!line.startsWith('data:')) continue
    const value = line[5] === ' ' ? line.slice(6) : line.slice(5)
    data = data === undefined ? value : `${data}\n${value}`
  }
  return data
}

/** Parses one stream payload; a payload that is not JSON is a clear error. */
function parsePayload(text, where, what = 'record') {
  try {
    return JSON.parse(text)
  } catch {
    const excerpt = text.length > 120 ? `${text.slice(0, 120)}…` : text
    throw new SyntaxError(`${where}: a stream ${what} is not valid JSON: ${JSON.stringify(excerpt)}`)
  }
}

/** The parsed `data:` payloads of a batch of whole SSE records, in order (`[DONE]` ends). */
function* sseChunks(batch, where) {
  for (const record of batch.split(/\r?\n\r?\n/)) {
    if (record === '') continue
    const data = eventData(record)
    if (data === undefined) continue
    if (data === '[DONE]') return
    yield parsePayload(data, where, 'event')
  }
}

/** The parsed records of a batch of whole `\x1E`-ended records. */
function* separatedRecords(batch, where) {
  for (const record of batch.split('\x1e')) if (record !== '') yield parsePayload(record, where)
}

/**
 * Opens a native stream and resolves with its reader: `next()` gives the next batch (text,
 * or a Buffer for raw streams) or null at the end; `cancel()` closes the connection.
 * Rejects like any call (MastraClientError for an error status, the abort reason on abort).
 */
async function openNative(native, index, path, pairs, body, signal, framing, extras) {
  if (signal?.aborted) throw abortReason(signal)
  const { handle, cleanup } = signal ? cancelFor(signal) : { handle: null, cleanup: () => {} }
  const opened = await submit((id) => native.openStream(id, index, path, pairs, body, framing, handle, extras))
  if (!opened || typeof opened.next !== 'function') {
    cleanup()
    throw toError(opened, signal)
  }
  let finished = false
  const done = () => {
    finished = true
    cleanup()
  }
  return {
    status: opened.status,
    headers: opened.headers.filter(([name]) => name !== 'content-length' && name !== 'transfer-encoding'),
    async next() {
      if (finished) return null
      const batch = await submit((id) => opened.next(id))
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
}

/** A `ReadableStream` fed by `reader`: each batch becomes the values of `toValues(batch)`. */
function streamOf(reader, toValues) {
  return new ReadableStream(
    {
      async pull(controller) {
        try {
          for (;;) {
            const batch = await reader.next()
            if (batch === null) return controller.close()
            let any = false
            for (const value of toValues(batch)) {
              controller.enqueue(value)
              any = true
            }
            if (any) return
          }
        } catch (err) {
          reader.cancel()
          controller.error(err)
        }
      },
      cancel() {
        reader.cancel()
      },
    },
    { highWaterMark: 0 },
  )
}

/** A `Response` over `readable`, with the stream's status and headers. */
function responseOf(reader, readable) {
  return new Response(readable, { status: reader.status, statusText: reader.status === 200 ? 'OK' : '', headers: reader.headers })
}

/** `sse` reply: a Response with `processDataStream({ onChunk })`. */
function sseResponse(reader, where) {
  const readable = streamOf(reader, (batch) => [encoder.encode(batch)])
  const response = responseOf(reader, readable)
  /** Reads the stream to its end, awaiting `onChunk` with each parsed chunk in order. */
  response.processDataStream = async ({ onChunk } = {}) => {
    if (typeof onChunk !== 'function') throw new TypeError('processDataStream: onChunk must be a function')
    // Lock the body so it cannot be read twice, then read the records natively.
    const lock = readable.getReader()
    try {
      for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
        for (const chunk of sseChunks(batch, 'processDataStream')) if (chunk) await onChunk(chunk)
      }
    } catch (err) {
      reader.cancel()
      throw err
    } finally {
      lock.releaseLock()
    }
  }
  return response
}

/** `records` reply: a ReadableStream of the parsed records. */
function recordsStream(reader, where) {
  return streamOf(reader, (batch) => separatedRecords(batch, where))
}

/** `events` reply: a ReadableStream of the parsed `data:` payloads. */
function eventsStream(reader, where) {
  return streamOf(reader, (batch) => sseChunks(batch, where))
}

/** `response` reply: the Response, its body the bytes as received. */
function rawResponse(reader) {
  return responseOf(reader, streamOf(reader, (bytes) => [new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)]))
}

/** Framing and shape of each streaming reply kind. */
const SHAPES = {
  sse: ['sse', sseResponse],
  records: ['records', recordsStream],
  events: ['sse', eventsStream],
  response: ['raw', rawResponse],
  batches: ['sse', (reader) => reader],
}

/** Opens the stream of route `index` and resolves with what its reply kind returns. */
async function openStream(kind, native, index, path, pairs, body, signal, extras, where) {
  if (!(kind in SHAPES)) throw new TypeError(`unknown stream reply kind '${kind}'`)
  const [framing, shape] = SHAPES[kind]
  const reader = await openNative(native, index, path, pairs, body, signal, framing, extras)
  return shape(reader, where)
}

module.exports = { openStream, sseChunks, sseResponse }
