// Types of the workflows group, spliced into index.d.ts by `npm run typings`.
export interface WorkflowDetails extends Loose {
  name?: string
  steps?: Record<string, Loose>
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
export interface WorkflowResumeParams extends Loose {
  step?: string | string[]
  resumeData?: unknown
  requestContext?: RequestContextInput
  tracingOptions?: Loose
  perStep?: boolean
  forEachIndex?: number
}
export interface WorkflowRunResult extends Loose {
  status?: string
  result?: any
  error?: Error
  steps?: Record<string, Loose>
}
