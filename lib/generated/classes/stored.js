'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the stored group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  StoredAgent: class StoredAgent extends Resource {
    details(requestContext, options) { return run(this, routes.stored['StoredAgent.details'], arguments) }
    update(params, requestContext) { return run(this, routes.stored['StoredAgent.update'], arguments) }
    delete(requestContext) { return run(this, routes.stored['StoredAgent.delete'], arguments) }
    export(params) { return run(this, routes.stored['StoredAgent.export'], arguments) }
    openChangeRequest(params) { return run(this, routes.stored['StoredAgent.openChangeRequest'], arguments) }
    dependents(requestContext) { return run(this, routes.stored['StoredAgent.dependents'], arguments) }
    favorite(requestContext) { return run(this, routes.stored['StoredAgent.favorite'], arguments) }
    unfavorite(requestContext) { return run(this, routes.stored['StoredAgent.unfavorite'], arguments) }
    listVersions(params, requestContext) { return run(this, routes.stored['StoredAgent.listVersions'], arguments) }
    createVersion(params, requestContext) { return run(this, routes.stored['StoredAgent.createVersion'], arguments) }
    getVersion(versionId, requestContext) { return run(this, routes.stored['StoredAgent.getVersion'], arguments) }
    activateVersion(versionId, requestContext) { return run(this, routes.stored['StoredAgent.activateVersion'], arguments) }
    restoreVersion(versionId, requestContext) { return run(this, routes.stored['StoredAgent.restoreVersion'], arguments) }
    deleteVersion(versionId, requestContext) { return run(this, routes.stored['StoredAgent.deleteVersion'], arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, routes.stored['StoredAgent.compareVersions'], arguments) }
  },
  StoredPromptBlock: class StoredPromptBlock extends Resource {
    details(requestContext, options) { return run(this, routes.stored['StoredPromptBlock.details'], arguments) }
    update(params, requestContext) { return run(this, routes.stored['StoredPromptBlock.update'], arguments) }
    delete(requestContext) { return run(this, routes.stored['StoredPromptBlock.delete'], arguments) }
    listVersions(params, requestContext) { return run(this, routes.stored['StoredPromptBlock.listVersions'], arguments) }
    createVersion(params, requestContext) { return run(this, routes.stored['StoredPromptBlock.createVersion'], arguments) }
    getVersion(versionId, requestContext) { return run(this, routes.stored['StoredPromptBlock.getVersion'], arguments) }
    activateVersion(versionId, requestContext) { return run(this, routes.stored['StoredPromptBlock.activateVersion'], arguments) }
    restoreVersion(versionId, requestContext) { return run(this, routes.stored['StoredPromptBlock.restoreVersion'], arguments) }
    deleteVersion(versionId, requestContext) { return run(this, routes.stored['StoredPromptBlock.deleteVersion'], arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, routes.stored['StoredPromptBlock.compareVersions'], arguments) }
  },
  StoredScorer: class StoredScorer extends Resource {
    details(requestContext, options) { return run(this, routes.stored['StoredScorer.details'], arguments) }
    update(params, requestContext) { return run(this, routes.stored['StoredScorer.update'], arguments) }
    delete(requestContext) { return run(this, routes.stored['StoredScorer.delete'], arguments) }
    listVersions(params, requestContext) { return run(this, routes.stored['StoredScorer.listVersions'], arguments) }
    createVersion(params, requestContext) { return run(this, routes.stored['StoredScorer.createVersion'], arguments) }
    getVersion(versionId, requestContext) { return run(this, routes.stored['StoredScorer.getVersion'], arguments) }
    activateVersion(versionId, requestContext) { return run(this, routes.stored['StoredScorer.activateVersion'], arguments) }
    restoreVersion(versionId, requestContext) { return run(this, routes.stored['StoredScorer.restoreVersion'], arguments) }
    deleteVersion(versionId, requestContext) { return run(this, routes.stored['StoredScorer.deleteVersion'], arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, routes.stored['StoredScorer.compareVersions'], arguments) }
  },
  StoredMCPClient: class StoredMCPClient extends Resource {
    details(requestContext) { return run(this, routes.stored['StoredMCPClient.details'], arguments) }
    update(params, requestContext) { return run(this, routes.stored['StoredMCPClient.update'], arguments) }
    delete(requestContext) { return run(this, routes.stored['StoredMCPClient.delete'], arguments) }
  },
  StoredSkill: class StoredSkill extends Resource {
    details(requestContext) { return run(this, routes.stored['StoredSkill.details'], arguments) }
    update(params, requestContext) { return run(this, routes.stored['StoredSkill.update'], arguments) }
    delete(requestContext) { return run(this, routes.stored['StoredSkill.delete'], arguments) }
    favorite(requestContext) { return run(this, routes.stored['StoredSkill.favorite'], arguments) }
    unfavorite(requestContext) { return run(this, routes.stored['StoredSkill.unfavorite'], arguments) }
  },
})
