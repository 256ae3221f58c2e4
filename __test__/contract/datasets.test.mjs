// Contract tests of the datasets group on a real Mastra server (LibSQL in memory): datasets,
// items, batches, versions, item history, experiments run by the server against the echo
// agent (scored by the fixture's `ds-holds-truth` scorer), create-only experiments driven by
// the caller (run-item, submitted results, finalize), reviews and comparisons. Each call is
// made through client-js, then through the native client; results must match once ids and
// times are normalized (__test__/support/normalize.mjs).
//
// Each side works on its own dataset (`ct_ds_js` / `ct_ds_nv`, same length) and experiments,
// so the two runs do not interfere; calls that see both sides' data (listing every dataset,
// the review summary) run once both sides have made it.
//
// Run (Node >= 22): node --test __test__/contract/datasets.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createContract, name, SIDE_RULE } from '../support/contract.mjs'

const AGENT = 'echo-agent'
const SCORER = 'ds-holds-truth'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const T = { timeout: 30_000 } // a guard against hangs only
const ELSEWHERE = { organizationId: 'ct-other-org' }

let server
let Native
const clients = {}

// HTTP errors: body and message are compared after normalization (ids in their text aside).
const contract = createContract({ replace: [SIDE_RULE], normalizeErrors: ['body', 'message'] })
/** What each side made (`made[side]`, the third argument `both` gives): dataset, items, experiments, results. */
const { both, same, sameRejection, made } = contract

/** `page` with its `key` array in order of each entry's `input` (items a batch made at one instant). */
function byInput(page, key) {
  const text = (entry) => JSON.stringify(entry.input)
  return { ...page, [key]: [...page[key]].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)) }
}

/** Waits until a server-run experiment is done; resolves with it. */
async function finished(client, datasetId, experimentId) {
  for (let i = 0; i < 200; i++) {
    const experiment = await client.getDatasetExperiment(datasetId, experimentId)
    if (experiment.status === 'completed' || experiment.status === 'failed') return experiment
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.fail(`experiment ${experimentId} did not finish`)
}

before(async () => {
  ;({ server, Native, js: clients.js, nv: clients.nv } = await contract.start())
})

after(() => contract.stop())

// ---------------------------------------------------------------------------
// Datasets
// ---------------------------------------------------------------------------

test('datasets: createDataset, getDataset, updateDataset', T, async () => {
  const created = await both(async (c, side, m) => {
    m.dataset = await c.createDataset({
      name: name('ds', side),
      description: 'Contract dätaset',
      metadata: { owner: 'ct', n: 1 },
      inputSchema: { type: 'string' },
      targetType: 'agent',
      targetIds: [AGENT],
      scorerIds: [SCORER],
    })
    return m.dataset
  })
  same(created[1], created[0])
  assert.match(created[1].id, UUID)
  assert.equal(created[1].name, 'ct_ds_nv')
  assert.equal(created[1].version, 0)

  const [a, b] = await both((c, side, m) => c.getDataset(m.dataset.id))
  same(b, a)
  assert.equal(b.id, made.nv.dataset.id)

  const [ua, ub] = await both((c, side, m) => c.updateDataset({ datasetId: m.dataset.id, description: 'updated é', metadata: { k: 2 }, tags: ['good', 'bad'] }))
  same(ub, ua)
  assert.deepEqual(ub.tags, ['good', 'bad'])
  assert.equal(ub.description, 'updated é')
})

test('datasets: tenancy scopes a lookup (404 elsewhere), and updates', T, async () => {
  await sameRejection((c, side, m) => c.getDataset(m.dataset.id, ELSEWHERE), 404)
  await sameRejection((c, side, m) => c.updateDataset({ datasetId: m.dataset.id, ...ELSEWHERE, name: 'x' }), 404)
  const [a, b] = await both((c, side, m) => c.getDataset(m.dataset.id, {}))
  same(b, a)
  assert.equal(b.description, 'updated é', 'the scoped update changed nothing')
})

// ---------------------------------------------------------------------------
// Items, batches, versions
// ---------------------------------------------------------------------------

test('items: addDatasetItem, batchInsertDatasetItems, getDatasetItem', T, async () => {
  const [a, b] = await both(async (c, side, m) => {
    m.hello = await c.addDatasetItem({ datasetId: m.dataset.id, input: 'hello', groundTruth: 'echo: hello', metadata: { tag: 'é' }, requestContext: { tenant: 't' } })
    return m.hello
  })
  same(b, a)
  assert.equal(b.datasetVersion, 1)
  assert.equal(b.input, 'hello')

  const [ba, bb] = await both(async (c, side, m) => {
    const batch = await c.batchInsertDatasetItems({
      datasetId: m.dataset.id,
      items: [{ input: 'one', groundTruth: 'echo: one' }, { input: 'two', groundTruth: 'something else' }, { input: 'three' }],
    })
    m.batch = batch.items
    return batch
  })
  same(bb, ba)
  assert.equal(bb.count, 3)
  assert.deepEqual(bb.items.map((i) => i.datasetVersion), [2, 2, 2])

  const [ga, gb] = await both((c, side, m) => c.getDatasetItem(m.dataset.id, m.hello.id))
  same(gb, ga)
  assert.equal(gb.groundTruth, 'echo: hello')
  await sameRejection((c, side, m) => c.getDatasetItem(m.dataset.id, 'ct-no-such-item'), 404)
})

test('items: listDatasetItems with pagination, order, search and version', T, async () => {
  const queries = [
    undefined,
    { page: 0, perPage: 2, orderBy: { field: 'createdAt', direction: 'ASC' } },
    { page: 1, perPage: 2, orderBy: { field: 'createdAt', direction: 'ASC' } },
    { search: 'tw' },
    { version: 1 },
  ]
  // Items of one batch share their creation time: their order among themselves is the
  // store's. A whole list is compared in order of input; pages by their size and
  // pagination, and all pages together.
  const pages = { js: [], nv: [] }
  for (const query of queries) {
    const [a, b] = await both(async (c, side, m) => {
      const page = await c.listDatasetItems(m.dataset.id, query)
      if (query?.perPage !== 2) return byInput(page, 'items')
      pages[side].push(...page.items)
      return { ...page, items: page.items.length }
    })
    same(b, a)
  }
  same(byInput({ items: pages.nv }, 'items'), byInput({ items: pages.js }, 'items'))
  assert.deepEqual(pages.nv.map((i) => i.input).sort(), ['hello', 'one', 'three', 'two'], 'two pages hold every item once')
  const [, all] = await both((c, side, m) => c.listDatasetItems(m.dataset.id))
  assert.equal(all.pagination.total, 4)
  const [, found] = await both((c, side, m) => c.listDatasetItems(m.dataset.id, { search: 'tw' }))
  assert.deepEqual(found.items.map((i) => i.input), ['two'])
  const [, first] = await both((c, side, m) => c.listDatasetItems(m.dataset.id, { version: 1 }))
  assert.deepEqual(first.items.map((i) => i.input), ['hello'], 'the items as they were at version 1')
  const [, page] = await both((c, side, m) => c.listDatasetItems(m.dataset.id, { page: 1, perPage: 2 }))
  assert.equal(page.items.length, 2)
  assert.equal(page.pagination.hasMore, false)
})

test('versions: updateDatasetItem, getItemHistory, getDatasetItemVersion, listDatasetVersions', T, async () => {
  const [a, b] = await both((c, side, m) => c.updateDatasetItem({ datasetId: m.dataset.id, itemId: m.hello.id, input: 'hello again' }))
  same(b, a)
  assert.equal(b.datasetVersion, 3)
  assert.equal(b.input, 'hello again')

  const [ha, hb] = await both((c, side, m) => c.getItemHistory(m.dataset.id, m.hello.id))
  same(hb, ha)
  assert.deepEqual(hb.history.map((h) => [h.datasetVersion, h.input]), [[3, 'hello again'], [1, 'hello']])

  const [va, vb] = await both((c, side, m) => c.getDatasetItemVersion(m.dataset.id, m.hello.id, 1))
  same(vb, va)
  assert.equal(vb.input, 'hello')
  await sameRejection((c, side, m) => c.getDatasetItemVersion(m.dataset.id, 'ct-no-such-item', 1), 404)

  for (const pagination of [undefined, { page: 0, perPage: 2 }, { page: 1, perPage: 2 }]) {
    const [la, lb] = await both((c, side, m) => c.listDatasetVersions(m.dataset.id, pagination))
    same(lb, la)
  }
  const [, versions] = await both((c, side, m) => c.listDatasetVersions(m.dataset.id, { page: 0, perPage: 2 }))
  assert.deepEqual(versions.versions.map((v) => v.version), [3, 2])
  assert.equal(versions.pagination.total, 3)
  assert.equal(versions.pagination.hasMore, true)
})

test('items: batchDeleteDatasetItems, deleteDatasetItem', T, async () => {
  const [a, b] = await both((c, side, m) => c.batchDeleteDatasetItems({ datasetId: m.dataset.id, itemIds: [m.batch[2].id] }))
  same(b, a)
  assert.deepEqual(b, { success: true, deletedCount: 1 })
  const [, list] = await both((c, side, m) => c.listDatasetItems(m.dataset.id))
  assert.deepEqual(list.items.map((i) => i.input).sort(), ['hello again', 'one', 'two'])
  assert.equal((await clients.nv.getDataset(made.nv.dataset.id)).version, 4)

  // An item added and deleted again: a version each, the item gone.
  const [aa, ab] = await both(async (c, side, m) => {
    m.extra = await c.addDatasetItem({ datasetId: m.dataset.id, input: 'short-lived' })
    return c.deleteDatasetItem(m.dataset.id, m.extra.id)
  })
  same(ab, aa)
  await sameRejection((c, side, m) => c.getDatasetItem(m.dataset.id, m.extra.id), 404)
  assert.equal((await clients.nv.getDataset(made.nv.dataset.id)).version, 6)
})

test('datasets: listDatasets by target, with order and pagination (both sides listed)', T, async () => {
  const queries = [
    undefined,
    { targetType: 'agent', targetIds: [AGENT, 'ct-other'], orderBy: { field: 'name', direction: 'ASC' } },
    { page: 1, perPage: 1, orderBy: { field: 'name', direction: 'ASC' } },
    { targetIds: ['ct-nobody'] },
  ]
  for (const query of queries) {
    const [a, b] = await both((c) => c.listDatasets(query))
    same(b, a)
  }
  const targeted = await clients.nv.listDatasets({ targetIds: [AGENT] })
  assert.deepEqual(targeted.datasets.map((d) => d.name).sort(), ['ct_ds_js', 'ct_ds_nv'])
  assert.equal((await clients.nv.listDatasets({ targetIds: ['ct-nobody'] })).datasets.length, 0)
  assert.equal((await clients.nv.listDatasets({ targetType: 'workflow' })).datasets.length, 0)
  const second = await clients.nv.listDatasets({ page: 1, perPage: 1 })
  assert.equal(second.datasets.length, 1)
  assert.deepEqual(second.pagination, { total: 2, page: 1, perPage: 1, hasMore: false })
})

// ---------------------------------------------------------------------------
// Experiments run by the server
// ---------------------------------------------------------------------------

test('experiments: triggerDatasetExperiment against the echo agent, getDatasetExperiment, results', T, async () => {
  const [ta, tb] = await both(async (c, side, m) => {
    const summary = await c.triggerDatasetExperiment({
      datasetId: m.dataset.id,
      targetType: 'agent',
      targetId: AGENT,
      name: 'ct run',
      scorerIds: [SCORER],
      maxConcurrency: 1,
      grouping: { experimentSetId: name('set', side), trialIndex: 0 },
    })
    m.run = summary.experimentId
    return summary
  })
  assert.deepEqual(Object.keys(tb), Object.keys(ta))
  assert.match(tb.experimentId, UUID)
  assert.equal(tb.totalItems, 3)

  const [ea, eb] = await both((c, side, m) => finished(c, m.dataset.id, m.run))
  same(eb, ea)
  assert.equal(eb.status, 'completed')
  assert.equal(eb.succeededCount, 3)
  assert.equal(eb.experimentSetId, 'ct_set_nv')

  // The runner takes the items in the store's order, which is its own for one batch's items.
  const [ra, rb] = await both(async (c, side, m) => byInput(await c.listDatasetExperimentResults(m.dataset.id, m.run), 'results'))
  same(rb, ra)
  assert.equal(rb.results.length, 3)
  const outputs = rb.results.map((r) => r.output.text).sort()
  assert.deepEqual(outputs, ['echo: hello again', 'echo: one', 'echo: two'])
  made.js.runResults = ra.results
  made.nv.runResults = rb.results
})

test('experiments: review a result (updateDatasetExperimentResult, updateExperimentResult), filter by tags', T, async () => {
  const target = (m) => m.runResults.find((r) => r.input === 'two')
  const [a, b] = await both((c, side, m) =>
    c.updateDatasetExperimentResult({ datasetId: m.dataset.id, experimentId: m.run, resultId: target(m).id, status: 'needs-review', tags: ['wrong', 'ct'], comment: 'lööks off' }),
  )
  same(b, a)
  assert.equal(b.status, 'needs-review')
  assert.deepEqual(b.tags, ['wrong', 'ct'])

  const [ua, ub] = await both((c, side, m) => c.updateExperimentResult({ datasetId: m.dataset.id, experimentId: m.run, resultId: target(m).id, status: 'reviewed', comment: null }))
  same(ub, ua)
  assert.equal(ub.status, 'reviewed')
  assert.equal(ub.comment, null)

  for (const options of [{ tags: ['wrong'] }, { tags: ['wrong', 'ct'], page: 0, perPage: 5 }, { tags: ['ct-none'] }]) {
    const [la, lb] = await both(async (c, side, m) => byInput(await c.listDatasetExperimentResults(m.dataset.id, m.run, options), 'results'))
    same(lb, la)
  }
  const [, tagged] = await both((c, side, m) => c.listDatasetExperimentResults(m.dataset.id, m.run, { tags: ['wrong', 'ct'] }))
  assert.deepEqual(tagged.results.map((r) => r.input), ['two'])
})

// ---------------------------------------------------------------------------
// Experiments driven by the caller
// ---------------------------------------------------------------------------

test('experiments: createDatasetExperiment (ingest), submitExperimentResult, finalizeExperiment', T, async () => {
  const [ca, cb] = await both(async (c, side, m) => {
    const summary = await c.createDatasetExperiment({ datasetId: m.dataset.id, id: name('ingest', side), name: 'ct ingest', start: true })
    m.ingest = summary.experimentId
    return summary
  })
  same(cb, ca)
  assert.equal(cb.experimentId, 'ct_ingest_nv', 'the caller-supplied id')
  assert.equal(cb.status, 'running', 'created, not started: start is always false')

  const when = new Date('2026-02-03T04:05:06.007Z')
  for (const [index, input] of ['hello again', 'one'].entries()) {
    const [sa, sb] = await both((c, side, m) => {
      const item = [m.hello, ...m.batch].find((i) => i.input === input || (input === 'hello again' && i === m.hello))
      return c.submitExperimentResult({
        datasetId: m.dataset.id,
        experimentId: m.ingest,
        itemId: item.id,
        output: `external ${index}`,
        startedAt: when,
        completedAt: new Date(when.getTime() + 250),
        scores: [{ scorerId: 'ct-external', score: index / 2, reason: 'fixed' }],
      })
    })
    same(sb, sa)
    assert.equal(sb.output, `external ${index}`)
    assert.equal(sb.startedAt, when.toISOString(), 'a Date is sent as ISO text')
  }

  const [fa, fb] = await both((c, side, m) => c.finalizeExperiment({ datasetId: m.dataset.id, experimentId: m.ingest }))
  same(fb, fa)
  assert.equal(fb.status, 'completed')
  assert.equal(fb.succeededCount, 2)
})

test('experiments: createDatasetExperiment (targeted), runExperimentItem', T, async () => {
  const [ca, cb] = await both(async (c, side, m) => {
    const summary = await c.createDatasetExperiment({ datasetId: m.dataset.id, targetType: 'agent', targetId: AGENT, scorerIds: [SCORER], name: 'ct driven' })
    m.driven = summary.experimentId
    return summary
  })
  same(cb, ca)
  const [a, b] = await both((c, side, m) => c.runExperimentItem({ datasetId: m.dataset.id, experimentId: m.driven, itemId: m.batch[0].id, attempt: 1, requestContext: { tenant: 'ct' } }))
  same(b, a)
  assert.equal(b.result.output.text, 'echo: one')
  assert.equal(b.result.attempt, 1)
  assert.deepEqual(b.scores.map((s) => [s.scorerId, s.score]), [[SCORER, 1]])
  await sameRejection((c, side, m) => c.runExperimentItem({ datasetId: m.dataset.id, experimentId: m.driven, itemId: 'ct-no-such-item' }), 404)
})

test('experiments: updateDatasetExperiment, listDatasetExperiments, listExperiments, getExperimentReviewSummary', T, async () => {
  const [a, b] = await both((c, side, m) => c.updateDatasetExperiment({ datasetId: m.dataset.id, experimentId: m.ingest, name: 'ct ingest renamed', metadata: { by: 'ct' } }))
  same(b, a)
  assert.equal(b.name, 'ct ingest renamed')

  for (const params of [undefined, { targetType: 'agent', orderBy: { field: 'createdAt', direction: 'ASC' } }, { page: 0, perPage: 1, orderBy: { field: 'createdAt', direction: 'ASC' } }]) {
    const [la, lb] = await both((c, side, m) => c.listDatasetExperiments(m.dataset.id, params))
    same(lb, la)
  }
  const [, mine] = await both((c, side, m) => c.listDatasetExperiments(m.dataset.id))
  assert.deepEqual(mine.experiments.map((e) => e.name).sort(), ['ct driven', 'ct ingest renamed', 'ct run'])
  const [, targeted] = await both((c, side, m) => c.listDatasetExperiments(m.dataset.id, { targetType: 'agent' }))
  assert.deepEqual(targeted.experiments.map((e) => e.name).sort(), ['ct driven', 'ct run'])

  const [ga, gb] = await both((c, side) => c.listExperiments({ experimentSetId: name('set', side), trialIndex: 0, targetId: AGENT }))
  same(gb, ga)
  assert.deepEqual(gb.experiments.map((e) => e.id), [made.nv.run])

  const [sa, sb] = await both((c) => c.getExperimentReviewSummary())
  same(sb, sa)
  const counts = sb.counts.find((x) => x.experimentId === made.nv.run)
  assert.deepEqual({ ...counts, experimentId: undefined }, { experimentId: undefined, total: 3, needsReview: 0, reviewed: 1, complete: 0 })
})

test('experiments: compareExperiments (server run against ingested results)', T, async () => {
  const [a, b] = await both(async (c, side, m) => byInput(await c.compareExperiments({ datasetId: m.dataset.id, experimentIdA: m.run, experimentIdB: m.ingest }), 'items'))
  same(b, a)
  assert.equal(b.baselineId, made.nv.run)
  const one = b.items.find((i) => i.input === 'one')
  assert.equal(one.results[made.nv.run].scores[SCORER], 1)
  assert.equal(one.results[made.nv.ingest].output, 'external 1')
  assert.equal(one.results[made.nv.ingest].scores['ct-external'], 0.5)
})

test('model-backed calls: generateDatasetItems, clusterFailures reject alike without a model provider', T, async () => {
  const err = await sameRejection((c, side, m) => c.generateDatasetItems({ datasetId: m.dataset.id, modelId: 'ct/none', prompt: 'questions', count: 2 }), 500)
  assert.match(JSON.stringify(err.body), /ct\/none|provider/)
  await sameRejection((c) => c.clusterFailures({ modelId: 'ct/none', items: [{ id: 'r', input: 'q', error: 'bad' }], availableTags: ['x'] }), 500)
})

// ---------------------------------------------------------------------------
// Deletions
// ---------------------------------------------------------------------------

test('deletions: purgeDatasetItem, deleteDatasetExperiment, deleteExperiment, deleteDataset', T, async () => {
  const [pa, pb] = await both((c, side, m) => c.purgeDatasetItem(m.dataset.id, m.batch[1].id, {}))
  same(pb, pa)
  assert.deepEqual(pb, { success: true })
  const [ia, ib] = await both((c, side, m) => c.getDatasetItem(m.dataset.id, m.batch[1].id))
  same(ib, ia)
  assert.equal(ib.input, null, 'the purged item keeps no data')
  assert.equal(ib.groundTruth, null)

  await sameRejection((c, side, m) => c.deleteDatasetExperiment(m.dataset.id, m.driven, ELSEWHERE), 404)
  const [da, db] = await both((c, side, m) => c.deleteDatasetExperiment(m.dataset.id, m.driven))
  same(db, da)
  await sameRejection((c, side, m) => c.getDatasetExperiment(m.dataset.id, m.driven), 404)

  const [xa, xb] = await both((c, side, m) => c.deleteExperiment(m.ingest, ELSEWHERE))
  same(xb, xa)
  const [still] = await both((c, side, m) => c.getDatasetExperiment(m.dataset.id, m.ingest))
  assert.equal(still.id, 'ct_ingest_js', 'a delete scoped to another tenant is a no-op')
  const [ya, yb] = await both((c, side, m) => c.deleteExperiment(m.ingest))
  same(yb, ya)
  await sameRejection((c, side, m) => c.getDatasetExperiment(m.dataset.id, m.ingest), 404)

  const [za, zb] = await both((c, side, m) => c.deleteDataset(m.dataset.id))
  same(zb, za)
  assert.deepEqual(zb, { success: true })
  await sameRejection((c, side, m) => c.getDataset(m.dataset.id), 404)
  assert.equal((await clients.nv.listDatasets()).datasets.length, 0)
})
