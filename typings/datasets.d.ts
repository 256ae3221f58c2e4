// Types of the datasets group, re-exported by index.d.ts: the server's /datasets and
// /experiments routes.
import type { TrajectoryStep } from './observability'
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
/** What an experiment runs: an agent, workflow, scorer or processor. */
export type ExperimentTargetType = DatasetTargetType
export interface DatasetRecord {
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
export interface DatasetsPage {
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
export interface CreateDatasetParams {
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
export interface UpdateDatasetParams extends Partial<Omit<CreateDatasetParams, 'scorerIds'>>, DatasetTenancy {
  datasetId: string
  /** Tag definitions for categorizing experiment results. */
  tags?: string[]
  /** `null` clears the dataset's scorers. */
  scorerIds?: string[] | null
}
/** Where an item came from. */
export interface DatasetItemSource {
  type: 'csv' | 'json' | 'trace' | 'llm' | 'experiment-result' | 'candidate-screener'
  referenceId?: string
}
/** A canned tool result served instead of calling the tool, when the call matches. */
export interface DatasetItemToolMock {
  toolName: string
  args: Record<string, unknown>
  output: unknown
  matchArgs?: 'strict' | 'ignore'
}
/** One expected step of a trajectory (`stepType` as in a trace's trajectory, or none). */
export interface ExpectedTrajectoryStep {
  name: string
  stepType?: TrajectoryStep['stepType']
  [field: string]: unknown
}
/** The trajectory an item expects, and the limits it is judged by. */
export interface DatasetExpectedTrajectory {
  steps?: ExpectedTrajectoryStep[]
  ordering?: 'strict' | 'relaxed' | 'unordered'
  allowRepeatedSteps?: boolean
  maxSteps?: number
  maxTotalTokens?: number
  maxTotalDurationMs?: number
  noRedundantCalls?: boolean
  blacklistedTools?: string[]
  blacklistedSequences?: string[][]
  maxRetriesPerTool?: number
}
export interface DatasetItemInput {
  /** Caller-defined, dataset-local identity. */
  externalId?: string | null
  input?: unknown
  groundTruth?: unknown
  expectedTrajectory?: DatasetExpectedTrajectory | null
  toolMocks?: (Omit<DatasetItemToolMock, 'output'> & { output?: unknown })[]
  unmockedToolPolicy?: 'allow' | 'deny'
  scorerIds?: string[] | null
  requestContext?: Record<string, unknown>
  metadata?: Record<string, unknown>
  source?: DatasetItemSource
}
export interface DatasetItem {
  id: string
  datasetId: string
  datasetVersion: number
  externalId?: string | null
  input: unknown
  groundTruth?: unknown
  expectedTrajectory?: unknown
  toolMocks?: DatasetItemToolMock[] | null
  unmockedToolPolicy?: 'allow' | 'deny' | null
  scorerIds?: string[] | null
  requestContext?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  source?: DatasetItemSource | null
  createdAt: string
  updatedAt: string
}
/** An item as it was at one dataset version. */
export type DatasetItemVersionResponse = DatasetItem
/** An item in an item's history: the version it held from, and until which version. */
export interface DatasetItemHistoryEntry extends DatasetItem {
  validTo: number | null
  isDeleted: boolean
}
export interface DatasetItemsPage {
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
export interface GenerateDatasetItemsParams {
  datasetId: string
  /** `provider/model`, e.g. `openai/gpt-4o`. */
  modelId: string
  prompt: string
  count?: number
  agentContext?: { description?: string; instructions?: string; tools?: string[] }
}
/** An item the model proposed. */
export interface GeneratedItem {
  input: unknown
  groundTruth?: unknown
}
export interface ClusterFailuresParams {
  modelId: string
  items: Array<{ id: string; input: unknown; output?: unknown; error?: string; scores?: Record<string, number>; existingTags?: string[] }>
  availableTags?: string[]
  prompt?: string
}
/** Failing items grouped by cause, and the tags proposed for them. */
export interface ClusterFailuresResponse {
  clusters: { id: string; label: string; description: string; itemIds: string[] }[]
  proposedTags?: { itemId: string; tags: string[]; reason: string }[]
}
/** One version of a dataset. */
export interface DatasetVersionResponse {
  id: string
  datasetId: string
  version: number
  createdAt: string
}
export interface DatasetVersionsPage {
  versions: DatasetVersionResponse[]
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
/** Where an experiment comes from (e.g. a CI job). */
export interface ExperimentProvenance {
  source?: string
  sourceId?: string
  sourceVersion?: string
  metadata?: Record<string, unknown>
}
/** The external runner that ran an experiment. */
export interface ExperimentRunnerAttestation {
  runnerId: string
  invocationId: string
  runnerVersion?: string
}
/** How an experiment groups with others (sets, comparisons, variants, trials). */
export interface ExperimentGrouping {
  experimentSetId?: string
  comparisonId?: string
  variantId?: string
  trialIndex?: number
}
export interface DatasetExperiment {
  id: string
  datasetId: string | null
  datasetVersion: number | null
  agentVersion?: string | null
  targetType: DatasetTargetType | null
  targetId: string | null
  scorerIds?: string[] | null
  name?: string
  description?: string
  metadata?: Record<string, unknown>
  provenance?: ExperimentProvenance | null
  runnerAttestation?: ExperimentRunnerAttestation | null
  experimentSetId?: string | null
  comparisonId?: string | null
  variantId?: string | null
  trialIndex?: number | null
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
export interface ExperimentsPage {
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
/** A scorer's score of an experiment result. */
export interface ExperimentScore {
  scorerId: string
  scorerName: string
  score: number | null
  reason: string | null
  error: string | null
}
/** Which tool mocks an item's run used, left unused, or called live, and the first mismatch. */
export interface ToolMockReport {
  served: { mockIndex: number; toolName: string; args: unknown }[]
  unconsumed: { mockIndex: number; toolName: string; args: unknown }[]
  liveCalls: { toolName: string; args: unknown }[]
  failure?: { code: 'TOOL_MOCK_MISMATCH' | 'TOOL_MOCK_EXHAUSTED' | 'TOOL_MOCK_NOT_DECLARED'; toolName: string; args: unknown }
}
/** An experiment result without its scores. */
export interface DatasetExperimentResultRow {
  id: string
  experimentId: string
  itemId: string
  itemDatasetVersion: number | null
  input: unknown
  output: unknown
  groundTruth: unknown
  metadata?: Record<string, unknown> | null
  expectedTrajectory?: unknown
  error: { message: string; stack?: string; code?: string } | null
  startedAt: string
  completedAt: string
  retryCount: number
  attempt?: number
  traceId: string | null
  status?: ExperimentReviewStatus | null
  tags?: string[] | null
  comment?: string | null
  toolMockReport?: ToolMockReport | null
  createdAt: string
}
/** An experiment result, with its scores. */
export interface DatasetExperimentResult extends DatasetExperimentResultRow {
  scores?: ExperimentScore[]
}
/** @deprecated Use `DatasetExperimentResult`. */
export type ExperimentResult = DatasetExperimentResult
export interface ListDatasetExperimentResultsResponse {
  results: DatasetExperimentResult[]
  pagination: DatasetPagination
}
/** @deprecated Use `ListDatasetExperimentResultsResponse`. */
export type ExperimentResultsPage = ListDatasetExperimentResultsResponse
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
export interface TriggerDatasetExperimentParams {
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
  provenance?: ExperimentProvenance
  grouping?: ExperimentGrouping
  requestContext?: Record<string, unknown>
  /** The agent versions to run: by agent, a version id or the latest draft/published one. */
  versions?: {
    agents?: Record<string, { versionId: string } | { status: 'draft' | 'published' }>
    defaultStatus?: 'draft' | 'published'
  }
}
export type CreateDatasetExperimentParams = TriggerDatasetExperimentParams
/** One item's run in an experiment summary. */
export interface ExperimentSummaryResult
  extends Pick<
    DatasetExperimentResultRow,
    'itemId' | 'itemDatasetVersion' | 'input' | 'output' | 'groundTruth' | 'metadata' | 'startedAt' | 'completedAt' | 'retryCount' | 'toolMockReport'
  > {
  error: string | null
  scores: ExperimentScore[]
}
export interface CreateDatasetExperimentResponse {
  experimentId: string
  status: ExperimentStatus
  totalItems: number
  succeededCount: number
  failedCount: number
  datasetVersion?: number
  startedAt: string | null
  completedAt: string | null
  results: ExperimentSummaryResult[]
}
/** @deprecated Use `CreateDatasetExperimentResponse`. */
export type ExperimentSummary = CreateDatasetExperimentResponse
export interface RunExperimentItemParams {
  datasetId: string
  experimentId: string
  itemId: string
  /** Zero-based repetition index (default 0). */
  attempt?: number
  /** Merged with the item's own request context (the item's wins). */
  requestContext?: Record<string, unknown>
}
export interface RunExperimentItemResponse {
  result: DatasetExperimentResultRow
  scores: (ExperimentScore & {
    notScorable?: { step: string; reason?: string }
    failedStep?: string
    completedSteps?: string[]
    targetScope?: 'span' | 'trajectory'
    stepId?: string
  })[]
}
/** @deprecated Use `RunExperimentItemResponse`. */
export type RunExperimentItemResult = RunExperimentItemResponse
/** The experiment to mark finished. */
export interface FinalizeExperimentParams {
  datasetId: string
  experimentId: string
}
export interface SubmitExperimentResultParams {
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
export interface CompareExperimentsResponse {
  baselineId: string
  items: Array<{
    itemId: string
    input: unknown
    groundTruth: unknown
    results: Record<string, { output: unknown; scores: Record<string, number | null> } | null>
  }>
}
/** @deprecated Use `CompareExperimentsResponse`. */
export type CompareExperimentsResult = CompareExperimentsResponse

export {}
