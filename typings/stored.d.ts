// Types of the stored group, re-exported by index.d.ts.
import type { AgentInstructionBlock } from './agents'
import type { SerializedMemoryConfig } from './memory'
import type { SkillSource } from './workspaces'

/** Which version of a stored record to read. */
export type StoredStatus = 'draft' | 'published' | 'archived'
/** Who may see a stored record. */
export type StoredVisibility = 'private' | 'public'

// ---- rules and conditional fields
/** How a rule compares a request-context field with its value. */
export type StoredAgentRuleOperator =
  | 'equals'
  | 'not_equals'
  | 'contains'
  | 'not_contains'
  | 'greater_than'
  | 'less_than'
  | 'greater_than_or_equal'
  | 'less_than_or_equal'
  | 'in'
  | 'not_in'
  | 'exists'
  | 'not_exists'
/** A rule: a request-context field compared with a value. */
export interface StoredAgentRule {
  field: string
  operator: StoredAgentRuleOperator
  value?: unknown
}
interface RuleGroupDepth2 {
  operator: 'AND' | 'OR'
  conditions: StoredAgentRule[]
}
interface RuleGroupDepth1 {
  operator: 'AND' | 'OR'
  conditions: (StoredAgentRule | RuleGroupDepth2)[]
}
/** Rules joined by AND/OR; groups nest at most two levels deeper. */
export interface StoredAgentRuleGroup {
  operator: 'AND' | 'OR'
  conditions: (StoredAgentRule | RuleGroupDepth1)[]
}
/** A value used when its rules match the request context. */
export interface ConditionalVariant<T> {
  value: T
  rules?: StoredAgentRuleGroup
}
/** A value, or variants of it chosen by rules on the request context. */
export type ConditionalField<T> = T | ConditionalVariant<T>[]

// ---- stored agent configuration
/** A model as stored: provider and model name, plus provider settings. */
export interface StoredModelConfig {
  provider: string
  name: string
  [key: string]: unknown
}
/** Per-tool (or workflow, or sub-agent) settings of a stored agent. */
export interface StoredAgentToolConfig {
  description?: string
  rules?: StoredAgentRuleGroup
}
/** The tools used from an MCP client or integration (all of them when `tools` is omitted). */
export interface StoredMCPClientToolsConfig {
  tools?: Record<string, StoredAgentToolConfig>
}
/** A connection pinned on a tool provider's toolkit. */
export interface StoredToolProviderConnection {
  /** Whose connection is used: the agent's author, the caller, or a platform account. */
  kind: 'author' | 'invoker' | 'platform'
  toolkit: string
  connectionId: string
  label?: string
  scope?: 'per-author' | 'shared' | 'caller-supplied'
}
/** Settings of one selected tool of a tool provider. */
export interface StoredToolProviderToolMeta {
  toolkit?: string
  description?: string
}
/** A tool provider's tools and connections on one agent. */
export interface StoredToolProviderConfig {
  tools: Record<string, StoredToolProviderToolMeta>
  connections: Record<string, StoredToolProviderConnection[]>
}
/** How often a scorer runs: never, or on a share of runs. */
export type ScorerSamplingConfig = { type: 'none' } | { type: 'ratio'; rate: number }
/** A scorer of a stored agent. */
export interface StoredAgentScorerConfig {
  description?: string
  sampling?: ScorerSamplingConfig
  rules?: StoredAgentRuleGroup
}
/** A skill of a stored agent, with overrides and the version to use. */
export interface StoredAgentSkillConfig {
  description?: string
  instructions?: string
  /** A version id; wins over `strategy`. */
  pin?: string
  /** `latest` published version, or `live` from the filesystem. */
  strategy?: 'latest' | 'live'
}
/** One step of a stored processor graph: a provider's processor and its phases. */
export interface StoredProcessorStep {
  id: string
  providerId: string
  config: Record<string, unknown>
  enabledPhases: ('processInput' | 'processInputStep' | 'processOutputStream' | 'processOutputResult' | 'processOutputStep' | 'processToolResult')[]
}
type ProcessorStepEntry = { type: 'step'; step: StoredProcessorStep }
type ProcessorInnerEntry =
  | ProcessorStepEntry
  | { type: 'parallel'; branches: ProcessorStepEntry[][] }
  | { type: 'conditional'; conditions: { steps: ProcessorStepEntry[]; rules?: StoredAgentRuleGroup }[] }
/** A stored processor graph: steps, parallel branches and conditional branches. */
export interface StoredProcessorGraph {
  steps: (
    | ProcessorStepEntry
    | { type: 'parallel'; branches: ProcessorInnerEntry[][] }
    | { type: 'conditional'; conditions: { steps: ProcessorInnerEntry[]; rules?: StoredAgentRuleGroup }[] }
  )[]
}
/** Default options of a stored agent's generate and stream calls. */
export interface StoredAgentDefaultOptions {
  runId?: string
  savePerStep?: boolean
  maxSteps?: number
  activeTools?: string[]
  maxProcessorRetries?: number
  toolChoice?: 'auto' | 'none' | 'required' | { type: 'tool'; toolName: string }
  modelSettings?: {
    temperature?: number
    maxTokens?: number
    topP?: number
    topK?: number
    frequencyPenalty?: number
    presencePenalty?: number
    stopSequences?: string[]
    seed?: number
    maxRetries?: number
  }
  returnScorerData?: boolean
  tracingOptions?: { traceName?: string; attributes?: Record<string, unknown>; spanId?: string; traceId?: string }
  requireToolApproval?: boolean
  autoResumeSuspendedTools?: boolean
  toolCallConcurrency?: number | { limit?: number; strategy?: 'available' | 'called' }
  includeRawChunks?: boolean
  [key: string]: unknown
}
/** A filesystem of a stored workspace. */
export interface StoredFilesystemConfig {
  provider: string
  config: Record<string, unknown>
  readOnly?: boolean
}
/** A sandbox of a stored workspace. */
export interface StoredSandboxConfig {
  provider: string
  config: Record<string, unknown>
}
/** A workspace configuration: filesystem, sandbox, mounts, search, skills and tools. */
export interface StoredWorkspaceConfig {
  name: string
  description?: string
  filesystem?: { provider: string; config: Record<string, unknown> }
  sandbox?: { provider: string; config: Record<string, unknown> }
  /** Filesystems mounted by path. */
  mounts?: Record<string, { provider: string; config: Record<string, unknown> }>
  search?: {
    vectorProvider?: string
    vectorConfig?: Record<string, unknown>
    embedderProvider?: string
    embedderModel?: string
    embedderConfig?: Record<string, unknown>
    bm25?: boolean | { k1?: number; b?: number }
    searchIndexName?: string
    autoIndexPaths?: string[]
  }
  /** Skill ids. */
  skills?: string[]
  tools?: {
    enabled?: boolean
    requireApproval?: boolean
    tools?: Record<string, { enabled?: boolean; requireApproval?: boolean; requireReadBeforeWrite?: boolean }>
  }
  autoSync?: boolean
  operationTimeout?: number
}
/** A stored agent's workspace: a stored one by id, an inline configuration, or a provider's. */
export type StoredWorkspaceRef =
  | { type: 'id'; workspaceId: string }
  | { type: 'inline'; config: StoredWorkspaceConfig }
  | { type: 'provider'; provider: string; config: Record<string, unknown> }
/** A browser configuration of a stored agent. */
export interface StoredBrowserConfig {
  provider: string
  headless?: boolean
  viewport?: { width: number; height: number }
  timeout?: number
  screencast?: { format?: 'jpeg' | 'png'; quality?: number; maxWidth?: number; maxHeight?: number; everyNthFrame?: number }
}
export type StoredBrowserRef = { type: 'inline'; config: StoredBrowserConfig }
/** The author of a record as the server's auth provider resolves it. */
export interface ResolvedAuthor {
  id: string
  name?: string
  email?: string
  avatarUrl?: string
}
/** Durable execution of a stored agent: on/off, or its limits. */
export type StoredAgentDurableConfig = boolean | { maxSteps?: number; cleanupTimeoutMs?: number }
/** The configuration fields of a stored agent (each may depend on the request context). */
export interface StoredAgentConfig {
  name: string
  description?: string
  instructions: string | AgentInstructionBlock[]
  model: ConditionalField<StoredModelConfig>
  tools?: ConditionalField<Record<string, StoredAgentToolConfig>>
  defaultOptions?: ConditionalField<StoredAgentDefaultOptions>
  workflows?: ConditionalField<Record<string, StoredAgentToolConfig>>
  agents?: ConditionalField<Record<string, StoredAgentToolConfig>>
  /** @deprecated use `toolProviders` */
  integrationTools?: ConditionalField<Record<string, StoredMCPClientToolsConfig>>
  toolProviders?: ConditionalField<Record<string, StoredToolProviderConfig>>
  mcpClients?: ConditionalField<Record<string, StoredMCPClientToolsConfig>>
  inputProcessors?: ConditionalField<StoredProcessorGraph>
  outputProcessors?: ConditionalField<StoredProcessorGraph>
  memory?: ConditionalField<SerializedMemoryConfig>
  scorers?: ConditionalField<Record<string, StoredAgentScorerConfig>>
  skills?: ConditionalField<Record<string, StoredAgentSkillConfig>>
  workspace?: ConditionalField<StoredWorkspaceRef>
  /** `true` applies the default browser, `false` or `null` none. */
  browser?: ConditionalField<StoredBrowserRef> | boolean | null
  /** JSON Schema of the request context. */
  requestContextSchema?: Record<string, unknown>
  durable?: StoredAgentDurableConfig
}

// ---- records and pages shared by the stored resources
/** What every stored record has: id, status, author and dates (ISO text). */
export interface StoredRecord {
  id: string
  /** `draft`, `published` or `archived`. */
  status: string
  activeVersionId?: string
  authorId?: string
  metadata?: Record<string, unknown>
  createdAt: string
  updatedAt: string
}
/** One page of stored records. */
export interface StoredPage {
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/** Paging and ordering of stored records. */
export interface ListStoredRecordsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'createdAt' | 'updatedAt'; direction?: 'ASC' | 'DESC' }
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface DeleteStoredResult {
  success: boolean
  message: string
}
export interface FavoriteToggleResponse {
  favorited: boolean
  favoriteCount: number
}
/** This package's earlier name for a favorite toggle's result. */
export type FavoriteToggleResult = FavoriteToggleResponse

// ---- agents
export interface ListStoredAgentsParams extends ListStoredRecordsParams {
  status?: StoredStatus
  visibility?: StoredVisibility
  /** Only the calling user's favorites (any truthy value sends `favoritedOnly=true`, as in client-js). */
  favoritedOnly?: boolean | string
  /** Puts this user's favorites first. */
  pinFavoritedFor?: string
}
/** A stored agent: its record and its (resolved) configuration. */
export interface StoredAgentResponse extends StoredRecord, StoredAgentConfig {
  author?: ResolvedAuthor
  visibility?: StoredVisibility
  favoriteCount?: number
  isFavorited?: boolean
}
/** This package's earlier name for a stored agent. */
export type StoredAgentRecord = StoredAgentResponse
export interface ListStoredAgentsResponse extends StoredPage {
  agents: StoredAgentResponse[]
}
/** This package's earlier name for a page of stored agents. */
export type StoredAgentsPage = ListStoredAgentsResponse
export interface CreateStoredAgentParams extends Omit<StoredAgentConfig, 'model'> {
  id?: string
  authorId?: string
  metadata?: Record<string, unknown>
  visibility?: StoredVisibility
  /** Publishes the new agent at once. */
  autoPublish?: boolean
  model?: ConditionalField<StoredModelConfig>
}
export interface UpdateStoredAgentParams extends Partial<Omit<StoredAgentConfig, 'memory'>> {
  authorId?: string
  metadata?: Record<string, unknown>
  visibility?: StoredVisibility
  /** `null` removes the memory configuration. */
  memory?: ConditionalField<SerializedMemoryConfig> | null
  changeMessage?: string
  autoPublish?: boolean
}
/** An agent configuration to export (or to open a change request with). */
export interface ExportStoredAgentParams extends Partial<Omit<StoredAgentConfig, 'memory'>> {
  memory?: ConditionalField<SerializedMemoryConfig> | null
}
export interface OpenStoredAgentChangeRequestParams extends ExportStoredAgentParams {
  changeMessage?: string
  userName?: string
  /** Checks the request without opening it. */
  inspectOnly?: boolean
}
/** This package's earlier name for the change request parameters. */
export type OpenChangeRequestParams = OpenStoredAgentChangeRequestParams
/** The agent's configuration as a file. */
export interface ExportStoredAgentResponse {
  agentId: string
  fileName: string
  content: string
  config: Record<string, unknown>
}
/** The change request opened at the source provider. */
export interface OpenStoredAgentChangeRequestResponse {
  id?: string | number
  url: string
  ref?: string
}
export type DeleteStoredAgentResponse = DeleteStoredResult
export interface StoredAgentDependent {
  id: string
  name: string
}
export interface StoredAgentDependentsResponse {
  dependents: StoredAgentDependent[]
  /** Dependents the caller may not see. */
  hiddenCount: number
}
/** This package's earlier name for an agent's dependents. */
export type StoredAgentDependents = StoredAgentDependentsResponse

// ---- versions (agents, prompt blocks, scorers)
/** One field that differs between two versions. */
export interface VersionDiff {
  field: string
  previousValue: any
  currentValue: any
  changeType?: 'added' | 'removed' | 'modified'
}
export interface ListVersionsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'versionNumber' | 'createdAt'; direction?: 'ASC' | 'DESC' }
}
export interface CreateVersionParams {
  changeMessage?: string
}
/** What every saved version has. */
export interface StoredVersion {
  id: string
  versionNumber: number
  changedFields?: string[]
  changeMessage?: string
  createdAt: string
}
/** A page of versions. */
export interface VersionsPage<V extends StoredVersion = StoredVersion> extends StoredPage {
  versions: V[]
}
export interface ActivateVersionResult {
  success: boolean
  message: string
  activeVersionId: string
}
export interface DeleteVersionResult {
  success: boolean
  message: string
}
/** Two versions and the fields that differ. */
export interface CompareVersionsResult<V extends StoredVersion = StoredVersion> {
  fromVersion: V
  toVersion: V
  diffs: VersionDiff[]
}

// ---- prompt blocks
export interface ListStoredPromptBlocksParams extends ListStoredRecordsParams {
  status?: StoredStatus
}
/** A prompt block's content and the rules that select it. */
export interface StoredPromptBlockConfig {
  name: string
  description?: string
  content: string
  rules?: StoredAgentRuleGroup
  requestContextSchema?: Record<string, unknown>
}
export interface StoredPromptBlockResponse extends StoredRecord, StoredPromptBlockConfig {
  hasDraft?: boolean
}
/** This package's earlier name for a stored prompt block. */
export type StoredPromptBlockRecord = StoredPromptBlockResponse
export interface ListStoredPromptBlocksResponse extends StoredPage {
  promptBlocks: StoredPromptBlockResponse[]
}
/** This package's earlier name for a page of prompt blocks. */
export type StoredPromptBlocksPage = ListStoredPromptBlocksResponse
export interface CreateStoredPromptBlockParams extends StoredPromptBlockConfig {
  id?: string
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface UpdateStoredPromptBlockParams extends Partial<StoredPromptBlockConfig> {
  authorId?: string
  metadata?: Record<string, unknown>
}
export type DeleteStoredPromptBlockResponse = DeleteStoredResult
/** A saved version of a prompt block. */
export interface PromptBlockVersionResponse extends StoredVersion, StoredPromptBlockConfig {
  blockId: string
}
export type ListPromptBlockVersionsParams = ListVersionsParams
export type ListPromptBlockVersionsResponse = VersionsPage<PromptBlockVersionResponse>
export type CreatePromptBlockVersionParams = CreateVersionParams
export type ActivatePromptBlockVersionResponse = ActivateVersionResult
export type DeletePromptBlockVersionResponse = DeleteVersionResult

// ---- scorers
/** The kind of a stored scorer: an LLM judge or a preset. */
export type StoredScorerType =
  | 'llm-judge'
  | 'answer-relevancy'
  | 'answer-similarity'
  | 'bias'
  | 'context-precision'
  | 'context-relevance'
  | 'faithfulness'
  | 'hallucination'
  | 'noise-sensitivity'
  | 'prompt-alignment'
  | 'tool-call-accuracy'
  | 'toxicity'
/** A scorer definition's settings. */
export interface StoredScorerConfig {
  name: string
  description?: string
  type: StoredScorerType
  model?: StoredModelConfig
  instructions?: string
  scoreRange?: { min?: number; max?: number }
  presetConfig?: Record<string, unknown>
  defaultSampling?: ScorerSamplingConfig
}
export interface ListStoredScorersParams extends ListStoredRecordsParams {
  /** Accepted as client-js accepts it; not sent (as in client-js). */
  status?: StoredStatus
}
export interface StoredScorerResponse extends StoredRecord, StoredScorerConfig {}
/** This package's earlier name for a stored scorer. */
export type StoredScorerRecord = StoredScorerResponse
export interface ListStoredScorersResponse extends StoredPage {
  scorerDefinitions: StoredScorerResponse[]
}
/** This package's earlier name for a page of stored scorers. */
export type StoredScorersPage = ListStoredScorersResponse
export interface CreateStoredScorerParams extends StoredScorerConfig {
  id?: string
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface UpdateStoredScorerParams extends Partial<StoredScorerConfig> {
  authorId?: string
  metadata?: Record<string, unknown>
}
export type DeleteStoredScorerResponse = DeleteStoredResult
/** A saved version of a scorer definition. */
export interface ScorerVersionResponse extends StoredVersion, StoredScorerConfig {
  scorerDefinitionId: string
}
export type ListScorerVersionsParams = ListVersionsParams
export type ListScorerVersionsResponse = VersionsPage<ScorerVersionResponse>
export type CreateScorerVersionParams = CreateVersionParams
export type ActivateScorerVersionResponse = ActivateVersionResult
export type DeleteScorerVersionResponse = DeleteVersionResult
export type CompareScorerVersionsResponse = CompareVersionsResult<ScorerVersionResponse>

// ---- MCP clients
/** How to reach an MCP server: a command (stdio) or a URL (http). */
export interface StoredMCPServerConfig {
  type: 'stdio' | 'http'
  command?: string
  args?: string[]
  env?: Record<string, string>
  url?: string
  timeout?: number
}
export interface ListStoredMCPClientsParams extends ListStoredRecordsParams {
  /** Accepted as client-js accepts it; not sent (as in client-js). */
  status?: StoredStatus
}
export interface StoredMCPClientResponse extends StoredRecord {
  name: string
  description?: string
  servers: Record<string, StoredMCPServerConfig>
}
/** This package's earlier name for a stored MCP client. */
export type StoredMCPClientRecord = StoredMCPClientResponse
export interface ListStoredMCPClientsResponse extends StoredPage {
  mcpClients: StoredMCPClientResponse[]
}
/** This package's earlier name for a page of stored MCP clients. */
export type StoredMCPClientsPage = ListStoredMCPClientsResponse
export interface CreateStoredMCPClientParams {
  id?: string
  authorId?: string
  metadata?: Record<string, unknown>
  name: string
  description?: string
  servers: Record<string, StoredMCPServerConfig>
}
export interface UpdateStoredMCPClientParams {
  authorId?: string
  metadata?: Record<string, unknown>
  name?: string
  description?: string
  servers?: Record<string, StoredMCPServerConfig>
}
export type DeleteStoredMCPClientResponse = DeleteStoredResult

// ---- skills
/** A file or folder of a stored skill. */
export interface StoredSkillFileNode {
  id: string
  name: string
  type: 'file' | 'folder'
  content?: string
  children?: StoredSkillFileNode[]
}
/** A skill's content. */
export interface StoredSkillConfig {
  name: string
  description: string
  instructions: string
  license?: string
  compatibility?: unknown
  source?: SkillSource
  references?: string[]
  scripts?: string[]
  assets?: string[]
  metadata?: Record<string, unknown>
}
export interface ListStoredSkillsParams extends ListStoredRecordsParams {
  /** Accepted as client-js accepts it; not sent (as in client-js). */
  status?: StoredStatus
  visibility?: StoredVisibility
  /** Only the calling user's favorites (any truthy value sends `favoritedOnly=true`, as in client-js). */
  favoritedOnly?: boolean | string
  pinFavoritedFor?: string
}
export interface StoredSkillResponse extends StoredRecord, StoredSkillConfig {
  visibility?: StoredVisibility
  favoriteCount?: number
  isFavorited?: boolean
  files?: { id?: string; name: string; type: 'file' | 'folder'; content?: string; children?: StoredSkillFileNode[] }[]
}
/** This package's earlier name for a stored skill. */
export type StoredSkillRecord = StoredSkillResponse
export interface ListStoredSkillsResponse extends StoredPage {
  skills: StoredSkillResponse[]
}
/** This package's earlier name for a page of stored skills. */
export type StoredSkillsPage = ListStoredSkillsResponse
/** A file or folder given with a skill (its id may be left out). */
type StoredSkillFileInput = { id?: string; name: string; type: 'file' | 'folder'; content?: string; children?: StoredSkillFileInput[] }
export interface CreateStoredSkillParams extends Omit<StoredSkillConfig, 'description'> {
  id?: string
  authorId?: string
  visibility?: StoredVisibility
  description?: string
  files?: StoredSkillFileInput[]
}
export interface UpdateStoredSkillParams extends Partial<StoredSkillConfig> {
  authorId?: string
  visibility?: StoredVisibility
  files?: StoredSkillFileInput[]
}
export type DeleteStoredSkillResponse = DeleteStoredResult

// ---- workspaces
export interface ListStoredWorkspacesParams {
  page?: number
  perPage?: number
  authorId?: string
  orderBy?: { field?: 'createdAt' | 'updatedAt'; direction?: 'ASC' | 'DESC' }
  /** Accepted as client-js accepts it; not sent (as in client-js). */
  metadata?: Record<string, unknown>
}
export interface StoredWorkspaceResponse extends StoredRecord, StoredWorkspaceConfig {}
/** This package's earlier name for a stored workspace. */
export type StoredWorkspaceRecord = StoredWorkspaceResponse
export interface ListStoredWorkspacesResponse extends StoredPage {
  workspaces: StoredWorkspaceResponse[]
}
/** This package's earlier name for a page of stored workspaces. */
export type StoredWorkspacesPage = ListStoredWorkspacesResponse

export {}
