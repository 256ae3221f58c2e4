// Types of the agent_builder group, re-exported by index.d.ts.
import type { WorkflowResumeParams, WorkflowRunState, WorkflowRunStatus, WorkflowStartParams, WorkflowStepInfo } from './workflows'
/** How to start an agent-builder action's run: the same body as a workflow run's start. */
export interface AgentBuilderActionRequest extends WorkflowStartParams {}
/** How to resume an agent-builder action's run: the same body as a workflow run's resume. */
export interface AgentBuilderResumeRequest extends WorkflowResumeParams {}
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
export interface AgentBuilderRunState extends Pick<WorkflowRunState, 'runId' | 'workflowName' | 'resourceId' | 'createdAt' | 'updatedAt' | 'status'> {
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
