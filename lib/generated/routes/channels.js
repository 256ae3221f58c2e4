'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the channels group, declared in src/core/routes/channels.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** The registered channel platforms and whether each is configured. `GET /channels/platforms` */
  'Channels.listPlatforms': { json: '{"bind":[],"body":{"kind":"none"},"class":"Channels","group":"channels","method":"listPlatforms","name":"Channels.listPlatforms","params":[],"path":"/channels/platforms","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** A platform's installations; with `agentId`, only that agent's. `GET /channels/{platform}/installations` */
  'Channels.listInstallations': { json: '{"bind":[],"body":{"kind":"none"},"class":"Channels","finish":"channelsForAgent","group":"channels","hookFile":"lib/resources/channels.js","hooks":"Channels","method":"listInstallations","name":"Channels.listInstallations","params":["platform","agentId"],"path":"/channels/{platform}/installations","query":[],"reply":{"kind":"json"},"verb":"GET"}', finish: () => hooks.Channels.finish.channelsForAgent },
  /** Connects an agent to a platform; the result's `type` says which authorization flow follows. `POST /channels/{platform}/connect` */
  'Channels.connect': { json: '{"bind":[],"body":{"fields":[{"enc":"plain","key":"agentId","src":"agentId"},{"enc":"plain","key":"options","src":"options"}],"kind":"pick"},"class":"Channels","group":"channels","method":"connect","name":"Channels.connect","params":["platform","agentId","options"],"path":"/channels/{platform}/connect","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Disconnects an agent from a platform. `POST /channels/{platform}/{agentId}/disconnect` */
  'Channels.disconnect': { json: '{"bind":[],"body":{"kind":"none"},"class":"Channels","group":"channels","method":"disconnect","name":"Channels.disconnect","params":["platform","agentId"],"path":"/channels/{platform}/{agentId}/disconnect","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
