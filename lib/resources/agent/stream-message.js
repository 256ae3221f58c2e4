'use strict'
// The assistant message of one agent stream round, built from its chunks as client-js's
// `processChatResponse_vNext` builds it: the follow-up request after a client tool carries
// these messages (when there is no thread), and the tool calls to run are read from it.

const { randomUUID } = require('../../values')
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
 * A round's message state, built by the operations below (each returns whether the message
 * changed, i.e. whether client-js records a revision). `messages` is the list of message
 * revisions (one per message id). Use `vNextRound()` or `legacyRound()` to feed it.
 */
function roundMessage() {
  const message = { id: randomUUID(), createdAt: new Date(), role: 'assistant', content: '', parts: [] }
  const partial = {}
  const state = { messages: [], finishReason: 'unknown', failed: false, runId: undefined, message }
  let step = 0
  let text, reasoning, reasoningDetail, annotations

  state.update = () => {
    if (annotations?.length) message.annotations = annotations
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

  state.op = {
    part: (part) => message.parts.push(part),
    stepStart(messageId) {
      message.id = messageId
      message.parts.push({ type: 'step-start' })
    },
    text(delta) {
      if (text == null) message.parts.push((text = { type: 'text', text: delta }))
      else text.text += delta
      message.content += delta
    },
    reasoning(delta) {
      if (reasoningDetail == null) {
        reasoningDetail = { type: 'text', text: delta }
        if (reasoning != null) reasoning.details.push(reasoningDetail)
      } else reasoningDetail.text += delta
      if (reasoning == null) message.parts.push((reasoning = { type: 'reasoning', reasoning: delta, details: [reasoningDetail] }))
      else reasoning.reasoning += delta
      message.reasoning = (message.reasoning ?? '') + delta
    },
    reasoningSignature(signature) {
      if (reasoningDetail != null) reasoningDetail.signature = signature
    },
    redactedReasoning(data) {
      if (reasoning == null) message.parts.push((reasoning = { type: 'reasoning', reasoning: '', details: [] }))
      reasoning.details.push({ type: 'redacted', data })
      reasoningDetail = undefined
    },
    toolCall(value) {
      const p = partial[value.toolCallId]
      const streamed = p?.text ? parseArgs(p.text) : undefined
      const call = streamed === undefined ? value : { ...value, args: streamed }
      const invocation = { state: 'call', step, ...call }
      if (p != null) message.toolInvocations[p.index] = invocation
      else invocations().push(invocation)
      setPart(value.toolCallId, invocation, value.providerMetadata)
    },
    toolStart(value, args, observability) {
      partial[value.toolCallId] = { text: '', step, toolName: value.toolName, index: invocations().length, observability }
      const invocation = { state: 'partial-call', step, toolCallId: value.toolCallId, toolName: value.toolName, args, ...(observability ? { observability } : {}) }
      message.toolInvocations.push(invocation)
      setPart(value.toolCallId, invocation)
    },
    toolDelta(value) {
      const p = partial[value.toolCallId]
      p.text += value.argsTextDelta
      const invocation = {
        state: 'partial-call',
        step: p.step,
        toolCallId: value.toolCallId,
        toolName: p.toolName,
        args: parseArgs(p.text),
        ...(p.observability ? { observability: p.observability } : {}),
      }
      message.toolInvocations[p.index] = invocation
      setPart(value.toolCallId, invocation)
    },
    toolResult(value) {
      const list = message.toolInvocations
      if (list == null) throw new Error('tool_result must be preceded by a tool_call')
      const at = list.findIndex((i) => i.toolCallId === value.toolCallId)
      if (at === -1) throw new Error('tool_result must be preceded by a tool_call with the same toolCallId')
      list[at] = { ...list[at], state: 'result', ...value }
      setPart(value.toolCallId, list[at], value.providerMetadata)
    },
    annotations(list) {
      if (annotations == null) annotations = [...list]
      else annotations.push(...list)
    },
    stepFinish(isContinued) {
      step += 1
      text = isContinued ? text : undefined
      reasoning = reasoningDetail = undefined
    },
  }
  return state
}

/** Runs `fn` on a round; a failure ends the round's tracking (no follow-up, as in client-js). */
function guarded(state, fn, update = true) {
  if (state.failed) return
  try {
    fn(state.op)
    if (update) state.update()
  } catch {
    state.failed = true
  }
}

/** A round fed with agent stream chunks: `add(chunk)` (client-js `processChatResponse_vNext`). */
function vNextRound() {
  const state = roundMessage()
  const on = {
    tripwire: (op, c) => op.part({ type: 'text', text: c.payload.reason }),
    'step-start': (op, c) => op.stepStart(c.payload.messageId),
    'text-delta': (op, c) => op.text(c.payload.text),
    'reasoning-delta': (op, c) => op.reasoning(c.payload.text),
    file: (op, c) => op.part({ type: 'file', mimeType: c.payload.mimeType, data: c.payload.data }),
    source: (op, c) => op.part({ type: 'source', source: c.payload.source }),
    'tool-call': (op, c) => op.toolCall(c.payload),
    'tool-call-input-streaming-start': (op, c) => op.toolStart(c.payload, c.payload.args, observabilityOf(c)),
    'tool-call-delta': (op, c) => op.toolDelta(c.payload),
    'tool-result': (op, c) => op.toolResult(c.payload),
    error: () => {
      throw new Error('error chunk')
    },
    data: () => {},
    'step-finish': (op, c) => op.stepFinish(c.payload?.stepResult?.isContinued),
  }
  state.add = (chunk) => {
    if (state.failed) return
    if (state.runId === undefined && typeof chunk.runId === 'string') state.runId = chunk.runId
    if (chunk.type === 'finish') state.finishReason = chunk.payload?.stepResult?.reason ?? state.finishReason
    const handle = on[chunk.type]
    if (handle) guarded(state, (op) => handle(op, chunk))
  }
  return state
}

/** A round fed with legacy data stream parts: `add(name, value)` (client-js `processChatResponse`). */
function legacyRound() {
  const state = roundMessage()
  const on = {
    onTextPart: (op, v) => op.text(v),
    onReasoningPart: (op, v) => op.reasoning(v),
    onReasoningSignaturePart: [(op, v) => op.reasoningSignature(v.signature), false],
    onRedactedReasoningPart: (op, v) => op.redactedReasoning(v.data),
    onFilePart: (op, v) => op.part({ type: 'file', mimeType: v.mimeType, data: v.data }),
    onSourcePart: (op, v) => op.part({ type: 'source', source: v }),
    onToolCallStreamingStartPart: (op, v) => op.toolStart(v, undefined, observabilityOf(v)),
    onToolCallDeltaPart: (op, v) => op.toolDelta(v),
    onToolCallPart: (op, v) => op.toolCall(v),
    onToolResultPart: (op, v) => op.toolResult(v),
    onDataPart: () => {},
    onMessageAnnotationsPart: (op, v) => op.annotations(v),
    onFinishStepPart: [(op, v) => op.stepFinish(v.isContinued), false],
    onStartStepPart: (op, v) => op.stepStart(v.messageId),
    onErrorPart: (op, v) => {
      throw new Error(v)
    },
  }
  state.add = (name, value) => {
    if (name === 'onFinishMessagePart') {
      if (!state.failed) state.finishReason = value.finishReason
      return
    }
    const entry = on[name]
    if (!entry) return
    const [handle, update] = Array.isArray(entry) ? entry : [entry, true]
    guarded(state, (op) => handle(op, value), update)
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

module.exports = { vNextRound, legacyRound, toolCallsOf }
