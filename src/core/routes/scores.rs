//! Scores: the scorers the server registers and the scores they recorded.

use super::*;

/// The query a `prepare` hook of the score lists made (filters, `page`, `perPage`).
const SCORES_QUERY: &[Query] = &[spread("scoresQuery")];

/// The scores group.
pub const GROUP: Group = Group {
    name: "scores",
    resources: &[],
    routes: &[
        route("MastraClient", "listScorers", &["requestContext?: RequestContextInput"], "GetScorersResponse")
            .get("/scores/scorers")
            .query(RC)
            .doc("The scorers the server registers, by id."),
        route("MastraClient", "getScorer", &["scorerId: string"], "GetScorerResponse")
            .get("/scores/scorers/{scorerId}")
            .doc("One registered scorer."),
        route("MastraClient", "listScoresByScorerId", &["params: ListScoresByScorerIdParams"], "ListScoresResponse")
            .get("/scores/scorer/{params.scorerId}")
            .query(SCORES_QUERY)
            .prepare("scoresByScorer")
            .doc("Lists the scores one scorer recorded, one page at a time."),
        route("MastraClient", "listScoresByRunId", &["params: ListScoresByRunIdParams"], "ListScoresResponse")
            .get("/scores/run/{params.runId}")
            .query(SCORES_QUERY)
            .prepare("scoresByRun")
            .doc("Lists the scores of one run, one page at a time."),
        route("MastraClient", "listScoresByEntityId", &["params: ListScoresByEntityIdParams"], "ListScoresResponse")
            .get("/scores/entity/{params.entityType}/{params.entityId}")
            .query(SCORES_QUERY)
            .prepare("scoresByEntity")
            .doc("Lists the scores of one agent or workflow, one page at a time."),
        route("MastraClient", "saveScore", &["params: SaveScoreParams"], "SaveScoreResponse")
            .post("/scores")
            .whole("params")
            .doc("Saves a score record."),
    ],
    prepares: &[
        adds("scoresByScorer", &["scoresQuery"]),
        adds("scoresByRun", &["scoresQuery"]),
        adds("scoresByEntity", &["scoresQuery"]),
    ],
};
