// Types of the tools group, re-exported by index.d.ts.
import type { RequestContextInput } from './common'

// ---- tools
/** A tool's details; schemas are JSON text. */
export interface ToolDetails {
  id: string
  description?: string
  inputSchema?: string
  outputSchema?: string
  requestContextSchema?: string
  requireApproval?: boolean
}
/** client-js's name for a tool's details. */
export type GetToolResponse = ToolDetails
export interface ToolExecuteParams {
  data: unknown
  runId?: string
  requestContext?: RequestContextInput
}

// ---- processors
/** A phase a processor runs in. */
export type ProcessorPhase = 'input' | 'inputStep' | 'outputStream' | 'outputResult' | 'outputStep' | 'toolResult'
/** An agent that uses a processor, and on which side. */
export interface ProcessorConfiguration {
  agentId: string
  agentName: string
  type: 'input' | 'output'
}
/** A processor as `listProcessors()` lists it. */
export interface GetProcessorResponse {
  id: string
  name?: string
  description?: string
  phases: ProcessorPhase[]
  agentIds: string[]
  configurations: { agentId: string; type: 'input' | 'output' }[]
  isWorkflow: boolean
}
/** A processor's details: its phases and the agents that use it. */
export interface GetProcessorDetailResponse {
  id: string
  name?: string
  description?: string
  phases: ProcessorPhase[]
  configurations: ProcessorConfiguration[]
  isWorkflow: boolean
}
/** This package's earlier name for a processor's details. */
export type ProcessorDetails = GetProcessorDetailResponse
export interface ProcessorExecuteParams {
  phase: ProcessorPhase | (string & {})
  messages: unknown[]
  agentId?: string
  requestContext?: RequestContextInput
}
/** client-js's name for the processor run parameters. */
export type ExecuteProcessorParams = ProcessorExecuteParams
/** A processor's tripwire: whether it stopped the run, and why. */
export interface ProcessorTripwireResult {
  triggered: boolean
  reason?: string
  metadata?: unknown
}
/** A message a processor returns (dates as ISO text). */
export interface ProcessorResultMessage {
  id: string
  role: 'user' | 'assistant' | 'system' | 'tool' | 'signal'
  createdAt?: string
  content: string | { format?: 2; parts?: unknown[]; content?: string; [key: string]: unknown }
  [key: string]: unknown
}
/** What a processor phase did to the messages. */
export interface ProcessorExecuteResult {
  success: boolean
  phase: string
  messages?: ProcessorResultMessage[]
  messageList?: { messages: ProcessorResultMessage[] }
  tripwire?: ProcessorTripwireResult
  error?: string
}
/** client-js's name for a processor run's result. */
export type ExecuteProcessorResponse = ProcessorExecuteResult
export type ProcessorProviderPhase = 'processInput' | 'processInputStep' | 'processOutputStream' | 'processOutputResult' | 'processOutputStep'
export interface ProcessorProviderInfo {
  id: string
  name: string
  description?: string
  availablePhases: ProcessorProviderPhase[]
}
export interface ProcessorProviderDetails extends ProcessorProviderInfo {
  configSchema: Record<string, unknown>
}
/** client-js's name for a processor provider's details. */
export type GetProcessorProviderResponse = ProcessorProviderDetails
/** The registered processor providers. */
export interface GetProcessorProvidersResponse {
  providers: ProcessorProviderInfo[]
}

// ---- MCP servers
export interface McpServerListParams {
  page?: number
  perPage?: number
  /** @deprecated use page and perPage */
  limit?: number
  /** @deprecated use page and perPage */
  offset?: number
}
/** A version of an MCP server (registry format). */
export interface McpServerVersionDetail {
  version: string
  release_date: string
  is_latest: boolean
}
export interface McpServerInfo {
  id: string
  name: string
  version_detail: McpServerVersionDetail
}
export interface McpServerList {
  servers: McpServerInfo[]
  total_count: number
  next: string | null
}
/** client-js's name for the MCP server list. */
export type McpServerListResponse = McpServerList
export interface McpServerDetails extends McpServerInfo {
  description?: string
  package_canonical?: string
  packages?: unknown[]
  remotes?: unknown[]
}
/** A tool of an MCP server. */
export interface McpToolInfo {
  name: string
  description?: string
  inputSchema: unknown
  outputSchema?: unknown
  toolType?: string
  _meta?: Record<string, unknown>
}
export interface McpServerToolList {
  tools: McpToolInfo[]
}
/** client-js's name for an MCP server's tools. */
export type McpServerToolListResponse = McpServerToolList
export interface McpServerResourceList {
  resources: { uri: string; name: string; description?: string; mimeType?: string; _meta?: Record<string, unknown> }[]
}
export interface McpResourceContents {
  contents: { uri: string; text?: string; blob?: string; mimeType?: string }[]
}
export interface McpToolExecuteParams {
  data?: unknown
  resumeData?: unknown
  suspendPayload?: unknown
  requestContext?: RequestContextInput
}
/** An MCP tool's result, or its suspension (with what it needs to resume). */
export type McpToolExecuteResult = { result: unknown } | { status: 'suspended'; suspendPayload: unknown; resumeSchema?: unknown }
/** client-js's name for an MCP tool's result. */
export type McpToolExecuteResponse = McpToolExecuteResult

// ---- tool providers
/** Where a provider connection belongs. */
export type ToolProviderConnectionScope = 'shared' | 'per-author' | 'caller-supplied'
export interface ToolProviderInfo {
  id: string
  name: string
  description?: string
  displayName?: string
  capabilities?: {
    multipleConnectionsPerToolkit: boolean
    batchConnectionStatus: boolean
    reauthorizeReusesConnectionId: boolean
    supportsRevoke?: boolean
  }
}
/** The registered tool providers. */
export interface ListToolProvidersResponse {
  providers: ToolProviderInfo[]
}
/** Paging of a provider's lists. */
export interface ToolProviderPagination {
  total?: number
  page?: number
  perPage?: number
  hasMore: boolean
}
export interface ToolProviderToolkit {
  slug: string
  name: string
  description?: string
  icon?: string
}
export interface ListToolProviderToolkitsResponse {
  data: ToolProviderToolkit[]
  pagination?: ToolProviderPagination
}
export interface ToolProviderToolInfo {
  slug: string
  name: string
  description?: string
  toolkit?: string
}
/** This package's earlier name for a provider's tool. */
export type ToolProviderTool = ToolProviderToolInfo
export interface ListToolProviderToolsResponse {
  data: ToolProviderToolInfo[]
  pagination?: ToolProviderPagination
}
export interface ToolProviderListToolsParams {
  toolkit?: string
  search?: string
  page?: number
  perPage?: number
}
/** client-js's name for the provider tool list parameters. */
export type ListToolProviderToolsParams = ToolProviderListToolsParams
/** A provider tool's input schema (JSON Schema). */
export type GetToolProviderToolSchemaResponse = Record<string, unknown>
export interface ToolProviderAuthorizeParams {
  toolkit: string
  connectionId?: string
  toolName?: string
  config?: Record<string, unknown>
  label?: string | null
  scope?: ToolProviderConnectionScope
}
/** client-js's name for the authorize parameters. */
export type AuthorizeToolProviderParams = ToolProviderAuthorizeParams
/** Where to send the user, and the id to poll with `getAuthStatus`. */
export interface ToolProviderAuthorizeResult {
  url: string
  authId: string
}
/** client-js's name for the authorize result. */
export type AuthorizeToolProviderResponse = ToolProviderAuthorizeResult
export interface ToolProviderAuthStatus {
  status: 'pending' | 'completed' | 'failed'
}
/** client-js's name for an OAuth flow's state. */
export type ToolProviderAuthStatusResponse = ToolProviderAuthStatus
export interface ToolProviderConnectionStatusParams {
  items: { connectionId: string; toolkit: string }[]
}
/** Whether each connection is connected, keyed by connection id. */
export interface ToolProviderConnectionStatusResponse {
  items: Record<string, { connected: boolean }>
}
export interface ToolProviderListConnectionsParams {
  toolkit: string
  authorId?: string
  page?: number
  perPage?: number
  scope?: ToolProviderConnectionScope
}
/** client-js's name for the connection list parameters. */
export type ListToolProviderConnectionsParams = ToolProviderListConnectionsParams
/** A connection of a provider for a toolkit. */
export interface ToolProviderConnection {
  connectionId: string
  status: 'pending' | 'failed' | 'active' | 'inactive'
  createdAt?: string
  label?: string | null
  authorId?: string
  scope?: ToolProviderConnectionScope
}
export interface ListToolProviderConnectionsResponse {
  items: ToolProviderConnection[]
  pagination?: ToolProviderPagination
}
export interface ListToolProviderConnectionFieldsParams {
  toolkit: string
}
/** The fields to collect before connecting a toolkit. */
export interface ListToolProviderConnectionFieldsResponse {
  fields: {
    name: string
    displayName?: string
    description?: string
    type: 'string' | 'number' | 'boolean'
    required: boolean
    default?: unknown
  }[]
}
export interface DisconnectToolProviderConnectionParams {
  /** Any truthy value (the text `'false'` too) sends `force=true`, as in client-js. */
  force?: boolean | 'true' | 'false'
  toolkit?: string
}
export interface DisconnectToolProviderConnectionResponse {
  ok: true
  revoked: boolean
}
export interface UpdateToolProviderConnectionParams {
  /** `null` (or an empty string) clears the label. */
  label?: string | null
}
export interface UpdateToolProviderConnectionResponse {
  ok: true
  label: string | null
}
export interface GetToolProviderConnectionUsageParams {
  toolkit?: string
}
/** The agents that use a connection. */
export interface GetToolProviderConnectionUsageResponse {
  agents: { id: string; name: string }[]
}
/** A provider's health: configuration and reachability. */
export interface ToolProviderHealthResponse {
  ok: boolean
  message?: string
  details?: Record<string, unknown>
}

export {}
