// Types of the tools group, spliced into index.d.ts by `npm run typings`.
export interface ToolDetails extends Loose {
  id: string
  description?: string
}
export interface ToolExecuteParams {
  data: unknown
  runId?: string
  requestContext?: RequestContextInput
}
