'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the memory group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  MemoryThread: class MemoryThread extends Resource {
    get(requestContext) { return run(this, 185, arguments) }
    update(params) { return run(this, 186, arguments) }
    delete(opts) { return run(this, 187, arguments) }
    listMessages(params) { return run(this, 188, arguments) }
    deleteMessages(messageIds, opts) { return run(this, 189, arguments) }
    clone(params) { return run(this, 190, arguments) }
    transfer(params) { return run(this, 191, arguments) }
  },
})
