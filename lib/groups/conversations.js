'use strict'
// Conversations: the request context goes on the query, the other params are the body.

const prepare = {
  /** `create(params)`: `requestContext` apart from the body (params are required). */
  conversationCreate(ns) {
    const params = ns.params
    const { requestContext, ...body } = params
    ns.requestContext = requestContext
    ns.body = body
  },
}

module.exports = { prepare }
