// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the types it
// names, in typings/common.d.ts and typings/<group>.d.ts), not this file.
// The resource classes: one method per route, typed as its declaration says.
import type { A2AAgentCard, A2AMessageSendParams, A2APushNotificationConfigParams, A2ASendMessageResponse, A2AStreamEvent, A2ATask, A2ATaskIdParams, A2ATaskPushNotificationConfig, A2ATaskQueryParams, A2ATaskResponse, A2AV1AgentCard, A2AV1CancelTaskRequest, A2AV1GetTaskRequest, A2AV1ListConfigsRequest, A2AV1ListConfigsResponse, A2AV1ListTasksRequest, A2AV1ListTasksResponse, A2AV1SendMessageRequest, A2AV1SendMessageResponse, A2AV1StreamResponse, A2AV1SubscribeToTaskRequest, A2AV1Task, A2AV1TaskConfigRequest, A2AV1TaskPushNotificationConfig, A2AV1TaskPushNotificationConfigResult, GetAgentCardOptions } from '../a2a'
import type { AgentBuilderActionDetails, AgentBuilderActionRequest, AgentBuilderActionResult, AgentBuilderResumeRequest, AgentBuilderRunState, AgentBuilderWorkflowResult, GetAgentBuilderActionsResponse } from '../agent_builder'
import type { AgentControllerActiveRun, AgentControllerAvailableModel, AgentControllerGoalRecord, AgentControllerInfo, AgentControllerListMessagesOptions, AgentControllerMessageInput, AgentControllerMessageList, AgentControllerModeInfo, AgentControllerRequestOptions, AgentControllerSessionState, AgentControllerSubscription, AgentControllerThreadInfo, AgentControllerWorkspaceStatus, CreateAgentControllerSessionResponse, CreateAgentControllerThreadResponse, PermissionPolicy, PermissionRules, PlanResume, SendNotificationInput, SendNotificationResult, SubscribeAgentControllerSessionOptions } from '../agent_controller'
import type { AbortAgentThreadParams, ActivateAgentVersionResponse, AgentCallOptions, AgentEnhancedInstructions, AgentExecuteToolParams, AgentLegacyParams, AgentLegacyStreamResponse, AgentListenResponse, AgentNetworkOptions, AgentNetworkStreamResponse, AgentNetworkToolCallDecision, AgentObserveParams, AgentRecoverParams, AgentResumeOptions, AgentRouteOverrides, AgentSendToolApprovalParams, AgentSendToolApprovalResponse, AgentSignalParams, AgentSignalResult, AgentSpeakOptions, AgentSpeaker, AgentStreamOptions, AgentStreamResponse, AgentThreadSubscription, AgentToolCallDecision, AgentToolDetails, AgentVersionIdentifier, AgentVersionResponse, CloneAgentParams, CompareVersionsResponse, CreateAgentVersionParams, CreateCodeAgentVersionParams, DeleteAgentVersionResponse, FullOutput, GenerateLegacyResult, GetAgentBrowserSessionResponse, GetAgentPlanResponse, GetAgentResponse, ListAgentSuspendedRunsParams, ListAgentSuspendedRunsResponse, ListAgentVersionsParams, ListAgentVersionsResponse, ListAgentsModelProvidersResponse, MessageInput, ReorderModelListParams, RestoreAgentVersionResponse, SubscribeAgentThreadParams, UpdateModelInModelListParams, UpdateModelParams } from '../agents'
import type { BackgroundTask, BackgroundTaskEvent, BackgroundTaskList, ListBackgroundTasksParams, StreamBackgroundTasksParams } from '../background_tasks'
import type { ChannelConnectResult, ChannelInstallationInfo, ChannelPlatformInfo } from '../channels'
import type { ClientOptions, RequestContextInput, RequestOptions } from '../common'
import type { Conversation, ConversationDeleted, ConversationItemsPage, CreateConversationParams } from '../conversations'
import type { AddDatasetItemParams, BatchDeleteDatasetItemsParams, BatchInsertDatasetItemsParams, ClusterFailuresParams, ClusterFailuresResponse, CompareExperimentsParams, CompareExperimentsResponse, CreateDatasetExperimentParams, CreateDatasetExperimentResponse, CreateDatasetParams, DatasetExperiment, DatasetExperimentResult, DatasetItem, DatasetItemHistoryEntry, DatasetItemVersionResponse, DatasetItemsPage, DatasetRecord, DatasetTenancy, DatasetVersionsPage, DatasetsPage, ExperimentReviewCounts, ExperimentsPage, FinalizeExperimentParams, GenerateDatasetItemsParams, GeneratedItem, ListDatasetExperimentResultsResponse, ListDatasetItemsParams, ListDatasetsParams, ListExperimentResultsParams, ListExperimentsParams, RunExperimentItemParams, RunExperimentItemResponse, SubmitExperimentResultParams, TriggerDatasetExperimentParams, UpdateDatasetExperimentParams, UpdateDatasetItemParams, UpdateDatasetParams, UpdateExperimentResultParams } from '../datasets'
import type { GetLogParams, GetLogsParams, GetLogsResponse } from '../logs'
import type { Loose } from '../loose'
import type { AwaitBufferStatusParams, AwaitBufferStatusResponse, CloneMemoryThreadParams, CloneMemoryThreadResponse, CreateMemoryThreadParams, DeleteThreadOptions, GetMemoryConfigParams, GetObservationalMemoryParams, ListMemoryMessagesParams, ListMemoryThreadsParams, MemoryConfigResponse, MemoryMessagesPage, MemorySearchResponse, MemoryStatus, MemoryThreadRecord, MemoryThreadsPage, MessageIdsInput, ObservationalMemoryResponse, SaveMessageToMemoryResponse, SaveMessagesParams, SearchMemoryParams, StorageThread, TransferMemoryThreadParams, UpdateMemoryThreadParams, UpdateWorkingMemoryParams, WorkingMemory, WorkingMemoryParams } from '../memory'
import type { AggregateResult, BranchArgs, BranchResponse, BranchesPage, BreakdownResult, CreateFeedbackBody, CreateScoreBody, DeleteFeedbackArgs, DeleteScoresArgs, DeleteTracesRequest, FeedbackRecord, FeedbackTarget, GetMetricTimeSeriesResponse, GetTraceQueryFieldsArgs, GetTraceQueryFieldsResponse, GetTraceQueryValuesArgs, GetTraceQueryValuesResponse, LegacyTracesPage, LegacyTracesParams, ListBranchesArgs, ListFeedbackArgs, ListFeedbackResponse, ListObservabilityLogsArgs, ListObservabilityScoresArgs, ListTracesArgs, MetricAggregateArgs, MetricAggregateResult, MetricBreakdownArgs, MetricBreakdownResult, MetricPercentilesArgs, MetricTimeSeriesArgs, ObservabilityEntityType, ObservabilityLogsPage, ObservabilityScoresPage, PercentilesResult, QueryTraceThreadsInput, QueryTraceThreadsResult, QueryTracesInput, ScoreTarget, ScoreTracesRequest, ScoreTracesResponse, SignalAggregateArgs, SignalBreakdownArgs, SignalPercentilesArgs, SignalTimeSeriesArgs, SpanResponse, SpanScoresPage, SpanScoresParams, TimeSeriesResult, TraceLightRecord, TraceQueryResultOf, TraceRecord, TracesLightPage, TracesPage, Trajectory, UpdateFeedbackReviewStatusArgs } from '../observability'
import type { CreateResponseParams, ResponsesDeleteResponse, ResponsesResponse, ResponsesStream } from '../responses'
import type { CreateScheduleInput, ListScheduleTriggersParams, ListScheduleTriggersResponse, ListSchedulesParams, ListSchedulesResponse, RunScheduleResponse, ScheduleResponse, UpdateScheduleInput } from '../schedules'
import type { GetScorerResponse, GetScorersResponse, ListScoresByEntityIdParams, ListScoresByRunIdParams, ListScoresByScorerIdParams, ListScoresResponse, SaveScoreParams, SaveScoreResponse } from '../scores'
import type { ActivatePromptBlockVersionResponse, ActivateScorerVersionResponse, CompareScorerVersionsResponse, CompareVersionsResult, CreatePromptBlockVersionParams, CreateScorerVersionParams, CreateStoredAgentParams, CreateStoredMCPClientParams, CreateStoredPromptBlockParams, CreateStoredScorerParams, CreateStoredSkillParams, DeletePromptBlockVersionResponse, DeleteScorerVersionResponse, DeleteStoredResult, ExportStoredAgentParams, ExportStoredAgentResponse, FavoriteToggleResponse, ListPromptBlockVersionsParams, ListPromptBlockVersionsResponse, ListScorerVersionsParams, ListScorerVersionsResponse, ListStoredAgentsParams, ListStoredAgentsResponse, ListStoredMCPClientsParams, ListStoredMCPClientsResponse, ListStoredPromptBlocksParams, ListStoredPromptBlocksResponse, ListStoredScorersParams, ListStoredScorersResponse, ListStoredSkillsParams, ListStoredSkillsResponse, ListStoredWorkspacesParams, ListStoredWorkspacesResponse, OpenStoredAgentChangeRequestParams, OpenStoredAgentChangeRequestResponse, PromptBlockVersionResponse, ScorerVersionResponse, StoredAgentDependentsResponse, StoredAgentResponse, StoredMCPClientResponse, StoredPromptBlockResponse, StoredScorerResponse, StoredSkillResponse, StoredStatus, StoredWorkspaceResponse, UpdateStoredAgentParams, UpdateStoredMCPClientParams, UpdateStoredPromptBlockParams, UpdateStoredScorerParams, UpdateStoredSkillParams } from '../stored'
import type { BuilderAvailableModelsResponse, BuilderRegistryInstallBody, BuilderRegistryInstallResponse, BuilderRegistryPageParams, BuilderRegistryPopularResponse, BuilderRegistryPreviewParams, BuilderRegistryPreviewResponse, BuilderRegistrySearchParams, BuilderRegistrySearchResponse, BuilderSettingsResponse, GetSystemPackagesResponse, InfrastructureStatusResponse, ListBuilderRegistriesResponse, PermissionPatternsResponse, WorkflowBuilderSettingsResponse } from '../system'
import type { DisconnectToolProviderConnectionParams, DisconnectToolProviderConnectionResponse, GetProcessorDetailResponse, GetProcessorProvidersResponse, GetProcessorResponse, GetToolProviderConnectionUsageParams, GetToolProviderConnectionUsageResponse, GetToolProviderToolSchemaResponse, ListToolProviderConnectionFieldsParams, ListToolProviderConnectionFieldsResponse, ListToolProviderConnectionsResponse, ListToolProviderToolkitsResponse, ListToolProviderToolsResponse, ListToolProvidersResponse, McpResourceContents, McpServerDetails, McpServerList, McpServerListParams, McpServerResourceList, McpServerToolList, McpToolExecuteParams, McpToolExecuteResult, McpToolInfo, ProcessorExecuteParams, ProcessorExecuteResult, ProcessorProviderDetails, ToolDetails, ToolExecuteParams, ToolProviderAuthStatus, ToolProviderAuthorizeParams, ToolProviderAuthorizeResult, ToolProviderConnectionStatusParams, ToolProviderConnectionStatusResponse, ToolProviderHealthResponse, ToolProviderListConnectionsParams, ToolProviderListToolsParams, UpdateToolProviderConnectionParams, UpdateToolProviderConnectionResponse } from '../tools'
import type { CreateIndexParams, EmbeddersList, QueryVectorParams, QueryVectorResult, UpsertVectorParams, VectorIndexDetails, VectorStoresList } from '../vectors'
import type { CreateRunParams, DeleteDynamicWorkflowResponse, DynamicWorkflowDefinition, DynamicWorkflowsPage, ListDynamicWorkflowsParams, ListWorkflowRunsParams, UpsertDynamicWorkflowParams, UpsertDynamicWorkflowResult, WorkflowDetails, WorkflowRestartParams, WorkflowResumeParams, WorkflowRunByIdOptions, WorkflowRunCounts, WorkflowRunResult, WorkflowRunState, WorkflowRunsPage, WorkflowSchema, WorkflowStartParams, WorkflowStreamChunk, WorkflowStreamParams, WorkflowTimeTravelParams } from '../workflows'
import type { GetSkillReferenceResponse, ListSkillReferencesResponse, ListSkillsResponse, ListWorkspacesResponse, SearchSkillsParams, SearchSkillsResponse, Skill, WorkspaceFsDeleteResponse, WorkspaceFsListResponse, WorkspaceFsMkdirResponse, WorkspaceFsReadResponse, WorkspaceFsStatResponse, WorkspaceFsWriteResponse, WorkspaceIndexParams, WorkspaceIndexResponse, WorkspaceInfoResponse, WorkspaceSearchParams, WorkspaceSearchResponse, WorkspaceWriteOptions } from '../workspaces'

/** Client of a Mastra server. */
export declare class MastraClient {
  constructor(options: ClientOptions);
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** Traces, spans, scores, feedback, logs and metrics of the server's observability store. */
  readonly observability: Observability;
  /** The server's conversations (`client.conversations`). */
  readonly conversations: Conversations;
  /** The server's Responses API (`client.responses`). */
  readonly responses: Responses;
  /** The server's channel platforms (`client.channels`). */
  readonly channels: Channels;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Lists the server's agents, keyed by id. `GET /agents` */
  listAgents(requestContext?: RequestContextInput, partial?: boolean): Promise<Record<string, GetAgentResponse>>;
  /** The model providers the server knows, and whether each is configured. `GET /agents/providers` */
  listAgentsModelProviders(): Promise<ListAgentsModelProvidersResponse>;
  /** An agent by id, optionally at a stored version (no request is made). */
  getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;
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
  /** Lists the server's processors, keyed by id. `GET /processors` */
  listProcessors(requestContext?: RequestContextInput): Promise<Record<string, GetProcessorResponse>>;
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
  listToolProviders(): Promise<ListToolProvidersResponse>;
  /** A tool provider by id (no request is made). */
  getToolProvider(providerId: string): ToolProvider;
  /** Lists the registered processor providers. `GET /processor-providers` */
  getProcessorProviders(): Promise<GetProcessorProvidersResponse>;
  /** A processor provider by id (no request is made). */
  getProcessorProvider(providerId: string): ProcessorProvider;
  /** Lists the server's agent-builder actions, keyed by id. `GET /agent-builder` */
  getAgentBuilderActions(): Promise<GetAgentBuilderActionsResponse>;
  /** An agent-builder action by id (no request is made). */
  getAgentBuilderAction(actionId: string): AgentBuilder;
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
  saveMessageToMemory(params: SaveMessagesParams): Promise<SaveMessageToMemoryResponse>;
  /** Whether an agent has memory, and the state of its observational memory. `GET /memory/status` */
  getMemoryStatus(agentId: string, requestContext?: RequestContextInput, opts?: { resourceId?: string; threadId?: string }): Promise<MemoryStatus>;
  /** The observational memory record of a resource or thread, with its history. `GET /memory/observational-memory` */
  getObservationalMemory(params: GetObservationalMemoryParams): Promise<ObservationalMemoryResponse>;
  /** Waits until observational memory buffering in flight is done, then resolves with the record. `POST /memory/observational-memory/buffer-status` */
  awaitBufferStatus(params: AwaitBufferStatusParams): Promise<AwaitBufferStatusResponse>;
  /** Reads the working memory of a thread (or its resource). `GET /memory/threads/{params.threadId}/working-memory` */
  getWorkingMemory(params: WorkingMemoryParams): Promise<WorkingMemory>;
  /** Searches an agent's memory of a resource (or one thread) for messages like a query. `GET /memory/search` */
  searchMemory(params: SearchMemoryParams): Promise<MemorySearchResponse>;
  /** Replaces the working memory of a thread (or its resource). `POST /memory/threads/{params.threadId}/working-memory` */
  updateWorkingMemory(params: UpdateWorkingMemoryParams): Promise<{ success: boolean }>;
  /** Lists the server's vector stores. `GET /vectors` */
  listVectors(): Promise<VectorStoresList>;
  /** Lists the embedding models the server offers. `GET /embedders` */
  listEmbedders(): Promise<EmbeddersList>;
  /** A vector store by name (no request is made). */
  getVector(vectorName: string): Vector;
  /** Lists log records of a transport. `GET /logs` */
  listLogs(params: GetLogsParams): Promise<GetLogsResponse>;
  /** Lists the log records of one run. `GET /logs/{params.runId}` */
  getLogForRun(params: GetLogParams): Promise<GetLogsResponse>;
  /** Names of the server's log transports. `GET /logs/transports` */
  listLogTransports(): Promise<{ transports: string[] }>;
  /** Lists log records of the observability store, filtered, ordered and one page at a time. */
  listLogsVNext(params?: ListObservabilityLogsArgs): Promise<ObservabilityLogsPage>;
  /** A trace with all its spans. */
  getTrace(traceId: string): Promise<TraceRecord>;
  /** A trace with its spans' timeline fields only. */
  getTraceLight(traceId: string): Promise<TraceLightRecord>;
  /** One span of a trace, with full details. */
  getSpan(traceId: string, spanId: string): Promise<SpanResponse>;
  /** The ordered steps extracted from a trace's spans. */
  getTraceTrajectory(traceId: string): Promise<Trajectory>;
  /** Lists root spans with the legacy pagination and filters (prefer `listTraces`). */
  getTraces(params: LegacyTracesParams): Promise<LegacyTracesPage>;
  /** Lists traces, filtered, ordered and one page at a time. */
  listTraces(params?: ListTracesArgs): Promise<TracesPage>;
  /** Runs an advanced trace query. */
  queryTraces<P extends QueryTracesInput>(params: P): Promise<TraceQueryResultOf<P>>;
  /** The fields the trace-query grammar accepts (never retried). */
  getTraceQueryFields(params: GetTraceQueryFieldsArgs, options?: { signal?: AbortSignal }): Promise<GetTraceQueryFieldsResponse>;
  /** Suggested values of one trace-query field (never retried). */
  getTraceQueryValues(params: GetTraceQueryValuesArgs, options?: { signal?: AbortSignal }): Promise<GetTraceQueryValuesResponse>;
  /** Thread identities matching trace predicates. */
  queryTraceThreads(params: QueryTraceThreadsInput): Promise<QueryTraceThreadsResult>;
  /** Lists traces with the fields a list shows. */
  listTracesLight(params?: ListTracesArgs): Promise<TracesLightPage>;
  /** Lists branch-anchor spans. */
  listBranches(params?: ListBranchesArgs): Promise<BranchesPage>;
  /** The subtree of spans under one span. */
  getBranch(params: BranchArgs): Promise<BranchResponse>;
  /** Lists the scores of one span. */
  listScoresBySpan(params: SpanScoresParams): Promise<SpanScoresPage>;
  /** Deletes traces and what refers to them. */
  deleteTraces(params: DeleteTracesRequest): Promise<{ success: true }>;
  /** Scores traces with a registered scorer, in the background. */
  score(params: ScoreTracesRequest): Promise<ScoreTracesResponse>;
  /** Lists score records of the observability store. */
  listScores(params?: ListObservabilityScoresArgs): Promise<ObservabilityScoresPage>;
  /** Records one score. */
  createScore(params: CreateScoreBody): Promise<{ success: boolean }>;
  /** Deletes score records by id. */
  deleteScores(params: DeleteScoresArgs): Promise<{ success: boolean }>;
  /** An aggregated score value. */
  getScoreAggregate(params: SignalAggregateArgs & ScoreTarget): Promise<AggregateResult>;
  /** Score values grouped by dimensions. */
  getScoreBreakdown(params: SignalBreakdownArgs & ScoreTarget): Promise<BreakdownResult>;
  /** Score values bucketed by time interval. */
  getScoreTimeSeries(params: SignalTimeSeriesArgs & ScoreTarget): Promise<TimeSeriesResult>;
  /** Score percentiles bucketed by time interval. */
  getScorePercentiles(params: SignalPercentilesArgs & ScoreTarget): Promise<PercentilesResult>;
  /** Lists feedback records. */
  listFeedback(params?: ListFeedbackArgs): Promise<ListFeedbackResponse>;
  /** Records one feedback. */
  createFeedback(params: CreateFeedbackBody): Promise<{ success: boolean }>;
  /** Deletes feedback records by id. */
  deleteFeedback(params: DeleteFeedbackArgs): Promise<{ success: boolean }>;
  /** Sets the review status of a feedback record. */
  updateFeedbackReviewStatus(params: UpdateFeedbackReviewStatusArgs): Promise<FeedbackRecord>;
  /** An aggregated feedback value. */
  getFeedbackAggregate(params: SignalAggregateArgs & FeedbackTarget): Promise<AggregateResult>;
  /** Feedback values grouped by dimensions. */
  getFeedbackBreakdown(params: SignalBreakdownArgs & FeedbackTarget): Promise<BreakdownResult>;
  /** Feedback values bucketed by time interval. */
  getFeedbackTimeSeries(params: SignalTimeSeriesArgs & FeedbackTarget): Promise<TimeSeriesResult>;
  /** Feedback percentiles bucketed by time interval. */
  getFeedbackPercentiles(params: SignalPercentilesArgs & FeedbackTarget): Promise<PercentilesResult>;
  /** An aggregated metric value. */
  getMetricAggregate(params: MetricAggregateArgs): Promise<MetricAggregateResult>;
  /** Metric values grouped by dimensions. */
  getMetricBreakdown(params: MetricBreakdownArgs): Promise<MetricBreakdownResult>;
  /** Metric values bucketed by time interval. */
  getMetricTimeSeries(params: MetricTimeSeriesArgs): Promise<GetMetricTimeSeriesResponse>;
  /** Metric percentiles bucketed by time interval. */
  getMetricPercentiles(params: MetricPercentilesArgs): Promise<PercentilesResult>;
  /** Distinct metric names. */
  getMetricNames(params?: { prefix?: string; limit?: number }): Promise<{ names: string[] }>;
  /** Distinct label keys of a metric. */
  getMetricLabelKeys(params: { metricName: string }): Promise<{ keys: string[] }>;
  /** Distinct values of a metric label. */
  getMetricLabelValues(params: { metricName: string; labelKey: string; prefix?: string; limit?: number }): Promise<{ values: string[] }>;
  /** Distinct entity types. */
  getEntityTypes(): Promise<{ entityTypes: ObservabilityEntityType[] }>;
  /** Distinct entity names. */
  getEntityNames(params?: { entityType?: ObservabilityEntityType | (string & {}) }): Promise<{ names: string[] }>;
  /** Distinct service names. */
  getServiceNames(): Promise<{ serviceNames: string[] }>;
  /** Distinct environments. */
  getEnvironments(): Promise<{ environments: string[] }>;
  /** Distinct tags. */
  getTags(params?: { entityType?: ObservabilityEntityType | (string & {}) }): Promise<{ tags: string[] }>;
  /** The scorers the server registers, by id. `GET /scores/scorers` */
  listScorers(requestContext?: RequestContextInput): Promise<GetScorersResponse>;
  /** One registered scorer. `GET /scores/scorers/{scorerId}` */
  getScorer(scorerId: string): Promise<GetScorerResponse>;
  /** Lists the scores one scorer recorded, one page at a time. `GET /scores/scorer/{params.scorerId}` */
  listScoresByScorerId(params: ListScoresByScorerIdParams): Promise<ListScoresResponse>;
  /** Lists the scores of one run, one page at a time. `GET /scores/run/{params.runId}` */
  listScoresByRunId(params: ListScoresByRunIdParams): Promise<ListScoresResponse>;
  /** Lists the scores of one agent or workflow, one page at a time. `GET /scores/entity/{params.entityType}/{params.entityId}` */
  listScoresByEntityId(params: ListScoresByEntityIdParams): Promise<ListScoresResponse>;
  /** Saves a score record. `POST /scores` */
  saveScore(params: SaveScoreParams): Promise<SaveScoreResponse>;
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
  generateDatasetItems(params: GenerateDatasetItemsParams): Promise<{ items: GeneratedItem[] }>;
  /** Groups experiment failures into common patterns with a model. `POST /datasets/cluster-failures` */
  clusterFailures(params: ClusterFailuresParams): Promise<ClusterFailuresResponse>;
  /** Every version of a dataset item, newest first. `GET /datasets/{datasetId}/items/{itemId}/history` */
  getItemHistory(datasetId: string, itemId: string): Promise<{ history: DatasetItemHistoryEntry[] }>;
  /** A dataset item as it was at a dataset version. `GET /datasets/{datasetId}/items/{itemId}/versions/{datasetVersion}` */
  getDatasetItemVersion(datasetId: string, itemId: string, datasetVersion: number): Promise<DatasetItemVersionResponse>;
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
  listDatasetExperimentResults(datasetId: string, experimentId: string, options?: ListExperimentResultsParams): Promise<ListDatasetExperimentResultsResponse>;
  /** Sets an experiment result's review status, tags or comment. `PATCH /datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}` */
  updateDatasetExperimentResult(params: UpdateExperimentResultParams): Promise<DatasetExperimentResult>;
  /** Starts an experiment of a dataset against an agent, workflow or scorer, run by the server. `POST /datasets/{params.datasetId}/experiments` */
  triggerDatasetExperiment(params: TriggerDatasetExperimentParams): Promise<CreateDatasetExperimentResponse>;
  /** Creates an experiment without running it (`start: false`): the caller runs items or submits results. `POST /datasets/{params.datasetId}/experiments` */
  createDatasetExperiment(params: CreateDatasetExperimentParams): Promise<CreateDatasetExperimentResponse>;
  /** Runs an experiment's target on one item on the server, scores it and saves the result (safe to retry). `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/items/{params.itemId}/run` */
  runExperimentItem(params: RunExperimentItemParams): Promise<RunExperimentItemResponse>;
  /** Saves one item's result of an experiment run elsewhere (safe to retry). `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/results` */
  submitExperimentResult(params: SubmitExperimentResultParams): Promise<DatasetExperimentResult>;
  /** Completes an experiment run elsewhere; the server counts its saved results. `POST /datasets/{params.datasetId}/experiments/{params.experimentId}/finalize` */
  finalizeExperiment(params: FinalizeExperimentParams): Promise<DatasetExperiment>;
  /** Sets an experiment result's review status, tags or comment. `PATCH /datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}` */
  updateExperimentResult(params: UpdateExperimentResultParams): Promise<DatasetExperimentResult>;
  /** Compares two experiments of a dataset item by item (outputs and scores). `POST /datasets/{params.datasetId}/compare` */
  compareExperiments(params: CompareExperimentsParams): Promise<CompareExperimentsResponse>;
  /** Lists agent and workflow schedules, optionally filtered. `GET /schedules` */
  listSchedules(params?: ListSchedulesParams): Promise<ListSchedulesResponse>;
  /** A schedule by id. `GET /schedules/{scheduleId}` */
  getSchedule(scheduleId: string): Promise<ScheduleResponse>;
  /** Creates an agent schedule (`agentId` + `prompt`) or a workflow schedule (`workflowId`). `POST /schedules` */
  createSchedule(options: CreateScheduleInput): Promise<ScheduleResponse>;
  /** Changes some fields of a schedule. `PATCH /schedules/{scheduleId}` */
  updateSchedule(scheduleId: string, patch: UpdateScheduleInput): Promise<ScheduleResponse>;
  /** Deletes a schedule. `DELETE /schedules/{scheduleId}` */
  deleteSchedule(scheduleId: string): Promise<{ message: string }>;
  /** Fires a schedule now, without moving its next fire time. `POST /schedules/{scheduleId}/run` */
  runSchedule(scheduleId: string): Promise<RunScheduleResponse>;
  /** The fire history of a schedule, latest first. `GET /schedules/{scheduleId}/triggers` */
  listScheduleTriggers(scheduleId: string, params?: ListScheduleTriggersParams): Promise<ListScheduleTriggersResponse>;
  /** Pauses a schedule (pausing a paused one changes nothing). `POST /schedules/{scheduleId}/pause` */
  pauseSchedule(scheduleId: string): Promise<ScheduleResponse>;
  /** Resumes a paused schedule from now, without firing missed times. `POST /schedules/{scheduleId}/resume` */
  resumeSchedule(scheduleId: string): Promise<ScheduleResponse>;
  /** Lists the stored agents, one page at a time. `GET /stored/agents` */
  listStoredAgents(params?: ListStoredAgentsParams): Promise<ListStoredAgentsResponse>;
  /** Creates a stored agent and resolves with its record. `POST /stored/agents` */
  createStoredAgent(params: CreateStoredAgentParams): Promise<StoredAgentResponse>;
  /** A stored agent by id (no request is made). */
  getStoredAgent(storedAgentId: string): StoredAgent;
  /** Lists the stored prompt blocks, one page at a time. `GET /stored/prompt-blocks` */
  listStoredPromptBlocks(params?: ListStoredPromptBlocksParams): Promise<ListStoredPromptBlocksResponse>;
  /** Creates a stored prompt block and resolves with its record. `POST /stored/prompt-blocks` */
  createStoredPromptBlock(params: CreateStoredPromptBlockParams): Promise<StoredPromptBlockResponse>;
  /** A stored prompt block by id (no request is made). */
  getStoredPromptBlock(storedPromptBlockId: string): StoredPromptBlock;
  /** Lists the stored scorer definitions, one page at a time. `GET /stored/scorers` */
  listStoredScorers(params?: ListStoredScorersParams): Promise<ListStoredScorersResponse>;
  /** Creates a stored scorer definition and resolves with its record. `POST /stored/scorers` */
  createStoredScorer(params: CreateStoredScorerParams): Promise<StoredScorerResponse>;
  /** A stored scorer definition by id (no request is made). */
  getStoredScorer(storedScorerId: string): StoredScorer;
  /** Lists the stored MCP client configurations, one page at a time. `GET /stored/mcp-clients` */
  listStoredMCPClients(params?: ListStoredMCPClientsParams): Promise<ListStoredMCPClientsResponse>;
  /** Creates a stored MCP client configuration and resolves with its record. `POST /stored/mcp-clients` */
  createStoredMCPClient(params: CreateStoredMCPClientParams): Promise<StoredMCPClientResponse>;
  /** A stored MCP client configuration by id (no request is made). */
  getStoredMCPClient(storedMCPClientId: string): StoredMCPClient;
  /** Lists the stored skills, one page at a time. `GET /stored/skills` */
  listStoredSkills(params?: ListStoredSkillsParams): Promise<ListStoredSkillsResponse>;
  /** Creates a stored skill and resolves with its record. `POST /stored/skills` */
  createStoredSkill(params: CreateStoredSkillParams): Promise<StoredSkillResponse>;
  /** A stored skill by id (no request is made). */
  getStoredSkill(storedSkillId: string): StoredSkill;
  /** Lists the stored workspace configurations, one page at a time. `GET /stored/workspaces` */
  listStoredWorkspaces(params?: ListStoredWorkspacesParams): Promise<ListStoredWorkspacesResponse>;
  /** A stored workspace configuration by id. `GET /stored/workspaces/{id}` */
  getStoredWorkspace(id: string): Promise<StoredWorkspaceResponse>;
  /** Lists the workspaces of the server and of its agents. `GET /workspaces` */
  listWorkspaces(): Promise<ListWorkspacesResponse>;
  /** A workspace by id (no request is made). */
  getWorkspace(workspaceId: string): Workspace;
  /** An A2A client for an agent (no request is made). */
  getA2A(agentId: string): A2A;
  /** An A2A v1.0 client for an agent (no request is made). */
  getA2AV1(agentId: string): A2AV1;
  /** The Mastra packages installed on the server, with their versions. `GET /system/packages` */
  getSystemPackages(): Promise<GetSystemPackagesResponse>;
  /** The valid permission-pattern strings. `GET /auth/permission-patterns` */
  getPermissionPatterns(): Promise<PermissionPatternsResponse>;
  /** The workflow builder's settings (feature flags for the UI). `GET /editor/workflow-builder/settings` */
  getWorkflowBuilderSettings(): Promise<WorkflowBuilderSettingsResponse>;
  /** The agent builder's settings (feature flags and configuration set by an admin). `GET /editor/builder/settings` */
  getBuilderSettings(): Promise<BuilderSettingsResponse>;
  /** The providers and models the builder's model policy allows. `GET /editor/builder/models/available` */
  getBuilderAvailableModels(): Promise<BuilderAvailableModelsResponse>;
  /** The agent builder's infrastructure configuration and resolution status. `GET /editor/builder/infrastructure` */
  getInfrastructureStatus(): Promise<InfrastructureStatusResponse>;
  /** The skill registries the builder knows, each with whether it is enabled. `GET /editor/builder/registries` */
  listBuilderRegistries(): Promise<ListBuilderRegistriesResponse>;
  /** Searches a skill registry. `GET /editor/builder/registries/{registryId}/search` */
  searchBuilderRegistry(registryId: string, params: BuilderRegistrySearchParams): Promise<BuilderRegistrySearchResponse>;
  /** The popular skills of a registry. `GET /editor/builder/registries/{registryId}/popular` */
  getBuilderRegistryPopular(registryId: string, params?: BuilderRegistryPageParams): Promise<BuilderRegistryPopularResponse>;
  /** The rendered preview of one registry skill. `GET /editor/builder/registries/{registryId}/preview` */
  getBuilderRegistryPreview(registryId: string, params: BuilderRegistryPreviewParams): Promise<BuilderRegistryPreviewResponse>;
  /** Installs a registry skill into the stored skills (409 when one with its id exists). `POST /editor/builder/registries/{registryId}/install` */
  installBuilderRegistrySkill(registryId: string, body: BuilderRegistryInstallBody): Promise<BuilderRegistryInstallResponse>;
}
/** An agent of the server. */
export declare class Agent {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly agentId: string;
  readonly version?: AgentVersionIdentifier;
  readonly routeOverrides?: AgentRouteOverrides;
  /** The voice of an agent: speech to text and text to speech. */
  readonly voice: AgentVoice;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The agent's details: name, instructions, tools, model. `GET /agents/{agentId}` */
  details(requestContext?: RequestContextInput): Promise<GetAgentResponse>;
  /** A markdown plan the agent submitted (under `.mastracode/plans/`). `GET /agents/{agentId}/plans/file` */
  readPlan(path: string, requestContext?: RequestContextInput): Promise<GetAgentPlanResponse>;
  /** One of the agent's tools: description and schemas. `GET /agents/{agentId}/tools/{toolId}` */
  getTool(toolId: string, requestContext?: RequestContextInput): Promise<AgentToolDetails>;
  /** Runs one of the agent's tools with `data` and resolves with its result. `POST /agents/{agentId}/tools/{toolId}/execute` */
  executeTool(toolId: string, params: AgentExecuteToolParams): Promise<unknown>;
  /** Asks the server's model to improve the instructions following `comment`. `POST /agents/{agentId}/instructions/enhance` */
  enhanceInstructions(instructions: string, comment: string): Promise<AgentEnhancedInstructions>;
  /** Whether the agent has a browser session and whether a screencast is available. `GET /agents/{agentId}/browser/session` */
  browserSession(threadId?: string): Promise<GetAgentBrowserSessionResponse>;
  /** Closes the agent's browser session (of one thread when `threadId` is given). `POST /agents/{agentId}/browser/close` */
  closeBrowser(threadId?: string): Promise<{ success: boolean }>;
  /** Copies the agent into a new stored agent and resolves with it. `POST /agents/{agentId}/clone` */
  clone(params?: CloneAgentParams): Promise<StoredAgentResponse>;
  /** Replaces the agent's model. `POST /agents/{agentId}/model` */
  updateModel(params: UpdateModelParams): Promise<{ message: string }>;
  /** Puts the agent's original model back. `POST /agents/{agentId}/model/reset` */
  resetModel(): Promise<{ message: string }>;
  /** Changes one entry of the agent's model list. `POST /agents/{agentId}/models/{params.modelConfigId}` */
  updateModelInModelList(params: UpdateModelInModelListParams): Promise<{ message: string }>;
  /** Reorders the agent's model list. `POST /agents/{agentId}/models/reorder` */
  reorderModelList(params: ReorderModelListParams): Promise<{ message: string }>;
  /** A page of the agent's versions. `GET /stored/agents/{agentId}/versions` */
  listVersions(params?: ListAgentVersionsParams, requestContext?: RequestContextInput): Promise<ListAgentVersionsResponse>;
  /** Saves a new version of the agent's overrides. `POST /stored/agents/{agentId}/versions` */
  createVersion(params?: CreateCodeAgentVersionParams, requestContext?: RequestContextInput): Promise<AgentVersionResponse>;
  /** One version of the agent's overrides. `GET /stored/agents/{agentId}/versions/{versionId}` */
  getVersion(versionId: string, requestContext?: RequestContextInput): Promise<AgentVersionResponse>;
  /** Makes a version the agent's active one. `POST /stored/agents/{agentId}/versions/{versionId}/activate` */
  activateVersion(versionId: string, requestContext?: RequestContextInput): Promise<ActivateAgentVersionResponse>;
  /** Saves a copy of an older version as the newest one. `POST /stored/agents/{agentId}/versions/{versionId}/restore` */
  restoreVersion(versionId: string, requestContext?: RequestContextInput): Promise<RestoreAgentVersionResponse>;
  /** Deletes one version. `DELETE /stored/agents/{agentId}/versions/{versionId}` */
  deleteVersion(versionId: string, requestContext?: RequestContextInput): Promise<DeleteAgentVersionResponse>;
  /** The differences between two versions. `GET /stored/agents/{agentId}/versions/compare` */
  compareVersions(fromId: string, toId: string, requestContext?: RequestContextInput): Promise<CompareVersionsResponse>;
  /** Runs the agent and resolves with its full answer. `POST /agents/{agentId}/generate` */
  generate(messages: MessageInput, options?: AgentCallOptions): Promise<FullOutput<undefined>>;
  /** Runs the agent and streams its chunks; read them with processDataStream({ onChunk }). Client tools with `execute` run here, and the stream goes on with the follow-up rounds. */
  stream(messages: MessageInput, options?: AgentStreamOptions): Promise<AgentStreamResponse>;
  /** Runs the agent and streams its chunks until the thread is idle (signals included); client tools run here, as in `stream`. */
  streamUntilIdle(messages: MessageInput, options?: AgentStreamOptions): Promise<AgentStreamResponse>;
  /** Resumes a suspended run with `resumeData` and streams its chunks. */
  resumeStream(resumeData: unknown, options: AgentResumeOptions): Promise<AgentStreamResponse>;
  /** Resumes a suspended run and streams its chunks until the thread is idle. */
  resumeStreamUntilIdle(resumeData: unknown, options: AgentResumeOptions): Promise<AgentStreamResponse>;
  /** Streams the chunks of a running run again, from `offset` on. `POST /agents/{agentId}/observe` */
  observe(params: AgentObserveParams): Promise<AgentStreamResponse>;
  /** Drives an orphaned durable-agent run to its end and streams its chunks. `POST /agents/{agentId}/recover` */
  recover(params: AgentRecoverParams): Promise<AgentStreamResponse>;
  /** Posts ready call options to the agent route `route` and writes the event stream into `controller`. */
  processStreamResponse(processedParams: any, controller: ReadableStreamDefaultController<Uint8Array>, route?: string, signal?: AbortSignal): Promise<Response>;
  /** Approves a suspended tool call and streams the rest of the run. */
  approveToolCall(params: AgentToolCallDecision): Promise<AgentStreamResponse>;
  /** Declines a suspended tool call and streams the rest of the run. */
  declineToolCall(params: AgentToolCallDecision): Promise<AgentStreamResponse>;
  /** Approves a suspended tool call and resolves with the full answer. `POST /agents/{agentId}/approve-tool-call-generate` */
  approveToolCallGenerate(params: AgentToolCallDecision): Promise<FullOutput<undefined>>;
  /** Declines a suspended tool call and resolves with the full answer. `POST /agents/{agentId}/decline-tool-call-generate` */
  declineToolCallGenerate(params: AgentToolCallDecision): Promise<FullOutput<undefined>>;
  /** Answers a tool approval of a thread's run without waiting for the run. `POST /agents/{agentId}/send-tool-approval` */
  sendToolApproval(params: AgentSendToolApprovalParams): Promise<AgentSendToolApprovalResponse>;
  /** The agent's runs waiting for a tool approval or a resume, from storage. `GET /agents/{agentId}/suspended-runs` */
  listSuspendedRuns(params?: ListAgentSuspendedRunsParams, requestContext?: RequestContextInput): Promise<ListAgentSuspendedRunsResponse>;
  /** Runs the agent as a router over its agents, workflows and tools, streaming its chunks. `POST /agents/{agentId}/network` */
  network(messages: MessageInput, params: AgentNetworkOptions): Promise<AgentNetworkStreamResponse>;
  /** Approves a suspended tool call of a network run and streams the rest of it. `POST /agents/{agentId}/approve-network-tool-call` */
  approveNetworkToolCall(params: AgentNetworkToolCallDecision): Promise<AgentNetworkStreamResponse>;
  /** Declines a suspended tool call of a network run and streams the rest of it. `POST /agents/{agentId}/decline-network-tool-call` */
  declineNetworkToolCall(params: AgentNetworkToolCallDecision): Promise<AgentNetworkStreamResponse>;
  /** Sends a message to a thread: delivered to its active run, or starting one when idle. */
  sendMessage(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Queues a message for a thread's next turn. */
  queueMessage(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Sends a signal to a thread's run (or wakes the thread when idle). */
  sendSignal(params: AgentSignalParams): Promise<AgentSignalResult>;
  /** Streams every run of a thread; client tools run here and their results go back to the server. */
  subscribeToThread(params: SubscribeAgentThreadParams): Promise<AgentThreadSubscription>;
  /** Aborts the active run of a thread. `POST /agents/{agentId}/threads/abort` */
  abortThread(params: AbortAgentThreadParams): Promise<{ aborted: boolean }>;
  /** Runs the agent through the legacy (AI SDK v4) path and resolves with its answer. `POST /agents/{agentId}/generate-legacy` */
  generateLegacy(params: AgentLegacyParams): Promise<GenerateLegacyResult>;
  /** Streams the agent through the legacy path (AI SDK data stream); read it with processDataStream. Client tools with `execute` run here, and the stream goes on with the follow-up rounds. */
  streamLegacy(params: AgentLegacyParams): Promise<AgentLegacyStreamResponse>;
}
/** The voice of an agent: speech to text and text to speech. */
export declare class AgentVoice {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly agentId: string;
  readonly version?: AgentVersionIdentifier;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Speaks `text` with the agent's voice; the `Response` body is the audio. `POST /agents/{agentId}/voice/speak` */
  speak(text: string, options?: AgentSpeakOptions): Promise<Response>;
  /** Transcribes `audio` with the agent's voice (sent as multipart form data). `POST /agents/{agentId}/voice/listen` */
  listen(audio: Blob, options?: Record<string, any>): Promise<AgentListenResponse>;
  /** The speakers (voices) the agent's voice provider offers. `GET /agents/{agentId}/voice/speakers` */
  getSpeakers(requestContext?: RequestContextInput): Promise<AgentSpeaker[]>;
  /** Whether the agent's voice provider can listen. `GET /agents/{agentId}/voice/listener` */
  getListener(requestContext?: RequestContextInput): Promise<{ enabled: boolean }>;
}
/** A workflow of the server. */
export declare class Workflow {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly workflowId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
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
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly workflowId: string;
  readonly runId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
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
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly dynamicWorkflowId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The definition: schemas, graph, status and metadata. `GET /stored/workflows/{dynamicWorkflowId}` */
  details(): Promise<DynamicWorkflowDefinition>;
  /** Deletes the definition and unregisters the workflow. `DELETE /stored/workflows/{dynamicWorkflowId}` */
  delete(): Promise<DeleteDynamicWorkflowResponse>;
}
/** A tool of the server. */
export declare class Tool {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly toolId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The tool's details and schemas. `GET /tools/{toolId}` */
  details(requestContext?: RequestContextInput): Promise<ToolDetails>;
  /** Runs the tool on the server with `data` as input. `POST /tools/{toolId}/execute` */
  execute(params: ToolExecuteParams): Promise<unknown>;
}
/** A processor of the server. */
export declare class Processor {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly processorId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The processor's details: its phases and the agents that use it. `GET /processors/{processorId}` */
  details(requestContext?: RequestContextInput): Promise<GetProcessorDetailResponse>;
  /** Runs one phase of the processor on `messages`. `POST /processors/{processorId}/execute` */
  execute(params: ProcessorExecuteParams): Promise<ProcessorExecuteResult>;
}
/** A tool of one of the server's MCP servers. */
export declare class MCPTool {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly serverId: string;
  readonly toolId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The MCP tool's name, description and input schema. `GET /mcp/{serverId}/tools/{toolId}` */
  details(requestContext?: RequestContextInput): Promise<McpToolInfo>;
  /** Runs the MCP tool with `data` (the request context goes on the query). `POST /mcp/{serverId}/tools/{toolId}/execute` */
  execute(params: McpToolExecuteParams): Promise<McpToolExecuteResult>;
}
/** A tool provider (integration) of the server. */
export declare class ToolProvider {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly providerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The provider's toolkits. `GET /tool-providers/{providerId}/toolkits` */
  listToolkits(): Promise<ListToolProviderToolkitsResponse>;
  /** The provider's tools, filtered by toolkit or text, a page at a time. `GET /tool-providers/{providerId}/tools` */
  listTools(params?: ToolProviderListToolsParams): Promise<ListToolProviderToolsResponse>;
  /** The input schema of one of the provider's tools. `GET /tool-providers/{providerId}/tools/{toolSlug}/schema` */
  getToolSchema(toolSlug: string): Promise<GetToolProviderToolSchemaResponse>;
  /** Starts an OAuth flow for a toolkit and connection; poll it with getAuthStatus. `POST /tool-providers/{providerId}/authorize` */
  authorize(params: ToolProviderAuthorizeParams): Promise<ToolProviderAuthorizeResult>;
  /** The state of an OAuth flow started with authorize. `GET /tool-providers/{providerId}/auth-status/{authId}` */
  getAuthStatus(authId: string): Promise<ToolProviderAuthStatus>;
  /** Whether each (connectionId, toolkit) pair is connected. `POST /tool-providers/{providerId}/connection-status` */
  getConnectionStatus(params: ToolProviderConnectionStatusParams): Promise<ToolProviderConnectionStatusResponse>;
  /** The provider's connections for a toolkit, a page at a time. `GET /tool-providers/{providerId}/connections` */
  listConnections(params: ToolProviderListConnectionsParams): Promise<ListToolProviderConnectionsResponse>;
  /** The fields to collect before connecting a toolkit. `GET /tool-providers/{providerId}/connection-fields` */
  listConnectionFields(params: ListToolProviderConnectionFieldsParams): Promise<ListToolProviderConnectionFieldsResponse>;
  /** Revokes and deletes a connection (`force` even when agents still use it). `DELETE /tool-providers/{providerId}/connections/{connectionId}` */
  disconnectConnection(connectionId: string, params?: DisconnectToolProviderConnectionParams): Promise<DisconnectToolProviderConnectionResponse>;
  /** Updates a connection's display label. `PATCH /tool-providers/{providerId}/connections/{connectionId}` */
  updateConnection(connectionId: string, params: UpdateToolProviderConnectionParams): Promise<UpdateToolProviderConnectionResponse>;
  /** The agents that use a connection. `GET /tool-providers/{providerId}/connections/{connectionId}/usage` */
  getConnectionUsage(connectionId: string, params?: GetToolProviderConnectionUsageParams): Promise<GetToolProviderConnectionUsageResponse>;
  /** The provider's health: configuration and reachability. `GET /tool-providers/{providerId}/health` */
  getHealth(): Promise<ToolProviderHealthResponse>;
}
/** A processor provider of the server. */
export declare class ProcessorProvider {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly providerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The provider and the processors it offers. `GET /processor-providers/{providerId}` */
  details(): Promise<ProcessorProviderDetails>;
}
/** An agent-builder action of the server, run as a workflow. */
export declare class AgentBuilder {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly actionId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The action result a workflow result stands for: success, applied changes, message, errors. */
  transformWorkflowResult(result: AgentBuilderWorkflowResult): AgentBuilderActionResult;
  /** The action's details: steps and schemas. `GET /agent-builder/{actionId}` */
  details(): Promise<AgentBuilderActionDetails>;
  /** Lists the action's runs: dates, paging and resource filters. `GET /agent-builder/{actionId}/runs` */
  runs(params?: ListWorkflowRunsParams): Promise<WorkflowRunsPage>;
  /** One run of the action, or only the listed `fields`. `GET /agent-builder/{actionId}/runs/{runId}` */
  runById(runId: string, options?: { fields?: string[]; withNestedWorkflows?: boolean }): Promise<AgentBuilderRunState>;
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
/** An agent controller hosted by the server. */
export declare class AgentController {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly controllerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The modes the controller offers (e.g. build, plan). `GET /agent-controller/{controllerId}/modes` */
  listModes(): Promise<AgentControllerModeInfo[]>;
  /** The models the controller can use, with their auth status and use counts. `GET /agent-controller/{controllerId}/models` */
  listModels(): Promise<AgentControllerAvailableModel[]>;
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
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly controllerId: string;
  readonly resourceId: string;
  readonly scope?: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Creates or resumes the session, optionally on threads with these tags or on one exact thread. `POST /agent-controller/{controllerId}/sessions` */
  create(options?: { tags?: Record<string, string>; threadId?: string }): Promise<CreateAgentControllerSessionResponse>;
  /** Subscribes to the session's events; resolves once the stream is open, reconnects when asked to. */
  subscribe(options: SubscribeAgentControllerSessionOptions): Promise<AgentControllerSubscription>;
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
  createThread(title?: string): Promise<CreateAgentControllerThreadResponse>;
  /** Deletes a thread (the session unbinds from it if it was active). `DELETE /agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}` */
  deleteThread(threadId: string): Promise<void>;
  /** Renames a thread. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/threads/{threadId}` */
  renameThread(threadId: string, title: string): Promise<void>;
  /** Clones a thread and its messages; the session binds to the clone. `POST /agent-controller/{controllerId}/sessions/{resourceId}/threads/clone` */
  cloneThread(options?: { sourceThreadId?: string; title?: string }): Promise<CreateAgentControllerThreadResponse>;
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
  getGoal(): Promise<AgentControllerGoalRecord | undefined>;
  /** Sets a new goal objective, judged after each turn. `POST /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  setGoal(objective: string, options?: { judgeModelId?: string; maxRuns?: number }): Promise<AgentControllerGoalRecord | undefined>;
  /** Updates the goal's judge model, run limit or status. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  updateGoal(options: { judgeModelId?: string; maxRuns?: number; status?: 'active' | 'paused' | 'done' }): Promise<AgentControllerGoalRecord | undefined>;
  /** Clears the goal. `DELETE /agent-controller/{controllerId}/sessions/{resourceId}/goal` */
  clearGoal(): Promise<void>;
  /** The approval rules, per tool category and per tool. `GET /agent-controller/{controllerId}/sessions/{resourceId}/permissions` */
  getPermissions(): Promise<PermissionRules>;
  /** Sets the approval policy of a tool category. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/permissions/category` */
  setPermissionForCategory(category: string, policy: PermissionPolicy): Promise<void>;
  /** Sets the approval policy of one tool. `PUT /agent-controller/{controllerId}/sessions/{resourceId}/permissions/tool` */
  setPermissionForTool(toolName: string, policy: PermissionPolicy): Promise<void>;
  /** Sends a notification signal to the session (its delivery policy decides what happens). `POST /agent-controller/{controllerId}/sessions/{resourceId}/notifications` */
  sendNotification(input: SendNotificationInput): Promise<SendNotificationResult>;
}
/** A memory thread. */
export declare class MemoryThread {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly threadId: string;
  readonly agentId?: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The thread. `GET /memory/threads/{threadId}` */
  get(requestContext?: RequestContextInput): Promise<MemoryThreadRecord>;
  /** Updates the thread's title, metadata or resource. `PATCH /memory/threads/{threadId}` */
  update(params: UpdateMemoryThreadParams): Promise<MemoryThreadRecord>;
  /** Deletes the thread. `DELETE /memory/threads/{threadId}` */
  delete(opts?: { agentId?: string; requestContext?: RequestContextInput }): Promise<{ result: string }>;
  /** Lists the thread's messages. `GET /memory/threads/{threadId}/messages` */
  listMessages(params?: ListMemoryMessagesParams): Promise<MemoryMessagesPage>;
  /** Deletes messages of the thread, given by id or as message objects. `POST /memory/messages/delete` */
  deleteMessages(messageIds: MessageIdsInput, opts?: { agentId?: string; requestContext?: RequestContextInput } | RequestContextInput): Promise<{ success: boolean; message: string }>;
  /** Copies the thread and its messages (all, or a filtered part) to a new thread. `POST /memory/threads/{threadId}/clone` */
  clone(params?: CloneMemoryThreadParams): Promise<CloneMemoryThreadResponse>;
  /** Moves the thread and its messages to another resource. `POST /memory/threads/{threadId}/transfer` */
  transfer(params: TransferMemoryThreadParams): Promise<MemoryThreadRecord>;
}
/** A vector store of the server. */
export declare class Vector {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly vectorName: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Dimension, metric and size of an index. `GET /vector/{vectorName}/indexes/{indexName}` */
  details(indexName: string, requestContext?: RequestContextInput): Promise<VectorIndexDetails>;
  /** Deletes an index. `DELETE /vector/{vectorName}/indexes/{indexName}` */
  delete(indexName: string): Promise<{ success: boolean }>;
  /** Names of the store's indexes. `GET /vector/{vectorName}/indexes` */
  getIndexes(requestContext?: RequestContextInput): Promise<string[]>;
  /** Creates an index. `POST /vector/{vectorName}/create-index` */
  createIndex(params: CreateIndexParams): Promise<{ success: boolean }>;
  /** Inserts or updates vectors; resolves with their ids. `POST /vector/{vectorName}/upsert` */
  upsert(params: UpsertVectorParams): Promise<{ ids: string[] }>;
  /** Finds the vectors nearest to a query vector. `POST /vector/{vectorName}/query` */
  query(params: QueryVectorParams): Promise<QueryVectorResult[]>;
}
/** Traces, spans, scores, feedback, logs and metrics of the server's observability store. */
export declare class Observability {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** A trace with all its spans. `GET /observability/traces/{traceId}` */
  getTrace(traceId: string): Promise<TraceRecord>;
  /** A trace with its spans' timeline fields only (no input, output, attributes or metadata). `GET /observability/traces/{traceId}/light` */
  getTraceLight(traceId: string): Promise<TraceLightRecord>;
  /** One span of a trace, with full details. `GET /observability/traces/{traceId}/spans/{spanId}` */
  getSpan(traceId: string, spanId: string): Promise<SpanResponse>;
  /** The ordered steps (model calls, tool calls, ...) extracted from a trace's spans. `GET /observability/traces/{traceId}/trajectory` */
  getTraceTrajectory(traceId: string): Promise<Trajectory>;
  /** Lists root spans, one page at a time, with the legacy pagination and filters (prefer `listTraces`). `GET /observability/traces` */
  getTraces(params: LegacyTracesParams): Promise<LegacyTracesPage>;
  /** Lists traces, filtered, ordered and one page at a time. `GET /observability/traces` */
  listTraces(params?: ListTracesArgs): Promise<TracesPage>;
  /** Runs an advanced trace query (keyset, paginated or delta mode). `POST /observability/traces/query` */
  queryTraces<P extends QueryTracesInput>(params: P): Promise<TraceQueryResultOf<P>>;
  /** The canonical and observed fields the trace-query grammar accepts (never retried). */
  getTraceQueryFields(params: GetTraceQueryFieldsArgs, options?: { signal?: AbortSignal }): Promise<GetTraceQueryFieldsResponse>;
  /** Suggested values of one trace-query field (never retried). */
  getTraceQueryValues(params: GetTraceQueryValuesArgs, options?: { signal?: AbortSignal }): Promise<GetTraceQueryValuesResponse>;
  /** Thread identities matching trace predicates. `POST /observability/threads/query` */
  queryTraceThreads(params: QueryTraceThreadsInput): Promise<QueryTraceThreadsResult>;
  /** Lists traces with the fields a list shows (an input preview instead of input, output and attributes). `GET /observability/traces/light` */
  listTracesLight(params?: ListTracesArgs): Promise<TracesLightPage>;
  /** Lists branch-anchor spans (agent, workflow and tool runs), wherever they sit in their trace. `GET /observability/branches` */
  listBranches(params?: ListBranchesArgs): Promise<BranchesPage>;
  /** The subtree of spans under one span (`depth` levels below it, or all). `GET /observability/traces/{params.traceId}/branches/{params.spanId}` */
  getBranch(params: BranchArgs): Promise<BranchResponse>;
  /** Lists the scores of one span, one page at a time. `GET /observability/traces/{params.traceId}/{params.spanId}/scores` */
  listScoresBySpan(params: SpanScoresParams): Promise<SpanScoresPage>;
  /** Scores traces (or spans) with a registered scorer; the scoring runs in the background. `POST /observability/traces/score` */
  score(params: ScoreTracesRequest): Promise<ScoreTracesResponse>;
  /** Deletes traces with their spans and the scores, feedback, metrics and logs that refer to them. `POST /observability/traces/delete` */
  deleteTraces(params: DeleteTracesRequest): Promise<{ success: true }>;
  /** Lists log records of the observability store, filtered, ordered and one page at a time. `GET /observability/logs` */
  listLogs(params?: ListObservabilityLogsArgs): Promise<ObservabilityLogsPage>;
  /** Lists score records, filtered, ordered and one page at a time. `GET /observability/scores` */
  listScores(params?: ListObservabilityScoresArgs): Promise<ObservabilityScoresPage>;
  /** Records one score (the server sets its timestamp). `POST /observability/scores` */
  createScore(params: CreateScoreBody): Promise<{ success: boolean }>;
  /** Deletes score records by id (missing ids are no error). `DELETE /observability/scores` */
  deleteScores(params: DeleteScoresArgs): Promise<{ success: boolean }>;
  /** An aggregated score value, optionally compared with the previous period. `POST /observability/scores/aggregate` */
  getScoreAggregate(params: SignalAggregateArgs & ScoreTarget): Promise<AggregateResult>;
  /** Score values grouped by dimensions. `POST /observability/scores/breakdown` */
  getScoreBreakdown(params: SignalBreakdownArgs & ScoreTarget): Promise<BreakdownResult>;
  /** Score values bucketed by time interval. `POST /observability/scores/timeseries` */
  getScoreTimeSeries(params: SignalTimeSeriesArgs & ScoreTarget): Promise<TimeSeriesResult>;
  /** Score percentiles bucketed by time interval. `POST /observability/scores/percentiles` */
  getScorePercentiles(params: SignalPercentilesArgs & ScoreTarget): Promise<PercentilesResult>;
  /** Lists feedback records, filtered, ordered and one page at a time. `GET /observability/feedback` */
  listFeedback(params?: ListFeedbackArgs): Promise<ListFeedbackResponse>;
  /** Records one feedback (the server sets its timestamp). `POST /observability/feedback` */
  createFeedback(params: CreateFeedbackBody): Promise<{ success: boolean }>;
  /** Sets the review status of a feedback record. `PATCH /observability/feedback/{params.feedbackId}/review-status` */
  updateFeedbackReviewStatus(params: UpdateFeedbackReviewStatusArgs): Promise<FeedbackRecord>;
  /** Deletes feedback records by id (missing ids are no error). `DELETE /observability/feedback` */
  deleteFeedback(params: DeleteFeedbackArgs): Promise<{ success: boolean }>;
  /** An aggregated feedback value, optionally compared with the previous period. `POST /observability/feedback/aggregate` */
  getFeedbackAggregate(params: SignalAggregateArgs & FeedbackTarget): Promise<AggregateResult>;
  /** Feedback values grouped by dimensions. `POST /observability/feedback/breakdown` */
  getFeedbackBreakdown(params: SignalBreakdownArgs & FeedbackTarget): Promise<BreakdownResult>;
  /** Feedback values bucketed by time interval. `POST /observability/feedback/timeseries` */
  getFeedbackTimeSeries(params: SignalTimeSeriesArgs & FeedbackTarget): Promise<TimeSeriesResult>;
  /** Feedback percentiles bucketed by time interval. `POST /observability/feedback/percentiles` */
  getFeedbackPercentiles(params: SignalPercentilesArgs & FeedbackTarget): Promise<PercentilesResult>;
  /** An aggregated metric value, optionally compared with the previous period. `POST /observability/metrics/aggregate` */
  getMetricAggregate(params: MetricAggregateArgs): Promise<MetricAggregateResult>;
  /** Metric values grouped by dimensions. `POST /observability/metrics/breakdown` */
  getMetricBreakdown(params: MetricBreakdownArgs): Promise<MetricBreakdownResult>;
  /** Metric values bucketed by time interval. `POST /observability/metrics/timeseries` */
  getMetricTimeSeries(params: MetricTimeSeriesArgs): Promise<GetMetricTimeSeriesResponse>;
  /** Metric percentiles bucketed by time interval. `POST /observability/metrics/percentiles` */
  getMetricPercentiles(params: MetricPercentilesArgs): Promise<PercentilesResult>;
  /** Distinct metric names (optionally by prefix). `GET /observability/discovery/metric-names` */
  getMetricNames(params?: { prefix?: string; limit?: number }): Promise<{ names: string[] }>;
  /** Distinct label keys of a metric. `GET /observability/discovery/metric-label-keys` */
  getMetricLabelKeys(params: { metricName: string }): Promise<{ keys: string[] }>;
  /** Distinct values of a metric label. `GET /observability/discovery/metric-label-values` */
  getMetricLabelValues(params: { metricName: string; labelKey: string; prefix?: string; limit?: number }): Promise<{ values: string[] }>;
  /** Distinct entity types seen in observability data. `GET /observability/discovery/entity-types` */
  getEntityTypes(): Promise<{ entityTypes: ObservabilityEntityType[] }>;
  /** Distinct entity names (optionally of one type). `GET /observability/discovery/entity-names` */
  getEntityNames(params?: { entityType?: ObservabilityEntityType | (string & {}) }): Promise<{ names: string[] }>;
  /** Distinct service names seen in observability data. `GET /observability/discovery/service-names` */
  getServiceNames(): Promise<{ serviceNames: string[] }>;
  /** Distinct environments seen in observability data. `GET /observability/discovery/environments` */
  getEnvironments(): Promise<{ environments: string[] }>;
  /** Distinct tags (optionally of one entity type). `GET /observability/discovery/tags` */
  getTags(params?: { entityType?: ObservabilityEntityType | (string & {}) }): Promise<{ tags: string[] }>;
}
/** An agent kept in the server's storage. */
export declare class StoredAgent {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly storedAgentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The stored agent (`options.status` picks its draft, published or archived version). `GET /stored/agents/{storedAgentId}` */
  details(requestContext?: RequestContextInput, options?: { status?: StoredStatus }): Promise<StoredAgentResponse>;
  /** Updates the stored agent with the given fields. `PATCH /stored/agents/{storedAgentId}` */
  update(params: UpdateStoredAgentParams, requestContext?: RequestContextInput): Promise<StoredAgentResponse>;
  /** Deletes the stored agent. `DELETE /stored/agents/{storedAgentId}` */
  delete(requestContext?: RequestContextInput): Promise<DeleteStoredResult>;
  /** The agent's configuration as deterministic JSON (storage is left unchanged). `POST /stored/agents/{storedAgentId}/export` */
  export(params: ExportStoredAgentParams): Promise<ExportStoredAgentResponse>;
  /** Opens a change request with the agent's JSON at a source provider (storage is left unchanged). `POST /stored/agents/{storedAgentId}/change-request` */
  openChangeRequest(params: OpenStoredAgentChangeRequestParams): Promise<OpenStoredAgentChangeRequestResponse>;
  /** The stored agents that use this one as a sub-agent. `GET /stored/agents/{storedAgentId}/dependents` */
  dependents(requestContext?: RequestContextInput): Promise<StoredAgentDependentsResponse>;
  /** Marks the agent as a favorite of the calling user (idempotent). `PUT /stored/agents/{storedAgentId}/favorite` */
  favorite(requestContext?: RequestContextInput): Promise<FavoriteToggleResponse>;
  /** Removes the agent from the calling user's favorites (idempotent). `DELETE /stored/agents/{storedAgentId}/favorite` */
  unfavorite(requestContext?: RequestContextInput): Promise<FavoriteToggleResponse>;
  /** Lists the versions of the agent, one page at a time. `GET /stored/agents/{storedAgentId}/versions` */
  listVersions(params?: ListAgentVersionsParams, requestContext?: RequestContextInput): Promise<ListAgentVersionsResponse>;
  /** Saves the agent's current configuration as a new version. `POST /stored/agents/{storedAgentId}/versions` */
  createVersion(params?: CreateAgentVersionParams, requestContext?: RequestContextInput): Promise<AgentVersionResponse>;
  /** One version of the agent. `GET /stored/agents/{storedAgentId}/versions/{versionId}` */
  getVersion(versionId: string, requestContext?: RequestContextInput): Promise<AgentVersionResponse>;
  /** Makes a version the agent's active one. `POST /stored/agents/{storedAgentId}/versions/{versionId}/activate` */
  activateVersion(versionId: string, requestContext?: RequestContextInput): Promise<ActivateAgentVersionResponse>;
  /** Restores a version as a new version of the agent. `POST /stored/agents/{storedAgentId}/versions/{versionId}/restore` */
  restoreVersion(versionId: string, requestContext?: RequestContextInput): Promise<AgentVersionResponse>;
  /** Deletes a version of the agent. `DELETE /stored/agents/{storedAgentId}/versions/{versionId}` */
  deleteVersion(versionId: string, requestContext?: RequestContextInput): Promise<DeleteAgentVersionResponse>;
  /** The differences between two versions of the agent. `GET /stored/agents/{storedAgentId}/versions/compare` */
  compareVersions(fromId: string, toId: string, requestContext?: RequestContextInput): Promise<CompareVersionsResponse>;
}
/** A prompt block kept in the server's storage. */
export declare class StoredPromptBlock {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly storedPromptBlockId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The stored prompt block (`options.status` picks its draft, published or archived version). `GET /stored/prompt-blocks/{storedPromptBlockId}` */
  details(requestContext?: RequestContextInput, options?: { status?: StoredStatus }): Promise<StoredPromptBlockResponse>;
  /** Updates the stored prompt block with the given fields. `PATCH /stored/prompt-blocks/{storedPromptBlockId}` */
  update(params: UpdateStoredPromptBlockParams, requestContext?: RequestContextInput): Promise<StoredPromptBlockResponse>;
  /** Deletes the stored prompt block. `DELETE /stored/prompt-blocks/{storedPromptBlockId}` */
  delete(requestContext?: RequestContextInput): Promise<DeleteStoredResult>;
  /** Lists the versions of the prompt block, one page at a time. `GET /stored/prompt-blocks/{storedPromptBlockId}/versions` */
  listVersions(params?: ListPromptBlockVersionsParams, requestContext?: RequestContextInput): Promise<ListPromptBlockVersionsResponse>;
  /** Saves the prompt block's current configuration as a new version. `POST /stored/prompt-blocks/{storedPromptBlockId}/versions` */
  createVersion(params?: CreatePromptBlockVersionParams, requestContext?: RequestContextInput): Promise<PromptBlockVersionResponse>;
  /** One version of the prompt block. `GET /stored/prompt-blocks/{storedPromptBlockId}/versions/{versionId}` */
  getVersion(versionId: string, requestContext?: RequestContextInput): Promise<PromptBlockVersionResponse>;
  /** Makes a version the prompt block's active one. `POST /stored/prompt-blocks/{storedPromptBlockId}/versions/{versionId}/activate` */
  activateVersion(versionId: string, requestContext?: RequestContextInput): Promise<ActivatePromptBlockVersionResponse>;
  /** Restores a version as a new version of the prompt block. `POST /stored/prompt-blocks/{storedPromptBlockId}/versions/{versionId}/restore` */
  restoreVersion(versionId: string, requestContext?: RequestContextInput): Promise<PromptBlockVersionResponse>;
  /** Deletes a version of the prompt block. `DELETE /stored/prompt-blocks/{storedPromptBlockId}/versions/{versionId}` */
  deleteVersion(versionId: string, requestContext?: RequestContextInput): Promise<DeletePromptBlockVersionResponse>;
  /** The differences between two versions of the prompt block. `GET /stored/prompt-blocks/{storedPromptBlockId}/versions/compare` */
  compareVersions(fromId: string, toId: string, requestContext?: RequestContextInput): Promise<CompareVersionsResult<PromptBlockVersionResponse> & CompareVersionsResponse>;
}
/** A scorer definition kept in the server's storage. */
export declare class StoredScorer {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly storedScorerId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The stored scorer definition (`options.status` picks its draft, published or archived version). `GET /stored/scorers/{storedScorerId}` */
  details(requestContext?: RequestContextInput, options?: { status?: StoredStatus }): Promise<StoredScorerResponse>;
  /** Updates the stored scorer definition with the given fields. `PATCH /stored/scorers/{storedScorerId}` */
  update(params: UpdateStoredScorerParams, requestContext?: RequestContextInput): Promise<StoredScorerResponse>;
  /** Deletes the stored scorer definition. `DELETE /stored/scorers/{storedScorerId}` */
  delete(requestContext?: RequestContextInput): Promise<DeleteStoredResult>;
  /** Lists the versions of the scorer definition, one page at a time. `GET /stored/scorers/{storedScorerId}/versions` */
  listVersions(params?: ListScorerVersionsParams, requestContext?: RequestContextInput): Promise<ListScorerVersionsResponse>;
  /** Saves the scorer definition's current configuration as a new version. `POST /stored/scorers/{storedScorerId}/versions` */
  createVersion(params?: CreateScorerVersionParams, requestContext?: RequestContextInput): Promise<ScorerVersionResponse>;
  /** One version of the scorer definition. `GET /stored/scorers/{storedScorerId}/versions/{versionId}` */
  getVersion(versionId: string, requestContext?: RequestContextInput): Promise<ScorerVersionResponse>;
  /** Makes a version the scorer definition's active one. `POST /stored/scorers/{storedScorerId}/versions/{versionId}/activate` */
  activateVersion(versionId: string, requestContext?: RequestContextInput): Promise<ActivateScorerVersionResponse>;
  /** Restores a version as a new version of the scorer definition. `POST /stored/scorers/{storedScorerId}/versions/{versionId}/restore` */
  restoreVersion(versionId: string, requestContext?: RequestContextInput): Promise<ScorerVersionResponse>;
  /** Deletes a version of the scorer definition. `DELETE /stored/scorers/{storedScorerId}/versions/{versionId}` */
  deleteVersion(versionId: string, requestContext?: RequestContextInput): Promise<DeleteScorerVersionResponse>;
  /** The differences between two versions of the scorer definition. `GET /stored/scorers/{storedScorerId}/versions/compare` */
  compareVersions(fromId: string, toId: string, requestContext?: RequestContextInput): Promise<CompareScorerVersionsResponse>;
}
/** An MCP client configuration kept in the server's storage. */
export declare class StoredMCPClient {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly storedMCPClientId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The stored MCP client configuration. `GET /stored/mcp-clients/{storedMCPClientId}` */
  details(requestContext?: RequestContextInput): Promise<StoredMCPClientResponse>;
  /** Updates the stored MCP client configuration with the given fields. `PATCH /stored/mcp-clients/{storedMCPClientId}` */
  update(params: UpdateStoredMCPClientParams, requestContext?: RequestContextInput): Promise<StoredMCPClientResponse>;
  /** Deletes the stored MCP client configuration. `DELETE /stored/mcp-clients/{storedMCPClientId}` */
  delete(requestContext?: RequestContextInput): Promise<DeleteStoredResult>;
}
/** A skill kept in the server's storage. */
export declare class StoredSkill {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly storedSkillId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The stored skill. `GET /stored/skills/{storedSkillId}` */
  details(requestContext?: RequestContextInput): Promise<StoredSkillResponse>;
  /** Updates the stored skill with the given fields. `PATCH /stored/skills/{storedSkillId}` */
  update(params: UpdateStoredSkillParams, requestContext?: RequestContextInput): Promise<StoredSkillResponse>;
  /** Deletes the stored skill. `DELETE /stored/skills/{storedSkillId}` */
  delete(requestContext?: RequestContextInput): Promise<DeleteStoredResult>;
  /** Marks the skill as a favorite of the calling user (idempotent). `PUT /stored/skills/{storedSkillId}/favorite` */
  favorite(requestContext?: RequestContextInput): Promise<FavoriteToggleResponse>;
  /** Removes the skill from the calling user's favorites (idempotent). `DELETE /stored/skills/{storedSkillId}/favorite` */
  unfavorite(requestContext?: RequestContextInput): Promise<FavoriteToggleResponse>;
}
/** A workspace of the server: its files, search index and skills. */
export declare class Workspace {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly workspaceId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The workspace's name, status and capabilities. `GET /workspaces/{workspaceId}` */
  info(): Promise<WorkspaceInfoResponse>;
  /** Reads a file (as UTF-8 text unless `encoding` says otherwise). `GET /workspaces/{workspaceId}/fs/read` */
  readFile(path: string, encoding?: string): Promise<WorkspaceFsReadResponse>;
  /** Writes a file (`recursive` makes its missing folders). `POST /workspaces/{workspaceId}/fs/write` */
  writeFile(path: string, content: string, options?: WorkspaceWriteOptions): Promise<WorkspaceFsWriteResponse>;
  /** Lists the files and folders of a folder. `GET /workspaces/{workspaceId}/fs/list` */
  listFiles(path: string, recursive?: boolean): Promise<WorkspaceFsListResponse>;
  /** Deletes a file or folder. `DELETE /workspaces/{workspaceId}/fs/delete` */
  delete(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<WorkspaceFsDeleteResponse>;
  /** Makes a folder (`recursive` makes its missing parents). `POST /workspaces/{workspaceId}/fs/mkdir` */
  mkdir(path: string, recursive?: boolean): Promise<WorkspaceFsMkdirResponse>;
  /** The type, size and times of a file or folder. `GET /workspaces/{workspaceId}/fs/stat` */
  stat(path: string): Promise<WorkspaceFsStatResponse>;
  /** Searches the workspace's indexed content. `GET /workspaces/{workspaceId}/search` */
  search(params: WorkspaceSearchParams): Promise<WorkspaceSearchResponse>;
  /** Adds content to the workspace's search index. `POST /workspaces/{workspaceId}/index` */
  index(params: WorkspaceIndexParams): Promise<WorkspaceIndexResponse>;
  /** Lists the skills found in the workspace. `GET /workspaces/{workspaceId}/skills` */
  listSkills(): Promise<ListSkillsResponse>;
  /** Searches the content of the workspace's skills. `GET /workspaces/{workspaceId}/skills/search` */
  searchSkills(params: SearchSkillsParams): Promise<SearchSkillsResponse>;
  /** A skill of the workspace by name, `skillPath` telling apart skills of the same name (no request is made). */
  getSkill(skillName: string, skillPath?: string): WorkspaceSkillResource;
}
/** A skill of a workspace (`basePath` and `pathQuery` are the skill's path and query, as sent). */
export declare class WorkspaceSkillResource {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly workspaceId: string;
  readonly skillName: string;
  readonly skillPath?: string;
  readonly basePath: string;
  readonly pathQuery: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The skill with its instructions. `GET /workspaces/{workspaceId}/skills/{skillName}` */
  details(): Promise<Skill>;
  /** Lists the paths of the skill's reference files. `GET /workspaces/{workspaceId}/skills/{skillName}/references` */
  listReferences(): Promise<ListSkillReferencesResponse>;
  /** The content of one of the skill's reference files. `GET /workspaces/{workspaceId}/skills/{skillName}/references/{referencePath}` */
  getReference(referencePath: string): Promise<GetSkillReferenceResponse>;
}
/** An agent reached over the A2A protocol (v0.3 wire format). */
export declare class A2A {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly agentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The agent card; with `verifySignature`, its JWS signatures are checked first. `GET /.well-known/{agentId}/agent-card.json` */
  getAgentCard(options?: GetAgentCardOptions): Promise<A2AAgentCard>;
  /** Deprecated name of getAgentCard. */
  getCard(options?: GetAgentCardOptions): Promise<A2AAgentCard>;
  /** The authenticated extended agent card (`agent/getAuthenticatedExtendedCard`). */
  getExtendedAgentCard(): Promise<A2AAgentCard>;
  /** Sends a message (`message/send`) and resolves with the JSON-RPC response envelope. */
  sendMessage(params: A2AMessageSendParams): Promise<A2ASendMessageResponse>;
  /** Sends a message (`message/stream`) and yields the task's events as they arrive. */
  sendMessageStream(params: A2AMessageSendParams): AsyncGenerator<A2AStreamEvent, void, undefined>;
  /** Deprecated: sends `message/stream` and resolves with the raw streaming Response. */
  sendStreamingMessage(params: A2AMessageSendParams): Promise<Response>;
  /** A task's status and result (`tasks/get`), as the JSON-RPC response envelope. */
  getTask(params: A2ATaskQueryParams): Promise<A2ATaskResponse>;
  /** Cancels a task (`tasks/cancel`); resolves with the JSON-RPC response envelope (typed, as client-js types it, as the task too). */
  cancelTask(params: A2ATaskQueryParams): Promise<A2ATaskResponse & A2ATask>;
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
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  readonly agentId: string;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Creates a task's push notification config (`CreateTaskPushNotificationConfig`). */
  createTaskPushNotificationConfig(params: A2AV1TaskPushNotificationConfig): Promise<A2AV1TaskPushNotificationConfigResult>;
  /** A task's push notification config (`GetTaskPushNotificationConfig`). */
  getTaskPushNotificationConfig(params: A2AV1TaskConfigRequest): Promise<A2AV1TaskPushNotificationConfigResult>;
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
/** The server's conversations (`client.conversations`). */
export declare class Conversations {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** The items of conversations (`client.conversations.items`). */
  readonly items: ConversationItems;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
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
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The items of a conversation, in order. `GET /v1/conversations/{conversationId}/items` */
  list(conversationId: string, requestContext?: RequestContextInput): Promise<ConversationItemsPage>;
}
/** The server's Responses API (`client.responses`). */
export declare class Responses {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** Creates a response and streams its events (when `stream` is set). */
  create(params: CreateResponseParams & { stream: true }): Promise<ResponsesStream>;
  /** Creates a response, with `output_text` (with `stream: true`: a ResponsesStream of its events). `POST /v1/responses` */
  create(params: CreateResponseParams & { stream?: false | undefined }): Promise<ResponsesResponse>;
  /** Creates a response and resolves with a ResponsesStream of its events. */
  stream(params: Omit<CreateResponseParams, 'stream'>): Promise<ResponsesStream>;
  /** A stored response by id, with `output_text`. `GET /v1/responses/{responseId}` */
  retrieve(responseId: string, requestContext?: RequestContextInput): Promise<ResponsesResponse>;
  /** Deletes a stored response. `DELETE /v1/responses/{responseId}` */
  delete(responseId: string, requestContext?: RequestContextInput): Promise<ResponsesDeleteResponse>;
}
/** The server's channel platforms (`client.channels`). */
export declare class Channels {
  private constructor();
  /** The options the client was made with (the same object; changing it afterwards changes nothing). */
  readonly options: ClientOptions;
  /** Sends a request to `path` (after the API prefix) as client-js's `request` does: JSON body, retries, and the `Response` itself with `stream: true`. */
  request<T = any>(path: string, options?: RequestOptions): Promise<T>;
  /** The registered channel platforms and whether each is configured. `GET /channels/platforms` */
  listPlatforms(): Promise<ChannelPlatformInfo[]>;
  /** A platform's installations; with `agentId`, only that agent's. `GET /channels/{platform}/installations` */
  listInstallations(platform: string, agentId?: string): Promise<ChannelInstallationInfo[]>;
  /** Connects an agent to a platform; the result's `type` says which authorization flow follows. `POST /channels/{platform}/connect` */
  connect(platform: string, agentId: string, options?: Record<string, unknown>): Promise<ChannelConnectResult>;
  /** Disconnects an agent from a platform. `POST /channels/{platform}/{agentId}/disconnect` */
  disconnect(platform: string, agentId: string): Promise<{ success: boolean }>;
}
