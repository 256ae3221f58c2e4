'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the memory group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  MemoryThread: class MemoryThread extends Resource {
    get(requestContext) { return run(this, routes.memory['MemoryThread.get'], arguments) }
    update(params) { return run(this, routes.memory['MemoryThread.update'], arguments) }
    delete(opts) { return run(this, routes.memory['MemoryThread.delete'], arguments) }
    listMessages(params) { return run(this, routes.memory['MemoryThread.listMessages'], arguments) }
    deleteMessages(messageIds, opts) { return run(this, routes.memory['MemoryThread.deleteMessages'], arguments) }
    clone(params) { return run(this, routes.memory['MemoryThread.clone'], arguments) }
    transfer(params) { return run(this, routes.memory['MemoryThread.transfer'], arguments) }
  },
})
