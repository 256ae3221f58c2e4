'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the scores group, declared in src/core/routes/scores.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

const hooks = require('../hooks')

module.exports = {
  /** The scorers the server registers, by id. `GET /scores/scorers` */
  'MastraClient.listScorers': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"listScorers","name":"MastraClient.listScorers","params":["requestContext"],"path":"/scores/scorers","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** One registered scorer. `GET /scores/scorers/{scorerId}` */
  'MastraClient.getScorer': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"getScorer","name":"MastraClient.getScorer","params":["scorerId"],"path":"/scores/scorers/{scorerId}","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Lists the scores one scorer recorded, one page at a time. `GET /scores/scorer/{params.scorerId}` */
  'MastraClient.listScoresByScorerId': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","hookFile":"lib/groups/scores.js","hooks":"scores","method":"listScoresByScorerId","name":"MastraClient.listScoresByScorerId","params":["params"],"path":"/scores/scorer/{params.scorerId}","prepare":"scoresByScorer","prepares":["scoresQuery"],"query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.scores.prepare.scoresByScorer },
  /** Lists the scores of one run, one page at a time. `GET /scores/run/{params.runId}` */
  'MastraClient.listScoresByRunId': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","hookFile":"lib/groups/scores.js","hooks":"scores","method":"listScoresByRunId","name":"MastraClient.listScoresByRunId","params":["params"],"path":"/scores/run/{params.runId}","prepare":"scoresByRun","prepares":["scoresQuery"],"query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.scores.prepare.scoresByRun },
  /** Lists the scores of one agent or workflow, one page at a time. `GET /scores/entity/{params.entityType}/{params.entityId}` */
  'MastraClient.listScoresByEntityId': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","hookFile":"lib/groups/scores.js","hooks":"scores","method":"listScoresByEntityId","name":"MastraClient.listScoresByEntityId","params":["params"],"path":"/scores/entity/{params.entityType}/{params.entityId}","prepare":"scoresByEntity","prepares":["scoresQuery"],"query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}', prepare: () => hooks.scores.prepare.scoresByEntity },
  /** Saves a score record. `POST /scores` */
  'MastraClient.saveScore': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"MastraClient","group":"scores","method":"saveScore","name":"MastraClient.saveScore","params":["params"],"path":"/scores","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
