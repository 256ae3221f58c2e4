// Wire cases of the memory group beyond the first methods (those are in core.mjs): thread
// clone/transfer/deleteMessages, deleteThread, memory config and status, observational memory,
// search. Format: see the top of ../support/wire-cases.mjs.

import assert from 'node:assert/strict'
import { RC, rcMap, json, missingParams } from '../support/wire-cases.mjs'

const thread = (c) => c.getMemoryThread({ threadId: 't', agentId: 'a' })
const threadWithoutAgent = (c) => c.getMemoryThread({ threadId: 't' })
const notFound = json({ error: 'not found' }, 404)
const storedThread = { id: 't', resourceId: 'r2', title: 'Tïtle', createdAt: '2024-01-01T00:00:00.000Z' }
const omRecord = { record: { id: 'om', activeObservations: 'x' }, history: [] }

export default [
  // -------------------------------------------------------------------------
  // MemoryThread
  // -------------------------------------------------------------------------
  {
    method: 'MemoryThread.deleteMessages',
    target: thread,
    args: [
      ['m1'],
      [['m1', 'm2']],
      [{ id: 'm1' }],
      [[{ id: 'm1' }, { id: 'm2' }], { agentId: 'b', requestContext: RC }],
      [['m1'], { requestContext: rcMap() }],
      [['m1'], { agentId: 'b' }],
      [['m1'], {}],
      [['m1'], null],
      [[]],
      [],
    ],
    answer: json({ success: true, message: '2 messages deleted' }),
  },
  {
    method: 'MemoryThread.deleteMessages',
    target: thread,
    label: 'a request context in place of the options (older form)',
    args: [[['m1'], RC], [['m1'], rcMap()], [['m1'], { tenant: 'x' }]],
    answer: json({ success: true, message: '1 message deleted' }),
  },
  {
    method: 'MemoryThread.deleteMessages',
    target: threadWithoutAgent,
    label: 'no agentId anywhere: an Error, nothing sent',
    args: [[['m1']], [['m1'], {}], [['m1'], RC], [['m1'], { agentId: '' }]],
  },
  { method: 'MemoryThread.deleteMessages', target: threadWithoutAgent, label: 'agentId in the options', args: [[['m1'], { agentId: 'a', requestContext: RC }]] },
  { method: 'MemoryThread.deleteMessages', target: thread, label: '404 answer', args: [[['m1']]], answer: notFound },
  {
    method: 'MemoryThread.clone',
    target: thread,
    args: [
      [],
      [{}],
      [{ newThreadId: 't2', title: 'Cöpy', resourceId: 'r2', metadata: { k: 1 } }],
      [
        {
          agentId: 'b',
          newThreadId: 't2',
          options: { messageLimit: 5, messageFilter: { startDate: new Date(0), endDate: new Date(86_400_000), messageIds: ['m1'] } },
          requestContext: RC,
        },
      ],
      [{ title: 'x', requestContext: rcMap() }],
    ],
    answer: json({ thread: storedThread, clonedMessages: [{ id: 'm1' }] }),
  },
  { method: 'MemoryThread.clone', target: threadWithoutAgent, label: 'no agentId anywhere: an Error, nothing sent', args: [[], [{ title: 'x' }]] },
  { method: 'MemoryThread.clone', target: threadWithoutAgent, label: 'agentId in the params', args: [[{ agentId: 'a', newThreadId: 't2' }]] },
  { method: 'MemoryThread.clone', target: thread, label: '404 answer', args: [[]], answer: notFound },
  {
    method: 'MemoryThread.transfer',
    target: thread,
    args: [[{ resourceId: 'r2' }], [{ resourceId: 'r2', agentId: 'b', requestContext: RC }], [{ resourceId: 'r2', requestContext: rcMap() }], [{}]],
    answer: json(storedThread),
  },
  {
    method: 'MemoryThread.transfer',
    target: threadWithoutAgent,
    label: 'no agentId: none sent',
    args: [[{ resourceId: 'r2' }], [{ resourceId: 'r2', requestContext: RC }], [{ resourceId: 'r2', agentId: '' }], [{ resourceId: 'r2', agentId: 'a' }]],
    answer: json(storedThread),
  },
  { method: 'MemoryThread.transfer', target: thread, label: '403 answer', args: [[{ resourceId: 'r2' }]], answer: json({ error: 'forbidden' }, 403) },
  missingParams('MemoryThread.transfer', [[], [null]], { target: thread }),
  missingParams('MemoryThread.update', [[]], { target: thread }),
  // Optional parameter objects: left out is fine, `null` is not.
  missingParams('MemoryThread.clone', [[null]], { target: thread }),
  missingParams('MemoryThread.delete', [[null]], { target: thread }),
  missingParams('MemoryThread.listMessages', [[null]], { target: thread }),
  missingParams('MastraClient.listMemoryThreads', [[null]]),
  missingParams('MastraClient.listThreadMessages', [['t', null]]),
  {
    method: 'MemoryThread.deleteMessages',
    target: (c) => c.getMemoryThread({ threadId: 'thread é 1', agentId: 'a' }),
    label: 'a thread id with a space and non-ASCII text; options that are not an object',
    args: [[['m1'], 'not options'], [['m1'], 42]],
    answer: json({ success: true, message: '1 message deleted' }),
  },
  {
    method: 'MemoryThread.clone',
    target: (c) => c.getMemoryThread({ threadId: 'thread é 1', agentId: 'a' }),
    label: 'a thread id with a space and non-ASCII text',
    args: [[{ newThreadId: 'cöpy 1' }]],
    answer: json({ thread: storedThread, clonedMessages: [] }),
  },

  // -------------------------------------------------------------------------
  // Client memory methods
  // -------------------------------------------------------------------------
  {
    method: 'MastraClient.getMemoryConfig',
    args: [[{ agentId: 'a' }], [{ agentId: 'a 1', requestContext: RC }], [{ agentId: 'a', requestContext: rcMap() }], [{}]],
    answer: json({ config: { lastMessages: 10, semanticRecall: false } }),
  },
  { method: 'MastraClient.getMemoryConfig', label: '404 answer', args: [[{ agentId: 'nope' }]], answer: notFound },
  missingParams('MastraClient.getMemoryConfig', [[], [null]]),
  {
    method: 'MastraClient.getMemoryConfig',
    label: 'a string instead of the parameter object',
    args: [['a']],
    differs: 'a parameter object that is not an object is a TypeError; client-js reads no fields from it and sends agentId=undefined',
    expect: (nv, js, { nvOutcome }) => {
      assert.deepEqual(js[0].query, [['agentId', 'undefined']], 'client-js sends agentId=undefined (premise)')
      assert.equal(nv.length, 0, 'nothing sent')
      assert.equal(nvOutcome.error.constructor.name, 'TypeError')
      assert.equal(nvOutcome.error.message, 'MastraClient.getMemoryConfig(): params must be an object, got string')
    },
  },
  {
    method: 'MastraClient.deleteThread',
    args: [
      ['t', { agentId: 'a' }],
      ['t', { agentId: 'a', requestContext: RC }],
      ['t', { networkId: 'n' }],
      ['t', { networkId: 'n', requestContext: rcMap() }],
      ['t', { agentId: 'a', networkId: '' }],
      ['t', { agentId: '', networkId: 'n' }],
    ],
    answer: json({ result: 'Thread deleted' }),
  },
  {
    method: 'MastraClient.deleteThread',
    label: 'neither or both of agentId and networkId: an Error, nothing sent',
    args: [['t'], ['t', {}], ['t', { agentId: 'a', networkId: 'n' }], ['t', { requestContext: RC }], ['t', null]],
  },
  { method: 'MastraClient.deleteThread', label: '404 answer', args: [['t', { agentId: 'a' }]], answer: notFound },
  {
    method: 'MastraClient.getMemoryStatus',
    args: [['a'], ['a', RC], ['a', rcMap(), { resourceId: 'r', threadId: 't' }], ['a', undefined, { threadId: 't' }], ['a', undefined, { resourceId: '' }], []],
    answer: json({ result: true, memoryType: 'local', observationalMemory: { enabled: false } }),
  },
  {
    method: 'MastraClient.getObservationalMemory',
    args: [
      [{ agentId: 'a' }],
      [{ agentId: 'a', resourceId: 'r', threadId: 't', from: new Date(0), to: new Date(86_400_000), offset: 0, limit: 10, requestContext: RC }],
      [{ agentId: 'a', from: '2024-01-01', to: '2024-02-01T10:00:00+02:00', requestContext: rcMap() }],
      [{ agentId: 'a', from: '', offset: null, limit: 5 }],
      [{}],
    ],
    answer: json(omRecord),
  },
  { method: 'MastraClient.getObservationalMemory', label: 'an invalid Date: the same RangeError', args: [[{ agentId: 'a', to: new Date(Number.NaN) }]] },
  missingParams('MastraClient.getObservationalMemory', [[]]),
  {
    method: 'MastraClient.awaitBufferStatus',
    args: [[{ agentId: 'a' }], [{ agentId: 'a', resourceId: 'r', threadId: 't', requestContext: RC }], [{ agentId: 'a', requestContext: rcMap() }], [{}]],
    answer: json(omRecord),
  },
  missingParams('MastraClient.awaitBufferStatus', [[]]),
  {
    method: 'MastraClient.searchMemory',
    args: [
      [{ agentId: 'a', resourceId: 'r', searchQuery: 'héllo wörld & more' }],
      [{ agentId: 'a', resourceId: 'r', threadId: 't', searchQuery: 'q', memoryConfig: { semanticRecall: { topK: 3 } }, requestContext: RC }],
      [{ agentId: 'a', resourceId: 'r', searchQuery: 'q', threadId: '', requestContext: rcMap() }],
      [{ searchQuery: 'q' }],
    ],
    answer: json({ results: [{ id: 'm', content: 'hé' }], count: 1, query: 'q', searchScope: 'resource' }),
  },
  { method: 'MastraClient.searchMemory', label: '400 answer', args: [[{ agentId: 'a', resourceId: 'r', searchQuery: '' }]], answer: json({ error: 'bad' }, 400) },
  missingParams('MastraClient.searchMemory', [[]]),
  // Methods of core.mjs that now check their parameter object.
  ...['createMemoryThread', 'saveMessageToMemory', 'getWorkingMemory', 'updateWorkingMemory'].map((m) => missingParams(`MastraClient.${m}`, [[]])),
]
