'use strict'
// Conversations: the request context goes on the query, the other params are the body.

const { splitRequestContext } = require('../values')

const prepare = {
  /** `create(params)`: `requestContext` apart from the body (params are required). */
  conversationCreate: splitRequestContext,
}

module.exports = { prepare }
