'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the system group, declared in src/core/routes/system.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** The Mastra packages installed on the server, with their versions. `GET /system/packages` */
  'MastraClient.getSystemPackages': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getSystemPackages","name":"MastraClient.getSystemPackages","params":[],"path":"/system/packages","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The valid permission-pattern strings. `GET /auth/permission-patterns` */
  'MastraClient.getPermissionPatterns': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getPermissionPatterns","name":"MastraClient.getPermissionPatterns","params":[],"path":"/auth/permission-patterns","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The workflow builder's settings (feature flags for the UI). `GET /editor/workflow-builder/settings` */
  'MastraClient.getWorkflowBuilderSettings': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getWorkflowBuilderSettings","name":"MastraClient.getWorkflowBuilderSettings","params":[],"path":"/editor/workflow-builder/settings","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The agent builder's settings (feature flags and configuration set by an admin). `GET /editor/builder/settings` */
  'MastraClient.getBuilderSettings': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getBuilderSettings","name":"MastraClient.getBuilderSettings","params":[],"path":"/editor/builder/settings","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The providers and models the builder's model policy allows. `GET /editor/builder/models/available` */
  'MastraClient.getBuilderAvailableModels': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getBuilderAvailableModels","name":"MastraClient.getBuilderAvailableModels","params":[],"path":"/editor/builder/models/available","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The agent builder's infrastructure configuration and resolution status. `GET /editor/builder/infrastructure` */
  'MastraClient.getInfrastructureStatus': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getInfrastructureStatus","name":"MastraClient.getInfrastructureStatus","params":[],"path":"/editor/builder/infrastructure","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The skill registries the builder knows, each with whether it is enabled. `GET /editor/builder/registries` */
  'MastraClient.listBuilderRegistries': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"listBuilderRegistries","name":"MastraClient.listBuilderRegistries","params":[],"path":"/editor/builder/registries","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Searches a skill registry. `GET /editor/builder/registries/{registryId}/search` */
  'MastraClient.searchBuilderRegistry': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","hookFile":"lib/groups/system.js","hooks":"system","method":"searchBuilderRegistry","name":"MastraClient.searchBuilderRegistry","params":["registryId","params"],"path":"/editor/builder/registries/{registryId}/search","prepare":"systemRegistryParams","query":[{"enc":"raw","key":"q","src":"params.q"},{"enc":"num","key":"limit","src":"params.limit"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.system.prepare.systemRegistryParams },
  /** The popular skills of a registry. `GET /editor/builder/registries/{registryId}/popular` */
  'MastraClient.getBuilderRegistryPopular': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","method":"getBuilderRegistryPopular","name":"MastraClient.getBuilderRegistryPopular","params":["registryId","params"],"path":"/editor/builder/registries/{registryId}/popular","query":[{"enc":"num","key":"limit","src":"params.limit"},{"enc":"num","key":"offset","src":"params.offset"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** The rendered preview of one registry skill. `GET /editor/builder/registries/{registryId}/preview` */
  'MastraClient.getBuilderRegistryPreview': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"system","hookFile":"lib/groups/system.js","hooks":"system","method":"getBuilderRegistryPreview","name":"MastraClient.getBuilderRegistryPreview","params":["registryId","params"],"path":"/editor/builder/registries/{registryId}/preview","prepare":"systemRegistryParams","query":[{"enc":"raw","key":"owner","src":"params.owner"},{"enc":"raw","key":"repo","src":"params.repo"},{"enc":"raw","key":"path","src":"params.path"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.system.prepare.systemRegistryParams },
  /** Installs a registry skill into the stored skills (409 when one with its id exists). `POST /editor/builder/registries/{registryId}/install` */
  'MastraClient.installBuilderRegistrySkill': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"MastraClient","group":"system","method":"installBuilderRegistrySkill","name":"MastraClient.installBuilderRegistrySkill","params":["registryId","body"],"path":"/editor/builder/registries/{registryId}/install","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
