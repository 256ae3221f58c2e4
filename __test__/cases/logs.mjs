// Wire cases of the logs group beyond the first methods (those are in core.mjs): transports,
// observability log records, and the parameter object checks. Format: see the top of
// ../support/wire-cases.mjs.

import { json, missingParams } from '../support/wire-cases.mjs'

const vnextPage = { logs: [{ level: 'info', message: 'hé', timestamp: '2024-01-01T00:00:00.000Z' }], pagination: { total: 1, page: 0, perPage: 10, hasMore: false } }

export default [
  { method: 'MastraClient.listLogTransports', answer: json({ transports: ['memory', 'fïle'] }) },
  { method: 'MastraClient.listLogTransports', label: '500 answer', answer: json({ error: 'boom' }, 500) },
  {
    method: 'MastraClient.listLogsVNext',
    args: [
      [],
      [{}],
      [{ pagination: { page: 0, perPage: 10 } }],
      [
        {
          filters: { timestamp: { start: new Date(0), end: new Date(86_400_000) }, level: ['info', 'warn'], traceId: 'tr 1', runId: 'r' },
          pagination: { page: 2, perPage: 5 },
          orderBy: { field: 'timestamp', direction: 'ASC' },
        },
      ],
      [{ filters: { level: 'error', message: 'héllo & bye', missing: undefined, none: null }, orderBy: { direction: 'DESC' }, extra: 'x' }],
      [{ filters: 'not an object', pagination: [1, 2], orderBy: null }],
    ],
    answer: json(vnextPage),
  },
  { method: 'MastraClient.listLogsVNext', label: '400 answer', args: [[{ pagination: { page: -1 } }]], answer: json({ error: 'Invalid query parameters' }, 400) },
  missingParams('MastraClient.listLogs', [[], [null]], { param: 'params' }),
  missingParams('MastraClient.getLogForRun', [[]], { param: 'params' }),
  { method: 'MastraClient.listLogsVNext', label: 'null params', args: [[null]] },
]
