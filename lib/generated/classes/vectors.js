'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the vectors group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Vector: class Vector extends Resource {
    details(indexName, requestContext) { return run(this, routes.vectors['Vector.details'], arguments) }
    delete(indexName) { return run(this, routes.vectors['Vector.delete'], arguments) }
    getIndexes(requestContext) { return run(this, routes.vectors['Vector.getIndexes'], arguments) }
    createIndex(params) { return run(this, routes.vectors['Vector.createIndex'], arguments) }
    upsert(params) { return run(this, routes.vectors['Vector.upsert'], arguments) }
    query(params) { return run(this, routes.vectors['Vector.query'], arguments) }
  },
})
