'use strict'
// Channels: installations filtered by agent on the client.

const finish = {
  /** `listInstallations(platform, agentId)`: only the agent's installations when it is given. */
  channelsForAgent(installations, ns) {
    return ns.agentId ? installations.filter((installation) => installation.agentId === ns.agentId) : installations
  },
}

module.exports = { finish }
