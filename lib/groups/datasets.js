'use strict'
// Datasets and experiments: list queries, tenancy scopes and the create-only experiment body.
// Each list parameter keeps its own rule for being sent (defined, truthy or not null), as
// the server's clients write them; values are `String(v)`, array filters repeat their key.

const defined = (v) => v !== undefined
const truthy = (v) => Boolean(v)
const notNull = (v) => v != null

/** Ready query parameters from `p` by `rules` ([key, test] in wire order). */
function pick(p, rules) {
  const out = {}
  for (const [key, test] of rules) {
    const value = p?.[key]
    if (test(value)) out[key] = String(value)
  }
  return out
}

/** Every element of the iterable `p[key]` (an absent one: none), as text; a TypeError if not iterable. */
function each(p, key) {
  const out = []
  for (const value of p?.[key] ?? []) out.push(String(value))
  return out
}

/** `orderBy[field]` / `orderBy[direction]` when `orderBy` is given. */
function orderBy(out, p) {
  if (p?.orderBy) {
    out['orderBy[field]'] = String(p.orderBy.field)
    out['orderBy[direction]'] = String(p.orderBy.direction)
  }
  return out
}

const PAGE = [
  ['page', defined],
  ['perPage', defined],
]
const EXPERIMENT_FILTERS = [
  ...PAGE,
  ['experimentSetId', defined],
  ['comparisonId', defined],
  ['variantId', defined],
  ['trialIndex', defined],
  ['targetType', defined],
  ['targetId', defined],
]

/** Name of a route's last parameter. */
const lastParam = (route) => route.params[route.params.length - 1].split(':')[0].replace(/\?$/, '').trim()

const prepare = {
  /** `listDatasets`: page, target filters (`targetIds` repeated), order. */
  datasetsListQuery(ns) {
    const p = ns.params
    const out = pick(p, [...PAGE, ['targetType', defined]])
    out.targetIds = each(p, 'targetIds')
    ns.listQuery = orderBy(out, p)
  },
  /** `listDatasetItems`: page, search text, dataset version, order. */
  datasetsItemsQuery(ns) {
    const p = ns.params
    ns.listQuery = orderBy(pick(p, [...PAGE, ['search', truthy], ['version', notNull]]), p)
  },
  /** `listDatasetVersions`: page. */
  datasetsPageQuery(ns) {
    ns.listQuery = pick(ns.pagination, PAGE)
  },
  /** `listExperiments` / `listDatasetExperiments`: page, grouping and target filters, order. */
  datasetsExperimentsQuery(ns) {
    ns.listQuery = orderBy(pick(ns.params, EXPERIMENT_FILTERS), ns.params)
  },
  /** `listDatasetExperimentResults`: page, `tags` (repeated), order. */
  datasetsResultsQuery(ns) {
    const p = ns.options
    const out = pick(p, PAGE)
    out.tags = each(p, 'tags')
    ns.listQuery = orderBy(out, p)
  },
  /** Tenancy scope from the last parameter: `organizationId`, `projectId` when given. */
  datasetsTenancy(ns, route) {
    const tenancy = ns[lastParam(route)]
    ns.tenancyQuery = tenancy ? pick(tenancy, [['organizationId', truthy], ['projectId', truthy]]) : null
  },
  /** `createDatasetExperiment`: the parameters without `datasetId`, and `start: false`. */
  datasetsCreateExperiment(ns) {
    const params = ns.params
    const { datasetId, ...body } = params
    ns.experiment = { ...body, start: false }
  },
}

module.exports = { prepare }
