'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the logs group, declared in src/core/routes/logs.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Lists log records of a transport. `GET /logs` */
  'MastraClient.listLogs': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"logs","hookFile":"lib/groups/logs.js","hooks":"logs","method":"listLogs","name":"MastraClient.listLogs","params":["params"],"path":"/logs","prepare":"logsParams","query":[{"enc":"str","key":"transportId","src":"params.transportId"},{"enc":"iso","key":"fromDate","src":"params.fromDate"},{"enc":"iso","key":"toDate","src":"params.toDate"},{"enc":"str","key":"logLevel","src":"params.logLevel"},{"enc":"num","key":"page","src":"params.page"},{"enc":"num","key":"perPage","src":"params.perPage"},{"enc":"pairs","key":"filters","src":"params.filters"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.logs.prepare.logsParams },
  /** Lists the log records of one run. `GET /logs/{params.runId}` */
  'MastraClient.getLogForRun': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"logs","hookFile":"lib/groups/logs.js","hooks":"logs","method":"getLogForRun","name":"MastraClient.getLogForRun","params":["params"],"path":"/logs/{params.runId}","prepare":"logsParams","query":[{"enc":"str","key":"runId","src":"params.runId"},{"enc":"str","key":"transportId","src":"params.transportId"},{"enc":"iso","key":"fromDate","src":"params.fromDate"},{"enc":"iso","key":"toDate","src":"params.toDate"},{"enc":"str","key":"logLevel","src":"params.logLevel"},{"enc":"num","key":"page","src":"params.page"},{"enc":"num","key":"perPage","src":"params.perPage"},{"enc":"pairs","key":"filters","src":"params.filters"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.logs.prepare.logsParams },
  /** Names of the server's log transports. `GET /logs/transports` */
  'MastraClient.listLogTransports': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"logs","method":"listLogTransports","name":"MastraClient.listLogTransports","params":[],"path":"/logs/transports","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Lists log records of the observability store, filtered, ordered and one page at a time. */
  'MastraClient.listLogsVNext': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"logs","method":"listLogsVNext","name":"MastraClient.listLogsVNext","params":["params"],"path":"","query":[],"reply":{"kind":"delegate","to":"observability.listLogs"},"verb":null}' },
}
