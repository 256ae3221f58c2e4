'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the background_tasks group, declared in src/core/routes/background_tasks.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

module.exports = {
  /** Lists background tasks, filtered by agent, run, thread, tool, status or dates, a page at a time. `GET /background-tasks` */
  'MastraClient.listBackgroundTasks': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"background_tasks","method":"listBackgroundTasks","name":"MastraClient.listBackgroundTasks","params":["params"],"path":"/background-tasks","query":[{"enc":"str","key":"agentId","src":"params.agentId"},{"enc":"str","key":"status","src":"params.status"},{"enc":"str","key":"runId","src":"params.runId"},{"enc":"str","key":"threadId","src":"params.threadId"},{"enc":"str","key":"resourceId","src":"params.resourceId"},{"enc":"str","key":"toolName","src":"params.toolName"},{"enc":"str","key":"toolCallId","src":"params.toolCallId"},{"enc":"iso","key":"fromDate","src":"params.fromDate"},{"enc":"iso","key":"toDate","src":"params.toDate"},{"enc":"str","key":"dateFilterBy","src":"params.dateFilterBy"},{"enc":"str","key":"orderBy","src":"params.orderBy"},{"enc":"str","key":"orderDirection","src":"params.orderDirection"},{"enc":"num","key":"page","src":"params.page"},{"enc":"num","key":"perPage","src":"params.perPage"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** One background task by id. `GET /background-tasks/{backgroundTaskId}` */
  'MastraClient.getBackgroundTask': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"background_tasks","method":"getBackgroundTask","name":"MastraClient.getBackgroundTask","params":["backgroundTaskId"],"path":"/background-tasks/{backgroundTaskId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Streams background task events (completed, failed) as they happen: a stream of parsed events. `GET /background-tasks/stream` */
  'MastraClient.streamBackgroundTasks': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"background_tasks","method":"streamBackgroundTasks","name":"MastraClient.streamBackgroundTasks","params":["params"],"path":"/background-tasks/stream","query":[{"enc":"str","key":"agentId","src":"params.agentId"},{"enc":"str","key":"runId","src":"params.runId"},{"enc":"str","key":"threadId","src":"params.threadId"},{"enc":"str","key":"resourceId","src":"params.resourceId"},{"enc":"str","key":"taskId","src":"params.taskId"}],"reply":{"kind":"events"},"verb":"GET"}' },
}
