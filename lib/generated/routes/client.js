'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the client group, declared in src/core/routes/mod.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. `GET /` */
  'Resource.request': { json: '{"bind":[],"body":{"kind":"none"},"class":"*","custom":"request","group":"client","hookFile":"lib/groups/client.js","hooks":"client","method":"request","name":"Resource.request","params":["path","options"],"path":"/","query":[],"reply":{"kind":"json"},"verb":"GET"}', custom: () => hooks.client.custom.request },
}
