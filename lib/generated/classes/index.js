'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The class files by group (each a function of the facade's `Resource`, `Base` and `run`), each loaded when first read.

module.exports = {
  /** The classes of the client group. */
  get client() {
    const value = require('./client')
    Object.defineProperty(this, 'client', { value })
    return value
  },
  /** The classes of the agents group. */
  get agents() {
    const value = require('./agents')
    Object.defineProperty(this, 'agents', { value })
    return value
  },
  /** The classes of the workflows group. */
  get workflows() {
    const value = require('./workflows')
    Object.defineProperty(this, 'workflows', { value })
    return value
  },
  /** The classes of the tools group. */
  get tools() {
    const value = require('./tools')
    Object.defineProperty(this, 'tools', { value })
    return value
  },
  /** The classes of the agent_builder group. */
  get agent_builder() {
    const value = require('./agent_builder')
    Object.defineProperty(this, 'agent_builder', { value })
    return value
  },
  /** The classes of the agent_controller group. */
  get agent_controller() {
    const value = require('./agent_controller')
    Object.defineProperty(this, 'agent_controller', { value })
    return value
  },
  /** The classes of the memory group. */
  get memory() {
    const value = require('./memory')
    Object.defineProperty(this, 'memory', { value })
    return value
  },
  /** The classes of the vectors group. */
  get vectors() {
    const value = require('./vectors')
    Object.defineProperty(this, 'vectors', { value })
    return value
  },
  /** The classes of the observability group. */
  get observability() {
    const value = require('./observability')
    Object.defineProperty(this, 'observability', { value })
    return value
  },
  /** The classes of the stored group. */
  get stored() {
    const value = require('./stored')
    Object.defineProperty(this, 'stored', { value })
    return value
  },
  /** The classes of the workspaces group. */
  get workspaces() {
    const value = require('./workspaces')
    Object.defineProperty(this, 'workspaces', { value })
    return value
  },
  /** The classes of the a2a group. */
  get a2a() {
    const value = require('./a2a')
    Object.defineProperty(this, 'a2a', { value })
    return value
  },
  /** The classes of the conversations group. */
  get conversations() {
    const value = require('./conversations')
    Object.defineProperty(this, 'conversations', { value })
    return value
  },
  /** The classes of the responses group. */
  get responses() {
    const value = require('./responses')
    Object.defineProperty(this, 'responses', { value })
    return value
  },
  /** The classes of the channels group. */
  get channels() {
    const value = require('./channels')
    Object.defineProperty(this, 'channels', { value })
    return value
  },
}
