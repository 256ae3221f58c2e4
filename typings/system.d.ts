// Types of the system group, re-exported by index.d.ts: the server's packages and permission
// patterns, and the Agent Builder's settings, models and skill registries.
import type { Provider } from './agents'

/** An installed Mastra package. */
export interface MastraPackage {
  name: string
  version: string
}
/** The server's packages and what it has enabled. */
export interface GetSystemPackagesResponse {
  packages: MastraPackage[]
  isDev: boolean
  cmsEnabled: boolean
  liveKitConnectionRouteEnabled: boolean
  editorSource?: 'code' | 'db'
  editorSourceCapabilities?: {
    source: 'code' | 'db'
    storage: 'database' | 'filesystem' | 'source-provider' | 'unavailable'
    provider?: { id: string; displayName: string }
    canSave: boolean
    canOpenChangeRequest: boolean
    unavailableReason?: string
  }
  observabilityEnabled: boolean
  storageType?: string
  observabilityStorageType?: string
  observabilityStorageCapabilities?: { metrics: boolean; logs: boolean; traceQueryDiscovery: boolean }
  observabilityRuntimeStrategy?: 'realtime' | 'batch-with-updates' | 'insert-only' | 'event-sourced'
}
/** @deprecated Use `GetSystemPackagesResponse`. */
export type SystemPackages = GetSystemPackagesResponse
/** A permission pattern, e.g. `agents:read`. */
export type PermissionPattern = string
export interface PermissionPatternsResponse {
  patterns: PermissionPattern[]
}
/** @deprecated Use `PermissionPatternsResponse`. */
export type PermissionPatterns = PermissionPatternsResponse

// ---- model policy
/** A model provider id (`openai`, `anthropic`, ...). */
export type ModelProviderId = string
/** A provider id in the admin settings: a known one, or any other text. */
export type AdminProviderId = ModelProviderId | (string & {})
/** An allowed model: one of a provider (or all of it without `modelId`), or of a custom gateway. */
export type ProviderModelEntry = { provider: ModelProviderId; modelId?: string } | { kind: 'custom'; provider: string; modelId?: string }
/** The default model: a provider's or a custom gateway's. */
export type DefaultModelEntry = { provider: ModelProviderId; modelId: string } | { kind: 'custom'; provider: string; modelId: string }
/** The admin's model policy of the builder: which models may be picked, and the default. */
export interface BuilderModelPolicy {
  active: boolean
  pickerVisible?: boolean
  allowed?: ProviderModelEntry[]
  default?: DefaultModelEntry
}

// ---- builder settings
/** Which parts of an agent the builder lets users edit. */
export interface BuilderAgentFeatures {
  tools?: boolean
  agents?: boolean
  workflows?: boolean
  scorers?: boolean
  skills?: boolean
  memory?: boolean
  variables?: boolean
  favorites?: boolean
  avatarUpload?: boolean
  browser?: boolean
  model?: boolean
}
/** The tools, agents and workflows the builder's pickers show (`null`: all). */
export interface BuilderPickerResponse {
  visibleTools: string[] | null
  visibleAgents: string[] | null
  visibleWorkflows: string[] | null
}
export interface BuilderSettingsResponse {
  enabled: boolean
  features?: { agent?: BuilderAgentFeatures }
  configuration?: {
    agent?: {
      [key: string]: unknown
      models?: { allowed?: ProviderModelEntry[]; default?: DefaultModelEntry }
      tools?: { allowed?: string[] }
      agents?: { allowed?: string[] }
      workflows?: { allowed?: string[] }
    }
  }
  modelPolicy?: BuilderModelPolicy
  picker?: BuilderPickerResponse
  modelPolicyWarnings?: string[]
}
/** @deprecated Use `BuilderSettingsResponse`. */
export type BuilderSettings = BuilderSettingsResponse
export interface WorkflowBuilderSettingsResponse {
  enabled: boolean
  modelPolicy?: BuilderModelPolicy
}
/** The providers and models the builder's model policy allows. */
export interface BuilderAvailableModelsResponse {
  providers: Provider[]
}
/** @deprecated Use `BuilderAvailableModelsResponse`. */
export type BuilderAvailableModels = BuilderAvailableModelsResponse
/** A setting of an infrastructure part, as shown to the admin. */
interface ConfigEntry {
  key: string
  value: string
}
/** How the builder's channels, browser, workspace and registries are configured. */
export interface InfrastructureStatusResponse {
  channels: { providers: { id: string; name: string; isConfigured: boolean; routeCount: number }[] }
  browser: {
    type: string | null
    provider: string | null
    env: string | null
    registered: boolean
    availableProviders: string[]
    config: ConfigEntry[]
  }
  workspace: {
    type: string | null
    workspaceId: string | null
    name: string | null
    source: string | null
    registered: boolean
    hasFilesystem: boolean
    hasSandbox: boolean
    filesystemProvider: string | null
    sandboxProvider: string | null
    config: ConfigEntry[]
  }
  registries: { skillsSh: { enabled: boolean } }
}
/** @deprecated Use `InfrastructureStatusResponse`. */
export type InfrastructureStatus = InfrastructureStatusResponse

// ---- skill registries
export interface BuilderRegistryDescriptor {
  id: 'skills-sh'
  enabled: boolean
  label: string
}
export interface ListBuilderRegistriesResponse {
  registries: BuilderRegistryDescriptor[]
}
/** @deprecated Use `ListBuilderRegistriesResponse`. */
export type BuilderRegistries = ListBuilderRegistriesResponse
export interface BuilderRegistrySearchParams {
  q: string
  limit?: number
}
export interface BuilderRegistryPageParams {
  limit?: number
  offset?: number
}
export interface BuilderRegistryPreviewParams {
  owner: string
  repo: string
  path: string
}
/** A skill a registry lists. */
export interface BuilderRegistrySkillSummary {
  id: string
  name: string
  installs: number
  topSource: string
}
export interface BuilderRegistrySearchResponse {
  query: string
  searchType: string
  skills: BuilderRegistrySkillSummary[]
  count: number
}
export interface BuilderRegistryPopularResponse {
  skills: BuilderRegistrySkillSummary[]
  count: number
  limit: number
  offset: number
}
export interface BuilderRegistryPreviewResponse {
  content: string
}
/** The registry skill to install (from GitHub `owner/repo`). */
export interface BuilderRegistryInstallBody {
  owner: string
  repo: string
  skillName: string
  visibility?: 'private' | 'public'
}
export interface BuilderRegistryInstallResponse {
  storedSkillId: string
  name: string
  filesWritten: number
}
/** @deprecated Use `BuilderRegistryInstallResponse`. */
export type BuilderRegistryInstallResult = BuilderRegistryInstallResponse

export {}
