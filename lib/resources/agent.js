'use strict'
// Agent: call options into request bodies, client tools run here after `generate` and in
// streams (the loop of follow-up streams), the stream route override, the legacy data stream,
// thread subscriptions, and the stream options remembered for signals (so a thread
// subscription can continue a run that called a client tool).

const { abortReason } = require('../errors')
const { pathSegment } = require('../encode')
const { plainRequestContext, processClientTools, toJsonSchema } = require('../values')
const { structuredOutputBody } = require('./agent/schema')
const { clientToolModelOutput, observabilityOf, resolveClientTools, runClientTool } = require('./agent/client-tools')
const { readDataStream, pipeEvents } = require('./agent/data-stream')
const { runtimeOptions, signalRouteBody, threadSubscription } = require('./agent/signals')

// ---------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------

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
    ns.processed = ns.call
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
    ns.processed = processed
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
    ns.processed = ns.body
  },

  /** The params, or `{}`. */
  agentBodyOrEmpty(ns) {
    ns.body = ns.params || {}
  },
}

// ---------------------------------------------------------------------------------------
// Client tools after generate
// ---------------------------------------------------------------------------------------

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
      const context = { requestContext: ns.call.requestContext, agentId: agent.agentId, messages: reply.messages, toolCallId, threadId, resourceId: memory.resource }
      const { result, observability } = await runClientTool(tool, toolCall.payload.args, context, observabilityOf(toolCall), toolName)
      const modelOutput = await clientToolModelOutput(tool, result)
      const content = { type: 'tool-result', toolCallId, toolName, result, ...(modelOutput != null ? { providerOptions: { mastra: { modelOutput } } } : {}) }
      if (observability) content.__mastraObservability = observability
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
      const context = { requestContext: call.requestContext, agentId: agent.agentId, messages: reply.messages, toolCallId: toolCall.toolCallId, threadId: call.threadId, resourceId: call.resourceId }
      const { result, observability } = await runClientTool(tool, toolCall.args, context, observabilityOf(toolCall), toolCall.toolName)
      const content = { type: 'tool-result', toolCallId: toolCall.toolCallId, toolName: toolCall.toolName, result, ...(observability ? { __mastraObservability: observability } : {}) }
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

/**
 * The agent streams that may run client tools: their arguments, and their round route, the
 * name client-js's `processStreamResponse(params, controller, route)` gives it (the last
 * segment of the route's path).
 */
const TOOL_STREAMS = {
  stream: { args: ['messages', 'options'], round: 'stream' },
  streamUntilIdle: { args: ['messages', 'options'], round: 'stream-until-idle' },
  resumeStream: { args: ['resumeData', 'options'], round: 'resume-stream' },
  resumeStreamUntilIdle: { args: ['resumeData', 'options'], round: 'resume-stream-until-idle' },
  approveToolCall: { args: ['params'], round: 'approve-tool-call' },
  declineToolCall: { args: ['params'], round: 'decline-tool-call' },
}

/** Opens one round of an agent stream at `route` ('stream', 'resume-stream', ...): its reader. */
function openRound(kit, agent, body, route, signal) {
  const override = route === 'stream' ? agent.routeOverrides?.stream : undefined
  const path = override ?? `/agents/${agentSegment(agent)}/${route}`
  return sendTo(kit, agent, path, body, signal, 'batches')
}

/**
 * An agent stream as client-js's `processStreamResponse` makes it: `processed` (the call's
 * options, client tools with `execute`) posted to `route`, and the follow-ups after client tools.
 */
async function toolStream(kit, agent, processed, route, signal) {
  const { abortSignal: _signal, ...body } = processed
  const first = { ...body }
  if (route === 'resume-stream') delete first.messages
  const open = (next, nextRoute) => openRound(kit, agent, next, nextRoute, signal)
  const reader = await open(first, route)
  // Loaded with the first stream, as lib/stream.js is.
  const { sseResponse } = require('../stream')
  const { streamReader } = require('./agent/stream-tools')
  const where = `${kit.route.verb} ${kit.route.path}`
  return sseResponse(streamReader({ first: reader, processed: body, route, agentId: agent.agentId, open, signal: kit.signal(agent, signal) }), where)
}

const custom = {
  /** The agent streams: client tools run here, each round's chunks in one Response. */
  agentToolStream: (kit) => {
    const { args: names, round: route } = TOOL_STREAMS[kit.route.method]
    const build = prepare[kit.route.prepare]
    return async function toolStreamCall(...args) {
      const ns = { agentId: this.agentId }
      names.forEach((name, i) => (ns[name] = args[i]))
      build(ns, kit.route)
      return toolStream(kit, this, ns.processed, route, (ns.options ?? ns.params)?.abortSignal)
    }
  },

  /** `streamLegacy`: the Response (every round, after client tools), with `processDataStream(callbacks)`. */
  agentStreamLegacy: (kit) =>
    async function streamLegacy(params) {
      const ns = { agentId: this.agentId, params }
      prepare.agentLegacyCall(ns)
      const path = this.routeOverrides?.stream ?? `/agents/${agentSegment(this)}/stream-legacy`
      const open = (body) => sendTo(kit, this, path, body, params.abortSignal, 'response')
      let response = await open(ns.call)
      const { hasExecutable } = require('./agent/stream-tools')
      if (hasExecutable(ns.call.clientTools)) {
        const { legacyToolStream } = require('./agent/legacy-stream')
        response = legacyToolStream({ first: response, processed: ns.call, agentId: this.agentId, open, signal: kit.signal(this, params.abortSignal) })
      }
      response.processDataStream = async (callbacks = {}) => readDataStream(response.body, callbacks)
      return response
    },

  /** `processStreamResponse`: posts ready options to an agent route; the events go to `controller`. */
  agentProcessStreamResponse: (kit) =>
    async function processStreamResponse(processedParams, controller, route = 'stream', signal) {
      const response = await toolStream(kit, this, processedParams, route, signal)
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
      const open = () => kit.send(this, { path: [this.agentId], body: JSON.stringify({ resourceId, threadId }), signal: closer.signal, reply: 'sseAsReceived' })
      const response = await open()
      return threadSubscription(this, response, open, closer, { resourceId, threadId })
    },
}

/** The agent id as a path segment (encoded; '.' and '..' refused, as for every path value). */
const agentSegment = (agent) => pathSegment(agent.agentId, 'agentId', 'Agent')

module.exports = { prepare, finish, custom, TOOL_STREAMS }
