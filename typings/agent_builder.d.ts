// Types of the agent_builder group, re-exported by index.d.ts.
import type { RequestContextInput } from './common'
import type { WorkflowTracingOptions, WorkflowRunStatus, WorkflowStepInfo } from './workflows'
export interface AgentBuilderActionRequest {
  inputData?: unknown
  initialState?: unknown
  resourceId?: string
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
  perStep?: boolean
}
export interface AgentBuilderResumeRequest {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: WorkflowTracingOptions
  perStep?: boolean
  forEachIndex?: number
}
/** What an agent-builder action did. */
export interface AgentBuilderActionResult {
  success: boolean
  applied: boolean
  branchName?: string
  message: string
  validationResults?: unknown
  error?: string
  errors?: string[]
  stepResults?: unknown
}
/** The kinds of entries of an agent-builder action's step graph. */
export type AgentBuilderStepGraphEntry = {
  type: 'step' | 'agent' | 'tool' | 'mapping' | 'sleep' | 'sleepUntil' | 'waitForEvent' | 'parallel' | 'conditional' | 'loop' | 'foreach' | 'workflow'
  id?: string
  description?: string
  metadata?: Record<string, unknown>
}
/** The raw result of an action run, as `transformWorkflowResult` takes it. */
export interface AgentBuilderWorkflowResult {
  status?: WorkflowRunStatus
  result?: unknown
  error?: unknown
  payload?: unknown
  initialState?: unknown
  steps?: Record<string, unknown>
  activeStepsPath?: Record<string, number[]>
  serializedStepGraph?: AgentBuilderStepGraphEntry[]
}
/** An agent-builder action's details: its steps and graph. */
export interface AgentBuilderActionDetails {
  name?: string
  description?: string
  metadata?: Record<string, unknown>
  steps: Record<string, WorkflowStepInfo>
  allSteps: Record<string, WorkflowStepInfo>
  stepGraph: AgentBuilderStepGraphEntry[]
  inputSchema?: string
  outputSchema?: string
  stateSchema?: string
  options?: {}
  isProcessorWorkflow?: boolean
  origin?: 'code' | 'dynamic'
}
/** The agent-builder actions, keyed by id. */
export type GetAgentBuilderActionsResponse = Record<string, AgentBuilderActionDetails>
/** A run of an action read by id. */
export interface AgentBuilderRunState {
  runId: string
  workflowName: string
  resourceId?: string
  createdAt: string
  updatedAt: string
  status: WorkflowRunStatus
  initialState?: Record<string, unknown>
  result?: unknown
  error?: unknown
  payload?: unknown
  steps?: Record<string, unknown>
  activeStepsPath?: Record<string, number[]>
  serializedStepGraph?: AgentBuilderStepGraphEntry[]
}
/** A template to install with the agent builder: a repository and its variables. */
export interface TemplateInstallationRequest {
  repo: string
  ref?: string
  slug?: string
  targetPath?: string
  variables?: Record<string, string>
}

export {}
