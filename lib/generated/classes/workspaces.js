'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the workspaces group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Workspace: class Workspace extends Resource {
    info() { return run(this, routes.workspaces['Workspace.info'], arguments) }
    readFile(path, encoding) { return run(this, routes.workspaces['Workspace.readFile'], arguments) }
    writeFile(path, content, options) { return run(this, routes.workspaces['Workspace.writeFile'], arguments) }
    listFiles(path, recursive) { return run(this, routes.workspaces['Workspace.listFiles'], arguments) }
    delete(path, options) { return run(this, routes.workspaces['Workspace.delete'], arguments) }
    mkdir(path, recursive) { return run(this, routes.workspaces['Workspace.mkdir'], arguments) }
    stat(path) { return run(this, routes.workspaces['Workspace.stat'], arguments) }
    search(params) { return run(this, routes.workspaces['Workspace.search'], arguments) }
    index(params) { return run(this, routes.workspaces['Workspace.index'], arguments) }
    listSkills() { return run(this, routes.workspaces['Workspace.listSkills'], arguments) }
    searchSkills(params) { return run(this, routes.workspaces['Workspace.searchSkills'], arguments) }
    getSkill(skillName, skillPath) { return run(this, routes.workspaces['Workspace.getSkill'], arguments) }
  },
  WorkspaceSkillResource: class WorkspaceSkillResource extends Resource {
    details() { return run(this, routes.workspaces['WorkspaceSkillResource.details'], arguments) }
    listReferences() { return run(this, routes.workspaces['WorkspaceSkillResource.listReferences'], arguments) }
    getReference(referencePath) { return run(this, routes.workspaces['WorkspaceSkillResource.getReference'], arguments) }
  },
})
