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
  /** Counts of running and suspended runs, keyed by workflow id. `GET /workflows/run-counts` */
  listWorkflowRunCounts(requestContext?: RequestContextInput): Promise<Record<string, WorkflowRunCounts>>;
  /** A workflow by id (no request is made). */
  getWorkflow(workflowId: string): Workflow;
  /** Lists dynamic workflow definitions, optionally by status or author. `GET /stored/workflows` */
  listDynamicWorkflows(params?: ListDynamicWorkflowsParams): Promise<DynamicWorkflowsPage>;
  /** Creates or replaces a dynamic workflow definition and registers it on the server. `POST /stored/workflows` */
  upsertDynamicWorkflow(params: UpsertDynamicWorkflowParams): Promise<UpsertDynamicWorkflowResult>;
  /** A dynamic workflow definition by id (no request is made). */
  getDynamicWorkflow(dynamicWorkflowId: string): DynamicWorkflow;
  /** Lists the server's tools, keyed by id. `GET /tools` */
  listTools(requestContext?: RequestContextInput): Promise<Record<string, ToolDetails>>;
  /** A tool by id (no request is made). */
  getTool(toolId: string): Tool;
  /** Lists the server's agent-builder actions, keyed by id. `GET /agent-builder` */
  getAgentBuilderActions(): Promise<Record<string, WorkflowDetails>>;
  /** An agent-builder action by id (no request is made). */
  getAgentBuilderAction(actionId: string): AgentBuilder;
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
  description?: string
  steps?: Record<string, Loose>
  inputSchema?: string
  outputSchema?: string
  stepGraph?: Loose[]
  requestContextSchema?: string
}
/** Running and suspended runs of one workflow. */
export interface WorkflowRunCounts extends Loose {
  running: number
  suspended: number
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
export interface WorkflowStreamParams extends WorkflowStartParams {
  /** Ends the stream when the run suspends. */
  closeOnSuspend?: boolean
}
export interface WorkflowResumeParams extends Loose {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
  perStep?: boolean
  forEachIndex?: number
}
export interface WorkflowRestartParams extends Loose {
  requestContext?: RequestContextInput
  tracingOptions?: Loose
}
/** Where and how a run travels back to: the step to run again, its inputs and context. */
export interface WorkflowTimeTravelParams extends Loose {
  step: string | string[]
  inputData?: unknown
  resumeData?: unknown
  initialState?: unknown
  context?: Record<string, Loose>
  nestedStepsContext?: Record<string, Record<string, Loose>>
  requestContext?: RequestContextInput
  tracingOptions?: Loose
  perStep?: boolean
}
export interface WorkflowRunResult extends Loose {
  status?: string
  result?: any
  error?: Error
  steps?: Record<string, Loose>
}
/** One event of a workflow stream. */
export interface WorkflowStreamChunk extends Loose {
  type: string
  payload?: any
  runId?: string
  from?: string
}
export interface ListWorkflowRunsParams {
  fromDate?: Date
  toDate?: Date
  page?: number
  perPage?: number
  /** A positive integer, or `false` for no limit. */
  limit?: number | false
  offset?: number
  resourceId?: string
  status?: string
}
export interface WorkflowRunsPage extends Loose {
  runs: Array<{ runId: string; workflowName: string; resourceId?: string; createdAt: string | Date; updatedAt: string | Date; snapshot: string | Loose } & Loose>
  total: number
}
export interface WorkflowRunByIdOptions {
  requestContext?: RequestContextInput
  /** Fields to return (`result`, `error`, `payload`, `steps`, `activeStepsPath`, `serializedStepGraph`). */
  fields?: string[]
  /** Whether nested workflows' data is included in `steps` (default true). */
  withNestedWorkflows?: boolean
}
export interface WorkflowRunState extends Loose {
  runId: string
  workflowName: string
  resourceId?: string
  createdAt: string | Date
  updatedAt: string | Date
  status: string
  result?: unknown
  error?: unknown
  payload?: unknown
  steps?: Record<string, Loose>
  activeStepsPath?: Record<string, number[]>
  serializedStepGraph?: Loose[]
}
export interface WorkflowSchema {
  inputSchema: Record<string, unknown> | null
  outputSchema: Record<string, unknown> | null
}
export interface ListDynamicWorkflowsParams {
  status?: 'active' | 'archived'
  authorId?: string
}
export interface DynamicWorkflowDefinition extends Loose {
  id: string
  description?: string
  status?: string
  source?: string
  authorId?: string
  metadata?: Loose
  inputSchema?: Loose
  outputSchema?: Loose
  stateSchema?: Loose
  requestContextSchema?: Loose
  graph?: Loose[]
}
export interface DynamicWorkflowsPage extends Loose {
  workflows: DynamicWorkflowDefinition[]
  total: number
}
export interface UpsertDynamicWorkflowParams extends Loose {
  id: string
  description?: string
  metadata?: Loose
  inputSchema: Loose
  outputSchema: Loose
  stateSchema?: Loose
  requestContextSchema?: Loose
  graph: Loose[]
  /** Helper workflows the definition nests, saved with it. */
  dependencies?: Loose[]
}
export interface UpsertDynamicWorkflowResult extends Loose {
  ok: boolean
  id: string
  /** Ids of the helper workflows saved with it (when `dependencies` were given). */
  dependencyIds?: string[]
}
/** A workflow of the server. */
export declare class Workflow {
  private constructor();
  readonly workflowId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The workflow's details: steps and schemas. `GET /workflows/{workflowId}` */
  details(requestContext?: RequestContextInput): Promise<WorkflowDetails>;
  /** Lists the workflow's runs: dates, paging (`page`/`perPage` or `offset`/`limit`), resource and status filters. `GET /workflows/{workflowId}/runs` */
  runs(params?: ListWorkflowRunsParams, requestContext?: RequestContextInput): Promise<WorkflowRunsPage>;
  /** One run: status, result and steps, or only the listed `fields`. `GET /workflows/{workflowId}/runs/{runId}` */
  runById(runId: string, options?: WorkflowRunByIdOptions): Promise<WorkflowRunState>;
  /** Deletes one run. `DELETE /workflows/{workflowId}/runs/{runId}` */
  deleteRunById(runId: string): Promise<{ message: string }>;
  /** The workflow's input and output schemas as JSON Schema (null when not defined). `GET /workflows/{workflowId}` */
  getSchema(): Promise<WorkflowSchema>;
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
  start(params: WorkflowStartParams): Promise<{ message: string }>;
  /** Starts the run and resolves with its result. `POST /workflows/{workflowId}/start-async` */
  startAsync(params: WorkflowStartParams): Promise<WorkflowRunResult>;
  /** Starts the run and streams its events. `POST /workflows/{workflowId}/stream` */
  stream(params: WorkflowStreamParams): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Streams the events of a running run again, from `offset` (0-based) or from the start. `POST /workflows/{workflowId}/observe` */
  observe(params?: { offset?: number }): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Streams the events of a running run again, from the start (as `observe()`). `POST /workflows/{workflowId}/observe` */
  observeStream(): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Resumes a suspended step without waiting for the run to finish. `POST /workflows/{workflowId}/resume` */
  resume(params: WorkflowResumeParams): Promise<{ message: string }>;
  /** Resumes a suspended step and resolves with the run's result. `POST /workflows/{workflowId}/resume-async` */
  resumeAsync(params: WorkflowResumeParams): Promise<WorkflowRunResult>;
  /** Resumes a suspended step and resolves at once; the run goes on in the background. `POST /workflows/{workflowId}/resume-no-wait` */
  resumeNoWait(params: WorkflowResumeParams): Promise<{ runId: string }>;
  /** Resumes a suspended step and streams the run's events. `POST /workflows/{workflowId}/resume-stream` */
  resumeStream(params: WorkflowResumeParams): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Restarts an active run without waiting for it to finish. `POST /workflows/{workflowId}/restart` */
  restart(params: WorkflowRestartParams): Promise<{ message: string }>;
  /** Restarts an active run and resolves with its result. `POST /workflows/{workflowId}/restart-async` */
  restartAsync(params?: WorkflowRestartParams): Promise<WorkflowRunResult>;
  /** Runs the workflow again from a step, with given inputs and context, without waiting. `POST /workflows/{workflowId}/time-travel` */
  timeTravel(params: WorkflowTimeTravelParams): Promise<{ message: string }>;
  /** Runs the workflow again from a step and resolves with the run's result. `POST /workflows/{workflowId}/time-travel-async` */
  timeTravelAsync(params: WorkflowTimeTravelParams): Promise<WorkflowRunResult>;
  /** Runs the workflow again from a step and streams its events. `POST /workflows/{workflowId}/time-travel-stream` */
  timeTravelStream(params: WorkflowTimeTravelParams): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Cancels the run: running steps see their abort signal, no further step runs. `POST /workflows/{workflowId}/runs/{runId}/cancel` */
  cancel(): Promise<{ message: string }>;
  /** Cancels the run (the older name of `cancel`). `POST /workflows/{workflowId}/runs/{runId}/cancel` */
  cancelRun(): Promise<{ message: string }>;
}
/** A dynamic (stored) workflow definition; run it with `getWorkflow(id).createRun()`. */
export declare class DynamicWorkflow {
  private constructor();
  readonly dynamicWorkflowId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The definition: schemas, graph, status and metadata. `GET /stored/workflows/{dynamicWorkflowId}` */
  details(): Promise<DynamicWorkflowDefinition>;
  /** Deletes the definition and unregisters the workflow. `DELETE /stored/workflows/{dynamicWorkflowId}` */
  delete(): Promise<{ success: boolean; message: string }>;
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
// ---- agent_builder: types
export interface AgentBuilderActionRequest extends Loose {
  inputData?: unknown
  initialState?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
}
export interface AgentBuilderResumeRequest extends Loose {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
}
/** What an agent-builder action did. */
export interface AgentBuilderActionResult {
  success: boolean
  applied: boolean
  branchName?: string
  message: string
  validationResults?: unknown
  error?: string
  errors?: string[]
  stepResults?: unknown
}
/** An agent-builder action of the server, run as a workflow. */
export declare class AgentBuilder {
  private constructor();
  readonly actionId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The action result a workflow result stands for: success, applied changes, message, errors. */
  transformWorkflowResult(result: WorkflowRunResult): AgentBuilderActionResult;
  /** The action's details: steps and schemas. `GET /agent-builder/{actionId}` */
  details(): Promise<WorkflowDetails>;
  /** Lists the action's runs: dates, paging and resource filters. `GET /agent-builder/{actionId}/runs` */
  runs(params?: ListWorkflowRunsParams): Promise<WorkflowRunsPage>;
  /** One run of the action, or only the listed `fields`. `GET /agent-builder/{actionId}/runs/{runId}` */
  runById(runId: string, options?: { fields?: string[]; withNestedWorkflows?: boolean }): Promise<WorkflowRunState>;
  /** Creates a run of the action and resolves with its id. `POST /agent-builder/{actionId}/create-run` */
  createRun(params?: { runId?: string }): Promise<{ runId: string }>;
  /** Runs the action and resolves with its result. `POST /agent-builder/{actionId}/start-async` */
  startAsync(params: AgentBuilderActionRequest, runId?: string): Promise<AgentBuilderActionResult>;
  /** Starts a created run of the action without waiting for it to finish. `POST /agent-builder/{actionId}/start` */
  startActionRun(params: AgentBuilderActionRequest, runId: string): Promise<{ message: string }>;
  /** Resumes a suspended step of a run without waiting for it to finish. `POST /agent-builder/{actionId}/resume` */
  resume(params: AgentBuilderResumeRequest, runId: string): Promise<{ message: string }>;
  /** Resumes a suspended step of a run and resolves with the action's result. `POST /agent-builder/{actionId}/resume-async` */
  resumeAsync(params: AgentBuilderResumeRequest, runId: string): Promise<AgentBuilderActionResult>;
  /** Runs the action in a created run and streams its events. `POST /agent-builder/{actionId}/stream` */
  stream(params: AgentBuilderActionRequest, runId: string): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Streams a run's events again: what happened so far, then live. `POST /agent-builder/{actionId}/observe` */
  observeStream(params: { runId: string }): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Streams a run's events again through the older streaming route. `POST /agent-builder/{actionId}/observe-stream-legacy` */
  observeStreamLegacy(params: { runId: string }): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Resumes a suspended step of a run and streams its events. `POST /agent-builder/{actionId}/resume-stream` */
  resumeStream(params: AgentBuilderResumeRequest & { runId: string }): Promise<ReadableStream<WorkflowStreamChunk>>;
  /** Cancels a run of the action. `POST /agent-builder/{actionId}/runs/{runId}/cancel` */
  cancelRun(runId: string): Promise<{ message: string }>;
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
