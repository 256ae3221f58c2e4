'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the conversations group (src/core/routes/conversations.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'Conversations.create': '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Conversations","group":"conversations","method":"create","name":"Conversations.create","params":["params"],"path":"/v1/conversations","prepare":"conversationCreate","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"POST"}',
  'Conversations.retrieve': '{"bind":[],"body":{"kind":"none"},"class":"Conversations","group":"conversations","method":"retrieve","name":"Conversations.retrieve","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
  'Conversations.delete': '{"bind":[],"body":{"kind":"none"},"class":"Conversations","group":"conversations","method":"delete","name":"Conversations.delete","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"DELETE"}',
  'ConversationItems.list': '{"bind":[],"body":{"kind":"none"},"class":"ConversationItems","group":"conversations","method":"list","name":"ConversationItems.list","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}/items","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
}
