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
  /** The server's conversations (`client.conversations`). */
  readonly conversations: Conversations;
  /** The server's Responses API (`client.responses`). */
  readonly responses: Responses;
  /** The server's channel platforms (`client.channels`). */
  readonly channels: Channels;
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
  /** An A2A client for an agent (no request is made). */
  getA2A(agentId: string): A2A;
  /** An A2A v1.0 client for an agent (no request is made). */
  getA2AV1(agentId: string): A2AV1;
  /** The Mastra packages installed on the server, with their versions. `GET /system/packages` */
  getSystemPackages(): Promise<SystemPackages>;
  /** The valid permission-pattern strings. `GET /auth/permission-patterns` */
  getPermissionPatterns(): Promise<PermissionPatterns>;
  /** The workflow builder's settings (feature flags for the UI). `GET /editor/workflow-builder/settings` */
  getWorkflowBuilderSettings(): Promise<BuilderSettings>;
  /** The agent builder's settings (feature flags and configuration set by an admin). `GET /editor/builder/settings` */
  getBuilderSettings(): Promise<BuilderSettings>;
  /** The providers and models the builder's model policy allows. `GET /editor/builder/models/available` */
  getBuilderAvailableModels(): Promise<BuilderAvailableModels>;
  /** The agent builder's infrastructure configuration and resolution status. `GET /editor/builder/infrastructure` */
  getInfrastructureStatus(): Promise<InfrastructureStatus>;
  /** The skill registries the builder knows, each with whether it is enabled. `GET /editor/builder/registries` */
  listBuilderRegistries(): Promise<BuilderRegistries>;
  /** Searches a skill registry. `GET /editor/builder/registries/{registryId}/search` */
  searchBuilderRegistry(registryId: string, params: BuilderRegistrySearchParams): Promise<BuilderRegistrySkills>;
  /** The popular skills of a registry. `GET /editor/builder/registries/{registryId}/popular` */
  getBuilderRegistryPopular(registryId: string, params?: BuilderRegistryPageParams): Promise<BuilderRegistrySkills>;
  /** The rendered preview of one registry skill. `GET /editor/builder/registries/{registryId}/preview` */
  getBuilderRegistryPreview(registryId: string, params: BuilderRegistryPreviewParams): Promise<BuilderRegistryPreview>;
  /** Installs a registry skill into the stored skills (409 when one with its id exists). `POST /editor/builder/registries/{registryId}/install` */
  installBuilderRegistrySkill(registryId: string, body: BuilderRegistryInstallBody): Promise<BuilderRegistryInstallResult>;
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
// ---- a2a: types
/** Options of `getAgentCard`: check the card's JWS signatures before resolving. */
export interface GetAgentCardOptions {
  verifySignature?: VerifyAgentCardSignatureOptions
}
/** What a key provider is told about the signature it gives a key for. */
export interface AgentCardSignatureKeyProviderInput {
  agentCard: A2AAgentCard
  signature: A2AAgentCardSignature
  protectedHeader: Loose
  alg: string
  kid?: string
  jku?: string
  index: number
}
/** A verification key: a CryptoKey or KeyObject, secret bytes, PEM text (key or certificate), or a JWK. */
export type AgentCardVerificationKey = CryptoKey | Uint8Array | ArrayBuffer | string | Loose
export interface VerifyAgentCardSignatureOptions {
  keyProvider: (input: AgentCardSignatureKeyProviderInput) => AgentCardVerificationKey | undefined | null | Promise<AgentCardVerificationKey | undefined | null>
  /** Allowed JWS algorithms (default: ES256/384/512, RS256/384/512, PS256/384/512). */
  algorithms?: string[]
}
export interface A2AAgentCardSignature extends Loose {
  protected: string
  signature: string
  header?: Loose
}
export interface A2AAgentCard extends Loose {
  name: string
  description?: string
  url?: string
  version?: string
  protocolVersion?: string
  capabilities?: Loose
  skills?: Loose[]
  defaultInputModes?: string[]
  defaultOutputModes?: string[]
  signatures?: A2AAgentCardSignature[]
}
export interface A2APart extends Loose {
  kind: 'text' | 'file' | 'data'
  text?: string
  file?: Loose
  data?: Loose
  metadata?: Loose
}
export interface A2AMessage extends Loose {
  kind?: 'message'
  messageId: string
  role: 'user' | 'agent'
  parts: A2APart[]
  contextId?: string
  taskId?: string
  metadata?: Loose
}
export interface A2AMessageSendParams extends Loose {
  message: A2AMessage
  configuration?: Loose
  metadata?: Loose
}
export interface A2ATaskQueryParams extends Loose {
  id: string
  historyLength?: number
  metadata?: Loose
}
export interface A2ATaskIdParams extends Loose {
  id: string
  metadata?: Loose
}
export interface A2APushNotificationConfigParams extends Loose {
  id: string
  pushNotificationConfigId?: string
}
export interface A2ATaskPushNotificationConfig extends Loose {
  taskId: string
  pushNotificationConfig: Loose
}
export interface A2ATask extends Loose {
  kind?: 'task'
  id: string
  contextId: string
  status: { state: string; message?: A2AMessage; timestamp?: string }
  artifacts?: Loose[]
  history?: A2AMessage[]
}
/** A JSON-RPC 2.0 response envelope: `result` or `error`. */
export interface A2AJsonRpcResponse<T = any> extends Loose {
  jsonrpc: '2.0'
  id: string | number | null
  result?: T
  error?: { code: number; message: string; data?: unknown }
}
/** One event of an A2A stream: a task, a message, or a status or artifact update. */
export type A2AStreamEvent = A2ATask | A2AMessage | Loose
// ---- v1.0: messages in their protobuf JSON form; enums as numbers, oneofs as { $case, value }
export interface A2AV1Part {
  content?: { $case: 'text'; value: string } | { $case: 'raw'; value: Uint8Array } | { $case: 'url'; value: string } | { $case: 'data'; value: any }
  metadata?: Loose
  filename: string
  mediaType: string
}
export interface A2AV1Message {
  messageId: string
  contextId: string
  taskId: string
  /** 0 unspecified, 1 user, 2 agent. */
  role: number
  parts: A2AV1Part[]
  metadata?: Loose
  extensions: string[]
  referenceTaskIds: string[]
}
export interface A2AV1TaskStatus {
  /** TaskState: 1 submitted, 2 working, 3 completed, 4 failed, 5 canceled, 6 input required, 7 rejected, 8 auth required. */
  state: number
  message?: A2AV1Message
  timestamp?: string
}
export interface A2AV1Task {
  id: string
  contextId: string
  status?: A2AV1TaskStatus
  artifacts: Loose[]
  history: A2AV1Message[]
  metadata?: Loose
}
export interface A2AV1SendMessageRequest {
  tenant?: string
  message?: Partial<A2AV1Message>
  configuration?: Loose
  metadata?: Loose
}
export interface A2AV1SendMessageResponse {
  payload?: { $case: 'task'; value: A2AV1Task } | { $case: 'message'; value: A2AV1Message }
}
export interface A2AV1StreamResponse {
  payload?:
    | { $case: 'task'; value: A2AV1Task }
    | { $case: 'message'; value: A2AV1Message }
    | { $case: 'statusUpdate'; value: Loose }
    | { $case: 'artifactUpdate'; value: Loose }
}
export interface A2AV1GetTaskRequest {
  tenant?: string
  id: string
  historyLength?: number
}
export interface A2AV1ListTasksRequest {
  tenant?: string
  contextId?: string
  status?: number
  pageSize?: number
  pageToken?: string
  historyLength?: number
  statusTimestampAfter?: string
  includeArtifacts?: boolean
}
export interface A2AV1ListTasksResponse {
  tasks: A2AV1Task[]
  nextPageToken: string
  pageSize: number
  totalSize: number
}
export interface A2AV1CancelTaskRequest {
  tenant?: string
  id: string
  metadata?: Loose
}
export interface A2AV1SubscribeToTaskRequest {
  tenant?: string
  id: string
}
export interface A2AV1TaskPushNotificationConfig {
  tenant?: string
  id?: string
  taskId?: string
  url?: string
  token?: string
  authentication?: { scheme: string; credentials: string }
}
export interface A2AV1TaskConfigRequest {
  tenant?: string
  taskId: string
  id: string
}
export interface A2AV1ListConfigsRequest {
  tenant?: string
  taskId: string
  pageSize?: number
  pageToken?: string
}
export interface A2AV1ListConfigsResponse {
  configs: A2AV1TaskPushNotificationConfig[]
  nextPageToken: string
}
export interface A2AV1AgentCard {
  name: string
  description: string
  supportedInterfaces: Loose[]
  provider?: Loose
  version: string
  documentationUrl?: string
  capabilities?: Loose
  securitySchemes: Record<string, Loose>
  securityRequirements: Loose[]
  defaultInputModes: string[]
  defaultOutputModes: string[]
  skills: Loose[]
  signatures: Loose[]
  iconUrl?: string
}
/** An agent reached over the A2A protocol (v0.3 wire format). */
export declare class A2A {
  private constructor();
  readonly agentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The agent card; with `verifySignature`, its JWS signatures are checked first. `GET /.well-known/{agentId}/agent-card.json` */
  getAgentCard(options?: GetAgentCardOptions): Promise<A2AAgentCard>;
  /** Deprecated name of getAgentCard. */
  getCard(options?: GetAgentCardOptions): Promise<A2AAgentCard>;
  /** The authenticated extended agent card (`agent/getAuthenticatedExtendedCard`). */
  getExtendedAgentCard(): Promise<A2AAgentCard>;
  /** Sends a message (`message/send`) and resolves with the JSON-RPC response envelope. */
  sendMessage(params: A2AMessageSendParams): Promise<A2AJsonRpcResponse>;
  /** Sends a message (`message/stream`) and yields the task's events as they arrive. */
  sendMessageStream(params: A2AMessageSendParams): AsyncGenerator<A2AStreamEvent, void, undefined>;
  /** Deprecated: sends `message/stream` and resolves with the raw streaming Response. */
  sendStreamingMessage(params: A2AMessageSendParams): Promise<Response>;
  /** A task's status and result (`tasks/get`), as the JSON-RPC response envelope. */
  getTask(params: A2ATaskQueryParams): Promise<A2AJsonRpcResponse>;
  /** Cancels a task (`tasks/cancel`); resolves with the JSON-RPC response envelope. */
  cancelTask(params: A2ATaskQueryParams): Promise<A2AJsonRpcResponse>;
  /** Resumes the event stream of a task (`tasks/resubscribe`). */
  resubscribeTask(params: A2ATaskIdParams): AsyncGenerator<A2AStreamEvent, void, undefined>;
  /** Sets a task's push notification config (`tasks/pushNotificationConfig/set`). */
  setTaskPushNotificationConfig(params: A2ATaskPushNotificationConfig): Promise<A2ATaskPushNotificationConfig>;
  /** A task's push notification config (`tasks/pushNotificationConfig/get`). */
  getTaskPushNotificationConfig(params: A2APushNotificationConfigParams): Promise<A2ATaskPushNotificationConfig>;
  /** A task's push notification configs (`tasks/pushNotificationConfig/list`). */
  listTaskPushNotificationConfig(params: A2ATaskIdParams): Promise<A2ATaskPushNotificationConfig[]>;
  /** Deletes a task's push notification config (`tasks/pushNotificationConfig/delete`). */
  deleteTaskPushNotificationConfig(params: A2APushNotificationConfigParams): Promise<void>;
}
/** An agent reached over the A2A protocol v1.0 wire format. */
export declare class A2AV1 {
  private constructor();
  readonly agentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Creates a task's push notification config (`CreateTaskPushNotificationConfig`). */
  createTaskPushNotificationConfig(params: A2AV1TaskPushNotificationConfig): Promise<A2AV1TaskPushNotificationConfig>;
  /** A task's push notification config (`GetTaskPushNotificationConfig`). */
  getTaskPushNotificationConfig(params: A2AV1TaskConfigRequest): Promise<A2AV1TaskPushNotificationConfig>;
  /** A task's push notification configs (`ListTaskPushNotificationConfigs`). */
  listTaskPushNotificationConfigs(params: A2AV1ListConfigsRequest): Promise<A2AV1ListConfigsResponse>;
  /** Deletes a task's push notification config (`DeleteTaskPushNotificationConfig`). */
  deleteTaskPushNotificationConfig(params: A2AV1TaskConfigRequest): Promise<void>;
  /** The agent card, in its v1.0 form. `GET /.well-known/{agentId}/agent-card.json` */
  getAgentCard(): Promise<A2AV1AgentCard>;
  /** Sends a message (`SendMessage`) and resolves with the task or message it made. */
  sendMessage(params: A2AV1SendMessageRequest): Promise<A2AV1SendMessageResponse>;
  /** Sends a message (`SendStreamingMessage`) and yields the events as they arrive. */
  sendMessageStream(params: A2AV1SendMessageRequest): AsyncGenerator<A2AV1StreamResponse, void, undefined>;
  /** A task (`GetTask`). */
  getTask(params: A2AV1GetTaskRequest): Promise<A2AV1Task>;
  /** Lists tasks, one page at a time (`ListTasks`). */
  listTasks(params: A2AV1ListTasksRequest): Promise<A2AV1ListTasksResponse>;
  /** Cancels a task (`CancelTask`). */
  cancelTask(params: A2AV1CancelTaskRequest): Promise<A2AV1Task>;
  /** Resumes the event stream of a task (`SubscribeToTask`). */
  resubscribeTask(params: A2AV1SubscribeToTaskRequest): AsyncGenerator<A2AV1StreamResponse, void, undefined>;
}
// ---- conversations: types
export interface CreateConversationParams extends Loose {
  agent_id?: string
  conversation_id?: string
  resource_id?: string
  title?: string
  metadata?: Loose
  requestContext?: RequestContextInput
}
export interface Conversation extends Loose {
  id: string
  object: 'conversation'
  thread?: Loose
}
export interface ConversationDeleted extends Loose {
  id: string
  object: string
  deleted: boolean
}
export interface ConversationItemsPage extends Loose {
  object: 'list'
  data: Loose[]
  first_id?: string | null
  last_id?: string | null
  has_more: boolean
}
/** The server's conversations (`client.conversations`). */
export declare class Conversations {
  private constructor();
  /** The items of conversations (`client.conversations.items`). */
  readonly items: ConversationItems;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Creates a conversation. `POST /v1/conversations` */
  create(params: CreateConversationParams): Promise<Conversation>;
  /** A conversation by id. `GET /v1/conversations/{conversationId}` */
  retrieve(conversationId: string, requestContext?: RequestContextInput): Promise<Conversation>;
  /** Deletes a conversation. `DELETE /v1/conversations/{conversationId}` */
  delete(conversationId: string, requestContext?: RequestContextInput): Promise<ConversationDeleted>;
}
/** The items of conversations (`client.conversations.items`). */
export declare class ConversationItems {
  private constructor();
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The items of a conversation, in order. `GET /v1/conversations/{conversationId}/items` */
  list(conversationId: string, requestContext?: RequestContextInput): Promise<ConversationItemsPage>;
}
// ---- responses: types
export interface CreateResponseParams extends Loose {
  model?: string
  agent_id?: string
  input: string | Loose[]
  instructions?: string
  stream?: boolean
  store?: boolean
  conversation_id?: string
  previous_response_id?: string
  requestContext?: RequestContextInput
}
export interface ResponseObject extends Loose {
  id: string
  object: 'response'
  status?: string
  output: Loose[]
  /** The text of the message outputs, joined. */
  output_text: string
}
export interface ResponseDeleted extends Loose {
  id: string
  object: string
  deleted: boolean
}
/** One event of a streamed response (`response.created`, `response.output_text.delta`, ...). */
export interface ResponseStreamEvent extends Loose {
  type: string
}
/** A streamed response: iterate it with `for await` for its events. */
export interface ResponsesStream extends AsyncIterable<ResponseStreamEvent> {
  readonly response: Response
  /** The streaming Response itself. */
  asResponse(): Response
}
/** `create` with `stream: true` resolves with a ResponsesStream (merged into the class). */
export interface Responses {
  create(params: CreateResponseParams & { stream: true }): Promise<ResponsesStream>
}
/** The server's Responses API (`client.responses`). */
export declare class Responses {
  private constructor();
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** Creates a response, with `output_text` (with `stream: true`: a ResponsesStream of its events, see the overload in the types). `POST /v1/responses` */
  create(params: CreateResponseParams & { stream?: false | undefined }): Promise<ResponseObject>;
  /** Creates a response and resolves with a ResponsesStream of its events. */
  stream(params: Omit<CreateResponseParams, 'stream'>): Promise<ResponsesStream>;
  /** A stored response by id, with `output_text`. `GET /v1/responses/{responseId}` */
  retrieve(responseId: string, requestContext?: RequestContextInput): Promise<ResponseObject>;
  /** Deletes a stored response. `DELETE /v1/responses/{responseId}` */
  delete(responseId: string, requestContext?: RequestContextInput): Promise<ResponseDeleted>;
}
// ---- channels: types
export interface ChannelPlatform extends Loose {
  id: string
  name?: string
  isConfigured?: boolean
}
export interface ChannelInstallation extends Loose {
  id?: string
  platform?: string
  agentId: string
  status?: string
}
/** The connect result: its `type` says which authorization flow follows. */
export interface ChannelConnectResult extends Loose {
  type: string
}
/** The server's channel platforms (`client.channels`). */
export declare class Channels {
  private constructor();
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request(path: string, options?: RequestOptions): Promise<any>;
  /** The registered channel platforms and whether each is configured. `GET /channels/platforms` */
  listPlatforms(): Promise<ChannelPlatform[]>;
  /** A platform's installations; with `agentId`, only that agent's. `GET /channels/{platform}/installations` */
  listInstallations(platform: string, agentId?: string): Promise<ChannelInstallation[]>;
  /** Connects an agent to a platform; the result's `type` says which authorization flow follows. `POST /channels/{platform}/connect` */
  connect(platform: string, agentId: string, options?: Loose): Promise<ChannelConnectResult>;
  /** Disconnects an agent from a platform. `POST /channels/{platform}/{agentId}/disconnect` */
  disconnect(platform: string, agentId: string): Promise<any>;
}
// ---- system: types
export interface SystemPackages extends Loose {
  packages: Array<{ name: string; version: string }>
}
export interface PermissionPatterns extends Loose {
  patterns?: string[]
}
export type BuilderSettings = Loose
export type BuilderAvailableModels = Loose
export type InfrastructureStatus = Loose
export interface BuilderRegistries extends Loose {
  registries?: Array<{ id: string; enabled: boolean } & Loose>
}
export interface BuilderRegistrySearchParams {
  q: string
  limit?: number
}
export interface BuilderRegistryPageParams {
  limit?: number
  offset?: number
}
export interface BuilderRegistryPreviewParams {
  owner: string
  repo: string
  path: string
}
export type BuilderRegistrySkills = Loose
export type BuilderRegistryPreview = Loose
export type BuilderRegistryInstallBody = Loose
export type BuilderRegistryInstallResult = Loose
// </routes>

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
