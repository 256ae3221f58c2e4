'use strict'
// Errors of the facade: the native core hands failures over as plain objects, and they
// become the errors client-js users already catch.

/** HTTP error thrown by the Mastra client (same shape and message as client-js). */
class MastraClientError extends Error {
  constructor(status, statusText, message, body) {
    super(message)
    this.name = 'MastraClientError'
    /** HTTP status code */
    this.status = status
    /** HTTP status text (e.g. "Not Found") */
    this.statusText = statusText
    /** Parsed response body if it was JSON */
    this.body = body
  }
}

/** The reason an aborted call rejects with: the signal's reason, as fetch does. */
function abortReason(signal) {
  return (signal && signal.reason) ?? new DOMException('This operation was aborted', 'AbortError')
}

/** A non-2xx answer, as client-js reports it. */
function httpError(failure) {
  const text = failure.body ?? ''
  let body
  let message = `HTTP error! status: ${failure.status}`
  try {
    body = JSON.parse(text)
    message += ` - ${JSON.stringify(body)}`
  } catch {
    if (text) message += ` - ${text}`
  }
  return new MastraClientError(failure.status, failure.statusText, message, body)
}

/** Turns a native failure object into the error to throw. */
function toError(failure, signal) {
  switch (failure.kind) {
    case 'http':
      return httpError(failure)
    case 'aborted':
      return abortReason(signal)
    case 'timeout':
      return new DOMException(failure.message, 'TimeoutError')
    case 'too-large':
      return new RangeError(failure.message)
    case 'malformed':
      return new SyntaxError(failure.message)
    default:
      return new TypeError(failure.message)
  }
}

/** Parses a 2xx JSON body; a body that is not JSON is a clear error with an excerpt. */
function parseJson(text, status, where) {
  try {
    return JSON.parse(text)
  } catch {
    const excerpt = text.length > 120 ? `${text.slice(0, 120)}…` : text
    const what = text.trim() === '' ? 'an empty body' : `a body that is not JSON: ${JSON.stringify(excerpt)}`
    throw new MastraClientError(status, status === 200 ? 'OK' : '', `${where} answered ${status} with ${what}`, undefined)
  }
}

/**
 * What a transport's raw result of a JSON call gives the caller: the 200 body (text) or
 * another 2xx body (`kind: 'ok'`) parsed, else the error to throw.
 */
function jsonResult(result, where, signal) {
  if (typeof result === 'string') return parseJson(result, 200, where)
  if (result.kind === 'ok') return parseJson(result.body, result.status, where)
  throw toError(result, signal)
}

module.exports = { MastraClientError, abortReason, toError, parseJson, jsonResult }
