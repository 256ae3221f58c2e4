'use strict'
// Workspace: argument checks for file and search calls, and the skill resource.

/** Fails unless the value at `label` (a dotted path of the call) is a string. */
function requireString(ns, label, route) {
  const value = label.split('.').reduce((v, k) => (v == null ? undefined : v[k]), ns)
  if (typeof value !== 'string') {
    throw new TypeError(`${route.class}.${route.method}(): ${label} must be a string, got ${value === null ? 'null' : typeof value}`)
  }
}

const prepare = {
  /** File calls: `path` is required. */
  workspacePath(ns, route) {
    requireString(ns, 'path', route)
  },
  /** `writeFile(path, content)`: both are text. */
  workspaceWrite(ns, route) {
    requireString(ns, 'path', route)
    requireString(ns, 'content', route)
  },
  /** `search` / `searchSkills`: `params.query` is required. */
  workspaceQuery(ns, route) {
    requireString(ns, 'params.query', route)
  },
  /** `index`: a JSON body of `params`, left out when unset. */
  workspaceBody(ns) {
    ns.body = ns.params || undefined
  },
}

const custom = {
  /** `getSkill(name, path?)`: the skill resource, with its request path and query. */
  workspaceGetSkill: (kit) =>
    function getSkill(skillName, skillPath) {
      if (typeof skillName !== 'string' || skillName === '') throw new TypeError('Workspace.getSkill(): skillName must be a non-empty string')
      if (skillPath !== undefined && skillPath !== null && typeof skillPath !== 'string') {
        throw new TypeError('Workspace.getSkill(): skillPath must be a string')
      }
      return kit.make(this, 'WorkspaceSkillResource', {
        workspaceId: this.workspaceId,
        skillName,
        skillPath,
        basePath: `/workspaces/${encodeURIComponent(this.workspaceId)}/skills/${encodeURIComponent(skillName)}`,
        pathQuery: skillPath ? `?path=${encodeURIComponent(skillPath)}` : '',
      })
    },
}

module.exports = { prepare, custom }
