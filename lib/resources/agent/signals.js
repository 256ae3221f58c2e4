'use strict'
// Signals and thread subscriptions: the stream options that sendMessage/queueMessage/sendSignal
// remember per run and per thread (five minutes each), and the thread subscription that uses
// them to continue a run that called a client tool.

const { plainRequestContext, processClientTools } = require('../../values')
const { clientToolModelOutput, resolveClientTools, runClientTool } = require('./client-tools')
const { CORE } = require('../../core')

const RUNTIME_OPTIONS_TTL_MS = 5 * 60 * 1000

/** The stores of the client an agent belongs to: options never cross clients. */
const storesByCore = new WeakMap()
function storesOf(agent) {
  const core = agent[CORE]
  let stores = storesByCore.get(core)
  if (!stores) storesByCore.set(core, (stores = { byRun: expiringStore(), byThread: expiringStore() }))
  return stores
}

/** A store whose entries expire after the TTL. */
function expiringStore() {
  const entries = new Map()
  return {
    get: (key) => entries.get(key)?.value,
    set(key, value) {
      clearTimeout(entries.get(key)?.timer)
      const timer = setTimeout(() => entries.delete(key), RUNTIME_OPTIONS_TTL_MS)
      timer.unref?.()
      entries.set(key, { value, timer })
    },
    delete(key) {
      clearTimeout(entries.get(key)?.timer)
      entries.delete(key)
    },
  }
}

const runtimeOptions = {
  runKey: (agent, runId) => `${agent.agentId}|${runId}`,
  threadKey: (agent, { resourceId, threadId }) => (threadId ? `${agent.agentId}|${resourceId ?? ''}|${threadId}` : undefined),

  /** Remembers stream options for a run, or for the thread's next run. */
  set(agent, { runId, resourceId, threadId, streamOptions }) {
    const threadKey = this.threadKey(agent, { resourceId, threadId })
    if (runId) {
      storesOf(agent).byRun.set(this.runKey(agent, runId), streamOptions)
      if (threadKey) storesOf(agent).byThread.delete(threadKey)
    } else if (threadKey) {
      storesOf(agent).byThread.set(threadKey, streamOptions)
    }
  },
  /** The options of a run, else of the thread's latest signal. */
  get(agent, { runId, resourceId, threadId }) {
    const ofRun = runId ? storesOf(agent).byRun.get(this.runKey(agent, runId)) : undefined
    if (ofRun) return ofRun
    const threadKey = this.threadKey(agent, { resourceId, threadId })
    return threadKey ? storesOf(agent).byThread.get(threadKey) : undefined
  },
  forgetRun(agent, runId) {
    if (runId) storesOf(agent).byRun.delete(this.runKey(agent, runId))
  },
  forget(agent, thread) {
    const threadKey = this.threadKey(agent, thread)
    if (threadKey) storesOf(agent).byThread.delete(threadKey)
  },
}

/** The body of a signal route; `ifIdle.streamOptions` is remembered and made sendable. */
function signalRouteBody(agent, params) {
  const streamOptions = params.ifIdle?.streamOptions
  if (!streamOptions) return { body: params }
  runtimeOptions.set(agent, { resourceId: params.resourceId, threadId: params.threadId, streamOptions })
  const sendable = {
    ...streamOptions,
    requestContext: plainRequestContext(streamOptions.requestContext),
    clientTools: processClientTools(resolveClientTools(streamOptions)),
    clientToolsResolver: undefined,
  }
  return { body: { ...params, ifIdle: { ...params.ifIdle, streamOptions: sendable } }, streamOptions }
}

// ---------------------------------------------------------------------------------------
// Thread subscriptions
// ---------------------------------------------------------------------------------------

/** `reconnect: true | { maxRetries, delayMs }` as limits, or null. */
function reconnectLimits(reconnect) {
  if (reconnect === true) return { maxRetries: Infinity, delayMs: 1000 }
  if (!reconnect) return null
  return { maxRetries: reconnect.maxRetries ?? Infinity, delayMs: reconnect.delayMs ?? 1000 }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Gives the subscription's Response its `abort`, `unsubscribe` and `processDataStream`. */
function threadSubscription(agent, first, open, closer, thread) {
  let unsubscribed = false
  // The client's own abort signal ends the subscription quietly, as unsubscribe() does.
  const isClosed = () => unsubscribed || closer.signal.aborted || Boolean(agent[CORE].signal?.aborted)
  first.abort = async () => (await agent.abortThread(thread)).aborted
  first.unsubscribe = () => {
    if (unsubscribed) return
    unsubscribed = true
    closer.abort()
  }
  const readFirst = first.processDataStream
  const read = (response, onChunk) => (response === first ? readFirst({ onChunk }) : response.processDataStream({ onChunk }))
  first.processDataStream = async ({ onChunk, reconnect } = {}) => {
    if (unsubscribed) return
    if (typeof onChunk !== 'function') throw new TypeError('processDataStream: onChunk must be a function')
    const limits = reconnectLimits(reconnect)
    const continuation = clientToolContinuation(agent, thread, onChunk)
    const failed = Symbol('onChunk failed')
    const guarded = async (chunk) => {
      try {
        await onChunk(chunk)
        await continuation(chunk)
      } catch (cause) {
        throw { [failed]: true, cause }
      }
    }
    let response = first
    let attempts = 0
    try {
      for (;;) {
        try {
          await read(response, guarded)
        } catch (err) {
          if (err && err[failed]) throw err.cause
          if (isClosed()) return
          if (!limits || attempts >= limits.maxRetries) throw err
        }
        if (!limits || isClosed() || attempts >= limits.maxRetries) return
        response = null
        while (response === null && attempts < limits.maxRetries) {
          attempts++
          await sleep(limits.delayMs)
          if (isClosed()) return
          try {
            response = await open()
          } catch (err) {
            if (isClosed()) return
            if (attempts >= limits.maxRetries) throw err
          }
        }
        if (response === null) return
      }
    } finally {
      if (isClosed()) unsubscribed = true
    }
  }
  return first
}

/**
 * The chunk handler that continues a thread's run which stopped for client tools: it
 * collects the run's tool calls, and on its `finish` with reason `tool-calls` runs the
 * client tools of the remembered stream options, emits their results, and sends them back.
 */
function clientToolContinuation(agent, { resourceId, threadId }, onChunk) {
  const pendingByRun = new Map()
  return async (chunk) => {
    if (chunk.type === 'tool-call') {
      const { toolCallId, toolName, args, observability } = chunk.payload ?? {}
      if (!toolCallId || !toolName || !chunk.runId) return
      const list = pendingByRun.get(chunk.runId) ?? []
      list.push({ toolCallId, toolName, args, observability })
      pendingByRun.set(chunk.runId, list)
      return
    }
    if (chunk.type !== 'finish' || !chunk.runId) return
    const runId = chunk.runId
    const pending = pendingByRun.get(runId)
    pendingByRun.delete(runId)
    const options = chunk.payload?.stepResult?.reason === 'tool-calls' && pending?.length ? runtimeOptions.get(agent, { runId, resourceId, threadId }) : undefined
    const tools = options ? resolveClientTools(options) : undefined
    if (!tools) return runtimeOptions.forgetRun(agent, runId)
    const history = chunk.payload?.messages?.nonUser ?? []
    const messages = []
    for (const call of pending) {
      const tool = tools[call.toolName]
      if (!tool || typeof tool.execute !== 'function') continue
      const { result, modelOutput, observability } = await runThreadTool(tool, call, { requestContext: options.requestContext, agentId: agent.agentId, messages: history, threadId, resourceId })
      const traced = observability ? { __mastraObservability: observability } : {}
      await onChunk({ type: 'tool-result', runId, payload: { type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, args: call.args, result, ...traced } })
      messages.push(continuationMessage(call, result, modelOutput, traced))
    }
    if (messages.length === 0) return runtimeOptions.forgetRun(agent, runId)
    const requestContext = plainRequestContext(options.requestContext)
    const streamOptions = {
      ...options,
      requestContext,
      memory: threadId ? { thread: threadId, resource: resourceId } : undefined,
      clientTools: processClientTools(tools),
    }
    runtimeOptions.set(agent, { resourceId, threadId, streamOptions })
    try {
      await agent.sendToolApproval({
        resourceId: resourceId || agent.agentId,
        threadId,
        toolCallId: pending[0].toolCallId,
        approved: true,
        requestContext,
        messages: threadId ? messages : [...history, ...messages],
        streamOptions,
      })
    } catch (err) {
      runtimeOptions.forget(agent, { resourceId, threadId })
      console.error('Error running client-tool continuation:', err)
    } finally {
      runtimeOptions.forgetRun(agent, runId)
    }
  }
}

/** Runs one client tool of a thread's run; a failure becomes `{ error }`. */
async function runThreadTool(tool, call, context) {
  try {
    const { result, observability } = await runClientTool(tool, call.args, { ...context, toolCallId: call.toolCallId }, call.observability, call.toolName)
    const modelOutput = await clientToolModelOutput(tool, result).catch(() => undefined)
    return { result, modelOutput, observability }
  } catch (err) {
    return { result: { error: String(err) }, modelOutput: undefined }
  }
}

/** The assistant message carrying a client tool's call and result back to the server. */
function continuationMessage(call, result, modelOutput, traced) {
  return {
    role: 'assistant',
    content: [
      { type: 'tool-call', toolCallId: call.toolCallId, toolName: call.toolName, input: call.args },
      {
        type: 'tool-result',
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        output: { type: 'json', value: result },
        ...(modelOutput != null ? { providerOptions: { mastra: { modelOutput } } } : {}),
        ...traced,
      },
    ],
  }
}

module.exports = { runtimeOptions, signalRouteBody, threadSubscription }
