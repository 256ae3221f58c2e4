'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the channels group (src/core/routes/channels.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'Channels.listPlatforms': '{"bind":[],"body":{"kind":"none"},"class":"Channels","group":"channels","method":"listPlatforms","name":"Channels.listPlatforms","params":[],"path":"/channels/platforms","query":[],"reply":{"kind":"json"},"verb":"GET"}',
  'Channels.listInstallations': '{"bind":[],"body":{"kind":"none"},"class":"Channels","finish":"channelsForAgent","group":"channels","method":"listInstallations","name":"Channels.listInstallations","params":["platform","agentId"],"path":"/channels/{platform}/installations","query":[],"reply":{"kind":"json"},"verb":"GET"}',
  'Channels.connect': '{"bind":[],"body":{"fields":[{"enc":"plain","key":"agentId","src":"agentId"},{"enc":"plain","key":"options","src":"options"}],"kind":"pick"},"class":"Channels","group":"channels","method":"connect","name":"Channels.connect","params":["platform","agentId","options"],"path":"/channels/{platform}/connect","query":[],"reply":{"kind":"json"},"verb":"POST"}',
  'Channels.disconnect': '{"bind":[],"body":{"kind":"none"},"class":"Channels","group":"channels","method":"disconnect","name":"Channels.disconnect","params":["platform","agentId"],"path":"/channels/{platform}/{agentId}/disconnect","query":[],"reply":{"kind":"json"},"verb":"POST"}',
}
