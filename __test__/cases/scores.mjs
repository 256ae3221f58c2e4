// Wire cases of the scores group: the server's scorers and the scores they recorded.
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const scorer = { scorer: { config: { id: 's1', name: 'Sçorer' } }, agentIds: ['a'], workflowIds: [], isRegistered: true }
const page = { scores: [{ id: 'x', scorerId: 's1', score: 1 }], pagination: { total: 1, page: 0, perPage: 10, hasMore: false } }

export default [
  { method: 'MastraClient.listScorers', args: [[], [RC], [rcMap()], [{}], ['']], answer: json({ s1: scorer }) },
  { method: 'MastraClient.getScorer', args: [['s1'], ['s é/1']], answer: json(scorer) },
  { method: 'MastraClient.getScorer', label: '404 answer', args: [['nope']], answer: json({ error: 'Scorer not found' }, 404) },
  {
    method: 'MastraClient.listScoresByScorerId',
    args: [
      [{ scorerId: 's1' }],
      [{ scorerId: 's 1', entityId: 'a', entityType: 'AGENT', page: 0, perPage: 10 }],
      [{ scorerId: 's1', entityId: '', entityType: '', page: 2 }],
      [{ scorerId: 's1', entityId: 0, page: null, perPage: null }],
      [],
    ],
    answer: json(page),
  },
  {
    method: 'MastraClient.listScoresByScorerId',
    differs: 'a missing scorer id is a TypeError before sending, not a request for the scorer "undefined"',
    args: [[{ page: 1 }]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0].path, '/api/scores/scorer/undefined', 'premise')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /scorerId is required/)
    },
  },
  { method: 'MastraClient.listScoresByRunId', args: [[{ runId: 'r1' }], [{ runId: 'r/1', page: 1, perPage: 0 }], [{ runId: 'r', page: null, perPage: null }], []], answer: json(page) },
  { method: 'MastraClient.listScoresByRunId', label: '500 answer', args: [[{ runId: 'r1' }]], answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.listScoresByEntityId',
    args: [[{ entityId: 'a', entityType: 'AGENT' }], [{ entityId: 'w é', entityType: 'WORKFLOW', page: 3, perPage: 20 }], [{ entityId: 'a', entityType: 'AGENT', page: null }], [null]],
    answer: json(page),
  },
  {
    method: 'MastraClient.saveScore',
    args: [[{ score: { scorerId: 's1', entityId: 'a', entityType: 'AGENT', runId: 'r1', score: 0.5, input: [{ a: 'é' }], output: {}, source: 'LIVE' } }]],
    answer: json({ score: { id: 'x', scorerId: 's1', score: 0.5 } }),
  },
  { method: 'MastraClient.saveScore', label: '400 answer', args: [[{ score: {} }]], answer: json({ error: 'invalid score' }, 400) },
]
