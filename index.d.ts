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
  /** The model providers the server knows, and whether each is configured. `GET /agents/providers` */
  listAgentsModelProviders(): Promise<AgentModelProviders>;
  /** An agent by id, optionally at a stored version (no request is made). */
  getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;
  /** Lists the server's workflows, keyed by id. `GET /workflows` */
  listWorkflows(requestContext?: RequestContextInput, partial?: boolean): Promise<Record<string, WorkflowDetails>>;
  /** A workflow by id (no request is made). */
  getWorkflow(workflowId: string): Workflow;
  /** Lists the server's tools, keyed by id. `GET /tools` */
  listTools(requestContext?: RequestContextInput): Promise<Record<string, ToolDetails>>;
  /** A tool by id (no request is made). */
  getTool(toolId: string): Tool;
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

/** Selects a stored version of an agent: by id, or the draft / published one. */
export type AgentVersionIdentifier = { versionId: string } | { status: 'draft' | 'published' }
/** Paths (after the API prefix) used instead of the agent's own routes. */
export interface AgentRouteOverrides {
  stream?: string
}
/** Options of `stream` and `streamUntilIdle`. */
export interface AgentStreamOptions extends AgentCallOptions {
  maxIdleMs?: number
  clientToolsResolver?: () => Record<string, Loose> | undefined
}
/** Options of `resumeStream`: the suspended run, and the stream options. */
export interface AgentResumeOptions extends AgentStreamOptions {
  runId: string
  toolCallId?: string
  messages?: MessageInput
}
export interface AgentModelProviders extends Loose {
  providers: Array<{ id: string; name?: string; connected?: boolean; [key: string]: any }>
}
export interface AgentPlan extends Loose {
  path?: string
  content?: string
}
export interface AgentToolDetails extends Loose {
  id?: string
  description?: string
  inputSchema?: unknown
  outputSchema?: unknown
}
export interface AgentExecuteToolParams extends Loose {
  data?: unknown
  requestContext?: RequestContextInput
}
export interface AgentEnhancedInstructions extends Loose {
  explanation?: string
  new_prompt?: string
}
export interface AgentBrowserSession extends Loose {
  hasSession: boolean
  screencastAvailable: boolean
}
export interface AgentCloneParams extends Loose {
  newId?: string
  newName?: string
  metadata?: Loose
  authorId?: string
  requestContext?: RequestContextInput
}
export interface AgentUpdateModelParams extends Loose {
  model: { provider?: string; modelId: string; [key: string]: any } | Loose
}
export interface AgentUpdateModelInListParams extends Loose {
  modelConfigId: string
  model?: Loose
  maxRetries?: number
  enabled?: boolean
}
export interface AgentReorderModelListParams extends Loose {
  reorderedModelIds: string[]
}
export interface AgentListVersionsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'versionNumber' | 'createdAt'; direction?: 'ASC' | 'DESC' }
}
export interface AgentCreateVersionParams extends Loose {
  changeMessage?: string
}
export interface AgentVersion extends Loose {
  id: string
  agentId?: string
  versionNumber?: number
  changeMessage?: string
  createdAt?: string | Date
}
export interface AgentVersionPage extends Loose {
  versions: AgentVersion[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
export interface AgentObserveParams {
  runId: string
  offset?: number
}
export interface AgentRecoverParams {
  runId: string
  requestContext?: Record<string, unknown>
  versions?: { agents?: Record<string, AgentVersionIdentifier>; defaultStatus?: 'draft' | 'published' }
}
/** Approving or declining a suspended tool call of a run. */
export interface AgentToolCallDecision extends Loose {
  runId: string
  toolCallId?: string
  model?: string
  reason?: string
  abortSignal?: AbortSignal
  requestContext?: RequestContextInput
}
export interface AgentSendToolApprovalParams extends Loose {
  resourceId?: string
  threadId?: string
  toolCallId: string
  approved: boolean
  requestContext?: RequestContextInput
  messages?: MessageInput
  streamOptions?: AgentStreamOptions
}
export interface AgentSuspendedRunsParams {
  threadId?: string
  resourceId?: string
  fromDate?: Date
  toDate?: Date
  perPage?: number
  page?: number
}
export interface AgentSuspendedRuns extends Loose {
  runs: Loose[]
  total: number
}
export interface AgentNetworkOptions extends Loose {
  memory?: AgentCallOptions['memory']
  requestContext?: RequestContextInput
  maxSteps?: number
  structuredOutput?: { schema: unknown; [key: string]: any }
}
export interface AgentNetworkToolCallDecision {
  runId: string
  model?: string
  reason?: string
  requestContext?: RequestContextInput
}
/** A message or signal for a thread (`ifIdle.streamOptions` start a run when it is idle). */
export interface AgentSignalParams extends Loose {
  resourceId?: string
  threadId?: string
  ifIdle?: { streamOptions?: AgentStreamOptions; [key: string]: any }
}
export interface AgentSignalResult extends Loose {
  runId?: string
}
export interface AgentThreadParams {
  resourceId?: string
  threadId: string
}
export interface AgentAbortThreadParams extends AgentThreadParams {
  expectedRunId?: string
}
/** The stream of a thread's runs. */
export interface AgentThreadSubscription extends Response {
  processDataStream(options: {
    onChunk: (chunk: StreamChunk) => void | Promise<void>
    reconnect?: boolean | { maxRetries?: number; delayMs?: number }
  }): Promise<void>
  /** Aborts the thread's active run; resolves with whether one was aborted. */
  abort(): Promise<boolean>
  /** Stops reading the stream. */
  unsubscribe(): void
}
/** Parameters of the legacy calls (`messages` inside). */
export interface AgentLegacyParams extends Loose {
  messages: MessageInput
  output?: unknown
  experimental_output?: unknown
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: Record<string, Loose>
  threadId?: string
  resourceId?: string
}
/** The legacy stream: an AI SDK data stream, read with callbacks per part type. */
export interface AgentLegacyStreamResponse extends Response {
  processDataStream(options?: {
    onTextPart?: (text: string) => void | Promise<void>
    onToolCallPart?: (part: Loose) => void | Promise<void>
    onToolResultPart?: (part: Loose) => void | Promise<void>
    onFinishMessagePart?: (part: Loose) => void | Promise<void>
    onErrorPart?: (error: string) => void | Promise<void>
    [callback: string]: ((part: any) => void | Promise<void>) | undefined
  }): Promise<void>
}
export interface AgentSpeakOptions extends Loose {
  speaker?: string
}
/** An agent of the server. */
export declare class Agent {
  private constructor();
  readonly agentId: string;
  readonly version?: AgentVersionIdentifier;
  readonly routeOverrides?: AgentRouteOverrides;
  /** The voice of an agent: speech to text and text to speech. */
  readonly voice: AgentVoice;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The agent's details: name, instructions, tools, model. `GET /agents/{agentId}` */
  details(requestContext?: RequestContextInput): Promise<AgentDetails>;
  /** A markdown plan the agent submitted (under `.mastracode/plans/`). `GET /agents/{agentId}/plans/file` */
  readPlan(path: string, requestContext?: RequestContextInput): Promise<AgentPlan>;
  /** One of the agent's tools: description and schemas. `GET /agents/{agentId}/tools/{toolId}` */
  getTool(toolId: string, requestContext?: RequestContextInput): Promise<AgentToolDetails>;
  /** Runs one of the agent's tools with `data` and resolves with its result. `POST /agents/{agentId}/tools/{toolId}/execute` */
  executeTool(toolId: string, params: AgentExecuteToolParams): Promise<any>;
  /** Asks the server's model to improve the instructions following `comment`. `POST /agents/{agentId}/instructions/enhance` */
  enhanceInstructions(instructions: string, comment: string): Promise<AgentEnhancedInstructions>;
  /** Whether the agent has a browser session and whether a screencast is available. `GET /agents/{agentId}/browser/session` */
  browserSession(threadId?: string): Promise<AgentBrowserSession>;
  /** Closes the agent's browser session (of one thread when `threadId` is given). `POST /agents/{agentId}/browser/close` */
  closeBrowser(threadId?: string): Promise<{ success: boolean }>;
  /** Copies the agent into a new stored agent and resolves with it. `POST /agents/{agentId}/clone` */
  clone(params?: AgentCloneParams): Promise<Loose>;
  /** Replaces the agent's model. `POST /agents/{agentId}/model` */
  updateModel(params: AgentUpdateModelParams): Promise<{ message: string }>;
  /** Puts the agent's original model back. `POST /agents/{agentId}/model/reset` */
  resetModel(): Promise<{ message: string }>;
  /** Changes one entry of the agent's model list. `POST /agents/{agentId}/models/{params.modelConfigId}` */
  updateModelInModelList(params: AgentUpdateModelInListParams): Promise<{ message: string }>;
  /** Reorders the agent's model list. `POST /agents/{agentId}/models/reorder` */
  reorderModelList(params: AgentReorderModelListParams): Promise<{ message: string }>;
  /** A page of the agent's versions. `GET /stored/agents/{agentId}/versions` */
  listVersions(params?: AgentListVersionsParams, requestContext?: RequestContextInput): Promise<AgentVersionPage>;
  /** Saves a new version of the agent's overrides. `POST /stored/agents/{agentId}/versions` */
  createVersion(params?: AgentCreateVersionParams, requestContext?: RequestContextInput): Promise<AgentVersion>;
  /** One version of the agent's overrides. `GET /stored/agents/{agentId}/versions/{versionId}` */
  getVersion(versionId: string, requestContext?: RequestContextInput): Promise<AgentVersion>;
  /** Makes a version the agent's active one. `POST /stored/agents/{agentId}/versions/{versionId}/activate` */
  activateVersion(versionId: string, requestContext?: RequestContextInput): Promise<Loose>;
  /** Saves a copy of an older version as the newest one. `POST /stored/agents/{agentId}/versions/{versionId}/restore` */
  restoreVersion(versionId: string, requestContext?: RequestContextInput): Promise<AgentVersion>;
  /** Deletes one version. `DELETE /stored/agents/{agentId}/versions/{versionId}` */
  deleteVersion(versionId: string, requestContext?: RequestContextInput): Promise<Loose>;
  /** The differences between two versions. `GET /stored/agents/{agentId}/versions/compare` */
  compareVersions(fromId: string, toId: string, requestContext?: RequestContextInput): Promise<Loose>;
  /** Runs the agent and resolves with its full answer. `POST /agents/{agentId}/generate` */
  generate(messages: MessageInput, options?: AgentCallOptions): Promise<GenerateResult>;
  /** Runs the agent and streams its chunks; read them with processDataStream({ onChunk }). */
  stream(messages: MessageInput, options?: AgentStreamOptions): Promise<AgentStreamResponse>;
  /** Runs the agent and streams its chunks until the thread is idle (signals included). `POST /agents/{agentId}/stream-until-idle` */
  streamUntilIdle(messages: MessageInput, options?: AgentStreamOptions): Promise<AgentStreamResponse>;
  /** Resumes a suspended run with `resumeData` and streams its chunks. `POST /agents/{agentId}/resume-stream` */
  resumeStream(resumeData: unknown, options: AgentResumeOptions): Promise<AgentStreamResponse>;
  /** Resumes a suspended run and streams its chunks until the thread is idle. `POST /agents/{agentId}/resume-stream-until-idle` */
  resumeStreamUntilIdle(resumeData: unknown, options: AgentResumeOptions): Promise<AgentStreamResponse>;
  /** Streams the chunks of a running run again, from `offset` on. `POST /agents/{agentId}/observe` */
  observe(params: AgentObserveParams): Promise<AgentStreamResponse>;
  /** Drives an orphaned durable-agent run to its end and streams its chunks. `POST /agents/{agentId}/recover` */
  recover(params: AgentRecoverParams): Promise<AgentStreamResponse>;
  /** Posts ready call options to the agent route `route` and writes the event stream into `controller`. */
  processStreamResponse(processedParams: Loose, controller: ReadableStreamDefaultController<Uint8Array>, route?: string, signal?: AbortSignal): Promise<Response>;
  /** Approves a suspended tool call and streams the rest of the run. `POST /agents/{agentId}/approve-tool-call` */
  approveToolCall(params: AgentToolCallDecision): Promise<AgentStreamResponse>;
  /** Declines a suspended tool call and streams the rest of the run. `POST /agents/{agentId}/decline-tool-call` */
  declineToolCall(params: AgentToolCallDecision): Promise<AgentStreamResponse>;
  /** Approves a suspended tool call and resolves with the full answer. `POST /agents/{agentId}/approve-tool-call-generate` */
  approveToolCallGenerate(params: AgentToolCallDecision): Promise<GenerateResult>;
  /** Declines a suspended tool call and resolves with the full answer. `POST /agents/{agentId}/decline-tool-call-generate` */
  declineToolCallGenerate(params: AgentToolCallDecision): Promise<GenerateResult>;
  /** Answers a tool approval of a thread's run without waiting for the run. `POST /agents/{agentId}/send-tool-approval` */
  sendToolApproval(params: AgentSendToolApprovalParams): Promise<Loose>;
  /** The agent's runs waiting for a tool approval or a resume, from storage. `GET /agents/{agentId}/suspended-runs` */
  listSuspendedRuns(params?: AgentSuspendedRunsParams, requestContext?: RequestContextInput): Promise<AgentSuspendedRuns>;
  /** Runs the agent as a router over its agents, workflows and tools, streaming its chunks. `POST /agents/{agentId}/network` */
  network(messages: MessageInput, params: AgentNetworkOptions): Promise<AgentStreamResponse>;
  /** Approves a suspended tool call of a network run and streams the rest of it. `POST /agents/{agentId}/approve-network-tool-call` */
  approveNetworkToolCall(params: AgentNetworkToolCallDecision): Promise<AgentStreamResponse>;
  /** Declines a suspended tool call of a network run and streams the rest of it. `POST /agents/{agentId}/decline-network-tool-call` */
  declineNetworkToolCall(params: AgentNetworkToolCallDecision): Promise<AgentStreamResponse>;
  /** Sends a message to a thread: delivered to its active run, or starting one when idle. */
  sendMessage(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Queues a message for a thread's next turn. */
  queueMessage(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Sends a signal to a thread's run (or wakes the thread when idle). */
  sendSignal(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Streams every run of a thread; client tools run here and their results go back to the server. */
  subscribeToThread(params: AgentThreadParams): Promise<AgentThreadSubscription>;
  /** Aborts the active run of a thread. `POST /agents/{agentId}/threads/abort` */
  abortThread(params: AgentAbortThreadParams): Promise<{ aborted: boolean; [key: string]: any }>;
  /** Runs the agent through the legacy (AI SDK v4) path and resolves with its answer. `POST /agents/{agentId}/generate-legacy` */
  generateLegacy(params: AgentLegacyParams): Promise<GenerateResult>;
  /** Streams the agent through the legacy path (AI SDK data stream); read it with processDataStream. */
  streamLegacy(params: AgentLegacyParams): Promise<AgentLegacyStreamResponse>;
}
/** The voice of an agent: speech to text and text to speech. */
export declare class AgentVoice {
  private constructor();
  readonly agentId: string;
  readonly version?: AgentVersionIdentifier;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Speaks `text` with the agent's voice; the `Response` body is the audio. `POST /agents/{agentId}/voice/speak` */
  speak(text: string, options?: AgentSpeakOptions): Promise<Response>;
  /** Transcribes `audio` with the agent's voice (sent as multipart form data). `POST /agents/{agentId}/voice/listen` */
  listen(audio: Blob, options?: Loose): Promise<{ text: string; [key: string]: any }>;
  /** The speakers (voices) the agent's voice provider offers. `GET /agents/{agentId}/voice/speakers` */
  getSpeakers(requestContext?: RequestContextInput): Promise<Array<{ voiceId: string; [key: string]: any }>>;
  /** Whether the agent's voice provider can listen. `GET /agents/{agentId}/voice/listener` */
  getListener(requestContext?: RequestContextInput): Promise<{ enabled: boolean; [key: string]: any }>;
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
