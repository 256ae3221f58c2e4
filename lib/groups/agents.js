'use strict'
// Agents: call options into one body, and client tools run here after `generate`.

const { abortReason } = require('../errors')
const { plainRequestContext, processClientTools, toJsonSchema } = require('../values')

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

module.exports = { prepare, finish }
