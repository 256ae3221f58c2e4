'use strict'
// What a client tool records when the server passes an observability context with its call
// (a W3C `traceparent`): the spans and logs the tool makes through `observe.span/log`, and
// how long it ran, as OTLP JSON. It goes back to the server with the tool result
// (`__mastraObservability`), as client-js sends it.

const { randomHex } = require('../../values')

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/
const ZERO_TRACE = '0'.repeat(32)
const ZERO_SPAN = '0'.repeat(16)
const SEVERITY = { debug: [5, 'DEBUG'], info: [9, 'INFO'], warn: [13, 'WARN'], error: [17, 'ERROR'], fatal: [21, 'FATAL'] }
const SCOPE = { name: '@mastra/client-js/observability', version: '1' }

const nowNs = () => BigInt(Date.now()) * 1000000n

/** The trace and parent span of a `traceparent` (zeros when it is not a valid one). */
function traceOf(traceparent) {
  const m = TRACEPARENT.exec(traceparent)
  if (!m || m[1] === 'ff' || m[2] === ZERO_TRACE || m[3] === ZERO_SPAN) return [ZERO_TRACE, ZERO_SPAN]
  return [m[2], m[3]]
}

/** Attributes as OTLP key/values (null and undefined left out, objects as JSON text). */
function otlpAttributes(attrs) {
  const out = []
  for (const [key, raw] of Object.entries(attrs)) {
    if (raw == null) continue
    if (typeof raw === 'string') out.push({ key, value: { stringValue: raw } })
    else if (typeof raw === 'boolean') out.push({ key, value: { boolValue: raw } })
    else if (typeof raw === 'number') out.push({ key, value: Number.isInteger(raw) ? { intValue: raw } : { doubleValue: raw } })
    else {
      try {
        out.push({ key, value: { stringValue: JSON.stringify(raw) } })
      } catch {}
    }
  }
  return out
}

/** A collector for one tool run under `parentContext`. */
function collector(parentContext) {
  const [traceId, rootSpanId] = traceOf(parentContext.traceparent)
  const spans = []
  const logs = []
  const stack = []
  let startMs, endMs
  const current = () => stack[stack.length - 1] ?? rootSpanId
  return {
    async run(fn) {
      startMs ??= Date.now()
      stack.push(rootSpanId)
      try {
        return await fn()
      } finally {
        stack.pop()
        endMs = Date.now()
      }
    },
    async span(name, fn, attributes) {
      const span = { spanId: randomHex(8), parentSpanId: current(), name, startTimeNs: nowNs(), attributes: attributes ?? {}, statusCode: 1 }
      stack.push(span.spanId)
      try {
        return await fn()
      } catch (err) {
        span.statusCode = 2
        span.statusMessage = err instanceof Error ? err.message : String(err)
        throw err
      } finally {
        stack.pop()
        spans.push({ ...span, endTimeNs: nowNs() })
      }
    },
    log(level, message, data) {
      logs.push({ spanId: current(), timestampNs: nowNs(), level, message, data })
    },
    flush() {
      const payload = {}
      if (startMs !== undefined && endMs !== undefined) payload.executionDurationMs = endMs - startMs
      if (spans.length) payload.spans = { resourceSpans: [{ scopeSpans: [{ scope: SCOPE, spans: spans.map((s) => otlpSpan(s, traceId)) }] }] }
      if (logs.length) payload.logs = { resourceLogs: [{ scopeLogs: [{ scope: SCOPE, logRecords: logs.map((l) => otlpLog(l, traceId)) }] }] }
      return payload
    },
  }
}

function otlpSpan(s, traceId) {
  return {
    traceId,
    spanId: s.spanId,
    parentSpanId: s.parentSpanId,
    name: s.name,
    startTimeUnixNano: s.startTimeNs.toString(),
    endTimeUnixNano: s.endTimeNs.toString(),
    attributes: otlpAttributes(s.attributes),
    status: { code: s.statusCode, ...(s.statusMessage ? { message: s.statusMessage } : {}) },
    kind: 1,
  }
}

function otlpLog(l, traceId) {
  const time = l.timestampNs.toString()
  const [number, text] = SEVERITY[l.level] ?? []
  return {
    timeUnixNano: time,
    observedTimeUnixNano: time,
    severityNumber: number,
    severityText: text,
    body: { stringValue: l.message },
    traceId,
    spanId: l.spanId,
    attributes: l.data ? otlpAttributes(l.data) : [],
  }
}

module.exports = { collector }
