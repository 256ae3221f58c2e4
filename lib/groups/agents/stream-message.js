'use strict'
// The assistant message of one agent stream round, built from its chunks as client-js's
// `processChatResponse_vNext` builds it: the follow-up request after a client tool carries
// these messages (when there is no thread), and the tool calls to run are read from it.

const { randomUUID } = require('node:crypto')
const { observabilityOf } = require('./client-tools')

/** Streamed tool arguments: the JSON so far, or undefined while it does not parse. */
function parseArgs(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * A round's message state. `add(chunk)` takes each parsed chunk in order; `messages` is the
 * list of message revisions (one per message id), `finishReason` the finish chunk's reason.
 * A chunk client-js would fail on (an `error` chunk, a result without its call) ends the
 * tracking: `failed` is then true and the round has no follow-up.
 */
function roundMessage() {
  const message = { id: randomUUID(), createdAt: new Date(), role: 'assistant', content: '', parts: [] }
  const partial = {}
  const state = { messages: [], finishReason: 'unknown', failed: false, runId: undefined, message }
  let step = 0
  let text, reasoning, reasoningDetail

  const update = () => {
    const revision = { ...structuredClone(message), revisionId: randomUUID() }
    const at = state.messages.findIndex((m) => m.id === revision.id)
    if (at !== -1) state.messages[at] = revision
    else state.messages.push(revision)
  }
  const setPart = (toolCallId, invocation, providerMetadata) => {
    const part = message.parts.find((p) => p.type === 'tool-invocation' && p.toolInvocation.toolCallId === toolCallId)
    if (part) {
      part.toolInvocation = invocation
      if (providerMetadata !== undefined) part.providerMetadata = { ...(part.providerMetadata ?? {}), ...providerMetadata }
      return
    }
    const added = { type: 'tool-invocation', toolInvocation: invocation }
    if (providerMetadata !== undefined) added.providerMetadata = providerMetadata
    message.parts.push(added)
  }
  const invocations = () => (message.toolInvocations ??= [])

  const on = {
    tripwire: (c) => message.parts.push({ type: 'text', text: c.payload.reason }),
    'step-start': (c) => {
      message.id = c.payload.messageId
      message.parts.push({ type: 'step-start' })
    },
    'text-delta': (c) => {
      if (text == null) message.parts.push((text = { type: 'text', text: c.payload.text }))
      else text.text += c.payload.text
      message.content += c.payload.text
    },
    'reasoning-delta': (c) => {
      if (reasoningDetail == null) {
        reasoningDetail = { type: 'text', text: c.payload.text }
        if (reasoning != null) reasoning.details.push(reasoningDetail)
      } else reasoningDetail.text += c.payload.text
      if (reasoning == null) message.parts.push((reasoning = { type: 'reasoning', reasoning: c.payload.text, details: [reasoningDetail] }))
      else reasoning.reasoning += c.payload.text
      message.reasoning = (message.reasoning ?? '') + c.payload.text
    },
    file: (c) => message.parts.push({ type: 'file', mimeType: c.payload.mimeType, data: c.payload.data }),
    source: (c) => message.parts.push({ type: 'source', source: c.payload.source }),
    'tool-call': (c) => {
      const p = partial[c.payload.toolCallId]
      const streamed = p?.text ? parseArgs(p.text) : undefined
      const call = streamed === undefined ? c.payload : { ...c.payload, args: streamed }
      const invocation = { state: 'call', step, ...call }
      if (p != null) message.toolInvocations[p.index] = invocation
      else invocations().push(invocation)
      setPart(c.payload.toolCallId, invocation, c.payload.providerMetadata)
    },
    'tool-call-input-streaming-start': (c) => {
      const observability = observabilityOf(c)
      partial[c.payload.toolCallId] = { text: '', step, toolName: c.payload.toolName, index: invocations().length, observability }
      const invocation = { state: 'partial-call', step, toolCallId: c.payload.toolCallId, toolName: c.payload.toolName, args: c.payload.args, ...(observability ? { observability } : {}) }
      message.toolInvocations.push(invocation)
      setPart(c.payload.toolCallId, invocation)
    },
    'tool-call-delta': (c) => {
      const p = partial[c.payload.toolCallId]
      p.text += c.payload.argsTextDelta
      const invocation = {
        state: 'partial-call',
        step: p.step,
        toolCallId: c.payload.toolCallId,
        toolName: p.toolName,
        args: parseArgs(p.text),
        ...(p.observability ? { observability: p.observability } : {}),
      }
      message.toolInvocations[p.index] = invocation
      setPart(c.payload.toolCallId, invocation)
    },
    'tool-result': (c) => {
      const list = message.toolInvocations
      if (list == null) throw new Error('tool_result must be preceded by a tool_call')
      const at = list.findIndex((i) => i.toolCallId === c.payload.toolCallId)
      if (at === -1) throw new Error('tool_result must be preceded by a tool_call with the same toolCallId')
      list[at] = { ...list[at], state: 'result', ...c.payload }
      setPart(c.payload.toolCallId, list[at], c.payload.providerMetadata)
    },
    error: () => {
      throw new Error('error chunk')
    },
    data: () => {},
    'step-finish': (c) => {
      step += 1
      text = c.payload?.stepResult?.isContinued ? text : undefined
      reasoning = reasoningDetail = undefined
    },
  }

  state.add = (chunk) => {
    if (state.failed) return
    if (state.runId === undefined && typeof chunk.runId === 'string') state.runId = chunk.runId
    if (chunk.type === 'finish') {
      state.finishReason = chunk.payload?.stepResult?.reason ?? state.finishReason
      return
    }
    const handle = on[chunk.type]
    if (!handle) return
    try {
      handle(chunk)
      update()
    } catch {
      state.failed = true
    }
  }
  return state
}

/**
 * The tool calls of a finished round, by id, as client-js gathers them: each invocation part
 * merged over its `toolInvocations` entry, then the entries themselves.
 */
function toolCallsOf(message) {
  const byId = new Map()
  for (const part of message.parts) {
    if (part.type !== 'tool-invocation' || !part.toolInvocation?.toolCallId) continue
    const id = part.toolInvocation.toolCallId
    const meta = message.toolInvocations?.find((i) => i.toolCallId === id)
    byId.set(id, { ...meta, ...part.toolInvocation, ...(!observabilityOf(part.toolInvocation) && meta ? { observability: observabilityOf(meta) } : {}) })
  }
  for (const invocation of message.toolInvocations ?? []) {
    if (invocation.toolCallId) byId.set(invocation.toolCallId, { ...byId.get(invocation.toolCallId), ...invocation })
  }
  return [...byId.values()]
}

module.exports = { roundMessage, toolCallsOf }
