// Wire cases of the vectors group beyond the first methods (those are in core.mjs): the
// server's vector stores and embedders. Format: see the top of ../support/wire-cases.mjs.

import { json } from '../support/wire-cases.mjs'

export default [
  {
    method: 'MastraClient.listVectors',
    answer: json({ vectors: [{ id: 'default', name: 'default', type: 'LibSQLVector', description: 'é' }] }),
  },
  { method: 'MastraClient.listVectors', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.listEmbedders',
    answer: json({ embedders: [{ id: 'openai/text-embedding-3-small', provider: 'openai', name: 'small', description: 'd', dimensions: 1536, maxInputTokens: 8191 }] }),
  },
  { method: 'MastraClient.listEmbedders', label: '404 text answer', answer: { status: 404, body: 'Not Found' } },
]
