// Wire cases of `client.responses` and the ResponsesStream it makes. Format: see the top of
// ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json, sse } from '../support/wire-cases.mjs'

const responses = (c) => c.responses
const response = {
  id: 'resp_1',
  object: 'response',
  status: 'completed',
  model: 'mock/echo-model',
  output: [
    { id: 'msg_1', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'echo: ' }, { type: 'refusal', refusal: 'x' }, { type: 'output_text', text: 'hé 😀' }] },
    { id: 'fc_1', type: 'function_call', name: 'add', arguments: '{}' },
    { id: 'msg_2', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: '!' }] },
  ],
}
const events = [
  { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
  { type: 'response.in_progress', response: { ...response, status: 'in_progress', output: [] } },
  { type: 'response.output_item.added', item: { id: 'msg_1', type: 'message', role: 'assistant' } },
  { type: 'response.output_item.added', item: { id: 'fc_1', type: 'function_call' } },
  { type: 'response.output_text.delta', delta: 'hé' },
  { type: 'response.output_item.done', item: { id: 'msg_1', type: 'message', content: [{ type: 'output_text', text: 'hé' }] } },
  { type: 'response.completed', response },
  { type: 'custom', output: [{ type: 'message', content: [{ text: 'x' }] }] },
]
/** The events of a ResponsesStream, read with `for await`. */
const drain = async (stream) => {
  const out = []
  for await (const event of stream) out.push(event)
  return out
}
const streamAnswer = (body) => ({ status: 200, headers: { 'content-type': 'text/event-stream' }, body })
const params = { model: 'echo-agent', input: 'hé', instructions: 'Be brief', store: true }
const notFound = json({ error: 'response not found' }, 404)

export default [
  { method: 'Responses.request', target: responses, args: [[`/v1/responses/r`]] },
  {
    method: 'Responses.create',
    target: responses,
    args: [[params], [{ ...params, requestContext: RC }], [{ ...params, conversation_id: 'c', previous_response_id: 'p', requestContext: rcMap() }], [{ ...params, stream: false }], [{ input: [{ role: 'user', content: 'x' }] }]],
    answer: json(response),
  },
  { method: 'Responses.create', target: responses, label: 'an answer without output rejects', args: [[params]], answer: json({ id: 'r', object: 'response' }) },
  { method: 'Responses.create', target: responses, label: 'params are required', args: [[]] },
  { method: 'Responses.create', target: responses, label: '400 answer', args: [[params]], answer: json({ error: 'bad model' }, 400) },
  { method: 'Responses.create', target: responses, label: 'stream: true', args: [[{ ...params, stream: true }], [{ ...params, stream: true, requestContext: RC }]], answer: sse(events), consume: drain },
  { method: 'Responses.create', target: responses, label: 'stream: true, 404 answer', args: [[{ ...params, stream: true }]], answer: notFound, consume: drain },
  { method: 'Responses.stream', target: responses, args: [[params], [{ ...params, stream: false, requestContext: rcMap() }]], answer: sse(events), consume: drain },
  ...[
    ['CRLF line breaks', events.slice(0, 2).map((e) => `data: ${JSON.stringify(e)}\r\n\r\n`).join('')],
    ['named events and comments', `: ping\n\nevent: response.created\ndata: ${JSON.stringify(events[0])}\n\n`],
    ['a last event without a separator', `data: ${JSON.stringify(events[4])}\n\ndata: ${JSON.stringify(events[6])}`],
    ['an event that is not JSON rejects', `data: ${JSON.stringify(events[4])}\n\ndata: {nope\n\n`],
    ['an empty body', ''],
  ].map(([label, body]) => ({ method: 'Responses.stream', target: responses, label, args: [[params]], answer: streamAnswer(body), consume: drain })),
  {
    method: 'ResponsesStream.asResponse',
    target: (c) => c.responses.stream(params),
    targetAnswer: sse(events.slice(0, 2)),
    consume: async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text() }),
  },
  { method: 'Responses.retrieve', target: responses, args: [['resp_1'], ['resp 1', RC], ['resp_1', rcMap()]], answer: json(response) },
  { method: 'Responses.retrieve', target: responses, label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'Responses.delete', target: responses, args: [['resp_1'], ['resp_1', RC], ['r&1', rcMap()]], answer: json({ id: 'resp_1', object: 'response.deleted', deleted: true }) },
  { method: 'Responses.delete', target: responses, label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'Responses.retrieve',
    differs: 'a missing path value is a TypeError naming it, not the text "undefined" in the path',
    target: responses,
    args: [[undefined]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0]?.path, '/api/v1/responses/undefined', 'client-js sends "undefined" (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /responseId is required/)
    },
  },
]
