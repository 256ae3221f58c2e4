// Types of the observability group, re-exported by index.d.ts.
import type { Loose } from './loose'

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
