'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the conversations group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Conversations: class Conversations extends Resource {
    create(params) { return run(this, 444, arguments) }
    retrieve(conversationId, requestContext) { return run(this, 445, arguments) }
    delete(conversationId, requestContext) { return run(this, 446, arguments) }
  },
  ConversationItems: class ConversationItems extends Resource {
    list(conversationId, requestContext) { return run(this, 447, arguments) }
  },
})
