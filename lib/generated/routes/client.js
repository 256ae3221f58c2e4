'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the client group (src/core/routes/mod.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'Resource.request': '{"bind":[],"body":{"kind":"none"},"class":"*","custom":"request","group":"client","method":"request","name":"Resource.request","params":["path","options"],"path":"/","query":[],"reply":{"kind":"json"},"verb":"GET"}',
}
