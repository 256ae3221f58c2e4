'use strict'
// Responses: `output_text` on every response, and streamed responses read as events.

const { splitRequestContext } = require('../values')

/** The text of a response's message outputs, joined. */
function outputText(output) {
  return output
    .flatMap((item) => (item.type === 'message' ? item.content : []))
    .map((part) => (typeof part?.text === 'string' ? part.text : ''))
    .filter(Boolean)
    .join('')
}

/** A response with its `output_text`. */
const withOutputText = (response) => ({ ...response, output_text: outputText(response.output) })

/** A stream event with its response (or output item) completed as a whole response is. */
function hydrateEvent(event) {
  if (typeof event !== 'object' || event === null) return event
  const type = event.type
  if ('response' in event && (type === 'response.created' || type === 'response.in_progress' || type === 'response.completed')) {
    return { ...event, response: withOutputText(event.response) }
  }
  if ('output' in event) return withOutputText(event)
  if ('item' in event && (type === 'response.output_item.added' || type === 'response.output_item.done')) {
    return { ...event, item: event.item.type === 'message' ? { ...event.item, content: event.item.content ?? [] } : event.item }
  }
  return event
}

/** One server-sent event block: its event, or null (comment, empty, `[DONE]`). */
function parseBlock(block) {
  const text = block.replace(/\r\n/g, '\n').trim()
  if (!text) return null
  const lines = text.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim())
  if (!lines.length) return null
  const data = lines.join('\n')
  if (data === '[DONE]') return null
  return hydrateEvent(JSON.parse(data))
}

/** A streamed response: iterate it for its events; `asResponse()` gives the raw Response. */
class ResponsesStream {
  constructor(response) {
    this.response = response
  }
  /** The streaming Response itself. */
  asResponse() {
    return this.response
  }
  async *[Symbol.asyncIterator]() {
    if (!this.response.body) return
    const reader = this.response.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    let completed = false
    try {
      for (;;) {
        const { done, value } = await reader.read()
        buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done })
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const event = parseBlock(buffer.slice(0, end))
          buffer = buffer.slice(end + 2)
          if (event) yield event
        }
        if (done) break
      }
      const last = parseBlock(buffer)
      completed = true
      if (last) yield last
    } finally {
      if (!completed) await reader.cancel()
      reader.releaseLock()
    }
  }
}

const prepare = {
  /** `create(params)`: `requestContext` goes on the query, the rest is the body. */
  responsesParams: splitRequestContext,
}

const finish = {
  /** A response with its `output_text`. */
  responsesOutputText: (response) => withOutputText(response),
  /** A streamed response as a ResponsesStream. */
  responsesStreamOf: (response) => new ResponsesStream(response),
}

const custom = {
  /** `stream(params)`: `create` with `stream: true`. */
  responsesStream: () =>
    function stream(params) {
      return this.create({ ...params, stream: true })
    },
}

module.exports = { prepare, finish, custom, ResponsesStream }
