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
  /** Traces, spans, scores, feedback, logs and metrics of the server's observability store. */
  readonly observability: Observability;
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
  /** A trace with all its spans. */
  getTrace(traceId: string): Promise<TraceRecord>;
  /** A trace with its spans' timeline fields only. */
  getTraceLight(traceId: string): Promise<TraceRecord>;
  /** One span of a trace, with full details. */
  getSpan(traceId: string, spanId: string): Promise<SpanResponse>;
  /** The ordered steps extracted from a trace's spans. */
  getTraceTrajectory(traceId: string): Promise<Trajectory>;
  /** Lists root spans with the legacy pagination and filters (prefer `listTraces`). */
  getTraces(params: LegacyTracesParams): Promise<LegacyTracesPage>;
  /** Lists traces, filtered, ordered and one page at a time. */
  listTraces(params?: ListTracesArgs): Promise<TracesPage>;
  /** Runs an advanced trace query. */
  queryTraces(params: TraceQueryInput): Promise<TraceQueryResult>;
  /** The fields the trace-query grammar accepts (never retried). */
  getTraceQueryFields(params: TraceQueryFieldsArgs, options?: { signal?: AbortSignal }): Promise<TraceQueryFields>;
  /** Suggested values of one trace-query field (never retried). */
  getTraceQueryValues(params: TraceQueryValuesArgs, options?: { signal?: AbortSignal }): Promise<TraceQueryValues>;
  /** Thread identities matching trace predicates. */
  queryTraceThreads(params: TraceThreadsQuery): Promise<TraceThreadsResult>;
  /** Lists traces with the fields a list shows. */
  listTracesLight(params?: ListTracesArgs): Promise<TracesPage>;
  /** Lists branch-anchor spans. */
  listBranches(params?: ListBranchesArgs): Promise<BranchesPage>;
  /** The subtree of spans under one span. */
  getBranch(params: BranchArgs): Promise<BranchResponse>;
  /** Lists the scores of one span. */
  listScoresBySpan(params: SpanScoresParams): Promise<SpanScoresPage>;
  /** Deletes traces and what refers to them. */
  deleteTraces(params: { traceIds: string[] } & Loose): Promise<{ success: boolean }>;
  /** Scores traces with a registered scorer, in the background. */
  score(params: ScoreTracesRequest): Promise<ScoreTracesResponse>;
  /** Lists score records of the observability store. */
  listScores(params?: ListObservabilityScoresArgs): Promise<ObservabilityScoresPage>;
  /** Records one score. */
  createScore(params: CreateScoreBody): Promise<{ score: Loose } & Loose>;
  /** Deletes score records by id. */
  deleteScores(params: { scoreIds: string[] } & Loose): Promise<{ success: boolean } & Loose>;
  /** An aggregated score value. */
  getScoreAggregate(params: SignalAggregateArgs & ScoreTarget): Promise<AggregateResult>;
  /** Score values grouped by dimensions. */
  getScoreBreakdown(params: SignalBreakdownArgs & ScoreTarget): Promise<BreakdownResult>;
  /** Score values bucketed by time interval. */
  getScoreTimeSeries(params: SignalTimeSeriesArgs & ScoreTarget): Promise<TimeSeriesResult>;
  /** Score percentiles bucketed by time interval. */
  getScorePercentiles(params: SignalPercentilesArgs & ScoreTarget): Promise<PercentilesResult>;
  /** Lists feedback records. */
  listFeedback(params?: ListFeedbackArgs): Promise<FeedbackPage>;
  /** Records one feedback. */
  createFeedback(params: CreateFeedbackBody): Promise<{ feedback: Loose } & Loose>;
  /** Deletes feedback records by id. */
  deleteFeedback(params: { feedbackIds: string[] } & Loose): Promise<{ success: boolean } & Loose>;
  /** Sets the review status of a feedback record. */
  updateFeedbackReviewStatus(params: { feedbackId: string; reviewStatus: string } & Loose): Promise<FeedbackRecord>;
  /** An aggregated feedback value. */
  getFeedbackAggregate(params: SignalAggregateArgs & FeedbackTarget): Promise<AggregateResult>;
  /** Feedback values grouped by dimensions. */
  getFeedbackBreakdown(params: SignalBreakdownArgs & FeedbackTarget): Promise<BreakdownResult>;
  /** Feedback values bucketed by time interval. */
  getFeedbackTimeSeries(params: SignalTimeSeriesArgs & FeedbackTarget): Promise<TimeSeriesResult>;
  /** Feedback percentiles bucketed by time interval. */
  getFeedbackPercentiles(params: SignalPercentilesArgs & FeedbackTarget): Promise<PercentilesResult>;
  /** An aggregated metric value. */
  getMetricAggregate(params: MetricAggregateArgs): Promise<AggregateResult>;
  /** Metric values grouped by dimensions. */
  getMetricBreakdown(params: MetricBreakdownArgs): Promise<BreakdownResult>;
  /** Metric values bucketed by time interval. */
  getMetricTimeSeries(params: MetricTimeSeriesArgs): Promise<TimeSeriesResult>;
  /** Metric percentiles bucketed by time interval. */
  getMetricPercentiles(params: MetricPercentilesArgs): Promise<PercentilesResult>;
  /** Distinct metric names. */
  getMetricNames(params?: { prefix?: string; limit?: number } & Loose): Promise<{ names: string[] }>;
  /** Distinct label keys of a metric. */
  getMetricLabelKeys(params: { metricName: string } & Loose): Promise<{ keys: string[] }>;
  /** Distinct values of a metric label. */
  getMetricLabelValues(params: { metricName: string; labelKey: string } & Loose): Promise<{ values: string[] }>;
  /** Distinct entity types. */
  getEntityTypes(): Promise<{ entityTypes: string[] }>;
  /** Distinct entity names. */
  getEntityNames(params?: { entityType?: string } & Loose): Promise<{ names: string[] }>;
  /** Distinct service names. */
  getServiceNames(): Promise<{ serviceNames: string[] }>;
  /** Distinct environments. */
  getEnvironments(): Promise<{ environments: string[] }>;
  /** Distinct tags. */
  getTags(params?: { entityType?: string } & Loose): Promise<{ tags: string[] }>;
  /** The scorers the server registers, by id. `GET /scores/scorers` */
  listScorers(requestContext?: RequestContextInput): Promise<Record<string, ScorerInfo>>;
  /** One registered scorer. `GET /scores/scorers/{scorerId}` */
  getScorer(scorerId: string): Promise<ScorerInfo>;
  /** Lists the scores one scorer recorded, one page at a time. `GET /scores/scorer/{params.scorerId}` */
  listScoresByScorerId(params: ListScoresByScorerIdParams): Promise<ScoresPage>;
  /** Lists the scores of one run, one page at a time. `GET /scores/run/{params.runId}` */
  listScoresByRunId(params: ListScoresByRunIdParams): Promise<ScoresPage>;
  /** Lists the scores of one agent or workflow, one page at a time. `GET /scores/entity/{params.entityType}/{params.entityId}` */
  listScoresByEntityId(params: ListScoresByEntityIdParams): Promise<ScoresPage>;
  /** Saves a score record. `POST /scores` */
  saveScore(params: SaveScoreParams): Promise<{ score: ScoreRecord }>;
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
// ---- observability: types

/** Paging of an observability list reply. */
export interface ObservabilityPagination extends Loose {
  total: number
  page: number
  perPage: number
  hasMore: boolean
}
/** A date range filter: bounds as `Date` (sent as ISO text) or ISO text. */
export interface ObservabilityDateRange extends Loose {
  start?: Date | string
  end?: Date | string
}
/** One span as the store keeps it. */
export interface SpanRecord extends Loose {
  traceId: string
  spanId: string
  parentSpanId?: string | null
  name: string
  spanType: string
  entityType?: string | null
  entityId?: string | null
  entityName?: string | null
  input?: any
  output?: any
  attributes?: Loose | null
  metadata?: Loose | null
  tags?: string[] | null
  startedAt: string | Date
  endedAt?: string | Date | null
  error?: any
}
/** A trace: its id and spans. */
export interface TraceRecord extends Loose {
  traceId: string
  spans: SpanRecord[]
}
export interface SpanResponse extends Loose {
  span: SpanRecord
}
/** The steps extracted from a trace. */
export interface Trajectory extends Loose {
  traceId?: string
  steps: Loose[]
}
/** `getTraces` (legacy): pagination with a date range, and a few filters. */
export interface LegacyTracesParams {
  pagination?: { page?: number; perPage?: number; dateRange?: ObservabilityDateRange }
  filters?: { name?: string; spanType?: string; entityId?: string; entityType?: 'agent' | 'workflow' }
}
export interface LegacyTracesPage extends Loose {
  spans: SpanRecord[]
  pagination: ObservabilityPagination
}
/** Filters, pagination and order of a trace list (objects are written at the top level of the query). */
export interface ListTracesArgs extends Loose {
  filters?: {
    entityType?: string
    entityId?: string
    entityName?: string
    userId?: string
    organizationId?: string
    resourceId?: string
    runId?: string
    sessionId?: string
    threadId?: string
    requestId?: string
    environment?: string
    serviceName?: string
    source?: string
    metadata?: Loose
    tags?: string[]
    startedAt?: { start?: Date | string; end?: Date | string } & Loose
    endedAt?: { start?: Date | string; end?: Date | string } & Loose
    spanType?: string
    traceId?: string
    status?: string
    hasChildError?: boolean
  } & Loose
  pagination?: { page?: number; perPage?: number } & Loose
  orderBy?: { field?: 'startedAt' | 'endedAt'; direction?: 'ASC' | 'DESC' } & Loose
}
export interface TracesPage extends Loose {
  spans: SpanRecord[]
  pagination?: ObservabilityPagination
}
/** An advanced trace query: `where` predicates, keyset `page`, `pagination` or `mode: 'delta'`. */
export interface TraceQueryInput extends Loose {
  where?: Loose
  page?: Loose
  pagination?: { page?: number; perPage?: number } & Loose
  mode?: 'delta'
  after?: string
  limit?: number
  orderBy?: Loose
}
export interface TraceQueryResult extends Loose {
  traces?: Loose[]
}
export interface TraceQueryFieldsArgs extends Loose {
  predicateScope?: string
}
export interface TraceQueryFields extends Loose {
  canonicalFields: Loose[]
  observedFields: Loose[]
}
export interface TraceQueryValuesArgs extends Loose {
  field: string
}
export interface TraceQueryValues extends Loose {
  values: Loose[]
}
export interface TraceThreadsQuery extends Loose {}
export interface TraceThreadsResult extends Loose {}
/** Filters, pagination and order of a branch list. */
export interface ListBranchesArgs extends Loose {
  filters?: Loose
  pagination?: { page?: number; perPage?: number } & Loose
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' } & Loose
}
export interface BranchesPage extends Loose {
  branches?: SpanRecord[]
  pagination?: ObservabilityPagination
}
/** A branch: its trace, anchor span and how many levels below it (all when unset). */
export interface BranchArgs {
  traceId: string
  spanId: string
  depth?: number
}
export interface BranchResponse extends Loose {
  spans?: SpanRecord[]
}
/** A span and the page of its scores. */
export interface SpanScoresParams extends Loose {
  traceId: string
  spanId: string
  page?: number
  perPage?: number
}
export interface SpanScoresPage extends Loose {
  scores: Loose[]
  pagination: ObservabilityPagination
}
/** A scorer and the traces (or spans) to score. */
export interface ScoreTracesRequest extends Loose {
  scorerName: string
  targets: Array<{ traceId: string; spanId?: string } & Loose>
}
export interface ScoreTracesResponse extends Loose {
  status?: string
  message?: string
}
export interface ListObservabilityLogsArgs extends Loose {
  filters?: Loose
  pagination?: { page?: number; perPage?: number } & Loose
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' } & Loose
}
export interface ObservabilityLogsPage extends Loose {
  logs: Loose[]
  pagination: ObservabilityPagination
}
export interface ListObservabilityScoresArgs extends Loose {
  filters?: Loose
  pagination?: { page?: number; perPage?: number } & Loose
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' } & Loose
}
export interface ObservabilityScoresPage extends Loose {
  scores: Loose[]
  pagination: ObservabilityPagination
}
/** A score to record (on a trace or span, or on its own). */
export interface CreateScoreBody extends Loose {
  score: { scorerId: string; score: number; traceId?: string; spanId?: string; reason?: string } & Loose
}
export interface ListFeedbackArgs extends Loose {
  filters?: Loose
  pagination?: { page?: number; perPage?: number } & Loose
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' } & Loose
}
export interface FeedbackPage extends Loose {
  feedback: Loose[]
  pagination: ObservabilityPagination
}
/** A feedback to record. */
export interface CreateFeedbackBody extends Loose {
  feedback: { feedbackType: string; value: number | string; traceId?: string; spanId?: string; comment?: string } & Loose
}
export interface FeedbackRecord extends Loose {
  feedbackType?: string
  reviewStatus?: string
}
/** The scores an aggregation reads: one scorer's (optionally of one source). */
export interface ScoreTarget {
  scorerId: string
  scoreSource?: string
}
/** The feedback an aggregation reads: one type's (optionally of one source). */
export interface FeedbackTarget {
  feedbackType: string
  feedbackSource?: string
}
/** Aggregation functions of score, feedback and metric queries. */
export type SignalAggregation = 'avg' | 'count' | 'count_distinct' | 'last' | 'max' | 'min' | 'sum'
/** Bucket sizes of time series and percentiles. */
export type SignalInterval = '1m' | '5m' | '15m' | '1h' | '1d'
/** An aggregation over scores or feedback. */
export interface SignalAggregateArgs extends Loose {
  aggregation: SignalAggregation
  filters?: Loose
  comparePeriod?: 'previous_period' | 'previous_day' | 'previous_week'
}
export interface SignalBreakdownArgs extends SignalAggregateArgs {
  groupBy: string[]
}
export interface SignalTimeSeriesArgs extends SignalAggregateArgs {
  interval: SignalInterval
  groupBy?: string[]
}
export interface SignalPercentilesArgs extends Loose {
  percentiles: number[]
  interval: SignalInterval
  filters?: Loose
}
/** An aggregation over one metric (or several). */
export interface MetricAggregateArgs extends Loose {
  name: string | string[]
  aggregation: SignalAggregation
  filters?: Loose
  comparePeriod?: 'previous_period' | 'previous_day' | 'previous_week'
}
export interface MetricBreakdownArgs extends MetricAggregateArgs {
  groupBy: string[]
}
export interface MetricTimeSeriesArgs extends MetricAggregateArgs {
  interval: SignalInterval
  groupBy?: string[]
}
export interface MetricPercentilesArgs extends Loose {
  name: string
  percentiles: number[]
  interval: SignalInterval
  filters?: Loose
}
export interface AggregateResult extends Loose {
  value: number | null
  previousValue?: number | null
  changePercent?: number | null
}
export interface BreakdownResult extends Loose {
  groups: Loose[]
}
export interface TimeSeriesResult extends Loose {
  series: Loose[]
}
export interface PercentilesResult extends Loose {
  series: Loose[]
}
/** Traces, spans, scores, feedback, logs and metrics of the server's observability store. */
export declare class Observability {
  private constructor();
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** A trace with all its spans. `GET /observability/traces/{traceId}` */
  getTrace(traceId: string): Promise<TraceRecord>;
  /** A trace with its spans' timeline fields only (no input, output, attributes or metadata). `GET /observability/traces/{traceId}/light` */
  getTraceLight(traceId: string): Promise<TraceRecord>;
  /** One span of a trace, with full details. `GET /observability/traces/{traceId}/spans/{spanId}` */
  getSpan(traceId: string, spanId: string): Promise<SpanResponse>;
  /** The ordered steps (model calls, tool calls, ...) extracted from a trace's spans. `GET /observability/traces/{traceId}/trajectory` */
  getTraceTrajectory(traceId: string): Promise<Trajectory>;
  /** Lists root spans, one page at a time, with the legacy pagination and filters (prefer `listTraces`). `GET /observability/traces` */
  getTraces(params: LegacyTracesParams): Promise<LegacyTracesPage>;
  /** Lists traces, filtered, ordered and one page at a time. `GET /observability/traces` */
  listTraces(params?: ListTracesArgs): Promise<TracesPage>;
  /** Runs an advanced trace query (keyset, paginated or delta mode). `POST /observability/traces/query` */
  queryTraces(params: TraceQueryInput): Promise<TraceQueryResult>;
  /** The canonical and observed fields the trace-query grammar accepts (never retried). */
  getTraceQueryFields(params: TraceQueryFieldsArgs, options?: { signal?: AbortSignal }): Promise<TraceQueryFields>;
  /** Suggested values of one trace-query field (never retried). */
  getTraceQueryValues(params: TraceQueryValuesArgs, options?: { signal?: AbortSignal }): Promise<TraceQueryValues>;
  /** Thread identities matching trace predicates. `POST /observability/threads/query` */
  queryTraceThreads(params: TraceThreadsQuery): Promise<TraceThreadsResult>;
  /** Lists traces with the fields a list shows (an input preview instead of input, output and attributes). `GET /observability/traces/light` */
  listTracesLight(params?: ListTracesArgs): Promise<TracesPage>;
  /** Lists branch-anchor spans (agent, workflow and tool runs), wherever they sit in their trace. `GET /observability/branches` */
  listBranches(params?: ListBranchesArgs): Promise<BranchesPage>;
  /** The subtree of spans under one span (`depth` levels below it, or all). `GET /observability/traces/{params.traceId}/branches/{params.spanId}` */
  getBranch(params: BranchArgs): Promise<BranchResponse>;
  /** Lists the scores of one span, one page at a time. `GET /observability/traces/{params.traceId}/{params.spanId}/scores` */
  listScoresBySpan(params: SpanScoresParams): Promise<SpanScoresPage>;
  /** Scores traces (or spans) with a registered scorer; the scoring runs in the background. `POST /observability/traces/score` */
  score(params: ScoreTracesRequest): Promise<ScoreTracesResponse>;
  /** Deletes traces with their spans and the scores, feedback, metrics and logs that refer to them. `POST /observability/traces/delete` */
  deleteTraces(params: { traceIds: string[] } & Loose): Promise<{ success: boolean }>;
  /** Lists log records of the observability store, filtered, ordered and one page at a time. `GET /observability/logs` */
  listLogs(params?: ListObservabilityLogsArgs): Promise<ObservabilityLogsPage>;
  /** Lists score records, filtered, ordered and one page at a time. `GET /observability/scores` */
  listScores(params?: ListObservabilityScoresArgs): Promise<ObservabilityScoresPage>;
  /** Records one score (the server sets its timestamp). `POST /observability/scores` */
  createScore(params: CreateScoreBody): Promise<{ score: Loose } & Loose>;
  /** Deletes score records by id (missing ids are no error). `DELETE /observability/scores` */
  deleteScores(params: { scoreIds: string[] } & Loose): Promise<{ success: boolean } & Loose>;
  /** An aggregated score value, optionally compared with the previous period. `POST /observability/scores/aggregate` */
  getScoreAggregate(params: SignalAggregateArgs & ScoreTarget): Promise<AggregateResult>;
  /** Score values grouped by dimensions. `POST /observability/scores/breakdown` */
  getScoreBreakdown(params: SignalBreakdownArgs & ScoreTarget): Promise<BreakdownResult>;
  /** Score values bucketed by time interval. `POST /observability/scores/timeseries` */
  getScoreTimeSeries(params: SignalTimeSeriesArgs & ScoreTarget): Promise<TimeSeriesResult>;
  /** Score percentiles bucketed by time interval. `POST /observability/scores/percentiles` */
  getScorePercentiles(params: SignalPercentilesArgs & ScoreTarget): Promise<PercentilesResult>;
  /** Lists feedback records, filtered, ordered and one page at a time. `GET /observability/feedback` */
  listFeedback(params?: ListFeedbackArgs): Promise<FeedbackPage>;
  /** Records one feedback (the server sets its timestamp). `POST /observability/feedback` */
  createFeedback(params: CreateFeedbackBody): Promise<{ feedback: Loose } & Loose>;
  /** Sets the review status of a feedback record. `PATCH /observability/feedback/{params.feedbackId}/review-status` */
  updateFeedbackReviewStatus(params: { feedbackId: string; reviewStatus: string } & Loose): Promise<FeedbackRecord>;
  /** Deletes feedback records by id (missing ids are no error). `DELETE /observability/feedback` */
  deleteFeedback(params: { feedbackIds: string[] } & Loose): Promise<{ success: boolean } & Loose>;
  /** An aggregated feedback value, optionally compared with the previous period. `POST /observability/feedback/aggregate` */
  getFeedbackAggregate(params: SignalAggregateArgs & FeedbackTarget): Promise<AggregateResult>;
  /** Feedback values grouped by dimensions. `POST /observability/feedback/breakdown` */
  getFeedbackBreakdown(params: SignalBreakdownArgs & FeedbackTarget): Promise<BreakdownResult>;
  /** Feedback values bucketed by time interval. `POST /observability/feedback/timeseries` */
  getFeedbackTimeSeries(params: SignalTimeSeriesArgs & FeedbackTarget): Promise<TimeSeriesResult>;
  /** Feedback percentiles bucketed by time interval. `POST /observability/feedback/percentiles` */
  getFeedbackPercentiles(params: SignalPercentilesArgs & FeedbackTarget): Promise<PercentilesResult>;
  /** An aggregated metric value, optionally compared with the previous period. `POST /observability/metrics/aggregate` */
  getMetricAggregate(params: MetricAggregateArgs): Promise<AggregateResult>;
  /** Metric values grouped by dimensions. `POST /observability/metrics/breakdown` */
  getMetricBreakdown(params: MetricBreakdownArgs): Promise<BreakdownResult>;
  /** Metric values bucketed by time interval. `POST /observability/metrics/timeseries` */
  getMetricTimeSeries(params: MetricTimeSeriesArgs): Promise<TimeSeriesResult>;
  /** Metric percentiles bucketed by time interval. `POST /observability/metrics/percentiles` */
  getMetricPercentiles(params: MetricPercentilesArgs): Promise<PercentilesResult>;
  /** Distinct metric names (optionally by prefix). `GET /observability/discovery/metric-names` */
  getMetricNames(params?: { prefix?: string; limit?: number } & Loose): Promise<{ names: string[] }>;
  /** Distinct label keys of a metric. `GET /observability/discovery/metric-label-keys` */
  getMetricLabelKeys(params: { metricName: string } & Loose): Promise<{ keys: string[] }>;
  /** Distinct values of a metric label. `GET /observability/discovery/metric-label-values` */
  getMetricLabelValues(params: { metricName: string; labelKey: string } & Loose): Promise<{ values: string[] }>;
  /** Distinct entity types seen in observability data. `GET /observability/discovery/entity-types` */
  getEntityTypes(): Promise<{ entityTypes: string[] }>;
  /** Distinct entity names (optionally of one type). `GET /observability/discovery/entity-names` */
  getEntityNames(params?: { entityType?: string } & Loose): Promise<{ names: string[] }>;
  /** Distinct service names seen in observability data. `GET /observability/discovery/service-names` */
  getServiceNames(): Promise<{ serviceNames: string[] }>;
  /** Distinct environments seen in observability data. `GET /observability/discovery/environments` */
  getEnvironments(): Promise<{ environments: string[] }>;
  /** Distinct tags (optionally of one entity type). `GET /observability/discovery/tags` */
  getTags(params?: { entityType?: string } & Loose): Promise<{ tags: string[] }>;
}
// ---- scores: types

/** A scorer the server registers, with the agents and workflows that use it. */
export interface ScorerInfo extends Loose {
  scorer: Loose
  agentIds?: string[]
  agentNames?: string[]
  workflowIds?: string[]
  isRegistered?: boolean
}
/** One recorded score. */
export interface ScoreRecord extends Loose {
  id: string
  scorerId: string
  entityId?: string
  entityType?: string
  runId?: string
  score: number
  reason?: string
  createdAt?: string | Date
}
export interface ScoresPage extends Loose {
  scores: ScoreRecord[]
  pagination: { total: number; page: number; perPage: number | false; hasMore: boolean }
}
export interface ListScoresByScorerIdParams {
  scorerId: string
  entityId?: string
  entityType?: string
  page?: number
  perPage?: number
}
export interface ListScoresByRunIdParams {
  runId: string
  page?: number
  perPage?: number
}
export interface ListScoresByEntityIdParams {
  entityId: string
  entityType: string
  page?: number
  perPage?: number
}
/** The score to save (the server gives it its id and timestamps). */
export interface SaveScoreParams {
  score: Omit<ScoreRecord, 'id' | 'createdAt'> & Loose
}
// </routes>

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
