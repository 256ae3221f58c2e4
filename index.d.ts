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
  /** Lists datasets, one page at a time, optionally by target type or target ids. `GET /datasets` */
  listDatasets(params?: ListDatasetsParams): Promise<DatasetsPage>;
  /** A dataset by id, optionally scoped to an organization or project. `GET /datasets/{datasetId}` */
  getDataset(datasetId: string, tenancy?: DatasetTenancy): Promise<DatasetRecord>;
  /** Creates a dataset. `POST /datasets` */
  createDataset(params: CreateDatasetParams): Promise<DatasetRecord>;
  /** Updates a dataset's name, description, metadata, schemas or tags. `PATCH /datasets/{params.datasetId}` */
  updateDataset(params: UpdateDatasetParams): Promise<DatasetRecord>;
  /** Deletes a dataset (a no-op outside the given tenancy). `DELETE /datasets/{datasetId}` */
  deleteDataset(datasetId: string, tenancy?: DatasetTenancy): Promise<{ success: boolean }>;
  /** Lists the items of a dataset, one page at a time, optionally searched or at a version. `GET /datasets/{datasetId}/items` */
  listDatasetItems(datasetId: string, params?: ListDatasetItemsParams): Promise<DatasetItemsPage>;
  /** A dataset item by id. `GET /datasets/{datasetId}/items/{itemId}` */
  getDatasetItem(datasetId: string, itemId: string): Promise<DatasetItem>;
  /** Adds an item to a dataset. `POST /datasets/{params.datasetId}/items` */
  addDatasetItem(params: AddDatasetItemParams): Promise<DatasetItem>;
  /** Updates a dataset item (a new dataset version). `PATCH /datasets/{params.datasetId}/items/{params.itemId}` */
  updateDatasetItem(params: UpdateDatasetItemParams): Promise<DatasetItem>;
  /** Deletes a dataset item (a new dataset version). `DELETE /datasets/{datasetId}/items/{itemId}` */
  deleteDatasetItem(datasetId: string, itemId: string): Promise<{ success: boolean }>;
  /** Scrubs a dataset item's data from every version and linked experiment result. `DELETE /datasets/{datasetId}/items/{itemId}/purge` */
  purgeDatasetItem(datasetId: string, itemId: string, tenancy?: DatasetTenancy): Promise<{ success: boolean }>;
  /** Adds several items to a dataset at once (one new version). `POST /datasets/{params.datasetId}/items/batch` */
  batchInsertDatasetItems(params: BatchInsertDatasetItemsParams): Promise<{ items: DatasetItem[]; count: number }>;
  /** Deletes several items of a dataset at once (one new version). `DELETE /datasets/{params.datasetId}/items/batch` */
  batchDeleteDatasetItems(params: BatchDeleteDatasetItemsParams): Promise<{ success: boolean; deletedCount: number }>;
  /** Generates candidate items with a model, for review (nothing is saved). `POST /datasets/{params.datasetId}/generate-items` */
  generateDatasetItems(params: GenerateDatasetItemsParams): Promise<{ items: Loose[] }>;
  /** Groups experiment failures into common patterns with a model. `POST /datasets/cluster-failures` */
  clusterFailures(params: ClusterFailuresParams): Promise<{ clusters: Loose[] }>;
  /** Every version of a dataset item, newest first. `GET /datasets/{datasetId}/items/{itemId}/history` */
  getItemHistory(datasetId: string, itemId: string): Promise<{ history: DatasetItem[] }>;
  /** A dataset item as it was at a dataset version. `GET /datasets/{datasetId}/items/{itemId}/versions/{datasetVersion}` */
  getDatasetItemVersion(datasetId: string, itemId: string, datasetVersion: number): Promise<DatasetItem>;
  /** Lists the versions of a dataset, newest first. `GET /datasets/{datasetId}/versions` */
  listDatasetVersions(datasetId: string, pagination?: { page?: number; perPage?: number }): Promise<DatasetVersionsPage>;
  /** Lists experiments across every dataset, optionally by grouping or target. `GET /experiments` */
  listExperiments(params?: ListExperimentsParams): Promise<ExperimentsPage>;
  /** Review status counts of each experiment's results. `GET /experiments/review-summary` */
  getExperimentReviewSummary(): Promise<{ counts: ExperimentReviewCounts[] }>;
  /** Lists the experiments of a dataset, optionally by grouping or target. `GET /datasets/{datasetId}/experiments` */
  listDatasetExperiments(datasetId: string, params?: ListExperimentsParams): Promise<ExperimentsPage>;
  /** An experiment of a dataset by id. `GET /datasets/{datasetId}/experiments/{experimentId}` */
  getDatasetExperiment(datasetId: string, experimentId: string): Promise<DatasetExperiment>;
  /** Deletes an experiment of a dataset, its results and (where the store can) its traces. `DELETE /datasets/{datasetId}/experiments/{experimentId}` */
  deleteDatasetExperiment(datasetId: string, experimentId: string, tenancy?: DatasetTenancy): Promise<{ success: boolean }>;
  /** Deletes an experiment and its results, whatever its dataset (a no-op outside the given tenancy). `DELETE /experiments/{experimentId}` */
  deleteExperiment(experimentId: string, options?: DatasetTenancy): Promise<{ success: boolean }>;
  /** Updates an experiment's name, description or metadata. `PATCH /datasets/{params.datasetId}/experiments/{params.experimentId}` */
  updateDatasetExperiment(params: UpdateDatasetExperimentParams): Promise<DatasetExperiment>;
  /** Lists the results of an experiment, one page at a time; `tags` keeps results having them all. `GET /datasets/{datasetId}/experiments/{experimentId}/results` */
  listDatasetExperimentResults(datasetId: string, experimentId: string, options?: ListExperimentResultsParams): Promise<ExperimentResultsPage>;
  /** Sets an experiment result's review status, tags or comment. `PATCH /datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}` */
  updateDatasetExperimentResult(params: UpdateExperimentResultParams): Promise<ExperimentResult>;
  /** Starts an experiment of a dataset against an agent, workflow or scorer, run by the server. `POST /datasets/{params.datasetId}/experiments` */
  triggerDatasetExperiment(params: TriggerDatasetExperimentParams): Promise<ExperimentSummary>;
  /** Creates an experiment without running it (`start: false`): the caller runs items or submits results. `POST /datasets/{params.datasetId}/experiments` */
  createDatasetExperiment(params: CreateDatasetExperimentParams): Promise<ExperimentSummary>;
  /** Runs an experiment's target on one item on the server, scores it and saves the result (safe to retry). `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/items/{params.itemId}/run` */
  runExperimentItem(params: RunExperimentItemParams): Promise<RunExperimentItemResult>;
  /** Saves one item's result of an experiment run elsewhere (safe to retry). `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/results` */
  submitExperimentResult(params: SubmitExperimentResultParams): Promise<ExperimentResult>;
  /** Completes an experiment run elsewhere; the server counts its saved results. `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/finalize` */
  finalizeExperiment(params: { datasetId: string; experimentId: string }): Promise<DatasetExperiment>;
  /** Sets an experiment result's review status, tags or comment. `PATCH /datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}` */
  updateExperimentResult(params: UpdateExperimentResultParams): Promise<ExperimentResult>;
  /** Compares two experiments of a dataset item by item (outputs and scores). `POST /datasets/{params.datasetId}/compare` */
  compareExperiments(params: CompareExperimentsParams): Promise<CompareExperimentsResult>;
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
// ---- datasets: types
export interface DatasetPagination {
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
export interface DatasetOrderBy<F extends string = string> {
  field: F
  direction: 'ASC' | 'DESC'
}
/** Restricts a call to the datasets of one organization or project. */
export interface DatasetTenancy {
  organizationId?: string
  projectId?: string
}
export type DatasetTargetType = 'agent' | 'workflow' | 'scorer' | 'processor'
export interface DatasetRecord extends Loose {
  id: string
  name: string
  description?: string | null
  metadata?: Record<string, unknown> | null
  inputSchema?: Record<string, unknown>
  groundTruthSchema?: Record<string, unknown>
  requestContextSchema?: Record<string, unknown>
  tags?: string[] | null
  targetType?: string | null
  targetIds?: string[] | null
  scorerIds?: string[] | null
  version: number
  createdAt: string
  updatedAt: string
}
export interface DatasetsPage extends Loose {
  datasets: DatasetRecord[]
  pagination: DatasetPagination
}
export interface ListDatasetsParams {
  page?: number
  perPage?: number
  /** Only datasets attached to targets of this type. */
  targetType?: DatasetTargetType
  /** Only datasets attached to at least one of these targets (one `targetIds` parameter each). */
  targetIds?: string[]
  orderBy?: DatasetOrderBy<'createdAt' | 'updatedAt' | 'name'>
}
export interface CreateDatasetParams extends Loose {
  name: string
  description?: string
  metadata?: Record<string, unknown>
  inputSchema?: Record<string, unknown> | null
  groundTruthSchema?: Record<string, unknown> | null
  requestContextSchema?: Record<string, unknown> | null
  targetType?: string
  targetIds?: string[]
  scorerIds?: string[]
}
export interface UpdateDatasetParams extends Partial<CreateDatasetParams>, DatasetTenancy {
  datasetId: string
  /** Tag definitions for categorizing experiment results. */
  tags?: string[]
}
export interface DatasetItemInput extends Loose {
  /** Caller-defined, dataset-local identity. */
  externalId?: string | null
  input: unknown
  groundTruth?: unknown
  expectedTrajectory?: Loose | null
  toolMocks?: Loose[]
  unmockedToolPolicy?: 'allow' | 'deny'
  scorerIds?: string[]
  requestContext?: Record<string, unknown>
  metadata?: Record<string, unknown>
  source?: { type: string; referenceId?: string }
}
export interface DatasetItem extends Loose {
  id: string
  datasetId: string
  datasetVersion: number
  externalId?: string | null
  input: unknown
  groundTruth?: unknown
  metadata?: Record<string, unknown> | null
  createdAt: string
  updatedAt: string
}
export interface DatasetItemsPage extends Loose {
  items: DatasetItem[]
  pagination: DatasetPagination
}
export interface ListDatasetItemsParams {
  page?: number
  perPage?: number
  /** The items as they were at this dataset version. */
  version?: number
  search?: string
  orderBy?: DatasetOrderBy<'createdAt' | 'updatedAt'>
}
export interface AddDatasetItemParams extends DatasetItemInput {
  datasetId: string
}
export interface UpdateDatasetItemParams extends Partial<DatasetItemInput> {
  datasetId: string
  itemId: string
}
export interface BatchInsertDatasetItemsParams {
  datasetId: string
  items: DatasetItemInput[]
}
export interface BatchDeleteDatasetItemsParams {
  datasetId: string
  itemIds: string[]
}
export interface GenerateDatasetItemsParams extends Loose {
  datasetId: string
  /** `provider/model`, e.g. `openai/gpt-4o`. */
  modelId: string
  prompt: string
  count?: number
  agentContext?: { description?: string; instructions?: string; tools?: string[] }
}
export interface ClusterFailuresParams extends Loose {
  modelId: string
  items: Array<{ id: string; input: unknown; output?: unknown; error?: string; scores?: Record<string, number>; existingTags?: string[] }>
  availableTags?: string[]
  prompt?: string
}
export interface DatasetVersionsPage extends Loose {
  versions: Array<{ id: string; datasetId: string; version: number; createdAt: string } & Loose>
  pagination: DatasetPagination
}
export interface ListExperimentsParams {
  page?: number
  perPage?: number
  experimentSetId?: string
  comparisonId?: string
  variantId?: string
  trialIndex?: number
  targetType?: DatasetTargetType
  targetId?: string
  orderBy?: DatasetOrderBy<'createdAt' | 'status'>
}
export type ExperimentStatus = 'pending' | 'running' | 'completed' | 'failed'
export interface DatasetExperiment extends Loose {
  id: string
  datasetId: string | null
  datasetVersion: number | null
  targetType: DatasetTargetType | null
  targetId: string | null
  name?: string
  description?: string
  metadata?: Record<string, unknown>
  status: ExperimentStatus
  totalItems: number
  succeededCount: number
  failedCount: number
  skippedCount: number
  startedAt: string | null
  completedAt: string | null
  createdAt: string
  updatedAt: string
}
export interface ExperimentsPage extends Loose {
  experiments: DatasetExperiment[]
  pagination: DatasetPagination
}
export interface ExperimentReviewCounts {
  experimentId: string
  total: number
  needsReview: number
  reviewed: number
  complete: number
}
export type ExperimentReviewStatus = 'needs-review' | 'reviewed' | 'complete'
export interface ExperimentScore extends Loose {
  scorerId: string
  scorerName?: string
  score: number | null
  reason?: string | null
  error?: string | null
}
export interface ExperimentResult extends Loose {
  id: string
  experimentId: string
  itemId: string
  itemDatasetVersion: number | null
  input: unknown
  output: unknown | null
  groundTruth: unknown | null
  error: { message: string; stack?: string; code?: string } | null
  startedAt: string
  completedAt: string
  retryCount: number
  attempt?: number
  traceId: string | null
  status?: ExperimentReviewStatus | null
  tags?: string[] | null
  comment?: string | null
  createdAt: string
  scores?: ExperimentScore[]
}
export interface ExperimentResultsPage extends Loose {
  results: ExperimentResult[]
  pagination: DatasetPagination
}
export interface ListExperimentResultsParams {
  page?: number
  perPage?: number
  /** Only results having every one of these tags (one `tags` parameter each). */
  tags?: string[]
  orderBy?: DatasetOrderBy
}
export interface UpdateExperimentResultParams {
  datasetId: string
  experimentId: string
  resultId: string
  status?: ExperimentReviewStatus | null
  tags?: string[]
  comment?: string | null
}
export interface UpdateDatasetExperimentParams {
  datasetId: string
  experimentId: string
  name?: string
  description?: string
  metadata?: Record<string, unknown>
}
export interface TriggerDatasetExperimentParams extends Loose {
  datasetId: string
  /** When false, the experiment is created but not run. */
  start?: boolean
  targetType?: 'agent' | 'workflow' | 'scorer'
  targetId?: string
  /** Caller-supplied id, for idempotent create-only requests. */
  id?: string
  name?: string
  description?: string
  metadata?: Record<string, unknown>
  scorerIds?: string[]
  /** Pins the experiment to a dataset version. */
  version?: number
  agentVersion?: string
  maxConcurrency?: number
  provenance?: { source?: string; sourceId?: string; sourceVersion?: string; metadata?: Record<string, unknown> }
  grouping?: { experimentSetId?: string; comparisonId?: string; variantId?: string; trialIndex?: number }
  requestContext?: Record<string, unknown>
}
export type CreateDatasetExperimentParams = TriggerDatasetExperimentParams
export interface ExperimentSummary extends Loose {
  experimentId: string
  status: ExperimentStatus
  totalItems: number
  succeededCount: number
  failedCount: number
  datasetVersion?: number
  startedAt: string | null
  completedAt: string | null
  results: Loose[]
}
export interface RunExperimentItemParams {
  datasetId: string
  experimentId: string
  itemId: string
  /** Zero-based repetition index (default 0). */
  attempt?: number
  /** Merged with the item's own request context (the item's wins). */
  requestContext?: Record<string, unknown>
}
export interface RunExperimentItemResult extends Loose {
  result: ExperimentResult
  scores: ExperimentScore[]
}
export interface SubmitExperimentResultParams extends Loose {
  datasetId: string
  experimentId: string
  itemId: string
  attempt?: number
  input?: unknown
  output?: unknown
  groundTruth?: unknown
  error?: { message: string; stack?: string; code?: string } | null
  startedAt?: Date | string
  completedAt?: Date | string
  traceId?: string
  scores?: Array<{ scorerId: string; scorerName?: string; score: number; reason?: string; metadata?: Record<string, unknown> }>
}
export interface CompareExperimentsParams {
  datasetId: string
  /** The baseline experiment. */
  experimentIdA: string
  /** The candidate experiment. */
  experimentIdB: string
}
export interface CompareExperimentsResult extends Loose {
  baselineId: string
  items: Array<{
    itemId: string
    input: unknown | null
    groundTruth: unknown | null
    results: Record<string, { output: unknown | null; scores: Record<string, number | null> } | null>
  }>
}
// </routes>

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
