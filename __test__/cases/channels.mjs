// Wire cases of `client.channels`. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json } from '../support/wire-cases.mjs'

const channels = (c) => c.channels
const installations = [
  { id: 'i1', platform: 'slack', agentId: 'a1', status: 'active' },
  { id: 'i2', platform: 'slack', agentId: 'a2', status: 'pending' },
  { id: 'i3', platform: 'slack', agentId: 'a1', status: 'active' },
]

export default [
  { method: 'Channels.request', target: channels, args: [[`/channels/platforms`]] },
  { method: 'Channels.listPlatforms', target: channels, answer: json([{ id: 'slack', name: 'Slack', isConfigured: true }]) },
  { method: 'Channels.listPlatforms', target: channels, label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'Channels.listInstallations', target: channels, args: [['slack'], ['slack', 'a1'], ['slack', 'none'], ['slack', ''], ['sl ack', undefined]], answer: json(installations) },
  { method: 'Channels.listInstallations', target: channels, label: '404 answer', args: [['nope']], answer: json({ error: 'unknown platform' }, 404) },
  {
    method: 'Channels.connect',
    target: channels,
    args: [['slack', 'a1'], ['slack', 'a1', { redirectUrl: 'https://x/é', scopes: ['chat:write'] }], ['slack', 'a 1', null]],
    answer: json({ type: 'oauth', authorizationUrl: 'https://slack.com/oauth' }),
  },
  { method: 'Channels.connect', target: channels, label: '400 answer', args: [['slack', 'a1']], answer: json({ error: 'not configured' }, 400) },
  { method: 'Channels.disconnect', target: channels, args: [['slack', 'a1'], ['slack', 'a 1'], ['sl:ack', 'ü']], answer: json({ success: true }) },
  { method: 'Channels.disconnect', target: channels, label: '404 answer', args: [['slack', 'nope']], answer: json({ error: 'not connected' }, 404) },
  {
    method: 'Channels.disconnect',
    differs: 'path values are percent-encoded: an id cannot change the path',
    target: channels,
    args: [['slack', 'a/b']],
    expect: (nv, js) => {
      assert.equal(js[0].path, '/api/channels/slack/a/b/disconnect', 'client-js pastes the id (premise)')
      assert.equal(nv.length, 1)
      assert.equal(nv[0].path, '/api/channels/slack/a%2Fb/disconnect')
    },
  },
  {
    method: 'Channels.listInstallations',
    differs: 'a missing path value is a TypeError naming it, not the text "undefined" in the path',
    target: channels,
    args: [[undefined]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0]?.path, '/api/channels/undefined/installations', 'client-js sends "undefined" (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /platform is required/)
    },
  },
]
