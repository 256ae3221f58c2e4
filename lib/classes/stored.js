'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the stored group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  StoredAgent: class StoredAgent extends Resource {
    details(requestContext, options) { return run(this, 344, arguments) }
    update(params, requestContext) { return run(this, 345, arguments) }
    delete(requestContext) { return run(this, 346, arguments) }
    export(params) { return run(this, 347, arguments) }
    openChangeRequest(params) { return run(this, 348, arguments) }
    dependents(requestContext) { return run(this, 349, arguments) }
    favorite(requestContext) { return run(this, 350, arguments) }
    unfavorite(requestContext) { return run(this, 351, arguments) }
    listVersions(params, requestContext) { return run(this, 352, arguments) }
    createVersion(params, requestContext) { return run(this, 353, arguments) }
    getVersion(versionId, requestContext) { return run(this, 354, arguments) }
    activateVersion(versionId, requestContext) { return run(this, 355, arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 356, arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 357, arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 358, arguments) }
  },
  StoredPromptBlock: class StoredPromptBlock extends Resource {
    details(requestContext, options) { return run(this, 362, arguments) }
    update(params, requestContext) { return run(this, 363, arguments) }
    delete(requestContext) { return run(this, 364, arguments) }
    listVersions(params, requestContext) { return run(this, 365, arguments) }
    createVersion(params, requestContext) { return run(this, 366, arguments) }
    getVersion(versionId, requestContext) { return run(this, 367, arguments) }
    activateVersion(versionId, requestContext) { return run(this, 368, arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 369, arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 370, arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 371, arguments) }
  },
  StoredScorer: class StoredScorer extends Resource {
    details(requestContext, options) { return run(this, 375, arguments) }
    update(params, requestContext) { return run(this, 376, arguments) }
    delete(requestContext) { return run(this, 377, arguments) }
    listVersions(params, requestContext) { return run(this, 378, arguments) }
    createVersion(params, requestContext) { return run(this, 379, arguments) }
    getVersion(versionId, requestContext) { return run(this, 380, arguments) }
    activateVersion(versionId, requestContext) { return run(this, 381, arguments) }
    restoreVersion(versionId, requestContext) { return run(this, 382, arguments) }
    deleteVersion(versionId, requestContext) { return run(this, 383, arguments) }
    compareVersions(fromId, toId, requestContext) { return run(this, 384, arguments) }
  },
  StoredMCPClient: class StoredMCPClient extends Resource {
    details(requestContext) { return run(this, 388, arguments) }
    update(params, requestContext) { return run(this, 389, arguments) }
    delete(requestContext) { return run(this, 390, arguments) }
  },
  StoredSkill: class StoredSkill extends Resource {
    details(requestContext) { return run(this, 394, arguments) }
    update(params, requestContext) { return run(this, 395, arguments) }
    delete(requestContext) { return run(this, 396, arguments) }
    favorite(requestContext) { return run(this, 397, arguments) }
    unfavorite(requestContext) { return run(this, 398, arguments) }
  },
})
