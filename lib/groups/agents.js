'use strict'
// Agents: call options into request bodies, client tools run here after `generate`, the
// stream route override, the legacy data stream, thread subscriptions, and the stream
// options remembered for signals (so a thread subscription can continue a run that called a
// client tool).

const { abortReason } = require('../errors')
const { plainRequestContext, processClientTools, toJsonSchema } = require('../values')

// ---------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------

/** Client tools of call options: the resolver's answer first. */
const resolveClientTools = (options) => options.clientToolsResolver?.() ?? options.clientTools

/** `structuredOutput` with its schema as JSON Schema (`strict`: as the agent's model wants it). */
function structuredOutputBody(structuredOutput, where, strict = true) {
  const schema = toJsonSchema(structuredOutput.schema, where)
  return { ...structuredOutput, schema: strict && schema === structuredOutput.schema ? strictJsonSchema(schema) : schema }
}

/** Keywords whose value is a subschema, an array of them, or an object of them. */
const SUBSCHEMA = ['additionalItems', 'items', 'contains', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else']
const SUBSCHEMA_LISTS = ['items', 'allOf', 'anyOf', 'oneOf', 'prefixItems']
const SUBSCHEMA_MAPS = ['$defs', 'definitions', 'properties', 'patternProperties', 'dependencies']

/**
 * Plain JSON Schema as a draft-07 document whose objects with properties allow no others
 * (`additionalProperties: false` unless set), as agents read structured output schemas.
 */
function strictJsonSchema(schema) {
  if (schema === null || typeof schema !== 'object') return schema
  const copy = JSON.parse(JSON.stringify(schema))
  if (!copy.$schema) copy.$schema = 'http://json-schema.org/draft-07/schema#'
  closeObjects(copy)
  return copy
}

/** Sets `additionalProperties: false` on every object schema with properties, depth first. */
function closeObjects(node) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return
  for (const key of SUBSCHEMA) if (node[key] && typeof node[key] === 'object' && !Array.isArray(node[key])) closeObjects(node[key])
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(node[key])) node[key].forEach(closeObjects)
  for (const key of SUBSCHEMA_MAPS) if (node[key] && typeof node[key] === 'object') Object.values(node[key]).forEach(closeObjects)
  if (node.type === 'object' && node.properties !== undefined && !node.additionalProperties) node.additionalProperties = false
}

/** Stream calls (`stream`, `streamUntilIdle`) leave a structured output without schema out. */
const STREAMS = new Set(['stream', 'streamUntilIdle'])

/** Routes that take the stream route override of `getAgent(id, version, { stream })`. */
const prepare = {
  /** generate/stream: messages and options into one body. */
  agentCall(ns, route) {
    const options = ns.options ?? {}
    const streams = STREAMS.has(route.method)
    const params = streams ? { messages: ns.messages, ...options } : { ...options, messages: ns.messages }
    const clientTools = resolveClientTools(params)
    const so = params.structuredOutput
    ns.params = params
    ns.clientTools = clientTools
    ns.call = {
      ...params,
      abortSignal: undefined,
      requestContext: plainRequestContext(params.requestContext),
      clientTools: processClientTools(clientTools),
      structuredOutput: (streams ? so?.schema : so) ? structuredOutputBody(so, 'structuredOutput.schema') : undefined,
    }
  },

  /** resumeStream/resumeStreamUntilIdle: the options, `resumeData`; `resumeStream` drops `messages`. */
  agentResumeCall(ns, route) {
    const options = ns.options
    const processed = {
      ...options,
      resumeData: ns.resumeData,
      requestContext: plainRequestContext(options.requestContext),
      clientTools: processClientTools(resolveClientTools(options)),
      structuredOutput: options.structuredOutput ? structuredOutputBody(options.structuredOutput, 'structuredOutput.schema') : undefined,
    }
    const { abortSignal: _signal, ...body } = processed
    if (route.method === 'resumeStream') delete body.messages
    ns.call = body
  },

  /** network: the options, `messages`, a plain request context and a JSON Schema output. */
  agentNetworkCall(ns) {
    const params = ns.params
    ns.call = {
      ...params,
      messages: ns.messages,
      requestContext: plainRequestContext(params.requestContext),
      structuredOutput: params.structuredOutput ? structuredOutputBody(params.structuredOutput, 'structuredOutput.schema', false) : undefined,
    }
  },

  /** Legacy calls: output schemas as JSON Schema, a plain request context, client tools. */
  agentLegacyCall(ns) {
    const params = ns.params
    const { abortSignal: _signal, ...bodyParams } = params
    ns.call = {
      ...bodyParams,
      output: params.output ? toJsonSchema(params.output, 'output') : undefined,
      experimental_output: params.experimental_output ? toJsonSchema(params.experimental_output, 'experimental_output') : undefined,
      requestContext: plainRequestContext(params.requestContext),
      clientTools: processClientTools(resolveClientTools(params)),
    }
  },

  /** `{ ...params, requestContext }` with the request context as a plain object. */
  agentWithContext(ns, route) {
    const params = route.method === 'clone' ? ns.params || {} : ns.params
    const { requestContext, ...rest } = params
    if (route.method === 'approveToolCall' || route.method === 'declineToolCall') delete rest.abortSignal
    ns.body = { ...rest, requestContext: plainRequestContext(requestContext) }
  },

  /** The params, or `{}`. */
  agentBodyOrEmpty(ns) {
    ns.body = ns.params || {}
  },

  /** voice.listen: the audio (and options as JSON) as multipart form data. */
  agentVoiceForm(ns) {
    const form = new FormData()
    form.append('audio', ns.audio)
    if (ns.options) form.append('options', JSON.stringify(ns.options))
    ns.form = form
  },
}

// ---------------------------------------------------------------------------------------
// Client tools after generate
// ---------------------------------------------------------------------------------------

/** A tool's `toModelOutput(result)`, normalised, or undefined. */
async function clientToolModelOutput(tool, result) {
  if (typeof tool.toModelOutput !== 'function' || result == null) return undefined
  const output = await tool.toModelOutput(result)
  return output == null ? undefined : normalizeModelOutput(output)
}

/** Image and file parts of a model output as `media` parts. */
function normalizeModelOutput(output) {
  if (output == null || typeof output !== 'object' || output.type !== 'content' || !Array.isArray(output.value)) return output
  return { ...output, value: output.value.map(mediaPart) }
}

function mediaPart(part) {
  if (part == null || typeof part !== 'object') return part
  if (part.type === 'image-url' && typeof part.url === 'string') {
    return { type: 'media', data: part.url, mediaType: (typeof part.mediaType === 'string' && part.mediaType) || dataUrlType(part.url) }
  }
  if (part.type === 'image-data' && typeof part.data === 'string') return { type: 'media', data: part.data, mediaType: part.mediaType ?? 'image/jpeg' }
  if (part.type === 'file-data' && typeof part.data === 'string') {
    return { type: 'media', data: part.data, mediaType: part.mediaType ?? 'application/octet-stream' }
  }
  return part
}

/** The media type of a `data:` URL (image/jpeg otherwise). */
function dataUrlType(url) {
  if (!url.startsWith('data:')) return 'image/jpeg'
  const ends = [url.indexOf(';'), url.indexOf(',')].filter((i) => i !== -1)
  return url.slice(5, ends.length ? Math.min(...ends) : undefined) || 'image/jpeg'
}

/** Runs a client tool with the context the agent gives its tools. */
function runClientTool(tool, args, { requestContext, agentId, messages, toolCallId, threadId, resourceId }) {
  const observe = { span: async (_name, fn) => fn(), log() {} }
  return tool.execute(args, {
    requestContext,
    tracingContext: { currentSpan: undefined },
    agent: { agentId, messages, toolCallId, suspend: async () => {}, threadId, resourceId },
    observe,
  })
}

const threadIdOf = (memory) => (typeof memory?.thread === 'string' ? memory.thread : memory?.thread?.id)

const finish = {
  /** `generate`: when the model asked for a client tool, run it here and answer the server. */
  async clientTools(reply, ns, agent, signal) {
    if (!reply || reply.finishReason !== 'tool-calls' || !Array.isArray(reply.toolCalls)) return reply
    if (signal?.aborted) throw abortReason(signal)
    const { params, clientTools } = ns
    const memory = params.memory ?? {}
    const threadId = threadIdOf(memory)
    for (const toolCall of reply.toolCalls) {
      const tool = clientTools?.[toolCall.payload.toolName]
      if (!tool || !tool.execute) continue
      const { toolCallId, toolName } = toolCall.payload
      const result = await runClientTool(tool, toolCall.payload.args, {
        requestContext: ns.call.requestContext,
        agentId: agent.agentId,
        messages: reply.messages,
        toolCallId,
        threadId,
        resourceId: memory.resource,
      })
      const modelOutput = await clientToolModelOutput(tool, result)
      const content = { type: 'tool-result', toolCallId, toolName, result, ...(modelOutput != null ? { providerOptions: { mastra: { modelOutput } } } : {}) }
      const newMessages = [...(reply.response?.messages ?? []), { role: 'tool', content: [content] }]
      const messages = threadId ? newMessages : [...(Array.isArray(params.messages) ? params.messages : []), ...newMessages]
      const { messages: _previous, ...rest } = params
      return agent.generate(messages, { ...rest, clientTools: resolveClientTools(params) })
    }
    return reply
  },

  /** `generateLegacy`: the same loop, with the legacy tool call shape. */
  async agentLegacyClientTools(reply, ns, agent, signal) {
    if (!reply || reply.finishReason !== 'tool-calls' || !Array.isArray(reply.toolCalls)) return reply
    if (signal?.aborted) throw abortReason(signal)
    const { call, params } = ns
    for (const toolCall of reply.toolCalls) {
      const tool = call.clientTools?.[toolCall.toolName]
      if (!tool || !tool.execute) continue
      const result = await runClientTool(tool, toolCall.args, {
        requestContext: call.requestContext,
        agentId: agent.agentId,
        messages: reply.messages,
        toolCallId: toolCall.toolCallId,
        threadId: call.threadId,
        resourceId: call.resourceId,
      })
      const content = { type: 'tool-result', toolCallId: toolCall.toolCallId, toolName: toolCall.toolName, result }
      return agent.generateLegacy({ ...params, messages: [...reply.response.messages, { role: 'tool', content: [content] }] })
    }
    return reply
  },
}

// ---------------------------------------------------------------------------------------
// Streams: the route override, `processStreamResponse`, the legacy data stream
// ---------------------------------------------------------------------------------------

/** Sends a prepared agent call to `path` (after the API prefix) instead of the route's. */
function sendTo(kit, agent, path, body, signal, reply) {
  return kit.send(agent, { body: JSON.stringify(body), signal, extras: { method: 'POST', path }, reply, where: `POST ${path}` })
}

/** The AI SDK data stream part types by their line code. */
const DATA_PARTS = {
  0: 'onTextPart',
  2: 'onDataPart',
  3: 'onErrorPart',
  8: 'onMessageAnnotationsPart',
  9: 'onToolCallPart',
  a: 'onToolResultPart',
  b: 'onToolCallStreamingStartPart',
  c: 'onToolCallDeltaPart',
  d: 'onFinishMessagePart',
  e: 'onFinishStepPart',
  f: 'onStartStepPart',
  g: 'onReasoningPart',
  h: 'onSourcePart',
  i: 'onRedactedReasoningPart',
  j: 'onReasoningSignaturePart',
  k: 'onFilePart',
}

/** One line `code:json` of a data stream as [callback name, value]. */
function dataStreamPart(line) {
  const colon = line.indexOf(':')
  if (colon === -1) throw new Error('Failed to parse stream string. No separator found.')
  const code = line.slice(0, colon)
  if (!Object.hasOwn(DATA_PARTS, code)) throw new Error(`Failed to parse stream string. Invalid code ${code}.`)
  return [DATA_PARTS[code], JSON.parse(line.slice(colon + 1))]
}

/** Reads an AI SDK data stream, awaiting the callback of each part in order. */
async function readDataStream(stream, callbacks) {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let pending = ''
  for (;;) {
    const { value, done } = await reader.read()
    pending += done ? decoder.decode() : decoder.decode(value, { stream: true })
    const lines = pending.split('\n')
    pending = done ? '' : lines.pop()
    for (const line of lines) {
      if (line === '') continue
      const [name, part] = dataStreamPart(line)
      await callbacks[name]?.(part)
    }
    if (done) return
  }
}

/** Pipes the events of an agent stream into `controller`, then closes it. */
async function pipeEvents(response, controller) {
  const reader = response.body.getReader()
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) controller.enqueue(r.value)
    controller.close()
  } catch (err) {
    try {
      controller.error(err)
    } catch {}
  }
}

const custom = {
  /** `stream`: to `routeOverrides.stream` when the agent has one. */
  agentOverridableStream: (kit) =>
    async function stream(messages, options) {
      const override = this.routeOverrides?.stream
      if (!override) return kit.plain.call(this, messages, options)
      const ns = { agentId: this.agentId, messages, options }
      prepare.agentCall(ns, kit.route)
      return sendTo(kit, this, override, ns.call, options?.abortSignal, 'sse')
    },

  /** `streamLegacy`: the Response, with `processDataStream(callbacks)` over its data stream. */
  agentStreamLegacy: (kit) =>
    async function streamLegacy(params) {
      const override = this.routeOverrides?.stream
      let response
      if (override) {
        const ns = { agentId: this.agentId, params }
        prepare.agentLegacyCall(ns)
        response = await sendTo(kit, this, override, ns.call, params.abortSignal, 'response')
      } else {
        response = await kit.plain.call(this, params)
      }
      response.processDataStream = async (callbacks = {}) => readDataStream(response.body, callbacks)
      return response
    },

  /** `processStreamResponse`: posts ready options to an agent route; the events go to `controller`. */
  agentProcessStreamResponse: (kit) =>
    async function processStreamResponse(processedParams, controller, route = 'stream', signal) {
      const { abortSignal: _signal, ...body } = processedParams
      if (route === 'resume-stream') delete body.messages
      const override = route === 'stream' ? this.routeOverrides?.stream : undefined
      const path = override ?? `/agents/${agentSegment(this)}/${route}`
      const response = await sendTo(kit, this, path, body, signal, 'sse')
      pipeEvents(response, controller)
      return response
    },

  /** sendMessage/queueMessage/sendSignal: the body, remembering `ifIdle.streamOptions`. */
  agentSignalRoute: (kit) =>
    async function signalRoute(params) {
      const { body, streamOptions } = signalRouteBody(this, params)
      let reply
      try {
        reply = await kit.send(this, { path: [this.agentId], body: JSON.stringify(body) })
      } catch (err) {
        if (streamOptions) runtimeOptions.forget(this, { resourceId: params.resourceId, threadId: params.threadId })
        throw err
      }
      if (streamOptions) runtimeOptions.set(this, { runId: reply?.runId, resourceId: params.resourceId, threadId: params.threadId, streamOptions })
      return reply
    },

  /** subscribeToThread: the thread's event stream, with abort(), unsubscribe() and processDataStream. */
  agentSubscribeToThread: (kit) =>
    async function subscribeToThread(params) {
      const { resourceId, threadId } = params
      const closer = new AbortController()
      const open = () => kit.send(this, { path: [this.agentId], body: JSON.stringify({ resourceId, threadId }), signal: closer.signal, reply: 'sse' })
      const response = await open()
      return threadSubscription(this, response, open, closer, { resourceId, threadId })
    },
}

/** The agent id as a path segment ('.' and '..' refused). */
function agentSegment(agent) {
  const id = String(agent.agentId)
  if (id === '.' || id === '..') throw new TypeError(`Agent: agentId cannot be ${JSON.stringify(id)}: a path value of '.' or '..' would change the request path`)
  return encodeURIComponent(id)
}

// ---------------------------------------------------------------------------------------
// Stream options remembered for signals, per run and per thread (five minutes each)
// ---------------------------------------------------------------------------------------

const RUNTIME_OPTIONS_TTL_MS = 5 * 60 * 1000
const clientIds = new WeakMap()

/** The native core an agent's client shares with its resources. */
function coreOf(agent) {
  const symbol = Object.getOwnPropertySymbols(agent).find((s) => s.description === 'mastra.client.core')
  return symbol ? agent[symbol] : agent
}

/** An id of the client an agent belongs to, so keys never mix servers. */
function clientIdOf(agent) {
  const core = coreOf(agent)
  if (!clientIds.has(core)) clientIds.set(core, clientIds.size + 1 + Math.random())
  return clientIds.get(core)
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
  byRun: expiringStore(),
  byThread: expiringStore(),
  runKey: (agent, runId) => `${clientIdOf(agent)}|${agent.agentId}|${runId}`,
  threadKey: (agent, { resourceId, threadId }) => (threadId ? `${clientIdOf(agent)}|${agent.agentId}|${resourceId ?? ''}|${threadId}` : undefined),

  /** Remembers stream options for a run, or for the thread's next run. */
  set(agent, { runId, resourceId, threadId, streamOptions }) {
    const threadKey = this.threadKey(agent, { resourceId, threadId })
    if (runId) {
      this.byRun.set(this.runKey(agent, runId), streamOptions)
      if (threadKey) this.byThread.delete(threadKey)
    } else if (threadKey) {
      this.byThread.set(threadKey, streamOptions)
    }
  },
  /** The options of a run, else of the thread's latest signal. */
  get(agent, { runId, resourceId, threadId }) {
    const ofRun = runId ? this.byRun.get(this.runKey(agent, runId)) : undefined
    if (ofRun) return ofRun
    const threadKey = this.threadKey(agent, { resourceId, threadId })
    return threadKey ? this.byThread.get(threadKey) : undefined
  },
  forgetRun(agent, runId) {
    if (runId) this.byRun.delete(this.runKey(agent, runId))
  },
  forget(agent, thread) {
    const threadKey = this.threadKey(agent, thread)
    if (threadKey) this.byThread.delete(threadKey)
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
  const isClosed = () => unsubscribed || closer.signal.aborted || Boolean(coreOf(agent).signal?.aborted)
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
      const { result, modelOutput } = await runThreadTool(tool, call, { requestContext: options.requestContext, agentId: agent.agentId, messages: history, threadId, resourceId })
      await onChunk({ type: 'tool-result', runId, payload: { type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, args: call.args, result } })
      messages.push(continuationMessage(call, result, modelOutput))
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
    const result = await runClientTool(tool, call.args, { ...context, toolCallId: call.toolCallId })
    const modelOutput = await clientToolModelOutput(tool, result).catch(() => undefined)
    return { result, modelOutput }
  } catch (err) {
    return { result: { error: String(err) }, modelOutput: undefined }
  }
}

/** The assistant message carrying a client tool's call and result back to the server. */
function continuationMessage(call, result, modelOutput) {
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
      },
    ],
  }
}

module.exports = { prepare, finish, custom }
