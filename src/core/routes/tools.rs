//! Tools: the `Tool` resource and the client's tool methods.

use super::*;

/// The tools group.
pub const GROUP: Group = Group {
    name: "tools",
    resources: &[Resource { class: "Tool", fields: &["toolId: string"], member: None, doc: "A tool of the server." }],
    routes: &[
        route("MastraClient", "listTools", &["requestContext?: RequestContextInput"], "Record<string, ToolDetails>")
            .get("/tools")
            .query(RC)
            .doc("Lists the server's tools, keyed by id."),
        route("MastraClient", "getTool", &["toolId: string"], "Tool")
            .makes("Tool", &[bind("toolId", "toolId")])
            .doc("A tool by id (no request is made)."),
        route("Tool", "details", &["requestContext?: RequestContextInput"], "ToolDetails")
            .get("/tools/{toolId}")
            .query(RC)
            .doc("The tool's details and schemas."),
        route("Tool", "execute", &["params: ToolExecuteParams"], "any")
            .post("/tools/{toolId}/execute")
            .query(&[q("runId", "params.runId", Enc::Str)])
            .pick(&[f("data", "params.data"), rc_field("params.requestContext")])
            .doc("Runs the tool on the server with `data` as input."),
    ],
};
