'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the channels group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Channels: class Channels extends Resource {
    listPlatforms() { return run(this, routes.channels['Channels.listPlatforms'], arguments) }
    listInstallations(platform, agentId) { return run(this, routes.channels['Channels.listInstallations'], arguments) }
    connect(platform, agentId, options) { return run(this, routes.channels['Channels.connect'], arguments) }
    disconnect(platform, agentId) { return run(this, routes.channels['Channels.disconnect'], arguments) }
  },
})
