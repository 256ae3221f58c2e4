'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the conversations group, declared in src/core/routes/conversations.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Creates a conversation. `POST /v1/conversations` */
  'Conversations.create': { json: '{"bind":[],"body":{"kind":"whole","src":"body"},"class":"Conversations","group":"conversations","hookFile":"lib/resources/conversations.js","hooks":"Conversations","method":"create","name":"Conversations.create","params":["params"],"path":"/v1/conversations","prepare":"conversationCreate","prepares":["requestContext","body"],"query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"POST"}', prepare: () => hooks.Conversations.prepare.conversationCreate },
  /** A conversation by id. `GET /v1/conversations/{conversationId}` */
  'Conversations.retrieve': { json: '{"bind":[],"body":{"kind":"none"},"class":"Conversations","group":"conversations","method":"retrieve","name":"Conversations.retrieve","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Deletes a conversation. `DELETE /v1/conversations/{conversationId}` */
  'Conversations.delete': { json: '{"bind":[],"body":{"kind":"none"},"class":"Conversations","group":"conversations","method":"delete","name":"Conversations.delete","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"DELETE"}' },
  /** The items of a conversation, in order. `GET /v1/conversations/{conversationId}/items` */
  'ConversationItems.list': { json: '{"bind":[],"body":{"kind":"none"},"class":"ConversationItems","group":"conversations","method":"list","name":"ConversationItems.list","params":["conversationId","requestContext"],"path":"/v1/conversations/{conversationId}/items","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}' },
}
