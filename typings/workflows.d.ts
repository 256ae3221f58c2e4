// Types of the workflows group, re-exported by index.d.ts.
import type { RequestContextInput } from './common'

/** Status of a workflow run. */
export type WorkflowRunStatus =
  | 'running'
  | 'waiting'
  | 'suspended'
  | 'success'
  | 'failed'
  | 'canceled'
  | 'pending'
  | 'bailed'
  | 'tripwire'
  | 'paused'
  | 'skipped'
/** Status of one step of a run. */
export type WorkflowStepStatus = Exclude<WorkflowRunStatus, 'pending' | 'bailed' | 'tripwire'>

// ---- step graph (as the server serializes it)
/** Retries and metadata of a step in a graph. */
export interface SerializedStepOptions {
  retries?: number
  metadata?: Record<string, any>
}
/** A step of a code workflow as serialized in its graph. */
export interface SerializedStep {
  id: string
  description?: string
  metadata?: Record<string, any>
  component?: string
  serializedStepFlow?: SerializedStepFlowEntry[]
  mapConfig?: string
  canSuspend?: boolean
}
/** A value read from the run (`path`) or given as is (`literal`). */
export type PathOrLiteral = { path: string } | { literal: string | number | boolean | null }
/** A condition of a branch or loop in a declarative graph. */
export type WorkflowPredicate =
  | { op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; left: PathOrLiteral; right: PathOrLiteral }
  | { op: 'in' | 'notIn'; value: PathOrLiteral; set: (string | number | boolean | null)[] }
  | { op: 'exists' | 'notExists'; path: string }
  | { op: 'truthy' | 'falsy'; value: PathOrLiteral }
  | { op: 'and' | 'or'; args: WorkflowPredicate[] }
  | { op: 'not'; arg: WorkflowPredicate }
interface GraphEntryBase {
  id?: string
  description?: string
  metadata?: Record<string, any>
}
/** One step of a graph: a step, an agent, a tool, a mapping or a nested workflow. */
export type SerializedSingleStepEntry =
  | { type: 'step'; step: SerializedStep }
  | { type: 'agent'; id: string; agentId: string; description?: string; outputSchema?: Record<string, any>; options?: SerializedStepOptions }
  | { type: 'tool'; id: string; toolId: string; description?: string; options?: SerializedStepOptions }
  | { type: 'mapping'; id: string; description?: string; metadata?: Record<string, any>; mapConfig: string }
  | { type: 'workflow'; id: string; workflowId: string; description?: string; serializedStepFlow?: SerializedStepFlowEntry[] }
/** An entry of a workflow's step graph (`stepGraph`, `serializedStepGraph`). */
export type SerializedStepFlowEntry =
  | SerializedSingleStepEntry
  | { type: 'sleep'; id: string; description?: string; metadata?: Record<string, any>; duration?: number; fn?: string }
  /** `date` is typed as client-js types it; over JSON it arrives as ISO text. */
  | { type: 'sleepUntil'; id: string; description?: string; metadata?: Record<string, any>; date?: Date; fn?: string }
  | (GraphEntryBase & { type: 'parallel'; steps: SerializedSingleStepEntry[] })
  | (GraphEntryBase & {
      type: 'conditional'
      steps: SerializedSingleStepEntry[]
      serializedConditions: { id: string; fn: string }[]
      predicates?: (WorkflowPredicate | null)[]
    })
  | (GraphEntryBase & {
      type: 'loop'
      step: SerializedSingleStepEntry
      serializedCondition: { id: string; fn: string }
      loopType: 'dowhile' | 'dountil'
      predicate?: WorkflowPredicate
    })
  | (GraphEntryBase & { type: 'foreach'; step: SerializedSingleStepEntry; opts?: { concurrency?: number; fn?: string } })

// ---- workflows
/** A step as listed by a workflow's details (schemas as JSON text). */
export interface WorkflowStepInfo {
  id: string
  description?: string
  stateSchema?: string
  inputSchema?: string
  outputSchema?: string
  resumeSchema?: string
  suspendSchema?: string
  component?: string
  isWorkflow?: boolean
  metadata?: Record<string, unknown>
}
/** A workflow's details: steps, graph and schemas (as JSON text). */
export interface WorkflowDetails {
  name: string
  description?: string
  metadata?: Record<string, unknown>
  /** Top-level steps, by id. */
  steps: Record<string, WorkflowStepInfo>
  /** Every step, nested ones included, by id. */
  allSteps: Record<string, WorkflowStepInfo>
  stepGraph?: SerializedStepFlowEntry[]
  inputSchema?: string
  outputSchema?: string
  stateSchema?: string
  requestContextSchema?: string
  options?: {}
  isProcessorWorkflow?: boolean
  /** `dynamic` for a workflow built from a stored definition. */
  origin?: 'code' | 'dynamic'
}
/** client-js's name for a workflow's details. */
export type GetWorkflowResponse = WorkflowDetails
/** Running and suspended runs of one workflow. */
export interface WorkflowRunCounts {
  running: number
  suspended: number
}
/** Run counts keyed by workflow id. */
export type ListWorkflowRunCountsResponse = Record<string, WorkflowRunCounts>

// ---- runs
/** Tracing of a run: trace and parent span to join, tags, metadata, what to hide. */
export interface WorkflowTracingOptions {
  metadata?: Record<string, any>
  /** Request-context keys copied onto the trace. */
  requestContextKeys?: string[]
  traceId?: string
  parentSpanId?: string
  tags?: string[]
  hideInput?: boolean
  hideOutput?: boolean
}
export interface CreateRunParams {
  runId?: string
  resourceId?: string
  disableScorers?: boolean
}
export interface WorkflowStartParams {
  inputData?: unknown
  initialState?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
  resourceId?: string
  perStep?: boolean
}
export interface WorkflowStreamParams extends WorkflowStartParams {
  /** Ends the stream when the run suspends. */
  closeOnSuspend?: boolean
}
export interface WorkflowResumeParams {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
  perStep?: boolean
  forEachIndex?: number
}
export interface WorkflowRestartParams {
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
}
/** Where and how a run travels back to: the step to run again, its inputs and context. */
export interface WorkflowTimeTravelParams {
  step: string | string[]
  inputData?: unknown
  resumeData?: unknown
  initialState?: unknown
  context?: Record<string, unknown>
  nestedStepsContext?: Record<string, Record<string, unknown>>
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
  perStep?: boolean
}
/** client-js's name for the time-travel parameters. */
export type TimeTravelParams = WorkflowTimeTravelParams

/** Why a processor stopped a run (a tripwire). */
export interface StepTripwireInfo {
  reason: string
  retry?: boolean
  metadata?: Record<string, unknown>
  processorId?: string
}
interface StepResultBase {
  payload: any
  resumePayload?: any
  suspendPayload?: any
  suspendOutput?: any
  metadata?: Record<string, any>
}
/** The result of one step of a run, by status (`E` is the error's type). */
export type WorkflowStepResult<E = Error> =
  | (StepResultBase & { status: 'success'; output: any; startedAt: number; endedAt: number; suspendedAt?: number; resumedAt?: number })
  | (StepResultBase & {
      status: 'failed'
      error: E
      startedAt: number
      endedAt: number
      suspendedAt?: number
      resumedAt?: number
      tripwire?: StepTripwireInfo
      nonRetryable?: true
    })
  | (StepResultBase & { status: 'suspended'; startedAt: number; suspendedAt: number })
  | (StepResultBase & { status: 'running'; startedAt: number; suspendedAt?: number; resumedAt?: number })
  | (StepResultBase & { status: 'waiting' | 'paused'; startedAt: number })
  | (StepResultBase & { status: 'skipped'; startedAt: number; endedAt: number })
  | (Partial<StepResultBase> & { status: 'canceled'; output?: any; startedAt?: number; endedAt?: number })
interface RunResultBase {
  input: any
  state?: any
  steps: Record<string, WorkflowStepResult>
  stepExecutionPath?: string[]
  resumeLabels?: Record<string, { stepId: string; forEachIndex?: number }>
  traceId?: string
  spanId?: string
}
/**
 * The result of a run that has stopped, by status; a failed run's `error` is an `Error` (the
 * other statuses declare `error?: undefined`, so `result.error?.message` reads without narrowing).
 */
export type WorkflowRunResult =
  | (RunResultBase & { status: 'success'; result: any; error?: undefined })
  | (RunResultBase & { status: 'failed'; error: Error })
  | (RunResultBase & { status: 'tripwire'; tripwire: StepTripwireInfo; error?: undefined })
  | (RunResultBase & { status: 'suspended'; suspendPayload: any; suspended: [string[], ...string[][]]; error?: undefined })
  | (RunResultBase & { status: 'paused'; error?: undefined })
/** One event of a workflow stream. */
export interface WorkflowStreamChunk {
  type: string
  payload: any
  runId: string
  from: 'AGENT' | 'WORKFLOW'
}
/** client-js's name for a workflow stream event. */
export type StreamVNextChunkType = WorkflowStreamChunk
export interface ListWorkflowRunsParams {
  fromDate?: Date
  toDate?: Date
  page?: number
  perPage?: number
  /** A positive integer, or `false` for no limit. */
  limit?: number | false
  offset?: number
  resourceId?: string
  status?: WorkflowRunStatus
}
/** An error as the server serializes it. */
export interface SerializedError {
  name: string
  message: string
  stack?: string
  cause?: unknown
  [key: string]: any
}
/** A step result as stored in a snapshot (its error serialized). */
export type SerializedStepResult = WorkflowStepResult<SerializedError>
/** The stored state of a run. */
export interface WorkflowRunSnapshot {
  runId: string
  status: WorkflowRunStatus
  result?: Record<string, any>
  error?: SerializedError
  requestContext?: Record<string, any>
  value: Record<string, string>
  context: { input?: Record<string, any> } & Record<string, SerializedStepResult>
  serializedStepGraph: SerializedStepFlowEntry[]
  activePaths: number[]
  activeStepsPath: Record<string, number[]>
  suspendedPaths: Record<string, number[]>
  resumeLabels: Record<string, { stepId: string; foreachIndex?: number }>
  waitingPaths: Record<string, number[]>
  timestamp: number
  tripwire?: StepTripwireInfo
  stepExecutionPath?: string[]
  tracingContext?: { traceId?: string; spanId?: string; parentSpanId?: string }
}
/** One run in a list of runs. */
export interface WorkflowRunListItem {
  workflowName: string
  runId: string
  resourceId?: string
  createdAt: string
  updatedAt: string
  /** The run's state, as stored (text or object). */
  snapshot: string | WorkflowRunSnapshot
}
export interface WorkflowRunsPage {
  runs: WorkflowRunListItem[]
  total: number
}
/** client-js's name for a page of runs. */
export type ListWorkflowRunsResponse = WorkflowRunsPage
export interface WorkflowRunByIdOptions {
  requestContext?: RequestContextInput
  /** Fields to return (`result`, `error`, `payload`, `steps`, `activeStepsPath`, `serializedStepGraph`). */
  fields?: string[]
  /** Whether nested workflows' data is included in `steps` (default true). */
  withNestedWorkflows?: boolean
}
/** A step's state in a run read by id (one entry, or one per iteration of a `foreach`). */
export interface WorkflowRunStepState {
  status: WorkflowStepStatus
  output?: any
  payload?: any
  resumePayload?: any
  suspendPayload?: any
  suspendOutput?: any
  error?: SerializedError
  startedAt?: number
  endedAt?: number
  suspendedAt?: number
  resumedAt?: number
  metadata?: Record<string, any>
}
/** A run read by id: metadata and status, then the fields asked for. */
export interface WorkflowRunState {
  runId: string
  workflowName: string
  resourceId?: string
  createdAt: string
  updatedAt: string
  status: WorkflowRunStatus
  initialState?: Record<string, any>
  result?: Record<string, any>
  error?: SerializedError
  payload?: Record<string, any>
  steps?: Record<string, WorkflowRunStepState | WorkflowRunStepState[]>
  activeStepsPath?: Record<string, number[]>
  isFromInMemory?: boolean
  stepExecutionPath?: string[]
  suspendedPaths?: Record<string, number[]>
  resumeLabels?: Record<string, { stepId: string; foreachIndex?: number }>
  waitingPaths?: Record<string, number[]>
  requestContext?: Record<string, any>
  tracingContext?: { traceId?: string; spanId?: string; parentSpanId?: string }
  serializedStepGraph?: SerializedStepFlowEntry[]
}
/** client-js's name for a run read by id. */
export type GetWorkflowRunByIdResponse = WorkflowRunState
export interface WorkflowSchema {
  inputSchema: Record<string, unknown> | null
  outputSchema: Record<string, unknown> | null
}

// ---- dynamic (stored) workflows
export interface ListDynamicWorkflowsParams {
  status?: 'active' | 'archived'
  authorId?: string
}
/** A step of a declarative graph: an agent, a tool, a mapping or a nested workflow. */
export type DynamicWorkflowStep =
  | {
      type: 'agent'
      id: string
      agentId: string
      description?: string
      outputSchema?: Record<string, unknown>
      options?: { retries?: number; metadata?: Record<string, unknown> }
    }
  | { type: 'tool'; id: string; toolId: string; description?: string; options?: { retries?: number; metadata?: Record<string, unknown> } }
  | { type: 'mapping'; id: string; mapConfig: string; description?: string; metadata?: Record<string, unknown> }
  | { type: 'workflow'; id: string; workflowId: string; description?: string }
interface DynamicGraphBase {
  id?: string
  description?: string
  metadata?: Record<string, unknown>
}
/** An entry of a dynamic workflow's graph. */
export type DynamicWorkflowGraphEntry =
  | DynamicWorkflowStep
  | (DynamicGraphBase & { type: 'parallel'; steps: DynamicWorkflowStep[] })
  | (DynamicGraphBase & { type: 'foreach'; step: Exclude<DynamicWorkflowStep, { type: 'mapping' }>; opts?: { concurrency: number } })
  | { type: 'sleep'; id: string; duration: number; description?: string; metadata?: Record<string, unknown> }
  /** `date` is ISO text. */
  | { type: 'sleepUntil'; id: string; date: string; description?: string; metadata?: Record<string, unknown> }
  | (DynamicGraphBase & { type: 'conditional'; steps: DynamicWorkflowStep[]; predicates: WorkflowPredicate[] })
  | (DynamicGraphBase & { type: 'loop'; step: DynamicWorkflowStep; loopType: 'dowhile' | 'dountil'; predicate: WorkflowPredicate })
/** The declarative part of a dynamic workflow: schemas (JSON Schema) and graph. */
export interface DynamicWorkflowSpec {
  id: string
  description?: string
  metadata?: Record<string, unknown>
  inputSchema: Record<string, unknown>
  outputSchema: Record<string, unknown>
  stateSchema?: Record<string, unknown>
  requestContextSchema?: Record<string, unknown>
  graph: DynamicWorkflowGraphEntry[]
}
/** A stored dynamic workflow definition. */
export interface DynamicWorkflowDefinition extends DynamicWorkflowSpec {
  status: 'active' | 'archived'
  source: 'storage'
  authorId?: string
  createdAt: string
  updatedAt: string
}
export interface DynamicWorkflowsPage {
  workflows: DynamicWorkflowDefinition[]
  total: number
}
/** client-js's name for a page of dynamic workflows. */
export type ListDynamicWorkflowsResponse = DynamicWorkflowsPage
export interface UpsertDynamicWorkflowParams extends DynamicWorkflowSpec {
  /** Helper workflows the definition nests, saved with it. */
  dependencies?: DynamicWorkflowSpec[]
}
export interface UpsertDynamicWorkflowResult {
  ok: true
  id: string
  /** Ids of the helper workflows saved with it (when `dependencies` were given). */
  dependencyIds?: string[]
}
/** client-js's name for the upsert result. */
export type UpsertDynamicWorkflowResponse = UpsertDynamicWorkflowResult
/** What deleting a dynamic workflow resolves with. */
export interface DeleteDynamicWorkflowResponse {
  success: true
  message: string
}

export {}
