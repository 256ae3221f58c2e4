// Wire cases of the tools group: processors, MCP servers and their tools, tool providers and
// processor providers. (Tool.details/execute and listTools are in core.mjs.)
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json } from '../support/wire-cases.mjs'

const processor = (c) => c.getProcessor('moderation')
const mcpTool = (c) => c.getMcpServerTool('srv 1', 'tool-é')
const provider = (c) => c.getToolProvider('composio')
const processorProvider = (c) => c.getProcessorProvider('pp-1')

const notFound = json({ error: 'not found' }, 404)
const messages = [{ id: 'm1', role: 'user', content: { format: 2, parts: [{ type: 'text', text: 'hé' }] } }]

/** Asserts the native side refused the call with a TypeError before sending anything. */
const refusedBeforeSending = (message) => (nv, js, { nvOutcome, jsOutcome }) => {
  assert.equal(jsOutcome.ok, false, 'client-js fails too (premise)')
  assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js: a TypeError (premise)')
  assert.equal(nv.length, 0, 'nothing sent')
  assert.equal(nvOutcome.ok, false)
  assert.equal(nvOutcome.error.constructor.name, 'TypeError')
  assert.match(nvOutcome.error.message, message)
}

export default [
  // -------------------------------------------------------------------------
  // Processors
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.listProcessors',
    args: [[], [RC], [rcMap()], [{}]],
    answer: json({ moderation: { id: 'moderation', name: 'Modération', phases: ['input'] } }),
  },
  { method: 'MastraClient.listProcessors', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getProcessor', kind: 'maker', args: [['moderation'], ['p 1']] },
  {
    method: 'Processor.details',
    target: processor,
    args: [[], [RC], [rcMap()]],
    answer: json({ id: 'moderation', phases: ['input', 'outputResult'], configurations: [{ agentId: 'a', type: 'input' }] }),
  },
  { method: 'Processor.details', target: (c) => c.getProcessor('p é/1'), label: 'id with a space, é and /', differs: 'path values are percent-encoded: an id cannot change the path', expect: (nv, js) => {
    assert.equal(js[0].segments.length, nv[0].segments.length + 1, 'client-js splits the id at / (premise)')
    assert.equal(nv[0].path, '/api/processors/p%20%C3%A9%2F1')
  } },
  { method: 'Processor.details', target: processor, label: '404 answer', answer: notFound },
  {
    method: 'Processor.execute',
    target: processor,
    args: [
      [{ phase: 'input', messages }],
      [{ phase: 'outputResult', messages, agentId: 'agent-1', requestContext: RC }],
      [{ phase: 'input', messages, requestContext: rcMap() }],
      [{ phase: 'input', messages: [] }],
    ],
    answer: json({ success: true, phase: 'input', messages, tripwire: null }),
  },
  { method: 'Processor.execute', target: processor, label: '400 answer', args: [[{ phase: 'bogus', messages }]], answer: json({ error: 'bad phase' }, 400) },
  {
    method: 'Processor.execute',
    target: processor,
    label: 'no params',
    differs: 'a missing params object is a TypeError naming it, before anything is sent',
    expect: refusedBeforeSending(/^Processor\.execute\(\): params must be an object, got undefined$/),
  },
  { method: 'Processor.request', target: processor, args: [['/processors/moderation'], ['/x', { method: 'POST', body: { a: 1 } }]] },

  // -------------------------------------------------------------------------
  // MCP servers
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.getMcpServers',
    args: [[], [{}], [{ page: 0, perPage: 10 }], [{ limit: 5, offset: 10 }], [{ page: 2, perPage: 0, limit: 1, offset: 0 }]],
    answer: json({ servers: [{ id: 'srv', name: 'Sérveur', version_detail: { version: '1.0.0' } }], total_count: 1, next: null }),
  },
  {
    method: 'MastraClient.getMcpServerDetails',
    args: [['srv'], ['srv', {}], ['srv', { version: '1.0.0' }], ['srv 1', { version: '' }]],
    answer: json({ id: 'srv', name: 'Sérveur', description: 'd', package_canonical: 'npm' }),
  },
  { method: 'MastraClient.getMcpServerDetails', label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'MastraClient.getMcpServerTools', args: [['srv'], ['srv 1']], answer: json({ tools: [{ id: 't', name: 't', description: 'é' }] }) },
  { method: 'MastraClient.getMcpServerTools', label: '500 answer', args: [['srv']], answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getMcpServerTool', kind: 'maker', args: [['srv', 'tool'], ['srv 1', 'tool-é']] },
  { method: 'MastraClient.getMcpServerResources', args: [['srv'], ['srv é']], answer: json({ resources: [{ uri: 'ui://app', name: 'App', mimeType: 'text/html' }] }) },
  {
    method: 'MastraClient.readMcpServerResource',
    args: [['srv', 'ui://app/index.html'], ['srv', 'file:///tmp/é.txt']],
    answer: json({ contents: [{ uri: 'ui://app/index.html', mimeType: 'text/html', text: '<p>é</p>' }] }),
  },
  { method: 'MastraClient.readMcpServerResource', label: '404 answer', args: [['srv', 'ui://none']], answer: notFound },
  {
    method: 'MCPTool.details',
    target: mcpTool,
    args: [[], [RC], [rcMap()]],
    answer: json({ id: 'tool-é', name: 'tool-é', description: 'Does things', inputSchema: { type: 'object' } }),
  },
  {
    method: 'MCPTool.execute',
    target: mcpTool,
    args: [
      [{ data: { a: 1 } }],
      [{ data: { a: 1 }, requestContext: RC }],
      [{ data: 'x', requestContext: rcMap() }],
      [{ data: { a: 1 }, resumeData: { ok: true }, suspendPayload: { step: 1 } }],
      [{}],
    ],
    answer: json({ result: { sum: 3 } }),
  },
  { method: 'MCPTool.execute', target: mcpTool, label: 'suspended answer', args: [[{ data: {} }]], answer: json({ status: 'suspended', suspendPayload: { q: '?' }, resumeSchema: {} }) },
  { method: 'MCPTool.execute', target: mcpTool, label: '500 answer', args: [[{ data: {} }]], answer: json({ error: 'boom' }, 500) },
  {
    method: 'MCPTool.execute',
    target: mcpTool,
    label: 'null params',
    args: [[null]],
    differs: 'a missing params object is a TypeError naming it, before anything is sent',
    expect: refusedBeforeSending(/^MCPTool\.execute\(\): params must be an object, got null$/),
  },
  { method: 'MCPTool.request', target: mcpTool, args: [['/mcp/srv/tools']] },

  // -------------------------------------------------------------------------
  // Tool providers
  // -------------------------------------------------------------------------
  { method: 'MastraClient.listToolProviders', answer: json({ providers: [{ id: 'composio', name: 'Composio' }] }) },
  { method: 'MastraClient.getToolProvider', kind: 'maker', args: [['composio'], ['p 1']] },
  { method: 'ToolProvider.listToolkits', target: provider, answer: json({ data: [{ slug: 'github', name: 'GitHub' }], pagination: { page: 1 } }) },
  { method: 'ToolProvider.listToolkits', target: provider, label: '404 answer', answer: notFound },
  {
    method: 'ToolProvider.listTools',
    target: provider,
    args: [[], [{}], [{ toolkit: 'github', search: 'issue é', page: 2, perPage: 20 }], [{ page: 0, perPage: 0 }], [{ toolkit: '', search: '' }]],
    answer: json({ data: [{ slug: 'GITHUB_CREATE_ISSUE', name: 'Create issue' }] }),
  },
  { method: 'ToolProvider.getToolSchema', target: provider, args: [['GITHUB_CREATE_ISSUE'], ['slug é']], answer: json({ type: 'object', properties: {} }) },
  {
    method: 'ToolProvider.authorize',
    target: provider,
    args: [[{ toolkit: 'github', connectionId: 'c1' }], [{ toolkit: 'github', callbackUrl: 'https://example.test/cb?x=é' }]],
    answer: json({ authId: 'auth-1', redirectUrl: 'https://example.test/oauth' }),
  },
  { method: 'ToolProvider.getAuthStatus', target: provider, args: [['auth-1'], ['auth 2']], answer: json({ status: 'completed' }) },
  {
    method: 'ToolProvider.getConnectionStatus',
    target: provider,
    args: [[{ connections: [{ connectionId: 'c1', toolkit: 'github' }] }], [{}]],
    answer: json({ statuses: [{ connectionId: 'c1', toolkit: 'github', connected: true }] }),
  },
  {
    method: 'ToolProvider.listConnections',
    target: provider,
    args: [
      [{ toolkit: 'github' }],
      [{ toolkit: 'github', authorId: 'u1', page: 1, perPage: 50, scope: 'shared' }],
      [{ toolkit: 'github', authorId: '', page: null, perPage: 0, scope: '' }],
      [{}],
    ],
    answer: json({ connections: [], total: 0 }),
  },
  {
    method: 'ToolProvider.listConnections',
    target: provider,
    label: 'no params',
    differs: 'a missing params object is a TypeError naming it, before anything is sent',
    expect: refusedBeforeSending(/listConnections\(\): params must be an object with a toolkit/),
  },
  { method: 'ToolProvider.listConnectionFields', target: provider, args: [[{ toolkit: 'confluence' }], [{}]], answer: json({ fields: [{ name: 'subdomain' }] }) },
  {
    method: 'ToolProvider.listConnectionFields',
    target: provider,
    label: 'no params',
    differs: 'a missing params object is a TypeError naming it, before anything is sent',
    expect: refusedBeforeSending(/listConnectionFields\(\): params must be an object with a toolkit/),
  },
  {
    method: 'ToolProvider.disconnectConnection',
    target: provider,
    args: [['c1'], ['c1', {}], ['c 1', { toolkit: 'github', force: true }], ['c1', { force: false }]],
    answer: json({ success: true }),
  },
  { method: 'ToolProvider.disconnectConnection', target: provider, label: '409 answer', args: [['c1']], answer: json({ error: 'in use', agents: ['a'] }, 409) },
  {
    method: 'ToolProvider.updateConnection',
    target: provider,
    args: [['c1', { label: 'Wörk' }], ['c1', { label: null }], ['c1', { label: '' }]],
    answer: json({ connection: { id: 'c1', label: 'Wörk' } }),
  },
  { method: 'ToolProvider.getConnectionUsage', target: provider, args: [['c1'], ['c1', { toolkit: 'github' }], ['c1', {}]], answer: json({ agents: [{ id: 'a' }] }) },
  { method: 'ToolProvider.getHealth', target: provider, answer: json({ ok: true, configured: true }) },
  { method: 'ToolProvider.request', target: provider, args: [['/tool-providers/composio/health']] },

  // -------------------------------------------------------------------------
  // Processor providers
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.getProcessorProviders',
    answer: json({ providers: [{ id: 'pp-1', name: 'PP', availablePhases: ['processInput'] }] }),
  },
  { method: 'MastraClient.getProcessorProvider', kind: 'maker', args: [['pp-1'], ['pp 2']] },
  {
    method: 'ProcessorProvider.details',
    target: processorProvider,
    answer: json({ id: 'pp-1', name: 'PP', availablePhases: ['processInput'], configSchema: { type: 'object' } }),
  },
  { method: 'ProcessorProvider.details', target: processorProvider, label: '404 answer', answer: notFound },
  { method: 'ProcessorProvider.request', target: processorProvider, args: [['/processor-providers']] },
]
