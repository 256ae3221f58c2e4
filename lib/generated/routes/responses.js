'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the responses group, declared in src/core/routes/responses.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Creates a response, with `output_text` (with `stream: true`: a ResponsesStream of its events). `POST /v1/responses` */
  'Responses.create': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Responses","finish":"responsesOutputText","group":"responses","hookFile":"lib/resources/responses.js","hooks":"Responses","method":"create","name":"Responses.create","params":["params"],"path":"/v1/responses","prepare":"responsesParams","prepares":["requestContext","body"],"query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"variants":[{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Responses","finish":"responsesStreamOf","group":"responses","hookFile":"lib/resources/responses.js","hooks":"Responses","method":"create","name":"Responses.create","params":["params"],"path":"/v1/responses","prepare":"responsesParams","prepares":["requestContext","body"],"query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"response"},"verb":"POST","when":"params.stream"}],"verb":"POST"}', prepare: () => hooks.Responses.prepare.responsesParams, finish: () => hooks.Responses.finish.responsesOutputText, variants: [{ prepare: () => hooks.Responses.prepare.responsesParams, finish: () => hooks.Responses.finish.responsesStreamOf }] },
  /** Creates a response and resolves with a ResponsesStream of its events. `POST /v1/responses` */
  'Responses.stream': { json: '{"bind":[],"body":{"kind":"none"},"class":"Responses","custom":"responsesStream","group":"responses","hookFile":"lib/resources/responses.js","hooks":"Responses","method":"stream","name":"Responses.stream","params":["params"],"path":"/v1/responses","query":[],"reply":{"kind":"json"},"verb":"POST"}', custom: () => hooks.Responses.custom.responsesStream },
  /** A stored response by id, with `output_text`. `GET /v1/responses/{responseId}` */
  'Responses.retrieve': { json: '{"bind":[],"body":{"kind":"none"},"class":"Responses","finish":"responsesOutputText","group":"responses","hookFile":"lib/resources/responses.js","hooks":"Responses","method":"retrieve","name":"Responses.retrieve","params":["responseId","requestContext"],"path":"/v1/responses/{responseId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}', finish: () => hooks.Responses.finish.responsesOutputText },
  /** Deletes a stored response. `DELETE /v1/responses/{responseId}` */
  'Responses.delete': { json: '{"bind":[],"body":{"kind":"none"},"class":"Responses","group":"responses","method":"delete","name":"Responses.delete","params":["responseId","requestContext"],"path":"/v1/responses/{responseId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"DELETE"}' },
}
