'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the responses group (src/core/routes/responses.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'Responses.create': '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Responses","finish":"responsesOutputText","group":"responses","method":"create","name":"Responses.create","params":["params"],"path":"/v1/responses","prepare":"responsesParams","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"variants":[{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Responses","finish":"responsesStreamOf","group":"responses","method":"create","name":"Responses.create","params":["params"],"path":"/v1/responses","prepare":"responsesParams","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"response"},"verb":"POST","when":"params.stream"}],"verb":"POST"}',
  'Responses.stream': '{"bind":[],"body":{"kind":"none"},"class":"Responses","custom":"responsesStream","group":"responses","method":"stream","name":"Responses.stream","params":["params"],"path":"/v1/responses","query":[],"reply":{"kind":"json"},"verb":"POST"}',
  'Responses.retrieve': '{"bind":[],"body":{"kind":"none"},"class":"Responses","finish":"responsesOutputText","group":"responses","method":"retrieve","name":"Responses.retrieve","params":["responseId","requestContext"],"path":"/v1/responses/{responseId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
  'Responses.delete': '{"bind":[],"body":{"kind":"none"},"class":"Responses","group":"responses","method":"delete","name":"Responses.delete","params":["responseId","requestContext"],"path":"/v1/responses/{responseId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"DELETE"}',
}
