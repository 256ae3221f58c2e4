// Contract tests of the stored records (agents, prompt blocks, scorers, MCP clients, skills,
// workspaces) and of workspaces (files, search, skills) on a real Mastra server with LibSQL
// storage, and a workspace on a temporary folder (tools/fixture/stored.mjs) registered with
// the server's Mastra.
//
// Each side (client-js, then the native client) goes through the same steps on records of
// its own, named `ct_<what>_js` / `ct_<what>_nv`; the outcome of every step (value or HTTP
// error) is recorded, and the two records must match after normalization of ids and times.
//
// Run (Node >= 22): node --test __test__/contract/stored.test.mjs

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import * as ClientJs from '@mastra/client-js'
import { createContract, name, SIDE_RULE } from '../support/contract.mjs'
import { WORKSPACE_ID, createContractWorkspace } from '../../tools/fixture/stored.mjs'

const T = { timeout: 30_000 } // a guard against hangs only

let server
let Native
let js
let nv
let contractWorkspace

const contract = createContract({ replace: [SIDE_RULE] })
const { same } = contract

before(async () => {
  ;({ server, Native, js, nv } = await contract.start({
    setup: async (s) => {
      contractWorkspace = await createContractWorkspace()
      s.mastra.addWorkspace(contractWorkspace.workspace)
    },
  }))
})

after(async () => {
  await contract.stop()
  await contractWorkspace?.close()
})

/** The outcome of one call: its value, or the HTTP error it rejected with. */
async function outcome(fn, side) {
  try {
    return { ok: true, value: await fn() }
  } catch (error) {
    const Expected = side === 'js' ? ClientJs.MastraClientError : Native.MastraClientError
    if (!(error instanceof Expected)) throw error
    const { name: errorName, status, statusText, body, message } = error
    return { ok: false, error: { name: errorName, status, statusText, body, message } }
  }
}

/**
 * Runs `steps` (`[label, (client, side, state) => promise]`, in order) with client-js, then
 * with the native client, and asserts both records match; returns them ({ js, nv }).
 * A step's value is kept in `state[label]` for the steps after it.
 */
async function scenario(steps, { replace = [] } = {}) {
  const records = {}
  for (const [side, client] of [['js', js], ['nv', nv]]) {
    const record = {}
    const state = {}
    for (const [label, step] of steps) {
      record[label] = await outcome(() => step(client, side, state), side)
      state[label] = record[label].ok ? record[label].value : undefined
    }
    records[side] = record
  }
  same(records.nv, records.js, { replace })
  return records
}

/** Asserts which steps of a record succeeded and which failed with which status. */
function statuses(record, expected) {
  const got = Object.fromEntries(Object.entries(record).map(([label, o]) => [label, o.ok ? 'ok' : o.error.status]))
  assert.deepEqual(got, expected)
}

const model = { provider: 'openai', name: 'gpt-4o' }

// ---------------------------------------------------------------------------
// Stored agents
// ---------------------------------------------------------------------------

test('stored agents: create, read, update, versions, favorites, export, delete', T, async () => {
  const agent = (c, side) => c.getStoredAgent(name('agent', side))
  const { nv: record } = await scenario([
    ['create', (c, side) => c.createStoredAgent({ id: name('agent', side), name: 'Stored agent', description: 'A stored agent', instructions: 'Be helpful.', model })],
    ['details', (c, side) => agent(c, side).details()],
    ['details with a request context and status', (c, side) => agent(c, side).details({ tenant: 'Zoë' }, { status: 'published' })],
    ['update', (c, side) => agent(c, side).update({ instructions: 'Be very helpful.', description: 'Updated' }, { tenant: 'Zoë' })],
    ['details draft', (c, side) => agent(c, side).details(undefined, { status: 'draft' })],
    ['dependents', (c, side) => agent(c, side).dependents()],
    ['createVersion', (c, side) => agent(c, side).createVersion({ changeMessage: 'second' })],
    ['createVersion without params', (c, side) => agent(c, side).createVersion()],
    ['listVersions', (c, side) => agent(c, side).listVersions()],
    ['listVersions page', (c, side) => agent(c, side).listVersions({ page: 0, perPage: 1, orderBy: { field: 'versionNumber', direction: 'ASC' } }, { tenant: 'Zoë' })],
    ['getVersion', (c, side, s) => agent(c, side).getVersion(s['listVersions'].versions[0].id)],
    ['compareVersions', (c, side, s) => agent(c, side).compareVersions(s['listVersions'].versions.at(-1).id, s['listVersions'].versions[0].id)],
    ['activateVersion', (c, side, s) => agent(c, side).activateVersion(s['listVersions'].versions.at(-1).id)],
    ['restoreVersion', (c, side, s) => agent(c, side).restoreVersion(s['listVersions'].versions.at(-1).id)],
    ['deleteVersion', (c, side, s) => agent(c, side).deleteVersion(s['listVersions'].versions[0].id)],
    ['getVersion deleted', (c, side, s) => agent(c, side).getVersion(s['listVersions'].versions[0].id)],
    ['favorite', (c, side) => agent(c, side).favorite()],
    ['unfavorite', (c, side) => agent(c, side).unfavorite({ tenant: 'Zoë' })],
    ['export', (c, side) => agent(c, side).export({})],
    ['openChangeRequest', (c, side) => agent(c, side).openChangeRequest({ changeMessage: 'Change', inspectOnly: true })],
    ['delete', (c, side) => agent(c, side).delete()],
    ['details after delete', (c, side) => agent(c, side).details()],
    ['create again without a model', (c, side) => c.createStoredAgent({ id: name('agent2', side), name: 'No model' })],
  ])
  assert.equal(record.create.value.id, 'ct_agent_nv')
  assert.equal(record.update.value.instructions, 'Be very helpful.')
  assert.equal(record['details after delete'].error.status, 404)
  assert.ok(record.listVersions.value.versions.length >= 2, 'versions were made')
  assert.equal(record['getVersion deleted'].error.status, 404)
  // Without an editor whose builder enables favorites, the favorite routes answer 404; without
  // a source-control provider, a change request is refused.
  assert.equal(record.favorite.error.status, 404)
  assert.equal(record.unfavorite.error.status, 404)
  assert.equal(record.openChangeRequest.error.status, 400)
  assert.equal(record.export.ok, true)
  assert.equal(record['create again without a model'].error.status, 400)
})

test('stored agents: listStoredAgents, with and without filters', T, async () => {
  for (const side of ['js', 'nv']) {
    await js.createStoredAgent({ id: name('listed', side), name: `Listed ${side}`, instructions: 'x', model, metadata: { team: 'ct' } })
  }
  const { nv: record } = await scenario([
    ['all', (c) => c.listStoredAgents()],
    ['page', (c) => c.listStoredAgents({ page: 0, perPage: 1, orderBy: { field: 'createdAt', direction: 'ASC' } })],
    ['filters', (c) => c.listStoredAgents({ status: 'published', metadata: { team: 'ct' }, visibility: 'public' })],
    ['bad page', (c) => c.listStoredAgents({ perPage: -1 })],
  ])
  const ids = record.all.value.agents.map((a) => a.id)
  assert.ok(ids.includes('ct_listed_js') && ids.includes('ct_listed_nv'))
  assert.equal(record.page.value.agents.length, 1)
})

// ---------------------------------------------------------------------------
// Stored prompt blocks
// ---------------------------------------------------------------------------

test('stored prompt blocks: create, read, update, versions, list, delete', T, async () => {
  const block = (c, side) => c.getStoredPromptBlock(name('block', side))
  const { nv: record } = await scenario([
    ['create', (c, side) => c.createStoredPromptBlock({ id: name('block', side), name: 'Greeting', content: 'Hello {{name}}!', description: 'A greeting' })],
    ['details', (c, side) => block(c, side).details()],
    ['details published', (c, side) => block(c, side).details({ tenant: 'a' }, { status: 'published' })],
    ['update', (c, side) => block(c, side).update({ content: 'Hi {{name}}!' })],
    ['list', (c) => c.listStoredPromptBlocks({ perPage: 100, orderBy: { field: 'createdAt', direction: 'ASC' } })],
    ['createVersion', (c, side) => block(c, side).createVersion({ changeMessage: 'v' })],
    ['listVersions', (c, side) => block(c, side).listVersions({ perPage: 10 })],
    ['getVersion', (c, side, s) => block(c, side).getVersion(s.listVersions.versions[0].id)],
    ['compareVersions', (c, side, s) => block(c, side).compareVersions(s.listVersions.versions.at(-1).id, s.listVersions.versions[0].id, { tenant: 'a' })],
    ['activateVersion', (c, side, s) => block(c, side).activateVersion(s.listVersions.versions.at(-1).id)],
    ['restoreVersion', (c, side, s) => block(c, side).restoreVersion(s.listVersions.versions.at(-1).id)],
    ['deleteVersion', (c, side, s) => block(c, side).deleteVersion(s.listVersions.versions[0].id)],
    ['getVersion unknown', (c, side) => block(c, side).getVersion('00000000-0000-4000-8000-000000000000')],
    ['delete', (c, side) => block(c, side).delete()],
    ['delete again', (c, side) => block(c, side).delete()],
  ])
  assert.equal(record.update.value.content, 'Hi {{name}}!')
  assert.equal(record['getVersion unknown'].ok, false)
})

// ---------------------------------------------------------------------------
// Stored scorers
// ---------------------------------------------------------------------------

test('stored scorers: create, read, update, versions, list, delete', T, async () => {
  const scorer = (c, side) => c.getStoredScorer(name('scorer', side))
  const { nv: record } = await scenario([
    ['create', (c, side) => c.createStoredScorer({ id: name('scorer', side), name: 'Judge', type: 'llm-judge', model, instructions: 'Rate it.', scoreRange: { min: 0, max: 1 } })],
    ['create invalid', (c, side) => c.createStoredScorer({ id: name('scorer_bad', side), name: 'Bad' })],
    ['details', (c, side) => scorer(c, side).details()],
    ['details draft', (c, side) => scorer(c, side).details(undefined, { status: 'draft' })],
    ['update', (c, side) => scorer(c, side).update({ instructions: 'Rate it well.' }, { tenant: 'a' })],
    ['list', (c) => c.listStoredScorers({ perPage: 100 })],
    ['createVersion', (c, side) => scorer(c, side).createVersion({ changeMessage: 'v' })],
    ['listVersions', (c, side) => scorer(c, side).listVersions()],
    ['getVersion', (c, side, s) => scorer(c, side).getVersion(s.listVersions.versions[0].id)],
    ['compareVersions', (c, side, s) => scorer(c, side).compareVersions(s.listVersions.versions.at(-1).id, s.listVersions.versions[0].id)],
    ['activateVersion', (c, side, s) => scorer(c, side).activateVersion(s.listVersions.versions.at(-1).id)],
    ['restoreVersion', (c, side, s) => scorer(c, side).restoreVersion(s.listVersions.versions.at(-1).id)],
    ['deleteVersion', (c, side, s) => scorer(c, side).deleteVersion(s.listVersions.versions[0].id)],
    ['delete', (c, side) => scorer(c, side).delete()],
    ['details after delete', (c, side) => scorer(c, side).details()],
  ])
  assert.equal(record.create.value.type, 'llm-judge')
  assert.equal(record['details after delete'].error.status, 404)
})

// ---------------------------------------------------------------------------
// Stored MCP clients and skills
// ---------------------------------------------------------------------------

test('stored MCP clients: create, read, update, list, delete', T, async () => {
  const client = (c, side) => c.getStoredMCPClient(name('mcp', side))
  const servers = { files: { type: 'stdio', command: 'npx', args: ['-y', 'some-mcp-server'] } }
  const { nv: record } = await scenario([
    ['create', (c, side) => c.createStoredMCPClient({ id: name('mcp', side), name: 'Files', servers })],
    ['details', (c, side) => client(c, side).details()],
    ['details with a request context', (c, side) => client(c, side).details({ tenant: 'a' })],
    ['update', (c, side) => client(c, side).update({ description: 'File tools' })],
    ['list', (c) => c.listStoredMCPClients({ perPage: 100 })],
    ['delete', (c, side) => client(c, side).delete({ tenant: 'a' })],
    ['details after delete', (c, side) => client(c, side).details()],
  ])
  assert.equal(record.update.value.description, 'File tools')
  assert.equal(record['details after delete'].error.status, 404)
})

test('stored skills: create, read, update, favorites, list, delete', T, async () => {
  const skill = (c, side) => c.getStoredSkill(name('skill', side))
  const { nv: record } = await scenario([
    ['create', (c, side) => c.createStoredSkill({ id: name('skill', side), name: 'Summarize', description: 'Summaries', instructions: 'Summarize the text.' })],
    ['details', (c, side) => skill(c, side).details()],
    ['update', (c, side) => skill(c, side).update({ instructions: 'Summarize briefly.' }, { tenant: 'a' })],
    ['favorite', (c, side) => skill(c, side).favorite()],
    ['unfavorite', (c, side) => skill(c, side).unfavorite()],
    ['list', (c) => c.listStoredSkills({ perPage: 100 })],
    ['list favorites', (c) => c.listStoredSkills({ favoritedOnly: true, pinFavoritedFor: 'me' })],
    ['delete', (c, side) => skill(c, side).delete()],
    ['details after delete', (c, side) => skill(c, side).details()],
  ])
  assert.equal(record.update.value.instructions, 'Summarize briefly.')
  assert.equal(record.favorite.error.status, 404, 'favorites need the builder feature (see the stored agents test)')
  assert.equal(record['details after delete'].error.status, 404)
})

test('stored workspaces: listStoredWorkspaces, getStoredWorkspace', T, async () => {
  for (const side of ['js', 'nv']) {
    await js.request('/stored/workspaces', { method: 'POST', body: { id: name('sws', side), name: name('sws_name', side) } })
  }
  // Both sides list the same records...
  const { nv: lists } = await scenario([
    ['list', (c) => c.listStoredWorkspaces()],
    ['list page', (c) => c.listStoredWorkspaces({ page: 0, perPage: 1, orderBy: { field: 'createdAt', direction: 'DESC' } })],
  ])
  assert.deepEqual(lists.list.value.workspaces.map((w) => w.id).sort(), ['ct_sws_js', 'ct_sws_nv'])
  assert.equal(lists['list page'].value.workspaces.length, 1)
  // ... and each reads its own.
  const { nv: record } = await scenario([
    ['get', (c, side) => c.getStoredWorkspace(name('sws', side))],
    ['get unknown', (c, side) => c.getStoredWorkspace(name('nope', side))],
  ])
  assert.equal(record.get.value.id, 'ct_sws_nv')
  statuses(record, { get: 'ok', 'get unknown': 404 })
})

// ---------------------------------------------------------------------------
// Workspaces
// ---------------------------------------------------------------------------

const workspace = (c) => c.getWorkspace(WORKSPACE_ID)

test('workspaces: listWorkspaces, info', T, async () => {
  const { nv: record } = await scenario([
    ['list', (c) => c.listWorkspaces()],
    ['info', (c) => workspace(c).info()],
    ['info unknown', (c) => c.getWorkspace('no-such-ws').info()],
  ])
  assert.ok(record.list.value.workspaces.some((w) => w.id === WORKSPACE_ID))
  assert.equal(record.info.value.capabilities.hasSkills, true)
})

test('workspaces: files (write, read, stat, list, mkdir, delete)', T, async () => {
  const dir = (side) => name('dir', side)
  const { nv: record } = await scenario([
    ['writeFile', (c, side) => workspace(c).writeFile(`${dir(side)}/notes/a.txt`, 'héllo wörld\n', { recursive: true })],
    ['writeFile base64', (c, side) => workspace(c).writeFile(`${dir(side)}/b.bin`, Buffer.from([0, 1, 2, 255]).toString('base64'), { encoding: 'base64' })],
    ['readFile', (c, side) => workspace(c).readFile(`${dir(side)}/notes/a.txt`)],
    ['readFile base64', (c, side) => workspace(c).readFile(`${dir(side)}/b.bin`, 'base64')],
    ['readFile missing', (c, side) => workspace(c).readFile(`${dir(side)}/missing.txt`)],
    ['stat', (c, side) => workspace(c).stat(`${dir(side)}/notes/a.txt`)],
    ['stat dir', (c, side) => workspace(c).stat(dir(side))],
    ['mkdir', (c, side) => workspace(c).mkdir(`${dir(side)}/x/y`, true)],
    ['listFiles', (c, side) => workspace(c).listFiles(dir(side))],
    ['listFiles recursive', (c, side) => workspace(c).listFiles(dir(side), true)],
    ['listFiles outside', (c) => workspace(c).listFiles('/')],
    ['delete file', (c, side) => workspace(c).delete(`${dir(side)}/b.bin`)],
    ['delete missing, force', (c, side) => workspace(c).delete(`${dir(side)}/b.bin`, { force: true })],
    ['delete dir', (c, side) => workspace(c).delete(dir(side), { recursive: true })],
    ['stat deleted', (c, side) => workspace(c).stat(dir(side))],
  ])
  assert.equal(record.readFile.value.content, 'héllo wörld\n')
  assert.equal(record['readFile base64'].value.content, 'AAEC/w==')
  assert.equal(record['readFile missing'].ok, false)
  assert.equal(record['stat deleted'].ok, false)
})

test('workspaces: index and search', T, async () => {
  // Both documents are indexed before either side searches, so both search the same index.
  for (const side of ['js', 'nv']) {
    await js.getWorkspace(WORKSPACE_ID).index({ path: `${name('doc', side)}.md`, content: `the quick brown fox jumps over the ${side}dog` })
  }
  const dog = [/\b(?:js|nv)dog\b/g, '<side>dog']
  const { nv: searches } = await scenario(
    [
      ['search', (c, side) => workspace(c).search({ query: `${side}dog` })],
      ['search with options', (c, side) => workspace(c).search({ query: `${side}dog fox`, topK: 1, mode: 'bm25', minScore: 0 })],
      ['search vector (not configured)', (c) => workspace(c).search({ query: 'fox', mode: 'vector' })],
    ],
    { replace: [dog] },
  )
  assert.deepEqual(searches.search.value.results.map((r) => r.id), ['ct_doc_nv.md'])
  assert.equal(searches['search with options'].value.results.length, 1)
  assert.equal(searches['search vector (not configured)'].error.status, 500)
  const { nv: indexed } = await scenario([
    ['index', (c, side) => workspace(c).index({ path: `${name('doc2', side)}.md`, content: 'lorem ipsum', metadata: { tag: 'x' } })],
  ])
  assert.deepEqual(indexed.index.value, { success: true, path: 'ct_doc2_nv.md' })
  const found = await js.getWorkspace(WORKSPACE_ID).search({ query: 'lorem' })
  assert.deepEqual(found.results.map((r) => r.id).sort(), ['ct_doc2_js.md', 'ct_doc2_nv.md'], 'the native index call indexed its document')
})

test('workspaces: skills (list, search, details, references)', T, async () => {
  const greeter = (c) => workspace(c).getSkill('greeter')
  const { nv: record } = await scenario([
    ['listSkills', (c) => workspace(c).listSkills()],
    ['searchSkills', (c) => workspace(c).searchSkills({ query: 'hello' })],
    ['searchSkills with options', (c) => workspace(c).searchSkills({ query: 'hello', topK: 1, minScore: 0, skillNames: ['greeter'], includeReferences: false })],
    ['details', (c) => greeter(c).details()],
    ['details with a path', (c) => workspace(c).getSkill('greeter', 'skills/greeter').details()],
    ['listReferences', (c) => greeter(c).listReferences()],
    ['getReference', (c) => greeter(c).getReference('phrases.md')],
    ['getReference missing', (c) => greeter(c).getReference('nope.md')],
    ['unknown skill', (c) => workspace(c).getSkill('nobody').details()],
  ])
  assert.equal(record.details.value.instructions.includes('Say hello'), true)
  assert.deepEqual(record.listReferences.value.references, ['phrases.md'])
  assert.equal(record['getReference missing'].error.status, 404)
})
