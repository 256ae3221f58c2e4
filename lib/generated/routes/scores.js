'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the scores group (src/core/routes/scores.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'MastraClient.listScorers': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"listScorers","name":"MastraClient.listScorers","params":["requestContext"],"path":"/scores/scorers","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.getScorer': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"getScorer","name":"MastraClient.getScorer","params":["scorerId"],"path":"/scores/scorers/{scorerId}","query":[],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.listScoresByScorerId': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"listScoresByScorerId","name":"MastraClient.listScoresByScorerId","params":["params"],"path":"/scores/scorer/{params.scorerId}","prepare":"scoresByScorer","query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.listScoresByRunId': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"listScoresByRunId","name":"MastraClient.listScoresByRunId","params":["params"],"path":"/scores/run/{params.runId}","prepare":"scoresByRun","query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.listScoresByEntityId': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"scores","method":"listScoresByEntityId","name":"MastraClient.listScoresByEntityId","params":["params"],"path":"/scores/entity/{params.entityType}/{params.entityId}","prepare":"scoresByEntity","query":[{"enc":"spread","key":"","src":"scoresQuery"}],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.saveScore': '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"MastraClient","group":"scores","method":"saveScore","name":"MastraClient.saveScore","params":["params"],"path":"/scores","query":[],"reply":{"kind":"json"},"verb":"POST"}',
}
