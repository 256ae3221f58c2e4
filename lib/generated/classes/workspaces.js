'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the workspaces group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  Workspace: class Workspace extends Resource {
    info() { return run(this, 'Workspace.info', arguments) }
    readFile(path, encoding) { return run(this, 'Workspace.readFile', arguments) }
    writeFile(path, content, options) { return run(this, 'Workspace.writeFile', arguments) }
    listFiles(path, recursive) { return run(this, 'Workspace.listFiles', arguments) }
    delete(path, options) { return run(this, 'Workspace.delete', arguments) }
    mkdir(path, recursive) { return run(this, 'Workspace.mkdir', arguments) }
    stat(path) { return run(this, 'Workspace.stat', arguments) }
    search(params) { return run(this, 'Workspace.search', arguments) }
    index(params) { return run(this, 'Workspace.index', arguments) }
    listSkills() { return run(this, 'Workspace.listSkills', arguments) }
    searchSkills(params) { return run(this, 'Workspace.searchSkills', arguments) }
    getSkill(skillName, skillPath) { return run(this, 'Workspace.getSkill', arguments) }
  },
  WorkspaceSkillResource: class WorkspaceSkillResource extends Resource {
    details() { return run(this, 'WorkspaceSkillResource.details', arguments) }
    listReferences() { return run(this, 'WorkspaceSkillResource.listReferences', arguments) }
    getReference(referencePath) { return run(this, 'WorkspaceSkillResource.getReference', arguments) }
  },
})
