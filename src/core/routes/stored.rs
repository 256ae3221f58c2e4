//! Stored: agents, prompt blocks, scorers, MCP clients, skills and workspaces kept in the
//! server's storage (the editor's records), with their versions.

use super::*;

/// `?page&perPage&orderBy[field]&orderBy[direction]` from `params`, then the `$extra` filters.
macro_rules! list_query {
    ($($extra:expr),* $(,)?) => {
        &[
            q("page", "params.page", Enc::Num),
            q("perPage", "params.perPage", Enc::Num),
            q("orderBy[field]", "params.orderBy.field", Enc::Str),
            q("orderBy[direction]", "params.orderBy.direction", Enc::Str),
            $($extra,)*
        ]
    };
}

/// `details` of a stored record at `$base` (a path with its id placeholder); with `status`,
/// it also takes the `status` option (which version to read).
macro_rules! details_route {
    ($class:literal, $base:literal, $what:literal, $response:literal, status) => {
        route($class, "details", &["requestContext?: RequestContextInput", "options?: { status?: StoredStatus }"], $response)
            .get($base)
            .query(&[q("requestContext", "requestContext", Enc::Rc), q("status", "options.status", Enc::Str)])
            .doc(concat!("The stored ", $what, " (`options.status` picks its draft, published or archived version)."))
    };
    ($class:literal, $base:literal, $what:literal, $response:literal) => {
        route($class, "details", &["requestContext?: RequestContextInput"], $response)
            .get($base)
            .query(RC)
            .doc(concat!("The stored ", $what, "."))
    };
}

/// `update` (with `$update` params) and `delete` of a stored record at `$base`.
macro_rules! write_routes {
    ($class:literal, $base:literal, $what:literal, $response:literal, $update:literal) => {
        [
            route($class, "update", &[concat!("params: ", $update), "requestContext?: RequestContextInput"], $response)
                .patch($base)
                .query(RC)
                .prepare("storedBody")
                .whole("body")
                .doc(concat!("Updates the stored ", $what, " with the given fields.")),
            route($class, "delete", &["requestContext?: RequestContextInput"], "DeleteStoredResult")
                .delete($base)
                .query(RC)
                .doc(concat!("Deletes the stored ", $what, ".")),
        ]
    };
}

/// The version routes of a versioned stored record at `$base`.
/// The type strings are `$version` (one version), `$page` (a page of them), `$list_params`,
/// `$create_params`, `$activate`, `$delete` and `$compare` (their results).
macro_rules! version_routes {
    (
        $class:literal, $base:literal, $what:literal,
        $version:literal, $page:literal, $list_params:literal, $create_params:literal, $activate:literal, $delete:literal, $compare:literal
    ) => {
        [
            route($class, "listVersions", &[concat!("params?: ", $list_params), "requestContext?: RequestContextInput"], $page)
                .get(concat!($base, "/versions"))
                .query(list_query!(q("requestContext", "requestContext", Enc::Rc)))
                .doc(concat!("Lists the versions of the ", $what, ", one page at a time.")),
            route($class, "createVersion", &[concat!("params?: ", $create_params), "requestContext?: RequestContextInput"], $version)
                .post(concat!($base, "/versions"))
                .query(RC)
                .prepare("storedVersionBody")
                .whole("body")
                .doc(concat!("Saves the ", $what, "'s current configuration as a new version.")),
            route($class, "getVersion", &["versionId: string", "requestContext?: RequestContextInput"], $version)
                .get(concat!($base, "/versions/{versionId}"))
                .query(RC)
                .doc(concat!("One version of the ", $what, ".")),
            route($class, "activateVersion", &["versionId: string", "requestContext?: RequestContextInput"], $activate)
                .post(concat!($base, "/versions/{versionId}/activate"))
                .query(RC)
                .doc(concat!("Makes a version the ", $what, "'s active one.")),
            route($class, "restoreVersion", &["versionId: string", "requestContext?: RequestContextInput"], $version)
                .post(concat!($base, "/versions/{versionId}/restore"))
                .query(RC)
                .doc(concat!("Restores a version as a new version of the ", $what, ".")),
            route($class, "deleteVersion", &["versionId: string", "requestContext?: RequestContextInput"], $delete)
                .delete(concat!($base, "/versions/{versionId}"))
                .query(RC)
                .doc(concat!("Deletes a version of the ", $what, ".")),
            route($class, "compareVersions", &["fromId: string", "toId: string", "requestContext?: RequestContextInput"], $compare)
                .get(concat!($base, "/versions/compare"))
                .prepare("storedVersionPair")
                .query(&[q("from", "fromId", Enc::Raw), q("to", "toId", Enc::Raw), q("requestContext", "requestContext", Enc::Rc)])
                .doc(concat!("The differences between two versions of the ", $what, ".")),
        ]
    };
}

/// The `favorite` and `unfavorite` routes of a stored record at `$base`.
macro_rules! favorite_routes {
    ($class:literal, $base:literal, $what:literal) => {
        [
            route($class, "favorite", &["requestContext?: RequestContextInput"], "FavoriteToggleResponse")
                .put(concat!($base, "/favorite"))
                .query(RC)
                .doc(concat!("Marks the ", $what, " as a favorite of the calling user (idempotent).")),
            route($class, "unfavorite", &["requestContext?: RequestContextInput"], "FavoriteToggleResponse")
                .delete(concat!($base, "/favorite"))
                .query(RC)
                .doc(concat!("Removes the ", $what, " from the calling user's favorites (idempotent).")),
        ]
    };
}

/// Splices route arrays made by the macros above into one table.
macro_rules! table {
    ($($item:expr),* $(,)?) => {{
        const PARTS: &[&[Route]] = &[$(&$item),*];
        const LEN: usize = {
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                n += PARTS[i].len();
                i += 1;
            }
            n
        };
        const ROUTES: [Route; LEN] = {
            let mut out = [PARTS[0][0]; LEN];
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                let mut j = 0;
                while j < PARTS[i].len() {
                    out[n] = PARTS[i][j];
                    n += 1;
                    j += 1;
                }
                i += 1;
            }
            out
        };
        &ROUTES
    }};
}

/// The stored group.
pub const GROUP: Group = Group {
    name: "stored",
    resources: &[
        Resource { class: "StoredAgent", fields: &["storedAgentId: string"], member: None, doc: "An agent kept in the server's storage." },
        Resource {
            class: "StoredPromptBlock",
            fields: &["storedPromptBlockId: string"],
            member: None,
            doc: "A prompt block kept in the server's storage.",
        },
        Resource { class: "StoredScorer", fields: &["storedScorerId: string"], member: None, doc: "A scorer definition kept in the server's storage." },
        Resource {
            class: "StoredMCPClient",
            fields: &["storedMCPClientId: string"],
            member: None,
            doc: "An MCP client configuration kept in the server's storage.",
        },
        Resource { class: "StoredSkill", fields: &["storedSkillId: string"], member: None, doc: "A skill kept in the server's storage." },
    ],
    routes: table![
        // ---- agents
        [
            route("MastraClient", "listStoredAgents", &["params?: ListStoredAgentsParams"], "ListStoredAgentsResponse")
                .get("/stored/agents")
                .query(list_query!(
                    q("status", "params.status", Enc::Str),
                    q("authorId", "params.authorId", Enc::Str),
                    q("visibility", "params.visibility", Enc::Str),
                    q("metadata", "params.metadata", Enc::Json),
                    q("favoritedOnly", "params.favoritedOnly", Enc::Flag),
                    q("pinFavoritedFor", "params.pinFavoritedFor", Enc::Str),
                ))
                .doc("Lists the stored agents, one page at a time."),
            route("MastraClient", "createStoredAgent", &["params: CreateStoredAgentParams"], "StoredAgentResponse")
                .post("/stored/agents")
                .prepare("storedBody")
                .whole("body")
                .doc("Creates a stored agent and resolves with its record."),
            route("MastraClient", "getStoredAgent", &["storedAgentId: string"], "StoredAgent")
                .makes("StoredAgent", &[bind("storedAgentId", "storedAgentId")])
                .doc("A stored agent by id (no request is made)."),
            details_route!("StoredAgent", "/stored/agents/{storedAgentId}", "agent", "StoredAgentResponse", status),
        ],
        write_routes!("StoredAgent", "/stored/agents/{storedAgentId}", "agent", "StoredAgentResponse", "UpdateStoredAgentParams"),
        [
            route("StoredAgent", "export", &["params: ExportStoredAgentParams"], "ExportStoredAgentResponse")
                .post("/stored/agents/{storedAgentId}/export")
                .prepare("storedBody")
                .whole("body")
                .doc("The agent's configuration as deterministic JSON (storage is left unchanged)."),
            route("StoredAgent", "openChangeRequest", &["params: OpenStoredAgentChangeRequestParams"], "OpenStoredAgentChangeRequestResponse")
                .post("/stored/agents/{storedAgentId}/change-request")
                .prepare("storedBody")
                .whole("body")
                .doc("Opens a change request with the agent's JSON at a source provider (storage is left unchanged)."),
            route("StoredAgent", "dependents", &["requestContext?: RequestContextInput"], "StoredAgentDependentsResponse")
                .get("/stored/agents/{storedAgentId}/dependents")
                .query(RC)
                .doc("The stored agents that use this one as a sub-agent."),
        ],
        favorite_routes!("StoredAgent", "/stored/agents/{storedAgentId}", "agent"),
        version_routes!(
            "StoredAgent",
            "/stored/agents/{storedAgentId}",
            "agent",
            "AgentVersionResponse",
            "ListAgentVersionsResponse",
            "ListAgentVersionsParams",
            "CreateAgentVersionParams",
            "ActivateAgentVersionResponse",
            "DeleteAgentVersionResponse",
            "CompareVersionsResponse"
        ),
        // ---- prompt blocks
        [
            route("MastraClient", "listStoredPromptBlocks", &["params?: ListStoredPromptBlocksParams"], "ListStoredPromptBlocksResponse")
                .get("/stored/prompt-blocks")
                .query(list_query!(
                    q("authorId", "params.authorId", Enc::Str),
                    q("status", "params.status", Enc::Str),
                    q("metadata", "params.metadata", Enc::Json),
                ))
                .doc("Lists the stored prompt blocks, one page at a time."),
            route("MastraClient", "createStoredPromptBlock", &["params: CreateStoredPromptBlockParams"], "StoredPromptBlockResponse")
                .post("/stored/prompt-blocks")
                .prepare("storedBody")
                .whole("body")
                .doc("Creates a stored prompt block and resolves with its record."),
            route("MastraClient", "getStoredPromptBlock", &["storedPromptBlockId: string"], "StoredPromptBlock")
                .makes("StoredPromptBlock", &[bind("storedPromptBlockId", "storedPromptBlockId")])
                .doc("A stored prompt block by id (no request is made)."),
            details_route!("StoredPromptBlock", "/stored/prompt-blocks/{storedPromptBlockId}", "prompt block", "StoredPromptBlockResponse", status),
        ],
        write_routes!("StoredPromptBlock", "/stored/prompt-blocks/{storedPromptBlockId}", "prompt block", "StoredPromptBlockResponse", "UpdateStoredPromptBlockParams"),
        version_routes!(
            "StoredPromptBlock",
            "/stored/prompt-blocks/{storedPromptBlockId}",
            "prompt block",
            "PromptBlockVersionResponse",
            "ListPromptBlockVersionsResponse",
            "ListPromptBlockVersionsParams",
            "CreatePromptBlockVersionParams",
            "ActivatePromptBlockVersionResponse",
            "DeletePromptBlockVersionResponse",
            // client-js declares the agent's comparison here; the versions are prompt blocks'.
            "CompareVersionsResult<PromptBlockVersionResponse> & CompareVersionsResponse"
        ),
        // ---- scorers
        [
            route("MastraClient", "listStoredScorers", &["params?: ListStoredScorersParams"], "ListStoredScorersResponse")
                .get("/stored/scorers")
                .query(list_query!(q("authorId", "params.authorId", Enc::Str), q("metadata", "params.metadata", Enc::Json)))
                .doc("Lists the stored scorer definitions, one page at a time."),
            route("MastraClient", "createStoredScorer", &["params: CreateStoredScorerParams"], "StoredScorerResponse")
                .post("/stored/scorers")
                .prepare("storedBody")
                .whole("body")
                .doc("Creates a stored scorer definition and resolves with its record."),
            route("MastraClient", "getStoredScorer", &["storedScorerId: string"], "StoredScorer")
                .makes("StoredScorer", &[bind("storedScorerId", "storedScorerId")])
                .doc("A stored scorer definition by id (no request is made)."),
            details_route!("StoredScorer", "/stored/scorers/{storedScorerId}", "scorer definition", "StoredScorerResponse", status),
        ],
        write_routes!("StoredScorer", "/stored/scorers/{storedScorerId}", "scorer definition", "StoredScorerResponse", "UpdateStoredScorerParams"),
        version_routes!(
            "StoredScorer",
            "/stored/scorers/{storedScorerId}",
            "scorer definition",
            "ScorerVersionResponse",
            "ListScorerVersionsResponse",
            "ListScorerVersionsParams",
            "CreateScorerVersionParams",
            "ActivateScorerVersionResponse",
            "DeleteScorerVersionResponse",
            "CompareScorerVersionsResponse"
        ),
        // ---- MCP clients
        [
            route("MastraClient", "listStoredMCPClients", &["params?: ListStoredMCPClientsParams"], "ListStoredMCPClientsResponse")
                .get("/stored/mcp-clients")
                .query(list_query!(q("authorId", "params.authorId", Enc::Str), q("metadata", "params.metadata", Enc::Json)))
                .doc("Lists the stored MCP client configurations, one page at a time."),
            route("MastraClient", "createStoredMCPClient", &["params: CreateStoredMCPClientParams"], "StoredMCPClientResponse")
                .post("/stored/mcp-clients")
                .prepare("storedBody")
                .whole("body")
                .doc("Creates a stored MCP client configuration and resolves with its record."),
            route("MastraClient", "getStoredMCPClient", &["storedMCPClientId: string"], "StoredMCPClient")
                .makes("StoredMCPClient", &[bind("storedMCPClientId", "storedMCPClientId")])
                .doc("A stored MCP client configuration by id (no request is made)."),
            details_route!("StoredMCPClient", "/stored/mcp-clients/{storedMCPClientId}", "MCP client configuration", "StoredMCPClientResponse"),
        ],
        write_routes!("StoredMCPClient", "/stored/mcp-clients/{storedMCPClientId}", "MCP client configuration", "StoredMCPClientResponse", "UpdateStoredMCPClientParams"),
        // ---- skills
        [
            route("MastraClient", "listStoredSkills", &["params?: ListStoredSkillsParams"], "ListStoredSkillsResponse")
                .get("/stored/skills")
                .query(list_query!(
                    q("authorId", "params.authorId", Enc::Str),
                    q("visibility", "params.visibility", Enc::Str),
                    q("metadata", "params.metadata", Enc::Json),
                    q("favoritedOnly", "params.favoritedOnly", Enc::Flag),
                    q("pinFavoritedFor", "params.pinFavoritedFor", Enc::Str),
                ))
                .doc("Lists the stored skills, one page at a time."),
            route("MastraClient", "createStoredSkill", &["params: CreateStoredSkillParams"], "StoredSkillResponse")
                .post("/stored/skills")
                .prepare("storedBody")
                .whole("body")
                .doc("Creates a stored skill and resolves with its record."),
            route("MastraClient", "getStoredSkill", &["storedSkillId: string"], "StoredSkill")
                .makes("StoredSkill", &[bind("storedSkillId", "storedSkillId")])
                .doc("A stored skill by id (no request is made)."),
            details_route!("StoredSkill", "/stored/skills/{storedSkillId}", "skill", "StoredSkillResponse"),
        ],
        write_routes!("StoredSkill", "/stored/skills/{storedSkillId}", "skill", "StoredSkillResponse", "UpdateStoredSkillParams"),
        favorite_routes!("StoredSkill", "/stored/skills/{storedSkillId}", "skill"),
        // ---- workspaces
        [
            route("MastraClient", "listStoredWorkspaces", &["params?: ListStoredWorkspacesParams"], "ListStoredWorkspacesResponse")
                .get("/stored/workspaces")
                .query(&[
                    q("page", "params.page", Enc::Num),
                    q("perPage", "params.perPage", Enc::Num),
                    q("authorId", "params.authorId", Enc::Str),
                    q("orderBy[field]", "params.orderBy.field", Enc::Str),
                    q("orderBy[direction]", "params.orderBy.direction", Enc::Str),
                ])
                .doc("Lists the stored workspace configurations, one page at a time."),
            route("MastraClient", "getStoredWorkspace", &["id: string"], "StoredWorkspaceResponse")
                .get("/stored/workspaces/{id}")
                .doc("A stored workspace configuration by id."),
        ],
    ],
    prepares: &[
        adds("storedBody", &["body"]),
        adds("storedVersionBody", &["body"]),
    ],
};
