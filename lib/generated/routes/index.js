'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The route files by group, each loaded when first read.

module.exports = {
  /** The routes of the client group (src/core/routes/mod.rs). */
  get client() {
    const value = require('./client')
    Object.defineProperty(this, 'client', { value })
    return value
  },
  /** The routes of the agents group (src/core/routes/agents.rs). */
  get agents() {
    const value = require('./agents')
    Object.defineProperty(this, 'agents', { value })
    return value
  },
  /** The routes of the workflows group (src/core/routes/workflows.rs). */
  get workflows() {
    const value = require('./workflows')
    Object.defineProperty(this, 'workflows', { value })
    return value
  },
  /** The routes of the tools group (src/core/routes/tools.rs). */
  get tools() {
    const value = require('./tools')
    Object.defineProperty(this, 'tools', { value })
    return value
  },
  /** The routes of the agent_builder group (src/core/routes/agent_builder.rs). */
  get agent_builder() {
    const value = require('./agent_builder')
    Object.defineProperty(this, 'agent_builder', { value })
    return value
  },
  /** The routes of the agent_controller group (src/core/routes/agent_controller.rs). */
  get agent_controller() {
    const value = require('./agent_controller')
    Object.defineProperty(this, 'agent_controller', { value })
    return value
  },
  /** The routes of the background_tasks group (src/core/routes/background_tasks.rs). */
  get background_tasks() {
    const value = require('./background_tasks')
    Object.defineProperty(this, 'background_tasks', { value })
    return value
  },
  /** The routes of the memory group (src/core/routes/memory.rs). */
  get memory() {
    const value = require('./memory')
    Object.defineProperty(this, 'memory', { value })
    return value
  },
  /** The routes of the vectors group (src/core/routes/vectors.rs). */
  get vectors() {
    const value = require('./vectors')
    Object.defineProperty(this, 'vectors', { value })
    return value
  },
  /** The routes of the logs group (src/core/routes/logs.rs). */
  get logs() {
    const value = require('./logs')
    Object.defineProperty(this, 'logs', { value })
    return value
  },
  /** The routes of the observability group (src/core/routes/observability.rs). */
  get observability() {
    const value = require('./observability')
    Object.defineProperty(this, 'observability', { value })
    return value
  },
  /** The routes of the scores group (src/core/routes/scores.rs). */
  get scores() {
    const value = require('./scores')
    Object.defineProperty(this, 'scores', { value })
    return value
  },
  /** The routes of the datasets group (src/core/routes/datasets.rs). */
  get datasets() {
    const value = require('./datasets')
    Object.defineProperty(this, 'datasets', { value })
    return value
  },
  /** The routes of the schedules group (src/core/routes/schedules.rs). */
  get schedules() {
    const value = require('./schedules')
    Object.defineProperty(this, 'schedules', { value })
    return value
  },
  /** The routes of the stored group (src/core/routes/stored.rs). */
  get stored() {
    const value = require('./stored')
    Object.defineProperty(this, 'stored', { value })
    return value
  },
  /** The routes of the workspaces group (src/core/routes/workspaces.rs). */
  get workspaces() {
    const value = require('./workspaces')
    Object.defineProperty(this, 'workspaces', { value })
    return value
  },
  /** The routes of the a2a group (src/core/routes/a2a.rs). */
  get a2a() {
    const value = require('./a2a')
    Object.defineProperty(this, 'a2a', { value })
    return value
  },
  /** The routes of the conversations group (src/core/routes/conversations.rs). */
  get conversations() {
    const value = require('./conversations')
    Object.defineProperty(this, 'conversations', { value })
    return value
  },
  /** The routes of the responses group (src/core/routes/responses.rs). */
  get responses() {
    const value = require('./responses')
    Object.defineProperty(this, 'responses', { value })
    return value
  },
  /** The routes of the channels group (src/core/routes/channels.rs). */
  get channels() {
    const value = require('./channels')
    Object.defineProperty(this, 'channels', { value })
    return value
  },
  /** The routes of the system group (src/core/routes/system.rs). */
  get system() {
    const value = require('./system')
    Object.defineProperty(this, 'system', { value })
    return value
  },
}
