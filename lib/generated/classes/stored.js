'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the stored group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  StoredAgent: class StoredAgent extends Resource {
    details(requestContext, options) { return run(this, 'StoredAgent.details', arguments) }
    update(params, requestContext) { return run(this, 'StoredAgent.update', arguments) }
    delete(requestContext) { return run(this, 'StoredAgent.delete', arguments) }
    export(params) { return run(this, 'StoredAgent.export', arguments) }
    openChangeRequest(params) { return run(this, 'StoredAgent.openChangeRequest', arguments) }
    dependents(requestContext) { return run(this, 'StoredAgent.dependents', arguments) }
    favorite(requestContext) { return run(this, 'StoredAgent.favorite', arguments) }
    unfavorite(requestContext) { return run(this, 'StoredAgent.unfavorite', arguments) }
    listVersions(params, requestContext) { return run(this, 'StoredAgent.listVersions', arguments) }
    createVersion(params, requestContext) { return run(this, 'StoredAgent.createVersion', arguments) }
    getVersion(versionId, requestContext) { return run(this, 'StoredAgent.getVersion', arguments) }
    activateVersion(versionId, requestContext) { return run(this, 'StoredAgent.activateVersion', arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 'StoredAgent.restoreVersion', arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 'StoredAgent.deleteVersion', arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 'StoredAgent.compareVersions', arguments) }
  },
  StoredPromptBlock: class StoredPromptBlock extends Resource {
    details(requestContext, options) { return run(this, 'StoredPromptBlock.details', arguments) }
    update(params, requestContext) { return run(this, 'StoredPromptBlock.update', arguments) }
    delete(requestContext) { return run(this, 'StoredPromptBlock.delete', arguments) }
    listVersions(params, requestContext) { return run(this, 'StoredPromptBlock.listVersions', arguments) }
    createVersion(params, requestContext) { return run(this, 'StoredPromptBlock.createVersion', arguments) }
    getVersion(versionId, requestContext) { return run(this, 'StoredPromptBlock.getVersion', arguments) }
    activateVersion(versionId, requestContext) { return run(this, 'StoredPromptBlock.activateVersion', arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 'StoredPromptBlock.restoreVersion', arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 'StoredPromptBlock.deleteVersion', arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 'StoredPromptBlock.compareVersions', arguments) }
  },
  StoredScorer: class StoredScorer extends Resource {
    details(requestContext, options) { return run(this, 'StoredScorer.details', arguments) }
    update(params, requestContext) { return run(this, 'StoredScorer.update', arguments) }
    delete(requestContext) { return run(this, 'StoredScorer.delete', arguments) }
    listVersions(params, requestContext) { return run(this, 'StoredScorer.listVersions', arguments) }
    createVersion(params, requestContext) { return run(this, 'StoredScorer.createVersion', arguments) }
    getVersion(versionId, requestContext) { return run(this, 'StoredScorer.getVersion', arguments) }
    activateVersion(versionId, requestContext) { return run(this, 'StoredScorer.activateVersion', arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 'StoredScorer.restoreVersion', arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 'StoredScorer.deleteVersion', arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 'StoredScorer.compareVersions', arguments) }
  },
  StoredMCPClient: class StoredMCPClient extends Resource {
    details(requestContext) { return run(this, 'StoredMCPClient.details', arguments) }
    update(params, requestContext) { return run(this, 'StoredMCPClient.update', arguments) }
    delete(requestContext) { return run(this, 'StoredMCPClient.delete', arguments) }
  },
  StoredSkill: class StoredSkill extends Resource {
    details(requestContext) { return run(this, 'StoredSkill.details', arguments) }
    update(params, requestContext) { return run(this, 'StoredSkill.update', arguments) }
    delete(requestContext) { return run(this, 'StoredSkill.delete', arguments) }
    favorite(requestContext) { return run(this, 'StoredSkill.favorite', arguments) }
    unfavorite(requestContext) { return run(this, 'StoredSkill.unfavorite', arguments) }
  },
})
