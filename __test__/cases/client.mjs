// Wire cases of `request(path, options)`, the method every class has (client-js's
// BaseResource.request): verbs, JSON and FormData bodies, headers, per-call retries,
// `stream: true`, and errors. Format: see the top of ../support/wire-cases.mjs.

import { json } from '../support/wire-cases.mjs'

/** Reads a Response's body as text (both sides return a fetch-like Response). */
const bodyText = async (response) => ({ status: response.status, text: await response.text() })

const form = () => {
  const fd = new FormData()
  fd.append('audio', new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'audio/wav' }), 'a.wav')
  fd.append('options', JSON.stringify({ language: 'fr' }))
  return [`/custom/upload`, { method: 'POST', body: fd }]
}

const requestCases = [
  [[`/custom`], [`/custom?x=1&y=é`], [`/custom`, { method: 'POST', body: { a: 1, nested: { b: null } } }]],
  [[`/custom`, { method: 'PUT', body: { a: 'é' }, headers: { 'x-call': 'one' } }], [`/custom`, { method: 'DELETE' }]],
  [[`/custom`, { method: 'PATCH', body: [1, 2] }], [`/custom`, { method: 'DELETE', body: { ids: ['a'] } }]],
]

export default [
  {
    method: 'MastraClient.request',
    args: [...requestCases.flat(), form],
    answer: { status: 200, body: { ok: 'é' } },
  },
  { method: 'MastraClient.request', label: 'custom header wins over client header', options: { headers: { 'x-call': 'client' } }, args: [[`/custom`, { headers: { 'x-call': 'call' } }]] },
  { method: 'MastraClient.request', label: 'stream: true gives the Response', args: [[`/custom/audio`, { stream: true }]], answer: { status: 200, headers: { 'content-type': 'audio/mpeg' }, body: Buffer.from([0, 1, 2, 200, 255]) }, consume: async (r) => ({ status: r.status, bytes: [...new Uint8Array(await r.arrayBuffer())] }) },
  { method: 'MastraClient.request', label: '404 rejects', args: [[`/custom`]], answer: json({ error: 'nope' }, 404) },
  { method: 'MastraClient.request', label: 'retries: 1 on a 500', args: [[`/custom`, { retries: 1 }]], answers: [json({ e: 1 }, 500)], answer: { status: 200, body: { ok: true } }, options: { backoffMs: 1 } },
  { method: 'MastraClient.request', label: 'bad retries', args: [[`/custom`, { retries: -1 }]] },
  { method: 'Agent.request', target: (c) => c.getAgent('a'), args: [[`/agents/a/custom`, { method: 'POST', body: { x: 1 } }]] },
  { method: 'Workflow.request', target: (c) => c.getWorkflow('w'), args: [[`/workflows/w/custom`]] },
  { method: 'Run.request', target: (c) => c.getWorkflow('w').createRun({ runId: 'r1' }), args: [[`/custom`]] },
  { method: 'Tool.request', target: (c) => c.getTool('t'), args: [[`/custom`, { stream: true }]], consume: bodyText },
  { method: 'MemoryThread.request', target: (c) => c.getMemoryThread({ threadId: 't', agentId: 'a' }), args: [[`/custom`]] },
  { method: 'Vector.request', target: (c) => c.getVector('v'), args: [[`/custom`]] },
]
