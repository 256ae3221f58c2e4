// Wire cases of the schedules group: listing, reading, creating, changing, firing, pausing and
// resuming schedules, and their trigger history. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { json } from '../support/wire-cases.mjs'

const schedule = {
  id: 'agent_1',
  agentId: 'a',
  prompt: 'Sümmarize',
  cron: '0 * * * *',
  status: 'active',
  nextFireAt: 1_700_000_000_000,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
}
const notFound = json({ error: 'Schedule not found' }, 404)
const ids = [['agent_1'], ['sched é/1'], ['a?b#c']]

/** A schedule id that is missing: the native method refuses it before sending. */
const missingId = (method, args) => ({
  method,
  args,
  differs: 'a missing scheduleId is a TypeError naming it; client-js requests /schedules/undefined',
  expect: (nv, js, { nvOutcome }) => {
    assert.match(js[0].path, /\/schedules\/undefined/, 'client-js sends "undefined" (premise)')
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, /scheduleId is required/)
  },
})

/** An optional parameter object given as `null`: both fail with a TypeError, nothing is sent. */
const nullParams = (method, args) => ({
  method,
  args,
  differs: 'a null parameter object is a TypeError naming the method and the parameter',
  expect: (nv, js, { nvOutcome, jsOutcome }) => {
    assert.equal(js.length, 0, 'client-js sent nothing (premise)')
    assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js TypeError (premise)')
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, new RegExp(`^${method.replace('.', '\\.')}\\(\\): params must be an object, got null`))
  },
})

export default [
  nullParams('MastraClient.listSchedules', [[null]]),
  nullParams('MastraClient.listScheduleTriggers', [['agent_1', null]]),
  {
    method: 'MastraClient.listSchedules',
    args: [
      [],
      [{}],
      [{ agentId: 'a', status: 'paused' }],
      [{ agentId: 'a', workflowId: 'w', status: 'active', threadId: 't', resourceId: 'r', name: 'nïghtly & more' }],
      [{ agentId: '', workflowId: undefined, name: null }],
    ],
    answer: json({ schedules: [schedule] }),
  },
  { method: 'MastraClient.listSchedules', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  { method: 'MastraClient.getSchedule', args: ids, answer: json(schedule) },
  { method: 'MastraClient.getSchedule', label: '404 answer', args: [['nope']], answer: notFound },
  missingId('MastraClient.getSchedule', [[]]),
  {
    method: 'MastraClient.createSchedule',
    args: [
      [{ agentId: 'a', prompt: 'Sümmarize', cron: '0 * * * *' }],
      [{ id: 'nightly', agentId: 'a', prompt: 'p', cron: '0 0 * * *', timezone: 'Europe/Paris', name: 'n', threadId: 't', resourceId: 'r', metadata: { k: 1 }, attributes: { a: null } }],
      [{ workflowId: 'w', cron: '*/5 * * * *', inputData: { value: 1 }, initialState: {}, requestContext: { tenant: 'x' }, resourceId: 'r' }],
      [{}],
      [],
    ],
    answer: json(schedule),
  },
  { method: 'MastraClient.createSchedule', label: '404 answer', args: [[{ agentId: 'nope', prompt: 'p', cron: '* * * * *' }]], answer: json({ error: 'Agent "nope" not found' }, 404) },
  {
    method: 'MastraClient.updateSchedule',
    args: [
      ['agent_1', { cron: '0 1 * * *' }],
      ['sched é/1', { status: 'paused', timezone: 'UTC', metadata: { k: null }, prompt: 'p2', inputData: [1, 2] }],
      ['agent_1', {}],
      ['agent_1'],
    ],
    answer: json({ ...schedule, cron: '0 1 * * *' }),
  },
  { method: 'MastraClient.updateSchedule', label: '400 answer', args: [['agent_1', { status: 'gone' }]], answer: json({ error: 'Invalid request body' }, 400) },
  { method: 'MastraClient.deleteSchedule', args: ids, answer: json({ message: 'Schedule deleted' }) },
  { method: 'MastraClient.deleteSchedule', label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'MastraClient.runSchedule', args: ids, answer: json({ scheduleId: 'agent_1', claimId: 'c1', scheduledFireAt: 1_700_000_000_000 }) },
  { method: 'MastraClient.runSchedule', label: '404 answer', args: [['nope']], answer: notFound },
  {
    method: 'MastraClient.listScheduleTriggers',
    args: [
      ['agent_1'],
      ['agent_1', {}],
      ['agent_1', { limit: 10 }],
      ['sched é/1', { limit: 0, fromActualFireAt: 1_700_000_000_000, toActualFireAt: 1_700_000_360_000 }],
      ['agent_1', { fromActualFireAt: 0 }],
    ],
    answer: json({ triggers: [{ scheduleId: 'agent_1', runId: null, scheduledFireAt: 1, actualFireAt: 2, outcome: 'published', triggerKind: 'manual' }] }),
  },
  { method: 'MastraClient.pauseSchedule', args: ids, answer: json({ ...schedule, status: 'paused' }) },
  { method: 'MastraClient.pauseSchedule', label: '404 answer', args: [['nope']], answer: notFound },
  { method: 'MastraClient.resumeSchedule', args: ids, answer: json(schedule) },
  { method: 'MastraClient.resumeSchedule', label: '404 answer', args: [['nope']], answer: notFound },
]
