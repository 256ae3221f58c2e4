'use strict'
// Streams. The transport opens the response and frames it (server-sent events by the SSE
// rules, `\x1E` records, or raw bytes; the native core in Rust, the fetch transport in
// lib/transport/framer.js, by the same rules): a UTF-8 character split across network reads
// is never corrupted, and a record longer than `maxStreamRecordBytes` is an error, not a
// growing buffer. A read hands over a batch of whole records, either as received (a
// Response body) or as their payloads each followed by `\x1E` (an event's `data`). Each
// reply kind of the route table has its shape here:
// - `sse`: a `Response` (body: the events as received, without `[DONE]`) with
//   `processDataStream({ onChunk })` and async iteration over the parsed chunks;
// - `sseAsReceived`: the same, its body exactly as received, `[DONE]` included (methods
//   whose response client-js hands on as it is);
// - `records`: a `ReadableStream` of the parsed records, as client-js's workflow streams;
// - `events`: a `ReadableStream` of the parsed `data:` payloads of server-sent events;
// - `response`: the `Response` itself, its body the bytes as received;
// - `batches`: the reader itself, for callers that build an `sse` Response over several
//   streams (`sseResponse`, agent streams that go on after client tools).

const { abortReason } = require('./errors')

const encoder = new TextEncoder()
const PAYLOADS = true
const FRAMES = false

/** Parses one stream payload; a payload that is not JSON is a clear error. */
function parsePayload(text, where, what = 'record') {
  try {
    return JSON.parse(text)
  } catch {
    const excerpt = text.length > 120 ? `${text.slice(0, 120)}…` : text
    throw new SyntaxError(`${where}: a stream ${what} is not valid JSON: ${JSON.stringify(excerpt)}`)
  }
}

/** The parsed payloads of a batch (each payload followed by `\x1E`). */
function* parsedPayloads(batch, where, what) {
  let start = 0
  for (let end = batch.indexOf('\x1e'); end !== -1; end = batch.indexOf('\x1e', start)) {
    yield parsePayload(batch.slice(start, end), where, what)
    start = end + 1
  }
}

/** The payload of one SSE event as received (its `data:` lines joined), or undefined. */
function frameData(frame) {
  let data
  for (const line of frame.split(/\r?\n/)) {
    if (!line.startsWith('data:')) continue
    const value = line[5] === ' ' ? line.slice(6) : line.slice(5)
    data = data === undefined ? value : `${data}\n${value}`
  }
  return data
}

/**
 * The parsed chunks of an SSE batch in either form a reader gives: payloads (each followed
 * by `\x1E`), or whole events as received (the Response body's form; `[DONE]` ends it).
 */
function* batchChunks(batch, payloads, where) {
  if (payloads) return yield* parsedPayloads(batch, where, 'event')
  for (const frame of batch.split(/\r?\n\r?\n/)) {
    const data = frameData(frame)
    if (data === '[DONE]') return
    if (data !== undefined) yield parsePayload(data, where, 'event')
  }
}

/** Chunks made here (client tool results) as an SSE batch in the form `payloads` says. */
function batchOf(chunks, payloads) {
  return chunks.map((chunk) => (payloads ? `${JSON.stringify(chunk)}\x1e` : `data: ${JSON.stringify(chunk)}\n\n`)).join('')
}

// The signal holds a stream's reader weakly: a stream dropped unread (on a client whose
// `abortSignal` lives on) is collected, which closes its connection, and then its listener is
// taken off the signal.
const untieOnCollect = new FinalizationRegistry(({ signal, listener }) => signal.removeEventListener('abort', listener))

/**
 * Runs `owner.fireAbort()` when `signal` aborts, reaching `owner` through a WeakRef only, and
 * takes the listener off the signal once `owner` is collected; returns the function that
 * unties it at once (at the stream's end).
 */
function tieWeakly(signal, owner) {
  if (!signal) return () => {}
  const ref = new WeakRef(owner)
  let listener = () => {
    listener = null
    const target = ref.deref()
    if (!target) return
    untieOnCollect.unregister(target)
    target.fireAbort()
  }
  signal.addEventListener('abort', listener, { once: true })
  untieOnCollect.register(owner, { signal, listener }, owner)
  return () => {
    if (listener === null) return
    signal.removeEventListener('abort', listener)
    const target = ref.deref()
    if (target) untieOnCollect.unregister(target)
    listener = null
  }
}

/**
 * A stream reader over `source`, the shape every stream shape reads: `next(payloads)` gives
 * the next batch (text, or bytes for raw streams) or null at the end; `cancel()` closes the
 * stream; `throwIfAborted()` throws the abort reason once the signal fired; `onAbort(hook)`
 * runs a hook on abort while the stream is open. `source.next(payloads, isOpen)` gives its
 * batches (`isOpen()` is false once the reader ended or was cancelled); `source.cancel()`
 * closes it. The reader ends at the first null or error, and the signal holds it weakly.
 */
function readerOver(source, { status, headers, signal }) {
  let finished = false
  let abortHook = null
  let untie = null
  const isOpen = () => !finished
  const done = () => {
    finished = true
    untie()
  }
  const reader = {
    status,
    headers,
    signal,
    async next(payloads) {
      if (finished) return null
      try {
        const batch = await source.next(payloads, isOpen)
        if (batch === null) done()
        return batch
      } catch (err) {
        done()
        throw err
      }
    },
    cancel() {
      done()
      source.cancel()
    },
    throwIfAborted() {
      if (signal?.aborted) throw abortReason(signal)
    },
    onAbort(hook) {
      abortHook = hook
    },
    fireAbort() {
      abortHook?.()
    },
  }
  untie = tieWeakly(signal, reader)
  return reader
}

/**
 * Opens a stream on `transport` and resolves with its reader (see `readerOver`). Rejects like
 * any call (MastraClientError for an error status, the abort reason on abort).
 */
async function openReader(transport, request, framing, signal) {
  const opened = await transport.open(request, framing, signal)
  const headers = opened.headers.filter(([name]) => name !== 'content-length' && name !== 'transfer-encoding')
  return readerOver(opened, { status: opened.status, headers, signal })
}

/**
 * A `ReadableStream` fed by `reader`: each batch becomes the values of `toValues(batch)`.
 * A bad value is an error after the values before it; an abort errors the stream at once,
 * dropping values not read yet.
 */
function streamOf(reader, payloads, toValues) {
  let failure = null
  /** Enqueues the values of a batch; true if there was any. */
  const enqueueAll = (controller, values) => {
    let any = false
    try {
      for (const value of values) {
        controller.enqueue(value)
        any = true
      }
    } catch (err) {
      if (!any) throw err
      failure = err
    }
    return any
  }
  return new ReadableStream(
    {
      start(controller) {
        reader.onAbort(() => controller.error(abortReason(reader.signal)))
      },
      async pull(controller) {
        try {
          if (failure) throw failure
          for (;;) {
            reader.throwIfAborted()
            const batch = await reader.next(payloads)
            if (batch === null) return controller.close()
            if (enqueueAll(controller, toValues(batch))) return
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

/**
 * The parsed chunks of an SSE stream, as `processDataStream` hands them to `onChunk`
 * (a chunk that is not truthy is skipped, as in client-js). Stopping early or an error
 * closes the connection.
 */
async function* sseChunks(reader, where) {
  let ended = false
  try {
    for (let batch = await reader.next(PAYLOADS); batch !== null; batch = await reader.next(PAYLOADS)) {
      for (const chunk of parsedPayloads(batch, where, 'event')) {
        reader.throwIfAborted()
        if (chunk) yield chunk
      }
    }
    ended = true
  } finally {
    if (!ended) reader.cancel()
  }
}

/** `sse` reply: a Response with `processDataStream({ onChunk })`, iterable over its chunks. */
function sseResponse(reader, where) {
  const readable = streamOf(reader, FRAMES, (batch) => [encoder.encode(batch)])
  const response = responseOf(reader, readable)
  const label = `${where} processDataStream`
  /** Reads the stream to its end, awaiting `onChunk` with each parsed chunk in order. */
  response.processDataStream = async ({ onChunk } = {}) => {
    if (typeof onChunk !== 'function') throw new TypeError('processDataStream: onChunk must be a function')
    // Lock the body so it cannot be read twice, then read the payloads natively.
    const lock = readable.getReader()
    try {
      for await (const chunk of sseChunks(reader, label)) await onChunk(chunk)
    } finally {
      lock.releaseLock()
    }
  }
  /** `for await (const chunk of response)`: the chunks `processDataStream` gives (extension). */
  response[Symbol.asyncIterator] = async function* () {
    const lock = readable.getReader()
    try {
      yield* sseChunks(reader, `${where} iteration`)
    } finally {
      lock.releaseLock()
    }
  }
  return response
}

/** `records` reply: a ReadableStream of the parsed records. */
function recordsStream(reader, where) {
  return streamOf(reader, PAYLOADS, (batch) => parsedPayloads(batch, where, 'record'))
}

/** `events` reply: a ReadableStream of the parsed `data:` payloads. */
function eventsStream(reader, where) {
  return streamOf(reader, PAYLOADS, (batch) => parsedPayloads(batch, where, 'event'))
}

/** `response` reply: the Response, its body the bytes as received. */
function rawResponse(reader) {
  return responseOf(reader, streamOf(reader, FRAMES, (bytes) => [new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)]))
}

/** Framing and shape of each streaming reply kind. */
const SHAPES = {
  sse: ['sse', sseResponse],
  records: ['records', recordsStream],
  events: ['events', eventsStream],
  response: ['raw', rawResponse],
  batches: ['sse', (reader) => reader],
  sseAsReceived: ['sse-as-received', sseResponse],
}

/** Opens the stream of `request` and resolves with what its reply kind returns. */
async function openStream(kind, transport, request, signal, where) {
  if (!(kind in SHAPES)) throw new TypeError(`unknown stream reply kind '${kind}'`)
  const [framing, shape] = SHAPES[kind]
  const reader = await openReader(transport, request, framing, signal)
  return shape(reader, where)
}

module.exports = { openStream, sseResponse, batchChunks, batchOf, readerOver }
