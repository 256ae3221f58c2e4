// Types of the tools group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export interface ToolDetails extends Loose {
  id: string
  description?: string
}
export interface ToolExecuteParams {
  data: unknown
  runId?: string
  requestContext?: RequestContextInput
}
export interface ProcessorDetails extends Loose {
  id: string
  name?: string
  description?: string
  phases?: string[]
}
export interface ProcessorExecuteParams {
  phase: string
  messages: unknown[]
  agentId?: string
  requestContext?: RequestContextInput
}
export interface ProcessorExecuteResult extends Loose {
  success?: boolean
  phase?: string
  messages?: unknown[]
}
export interface McpServerListParams {
  page?: number
  perPage?: number
  /** @deprecated use page and perPage */
  limit?: number
  /** @deprecated use page and perPage */
  offset?: number
}
export interface McpServerInfo extends Loose {
  id: string
  name: string
  version_detail?: Loose
}
export interface McpServerList extends Loose {
  servers: McpServerInfo[]
  total_count?: number
  next?: string | null
}
export interface McpServerDetails extends McpServerInfo {
  description?: string
}
export interface McpToolInfo extends Loose {
  id?: string
  name: string
  description?: string
  inputSchema?: unknown
}
export interface McpServerToolList extends Loose {
  tools: McpToolInfo[]
}
export interface McpServerResourceList extends Loose {
  resources: Array<{ uri: string; name?: string; mimeType?: string } & Loose>
}
export interface McpResourceContents extends Loose {
  contents?: Array<{ uri: string; text?: string; blob?: string; mimeType?: string } & Loose>
}
export interface McpToolExecuteParams extends Loose {
  data?: unknown
  resumeData?: unknown
  suspendPayload?: unknown
  requestContext?: RequestContextInput
}
export interface McpToolExecuteResult extends Loose {
  result?: unknown
  status?: 'suspended'
  suspendPayload?: unknown
  resumeSchema?: unknown
}
export interface ToolProviderInfo extends Loose {
  id: string
  name: string
  description?: string
}
export interface ToolProviderToolkit extends Loose {
  slug: string
  name: string
}
export interface ToolProviderTool extends Loose {
  slug: string
  name: string
  description?: string
  toolkit?: string
}
export interface ToolProviderListToolsParams {
  toolkit?: string
  search?: string
  page?: number
  perPage?: number
}
export interface ToolProviderAuthorizeParams extends Loose {
  toolkit: string
  connectionId?: string
}
export interface ToolProviderAuthorizeResult extends Loose {
  authId?: string
  redirectUrl?: string
}
export interface ToolProviderAuthStatus extends Loose {
  status: string
}
export interface ToolProviderConnectionStatusParams extends Loose {
  connections?: Array<{ connectionId: string; toolkit: string }>
}
export interface ToolProviderListConnectionsParams {
  toolkit: string
  authorId?: string
  page?: number | null
  perPage?: number | null
  scope?: string
}
export type ProcessorProviderPhase = 'processInput' | 'processInputStep' | 'processOutputStream' | 'processOutputResult' | 'processOutputStep'
export interface ProcessorProviderInfo extends Loose {
  id: string
  name: string
  description?: string
  availablePhases: ProcessorProviderPhase[]
}
export interface ProcessorProviderDetails extends ProcessorProviderInfo {
  configSchema: Record<string, unknown>
}
