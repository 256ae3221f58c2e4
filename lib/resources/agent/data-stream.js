'use strict'
// The legacy AI SDK data stream (`streamLegacy`) read into callbacks, and agent stream events
// piped into a caller's stream controller (`processStreamResponse`).

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

module.exports = { dataStreamPart, readDataStream, pipeEvents }
