'use strict'
// Client tools as client-js makes them (`createTool`, `ClientTool`): a tool's id, description,
// schemas and `execute`, run in this process when an agent calls it (see
// lib/resources/agent/client-tools.js). Pass them as `clientTools` of an agent call.

/** A client tool: `id`, `description`, `inputSchema`, `outputSchema` and `execute`, as given. */
class ClientTool {
  constructor(opts) {
    this.id = opts.id
    this.description = opts.description
    this.inputSchema = opts.inputSchema
    this.outputSchema = opts.outputSchema
    this.execute = opts.execute
  }
}

/** A `ClientTool` from its options (client-js `createTool`). */
function createTool(opts) {
  return new ClientTool(opts)
}

module.exports = { ClientTool, createTool }
