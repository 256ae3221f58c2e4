// Wire cases of the datasets group: datasets, items, versions, experiments and their results.
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const notFound = json({ error: 'Dataset not found' }, 404)
const pagination = { total: 1, page: 0, perPage: 10, hasMore: false }
const dataset = { id: 'ds-1', name: 'Dätaset', version: 2, targetIds: ['echo-agent'], createdAt: '2026-01-01T00:00:00.000Z' }
const item = { id: 'it-1', datasetId: 'ds-1', datasetVersion: 2, input: { q: 'é' }, groundTruth: null }
const experiment = { id: 'ex-1', datasetId: 'ds-1', status: 'completed', totalItems: 1, succeededCount: 1 }
const result = { id: 'r-1', experimentId: 'ex-1', itemId: 'it-1', output: 'échó', status: null, tags: ['a'] }
const summary = { experimentId: 'ex-1', status: 'pending', totalItems: 2, succeededCount: 0, failedCount: 0, results: [] }
const when = new Date('2026-03-04T05:06:07.089Z')
const tenancy = { organizationId: 'org 1', projectId: 'pr/ö' }

/** Every way a tenancy scope may be given (none, empty, one or both fields, falsy values). */
const tenancies = [undefined, {}, tenancy, { organizationId: 'org' }, { projectId: 'p' }, { organizationId: '', projectId: 0 }, null]

/** Argument lists `[...lead, t]` for every tenancy `t` (and one without it). */
const withTenancy = (...lead) => [lead, ...tenancies.map((t) => [...lead, t])]

const listFilters = [
  [],
  [{}],
  [{ page: 0, perPage: 10 }],
  [{ page: 2, perPage: 0, orderBy: { field: 'name', direction: 'ASC' } }],
  [{ targetType: 'agent', targetIds: ['echo-agent', 'a&b=c', 'é ö'] }],
  [{ targetIds: [] }],
  [{ page: null, perPage: undefined, targetType: '', orderBy: { field: 'createdAt' } }],
  [{ page: 1, targetType: 'workflow', targetIds: ['w'], orderBy: { field: 'updatedAt', direction: 'DESC' } }],
]

const experimentFilters = [
  [],
  [{}],
  [{ page: 0, perPage: 25 }],
  [{ experimentSetId: 'set 1', comparisonId: 'cmp', variantId: 'v/1', trialIndex: 0 }],
  [{ targetType: 'agent', targetId: 'echo-agent', orderBy: { field: 'status', direction: 'ASC' } }],
  [{ page: 3, perPage: 5, experimentSetId: '', trialIndex: null, orderBy: { field: 'createdAt', direction: 'DESC' } }],
]

export default [
  // -------------------------------------------------------------------------
  // Datasets
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listDatasets', args: listFilters, answer: json({ datasets: [dataset], pagination }) },
  { method: 'MastraClient.listDatasets', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.listDatasets', label: 'targetIds not iterable: the same TypeError', args: [[{ targetIds: 5 }], [{ targetIds: { a: 1 } }]] },
  { method: 'MastraClient.listDatasets', label: 'targetIds as text: one parameter per character', args: [[{ targetIds: 'ab' }]] },
  { method: 'MastraClient.getDataset', args: withTenancy('ds-1'), answer: json(dataset) },
  { method: 'MastraClient.getDataset', label: 'id with a space and accents', args: [['ds 1 é']], answer: json(dataset) },
  { method: 'MastraClient.getDataset', label: '404 answer', args: [['missing', tenancy]], answer: notFound },
  { method: 'MastraClient.getDataset', label: 'null answer', args: [['ds-1']], answer: { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' } },
  {
    method: 'MastraClient.createDataset',
    args: [
      [{ name: 'ds' }],
      [
        {
          name: 'Dätaset',
          description: 'd',
          metadata: { a: 1, nested: { b: [1, 2] } },
          inputSchema: { type: 'object' },
          groundTruthSchema: null,
          requestContextSchema: { type: 'object', properties: {} },
          targetType: 'agent',
          targetIds: ['echo-agent'],
          scorerIds: ['s1'],
        },
      ],
      [{ name: 'ds', description: undefined, metadata: { when } }],
      [undefined],
    ],
    answer: json(dataset),
  },
  { method: 'MastraClient.createDataset', label: '400 answer', args: [[{ name: '' }]], answer: json({ error: 'name is required' }, 400) },
  {
    method: 'MastraClient.updateDataset',
    args: [
      [{ datasetId: 'ds-1', name: 'new' }],
      [{ datasetId: 'ds-1', ...tenancy, description: 'd', metadata: { m: 'é' }, tags: ['good', 'bad'], inputSchema: null }],
      [{ datasetId: 'ds 1', organizationId: 'org', projectId: '' }],
      [{ datasetId: 'ds-1' }],
    ],
    answer: json(dataset),
  },
  { method: 'MastraClient.updateDataset', label: '404 answer', args: [[{ datasetId: 'nope', name: 'x' }]], answer: notFound },
  { method: 'MastraClient.deleteDataset', args: withTenancy('ds-1'), answer: json({ success: true }) },
  { method: 'MastraClient.deleteDataset', label: '404 answer', args: [['nope']], answer: notFound },

  // -------------------------------------------------------------------------
  // Items
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.listDatasetItems',
    args: [
      ['ds-1'],
      ['ds-1', {}],
      ['ds-1', { page: 0, perPage: 20 }],
      ['ds-1', { search: 'héllo wörld & more', version: 3 }],
      ['ds-1', { search: '', version: 0, orderBy: { field: 'updatedAt', direction: 'ASC' } }],
      ['ds-1', { version: null, page: 1 }],
      ['ds 1', { perPage: 5, orderBy: { field: 'createdAt', direction: 'DESC' } }],
    ],
    answer: json({ items: [item], pagination }),
  },
  { method: 'MastraClient.getDatasetItem', args: [['ds-1', 'it-1'], ['ds 1', 'it é']], answer: json(item) },
  { method: 'MastraClient.getDatasetItem', label: '404 answer', args: [['ds-1', 'nope']], answer: notFound },
  {
    method: 'MastraClient.addDatasetItem',
    args: [
      [{ datasetId: 'ds-1', input: 'hello' }],
      [
        {
          datasetId: 'ds-1',
          input: { messages: [{ role: 'user', content: 'é' }] },
          groundTruth: 'echo: é',
          externalId: null,
          expectedTrajectory: { steps: [] },
          toolMocks: [{ toolName: 'add', args: { a: 1 }, output: { sum: 2 } }],
          unmockedToolPolicy: 'deny',
          scorerIds: ['s1'],
          requestContext: RC,
          metadata: { when },
          source: { type: 'json', referenceId: 'f.json' },
        },
      ],
      [{ datasetId: 'ds-1', input: 1, requestContext: rcMap() }],
    ],
    answer: json(item),
  },
  {
    method: 'MastraClient.updateDatasetItem',
    args: [
      [{ datasetId: 'ds-1', itemId: 'it-1', input: 'new' }],
      [{ datasetId: 'ds-1', itemId: 'it 1', groundTruth: null, metadata: { a: 1 }, requestContext: rcMap() }],
      [{ datasetId: 'ds-1', itemId: 'it-1' }],
    ],
    answer: json(item),
  },
  { method: 'MastraClient.deleteDatasetItem', args: [['ds-1', 'it-1'], ['ds 1', 'ït']], answer: json({ success: true }) },
  { method: 'MastraClient.deleteDatasetItem', label: '404 answer', args: [['ds-1', 'nope']], answer: notFound },
  { method: 'MastraClient.purgeDatasetItem', args: withTenancy('ds-1', 'it-1'), answer: json({ success: true }) },
  {
    method: 'MastraClient.batchInsertDatasetItems',
    args: [
      [{ datasetId: 'ds-1', items: [{ input: 'a' }, { input: { b: 1 }, groundTruth: 'B', metadata: { when } }] }],
      [{ datasetId: 'ds-1', items: [] }],
      [{ datasetId: 'ds 1', items: [{ input: 'x', requestContext: RC, source: { type: 'csv' } }] }],
    ],
    answer: json({ items: [item], count: 1 }),
  },
  {
    method: 'MastraClient.batchDeleteDatasetItems',
    args: [[{ datasetId: 'ds-1', itemIds: ['it-1', 'it-2'] }], [{ datasetId: 'ds-1', itemIds: [] }]],
    answer: json({ success: true, deletedCount: 2 }),
  },
  {
    method: 'MastraClient.generateDatasetItems',
    args: [
      [{ datasetId: 'ds-1', modelId: 'openai/gpt-4o', prompt: 'questions' }],
      [{ datasetId: 'ds-1', modelId: 'mock/m', prompt: 'é', count: 3, agentContext: { description: 'd', instructions: 'i', tools: ['add'] } }],
    ],
    answer: json({ items: [{ input: 'q', groundTruth: 'a' }] }),
  },
  {
    method: 'MastraClient.clusterFailures',
    args: [
      [{ modelId: 'openai/gpt-4o', items: [{ id: 'r-1', input: 'q' }] }],
      [
        {
          modelId: 'mock/m',
          items: [{ id: 'r-1', input: { q: 1 }, output: 'o', error: 'bad', scores: { s: 0.5 }, existingTags: ['x'] }],
          availableTags: ['x', 'y'],
          prompt: 'focus on tools',
        },
      ],
    ],
    answer: json({ clusters: [{ id: 'c1', label: 'L', description: 'D', itemIds: ['r-1'] }] }),
  },

  // -------------------------------------------------------------------------
  // Versions
  // -------------------------------------------------------------------------
  { method: 'MastraClient.getItemHistory', args: [['ds-1', 'it-1'], ['ds 1', 'it é']], answer: json({ history: [item] }) },
  { method: 'MastraClient.getDatasetItemVersion', args: [['ds-1', 'it-1', 1], ['ds-1', 'it-1', 0], ['ds 1', 'it 1', '12']], answer: json(item) },
  { method: 'MastraClient.getDatasetItemVersion', label: '404 answer', args: [['ds-1', 'it-1', 99]], answer: notFound },
  {
    method: 'MastraClient.getDatasetItemVersion',
    differs: 'a missing path value is a TypeError naming it; nothing is sent (not a request to /versions/undefined)',
    args: [['ds-1', 'it-1']],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0].path, '/api/datasets/ds-1/items/it-1/versions/undefined', 'premise')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /datasetVersion is required/)
    },
  },
  {
    method: 'MastraClient.listDatasetVersions',
    args: [['ds-1'], ['ds-1', {}], ['ds-1', { page: 0, perPage: 10 }], ['ds-1', { page: 2 }], ['ds-1', { perPage: null }]],
    answer: json({ versions: [{ id: 'v1', datasetId: 'ds-1', version: 1 }], pagination }),
  },

  // -------------------------------------------------------------------------
  // Experiments
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listExperiments', args: experimentFilters, answer: json({ experiments: [experiment], pagination }) },
  { method: 'MastraClient.getExperimentReviewSummary', answer: json({ counts: [{ experimentId: 'ex-1', total: 1, needsReview: 1, reviewed: 0, complete: 0 }] }) },
  { method: 'MastraClient.getExperimentReviewSummary', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.listDatasetExperiments',
    args: experimentFilters.map((args) => ['ds-1', ...args]),
    answer: json({ experiments: [experiment], pagination }),
  },
  { method: 'MastraClient.getDatasetExperiment', args: [['ds-1', 'ex-1'], ['ds 1', 'ex é']], answer: json(experiment) },
  { method: 'MastraClient.getDatasetExperiment', label: '404 answer', args: [['ds-1', 'nope']], answer: notFound },
  { method: 'MastraClient.deleteDatasetExperiment', args: withTenancy('ds-1', 'ex-1'), answer: json({ success: true }) },
  { method: 'MastraClient.deleteExperiment', args: withTenancy('ex-1'), answer: json({ success: true }) },
  { method: 'MastraClient.deleteExperiment', label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'MastraClient.updateDatasetExperiment',
    args: [
      [{ datasetId: 'ds-1', experimentId: 'ex-1', name: 'renamed' }],
      [{ datasetId: 'ds-1', experimentId: 'ex 1', description: 'é', metadata: { when, n: [1] } }],
      [{ datasetId: 'ds-1', experimentId: 'ex-1' }],
    ],
    answer: json(experiment),
  },
  {
    method: 'MastraClient.listDatasetExperimentResults',
    args: [
      ['ds-1', 'ex-1'],
      ['ds-1', 'ex-1', {}],
      ['ds-1', 'ex-1', { page: 0, perPage: 50 }],
      ['ds-1', 'ex-1', { tags: ['bad', 'needs work', 'é&=?'] }],
      ['ds-1', 'ex-1', { tags: [], orderBy: { field: 'createdAt', direction: 'ASC' } }],
      ['ds 1', 'ex 1', { page: 1, perPage: 2, tags: ['t'], orderBy: { field: 'status', direction: 'DESC' } }],
    ],
    answer: json({ results: [result], pagination }),
  },
  { method: 'MastraClient.listDatasetExperimentResults', label: 'tags not iterable: the same TypeError', args: [['ds-1', 'ex-1', { tags: {} }], ['ds-1', 'ex-1', { tags: 1 }]] },
  ...['updateDatasetExperimentResult', 'updateExperimentResult'].map((method) => ({
    method: `MastraClient.${method}`,
    args: [
      [{ datasetId: 'ds-1', experimentId: 'ex-1', resultId: 'r-1', status: 'reviewed' }],
      [{ datasetId: 'ds-1', experimentId: 'ex-1', resultId: 'r 1', status: null, tags: ['a', 'b'], comment: 'é' }],
      [{ datasetId: 'ds-1', experimentId: 'ex-1', resultId: 'r-1', comment: null }],
    ],
    answer: json(result),
  })),
  {
    method: 'MastraClient.triggerDatasetExperiment',
    args: [
      [{ datasetId: 'ds-1', targetType: 'agent', targetId: 'echo-agent' }],
      [
        {
          datasetId: 'ds-1',
          targetType: 'workflow',
          targetId: 'double-then-inc',
          name: 'run é',
          description: 'd',
          metadata: { when },
          scorerIds: ['s1'],
          version: 2,
          agentVersion: 'v1',
          maxConcurrency: 4,
          provenance: { source: 'ci', sourceId: '1', sourceVersion: 'abc', metadata: { a: 1 } },
          grouping: { experimentSetId: 'set', comparisonId: 'c', variantId: 'v', trialIndex: 0 },
          requestContext: RC,
        },
      ],
      [{ datasetId: 'ds-1', targetType: 'agent', targetId: 'a', requestContext: rcMap(), start: false }],
    ],
    answer: json(summary),
  },
  { method: 'MastraClient.triggerDatasetExperiment', label: '400 answer', args: [[{ datasetId: 'ds-1' }]], answer: json({ error: 'targetType is required' }, 400) },
  {
    method: 'MastraClient.createDatasetExperiment',
    args: [
      [{ datasetId: 'ds-1' }],
      [{ datasetId: 'ds-1', id: 'ex-fixed', name: 'ingest', targetType: 'agent', targetId: 'echo-agent', version: 1 }],
      [{ datasetId: 'ds-1', start: true, requestContext: rcMap(), grouping: { trialIndex: 1 } }],
    ],
    answer: json(summary),
  },
  { method: 'MastraClient.createDatasetExperiment', label: 'no parameters: the same TypeError', args: [[]] },
  {
    method: 'MastraClient.runExperimentItem',
    args: [
      [{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'it-1' }],
      [{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'it 1', attempt: 2, requestContext: RC }],
      [{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'it-1', requestContext: rcMap() }],
    ],
    answer: json({ result, scores: [{ scorerId: 's', scorerName: 'S', score: 1, reason: null, error: null }] }),
  },
  { method: 'MastraClient.runExperimentItem', label: '404 answer', args: [[{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'nope' }]], answer: notFound },
  {
    method: 'MastraClient.submitExperimentResult',
    args: [
      [{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'it-1', output: 'o' }],
      [
        {
          datasetId: 'ds-1',
          experimentId: 'ex-1',
          itemId: 'it-1',
          attempt: 1,
          input: { q: 'é' },
          output: { a: [1, 2] },
          groundTruth: null,
          error: { message: 'failed', code: 'E1' },
          startedAt: when,
          completedAt: new Date(when.getTime() + 1500),
          traceId: 'abc123',
          scores: [{ scorerId: 's', scorerName: 'S', score: 0.5, reason: 'half', metadata: { k: 1 } }],
        },
      ],
      [{ datasetId: 'ds-1', experimentId: 'ex-1', itemId: 'it-1', error: null, startedAt: '2026-01-01T00:00:00Z' }],
    ],
    answer: json(result),
  },
  {
    method: 'MastraClient.finalizeExperiment',
    args: [[{ datasetId: 'ds-1', experimentId: 'ex-1' }], [{ datasetId: 'ds 1', experimentId: 'ex 1', ignored: true }]],
    answer: json(experiment),
  },
  {
    method: 'MastraClient.compareExperiments',
    args: [[{ datasetId: 'ds-1', experimentIdA: 'ex-1', experimentIdB: 'ex-2' }]],
    answer: json({ baselineId: 'ex-1', items: [{ itemId: 'it-1', input: 'q', groundTruth: null, results: { 'ex-1': null } }] }),
  },
  { method: 'MastraClient.compareExperiments', label: '404 answer', args: [[{ datasetId: 'ds-1', experimentIdA: 'a', experimentIdB: 'b' }]], answer: notFound },

  // -------------------------------------------------------------------------
  // Missing and unsafe path values
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.addDatasetItem',
    differs: 'no parameters: a TypeError naming the missing path value (the destructuring TypeError elsewhere); nothing is sent',
    args: [[]],
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(js.length, 0, 'premise: client-js throws before sending')
      assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'premise')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /params\.datasetId is required/)
    },
  },
  { method: 'MastraClient.getDataset', label: 'an id holding / stays one segment', args: [['a/b']], answer: json(dataset) },
  {
    method: 'MastraClient.getDatasetItemVersion',
    differs: 'path values are percent-encoded: a version holding / cannot change the path',
    args: [['ds-1', 'it-1', '1/x']],
    expect: (nv, js) => {
      assert.equal(js[0].path, '/api/datasets/ds-1/items/it-1/versions/1/x', 'client-js pastes the version (premise)')
      assert.equal(nv.length, 1)
      assert.equal(nv[0].path, '/api/datasets/ds-1/items/it-1/versions/1%2Fx')
    },
  },
  ...[
    ['MastraClient.getDatasetItemVersion', ['ds-1', 'it-1', '..']],
    ['MastraClient.updateDatasetItem', [{ datasetId: 'ds-1', itemId: '.', input: 1 }]],
    ['MastraClient.deleteExperiment', ['..', tenancy]],
  ].map(([method, args]) => ({
    method,
    args: [args],
    differs: "a path value '.' or '..' is a TypeError naming the parameter, not normalised away by the URL parser",
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /cannot be "\.\.?"/)
    },
  })),
]
