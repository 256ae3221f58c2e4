'use strict'
// Client tools in the legacy stream (`streamLegacy`), as client-js's
// `processStreamResponseLegacy` runs them: when a round of the AI SDK data stream finishes
// with a call to a client tool that can execute here, it runs, its result goes into the
// stream as an `a:` line, and a follow-up stream opens with the tool message appended.
// The Response body carries the bytes of every round in order.

const { abortReason } = require('../../errors')
const { processClientTools } = require('../../values')
const { legacyRound, toolCallsOf } = require('./stream-message')
const { dataStreamPart } = require('./data-stream')
const { observabilityOf, resolveClientTools, runClientTool } = require('./client-tools')
const { threadOf } = require('./stream-tools')

const encoder = new TextEncoder()

/** Feeds the whole lines of `text` to a round; resolves the incomplete rest. */
function track(round, text) {
  const lines = text.split('\n')
  const rest = lines.pop()
  for (const line of lines) {
    if (line === '') continue
    try {
      round.add(...dataStreamPart(line))
    } catch {
      round.failed = true
    }
  }
  return rest
}

/**
 * After a legacy round: runs the client tool of its last tool call. Resolves with null when
 * there is no follow-up, else `{ line, body }`: the data stream line of the tool result and
 * the follow-up request's body.
 */
async function afterLegacyRound(round, processed, agentId, signal) {
  if (round.failed || round.finishReason !== 'tool-calls') return null
  const last = [...round.message.parts].reverse().find((part) => part.type === 'tool-invocation')?.toolInvocation
  const call = last && toolCallsOf(round.message).find((c) => c.toolCallId === last.toolCallId)
  const tool = call && processed.clientTools?.[call.toolName]
  if (!tool?.execute) return null
  if (signal?.aborted) throw abortReason(signal)
  const { threadId, resourceId } = threadOf(processed)
  const context = { requestContext: processed.requestContext, agentId, messages: undefined, toolCallId: call.toolCallId, threadId, resourceId }
  const { result, observability } = await runClientTool(tool, call.args, context, observabilityOf(call), call.toolName)
  if (signal?.aborted) throw abortReason(signal)
  const content = { type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, input: call.args, result, ...(observability ? { __mastraObservability: observability } : {}) }
  const toolMessage = { role: 'tool', content: [content] }
  const messages = threadId ? [toolMessage] : [...(Array.isArray(processed.messages) ? processed.messages : []), ...round.messages, toolMessage]
  return {
    line: `a:${JSON.stringify({ toolCallId: call.toolCallId, result })}\n`,
    body: { ...processed, clientTools: processClientTools(resolveClientTools(processed)), messages },
  }
}

/**
 * The legacy stream over every round: `first` is the first round's Response, `open(body)`
 * opens a follow-up and resolves with its Response. Resolves with the Response to return.
 */
function legacyToolStream({ first, processed, agentId, open, signal }) {
  let reader = first.body.getReader()
  let round = legacyRound()
  let decoder = new TextDecoder()
  let pending = ''
  let next = null
  const readable = new ReadableStream(
    {
      async pull(controller) {
        try {
          if (next) {
            const body = next
            next = null
            reader = (await open(body)).body.getReader()
            round = legacyRound()
            decoder = new TextDecoder()
            pending = ''
            processed = body
          }
          const { value, done } = await reader.read()
          if (!done) {
            pending = track(round, pending + decoder.decode(value, { stream: true }))
            return controller.enqueue(value)
          }
          track(round, `${pending}${decoder.decode()}\n`)
          const after = await afterLegacyRound(round, processed, agentId, signal)
          if (!after) return controller.close()
          next = after.body
          controller.enqueue(encoder.encode(after.line))
        } catch (err) {
          controller.error(err)
        }
      },
      cancel(reason) {
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
  return new Response(readable, { status: first.status, statusText: first.statusText, headers: first.headers })
}

module.exports = { legacyToolStream }
