'use strict'
// Hooks named by the route table: the few steps client-js takes that are more than
// placing arguments (agent call options, client tools, reply shapes).

const { abortReason } = require('./errors')

/** Option key under which createMastraClient passes its token to the native core. */
const BEARER = Symbol('mastra.client.bearer')

/** A request context as a plain object: `RequestContext`-like maps become objects. */
function plainRequestContext(value) {
  if (!value) return undefined
  if (typeof value.entries === 'function' && Object.getPrototypeOf(value) !== Object.prototype) {
    return Object.fromEntries(value.entries())
  }
  return value
}

/** Client headers (record, `Headers` or pairs) as a record of strings; undefined values are left out. */
function plainHeaders(headers) {
  if (headers === undefined || headers === null) return undefined
  if (typeof headers !== 'object') throw new TypeError('MastraClient: options.headers must be an object of header values')
  const entries =
    typeof headers.entries === 'function' && !Array.isArray(headers) && Object.getPrototypeOf(headers) !== Object.prototype
      ? [...headers.entries()]
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers)
  const out = {}
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (typeof value === 'object' || typeof value === 'function') {
      throw new TypeError(`MastraClient: header '${name}' must be a string`)
    }
    out[name] = String(value)
  }
  return out
}

/**
 * A schema as JSON Schema. Plain JSON Schema passes through; a schema object that can
 * describe itself (Standard JSON Schema, `toJSONSchema()`) is asked to. Anything else
 * (e.g. a zod 3 schema) is a clear error instead of a garbled body.
 */
function toJsonSchema(schema, where) {
  if (schema === undefined || schema === null || typeof schema !== 'object') return schema
  const standard = schema['~standard']
  if (standard && standard.jsonSchema && typeof standard.jsonSchema.input === 'function') {
    return standard.jsonSchema.input({ target: 'draft-07' })
  }
  if (typeof schema.toJSONSchema === 'function') return schema.toJSONSchema()
  if (standard || schema._def || typeof schema.parse === 'function') {
    throw new TypeError(
      `${where}: this schema cannot describe itself as JSON Schema; pass JSON Schema (or a schema with toJSONSchema())`,
    )
  }
  return schema
}

/** Client tools with their schemas as JSON Schema (client-js `processClientTools`). */
function processClientTools(tools) {
  if (!tools) return undefined
  const out = {}
  for (const [id, tool] of Object.entries(tools)) {
    const copy = { ...tool }
    for (const key of ['parameters', 'inputSchema', 'outputSchema']) {
      if (tool[key] !== undefined) copy[key] = toJsonSchema(tool[key], `clientTools.${id}.${key}`)
    }
    out[id] = copy
  }
  return out
}

const prepare = {
  /** Agent generate/stream: messages and options into one body, as client-js sends it. */
  agentCall(ns, route) {
    const options = ns.options ?? {}
    const params = route.method === 'stream' ? { messages: ns.messages, ...options } : { ...options, messages: ns.messages }
    const clientTools = params.clientToolsResolver?.() ?? params.clientTools
    ns.params = params
    ns.clientTools = clientTools
    ns.call = {
      ...params,
      abortSignal: undefined,
      requestContext: plainRequestContext(params.requestContext),
      clientTools: processClientTools(clientTools),
      structuredOutput: params.structuredOutput
        ? { ...params.structuredOutput, schema: toJsonSchema(params.structuredOutput.schema, 'structuredOutput.schema') }
        : undefined,
    }
  },
}

const finish = {
  /** `listMemoryThreads`: older servers answer a bare array; make it a page. */
  threadsPage(reply, ns) {
    if (reply && !Array.isArray(reply) && 'threads' in reply) return reply
    const params = ns.params ?? {}
    return { threads: reply, total: reply.length, page: params.page ?? 0, perPage: params.perPage ?? 100, hasMore: false }
  },

  /** Workflow results: a serialized error becomes an `Error` again. */
  workflowResult(reply) {
    if (reply && reply.status === 'failed' && reply.error) {
      const raw = reply.error
      if (!(raw instanceof Error)) {
        const error = new Error(typeof raw === 'string' ? raw : (raw.message ?? 'Unknown workflow error'))
        if (raw && typeof raw === 'object') {
          for (const [k, v] of Object.entries(raw)) if (k !== 'message' && k !== 'stack') error[k] = v
        }
        reply.error = error
      }
    }
    return reply
  },

  /** `generate`: when the model asked for a client tool, run it here and answer the server. */
  async clientTools(reply, ns, agent, signal) {
    if (!reply || reply.finishReason !== 'tool-calls' || !Array.isArray(reply.toolCalls)) return reply
    if (signal?.aborted) throw abortReason(signal)
    const { params, clientTools } = ns
    const memory = params.memory ?? {}
    const threadId = typeof memory.thread === 'string' ? memory.thread : memory.thread?.id
    for (const toolCall of reply.toolCalls) {
      const tool = clientTools?.[toolCall.payload.toolName]
      if (!tool || typeof tool.execute !== 'function') continue
      const result = await tool.execute(toolCall.payload.args, {
        requestContext: ns.call.requestContext,
        tracingContext: { currentSpan: undefined },
        agent: {
          agentId: agent.agentId,
          messages: reply.messages,
          toolCallId: toolCall.payload.toolCallId,
          suspend: async () => {},
          threadId,
          resourceId: memory.resource,
        },
      })
      const toolMessage = {
        role: 'tool',
        content: [{ type: 'tool-result', toolCallId: toolCall.payload.toolCallId, toolName: toolCall.payload.toolName, result }],
      }
      const newMessages = [...(reply.response?.messages ?? []), toolMessage]
      const messages = threadId ? newMessages : [...(Array.isArray(params.messages) ? params.messages : []), ...newMessages]
      const { messages: _previous, ...rest } = params
      return agent.generate(messages, { ...rest, clientTools: params.clientToolsResolver?.() ?? params.clientTools })
    }
    return reply
  },
}

module.exports = { BEARER, plainRequestContext, plainHeaders, prepare, finish }
