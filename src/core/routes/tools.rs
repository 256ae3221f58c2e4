//! Tools: the `Tool`, `MCPTool`, `Processor`, `ToolProvider` and `ProcessorProvider`
//! resources and the client's tool, processor, MCP server and provider methods.

use super::*;

/// `?page=&perPage=` of the provider tool listing and its filters.
const PROVIDER_TOOLS_QUERY: &[Query] = &[
    q("toolkit", "params.toolkit", Enc::Str),
    q("search", "params.search", Enc::Str),
    q("page", "params.page", Enc::Num),
    q("perPage", "params.perPage", Enc::Num),
];

/// The tools group.
pub const GROUP: Group = Group {
    name: "tools",
    resources: &[
        Resource { class: "Tool", fields: &["toolId: string"], member: None, doc: "A tool of the server." },
        Resource { class: "Processor", fields: &["processorId: string"], member: None, doc: "A processor of the server." },
        Resource {
            class: "MCPTool",
            fields: &["serverId: string", "toolId: string"],
            member: None,
            doc: "A tool of one of the server's MCP servers.",
        },
        Resource { class: "ToolProvider", fields: &["providerId: string"], member: None, doc: "A tool provider (integration) of the server." },
        Resource { class: "ProcessorProvider", fields: &["providerId: string"], member: None, doc: "A processor provider of the server." },
    ],
    routes: &[
        // ---- tools
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
        route("Tool", "execute", &["params: ToolExecuteParams"], "unknown")
            .post("/tools/{toolId}/execute")
            .query(&[q("runId", "params.runId", Enc::Str)])
            .pick(&[f("data", "params.data"), rc_field("params.requestContext")])
            .doc("Runs the tool on the server with `data` as input."),
        // ---- processors
        route("MastraClient", "listProcessors", &["requestContext?: RequestContextInput"], "Record<string, GetProcessorResponse>")
            .get("/processors")
            .query(RC)
            .doc("Lists the server's processors, keyed by id."),
        route("MastraClient", "getProcessor", &["processorId: string"], "Processor")
            .makes("Processor", &[bind("processorId", "processorId")])
            .doc("A processor by id (no request is made)."),
        route("Processor", "details", &["requestContext?: RequestContextInput"], "GetProcessorDetailResponse")
            .get("/processors/{processorId}")
            .query(RC)
            .doc("The processor's details: its phases and the agents that use it."),
        route("Processor", "execute", &["params: ProcessorExecuteParams"], "ProcessorExecuteResult")
            .post("/processors/{processorId}/execute")
            .prepare("toolsParams")
            .pick(&[
                f("phase", "params.phase"),
                f("messages", "params.messages"),
                f("agentId", "params.agentId"),
                rc_field("params.requestContext"),
            ])
            .doc("Runs one phase of the processor on `messages`."),
        // ---- MCP servers
        route("MastraClient", "getMcpServers", &["params?: McpServerListParams"], "McpServerList")
            .get("/mcp/v0/servers")
            .query(&[
                q("page", "params.page", Enc::Num),
                q("perPage", "params.perPage", Enc::Num),
                q("limit", "params.limit", Enc::Num),
                q("offset", "params.offset", Enc::Num),
            ])
            .doc("Lists the MCP servers the server hosts (registry format), a page at a time."),
        route("MastraClient", "getMcpServerDetails", &["serverId: string", "params?: { version?: string }"], "McpServerDetails")
            .get("/mcp/v0/servers/{serverId}")
            .query(&[q("version", "params.version", Enc::Str)])
            .doc("One MCP server's details, optionally of one version."),
        route("MastraClient", "getMcpServerTools", &["serverId: string"], "McpServerToolList")
            .get("/mcp/{serverId}/tools")
            .doc("The tools of one MCP server."),
        route("MastraClient", "getMcpServerTool", &["serverId: string", "toolId: string"], "MCPTool")
            .makes("MCPTool", &[bind("serverId", "serverId"), bind("toolId", "toolId")])
            .doc("A tool of an MCP server (no request is made)."),
        route("MastraClient", "getMcpServerResources", &["serverId: string"], "McpServerResourceList")
            .get("/mcp/{serverId}/resources")
            .doc("The resources an MCP server offers."),
        route("MastraClient", "readMcpServerResource", &["serverId: string", "uri: string"], "McpResourceContents")
            .post("/mcp/{serverId}/resources/read")
            .pick(&[f("uri", "uri")])
            .doc("Reads one resource of an MCP server by URI (e.g. a `ui://` app page)."),
        route("MCPTool", "details", &["requestContext?: RequestContextInput"], "McpToolInfo")
            .get("/mcp/{serverId}/tools/{toolId}")
            .query(RC)
            .doc("The MCP tool's name, description and input schema."),
        route("MCPTool", "execute", &["params: McpToolExecuteParams"], "McpToolExecuteResult")
            .post("/mcp/{serverId}/tools/{toolId}/execute")
            .prepare("toolsParams")
            .query(&[q("requestContext", "params.requestContext", Enc::Rc)])
            .omit("params", &["requestContext"])
            .doc("Runs the MCP tool with `data` (the request context goes on the query)."),
        // ---- tool providers
        route("MastraClient", "listToolProviders", &[], "ListToolProvidersResponse")
            .get("/tool-providers")
            .doc("Lists the registered tool providers."),
        route("MastraClient", "getToolProvider", &["providerId: string"], "ToolProvider")
            .makes("ToolProvider", &[bind("providerId", "providerId")])
            .doc("A tool provider by id (no request is made)."),
        route("ToolProvider", "listToolkits", &[], "ListToolProviderToolkitsResponse")
            .get("/tool-providers/{providerId}/toolkits")
            .doc("The provider's toolkits."),
        route("ToolProvider", "listTools", &["params?: ToolProviderListToolsParams"], "ListToolProviderToolsResponse")
            .get("/tool-providers/{providerId}/tools")
            .query(PROVIDER_TOOLS_QUERY)
            .doc("The provider's tools, filtered by toolkit or text, a page at a time."),
        route("ToolProvider", "getToolSchema", &["toolSlug: string"], "GetToolProviderToolSchemaResponse")
            .get("/tool-providers/{providerId}/tools/{toolSlug}/schema")
            .doc("The input schema of one of the provider's tools."),
        route("ToolProvider", "authorize", &["params: ToolProviderAuthorizeParams"], "ToolProviderAuthorizeResult")
            .post("/tool-providers/{providerId}/authorize")
            .whole("params")
            .doc("Starts an OAuth flow for a toolkit and connection; poll it with getAuthStatus."),
        route("ToolProvider", "getAuthStatus", &["authId: string"], "ToolProviderAuthStatus")
            .get("/tool-providers/{providerId}/auth-status/{authId}")
            .doc("The state of an OAuth flow started with authorize."),
        route("ToolProvider", "getConnectionStatus", &["params: ToolProviderConnectionStatusParams"], "ToolProviderConnectionStatusResponse")
            .post("/tool-providers/{providerId}/connection-status")
            .whole("params")
            .doc("Whether each (connectionId, toolkit) pair is connected."),
        route("ToolProvider", "listConnections", &["params: ToolProviderListConnectionsParams"], "ListToolProviderConnectionsResponse")
            .get("/tool-providers/{providerId}/connections")
            .prepare("toolkitParams")
            .query(&[
                q("toolkit", "params.toolkit", Enc::Raw),
                q("authorId", "params.authorId", Enc::Str),
                q("page", "params.page", Enc::Num),
                q("perPage", "params.perPage", Enc::Num),
                q("scope", "params.scope", Enc::Str),
            ])
            .doc("The provider's connections for a toolkit, a page at a time."),
        route("ToolProvider", "listConnectionFields", &["params: ListToolProviderConnectionFieldsParams"], "ListToolProviderConnectionFieldsResponse")
            .get("/tool-providers/{providerId}/connection-fields")
            .prepare("toolkitParams")
            .query(&[q("toolkit", "params.toolkit", Enc::Raw)])
            .doc("The fields to collect before connecting a toolkit."),
        route("ToolProvider", "disconnectConnection", &["connectionId: string", "params?: DisconnectToolProviderConnectionParams"], "DisconnectToolProviderConnectionResponse")
            .delete("/tool-providers/{providerId}/connections/{connectionId}")
            .query(&[q("toolkit", "params.toolkit", Enc::Str), q("force", "params.force", Enc::Flag)])
            .doc("Revokes and deletes a connection (`force` even when agents still use it)."),
        route("ToolProvider", "updateConnection", &["connectionId: string", "params: UpdateToolProviderConnectionParams"], "UpdateToolProviderConnectionResponse")
            .patch("/tool-providers/{providerId}/connections/{connectionId}")
            .whole("params")
            .doc("Updates a connection's display label."),
        route("ToolProvider", "getConnectionUsage", &["connectionId: string", "params?: GetToolProviderConnectionUsageParams"], "GetToolProviderConnectionUsageResponse")
            .get("/tool-providers/{providerId}/connections/{connectionId}/usage")
            .query(&[q("toolkit", "params.toolkit", Enc::Str)])
            .doc("The agents that use a connection."),
        route("ToolProvider", "getHealth", &[], "ToolProviderHealthResponse")
            .get("/tool-providers/{providerId}/health")
            .doc("The provider's health: configuration and reachability."),
        // ---- processor providers
        route("MastraClient", "getProcessorProviders", &[], "GetProcessorProvidersResponse")
            .get("/processor-providers")
            .doc("Lists the registered processor providers."),
        route("MastraClient", "getProcessorProvider", &["providerId: string"], "ProcessorProvider")
            .makes("ProcessorProvider", &[bind("providerId", "providerId")])
            .doc("A processor provider by id (no request is made)."),
        route("ProcessorProvider", "details", &[], "ProcessorProviderDetails")
            .get("/processor-providers/{providerId}")
            .doc("The provider and the processors it offers."),
    ],
    prepares: &[],
};
