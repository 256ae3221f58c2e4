// Wire cases of workspaces: their files, search index and skills, and a workspace's skills.
// Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json } from '../support/wire-cases.mjs'

const ws = (c) => c.getWorkspace('ws 1')
const skill = (c) => c.getWorkspace('ws 1').getSkill('skïll one')
const skillAt = (c) => c.getWorkspace('ws 1').getSkill('skïll one', 'skills/a b/SKILL.md')
const notFound = json({ error: 'not found' }, 404)
const ok = (path) => json({ success: true, path })

/** A bad argument: both sides reject with a TypeError (messages differ), the native one sends nothing. */
const badArgument = (method, args, message, more = {}) => ({
  method,
  target: ws,
  args: [args],
  differs: 'a missing argument is a TypeError naming it, before any request',
  expect: (nv, js, { nvOutcome }) => {
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.ok, false)
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, message)
  },
  ...more,
})

export default [
  { method: 'MastraClient.listWorkspaces', answer: json({ workspaces: [{ id: 'ws', name: 'Wörkspace', source: 'mastra' }] }) },
  { method: 'MastraClient.listWorkspaces', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getWorkspace', kind: 'maker', args: [['ws-1'], ['ws 1'], ['wš/1']] },
  { method: 'Workspace.request', target: ws, args: [[`/workspaces/ws/custom`], [`/custom`, { method: 'DELETE' }]] },
  { method: 'WorkspaceSkillResource.request', target: skill, args: [[`/custom`]] },

  { method: 'Workspace.info', target: ws, answer: json({ isWorkspaceConfigured: true, id: 'ws 1', name: 'W', capabilities: { hasFilesystem: true } }) },
  { method: 'Workspace.info', target: (c) => c.getWorkspace('a/b'), label: "an id holding '/' is one segment (encoded)" },
  { method: 'Workspace.info', target: ws, label: '404 answer', answer: notFound },

  {
    method: 'Workspace.readFile',
    target: ws,
    args: [['notes/a.txt'], ['dïr/a b&c.txt', 'base64'], ['a.txt', ''], ['/abs/x', 'utf-8'], ['']],
    answer: json({ path: 'notes/a.txt', content: 'héllo', type: 'file', size: 6 }),
  },
  { method: 'Workspace.readFile', target: ws, label: '404 answer', args: [['missing.txt']], answer: notFound },
  badArgument('Workspace.readFile', [], /readFile\(\): path must be a string, got undefined/, {
    label: 'no path',
    expect: (nv, js, { nvOutcome }) => {
      assert.deepEqual(js[0].query, [['path', 'undefined']], 'client-js sends path=undefined (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /Workspace\.readFile\(\): path must be a string, got undefined/)
    },
  }),

  {
    method: 'Workspace.writeFile',
    target: ws,
    args: [['a.txt', 'héllo\n'], ['d/e/f.bin', 'AAEC', { encoding: 'base64', recursive: true }], ['a.txt', '', {}], ['a.txt', 'x', { recursive: false }]],
    answer: ok('a.txt'),
  },
  { method: 'Workspace.writeFile', target: ws, label: '403 answer (read-only)', args: [['a.txt', 'x']], answer: json({ error: 'read only' }, 403) },
  badArgument('Workspace.writeFile', ['a.txt'], /writeFile\(\): content must be a string, got undefined/, { label: 'no content' }),

  {
    method: 'Workspace.listFiles',
    target: ws,
    args: [['.'], ['/'], ['dïr sub', true], ['dir', false], ['']],
    answer: json({ path: '/', entries: [{ name: 'a.txt', type: 'file', size: 1 }] }),
  },
  badArgument('Workspace.listFiles', [undefined, true], /listFiles\(\): path must be a string/, { label: 'no path' }),

  {
    method: 'Workspace.delete',
    target: ws,
    args: [['a.txt'], ['dïr', { recursive: true, force: true }], ['d', { recursive: false }], ['d', { force: false }], ['d', {}]],
    answer: ok('a.txt'),
  },
  { method: 'Workspace.delete', target: ws, label: '404 answer', args: [['nope']], answer: notFound },
  badArgument('Workspace.delete', [null], /delete\(\): path must be a string, got null/, { label: 'null path' }),

  { method: 'Workspace.mkdir', target: ws, args: [['new dir'], ['a/b/c', true], ['x', false]], answer: ok('new dir') },
  badArgument('Workspace.mkdir', [], /mkdir\(\): path must be a string/, { label: 'no path' }),

  { method: 'Workspace.stat', target: ws, args: [['a.txt'], ['dïr/x y']], answer: json({ path: 'a.txt', type: 'file', size: 3, modifiedAt: '2026-01-01T00:00:00.000Z' }) },
  badArgument('Workspace.stat', [42], /stat\(\): path must be a string, got number/, { label: 'number path' }),

  {
    method: 'Workspace.search',
    target: ws,
    args: [[{ query: 'héllo wörld' }], [{ query: 'x', topK: 5, mode: 'hybrid', minScore: 0.5 }], [{ query: 'x', topK: 0, minScore: 0, mode: '' }], [{ query: '' }]],
    answer: json({ results: [{ id: 'a.txt', content: 'héllo', score: 1 }], query: 'x', mode: 'bm25' }),
  },
  { method: 'Workspace.search', target: ws, label: '400 answer', args: [[{ query: 'x', mode: 'vector' }]], answer: json({ error: 'no vector store' }, 400) },
  badArgument('Workspace.search', [], /search\(\): params\.query must be a string, got undefined/, { label: 'no params' }),
  badArgument('Workspace.search', [{ topK: 1 }], /search\(\): params\.query must be a string/, { label: 'no query' }),

  {
    method: 'Workspace.index',
    target: ws,
    args: [[{ path: 'doc.md', content: '# Tïtle\nbody' }], [{ path: 'a', content: 'b', metadata: { tag: 'x', n: [1, null] } }], [undefined]],
    answer: ok('doc.md'),
  },
  { method: 'Workspace.index', target: ws, label: '400 answer', args: [[{}]], answer: json({ error: 'path required' }, 400) },

  { method: 'Workspace.listSkills', target: ws, answer: json({ skills: [{ name: 's', description: 'd', path: 'skills/s' }], isSkillsConfigured: true }) },
  {
    method: 'Workspace.searchSkills',
    target: ws,
    args: [
      [{ query: 'how tö' }],
      [{ query: 'x', topK: 3, minScore: 0.1, skillNames: ['a', 'b c'], includeReferences: true }],
      [{ query: 'x', skillNames: [], includeReferences: false, topK: 0 }],
      [{ query: 'x', skillNames: ['only'] }],
    ],
    answer: json({ results: [{ skillName: 'a', source: 'SKILL.md', content: 'x', score: 1 }], query: 'x' }),
  },
  badArgument('Workspace.searchSkills', [{}], /searchSkills\(\): params\.query must be a string/, { label: 'no query' }),

  { method: 'Workspace.getSkill', kind: 'maker', target: ws, args: [['skill'], ['skïll one', 'skills/a b/SKILL.md'], ['s', ''], ['s', undefined]] },
  {
    method: 'Workspace.getSkill',
    kind: 'maker',
    target: ws,
    label: 'no skill name',
    differs: 'a missing skill name is a TypeError, not a skill named "undefined"',
    args: [[]],
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.value.basePath, '/workspaces/ws%201/skills/undefined', 'client-js names the skill "undefined" (premise)')
      assert.equal(nv.length, 0)
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.match(nvOutcome.error.message, /getSkill\(\): skillName must be a non-empty string/)
    },
  },

  { method: 'WorkspaceSkillResource.details', target: skill, answer: json({ name: 'skïll one', description: 'd', path: 'skills/s', instructions: 'Do' }) },
  { method: 'WorkspaceSkillResource.details', target: skillAt, label: 'with a skill path' },
  { method: 'WorkspaceSkillResource.details', target: skill, label: '404 answer', answer: notFound },
  { method: 'WorkspaceSkillResource.listReferences', target: skill, answer: json({ skillName: 's', references: ['references/a.md'] }) },
  { method: 'WorkspaceSkillResource.listReferences', target: skillAt, label: 'with a skill path' },
  {
    method: 'WorkspaceSkillResource.getReference',
    target: skill,
    args: [['a.md'], ['réf erence.md'], ['sub/dir/a.md']],
    answer: json({ skillName: 's', referencePath: 'a.md', content: '# A' }),
  },
  { method: 'WorkspaceSkillResource.getReference', target: skillAt, label: 'with a skill path', args: [['a.md']] },
  { method: 'WorkspaceSkillResource.getReference', target: skill, label: '404 answer', args: [['nope.md']], answer: notFound },
]
