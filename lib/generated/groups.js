'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// Static `require`s (which editors and bundlers follow) of each group's class, route and
// hook files (lib/groups/<group>.js is hand-written); a group's files load when first needed.

/** The class maker of group `group` (lib/generated/classes/<group>.js). */
exports.classes = (group) => {
  switch (group) {
    case 'client':
      return require('./classes/client')
    case 'agents':
      return require('./classes/agents')
    case 'workflows':
      return require('./classes/workflows')
    case 'tools':
      return require('./classes/tools')
    case 'agent_builder':
      return require('./classes/agent_builder')
    case 'agent_controller':
      return require('./classes/agent_controller')
    case 'memory':
      return require('./classes/memory')
    case 'vectors':
      return require('./classes/vectors')
    case 'observability':
      return require('./classes/observability')
    case 'stored':
      return require('./classes/stored')
    case 'workspaces':
      return require('./classes/workspaces')
    case 'a2a':
      return require('./classes/a2a')
    case 'conversations':
      return require('./classes/conversations')
    case 'responses':
      return require('./classes/responses')
    case 'channels':
      return require('./classes/channels')
    default:
      throw new Error(`no class file for group '${group}'`)
  }
}

/** The routes of group `group` (lib/generated/routes/<group>.js). */
exports.routes = (group) => {
  switch (group) {
    case 'client':
      return require('./routes/client')
    case 'agents':
      return require('./routes/agents')
    case 'workflows':
      return require('./routes/workflows')
    case 'tools':
      return require('./routes/tools')
    case 'agent_builder':
      return require('./routes/agent_builder')
    case 'agent_controller':
      return require('./routes/agent_controller')
    case 'background_tasks':
      return require('./routes/background_tasks')
    case 'memory':
      return require('./routes/memory')
    case 'vectors':
      return require('./routes/vectors')
    case 'logs':
      return require('./routes/logs')
    case 'observability':
      return require('./routes/observability')
    case 'scores':
      return require('./routes/scores')
    case 'datasets':
      return require('./routes/datasets')
    case 'schedules':
      return require('./routes/schedules')
    case 'stored':
      return require('./routes/stored')
    case 'workspaces':
      return require('./routes/workspaces')
    case 'a2a':
      return require('./routes/a2a')
    case 'conversations':
      return require('./routes/conversations')
    case 'responses':
      return require('./routes/responses')
    case 'channels':
      return require('./routes/channels')
    case 'system':
      return require('./routes/system')
    default:
      throw new Error(`no route file for group '${group}'`)
  }
}

/** The hooks of group `group` (lib/groups/<group>.js: prepare, finish, custom), or `{}`. */
exports.hooks = (group) => {
  switch (group) {
    case 'client':
      return require('../groups/client')
    case 'agents':
      return require('../groups/agents')
    case 'workflows':
      return require('../groups/workflows')
    case 'tools':
      return require('../groups/tools')
    case 'agent_builder':
      return require('../groups/agent_builder')
    case 'agent_controller':
      return require('../groups/agent_controller')
    case 'memory':
      return require('../groups/memory')
    case 'logs':
      return require('../groups/logs')
    case 'observability':
      return require('../groups/observability')
    case 'scores':
      return require('../groups/scores')
    case 'datasets':
      return require('../groups/datasets')
    case 'schedules':
      return require('../groups/schedules')
    case 'stored':
      return require('../groups/stored')
    case 'workspaces':
      return require('../groups/workspaces')
    case 'a2a':
      return require('../groups/a2a')
    case 'conversations':
      return require('../groups/conversations')
    case 'responses':
      return require('../groups/responses')
    case 'channels':
      return require('../groups/channels')
    case 'system':
      return require('../groups/system')
    default:
      return {}
  }
}
