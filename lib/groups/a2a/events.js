'use strict'
// A2A event streams: events separated by blank lines (or \x1E), each `data:` lines or bare
// JSON; a JSON-RPC `result` is unwrapped, an `error` ends the stream with an error.

const { MastraClientError } = require('../../errors')

/** The next event block of `buffer` and the rest (no block while no separator came). */
function splitNextEvent(buffer) {
  const text = buffer.replace(/\x1E/g, '\n\n')
  const match = text.match(/\r?\n\r?\n/)
  if (!match) return { rest: text }
  return { block: text.slice(0, match.index), rest: text.slice(match.index + match[0].length) }
}

/** One event block: `{ done }`, `{ event }` (a JSON-RPC `result` unwrapped) or `{}`. */
function parseEventBlock(block) {
  const trimmed = block.trim()
  if (!trimmed) return {}
  const data = trimmed.split(/\r?\n/).filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trimStart())
  const payload = data.length > 0 ? data.join('\n') : trimmed
  if (!payload || payload === '[DONE]') return { done: true }
  let parsed
  try {
    parsed = JSON.parse(payload)
  } catch (error) {
    throw new Error(`Failed to parse A2A stream event: ${error instanceof Error ? error.message : 'unknown parse error'}`)
  }
  if (parsed && typeof parsed === 'object' && 'error' in parsed && parsed.error) {
    throw new MastraClientError(200, 'OK', `A2A stream error - ${JSON.stringify(parsed.error)}`, parsed.error)
  }
  if (parsed && typeof parsed === 'object' && 'result' in parsed) return { event: parsed.result }
  return { event: parsed }
}

/**
 * The events of an A2A stream body, in order, until its end or `[DONE]`. A consumer that
 * stops early (or an error) closes the connection.
 */
async function* a2aEvents(body) {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let ended = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true })
      for (;;) {
        const { block, rest } = splitNextEvent(buffer)
        buffer = rest
        if (!block) break
        const parsed = parseEventBlock(block)
        if (parsed.done) return void (ended = done)
        if (parsed.event) yield parsed.event
      }
      if (done) break
    }
    ended = true
    if (buffer.trim()) {
      const parsed = parseEventBlock(buffer)
      if (!parsed.done && parsed.event) yield parsed.event
    }
  } finally {
    if (!ended) await reader.cancel().catch(() => {})
    reader.releaseLock()
  }
}

module.exports = { a2aEvents }
