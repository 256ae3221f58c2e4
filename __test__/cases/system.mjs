// Wire cases of the system methods and the Agent Builder's settings and skill registries.
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json } from '../support/wire-cases.mjs'

const forbidden = json({ error: 'Forbidden' }, 403)

export default [
  { method: 'MastraClient.getSystemPackages', answer: json({ packages: [{ name: '@mastra/core', version: '1.71.0' }] }) },
  { method: 'MastraClient.getSystemPackages', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getPermissionPatterns', answer: json({ patterns: ['agents:read', '*'] }) },
  { method: 'MastraClient.getPermissionPatterns', label: '403 answer', answer: forbidden },
  { method: 'MastraClient.getWorkflowBuilderSettings', answer: json({ enabled: false }) },
  { method: 'MastraClient.getBuilderSettings', answer: json({ enabled: true, features: { skills: true } }) },
  { method: 'MastraClient.getBuilderSettings', label: '404 answer', answer: json({ error: 'Not found' }, 404) },
  { method: 'MastraClient.getBuilderAvailableModels', answer: json({ providers: [{ id: 'openai', models: ['gpt-x'] }] }) },
  { method: 'MastraClient.getInfrastructureStatus', answer: json({ configured: false }) },
  { method: 'MastraClient.getInfrastructureStatus', label: '403 answer', answer: forbidden },
  { method: 'MastraClient.listBuilderRegistries', answer: json({ registries: [{ id: 'skills-sh', enabled: true }] }) },
  {
    method: 'MastraClient.searchBuilderRegistry',
    args: [['skills-sh', { q: 'pdf tools' }], ['skills sh/é', { q: 'a&b=c é', limit: 5 }], ['r', { q: '', limit: 0 }], ['r', {}]],
    answer: json({ skills: [{ name: 's' }] }),
  },
  { method: 'MastraClient.searchBuilderRegistry', label: '404 answer (registry disabled)', args: [['off', { q: 'x' }]], answer: json({ error: 'Registry not found' }, 404) },
  {
    method: 'MastraClient.searchBuilderRegistry',
    differs: 'a missing params object is a TypeError naming it (client-js fails reading params.q)',
    args: [['r']],
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, false, 'client-js rejects too (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /searchBuilderRegistry\(\): params is required/)
    },
  },
  { method: 'MastraClient.getBuilderRegistryPopular', args: [['skills-sh'], ['skills-sh', {}], ['skills-sh', { limit: 10 }], ['skills-sh', { limit: 0, offset: 20 }], ['skills-sh', { offset: 5 }]], answer: json({ skills: [] }) },
  {
    method: 'MastraClient.getBuilderRegistryPreview',
    args: [['skills-sh', { owner: 'mastra-ai', repo: 'skills', path: 'pdf/SKILL.md' }], ['r', { owner: 'o é', repo: 'r&x', path: 'a b/c' }], ['r', { owner: 'o' }]],
    answer: json({ content: '# PDF' }),
  },
  {
    method: 'MastraClient.getBuilderRegistryPreview',
    differs: 'a missing params object is a TypeError naming it (client-js fails reading params.owner)',
    args: [['r']],
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, false, 'client-js rejects too (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.match(nvOutcome.error.message, /getBuilderRegistryPreview\(\): params is required/)
    },
  },
  {
    method: 'MastraClient.installBuilderRegistrySkill',
    args: [['skills-sh', { owner: 'mastra-ai', repo: 'skills', path: 'pdf' }], ['skills-sh', { owner: 'o', repo: 'r', path: 'p', name: 'Ünï' }], ['skills-sh']],
    answer: json({ id: 'pdf', name: 'pdf' }),
  },
  { method: 'MastraClient.installBuilderRegistrySkill', label: '409 answer', args: [['skills-sh', { owner: 'o', repo: 'r', path: 'p' }]], answer: json({ error: 'Skill already exists' }, 409) },
  {
    method: 'MastraClient.getBuilderRegistryPopular',
    differs: 'a missing path value is a TypeError naming it, not the text "undefined" in the path',
    args: [[undefined]],
    expect: (nv, js, { nvOutcome }) => {
      assert.equal(js[0]?.path, '/api/editor/builder/registries/undefined/popular', 'client-js sends "undefined" (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /registryId is required/)
    },
  },
]
