'use strict'
// Client tools in agent streams, as client-js's `processStreamResponse` runs them: when a
// round of the stream finishes with tool calls that a client tool can execute, they run here,
// their results go into the stream as `tool-result` (or `tool-error`) chunks, and a follow-up
// stream is opened with the tool results appended to the messages; again and again, until a
// round ends otherwise. One reader yields the records of every round in order, so the Response
// body and `processDataStream` carry them all. Abort (per call or client-wide) and cancelling
// the body stop the loop: no tool runs and no follow-up opens afterwards.

const { batchChunks, batchOf, readerOver } = require('../../stream')
const { abortReason } = require('../../errors')
const { processClientTools } = require('../../values')
const { vNextRound, toolCallsOf } = require('./stream-message')
const { clientToolModelOutput, observabilityOf, resolveClientTools, runClientTool } = require('./client-tools')

/** The route a follow-up goes to, after a round of `route`. */
const followUpRoute = (route) => ({ 'resume-stream': 'stream', 'resume-stream-until-idle': 'stream-until-idle' })[route] ?? route

/** True when some client tool of the call can run here. */
const hasExecutable = (tools) => !!tools && Object.values(tools).some((tool) => Boolean(tool?.execute))

/** Feeds the chunks of a batch (in the reader's `payloads` form) to a round (a record that is not JSON is skipped). */
function track(round, batch, payloads) {
  try {
    for (const chunk of batchChunks(batch, payloads, 'stream')) if (chunk) round.add(chunk)
  } catch {}
}

/** A tool error as it goes into the stream. */
const wireError = (error) => (error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error)

/** Runs one client tool call: its stream chunk and its tool-result message content. */
async function runStreamTool(tool, call, context, runId) {
  const { toolCallId, toolName } = call
  const base = { toolCallId, toolName }
  try {
    const { result, observability } = await runClientTool(tool, call.args, { ...context, toolCallId }, observabilityOf(call), toolName)
    const modelOutput = await clientToolModelOutput(tool, result)
    return {
      chunk: { type: 'tool-result', runId, from: 'AGENT', payload: { ...base, result, isError: false, providerExecuted: false } },
      content: {
        type: 'tool-result',
        ...base,
        input: call.args,
        result,
        ...(modelOutput != null ? { providerOptions: { mastra: { modelOutput } } } : {}),
        ...(observability ? { __mastraObservability: observability } : {}),
      },
    }
  } catch (error) {
    const result = { error: error instanceof Error ? error.message : String(error) }
    return {
      chunk: { type: 'tool-error', runId, from: 'AGENT', payload: { ...base, error: wireError(error), args: call.args, providerExecuted: false } },
      content: { type: 'tool-result', ...base, input: call.args, result },
    }
  }
}

/** The thread and resource of a call, as the tools see them. */
function threadOf(processed) {
  const { resource, thread } = processed.memory ?? {}
  return {
    threadId: processed.threadId ?? (typeof thread === 'string' ? thread : thread?.id),
    resourceId: processed.resourceId ?? resource,
  }
}

/**
 * After a round: runs its client tool calls. Resolves with null when the round has no
 * follow-up, else `{ chunks, body }`: the chunks of the tool results and the body of the
 * follow-up request. Throws the abort reason once `signal` is aborted.
 */
async function afterRound(round, processed, agentId, signal) {
  if (round.failed || round.finishReason !== 'tool-calls') return null
  const tools = processed.clientTools
  const calls = toolCallsOf(round.message).filter((call) => Boolean(tools?.[call.toolName]?.execute))
  if (calls.length === 0) return null
  const { threadId, resourceId } = threadOf(processed)
  const context = { requestContext: processed.requestContext, agentId, messages: undefined, threadId, resourceId }
  const runId = processed.runId ?? round.runId
  const ran = []
  for (const call of calls) {
    if (signal?.aborted) throw abortReason(signal)
    ran.push(await runStreamTool(tools[call.toolName], call, context, runId ?? call.toolCallId))
  }
  if (signal?.aborted) throw abortReason(signal)
  const toolMessage = { role: 'tool', content: ran.map((r) => r.content) }
  const messages = threadId ? [toolMessage] : [...(Array.isArray(processed.messages) ? processed.messages : []), ...round.messages, toolMessage]
  return {
    chunks: ran.map((r) => r.chunk),
    body: { ...processed, messages, clientTools: processClientTools(resolveClientTools(processed)) },
  }
}

/**
 * A reader over the rounds of a stream that may call client tools: `first` is the reader of
 * the first round; `open(body, route)` opens a follow-up and resolves with its reader.
 * `processed` is the call's body before the route drops anything (client tools with `execute`).
 * A reader like every stream's (lib/stream.js `readerOver`).
 */
function toolStreamReader({ first, processed, route, agentId, open, signal }) {
  const nextRoute = followUpRoute(route)
  let reader = first
  let round = vNextRound()
  let follow = null
  const rounds = {
    async next(payloads, isOpen) {
      for (;;) {
        if (follow) {
          const body = follow.body
          follow = null
          reader = await open(body, nextRoute)
          if (!isOpen()) {
            reader.cancel()
            return null
          }
          round = vNextRound()
          processed = body
          continue
        }
        const batch = await reader.next(payloads)
        if (batch !== null) {
          track(round, batch, payloads)
          return batch
        }
        follow = await afterRound(round, processed, agentId, signal)
        if (!isOpen() || !follow) return null
        return batchOf(follow.chunks, payloads)
      }
    },
    cancel() {
      reader.cancel()
    },
  }
  return readerOver(rounds, { status: first.status, headers: first.headers, signal })
}

/** The reader of a stream call: the loop over rounds when a client tool may run here. */
function streamReader(options) {
  return hasExecutable(options.processed.clientTools) ? toolStreamReader(options) : options.first
}

module.exports = { streamReader, hasExecutable, threadOf }
