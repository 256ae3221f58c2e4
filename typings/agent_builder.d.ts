// Types of the agent_builder group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export interface AgentBuilderActionRequest extends Loose {
  inputData?: unknown
  initialState?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
}
export interface AgentBuilderResumeRequest extends Loose {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
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
