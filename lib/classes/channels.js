'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the channels group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Channels: class Channels extends Resource {
    listPlatforms() { return run(this, 453, arguments) }
    listInstallations(platform, agentId) { return run(this, 454, arguments) }
    connect(platform, agentId, options) { return run(this, 455, arguments) }
    disconnect(platform, agentId) { return run(this, 456, arguments) }
  },
})
