// Wire cases of `client.conversations` and `client.conversations.items`. Format: see the top
// of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const conversations = (c) => c.conversations
const items = (c) => c.conversations.items
const conversation = { id: 'conv-1', object: 'conversation', created_at: 1767225600, metadata: { topic: 'é' } }
const notFound = json({ error: 'conversation not found' }, 404)

export default [
  { method: 'Conversations.request', target: conversations, args: [[`/v1/conversations`, { method: 'POST', body: { agent_id: 'a' } }]] },
  { method: 'ConversationItems.request', target: items, args: [[`/v1/conversations/c/items`]] },
  {
    method: 'Conversations.create',
    target: conversations,
    args: [
      [{ agent_id: 'echo-agent' }],
      [{ agent_id: 'echo-agent', conversation_id: 'c 1', resource_id: 'r', title: 'Tïtle', metadata: { a: [1, null] }, requestContext: RC }],
      [{ agent_id: 'echo-agent', requestContext: rcMap() }],
      [{ requestContext: {} }],
      [{}],
    ],
    answer: json(conversation),
  },
  { method: 'Conversations.create', target: conversations, label: 'params are required', args: [[], [null]] },
  { method: 'Conversations.create', target: conversations, label: '400 answer', args: [[{ agent_id: 'nope' }]], answer: json({ error: 'agent_id is required' }, 400) },
  { method: 'Conversations.retrieve', target: conversations, args: [['conv-1'], ['c 1/é', RC], ['conv-1', rcMap()], ['conv-1', undefined]], answer: json(conversation) },
  { method: 'Conversations.retrieve', target: conversations, label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'Conversations.delete', target: conversations, args: [['conv-1'], ['conv-1', RC], ['c?1', rcMap()]], answer: json({ id: 'conv-1', object: 'conversation.deleted', deleted: true }) },
  { method: 'Conversations.delete', target: conversations, label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'ConversationItems.list',
    target: items,
    args: [['conv-1'], ['conv-1', RC], ['c#1', rcMap()]],
    answer: json({ object: 'list', data: [{ id: 'msg-1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hé' }] }], first_id: 'msg-1', last_id: 'msg-1', has_more: false }),
  },
  { method: 'ConversationItems.list', target: items, label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'Conversations.retrieve',
    differs: 'a missing path value is a TypeError naming it, not the text "undefined" in the path',
    target: conversations,
    args: [[undefined]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0]?.path, '/api/v1/conversations/undefined', 'client-js sends "undefined" (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /conversationId is required/)
    },
  },
]
