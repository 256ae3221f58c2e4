'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the vectors group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Vector: class Vector extends Resource {
    details(indexName, requestContext) { return run(this, 195, arguments) }
    delete(indexName) { return run(this, 196, arguments) }
    getIndexes(requestContext) { return run(this, 197, arguments) }
    createIndex(params) { return run(this, 198, arguments) }
    upsert(params) { return run(this, 199, arguments) }
    query(params) { return run(this, 200, arguments) }
  },
})
