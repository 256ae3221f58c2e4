// Types of the datasets group, re-exported by index.d.ts.
import type { Loose } from './loose'
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
