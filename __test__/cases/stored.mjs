// Wire cases of the stored records: agents, prompt blocks, scorers, MCP clients, skills and
// workspaces kept in the server's storage, with their versions and favorites.
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const notFound = json({ error: 'not found' }, 404)
const orderBy = { field: 'createdAt', direction: 'DESC' }
const record = { id: 'r-1', name: 'Rëcord', status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const version = { id: 'v-1', versionNumber: 2, changedFields: ['name'], createdAt: '2026-01-02T00:00:00.000Z' }

/** Each stored class: how to reach one, its path segment, and what it has beyond details/update/delete. */
const KINDS = [
  { cls: 'StoredAgent', get: 'getStoredAgent', segment: 'agents', status: true, versions: true, favorites: true },
  { cls: 'StoredPromptBlock', get: 'getStoredPromptBlock', segment: 'prompt-blocks', status: true, versions: true },
  { cls: 'StoredScorer', get: 'getStoredScorer', segment: 'scorers', status: true, versions: true },
  { cls: 'StoredMCPClient', get: 'getStoredMCPClient', segment: 'mcp-clients' },
  { cls: 'StoredSkill', get: 'getStoredSkill', segment: 'skills', favorites: true },
]

/** `(client, id?)`: the class's resource for `id`. */
const reach = (kind, id = 'rec 1') => (c) => c[kind.get](id)

function recordCases(kind) {
  const target = reach(kind)
  const cases = [
    { method: `MastraClient.${kind.get}`, kind: 'maker', args: [['rec-1'], ['rec 1'], ['ré/c']] },
    { method: `${kind.cls}.request`, target, args: [[`/stored/${kind.segment}/x/custom`], [`/custom`, { method: 'POST', body: { a: 1 } }]] },
    {
      method: `${kind.cls}.details`,
      target,
      args: kind.status
        ? [[], [RC], [rcMap()], [undefined, { status: 'published' }], [RC, { status: 'draft' }], [undefined, {}], [{}, { status: '' }]]
        : [[], [RC], [rcMap()], [{}]],
      answer: json(record),
    },
    { method: `${kind.cls}.details`, target, label: '404 answer', answer: notFound },
    { method: `${kind.cls}.details`, target: reach(kind, 'a/b'), label: "an id holding '/' is one segment (encoded)", answer: json(record) },
    {
      method: `${kind.cls}.update`,
      target,
      args: [[{ name: 'Nëw', metadata: { a: [1, null] } }], [{ name: 'x' }, RC], [{}, rcMap()], [undefined], [null], [{ name: 'x' }, {}]],
      answer: json(record),
    },
    { method: `${kind.cls}.update`, target, label: '400 answer', args: [[{ name: '' }]], answer: json({ error: 'invalid name' }, 400) },
    { method: `${kind.cls}.delete`, target, args: [[], [RC], [rcMap()]], answer: json({ success: true, message: 'deleted' }) },
    { method: `${kind.cls}.delete`, target, label: '500 answer', answer: json({ error: 'boom' }, 500) },
  ]
  if (kind.favorites) {
    for (const method of ['favorite', 'unfavorite']) {
      cases.push({ method: `${kind.cls}.${method}`, target, args: [[], [RC], [rcMap()]], answer: json({ favorited: method === 'favorite', favoriteCount: 3 }) })
      cases.push({ method: `${kind.cls}.${method}`, target, label: '403 answer', answer: json({ error: 'feature disabled' }, 403) })
    }
  }
  if (kind.versions) cases.push(...versionCases(kind, target))
  return cases
}

function versionCases(kind, target) {
  return [
    {
      method: `${kind.cls}.listVersions`,
      target,
      args: [
        [],
        [{ page: 0, perPage: 5 }],
        [{ page: 2, perPage: 10, orderBy: { field: 'versionNumber', direction: 'ASC' } }, RC],
        [{ orderBy: { direction: 'DESC' } }],
        [{ orderBy: {} }, rcMap()],
        [undefined, RC],
        [{ page: 1, perPage: 0 }, {}],
      ],
      answer: json({ versions: [version], total: 1, page: 0, perPage: 5, hasMore: false }),
    },
    {
      method: `${kind.cls}.createVersion`,
      target,
      args: [[], [{ changeMessage: 'fïrst' }], [{ changeMessage: 'x' }, RC], [undefined, rcMap()], [null], [{}]],
      answer: json(version),
    },
    { method: `${kind.cls}.createVersion`, target, label: '409 answer', answer: json({ error: 'no changes' }, 409) },
    ...['getVersion', 'activateVersion', 'restoreVersion', 'deleteVersion'].flatMap((method) => [
      {
        method: `${kind.cls}.${method}`,
        target,
        args: [['v-1'], ['v 1', RC], ['v-1', rcMap()], ['ü/v']],
        answer: json(method === 'activateVersion' ? { success: true, message: 'ok', activeVersionId: 'v-1' } : version),
      },
      { method: `${kind.cls}.${method}`, target, label: '404 answer', args: [['v-9']], answer: notFound },
      {
        method: `${kind.cls}.${method}`,
        target,
        differs: 'a missing version id is a TypeError naming it, not a request to .../versions/undefined',
        args: [[undefined]],
        expect: (nv, js, { nvOutcome }) => {
          assert.match(js[0].path, /\/versions\/undefined/, 'client-js sends the text "undefined" (premise)')
          assert.equal(nv.length, 0, 'nothing sent')
          assert.equal(nvOutcome.error.constructor.name, 'TypeError')
          assert.match(nvOutcome.error.message, /versionId is required/)
        },
      },
    ]),
    {
      method: `${kind.cls}.compareVersions`,
      target,
      args: [['v-1', 'v-2'], ['v 1', 'v&2', RC], ['v-1', 'v-2', rcMap()], ['a', 'b', {}]],
      answer: json({ fromVersion: version, toVersion: { ...version, id: 'v-2' }, diffs: [{ field: 'name', previousValue: 'a', currentValue: 'b' }] }),
    },
    { method: `${kind.cls}.compareVersions`, target, label: '400 answer', args: [['v-1', 'v-1']], answer: json({ error: 'same version' }, 400) },
    {
      method: `${kind.cls}.compareVersions`,
      target,
      differs: 'a missing version id is a TypeError naming it, not ?to=undefined',
      args: [['v-1']],
      expect: (nv, js, { nvOutcome }) => {
        assert.deepEqual(js[0].query.find(([k]) => k === 'to'), ['to', 'undefined'], 'client-js sends "undefined" (premise)')
        assert.equal(nv.length, 0, 'nothing sent')
        assert.equal(nvOutcome.error.constructor.name, 'TypeError')
        assert.match(nvOutcome.error.message, /compareVersions\(\): toId must be a non-empty string/)
      },
    },
  ]
}

// ---- the client's list and create methods
const listCases = [
  {
    method: 'MastraClient.listStoredAgents',
    args: [
      [],
      [{}],
      [{ page: 0, perPage: 20 }],
      [{ page: 1, perPage: 5, orderBy, status: 'published', authorId: 'usér', visibility: 'public', metadata: { team: 'a b', n: [1] }, favoritedOnly: true, pinFavoritedFor: 'u1' }],
      [{ favoritedOnly: false, status: '', metadata: null, orderBy: { field: 'updatedAt' } }],
    ],
    answer: json({ agents: [record], total: 1, page: 0, perPage: 20, hasMore: false }),
  },
  {
    method: 'MastraClient.listStoredPromptBlocks',
    args: [[], [{ page: 0, perPage: 2, orderBy, authorId: 'a', status: 'archived', metadata: { k: 'é' } }], [{ orderBy: { direction: 'ASC' } }]],
    answer: json({ promptBlocks: [record], total: 1, page: 0, perPage: 2, hasMore: false }),
  },
  {
    method: 'MastraClient.listStoredScorers',
    args: [[], [{ page: 3, perPage: 1, orderBy, authorId: 'a', metadata: {} }], [{ authorId: '' }]],
    answer: json({ scorerDefinitions: [record], total: 1, page: 3, perPage: 1, hasMore: false }),
  },
  {
    method: 'MastraClient.listStoredMCPClients',
    args: [[], [{ page: 0, perPage: 50, orderBy, authorId: 'ü', metadata: { x: true } }]],
    answer: json({ mcpClients: [record], total: 1, page: 0, perPage: 50, hasMore: false }),
  },
  {
    method: 'MastraClient.listStoredSkills',
    args: [[], [{ page: 0, perPage: 5, orderBy, authorId: 'a', visibility: 'private', metadata: { t: 1 }, favoritedOnly: true, pinFavoritedFor: 'me' }], [{ favoritedOnly: 0 }]],
    answer: json({ skills: [record], total: 1, page: 0, perPage: 5, hasMore: false }),
  },
  {
    method: 'MastraClient.listStoredWorkspaces',
    args: [[], [{ page: 0, perPage: 10, authorId: 'a', orderBy }], [{ orderBy: { direction: 'ASC' } }]],
    answer: json({ workspaces: [record], total: 1, page: 0, perPage: 10, hasMore: false }),
  },
  { method: 'MastraClient.listStoredAgents', label: '500 answer', answer: json({ error: 'storage down' }, 500) },
  { method: 'MastraClient.listStoredSkills', label: 'token', token: 'tok-1', answer: json({ skills: [] }) },
  { method: 'MastraClient.getStoredWorkspace', args: [['ws-1'], ['ws 1'], ['wš/1']], answer: json(record) },
  { method: 'MastraClient.getStoredWorkspace', label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'MastraClient.getStoredWorkspace',
    differs: 'a missing id is a TypeError naming it, not a request to /stored/workspaces/undefined',
    args: [[]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0].path, '/api/stored/workspaces/undefined', 'client-js sends the text "undefined" (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /id is required/)
    },
  },
]

const agentParams = { id: 'a-1', name: 'Agënt', instructions: 'Be nice', model: { provider: 'openai', name: 'gpt-4o' }, tools: { add: {} }, metadata: { n: null } }
const createCases = [
  ['createStoredAgent', agentParams],
  ['createStoredPromptBlock', { id: 'pb-1', name: 'Blöck', content: 'Hello {{name}}', rules: { operator: 'AND', conditions: [] } }],
  ['createStoredScorer', { id: 's-1', name: 'Scörer', type: 'llm-judge', model: { provider: 'openai', name: 'gpt-4o' }, instructions: 'Judge', scoreRange: { min: 0, max: 1 } }],
  ['createStoredMCPClient', { id: 'm-1', name: 'MCP', servers: { fs: { type: 'stdio', command: 'npx', args: ['-y', 'x'], env: { A: '1' } } } }],
  ['createStoredSkill', { id: 'sk-1', name: 'Skïll', description: 'd', instructions: 'Do it', visibility: 'public' }],
].flatMap(([method, params]) => [
  { method: `MastraClient.${method}`, args: [[params], [{ ...params, requestContext: RC }], [{}]], answer: json({ ...record, ...params }) },
  { method: `MastraClient.${method}`, label: '409 answer', args: [[params]], answer: json({ error: 'exists' }, 409) },
  { method: `MastraClient.${method}`, label: 'no params: no body', args: [[], [null]], answer: json({ error: 'body required' }, 400) },
])

// ---- the stored agent's own methods
const agent = (c) => c.getStoredAgent('agent 1')
const agentCases = [
  {
    method: 'StoredAgent.export',
    target: agent,
    args: [[{}], [{ name: 'Nëw', instructions: 'x', model: { provider: 'p', name: 'n' } }], [undefined]],
    answer: json({ agent: { id: 'agent 1', name: 'A' }, json: '{}' }),
  },
  { method: 'StoredAgent.export', target: agent, label: '404 answer', args: [[{}]], answer: notFound },
  {
    method: 'StoredAgent.openChangeRequest',
    target: agent,
    args: [[{ changeMessage: 'Üpdate', userName: 'me', inspectOnly: true }], [{}], [undefined]],
    answer: json({ url: 'https://example.invalid/pr/1', inspectOnly: true }),
  },
  { method: 'StoredAgent.openChangeRequest', target: agent, label: '501 answer', args: [[{}]], answer: json({ error: 'no source provider' }, 501) },
  { method: 'StoredAgent.dependents', target: agent, args: [[], [RC], [rcMap()]], answer: json({ dependents: [{ id: 'b', name: 'B' }], hiddenCount: 0 }) },
  { method: 'StoredAgent.dependents', target: agent, label: '404 answer', answer: notFound },
]

export default [...KINDS.flatMap(recordCases), ...listCases, ...createCases, ...agentCases]
