'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the schedules group, declared in src/core/routes/schedules.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** Lists agent and workflow schedules, optionally filtered. `GET /schedules` */
  'MastraClient.listSchedules': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","hookFile":"lib/groups/schedules.js","hooks":"schedules","method":"listSchedules","name":"MastraClient.listSchedules","params":["params"],"path":"/schedules","prepare":"schedulesOptionalParams","query":[{"enc":"str","key":"agentId","src":"params.agentId"},{"enc":"str","key":"workflowId","src":"params.workflowId"},{"enc":"str","key":"status","src":"params.status"},{"enc":"str","key":"threadId","src":"params.threadId"},{"enc":"str","key":"resourceId","src":"params.resourceId"},{"enc":"str","key":"name","src":"params.name"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.schedules.prepare.schedulesOptionalParams },
  /** A schedule by id. `GET /schedules/{scheduleId}` */
  'MastraClient.getSchedule': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","method":"getSchedule","name":"MastraClient.getSchedule","params":["scheduleId"],"path":"/schedules/{scheduleId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Creates an agent schedule (`agentId` + `prompt`) or a workflow schedule (`workflowId`). `POST /schedules` */
  'MastraClient.createSchedule': { json: '{"bind":[],"body":{"kind":"whole","src":"options"},"class":"MastraClient","group":"schedules","method":"createSchedule","name":"MastraClient.createSchedule","params":["options"],"path":"/schedules","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Changes some fields of a schedule. `PATCH /schedules/{scheduleId}` */
  'MastraClient.updateSchedule': { json: '{"bind":[],"body":{"kind":"whole","src":"patch"},"class":"MastraClient","group":"schedules","method":"updateSchedule","name":"MastraClient.updateSchedule","params":["scheduleId","patch"],"path":"/schedules/{scheduleId}","query":[],"reply":{"kind":"json"},"verb":"PATCH"}' },
  /** Deletes a schedule. `DELETE /schedules/{scheduleId}` */
  'MastraClient.deleteSchedule': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","method":"deleteSchedule","name":"MastraClient.deleteSchedule","params":["scheduleId"],"path":"/schedules/{scheduleId}","query":[],"reply":{"kind":"json"},"verb":"DELETE"}' },
  /** Fires a schedule now, without moving its next fire time. `POST /schedules/{scheduleId}/run` */
  'MastraClient.runSchedule': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","method":"runSchedule","name":"MastraClient.runSchedule","params":["scheduleId"],"path":"/schedules/{scheduleId}/run","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** The fire history of a schedule, latest first. `GET /schedules/{scheduleId}/triggers` */
  'MastraClient.listScheduleTriggers': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","hookFile":"lib/groups/schedules.js","hooks":"schedules","method":"listScheduleTriggers","name":"MastraClient.listScheduleTriggers","params":["scheduleId","params"],"path":"/schedules/{scheduleId}/triggers","prepare":"schedulesOptionalSecond","query":[{"enc":"num","key":"limit","src":"params.limit"},{"enc":"num","key":"fromActualFireAt","src":"params.fromActualFireAt"},{"enc":"num","key":"toActualFireAt","src":"params.toActualFireAt"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.schedules.prepare.schedulesOptionalSecond },
  /** Pauses a schedule (pausing a paused one changes nothing). `POST /schedules/{scheduleId}/pause` */
  'MastraClient.pauseSchedule': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","method":"pauseSchedule","name":"MastraClient.pauseSchedule","params":["scheduleId"],"path":"/schedules/{scheduleId}/pause","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Resumes a paused schedule from now, without firing missed times. `POST /schedules/{scheduleId}/resume` */
  'MastraClient.resumeSchedule': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"schedules","method":"resumeSchedule","name":"MastraClient.resumeSchedule","params":["scheduleId"],"path":"/schedules/{scheduleId}/resume","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
