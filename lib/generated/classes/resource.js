'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The base of every class, on the facade's `Base` (core, fields, members) and dispatcher `run`. */
module.exports = (Base, run) =>
  class Resource extends Base {
    request(path, options) { return run(this, routes.client['Resource.request'], arguments) }
  }
