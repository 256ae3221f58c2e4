'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the conversations group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Conversations: class Conversations extends Resource {
    create(params) { return run(this, routes.conversations['Conversations.create'], arguments) }
    retrieve(conversationId, requestContext) { return run(this, routes.conversations['Conversations.retrieve'], arguments) }
    delete(conversationId, requestContext) { return run(this, routes.conversations['Conversations.delete'], arguments) }
  },
  ConversationItems: class ConversationItems extends Resource {
    list(conversationId, requestContext) { return run(this, routes.conversations['ConversationItems.list'], arguments) }
  },
})
