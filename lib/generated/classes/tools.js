'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the tools group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Tool: class Tool extends Resource {
    details(requestContext) { return run(this, routes.tools['Tool.details'], arguments) }
    execute(params) { return run(this, routes.tools['Tool.execute'], arguments) }
  },
  Processor: class Processor extends Resource {
    details(requestContext) { return run(this, routes.tools['Processor.details'], arguments) }
    execute(params) { return run(this, routes.tools['Processor.execute'], arguments) }
  },
  MCPTool: class MCPTool extends Resource {
    details(requestContext) { return run(this, routes.tools['MCPTool.details'], arguments) }
    execute(params) { return run(this, routes.tools['MCPTool.execute'], arguments) }
  },
  ToolProvider: class ToolProvider extends Resource {
    listToolkits() { return run(this, routes.tools['ToolProvider.listToolkits'], arguments) }
    listTools(params) { return run(this, routes.tools['ToolProvider.listTools'], arguments) }
    getToolSchema(toolSlug) { return run(this, routes.tools['ToolProvider.getToolSchema'], arguments) }
    authorize(params) { return run(this, routes.tools['ToolProvider.authorize'], arguments) }
    getAuthStatus(authId) { return run(this, routes.tools['ToolProvider.getAuthStatus'], arguments) }
    getConnectionStatus(params) { return run(this, routes.tools['ToolProvider.getConnectionStatus'], arguments) }
    listConnections(params) { return run(this, routes.tools['ToolProvider.listConnections'], arguments) }
    listConnectionFields(params) { return run(this, routes.tools['ToolProvider.listConnectionFields'], arguments) }
    disconnectConnection(connectionId, params) { return run(this, routes.tools['ToolProvider.disconnectConnection'], arguments) }
    updateConnection(connectionId, params) { return run(this, routes.tools['ToolProvider.updateConnection'], arguments) }
    getConnectionUsage(connectionId, params) { return run(this, routes.tools['ToolProvider.getConnectionUsage'], arguments) }
    getHealth() { return run(this, routes.tools['ToolProvider.getHealth'], arguments) }
  },
  ProcessorProvider: class ProcessorProvider extends Resource {
    details() { return run(this, routes.tools['ProcessorProvider.details'], arguments) }
  },
})
