'use strict'
// Client tools: run in this process with the context an agent gives its tools, and their
// `toModelOutput` as the model should see it.

const { collector } = require('./observability')

/** The observability context a tool call carries, if any. */
const observabilityOf = (call) => call?.payload?.observability ?? call?.observability

/** Client tools of call options: the resolver's answer first. */
const resolveClientTools = (options) => options.clientToolsResolver?.() ?? options.clientTools

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

const NO_OBSERVE = { span: async (_name, fn) => fn(), log() {} }

/**
 * Runs a client tool with the context the agent gives its tools. Resolves with `{ result }`,
 * and `observability` when the call carried an observability context (`parentContext`):
 * what the tool recorded through `observe`, for the server.
 */
async function runClientTool(tool, args, { requestContext, agentId, messages, toolCallId, threadId, resourceId }, parentContext, toolName) {
  const recorder = parentContext ? collector(parentContext) : undefined
  const observe = recorder ? { span: recorder.span, log: recorder.log } : NO_OBSERVE
  const context = {
    requestContext,
    tracingContext: { currentSpan: undefined },
    agent: { agentId, messages, toolCallId, suspend: async () => {}, threadId, resourceId },
    observe,
  }
  const execute = () => tool.execute(args, context)
  const result = recorder ? await recorder.run(execute) : await execute()
  if (!parentContext) return { result }
  const payload = recorder.flush()
  payload.toolName = toolName
  return { result, observability: { parentContext, payload } }
}

module.exports = { clientToolModelOutput, observabilityOf, resolveClientTools, runClientTool }
