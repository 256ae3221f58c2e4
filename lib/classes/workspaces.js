'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the workspaces group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  Workspace: class Workspace extends Resource {
    info() { return run(this, 403, arguments) }
    readFile(path, encoding) { return run(this, 404, arguments) }
    writeFile(path, content, options) { return run(this, 405, arguments) }
    listFiles(path, recursive) { return run(this, 406, arguments) }
    delete(path, options) { return run(this, 407, arguments) }
    mkdir(path, recursive) { return run(this, 408, arguments) }
    stat(path) { return run(this, 409, arguments) }
    search(params) { return run(this, 410, arguments) }
    index(params) { return run(this, 411, arguments) }
    listSkills() { return run(this, 412, arguments) }
    searchSkills(params) { return run(this, 413, arguments) }
    getSkill(skillName, skillPath) { return run(this, 414, arguments) }
  },
  WorkspaceSkillResource: class WorkspaceSkillResource extends Resource {
    details() { return run(this, 415, arguments) }
    listReferences() { return run(this, 416, arguments) }
    getReference(referencePath) { return run(this, 417, arguments) }
  },
})
