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
  /** Lists memory threads, one page at a time. `GET /memory/threads` */
  listMemoryThreads(params?: ListMemoryThreadsParams): Promise<MemoryThreadsPage>;
  /** The memory configuration of an agent. `GET /memory/config` */
  getMemoryConfig(params: GetMemoryConfigParams): Promise<MemoryConfigResponse>;
  /** Creates a memory thread. `POST /memory/threads` */
  createMemoryThread(params: CreateMemoryThreadParams): Promise<StorageThread>;
  /** A memory thread by id (no request is made). */
  getMemoryThread(params: { threadId: string; agentId?: string }): MemoryThread;
  /** Lists the messages of a thread. `GET /memory/threads/{threadId}/messages` */
  listThreadMessages(threadId: string, opts?: ListMemoryMessagesParams): Promise<MemoryMessagesPage>;
  /** Deletes a thread of an agent's memory (exactly one of `agentId` and `networkId` is required). `DELETE /memory/threads/{threadId}` */
  deleteThread(threadId: string, opts: DeleteThreadOptions): Promise<{ result: string }>;
  /** Saves messages to an agent's memory. `POST /memory/save-messages` */
  saveMessageToMemory(params: SaveMessagesParams): Promise<{ messages: any[] }>;
  /** Whether an agent has memory, and the state of its observational memory. `GET /memory/status` */
  getMemoryStatus(agentId: string, requestContext?: RequestContextInput, opts?: { resourceId?: string; threadId?: string }): Promise<MemoryStatus>;
  /** The observational memory record of a resource or thread, with its history. `GET /memory/observational-memory` */
  getObservationalMemory(params: GetObservationalMemoryParams): Promise<ObservationalMemoryResponse>;
  /** Waits until observational memory buffering in flight is done, then resolves with the record. `POST /memory/observational-memory/buffer-status` */
  awaitBufferStatus(params: AwaitBufferStatusParams): Promise<ObservationalMemoryResponse>;
  /** Reads the working memory of a thread (or its resource). `GET /memory/threads/{params.threadId}/working-memory` */
  getWorkingMemory(params: WorkingMemoryParams): Promise<WorkingMemory>;
  /** Searches an agent's memory of a resource (or one thread) for messages like a query. `GET /memory/search` */
  searchMemory(params: SearchMemoryParams): Promise<MemorySearchResponse>;
  /** Replaces the working memory of a thread (or its resource). `POST /memory/threads/{params.threadId}/working-memory` */
  updateWorkingMemory(params: UpdateWorkingMemoryParams): Promise<any>;
  /** Lists the server's vector stores. `GET /vectors` */
  listVectors(): Promise<VectorStoresList>;
  /** Lists the embedding models the server offers. `GET /embedders` */
  listEmbedders(): Promise<EmbeddersList>;
  /** A vector store by name (no request is made). */
  getVector(vectorName: string): Vector;
  /** Lists log records of a transport. `GET /logs` */
  listLogs(params: ListLogsParams): Promise<LogsPage>;
  /** Lists the log records of one run. `GET /logs/{params.runId}` */
  getLogForRun(params: ListLogsParams & { runId: string }): Promise<LogsPage>;
  /** Names of the server's log transports. `GET /logs/transports` */
  listLogTransports(): Promise<{ transports: string[] }>;
  /** Lists log records of the observability store, filtered, ordered and one page at a time. `GET /observability/logs` */
  listLogsVNext(params?: ListLogsVNextParams): Promise<LogsVNextPage>;
  /** Lists agent and workflow schedules, optionally filtered. `GET /schedules` */
  listSchedules(params?: ListSchedulesParams): Promise<{ schedules: Schedule[] }>;
  /** A schedule by id. `GET /schedules/{scheduleId}` */
  getSchedule(scheduleId: string): Promise<Schedule>;
  /** Creates an agent schedule (`agentId` + `prompt`) or a workflow schedule (`workflowId`). `POST /schedules` */
  createSchedule(options: CreateScheduleInput): Promise<Schedule>;
  /** Changes some fields of a schedule. `PATCH /schedules/{scheduleId}` */
  updateSchedule(scheduleId: string, patch: UpdateScheduleInput): Promise<Schedule>;
  /** Deletes a schedule. `DELETE /schedules/{scheduleId}` */
  deleteSchedule(scheduleId: string): Promise<{ message: string }>;
  /** Fires a schedule now, without moving its next fire time. `POST /schedules/{scheduleId}/run` */
  runSchedule(scheduleId: string): Promise<RunScheduleResponse>;
  /** The fire history of a schedule, latest first. `GET /schedules/{scheduleId}/triggers` */
  listScheduleTriggers(scheduleId: string, params?: ListScheduleTriggersParams): Promise<{ triggers: ScheduleTrigger[] }>;
  /** Pauses a schedule (pausing a paused one changes nothing). `POST /schedules/{scheduleId}/pause` */
  pauseSchedule(scheduleId: string): Promise<Schedule>;
  /** Resumes a paused schedule from now, without firing missed times. `POST /schedules/{scheduleId}/resume` */
  resumeSchedule(scheduleId: string): Promise<Schedule>;
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
export interface GetMemoryConfigParams {
  agentId: string
  requestContext?: RequestContextInput
}
export interface MemoryConfigResponse extends Loose {
  memoryType?: 'local' | 'gateway'
  config: Loose & {
    lastMessages?: number | false
    semanticRecall?: boolean | Loose
    workingMemory?: Loose
    observationalMemory?: Loose
  }
}
/** Exactly one of `agentId` (an agent's memory) and `networkId` (an agent network's). */
export type DeleteThreadOptions =
  | { agentId: string; networkId?: never; requestContext?: RequestContextInput }
  | { networkId: string; agentId?: never; requestContext?: RequestContextInput }
export interface MemoryStatus extends Loose {
  result: boolean
  memoryType?: 'local' | 'gateway'
  observationalMemory?: Loose & {
    enabled: boolean
    hasRecord?: boolean
    originType?: string
    lastObservedAt?: string | Date
    tokenCount?: number
    observationTokenCount?: number
    isObserving?: boolean
    isReflecting?: boolean
  }
}
export interface GetObservationalMemoryParams {
  agentId: string
  resourceId?: string
  threadId?: string
  /** Sent as ISO text when a `Date`, as given when text. */
  from?: Date | string
  to?: Date | string
  offset?: number
  limit?: number
  requestContext?: RequestContextInput
}
export interface ObservationalMemoryResponse extends Loose {
  record: Loose | null
  history?: Loose[]
}
export interface AwaitBufferStatusParams {
  agentId: string
  resourceId?: string
  threadId?: string
  requestContext?: RequestContextInput
}
export interface SearchMemoryParams {
  agentId: string
  resourceId: string
  threadId?: string
  searchQuery: string
  memoryConfig?: Loose
  requestContext?: RequestContextInput
}
export interface MemorySearchResponse extends Loose {
  results: Loose[]
  count: number
  query: string
  searchType?: string
  searchScope?: 'thread' | 'resource'
}
/** Messages to delete: ids, or message objects with an `id`. */
export type MessageIdsInput = string | string[] | { id: string } | { id: string }[]
export interface CloneMemoryThreadParams extends Loose {
  /** Defaults to the thread's own agent. */
  agentId?: string
  newThreadId?: string
  resourceId?: string
  title?: string
  metadata?: Record<string, unknown>
  options?: {
    messageLimit?: number
    messageFilter?: { startDate?: Date | string; endDate?: Date | string; messageIds?: string[] }
  }
  requestContext?: RequestContextInput
}
export interface CloneMemoryThreadResponse extends Loose {
  thread: StorageThread
  clonedMessages: Loose[]
}
export interface TransferMemoryThreadParams extends Loose {
  /** The resource that owns the thread afterwards. */
  resourceId: string
  agentId?: string
  requestContext?: RequestContextInput
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
  /** Deletes messages of the thread, given by id or as message objects. `POST /memory/messages/delete` */
  deleteMessages(messageIds: MessageIdsInput, opts?: { agentId?: string; requestContext?: RequestContextInput } | RequestContextInput): Promise<{ success: boolean; message: string }>;
  /** Copies the thread and its messages (all, or a filtered part) to a new thread. `POST /memory/threads/{threadId}/clone` */
  clone(params?: CloneMemoryThreadParams): Promise<CloneMemoryThreadResponse>;
  /** Moves the thread and its messages to another resource. `POST /memory/threads/{threadId}/transfer` */
  transfer(params: TransferMemoryThreadParams): Promise<StorageThread>;
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
export interface VectorStoresList extends Loose {
  vectors: Array<Loose & { id: string; name: string; type: string; description?: string }>
}
export interface EmbeddersList extends Loose {
  embedders: Array<
    Loose & { id: string; provider: string; name: string; description: string; dimensions: number; maxInputTokens: number }
  >
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
/** Filters, pagination and order of observability log records; dates are sent as ISO text. */
export interface ListLogsVNextParams extends Loose {
  filters?: Loose & {
    timestamp?: { start?: Date | string; end?: Date | string }
    level?: string | string[]
    traceId?: string
    spanId?: string
    runId?: string
  }
  pagination?: { page?: number; perPage?: number }
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
}
export interface LogsVNextPage extends Loose {
  logs: Loose[]
  pagination: Loose & { total: number; page: number; perPage: number; hasMore: boolean }
}
// ---- schedules: types
export interface ListSchedulesParams {
  agentId?: string
  workflowId?: string
  status?: 'active' | 'paused'
  threadId?: string
  resourceId?: string
  name?: string
}
/** An agent schedule (`agentId`, `prompt`) or a workflow schedule (`workflowId`). */
export interface Schedule extends Loose {
  id: string
  agentId?: string
  workflowId?: string
  cron: string
  timezone?: string
  status: 'active' | 'paused'
  nextFireAt: number
  lastFireAt?: number
  lastRunId?: string
  lastRun?: Loose
  prompt?: string
  name?: string
  threadId?: string
  resourceId?: string
  metadata?: Record<string, unknown>
  createdAt: number
  updatedAt: number
}
export interface CreateAgentScheduleInput extends Loose {
  agentId: string
  prompt: string
  cron: string
  id?: string
  timezone?: string
  name?: string
  threadId?: string
  resourceId?: string
  metadata?: Record<string, unknown>
}
export interface CreateWorkflowScheduleInput extends Loose {
  workflowId: string
  cron: string
  id?: string
  timezone?: string
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
  resourceId?: string
  metadata?: Record<string, unknown>
}
export type CreateScheduleInput = CreateAgentScheduleInput | CreateWorkflowScheduleInput
export interface UpdateScheduleInput extends Loose {
  cron?: string
  timezone?: string
  status?: 'active' | 'paused'
  metadata?: Record<string, unknown>
  prompt?: string
  name?: string
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
}
export interface RunScheduleResponse extends Loose {
  scheduleId: string
  claimId: string
  scheduledFireAt: number
}
export interface ListScheduleTriggersParams {
  limit?: number
  /** Epoch milliseconds. */
  fromActualFireAt?: number
  toActualFireAt?: number
}
export interface ScheduleTrigger extends Loose {
  id?: string
  scheduleId: string
  runId: string | null
  scheduledFireAt: number
  actualFireAt: number
  outcome: string
  error?: string
  triggerKind?: 'schedule-fire' | 'queue-drain' | 'manual'
  run?: Loose
}
// </routes>

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
