// Types of mastra-client-native: the same exports and shapes as an app's
// `lib/mastra/mastra-client.ts` built on @mastra/client-js 1.47.0.
// Shapes that come from the server are typed loosely (their fields as in client-js, plus
// an index signature) so that code written against client-js compiles unchanged.

/** Options of `new MastraClient(options)`, as in client-js, plus `timeoutMs`. */
export interface ClientOptions {
  /** Absolute http(s) URL of the Mastra server; a trailing `/` is ignored. */
  baseUrl: string
  /** Path prefix of the API routes (default `/api`). */
  apiPrefix?: string
  /** Extra tries after a network error or 5xx answer (default 3; 4xx is never tried again). */
  retries?: number
  /** First wait between tries in ms (default 100), doubled each time. */
  backoffMs?: number
  /** Longest wait between tries in ms (default 1000). */
  maxBackoffMs?: number
  /** Headers sent with every request; they win over the JSON content type. */
  headers?: Record<string, string>
  /** Aborts every call of this client. */
  abortSignal?: AbortSignal
  /** Accepted for compatibility; a browser setting with no meaning on a server. */
  credentials?: 'omit' | 'same-origin' | 'include'
  /** Not supported: passing it throws a TypeError (requests go through the native core). */
  fetch?: never
  /** Deadline of a whole call in ms, tries and waits included; for a stream, of its opening (extension; none by default). */
  timeoutMs?: number
}

/** HTTP error thrown by the client: status, status text and the parsed JSON body if any. */
export declare class MastraClientError extends Error {
  constructor(status: number, statusText: string, message: string, body?: unknown)
  readonly name: 'MastraClientError'
  /** HTTP status code */
  status: number
  /** HTTP status text (e.g. "Not Found") */
  statusText: string
  /** Parsed response body if it was JSON */
  body?: unknown
}

/** A request context: a plain object or a `RequestContext` (any object with `entries()`). */
export type RequestContextInput = Record<string, unknown> | { entries(): Iterable<[string, unknown]> }

type Loose = { [key: string]: any }

/** Options of `request(path, options)`, as client-js takes them. */
export interface RequestOptions {
  /** HTTP verb (default `GET`). */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | (string & {})
  /** Headers of this call; they win over the client's. */
  headers?: Record<string, string>
  /** A JSON value (sent as JSON) or a `FormData` (sent as `multipart/form-data`). */
  body?: any
  /** Resolve with the `Response` itself (its body a byte stream) instead of parsed JSON. */
  stream?: boolean
  /** Aborts this call. */
  signal?: AbortSignal
  /** Retries for this call instead of the client's. */
  retries?: number
  /** Accepted and ignored (a browser setting). */
  credentials?: 'omit' | 'same-origin' | 'include'
}

// <routes> Generated from src/core/routes/ and typings/ by `npm run typings`: edit those, not this block.
/** Client of a Mastra server. */
export declare class MastraClient {
  constructor(options: ClientOptions);
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Lists the server's agents, keyed by id. `GET /agents` */
  listAgents(requestContext?: RequestContextInput, partial?: boolean): Promise<Record<string, AgentDetails>>;
  /** An agent by id (no request is made). */
  getAgent(agentId: string): Agent;
  /** Lists the server's workflows, keyed by id. `GET /workflows` */
  listWorkflows(requestContext?: RequestContextInput, partial?: boolean): Promise<Record<string, WorkflowDetails>>;
  /** A workflow by id (no request is made). */
  getWorkflow(workflowId: string): Workflow;
  /** Lists the server's tools, keyed by id. `GET /tools` */
  listTools(requestContext?: RequestContextInput): Promise<Record<string, ToolDetails>>;
  /** A tool by id (no request is made). */
  getTool(toolId: string): Tool;
  /** Lists the server's processors, keyed by id. `GET /processors` */
  listProcessors(requestContext?: RequestContextInput): Promise<Record<string, ProcessorDetails>>;
  /** A processor by id (no request is made). */
  getProcessor(processorId: string): Processor;
  /** Lists the MCP servers the server hosts (registry format), a page at a time. `GET /mcp/v0/servers` */
  getMcpServers(params?: McpServerListParams): Promise<McpServerList>;
  /** One MCP server's details, optionally of one version. `GET /mcp/v0/servers/{serverId}` */
  getMcpServerDetails(serverId: string, params?: { version?: string }): Promise<McpServerDetails>;
  /** The tools of one MCP server. `GET /mcp/{serverId}/tools` */
  getMcpServerTools(serverId: string): Promise<McpServerToolList>;
  /** A tool of an MCP server (no request is made). */
  getMcpServerTool(serverId: string, toolId: string): MCPTool;
  /** The resources an MCP server offers. `GET /mcp/{serverId}/resources` */
  getMcpServerResources(serverId: string): Promise<McpServerResourceList>;
  /** Reads one resource of an MCP server by URI (e.g. a `ui://` app page). `POST /mcp/{serverId}/resources/read` */
  readMcpServerResource(serverId: string, uri: string): Promise<McpResourceContents>;
  /** Lists the registered tool providers. `GET /tool-providers` */
  listToolProviders(): Promise<{ providers: ToolProviderInfo[] }>;
  /** A tool provider by id (no request is made). */
  getToolProvider(providerId: string): ToolProvider;
  /** Lists the registered processor providers. `GET /processor-providers` */
  getProcessorProviders(): Promise<{ providers: ProcessorProviderInfo[] }>;
  /** A processor provider by id (no request is made). */
  getProcessorProvider(providerId: string): ProcessorProvider;
  /** Lists the agent controllers the server hosts. `GET /agent-controller` */
  listAgentControllers(): Promise<AgentControllerInfo[]>;
  /** An agent controller by id (no request is made). */
  getAgentController(controllerId: string): AgentController;
  /** Lists background tasks, filtered by agent, run, thread, tool, status or dates, a page at a time. `GET /background-tasks` */
  listBackgroundTasks(params?: ListBackgroundTasksParams): Promise<BackgroundTaskList>;
  /** One background task by id. `GET /background-tasks/{backgroundTaskId}` */
  getBackgroundTask(backgroundTaskId: string): Promise<BackgroundTask>;
  /** Streams background task events (completed, failed) as they happen: a stream of parsed events. `GET /background-tasks/stream` */
  streamBackgroundTasks(params?: StreamBackgroundTasksParams): Promise<ReadableStream<BackgroundTaskEvent>>;
  /** Lists memory threads, one page at a time. `GET /memory/threads` */
  listMemoryThreads(params?: ListMemoryThreadsParams): Promise<MemoryThreadsPage>;
  /** Creates a memory thread. `POST /memory/threads` */
  createMemoryThread(params: CreateMemoryThreadParams): Promise<StorageThread>;
  /** A memory thread by id (no request is made). */
  getMemoryThread(params: { threadId: string; agentId?: string }): MemoryThread;
  /** Lists the messages of a thread. `GET /memory/threads/{threadId}/messages` */
  listThreadMessages(threadId: string, opts?: ListMemoryMessagesParams): Promise<MemoryMessagesPage>;
  /** Saves messages to an agent's memory. `POST /memory/save-messages` */
  saveMessageToMemory(params: SaveMessagesParams): Promise<{ messages: any[] }>;
  /** Reads the working memory of a thread (or its resource). `GET /memory/threads/{params.threadId}/working-memory` */
  getWorkingMemory(params: WorkingMemoryParams): Promise<WorkingMemory>;
  /** Replaces the working memory of a thread (or its resource). `POST /memory/threads/{params.threadId}/working-memory` */
  updateWorkingMemory(params: UpdateWorkingMemoryParams): Promise<any>;
  /** A vector store by name (no request is made). */
  getVector(vectorName: string): Vector;
  /** Lists log records of a transport. `GET /logs` */
  listLogs(params: ListLogsParams): Promise<LogsPage>;
  /** Lists the log records of one run. `GET /logs/{params.runId}` */
  getLogForRun(params: ListLogsParams & { runId: string }): Promise<LogsPage>;
}
// ---- agents: types
export type MessageInput = string | string[] | Loose | Loose[]
export interface AgentCallOptions extends Loose {
  memory?: { thread: string | { id: string; [key: string]: any }; resource: string; options?: Loose }
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: Record<string, Loose>
  structuredOutput?: { schema: unknown; [key: string]: any }
}
export interface AgentDetails extends Loose {
  name: string
  instructions?: unknown
  tools?: Record<string, Loose>
}
export interface GenerateResult extends Loose {
  text: string
  finishReason?: string
  usage?: Loose
  toolCalls?: Loose[]
  toolResults?: Loose[]
}
/** A chunk of an agent stream. */
export interface StreamChunk extends Loose {
  type: string
  runId?: string
  from?: string
  payload?: Loose
}
/** The `Response` of `agent.stream()`, with `processDataStream`. */
export interface AgentStreamResponse extends Response {
  processDataStream(options: { onChunk: (chunk: StreamChunk) => void | Promise<void> }): Promise<void>
}
/** An agent of the server. */
export declare class Agent {
  private constructor();
  readonly agentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The agent's details: name, instructions, tools, model. `GET /agents/{agentId}` */
  details(requestContext?: RequestContextInput): Promise<AgentDetails>;
  /** Runs the agent and resolves with its full answer. `POST /agents/{agentId}/generate` */
  generate(messages: MessageInput, options?: AgentCallOptions): Promise<GenerateResult>;
  /** Runs the agent and streams its chunks; read them with processDataStream({ onChunk }). `POST /agents/{agentId}/stream` */
  stream(messages: MessageInput, options?: AgentCallOptions): Promise<AgentStreamResponse>;
}
// ---- workflows: types
export interface WorkflowDetails extends Loose {
  name?: string
  steps?: Record<string, Loose>
}
export interface CreateRunParams {
  runId?: string
  resourceId?: string
  disableScorers?: boolean
}
export interface WorkflowStartParams extends Loose {
  inputData?: unknown
  initialState?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
  resourceId?: string
  perStep?: boolean
}
export interface WorkflowResumeParams extends Loose {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
  perStep?: boolean
  forEachIndex?: number
}
export interface WorkflowRunResult extends Loose {
  status?: string
  result?: any
  error?: Error
  steps?: Record<string, Loose>
}
/** A workflow of the server. */
export declare class Workflow {
  private constructor();
  readonly workflowId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The workflow's details: steps and schemas. `GET /workflows/{workflowId}` */
  details(requestContext?: RequestContextInput): Promise<WorkflowDetails>;
  /** Creates a run and resolves with it. `POST /workflows/{workflowId}/create-run` */
  createRun(params?: CreateRunParams): Promise<Run>;
}
/** One run of a workflow. */
export declare class Run {
  private constructor();
  readonly workflowId: string;
  readonly runId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Starts the run without waiting for it to finish. `POST /workflows/{workflowId}/start` */
  start(params: WorkflowStartParams): Promise<WorkflowRunResult>;
  /** Starts the run and resolves with its result. `POST /workflows/{workflowId}/start-async` */
  startAsync(params: WorkflowStartParams): Promise<WorkflowRunResult>;
  /** Resumes a suspended step without waiting for the run to finish. `POST /workflows/{workflowId}/resume` */
  resume(params: WorkflowResumeParams): Promise<WorkflowRunResult>;
  /** Resumes a suspended step and resolves with the run's result. `POST /workflows/{workflowId}/resume-async` */
  resumeAsync(params: WorkflowResumeParams): Promise<WorkflowRunResult>;
  /** Cancels the run. `POST /workflows/{workflowId}/runs/{runId}/cancel` */
  cancelRun(): Promise<{ message: string }>;
}
// ---- tools: types
export interface ToolDetails extends Loose {
  id: string
  description?: string
}
export interface ToolExecuteParams {
  data: unknown
  runId?: string
  requestContext?: RequestContextInput
}
export interface ProcessorDetails extends Loose {
  id: string
  name?: string
  description?: string
  phases?: string[]
}
export interface ProcessorExecuteParams {
  phase: string
  messages: unknown[]
  agentId?: string
  requestContext?: RequestContextInput
}
export interface ProcessorExecuteResult extends Loose {
  success?: boolean
  phase?: string
  messages?: unknown[]
}
export interface McpServerListParams {
  page?: number
  perPage?: number
  /** @deprecated use page and perPage */
  limit?: number
  /** @deprecated use page and perPage */
  offset?: number
}
export interface McpServerInfo extends Loose {
  id: string
  name: string
  version_detail?: Loose
}
export interface McpServerList extends Loose {
  servers: McpServerInfo[]
  total_count?: number
  next?: string | null
}
export interface McpServerDetails extends McpServerInfo {
  description?: string
}
export interface McpToolInfo extends Loose {
  id?: string
  name: string
  description?: string
  inputSchema?: unknown
}
export interface McpServerToolList extends Loose {
  tools: McpToolInfo[]
}
export interface McpServerResourceList extends Loose {
  resources: Array<{ uri: string; name?: string; mimeType?: string } & Loose>
}
export interface McpResourceContents extends Loose {
  contents?: Array<{ uri: string; text?: string; blob?: string; mimeType?: string } & Loose>
}
export interface McpToolExecuteParams extends Loose {
  data?: unknown
  resumeData?: unknown
  suspendPayload?: unknown
  requestContext?: RequestContextInput
}
export interface McpToolExecuteResult extends Loose {
  result?: unknown
  status?: 'suspended'
  suspendPayload?: unknown
  resumeSchema?: unknown
}
export interface ToolProviderInfo extends Loose {
  id: string
  name: string
  description?: string
}
export interface ToolProviderToolkit extends Loose {
  slug: string
  name: string
}
export interface ToolProviderTool extends Loose {
  slug: string
  name: string
  description?: string
  toolkit?: string
}
export interface ToolProviderListToolsParams {
  toolkit?: string
  search?: string
  page?: number
  perPage?: number
}
export interface ToolProviderAuthorizeParams extends Loose {
  toolkit: string
  connectionId?: string
}
export interface ToolProviderAuthorizeResult extends Loose {
  authId?: string
  redirectUrl?: string
}
export interface ToolProviderAuthStatus extends Loose {
  status: string
}
export interface ToolProviderConnectionStatusParams extends Loose {
  connections?: Array<{ connectionId: string; toolkit: string }>
}
export interface ToolProviderListConnectionsParams {
  toolkit: string
  authorId?: string
  page?: number | null
  perPage?: number | null
  scope?: string
}
export type ProcessorProviderPhase = 'processInput' | 'processInputStep' | 'processOutputStream' | 'processOutputResult' | 'processOutputStep'
export interface ProcessorProviderInfo extends Loose {
  id: string
  name: string
  description?: string
  availablePhases: ProcessorProviderPhase[]
}
export interface ProcessorProviderDetails extends ProcessorProviderInfo {
  configSchema: Record<string, unknown>
}
/** A tool of the server. */
export declare class Tool {
  private constructor();
  readonly toolId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The tool's details and schemas. `GET /tools/{toolId}` */
  details(requestContext?: RequestContextInput): Promise<ToolDetails>;
  /** Runs the tool on the server with `data` as input. `POST /tools/{toolId}/execute` */
  execute(params: ToolExecuteParams): Promise<any>;
}
/** A processor of the server. */
export declare class Processor {
  private constructor();
  readonly processorId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The processor's details: its phases and the agents that use it. `GET /processors/{processorId}` */
  details(requestContext?: RequestContextInput): Promise<ProcessorDetails>;
  /** Runs one phase of the processor on `messages`. `POST /processors/{processorId}/execute` */
  execute(params: ProcessorExecuteParams): Promise<ProcessorExecuteResult>;
}
/** A tool of one of the server's MCP servers. */
export declare class MCPTool {
  private constructor();
  readonly serverId: string;
  readonly toolId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The MCP tool's name, description and input schema. `GET /mcp/{serverId}/tools/{toolId}` */
  details(requestContext?: RequestContextInput): Promise<McpToolInfo>;
  /** Runs the MCP tool with `data` (the request context goes on the query). `POST /mcp/{serverId}/tools/{toolId}/execute` */
  execute(params: McpToolExecuteParams): Promise<McpToolExecuteResult>;
}
/** A tool provider (integration) of the server. */
export declare class ToolProvider {
  private constructor();
  readonly providerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The provider's toolkits. `GET /tool-providers/{providerId}/toolkits` */
  listToolkits(): Promise<{ data: ToolProviderToolkit[] } & Loose>;
  /** The provider's tools, filtered by toolkit or text, a page at a time. `GET /tool-providers/{providerId}/tools` */
  listTools(params?: ToolProviderListToolsParams): Promise<{ data: ToolProviderTool[] } & Loose>;
  /** The input schema of one of the provider's tools. `GET /tool-providers/{providerId}/tools/{toolSlug}/schema` */
  getToolSchema(toolSlug: string): Promise<Loose>;
  /** Starts an OAuth flow for a toolkit and connection; poll it with getAuthStatus. `POST /tool-providers/{providerId}/authorize` */
  authorize(params: ToolProviderAuthorizeParams): Promise<ToolProviderAuthorizeResult>;
  /** The state of an OAuth flow started with authorize. `GET /tool-providers/{providerId}/auth-status/{authId}` */
  getAuthStatus(authId: string): Promise<ToolProviderAuthStatus>;
  /** Whether each (connectionId, toolkit) pair is connected. `POST /tool-providers/{providerId}/connection-status` */
  getConnectionStatus(params: ToolProviderConnectionStatusParams): Promise<Loose>;
  /** The provider's connections for a toolkit, a page at a time. `GET /tool-providers/{providerId}/connections` */
  listConnections(params: ToolProviderListConnectionsParams): Promise<Loose>;
  /** The fields to collect before connecting a toolkit. `GET /tool-providers/{providerId}/connection-fields` */
  listConnectionFields(params: { toolkit: string }): Promise<Loose>;
  /** Revokes and deletes a connection (`force` even when agents still use it). `DELETE /tool-providers/{providerId}/connections/{connectionId}` */
  disconnectConnection(connectionId: string, params?: { toolkit?: string; force?: boolean }): Promise<Loose>;
  /** Updates a connection's display label. `PATCH /tool-providers/{providerId}/connections/{connectionId}` */
  updateConnection(connectionId: string, params: { label?: string | null } & Loose): Promise<Loose>;
  /** The agents that use a connection. `GET /tool-providers/{providerId}/connections/{connectionId}/usage` */
  getConnectionUsage(connectionId: string, params?: { toolkit?: string }): Promise<Loose>;
  /** The provider's health: configuration and reachability. `GET /tool-providers/{providerId}/health` */
  getHealth(): Promise<Loose>;
}
/** A processor provider of the server. */
export declare class ProcessorProvider {
  private constructor();
  readonly providerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The provider and the processors it offers. `GET /processor-providers/{providerId}` */
  details(): Promise<ProcessorProviderDetails>;
}
// ---- agent_controller: types
export interface AgentControllerInfo extends Loose {
  id: string
}
export interface AgentControllerModeInfo extends Loose {
  id: string
  name?: string
  default?: boolean
}
export interface AgentControllerModelInfo extends Loose {
  id: string
  provider?: string
  hasAuth?: boolean
  useCount?: number
}
export interface AgentControllerActiveRun extends Loose {
  resourceId: string
  threadId?: string
}
export interface AgentControllerWorkspaceStatus extends Loose {}
export interface AgentControllerSessionCreated extends Loose {
  controllerId: string
  resourceId: string
  threadId?: string
}
export interface AgentControllerSessionState extends Loose {
  modeId?: string
  modelId?: string
  threadId?: string | null
  state?: Record<string, unknown>
}
export interface AgentControllerRequestOptions {
  requestContext?: RequestContextInput
}
export type AgentControllerMessageInput =
  | string
  | { content: string; files?: Array<{ data: string; mediaType: string; filename?: string }> }
export interface PlanResume {
  action: 'approved' | 'rejected'
  feedback?: string
  path?: string
  title?: string
  plan?: string
}
/** An event of a session's stream; `message_start` and `thread_created` carry `Date`s. */
export interface AgentControllerEvent extends Loose {
  type: string
}
export interface AgentControllerSubscribeOptions {
  onEvent: (event: AgentControllerEvent) => void
  onError?: (error: unknown) => void
  onReconnect?: () => void
  /** `true`: retry forever from 1 s, doubling up to 30 s. */
  reconnect?: boolean | { maxRetries?: number; delayMs?: number; maxDelayMs?: number }
}
export interface AgentControllerSubscription {
  unsubscribe: () => void
}
export interface AgentControllerThreadInfo extends Loose {
  id: string
  title?: string
  resourceId?: string
  createdAt?: string
  updatedAt?: string
}
/** A thread as `createThread` and `cloneThread` give it. */
export interface AgentControllerThreadCreated extends Loose {
  id: string
  title?: string
  resourceId: string
  createdAt: string
  updatedAt: string
}
export interface AgentControllerListMessagesOptions {
  limit?: number
  page?: number
  perPage?: number | false
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
  filter?: Loose
  include?: unknown[]
}
export interface AgentControllerMessage extends Loose {
  id: string
  role: string
  content: Loose
  createdAt: Date
}
export interface AgentControllerMessagesPage extends Loose {
  messages: AgentControllerMessage[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
/**
 * What `listMessages` resolves with: without options (or with a number) the messages
 * themselves, with options a page holding them. Typed as both, so either use type-checks.
 */
export type AgentControllerMessageList = AgentControllerMessage[] & AgentControllerMessagesPage
export interface AgentControllerGoal extends Loose {
  id: string
  objective: string
  status: 'active' | 'paused' | 'done'
  runsUsed?: number
  maxRuns?: number
  judgeModelId?: string
  startedAt?: number
  updatedAt?: number
}
export type AgentControllerPermissionPolicy = 'allow' | 'ask' | 'deny'
export interface AgentControllerPermissionRules extends Loose {
  categories?: Record<string, AgentControllerPermissionPolicy>
  tools?: Record<string, AgentControllerPermissionPolicy>
}
export interface AgentControllerNotificationInput extends Loose {
  source: string
  kind: string
  summary: string
  priority?: 'low' | 'medium' | 'high' | 'urgent'
  payload?: unknown
  sourceId?: string
  dedupeKey?: string
  coalesceKey?: string
  attributes?: Record<string, unknown>
  metadata?: Record<string, unknown>
}
export interface AgentControllerNotificationResult extends Loose {
  accepted: boolean
  notificationId?: string
  decision?: string
  runId?: string
}
/** An agent controller hosted by the server. */
export declare class AgentController {
  private constructor();
  readonly controllerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The modes the controller offers (e.g. build, plan). `GET /agent-controller/{controllerId}/modes` */
  listModes(): Promise<AgentControllerModeInfo[]>;
  /** The models the controller can use, with their auth status and use counts. `GET /agent-controller/{controllerId}/models` */
  listModels(): Promise<AgentControllerModelInfo[]>;
  /** The runs in flight on the controller, across all resources. `GET /agent-controller/{controllerId}/active-runs` */
  listActiveRuns(): Promise<AgentControllerActiveRun[]>;
  /** The controller's workspace status. `GET /agent-controller/{controllerId}/workspace` */
  workspaceStatus(): Promise<AgentControllerWorkspaceStatus>;
  /** The session bound to `resourceId` (and `scope`), without a request: sessions are get-or-create on the server. */
  session(resourceId: string, scope?: string): AgentControllerSession;
}
/** A session of an agent controller, bound to a resource id (and an optional scope). */
export declare class AgentControllerSession {
  private constructor();
  readonly controllerId: string;
  readonly resourceId: string;
  readonly scope?: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Creates or resumes the session, optionally on threads with these tags or on one exact thread. `POST /agent-controller/{controllerId}/sessions` */
  create(options?: { tags?: Record<string, string>; threadId?: string }): Promise<AgentControllerSessionCreated>;
  /** Subscribes to the session's events; resolves once the stream is open, reconnects when asked to. */
  subscribe(options: AgentControllerSubscribeOptions): Promise<AgentControllerSubscription>;
  /** Sends a user message (text, or text with files); the reply arrives on the subscription. `POST /agent-controller/{controllerId}/sessions/{resourceId}/messages` */
  sendMessage(message: AgentControllerMessageInput, options?: AgentControllerRequestOptions): Promise<void>;
  /** Aborts the session's run in flight. `POST /agent-controller/{controllerId}/sessions/{resourceId}/abort` */
  abort(): Promise<void>;
  /** Approves or declines a tool call waiting for approval. `POST /agent-controller/{controllerId}/sessions/{resourceId}/tool-approval` */
  approveTool(toolCallId: string, approved: boolean, options?: AgentControllerRequestOptions): Promise<void>;
  /** Resumes a suspended interactive tool with the user's answer. `POST /agent-controller/{controllerId}/sessions/{resourceId}/tool-suspension` */
  respondToToolSuspension(toolCallId: string, resumeData: string | string[] | PlanResume, options?: AgentControllerRequestOptions): Promise<void>;
  /** Injects a message into the run in flight without starting a new turn. `POST /agent-controller/{controllerId}/sessions/{resourceId}/steer` */
  steer(message: string, options?: AgentControllerRequestOptions): Promise<void>;
  /** The session's mode, model and thread. `GET /agent-controller/{controllerId}/sessions/{resourceId}` */
  state(options?: { threadId?: string }): Promise<AgentControllerSessionState>;
  /** Merges keys into the session state (other keys are kept). `PUT /agent-controller/{controllerId}/sessions/{resourceId}/state` */
  setState(updates: Record<string, unknown>): Promise<void>;
  /** Switches the session's mode. `POST /agent-controller/{controllerId}/sessions/{resourceId}/mode` */
  switchMode(modeId: string): Promise<void>;
  /** Switches the model (for the thread unless the scope is global). `POST /agent-controller/{controllerId}/sessions/{resourceId}/model` */
  switchModel(modelId: string, options?: { scope?: 'global' | 'thread'; modeId?: string }): Promise<void>;
  /** The session's threads, newest first; a number is a limit. `GET /agent-controller/{controllerId}/sessions/{resourceId}/threads` */
  listThreads(options?: number | { limit?: number; tags?: Record<string, string> }): Promise<AgentControllerThreadInfo[]>;
  /** Binds the session to an existing thread. `POST /agent-controller/{controllerId}/sessions/{resourceId}/thread` */
  switchThread(threadId: string): Promise<void>;
  /** Creates a thread and binds the session to it. `POST /agent-controller/{controllerId}/sessions/{resourceId}/threads` */
  createThread(title?: string): Promise<AgentControllerThreadCreated>;
  /** Deletes a thread (the session unbinds from it if it was active). `DELETE /agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}` */
  deleteThread(threadId: string): Promise<void>;
  /** Renames a thread. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}` */
  renameThread(threadId: string, title: string): Promise<void>;
  /** Clones a thread and its messages; the session binds to the clone. `POST /agent-controller/{controllerId}/sessions/{resourceId}/threads/clone` */
  cloneThread(options?: { sourceThreadId?: string; title?: string }): Promise<AgentControllerThreadCreated>;
  /** A thread's messages: all of them, the last `limit`, or a page (with options). `GET /agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}/messages` */
  listMessages(threadId: string, options?: number | AgentControllerListMessagesOptions): Promise<AgentControllerMessageList>;
  /** Queues a follow-up message (sent at once when the session is idle). `POST /agent-controller/{controllerId}/sessions/{resourceId}/follow-up` */
  followUp(message: string, options?: AgentControllerRequestOptions): Promise<void>;
  /** The observational memory record of the session's thread. `GET /agent-controller/{controllerId}/sessions/{resourceId}/om` */
  getOMRecord(): Promise<Loose | null>;
  /** Changes the session's resource identity. `POST /agent-controller/{controllerId}/sessions/{resourceId}/resource` */
  setResourceId(newResourceId: string): Promise<void>;
  /** The resource ids known to the session. `GET /agent-controller/{controllerId}/sessions/{resourceId}/resources` */
  getResourceIds(): Promise<string[]>;
  /** The goal of the session's thread. `GET /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  getGoal(): Promise<AgentControllerGoal | undefined>;
  /** Sets a new goal objective, judged after each turn. `POST /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  setGoal(objective: string, options?: { judgeModelId?: string; maxRuns?: number }): Promise<AgentControllerGoal | undefined>;
  /** Updates the goal's judge model, run limit or status. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  updateGoal(options: { judgeModelId?: string; maxRuns?: number; status?: 'active' | 'paused' | 'done' }): Promise<AgentControllerGoal | undefined>;
  /** Clears the goal. `DELETE /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  clearGoal(): Promise<void>;
  /** The approval rules, per tool category and per tool. `GET /agent-controller/{controllerId}/sessions/{resourceId}/permissions` */
  getPermissions(): Promise<AgentControllerPermissionRules>;
  /** Sets the approval policy of a tool category. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/permissions/category` */
  setPermissionForCategory(category: string, policy: AgentControllerPermissionPolicy): Promise<void>;
  /** Sets the approval policy of one tool. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/permissions/tool` */
  setPermissionForTool(toolName: string, policy: AgentControllerPermissionPolicy): Promise<void>;
  /** Sends a notification signal to the session (its delivery policy decides what happens). `POST /agent-controller/{controllerId}/sessions/{resourceId}/notifications` */
  sendNotification(input: AgentControllerNotificationInput): Promise<AgentControllerNotificationResult>;
}
// ---- background_tasks: types
export type BackgroundTaskStatus = 'pending' | 'running' | 'suspended' | 'completed' | 'failed' | 'cancelled' | 'timed_out'
export type BackgroundTaskDateColumn = 'createdAt' | 'startedAt' | 'suspendedAt' | 'completedAt'
export interface ListBackgroundTasksParams {
  agentId?: string
  status?: BackgroundTaskStatus
  runId?: string
  threadId?: string
  resourceId?: string
  toolName?: string
  toolCallId?: string
  fromDate?: Date
  toDate?: Date
  dateFilterBy?: BackgroundTaskDateColumn
  orderBy?: BackgroundTaskDateColumn
  orderDirection?: 'asc' | 'desc'
  page?: number
  perPage?: number
}
export interface StreamBackgroundTasksParams {
  agentId?: string
  runId?: string
  threadId?: string
  resourceId?: string
  taskId?: string
}
export interface BackgroundTask extends Loose {
  id: string
  status: BackgroundTaskStatus
  toolName: string
  toolCallId: string
  args: Record<string, unknown>
  agentId: string
  threadId?: string
  resourceId?: string
  runId: string
  result?: unknown
  error?: { message: string; stack?: string }
  createdAt: string
  startedAt?: string
  completedAt?: string
  retryCount: number
  maxRetries: number
  timeoutMs: number
}
export interface BackgroundTaskList extends Loose {
  tasks: BackgroundTask[]
  total: number
}
/** An event of the background task stream (e.g. a task completed or failed). */
export interface BackgroundTaskEvent extends Loose {
  type?: string
}
// ---- memory: types
export interface StorageThread extends Loose {
  id: string
  title?: string
  resourceId: string
  metadata?: Record<string, unknown> | null
  createdAt: string | Date
  updatedAt: string | Date
}
export interface ListMemoryThreadsParams {
  resourceId?: string
  agentId?: string
  metadata?: Record<string, unknown>
  page?: number
  perPage?: number
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
  requestContext?: RequestContextInput
}
export interface MemoryThreadsPage extends Loose {
  threads: StorageThread[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
export interface CreateMemoryThreadParams extends Loose {
  agentId: string
  resourceId: string
  title?: string
  metadata?: Record<string, unknown>
  threadId?: string
  requestContext?: RequestContextInput
}
export interface UpdateMemoryThreadParams extends Loose {
  title?: string
  metadata?: Record<string, unknown>
  resourceId?: string
  agentId?: string
  requestContext?: RequestContextInput
}
export interface ListMemoryMessagesParams {
  agentId?: string
  /** Lists the messages of an agent network's thread instead (`listThreadMessages` only). */
  networkId?: string
  resourceId?: string
  page?: number
  perPage?: number | false
  orderBy?: Loose
  filter?: Loose
  include?: Loose[]
  includeSystemReminders?: boolean
  requestContext?: RequestContextInput
}
export interface MemoryMessagesPage extends Loose {
  messages: Loose[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
export interface SaveMessagesParams extends Loose {
  agentId: string
  messages: Loose[]
  requestContext?: RequestContextInput
}
export interface WorkingMemoryParams {
  agentId: string
  threadId: string
  resourceId?: string
  requestContext?: RequestContextInput
}
export interface UpdateWorkingMemoryParams extends WorkingMemoryParams {
  workingMemory: string
}
export interface WorkingMemory extends Loose {
  workingMemory: string | null
  source?: string
}
/** A memory thread. */
export declare class MemoryThread {
  private constructor();
  readonly threadId: string;
  readonly agentId?: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The thread. `GET /memory/threads/{threadId}` */
  get(requestContext?: RequestContextInput): Promise<StorageThread>;
  /** Updates the thread's title, metadata or resource. `PATCH /memory/threads/{threadId}` */
  update(params: UpdateMemoryThreadParams): Promise<StorageThread>;
  /** Deletes the thread. `DELETE /memory/threads/{threadId}` */
  delete(opts?: { agentId?: string; requestContext?: RequestContextInput }): Promise<{ result: string }>;
  /** Lists the thread's messages. `GET /memory/threads/{threadId}/messages` */
  listMessages(params?: ListMemoryMessagesParams): Promise<MemoryMessagesPage>;
}
// ---- vectors: types
export interface VectorIndexDetails extends Loose {
  dimension: number
  count: number
  metric?: string
}
export interface CreateIndexParams extends Loose {
  indexName: string
  dimension: number
  metric?: 'cosine' | 'euclidean' | 'dotproduct'
}
export interface UpsertVectorParams extends Loose {
  indexName: string
  vectors: number[][]
  metadata?: Record<string, any>[]
  ids?: string[]
}
export interface QueryVectorParams extends Loose {
  indexName: string
  queryVector: number[]
  topK?: number
  filter?: Record<string, any>
  includeVector?: boolean
}
export interface QueryVectorResult extends Loose {
  id: string
  score: number
  metadata?: Record<string, any>
  vector?: number[]
}
/** A vector store of the server. */
export declare class Vector {
  private constructor();
  readonly vectorName: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Dimension, metric and size of an index. `GET /vector/{vectorName}/indexes/{indexName}` */
  details(indexName: string, requestContext?: RequestContextInput): Promise<VectorIndexDetails>;
  /** Deletes an index. `DELETE /vector/{vectorName}/indexes/{indexName}` */
  delete(indexName: string): Promise<{ success: boolean }>;
  /** Names of the store's indexes. `GET /vector/{vectorName}/indexes` */
  getIndexes(requestContext?: RequestContextInput): Promise<{ indexes: string[] }>;
  /** Creates an index. `POST /vector/{vectorName}/create-index` */
  createIndex(params: CreateIndexParams): Promise<{ success: boolean }>;
  /** Inserts or updates vectors; resolves with their ids. `POST /vector/{vectorName}/upsert` */
  upsert(params: UpsertVectorParams): Promise<string[]>;
  /** Finds the vectors nearest to a query vector. `POST /vector/{vectorName}/query` */
  query(params: QueryVectorParams): Promise<QueryVectorResult[]>;
}
// ---- logs: types
export interface ListLogsParams {
  transportId: string
  fromDate?: Date
  toDate?: Date
  logLevel?: string
  filters?: Record<string, string>
  page?: number
  perPage?: number
}
export interface LogsPage extends Loose {
  logs: Loose[]
  total: number
  page: number
  perPage: number
  hasMore: boolean
}
// </routes>

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
