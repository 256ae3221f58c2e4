'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the tools group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Tool: class Tool extends Resource {
    details(requestContext) { return run(this, 83, arguments) }
    execute(params) { return run(this, 84, arguments) }
  },
  Processor: class Processor extends Resource {
    details(requestContext) { return run(this, 87, arguments) }
    execute(params) { return run(this, 88, arguments) }
  },
  MCPTool: class MCPTool extends Resource {
    details(requestContext) { return run(this, 95, arguments) }
    execute(params) { return run(this, 96, arguments) }
  },
  ToolProvider: class ToolProvider extends Resource {
    listToolkits() { return run(this, 99, arguments) }
    listTools(params) { return run(this, 100, arguments) }
    getToolSchema(toolSlug) { return run(this, 101, arguments) }
    authorize(params) { return run(this, 102, arguments) }
    getAuthStatus(authId) { return run(this, 103, arguments) }
    getConnectionStatus(params) { return run(this, 104, arguments) }
    listConnections(params) { return run(this, 105, arguments) }
    listConnectionFields(params) { return run(this, 106, arguments) }
    disconnectConnection(connectionId, params) { return run(this, 107, arguments) }
    updateConnection(connectionId, params) { return run(this, 108, arguments) }
    getConnectionUsage(connectionId, params) { return run(this, 109, arguments) }
    getHealth() { return run(this, 110, arguments) }
  },
  ProcessorProvider: class ProcessorProvider extends Resource {
    details() { return run(this, 113, arguments) }
  },
})
