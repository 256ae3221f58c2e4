'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The hand-written hook files (prepare, finish, custom): a class's own (lib/resources/<class>.js)
// and a group's (lib/groups/<group>.js: hooks shared by its classes or of the client's methods), each loaded when first read.

module.exports = {
  /** The hooks of the Agent class. */
  get Agent() {
    const value = require('../resources/agent')
    Object.defineProperty(this, 'Agent', { value })
    return value
  },
  /** The hooks of the AgentVoice class. */
  get AgentVoice() {
    const value = require('../resources/agent-voice')
    Object.defineProperty(this, 'AgentVoice', { value })
    return value
  },
  /** The hooks of the Workflow class. */
  get Workflow() {
    const value = require('../resources/workflow')
    Object.defineProperty(this, 'Workflow', { value })
    return value
  },
  /** The hooks of the Run class. */
  get Run() {
    const value = require('../resources/run')
    Object.defineProperty(this, 'Run', { value })
    return value
  },
  /** The hooks of the AgentBuilder class. */
  get AgentBuilder() {
    const value = require('../resources/agent-builder')
    Object.defineProperty(this, 'AgentBuilder', { value })
    return value
  },
  /** The hooks of the AgentController class. */
  get AgentController() {
    const value = require('../resources/agent-controller')
    Object.defineProperty(this, 'AgentController', { value })
    return value
  },
  /** The hooks of the AgentControllerSession class. */
  get AgentControllerSession() {
    const value = require('../resources/agent-controller-session')
    Object.defineProperty(this, 'AgentControllerSession', { value })
    return value
  },
  /** The hooks of the Observability class. */
  get Observability() {
    const value = require('../resources/observability')
    Object.defineProperty(this, 'Observability', { value })
    return value
  },
  /** The hooks of the Workspace class. */
  get Workspace() {
    const value = require('../resources/workspace')
    Object.defineProperty(this, 'Workspace', { value })
    return value
  },
  /** The hooks of the Conversations class. */
  get Conversations() {
    const value = require('../resources/conversations')
    Object.defineProperty(this, 'Conversations', { value })
    return value
  },
  /** The hooks of the Responses class. */
  get Responses() {
    const value = require('../resources/responses')
    Object.defineProperty(this, 'Responses', { value })
    return value
  },
  /** The hooks of the Channels class. */
  get Channels() {
    const value = require('../resources/channels')
    Object.defineProperty(this, 'Channels', { value })
    return value
  },
  /** The hooks shared in the client group. */
  get client() {
    const value = require('../groups/client')
    Object.defineProperty(this, 'client', { value })
    return value
  },
  /** The hooks shared in the tools group. */
  get tools() {
    const value = require('../groups/tools')
    Object.defineProperty(this, 'tools', { value })
    return value
  },
  /** The hooks shared in the memory group. */
  get memory() {
    const value = require('../groups/memory')
    Object.defineProperty(this, 'memory', { value })
    return value
  },
  /** The hooks shared in the logs group. */
  get logs() {
    const value = require('../groups/logs')
    Object.defineProperty(this, 'logs', { value })
    return value
  },
  /** The hooks shared in the scores group. */
  get scores() {
    const value = require('../groups/scores')
    Object.defineProperty(this, 'scores', { value })
    return value
  },
  /** The hooks shared in the datasets group. */
  get datasets() {
    const value = require('../groups/datasets')
    Object.defineProperty(this, 'datasets', { value })
    return value
  },
  /** The hooks shared in the schedules group. */
  get schedules() {
    const value = require('../groups/schedules')
    Object.defineProperty(this, 'schedules', { value })
    return value
  },
  /** The hooks shared in the stored group. */
  get stored() {
    const value = require('../groups/stored')
    Object.defineProperty(this, 'stored', { value })
    return value
  },
  /** The hooks shared in the a2a group. */
  get a2a() {
    const value = require('../groups/a2a')
    Object.defineProperty(this, 'a2a', { value })
    return value
  },
  /** The hooks shared in the system group. */
  get system() {
    const value = require('../groups/system')
    Object.defineProperty(this, 'system', { value })
    return value
  },
}
