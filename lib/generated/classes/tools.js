'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the tools group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Tool: class Tool extends Resource {
    details(requestContext) { return run(this, 'Tool.details', arguments) }
    execute(params) { return run(this, 'Tool.execute', arguments) }
  },
  Processor: class Processor extends Resource {
    details(requestContext) { return run(this, 'Processor.details', arguments) }
    execute(params) { return run(this, 'Processor.execute', arguments) }
  },
  MCPTool: class MCPTool extends Resource {
    details(requestContext) { return run(this, 'MCPTool.details', arguments) }
    execute(params) { return run(this, 'MCPTool.execute', arguments) }
  },
  ToolProvider: class ToolProvider extends Resource {
    listToolkits() { return run(this, 'ToolProvider.listToolkits', arguments) }
    listTools(params) { return run(this, 'ToolProvider.listTools', arguments) }
    getToolSchema(toolSlug) { return run(this, 'ToolProvider.getToolSchema', arguments) }
    authorize(params) { return run(this, 'ToolProvider.authorize', arguments) }
    getAuthStatus(authId) { return run(this, 'ToolProvider.getAuthStatus', arguments) }
    getConnectionStatus(params) { return run(this, 'ToolProvider.getConnectionStatus', arguments) }
    listConnections(params) { return run(this, 'ToolProvider.listConnections', arguments) }
    listConnectionFields(params) { return run(this, 'ToolProvider.listConnectionFields', arguments) }
    disconnectConnection(connectionId, params) { return run(this, 'ToolProvider.disconnectConnection', arguments) }
    updateConnection(connectionId, params) { return run(this, 'ToolProvider.updateConnection', arguments) }
    getConnectionUsage(connectionId, params) { return run(this, 'ToolProvider.getConnectionUsage', arguments) }
    getHealth() { return run(this, 'ToolProvider.getHealth', arguments) }
  },
  ProcessorProvider: class ProcessorProvider extends Resource {
    details() { return run(this, 'ProcessorProvider.details', arguments) }
  },
})
