'use strict'
// Stream framing for the fetch transport, by the same rules as the native framer
// (src/core/framing.rs): the bytes are cut into whole records BEFORE any text decoding, so
// a multi-byte UTF-8 character split across network reads is never corrupted, and a record
// can never grow past a bound.
//
// Framings:
// - 'sse': server-sent events; a `[DONE]` payload ends the stream and is left out;
// - 'sse-as-received': the same, `[DONE]` kept in the frames (the body as received);
// - 'events': server-sent events; a `[DONE]` payload is skipped and reading goes on;
// - 'records' (and 'raw', which the transport never frames): records each ended by `\x1E`.
//
// Server-sent events are read by the SSE rules: lines end with LF or CRLF, a blank line ends
// an event, a line starting with `:` is a comment, a field's value follows its name and `:`
// (one space after the colon is dropped), the `data` lines of an event are joined with LF,
// and other fields carry no payload. An event without `data` lines has no payload.
//
// A whole record is decoded as JSON replies are: a sequence that is not UTF-8 becomes U+FFFD
// (one for each maximal bad subpart, as Rust's `String::from_utf8_lossy` gives it), never an
// error. Only whole records are decoded, so a character split across reads stays intact.
//
// Output forms (`payloads` argument): false = whole records as received (an event with its
// blank line, a record with its `\x1E`); true = the payload of each record (an event's joined
// `data` lines) followed by `\x1E`.
//
// Errors: push() and finish() throw a FrameError `{ kind, message, text }` where kind is
// 'too-large' or 'malformed', message is the text of the native framer
// (without the request path) and `text` holds the records completed by that same call
// before the bad one (possibly ''), which the caller hands on before the error. After an
// error the framer is spent: every later push() or finish() throws the same error, with
// `text` ''.

const SEPARATOR = '\x1e'
const RS = 0x1e
const LF = 0x0a
const CR = 0x0d
const COLON = 0x3a
const SPACE = 0x20
const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024
const DONE_BYTES = [0x5b, 0x44, 0x4f, 0x4e, 0x45, 0x5d] // "[DONE]"
const MIN_CAPACITY = 64 * 1024

const FRAMINGS = new Set(['sse', 'sse-as-received', 'events', 'records', 'raw'])

/** Why a stream could not be framed. */
class FrameError extends Error {
  constructor(kind, message, text = '') {
    super(message)
    this.name = 'FrameError'
    this.kind = kind
    this.text = text
  }
}

/** Characters Rust's `{:?}` shows as `\u{…}`: not printable, or grapheme extenders. */
const ESCAPED = /^[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Zs}\p{Grapheme_Extend}]$/u

/** A string as Rust's `{:?}` shows it (quotes, `\"`, `\\`, `\n`, `\u{1e}`, …). */
function rustDebug(text) {
  let out = '"'
  for (const ch of text) {
    const code = ch.codePointAt(0)
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\0') out += '\\0'
    else if (code < 0x20 || (code >= 0x7f && ESCAPED.test(ch))) out += `\\u{${code.toString(16)}}`
    else out += ch
  }
  return `${out}"`
}

/** The first `count` characters (Unicode scalar values) of `text`. */
function firstChars(text, count) {
  let out = ''
  let n = 0
  for (const ch of text) {
    if (n++ === count) break
    out += ch
  }
  return out
}

/** True if every byte of `bytes` is ASCII whitespace as Rust counts it (SP, HT, LF, FF, CR). */
function allAsciiWhitespace(bytes, from, to) {
  for (let i = from; i < to; i++) {
    const b = bytes[i]
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false
  }
  return true
}

/**
 * A framer for `framing` whose records may hold at most `maxRecordBytes` bytes.
 * Returns `{ push(bytes, payloads) → string, finish(payloads) → string, done }`.
 */
function createFramer(framing, maxRecordBytes = DEFAULT_MAX_RECORD_BYTES) {
  if (!FRAMINGS.has(framing)) throw new TypeError(`unknown stream framing '${framing}'`)
  const sse = framing === 'sse' || framing === 'sse-as-received' || framing === 'events'
  const keepDoneFrame = framing === 'sse-as-received'
  const doneEnds = framing !== 'events'
  const max = maxRecordBytes
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

  // Pending bytes are buf[start, end); offsets below are indexes into buf.
  let buf = new Uint8Array(0)
  let start = 0
  let end = 0
  /** Where the search for the next line end (or separator) resumes. */
  let scan = 0
  /** Start of the current SSE line. */
  let lineStart = 0
  let done = false
  let failure = null

  /** Appends `chunk` to the pending bytes, growing or compacting the buffer (amortized O(1) a byte). */
  function append(chunk) {
    const pendingLength = end - start
    const needed = pendingLength + chunk.length
    if (end + chunk.length > buf.length) {
      if (needed <= buf.length >>> 1) {
        buf.copyWithin(0, start, end)
      } else {
        const grown = new Uint8Array(Math.max(needed * 2, MIN_CAPACITY))
        grown.set(buf.subarray(start, end))
        buf = grown
      }
      scan -= start
      lineStart -= start
      start = 0
      end = pendingLength
    }
    buf.set(chunk, end)
    end += chunk.length
  }

  function fail(err, text) {
    failure = err
    err.text = text
    throw err
  }

  function tooLarge() {
    return new FrameError('too-large', `a stream record is larger than ${max} bytes (maxStreamRecordBytes); the stream was closed`)
  }

  /** The text of buf[from, to) (a whole record, or part of one cut at a line end). */
  function text(from, to) {
    return decoder.decode(buf.subarray(from, to))
  }

  /** One `\x1E` record buf[from, to) appended to `out` (empty records are skipped). */
  function emitRecord(from, to, out) {
    if (to === from) return out
    return out + text(from, to) + SEPARATOR
  }

  /**
   * One event buf[from, to) appended to `out` in the chosen form. Returns the new text, and
   * sets `eventEnded` when it is the `[DONE]` that ends the stream.
   */
  let eventEnded = false
  function emitEvent(from, to, payloads, out) {
    eventEnded = false
    // The data lines, as [valueStart, valueEnd] pairs.
    let ranges = null
    let first0 = -1
    let first1 = -1
    let p = from
    while (p < to) {
      let nl = buf.subarray(p, to).indexOf(LF)
      nl = nl === -1 ? to : p + nl
      let lineEnd = nl
      if (lineEnd > p && buf[lineEnd - 1] === CR) lineEnd--
      const length = lineEnd - p
      // The field name is `data` when the line is `data` or starts with `data:`.
      if (length >= 4 && buf[p] === 0x64 && buf[p + 1] === 0x61 && buf[p + 2] === 0x74 && buf[p + 3] === 0x61 &&
        (length === 4 || buf[p + 4] === COLON)) {
        let valueStart = length === 4 ? lineEnd : p + 5
        if (valueStart < lineEnd && buf[valueStart] === SPACE) valueStart++
        if (first0 === -1) {
          first0 = valueStart
          first1 = lineEnd
        } else {
          if (ranges === null) ranges = [first0, first1]
          ranges.push(valueStart, lineEnd)
        }
      }
      p = nl + 1
    }
    const hasData = first0 !== -1
    if (hasData && ranges === null && first1 - first0 === 6 && DONE_BYTES.every((b, i) => buf[first0 + i] === b)) {
      if (!payloads && keepDoneFrame) out += text(from, to)
      eventEnded = doneEnds
      return out
    }
    if (!payloads) return out + text(from, to)
    if (!hasData) return out
    let data
    if (ranges === null) data = text(first0, first1)
    else {
      const parts = []
      for (let i = 0; i < ranges.length; i += 2) parts.push(text(ranges[i], ranges[i + 1]))
      data = parts.join('\n')
    }
    if (data.includes(SEPARATOR)) {
      fail(new FrameError('malformed', `a stream event is not valid JSON: ${rustDebug(firstChars(data, 120))}`), out)
    }
    return out + data + SEPARATOR
  }

  /** Takes out the whole `\x1E` records of the pending bytes. */
  function takeRecords(out) {
    const view = buf.subarray(0, end)
    let recordStart = start
    for (let found = view.indexOf(RS, scan); found !== -1; found = view.indexOf(RS, recordStart)) {
      if (found - recordStart > max) fail(tooLarge(), out)
      out = emitRecord(recordStart, found, out)
      recordStart = found + 1
    }
    start = recordStart
    scan = end
    return out
  }

  /** Takes out the whole events of the pending bytes (each ended by a blank line). */
  function takeEvents(payloads, out) {
    const view = buf.subarray(0, end)
    let eventStart = start
    for (let lf = view.indexOf(LF, scan); lf !== -1; lf = view.indexOf(LF, scan)) {
      const blank = lf === lineStart || (lf === lineStart + 1 && buf[lineStart] === CR)
      lineStart = scan = lf + 1
      if (!blank) continue
      if (lf - eventStart > max) fail(tooLarge(), out)
      out = emitEvent(eventStart, lf + 1, payloads, out)
      eventStart = lf + 1
      if (eventEnded) {
        done = true
        start = end = scan = lineStart = 0
        buf = new Uint8Array(0)
        return out
      }
    }
    start = eventStart
    scan = end
    return out
  }

  return {
    /** Adds `bytes`; returns the records it completes (possibly ''). Ignores input after `[DONE]`. */
    push(bytes, payloads) {
      if (failure) fail(failure, '')
      if (done) return ''
      append(bytes)
      const out = sse ? takeEvents(payloads, '') : takeRecords('')
      if (end - start > max) fail(tooLarge(), out)
      if (start === end) {
        // Nothing pending: start over at the front of the buffer.
        start = end = scan = lineStart = 0
      }
      return out
    },
    /** At the end of the input: a last record without its end, if any. */
    finish(payloads) {
      if (failure) fail(failure, '')
      const from = start
      const to = end
      start = end
      if (done || allAsciiWhitespace(buf, from, to)) return ''
      if (!sse) return emitRecord(from, to, '')
      const out = emitEvent(from, to, payloads, '')
      done = eventEnded
      return out
    },
    /** True once the `[DONE]` that ends the stream was seen. */
    get done() {
      return done
    },
  }
}

module.exports = { createFramer, FrameError, DEFAULT_MAX_RECORD_BYTES }
