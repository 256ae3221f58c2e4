// Types of the workflows group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
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
