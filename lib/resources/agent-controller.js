'use strict'
// AgentController: its sessions, made here with no request.

const custom = {
  /** `AgentController.session(resourceId, scope)`: the session object, no request. */
  acSession: (kit) =>
    function session(resourceId, scope) {
      if (typeof resourceId !== 'string' || resourceId === '') throw new TypeError('session(): resourceId must be a non-empty string')
      if (scope !== undefined && typeof scope !== 'string') throw new TypeError('session(): scope must be a string when given')
      return kit.make(this, 'AgentControllerSession', { controllerId: this.controllerId, resourceId, scope })
    },
}

module.exports = { custom }
