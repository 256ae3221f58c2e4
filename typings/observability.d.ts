// Types of the observability group, re-exported by index.d.ts: the shapes of the server's
// /observability routes (client-js 1.47.0 types them from the same routes).
import type { ClientScoreRowData } from './scores'

type Rec = Record<string, unknown>

/** Kinds of span the observability store records. */
export type ObservabilitySpanType =
  | 'agent_run' | 'scorer_run' | 'scorer_step' | 'generic' | 'model_generation' | 'model_step' | 'model_inference'
  | 'model_chunk' | 'mcp_tool_call' | 'mcp_server_request' | 'processor_run' | 'tool_call' | 'client_tool_call'
  | 'provider_tool_call' | 'workflow_run' | 'workflow_step' | 'workflow_conditional' | 'workflow_conditional_eval'
  | 'workflow_parallel' | 'workflow_loop' | 'workflow_sleep' | 'workflow_wait_event' | 'memory_operation'
  | 'workspace_action' | 'rag_ingestion' | 'rag_embedding' | 'rag_vector_operation' | 'rag_action' | 'graph_action'
  | 'mapping' | 'skill_resolution' | 'skill_action' | 'agent_signal'
/** Kinds of entity a span, log, score or feedback is about. */
export type ObservabilityEntityType =
  | 'agent' | 'scorer' | 'rag_ingestion' | 'trajectory' | 'input_processor' | 'input_step_processor' | 'output_processor'
  | 'output_step_processor' | 'tool_result_processor' | 'workflow_step' | 'tool' | 'mcp_server' | 'workflow_run' | 'memory'
/** Status of a span or trace. */
export type TraceSpanStatus = 'success' | 'error' | 'running'

/** Paging of an observability list reply (`perPage: false` when everything is on one page). */
export interface ObservabilityPagination {
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/** The delta-mode paging of a list reply (`mode: 'delta'`). */
export interface ObservabilityDelta {
  limit: number
  hasMore: boolean
}
/** A date range: bounds as `Date` (sent as ISO text) or ISO text. */
export interface ObservabilityDateRange {
  start?: Date | string
  end?: Date | string
  startExclusive?: boolean
  endExclusive?: boolean
}

/** Who and what a record is about: its entity, its parent and root entities, and its context. */
export interface ObservabilityContext {
  entityType?: ObservabilityEntityType | null
  entityId?: string | null
  entityName?: string | null
  parentEntityType?: ObservabilityEntityType | null
  parentEntityId?: string | null
  parentEntityName?: string | null
  rootEntityType?: ObservabilityEntityType | null
  rootEntityId?: string | null
  rootEntityName?: string | null
  userId?: string | null
  organizationId?: string | null
  resourceId?: string | null
  runId?: string | null
  sessionId?: string | null
  threadId?: string | null
  requestId?: string | null
  environment?: string | null
  serviceName?: string | null
  scope?: Rec | null
  entityVersionId?: string | null
  parentEntityVersionId?: string | null
  rootEntityVersionId?: string | null
  experimentId?: string | null
}

/** One span as the store keeps it (the full record). */
export interface SpanRecord extends ObservabilityContext {
  traceId: string
  spanId: string
  name: string
  spanType: ObservabilitySpanType
  isEvent: boolean
  startedAt: string
  parentSpanId?: string | null
  source?: string | null
  metadata?: Rec | null
  tags?: string[] | null
  attributes?: Rec | null
  links?: unknown[] | null
  input?: unknown
  output?: unknown
  error?: unknown
  endedAt?: string | null
  requestContext?: Rec | null
  createdAt: string
  updatedAt: string | null
}
/** A span of a trace or list, with its status. */
export interface SpanWithStatus extends SpanRecord {
  status: TraceSpanStatus
}
/** A span with the timeline fields only (and a short input preview). */
export interface LightSpanRecord
  extends Pick<
    SpanRecord,
    | 'traceId' | 'spanId' | 'name' | 'spanType' | 'isEvent' | 'startedAt' | 'parentSpanId' | 'endedAt' | 'error'
    | 'entityType' | 'entityId' | 'entityName' | 'metadata' | 'createdAt' | 'updatedAt'
  > {
  status?: TraceSpanStatus | null
  inputPreview?: string | null
}
/** A trace: its id and spans. */
export interface TraceRecord {
  traceId: string
  spans: SpanWithStatus[]
}
/** A trace with its spans' timeline fields only (`getTraceLight`). */
export interface TraceLightRecord {
  traceId: string
  spans: LightSpanRecord[]
}
export interface SpanResponse {
  span: SpanRecord
}

/** One step of a trajectory; `stepType` says which fields it has. */
export type TrajectoryStep = { name: string; durationMs?: number; metadata?: Rec; children?: TrajectoryStep[] } & (
  | { stepType: 'tool_call' | 'provider_tool_call'; toolArgs?: Rec; toolResult?: Rec; success?: boolean }
  | { stepType: 'mcp_tool_call'; toolArgs?: Rec; toolResult?: Rec; mcpServer?: string; success?: boolean }
  | { stepType: 'model_generation'; modelId?: string; promptTokens?: number; completionTokens?: number; finishReason?: string }
  | { stepType: 'agent_run'; agentId?: string }
  | { stepType: 'workflow_step'; stepId?: string; status?: string; output?: Rec }
  | { stepType: 'workflow_run'; workflowId?: string; status?: string }
  | { stepType: 'workflow_conditional'; conditionCount?: number; selectedSteps?: string[] }
  | { stepType: 'workflow_parallel'; branchCount?: number; parallelSteps?: string[] }
  | { stepType: 'workflow_loop'; loopType?: string; totalIterations?: number }
  | { stepType: 'workflow_sleep'; sleepDurationMs?: number; sleepType?: string }
  | { stepType: 'workflow_wait_event'; eventName?: string; eventReceived?: boolean }
  | { stepType: 'processor_run'; processorId?: string }
)
/** The steps extracted from a trace. */
export interface Trajectory {
  steps: TrajectoryStep[]
  totalDurationMs?: number
  rawOutput?: unknown
  rawWorkflowResult?: unknown
}

/** `getTraces` (legacy): pagination with a date range, and a few filters. */
export interface LegacyTracesParams {
  pagination?: { page?: number; perPage?: number; dateRange?: { start?: Date | string; end?: Date | string } }
  filters?: { name?: string; spanType?: ObservabilitySpanType | (string & {}); entityId?: string; entityType?: 'agent' | 'workflow' }
}
export interface LegacyTracesPage {
  spans: SpanWithStatus[]
  pagination: ObservabilityPagination
}

/** A date filter: a range, or ISO text. */
type DateFilter = string | ObservabilityDateRange
/** The context fields, an entity type also as any text (`null` for none): what lists filter on, and what a new score or feedback may carry. */
type ContextWithEntityText = { [K in keyof ObservabilityContext]?: K extends `${string}ntityType` ? ObservabilityEntityType | (string & {}) | null : ObservabilityContext[K] }
/** The context filters lists take (`null` matches records without the field). */
interface ContextFilters extends Omit<ContextWithEntityText, 'scope'> {
  scope?: string | Rec | null
  source?: string | null
  metadata?: string | Rec | null
  tags?: string | string[] | null
  traceId?: string
  spanId?: string
  executionSource?: string
}
/** The filters of a trace or branch list. */
export interface TraceFilters extends ContextFilters {
  name?: string
  spanType?: ObservabilitySpanType | (string & {})
  dateRange?: DateFilter
  startedAt?: DateFilter
  endedAt?: DateFilter
  status?: TraceSpanStatus
  hasChildError?: boolean
}
/** Paging of a list call: page mode (default) or delta mode (`mode: 'delta'`, `after`, `limit`). */
interface ListMode {
  mode?: 'page' | 'delta'
  after?: string
  limit?: number
  pagination?: { page?: number; perPage?: number }
}
/** Filters, pagination and order of a trace list (objects are written at the top level of the query). */
export interface ListTracesArgs extends ListMode {
  filters?: TraceFilters
  orderBy?: { field?: 'startedAt' | 'endedAt'; direction?: 'ASC' | 'DESC' }
}
/** A list reply's paging: `pagination` in page mode, `delta` and `deltaCursor` in delta mode. */
interface ListPaging {
  pagination?: ObservabilityPagination
  delta?: ObservabilityDelta
  deltaCursor?: string
}
export interface TracesPage extends ListPaging {
  spans: SpanWithStatus[]
}
export interface TracesLightPage extends ListPaging {
  spans: LightSpanRecord[]
}

// ---- advanced trace queries
type QueryOperand = { path: string } | { literal: string | number | boolean | null }
/** A predicate of the trace-query grammar (comparisons, `and`/`or`/`not`, and `some`/`none` over related records). */
export type TraceQueryPredicate =
  | { op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; left: QueryOperand; right: QueryOperand }
  | { op: 'in' | 'notIn'; value: QueryOperand; set: (string | number | boolean | null)[] }
  | { op: 'exists' | 'notExists'; path: string }
  | { op: 'and' | 'or'; args: TraceQueryPredicate[] }
  | { op: 'not'; arg: TraceQueryPredicate }
  | { spans: { some: TraceQueryPredicate } | { none: TraceQueryPredicate } }
  | { scores: { some: TraceQueryPredicate } | { none: TraceQueryPredicate } }
  | { feedback: { some: TraceQueryPredicate } | { none: TraceQueryPredicate } }
/** ISO bounds of a trace query. */
export interface TraceQueryTimeRange {
  from: string
  to: string
}
interface QueryTracesBase {
  timeRange: TraceQueryTimeRange
  where?: TraceQueryPredicate
  group?: never
}
/** A trace query paged by cursor (`page.after`). */
export interface QueryTracesKeysetInput extends QueryTracesBase {
  orderBy?: { field: 'startedAt' | 'endedAt'; direction: 'asc' | 'desc' }[]
  page?: { limit?: number; after?: string | null }
  pagination?: never
  mode?: never
  after?: never
  limit?: never
}
/** A trace query paged by page number. */
export interface QueryTracesPaginatedInput extends QueryTracesBase {
  orderBy?: { field: 'startedAt' | 'endedAt'; direction: 'asc' | 'desc' }[]
  pagination: { page?: number; perPage?: number }
  page?: never
  mode?: never
  after?: never
  limit?: never
}
/** A trace query of what changed after a cursor. */
export interface QueryTracesDeltaInput extends QueryTracesBase {
  mode: 'delta'
  after?: string
  limit?: number
  page?: never
  pagination?: never
  orderBy?: never
}
export type QueryTracesInput = QueryTracesKeysetInput | QueryTracesPaginatedInput | QueryTracesDeltaInput
/** @deprecated Use `QueryTracesInput`. */
export type TraceQueryInput = QueryTracesInput
/** One trace a query matched (its root span's fields). */
export interface TraceQueryTrace {
  traceId: string
  rootSpanId: string
  name: string
  entityId: string | null
  parentSpanId: string | null
  createdAt: string
  metadata: Rec | null
  inputPreview: string | null
  threadId: string | null
  resourceId: string | null
  startedAt: string
  endedAt: string
  entityName: string | null
  entityType: string | null
  environment: string | null
  status: 'success' | 'error'
}
export interface TraceQueryKeysetResult {
  traces: TraceQueryTrace[]
  page: { next: string | null }
}
export interface TraceQueryPaginatedResult {
  traces: TraceQueryTrace[]
  pagination: ObservabilityPagination
  deltaCursor?: string
}
export interface TraceQueryDeltaResult {
  traces: TraceQueryTrace[]
  delta: ObservabilityDelta
  deltaCursor: string
}
/** The result of a trace query, by its mode. */
export type TraceQueryResult = TraceQueryKeysetResult | TraceQueryPaginatedResult | TraceQueryDeltaResult
/**
 * The result of a trace query of input `P`: delta, paginated or keyset. (An `any` input, as
 * when the method is compared with client-js's overloads, gives a value of every mode.)
 */
export type TraceQueryResultOf<P> = 0 extends 1 & P
  ? TraceQueryKeysetResult & TraceQueryPaginatedResult & TraceQueryDeltaResult
  : P extends { mode: 'delta' }
  ? TraceQueryDeltaResult
  : P extends { pagination: object }
    ? TraceQueryPaginatedResult
    : TraceQueryKeysetResult
/** The record kinds a trace-query field belongs to. */
export type TraceQueryPredicateScope = 'trace' | 'spans' | 'scores' | 'feedback'
export type TraceQueryValueKind = 'string' | 'number' | 'stringOrNumber' | 'timestamp' | 'presence'
export type TraceQueryOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'notIn' | 'exists' | 'notExists'
export interface GetTraceQueryFieldsArgs {
  timeRange: TraceQueryTimeRange
  predicateScope: TraceQueryPredicateScope
  search?: string
  limit?: number
}
/** A field of the grammar itself. */
export interface TraceQueryCanonicalFieldDescriptor {
  path: string
  valueKind: TraceQueryValueKind
  operators: TraceQueryOperator[]
  valueSuggestions: boolean
}
/** A field seen in the data (metadata, attributes ...). */
export interface TraceQueryObservedFieldDescriptor {
  path: string
  valueKind: 'string'
  operators: ('eq' | 'ne' | 'in' | 'notIn' | 'exists' | 'notExists')[]
  valueSuggestions: true
  occurrences: number
}
export interface GetTraceQueryFieldsResponse {
  canonicalFields: TraceQueryCanonicalFieldDescriptor[]
  observedFields: TraceQueryObservedFieldDescriptor[]
  observedFieldsTruncated: boolean
}
/** The field (`path`) whose values to suggest, in a scope and time range. */
export interface GetTraceQueryValuesArgs {
  timeRange: TraceQueryTimeRange
  predicateScope: TraceQueryPredicateScope
  path: string
  search?: string
  limit?: number
}
export interface GetTraceQueryValuesResponse {
  values: { value: string; count: number }[]
  valuesTruncated: boolean
}
/** @deprecated Use `GetTraceQueryFieldsArgs`. */
export type TraceQueryFieldsArgs = GetTraceQueryFieldsArgs
/** @deprecated Use `GetTraceQueryFieldsResponse`. */
export type TraceQueryFields = GetTraceQueryFieldsResponse
/** @deprecated Use `GetTraceQueryValuesArgs`. */
export type TraceQueryValuesArgs = GetTraceQueryValuesArgs
/** @deprecated Use `GetTraceQueryValuesResponse`. */
export type TraceQueryValues = GetTraceQueryValuesResponse
/** Threads whose traces (in `traces.timeRange`, matching `traces.where`) match `where`. */
export interface QueryTraceThreadsInput {
  traces: { timeRange: TraceQueryTimeRange; where?: unknown }
  where?: unknown
  page?: { limit?: number; after?: string | null }
}
export interface QueryTraceThreadsResult {
  threads: { threadId: string }[]
  page: { next: string | null }
}
/** @deprecated Use `QueryTraceThreadsInput`. */
export type TraceThreadsQuery = QueryTraceThreadsInput
/** @deprecated Use `QueryTraceThreadsResult`. */
export type TraceThreadsResult = QueryTraceThreadsResult

// ---- branches
/** Filters, pagination and order of a branch list. */
export interface ListBranchesArgs extends ListMode {
  filters?: TraceFilters
  orderBy?: { field?: 'startedAt' | 'endedAt'; direction?: 'ASC' | 'DESC' }
}
export interface BranchesPage extends ListPaging {
  branches: SpanWithStatus[]
}
/** A branch: its trace, anchor span and how many levels below it (all when unset). */
export interface BranchArgs {
  traceId: string
  spanId: string
  depth?: number
}
export interface BranchResponse {
  traceId: string
  spans: SpanRecord[]
}

// ---- scores of spans, scoring, deleting
/** A span and the page of its scores. */
export interface SpanScoresParams {
  traceId: string
  spanId: string
  page?: number
  perPage?: number
}
/** A score as the scores store keeps it, its entity one of the kinds of span here. */
export interface SpanScoreRecord extends Omit<ClientScoreRowData, 'entityType'> {
  entityType?: ObservabilitySpanType | 'AGENT' | 'WORKFLOW' | 'TRAJECTORY' | 'STEP' | 'EXTERNAL'
}
export interface SpanScoresPage {
  scores: SpanScoreRecord[]
  pagination: ObservabilityPagination
}
/** A scorer and the traces (or spans) to score. */
export interface ScoreTracesRequest {
  scorerName: string
  targets: { traceId: string; spanId?: string }[]
}
export interface ScoreTracesResponse {
  status: string
  message: string
  traceCount: number
}
export interface DeleteTracesRequest {
  traceIds: string[]
}

// ---- logs, scores and feedback records
/** One log record. */
export interface ObservabilityLogRecord extends ObservabilityContext {
  logId?: string | null
  timestamp: string
  level: 'debug' | 'info' | 'warn' | 'error' | 'fatal'
  message: string
  data?: Rec | null
  traceId?: string | null
  spanId?: string | null
  executionSource?: string | null
  tags?: string[] | null
  source?: string | null
  metadata?: Rec | null
}
/** The filters of a log, score or feedback list. */
interface SignalListFilters extends ContextFilters {
  timestamp?: DateFilter
}
export interface ListObservabilityLogsArgs extends ListMode {
  filters?: SignalListFilters & { level?: ObservabilityLogRecord['level'] | ObservabilityLogRecord['level'][] }
  orderBy?: { field?: 'timestamp'; direction?: 'ASC' | 'DESC' }
}
export interface ObservabilityLogsPage extends ListPaging {
  logs: ObservabilityLogRecord[]
}
/** A score's own fields, as the store keeps them and as one is sent to be recorded. */
interface ScoreFields {
  scoreId?: string | null
  traceId?: string | null
  spanId?: string | null
  scorerId: string
  scorerName?: string | null
  scorerVersion?: string | null
  scoreSource?: string | null
  source?: string | null
  score: number
  reason?: string | null
  executionSource?: string | null
  tags?: string[] | null
  scoreTraceId?: string | null
  metadata?: Rec | null
}
/** One score record of the observability store. */
export interface ObservabilityScoreRecord extends ObservabilityContext, ScoreFields {
  timestamp: string
}
export interface ListObservabilityScoresArgs extends ListMode {
  filters?: SignalListFilters & { scorerId?: string | string[]; scoreSource?: string }
  orderBy?: { field?: 'timestamp' | 'score'; direction?: 'ASC' | 'DESC' }
}
export interface ObservabilityScoresPage extends ListPaging {
  scores: ObservabilityScoreRecord[]
}
/** A score to record (on a trace or span, or on its own: `traceId` may be `null`). */
export interface CreateScoreBody {
  score: ContextWithEntityText & ScoreFields
}
export interface DeleteScoresArgs {
  scoreIds: string[]
  organizationId?: string
  resourceId?: string
}
/** Who gave a feedback. */
export interface FeedbackAuthor {
  id: string
  name?: string
  email?: string
  avatarUrl?: string
}
/** The review state of a feedback. */
export type FeedbackReviewStatus = 'needs-review' | 'reviewed'
/** A feedback's own fields, as the store keeps them and as one is sent to be recorded. */
interface FeedbackFields {
  feedbackId?: string | null
  traceId?: string | null
  spanId?: string | null
  feedbackSource?: string | null
  source?: string | null
  feedbackType: string
  value: string | number
  comment?: string | null
  feedbackUserId?: string | null
  tags?: string[] | null
  sourceId?: string | null
  metadata?: Rec | null
}
/** One feedback record. */
export interface FeedbackRecord extends ObservabilityContext, FeedbackFields {
  timestamp: string
  reviewStatus: FeedbackReviewStatus
  author?: FeedbackAuthor
}
/** A feedback record as `listFeedback` gives it. */
export type FeedbackItem = FeedbackRecord
export interface ListFeedbackArgs extends ListMode {
  filters?: SignalListFilters & { feedbackType?: string | string[]; feedbackSource?: string; feedbackUserId?: string; reviewStatus?: FeedbackReviewStatus }
  orderBy?: { field?: 'timestamp'; direction?: 'ASC' | 'DESC' }
}
export interface ListFeedbackResponse extends ListPaging {
  feedback: FeedbackItem[]
}
/** @deprecated Use `ListFeedbackResponse`. */
export type FeedbackPage = ListFeedbackResponse
/** A feedback to record (`traceId` may be `null`). */
export interface CreateFeedbackBody {
  feedback: ContextWithEntityText & FeedbackFields & { reviewStatus?: FeedbackReviewStatus }
}
export interface UpdateFeedbackReviewStatusArgs {
  feedbackId: string
  reviewStatus: FeedbackReviewStatus
}
export interface DeleteFeedbackArgs {
  feedbackIds: string[]
}

// ---- aggregations
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
/** The filters of an aggregation (a date range for `timestamp`). */
export interface SignalFilters {
  timestamp?: ObservabilityDateRange
  traceId?: string
  spanId?: string
  entityType?: ObservabilityEntityType | (string & {})
  entityName?: string
  entityVersionId?: string
  parentEntityVersionId?: string
  rootEntityVersionId?: string
  userId?: string
  organizationId?: string
  experimentId?: string
  serviceName?: string
  environment?: string
  parentEntityType?: ObservabilityEntityType | (string & {})
  parentEntityName?: string
  rootEntityType?: ObservabilityEntityType | (string & {})
  rootEntityName?: string
  resourceId?: string
  runId?: string
  sessionId?: string
  threadId?: string
  requestId?: string
  executionSource?: string
  tags?: string[]
  source?: string
  metadata?: Rec | null
  scorerId?: string | string[]
  scoreSource?: string
  feedbackType?: string | string[]
  feedbackSource?: string
  feedbackUserId?: string
  reviewStatus?: FeedbackReviewStatus
}
/** An aggregation over scores or feedback. */
export interface SignalAggregateArgs {
  aggregation: SignalAggregation
  filters?: SignalFilters
  comparePeriod?: 'previous_period' | 'previous_day' | 'previous_week'
}
export interface SignalBreakdownArgs extends SignalAggregateArgs {
  groupBy: string[]
}
export interface SignalTimeSeriesArgs extends SignalAggregateArgs {
  interval: SignalInterval
  groupBy?: string[]
}
export interface SignalPercentilesArgs {
  percentiles: number[]
  interval: SignalInterval
  filters?: SignalFilters
}
/** The filters of a metric aggregation. */
export interface MetricFilters extends SignalFilters {
  traceIds?: string[]
  name?: string[]
  provider?: string
  model?: string
  costUnit?: string
  labels?: Record<string, string>
}
/** An aggregation over one metric (or several). */
export interface MetricAggregateArgs {
  name: string | string[]
  aggregation: SignalAggregation
  distinctColumn?: string
  filters?: MetricFilters
  comparePeriod?: 'previous_period' | 'previous_day' | 'previous_week'
}
export interface MetricBreakdownArgs extends MetricAggregateArgs {
  groupBy: string[]
}
export interface MetricTimeSeriesArgs extends MetricAggregateArgs {
  interval: SignalInterval
  groupBy?: string[]
}
export interface MetricPercentilesArgs {
  name: string
  percentiles: number[]
  interval: SignalInterval
  filters?: MetricFilters
}
/** An aggregated value, with the previous period's when asked. */
export interface AggregateResult {
  value: number | null
  previousValue?: number | null
  changePercent?: number | null
}
/** A metric aggregate, with its estimated cost when the metric has one. */
export interface MetricAggregateResult extends AggregateResult {
  estimatedCost?: number | null
  costUnit?: string | null
  previousEstimatedCost?: number | null
  costChangePercent?: number | null
}
export interface BreakdownResult {
  groups: { dimensions: Record<string, string | null>; value: number }[]
}
export interface MetricBreakdownResult {
  groups: { dimensions: Record<string, string | null>; value: number; estimatedCost?: number | null; costUnit?: string | null }[]
}
export interface TimeSeriesResult {
  series: { name: string; points: { timestamp: string; value: number }[] }[]
}
/** Metric values bucketed by time interval, with estimated costs. */
export interface GetMetricTimeSeriesResponse {
  series: { name: string; costUnit?: string | null; points: { timestamp: string; value: number; estimatedCost?: number | null }[] }[]
}
export interface PercentilesResult {
  series: { percentile: number; points: { timestamp: string; value: number }[] }[]
}

// ---- client tools' observability
/** W3C trace context the server sends with a client tool call. */
interface ClientObservabilityCarrier {
  traceparent: string
  tracestate?: string
  baggage?: string
}
/** What a collector hands back: OTLP/JSON spans and logs, and the run's duration. */
interface ClientObservabilityPayload {
  spans?: unknown
  logs?: unknown
  executionDurationMs?: number
  toolName?: string
}
/** Buffers the spans and logs of a client-side tool run, parented under the server's carrier. */
export interface ObservabilityCollector {
  readonly parentContext: ClientObservabilityCarrier
  /** Runs `fn` in a child span. */
  span<T>(name: string, fn: () => Promise<T> | T, attributes?: Record<string, unknown>): Promise<T>
  /** Records a log entry on the innermost span. */
  log(level: 'debug' | 'info' | 'warn' | 'error' | 'fatal', message: string, data?: Record<string, unknown>): void
  /** Runs `fn` with this collector as the active context. */
  withContext<T>(fn: () => Promise<T> | T): Promise<T>
  /** Drains the buffered spans and logs. */
  flush(): ClientObservabilityPayload
}

// ---- trace learning: signals extracted from traces, and the themes they cluster into
/** The signals Mastra extracts from every trace. */
export type BuiltInTraceSignalName = 'goal' | 'sentiment' | 'behavior' | 'outcome'
/** A signal's name: a built-in one or one defined by the organization. */
export type TraceSignalName = string
export type EntityLearningProgressStatus = 'collecting' | 'processing' | 'ready'
/** A signal as the catalog lists it. */
export interface SignalCatalogEntry {
  name: string
  label: string
  description: string
  order: number
  builtIn: boolean
  enabled: boolean
  status: EntityLearningProgressStatus
}
/** How far learning got for an entity: traces seen, signals generated and embedded. */
export interface EntityLearningProgressResponse {
  status: EntityLearningProgressStatus
  traceCount: number
  signals: Record<string, { generated: number; embedded: number }>
  availableSignals: TraceSignalName[]
  signalCatalog?: SignalCatalogEntry[]
}
/** An organization-defined signal: what to extract from each trace. */
export interface TraceSignalDefinition {
  id: string
  name: string
  displayLabel: string
  description: string
  taskPrompt: string
  version: number
  status: 'active' | 'archived'
  enabled: boolean | null
  createdAt: string
  updatedAt: string
}
export interface TraceSignalManagementListResponse {
  definitions: TraceSignalDefinition[]
  limits: { maxDefinitionsPerOrganization: number }
}
export interface CreateTraceSignalDefinitionInput {
  name: string
  displayLabel: string
  description: string
  taskPrompt: string
}
/** A definition's editable fields (its name is fixed). */
export type UpdateTraceSignalDefinitionInput = Omit<CreateTraceSignalDefinitionInput, 'name'>
/** Whether a project extracts a signal. */
export interface ProjectTraceSignalSetting {
  projectId: string
  signalDefinitionId: string
  enabled: boolean
}
/** An entity (agent, workflow ...) learning runs on. */
export interface ThemeLearningEntity {
  entityId: string
  entityType: string
  availableSignals: TraceSignalName[]
  signalCatalog?: SignalCatalogEntry[]
  traceCount?: number
  readySignalCount?: number
  enabledSignalCount?: number
  status?: EntityLearningProgressStatus
  updatedAt?: string
  latestWindow?: { startedAt: string; endedAt: string }
}
/** One clustering of an entity's traces over a time window. */
export interface ThemeSnapshot {
  snapshotId: string
  ordinal: number
  total: number
  /** When this snapshot became the current state (places it on a time axis). */
  cutoffAt?: string
  startedAt: string
  endedAt: string
  traceCount: number
}
/** A node of a theme flow: a theme, or the noise / other bucket. */
export type ThemeNode =
  | { nodeId: string; kind: 'theme'; themeId: string; label: string; description?: string; traceCount: number; stageShare: number }
  | { nodeId: string; kind: 'noise' | 'other'; label: string; description?: string; traceCount: number; stageShare: number }
/** How traces flow from the themes of one signal to those of the next. */
export interface ThemeFlowResponse {
  snapshot: ThemeSnapshot
  stages: { signalName: TraceSignalName; traceCount: number; nodes: ThemeNode[] }[]
  links: { sourceNodeId: string; targetNodeId: string; traceCount: number; sourceShare: number; targetShare: number }[]
}
/** Why a snapshot is listed: the range's first or last, or a sample in between. */
export type ThemeSnapshotLandmarkReason = 'range_start' | 'range_end' | 'time_sample'
export interface ThemeSnapshotsResponse {
  snapshots: (ThemeSnapshot & { availableSignals: TraceSignalName[]; reason?: ThemeSnapshotLandmarkReason })[]
  signalCatalog?: SignalCatalogEntry[]
  nextCursor?: string
  totalSnapshots?: number
}
export interface ThemeEntitiesResponse {
  entities: ThemeLearningEntity[]
}
export interface ThemePathTheme {
  signalName: TraceSignalName
  themeId: string
  label: string
  description?: string
}
/** Each trace's theme for every signal (`assignments`: signal name to theme id). */
export interface ThemePathsResponse {
  snapshot: ThemeSnapshot
  signals: TraceSignalName[]
  themes: Record<string, ThemePathTheme>
  paths: { traceId: string; assignments: Record<string, string> }[]
  nextOffset?: number
}
/** How a live theme relates to the previous snapshot. */
export type ActiveThemeState = 'birth' | 'continue' | 'split' | 'merge' | 'resurrection'
export type ThemeHistoryState = ActiveThemeState | 'death'
export interface ThemeTrend {
  popularity: number
  signalScore: number
  strength: 'none' | 'weak' | 'strong'
}
/** A theme of one snapshot. */
export interface SnapshotTheme {
  themeId: string
  label: string
  description?: string
  state: ActiveThemeState
  traceCount: number
  coverage: number
  trend?: ThemeTrend
}
export interface ThemesResponse {
  snapshot: ThemeSnapshot
  signalName: TraceSignalName
  themes: SnapshotTheme[]
  noise: { traceCount: number; coverage: number }
}
export interface ThemeDetailResponse {
  snapshot: ThemeSnapshot
  theme?: SnapshotTheme & { signalName: TraceSignalName }
}
/** A trace of a theme, with the signal text that put it there. */
export interface ThemeExample {
  traceId: string
  extractedTraceId: string
  signalText: string
  traceStartedAt?: string
}
export interface ThemeExamplesResponse {
  examples: ThemeExample[]
  nextOffset?: number
}
export type NoiseExamplesResponse = ThemeExamplesResponse
/** A theme across snapshots: its states and splits and merges. */
export interface ThemeHistoryResponse {
  theme: { themeId: string; signalName: TraceSignalName; label: string; description?: string }
  points: {
    snapshotId: string
    startedAt: string
    endedAt: string
    state: ThemeHistoryState
    traceCount: number
    coverage: number
    trend?: ThemeTrend
  }[]
  relationships: {
    snapshotId: string
    kind: 'split-from' | 'split-into' | 'merged-from' | 'merged-into'
    relatedTheme: { themeId: string; label: string }
  }[]
  nextCursor?: string
}
export interface NoiseResponse {
  snapshot: ThemeSnapshot
  noise: { signalName: TraceSignalName; traceCount: number; coverage: number }
}
/** A model's summary of a trace. */
export interface TraceInsightSummary {
  version: string
  summary: string
  observations: string[]
  currentTask?: string
  degenerate?: boolean
  createdAt: string
}
/** A trace's summary and the signal texts extracted from it. */
export interface TraceInsightResponse {
  traceId: string
  summary?: TraceInsightSummary
  signals: { signalName: TraceSignalName; signalText: string }[]
}

export {}
