'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the responses group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Responses: class Responses extends Resource {
    create(params) { return run(this, routes.responses['Responses.create'], arguments) }
    stream(params) { return run(this, routes.responses['Responses.stream'], arguments) }
    retrieve(responseId, requestContext) { return run(this, routes.responses['Responses.retrieve'], arguments) }
    delete(responseId, requestContext) { return run(this, routes.responses['Responses.delete'], arguments) }
  },
})
