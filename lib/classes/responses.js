'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the responses group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Responses: class Responses extends Resource {
    create(params) { return run(this, 448, arguments) }
    stream(params) { return run(this, 450, arguments) }
    retrieve(responseId, requestContext) { return run(this, 451, arguments) }
    delete(responseId, requestContext) { return run(this, 452, arguments) }
  },
})
