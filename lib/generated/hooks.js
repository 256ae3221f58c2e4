'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The hand-written hook files by group (lib/groups/<group>.js: prepare, finish, custom), each loaded when first read.

module.exports = {
  /** The hooks of the client group. */
  get client() {
    const value = require('../groups/client')
    Object.defineProperty(this, 'client', { value })
    return value
  },
  /** The hooks of the agents group. */
  get agents() {
    const value = require('../groups/agents')
    Object.defineProperty(this, 'agents', { value })
    return value
  },
  /** The hooks of the workflows group. */
  get workflows() {
    const value = require('../groups/workflows')
    Object.defineProperty(this, 'workflows', { value })
    return value
  },
  /** The hooks of the tools group. */
  get tools() {
    const value = require('../groups/tools')
    Object.defineProperty(this, 'tools', { value })
    return value
  },
  /** The hooks of the agent_builder group. */
  get agent_builder() {
    const value = require('../groups/agent_builder')
    Object.defineProperty(this, 'agent_builder', { value })
    return value
  },
  /** The hooks of the agent_controller group. */
  get agent_controller() {
    const value = require('../groups/agent_controller')
    Object.defineProperty(this, 'agent_controller', { value })
    return value
  },
  /** The hooks of the memory group. */
  get memory() {
    const value = require('../groups/memory')
    Object.defineProperty(this, 'memory', { value })
    return value
  },
  /** The hooks of the logs group. */
  get logs() {
    const value = require('../groups/logs')
    Object.defineProperty(this, 'logs', { value })
    return value
  },
  /** The hooks of the observability group. */
  get observability() {
    const value = require('../groups/observability')
    Object.defineProperty(this, 'observability', { value })
    return value
  },
  /** The hooks of the scores group. */
  get scores() {
    const value = require('../groups/scores')
    Object.defineProperty(this, 'scores', { value })
    return value
  },
  /** The hooks of the datasets group. */
  get datasets() {
    const value = require('../groups/datasets')
    Object.defineProperty(this, 'datasets', { value })
    return value
  },
  /** The hooks of the schedules group. */
  get schedules() {
    const value = require('../groups/schedules')
    Object.defineProperty(this, 'schedules', { value })
    return value
  },
  /** The hooks of the stored group. */
  get stored() {
    const value = require('../groups/stored')
    Object.defineProperty(this, 'stored', { value })
    return value
  },
  /** The hooks of the workspaces group. */
  get workspaces() {
    const value = require('../groups/workspaces')
    Object.defineProperty(this, 'workspaces', { value })
    return value
  },
  /** The hooks of the a2a group. */
  get a2a() {
    const value = require('../groups/a2a')
    Object.defineProperty(this, 'a2a', { value })
    return value
  },
  /** The hooks of the conversations group. */
  get conversations() {
    const value = require('../groups/conversations')
    Object.defineProperty(this, 'conversations', { value })
    return value
  },
  /** The hooks of the responses group. */
  get responses() {
    const value = require('../groups/responses')
    Object.defineProperty(this, 'responses', { value })
    return value
  },
  /** The hooks of the channels group. */
  get channels() {
    const value = require('../groups/channels')
    Object.defineProperty(this, 'channels', { value })
    return value
  },
  /** The hooks of the system group. */
  get system() {
    const value = require('../groups/system')
    Object.defineProperty(this, 'system', { value })
    return value
  },
}
