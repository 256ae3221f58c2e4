//! Workspaces: the `Workspace` resource (files, search, skills) and its skills.

use super::*;

/// `?path=` of a skill, when the skill was named with a path.
const SKILL_PATH: &[Query] = &[q("path", "skillPath", Enc::Str)];

/// The workspaces group.
pub const GROUP: Group = Group {
    name: "workspaces",
    resources: &[
        Resource { class: "Workspace", fields: &["workspaceId: string"], member: None, doc: "A workspace of the server: its files, search index and skills." },
        Resource {
            class: "WorkspaceSkillResource",
            fields: &["workspaceId: string", "skillName: string", "skillPath?: string", "basePath: string", "pathQuery: string"],
            member: None,
            doc: "A skill of a workspace (`basePath` and `pathQuery` are the skill's path and query, as sent).",
        },
    ],
    routes: &[
        route("MastraClient", "listWorkspaces", &[], "ListWorkspacesResponse")
            .get("/workspaces")
            .doc("Lists the workspaces of the server and of its agents."),
        route("MastraClient", "getWorkspace", &["workspaceId: string"], "Workspace")
            .makes("Workspace", &[bind("workspaceId", "workspaceId")])
            .doc("A workspace by id (no request is made)."),
        route("Workspace", "info", &[], "WorkspaceInfoResponse")
            .get("/workspaces/{workspaceId}")
            .doc("The workspace's name, status and capabilities."),
        route("Workspace", "readFile", &["path: string", "encoding?: string"], "WorkspaceFsReadResponse")
            .get("/workspaces/{workspaceId}/fs/read")
            .prepare("workspacePath")
            .query(&[q("path", "path", Enc::Raw), q("encoding", "encoding", Enc::Str)])
            .doc("Reads a file (as UTF-8 text unless `encoding` says otherwise)."),
        route("Workspace", "writeFile", &["path: string", "content: string", "options?: WorkspaceWriteOptions"], "WorkspaceFsWriteResponse")
            .post("/workspaces/{workspaceId}/fs/write")
            .prepare("workspaceWrite")
            .pick(&[f("path", "path"), f("content", "content"), f("encoding", "options.encoding"), f("recursive", "options.recursive")])
            .doc("Writes a file (`recursive` makes its missing folders)."),
        route("Workspace", "listFiles", &["path: string", "recursive?: boolean"], "WorkspaceFsListResponse")
            .get("/workspaces/{workspaceId}/fs/list")
            .prepare("workspacePath")
            .query(&[q("path", "path", Enc::Raw), q("recursive", "recursive", Enc::Num)])
            .doc("Lists the files and folders of a folder."),
        route("Workspace", "delete", &["path: string", "options?: { recursive?: boolean; force?: boolean }"], "WorkspaceFsDeleteResponse")
            .delete("/workspaces/{workspaceId}/fs/delete")
            .prepare("workspacePath")
            .query(&[q("path", "path", Enc::Raw), q("recursive", "options.recursive", Enc::Num), q("force", "options.force", Enc::Num)])
            .doc("Deletes a file or folder."),
        route("Workspace", "mkdir", &["path: string", "recursive?: boolean"], "WorkspaceFsMkdirResponse")
            .post("/workspaces/{workspaceId}/fs/mkdir")
            .prepare("workspacePath")
            .pick(&[f("path", "path"), f("recursive", "recursive")])
            .doc("Makes a folder (`recursive` makes its missing parents)."),
        route("Workspace", "stat", &["path: string"], "WorkspaceFsStatResponse")
            .get("/workspaces/{workspaceId}/fs/stat")
            .prepare("workspacePath")
            .query(&[q("path", "path", Enc::Raw)])
            .doc("The type, size and times of a file or folder."),
        route("Workspace", "search", &["params: WorkspaceSearchParams"], "WorkspaceSearchResponse")
            .get("/workspaces/{workspaceId}/search")
            .prepare("workspaceQuery")
            .query(&[
                q("query", "params.query", Enc::Raw),
                q("topK", "params.topK", Enc::Num),
                q("mode", "params.mode", Enc::Str),
                q("minScore", "params.minScore", Enc::Num),
            ])
            .doc("Searches the workspace's indexed content."),
        route("Workspace", "index", &["params: WorkspaceIndexParams"], "WorkspaceIndexResponse")
            .post("/workspaces/{workspaceId}/index")
            .prepare("workspaceBody")
            .whole("body")
            .doc("Adds content to the workspace's search index."),
        route("Workspace", "listSkills", &[], "ListSkillsResponse")
            .get("/workspaces/{workspaceId}/skills")
            .doc("Lists the skills found in the workspace."),
        route("Workspace", "searchSkills", &["params: SearchSkillsParams"], "SearchSkillsResponse")
            .get("/workspaces/{workspaceId}/skills/search")
            .prepare("workspaceQuery")
            .query(&[
                q("query", "params.query", Enc::Raw),
                q("topK", "params.topK", Enc::Num),
                q("minScore", "params.minScore", Enc::Num),
                q("skillNames", "params.skillNames", Enc::Csv),
                q("includeReferences", "params.includeReferences", Enc::Num),
            ])
            .doc("Searches the content of the workspace's skills."),
        route("Workspace", "getSkill", &["skillName: string", "skillPath?: string"], "WorkspaceSkillResource")
            .makes("WorkspaceSkillResource", &[bind("workspaceId", "workspaceId"), bind("skillName", "skillName"), bind_opt("skillPath", "skillPath")])
            .custom("workspaceGetSkill")
            .doc("A skill of the workspace by name, `skillPath` telling apart skills of the same name (no request is made)."),
        route("WorkspaceSkillResource", "details", &[], "Skill")
            .get("/workspaces/{workspaceId}/skills/{skillName}")
            .query(SKILL_PATH)
            .doc("The skill with its instructions."),
        route("WorkspaceSkillResource", "listReferences", &[], "ListSkillReferencesResponse")
            .get("/workspaces/{workspaceId}/skills/{skillName}/references")
            .query(SKILL_PATH)
            .doc("Lists the paths of the skill's reference files."),
        route("WorkspaceSkillResource", "getReference", &["referencePath: string"], "GetSkillReferenceResponse")
            .get("/workspaces/{workspaceId}/skills/{skillName}/references/{referencePath}")
            .query(SKILL_PATH)
            .doc("The content of one of the skill's reference files."),
    ],
    prepares: &[
        adds("workspaceBody", &["body"]),
    ],
};
