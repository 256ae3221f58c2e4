'use strict'
// Scores: the query of the score lists (`page`/`perPage` sent whenever given, null included).

/** `page` and `perPage` as sent: whenever they are not undefined. */
function paging(query, page, perPage) {
  if (page !== undefined) query.page = String(page)
  if (perPage !== undefined) query.perPage = String(perPage)
  return query
}

const prepare = {
  /** `listScoresByScorerId`: entity filters when set, then the page. */
  scoresByScorer(ns) {
    const params = ns.params
    const { page, perPage, entityId, entityType } = params
    const query = {}
    if (entityId) query.entityId = entityId
    if (entityType) query.entityType = entityType
    ns.scoresQuery = paging(query, page, perPage)
  },
  /** `listScoresByRunId`: the page. */
  scoresByRun(ns) {
    const params = ns.params
    // eslint-disable-next-line no-unused-vars
    const { runId, page, perPage } = params
    ns.scoresQuery = paging({}, page, perPage)
  },
  /** `listScoresByEntityId`: the page. */
  scoresByEntity(ns) {
    const params = ns.params
    // eslint-disable-next-line no-unused-vars
    const { entityId, entityType, page, perPage } = params
    ns.scoresQuery = paging({}, page, perPage)
  },
}

module.exports = { prepare }
