'use strict'
// Memory: reply shapes of older servers.

const finish = {
  /** `listMemoryThreads`: older servers answer a bare array; make it a page. */
  threadsPage(reply, ns) {
    if (reply && !Array.isArray(reply) && 'threads' in reply) return reply
    const params = ns.params ?? {}
    return { threads: reply, total: reply.length, page: params.page ?? 0, perPage: params.perPage ?? 100, hasMore: false }
  },
}

module.exports = { finish }
