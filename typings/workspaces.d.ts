// Types of the workspaces group, re-exported by index.d.ts: the server's /workspaces routes
// (files, search, skills).

/** What a workspace can do. */
export interface WorkspaceCapabilities {
  hasFilesystem: boolean
  hasSandbox: boolean
  canBM25: boolean
  canVector: boolean
  canHybrid: boolean
  hasSkills: boolean
}
export interface WorkspaceSafety {
  readOnly: boolean
}
/** A workspace the server knows: its own, or an agent's. */
export interface WorkspaceItem {
  id: string
  name: string
  status: string
  source: 'mastra' | 'agent'
  agentId?: string
  agentName?: string
  capabilities: WorkspaceCapabilities
  safety: WorkspaceSafety
}
export interface ListWorkspacesResponse {
  workspaces: WorkspaceItem[]
}
/** @deprecated Use `ListWorkspacesResponse`. */
export type WorkspacesList = ListWorkspacesResponse
/** A workspace's configuration: its filesystem, mounts and capabilities. */
export interface WorkspaceInfoResponse {
  isWorkspaceConfigured: boolean
  id?: string
  name?: string
  status?: string
  capabilities?: WorkspaceCapabilities
  safety?: WorkspaceSafety
  filesystem?: {
    id: string
    name: string
    provider: string
    status?: string
    error?: string
    readOnly?: boolean
    icon?: string
    metadata?: Record<string, unknown>
  }
  mounts?: { path: string; provider: string; readOnly: boolean; displayName?: string; icon?: string; name?: string }[]
}
/** @deprecated Use `WorkspaceInfoResponse`. */
export type WorkspaceInfo = WorkspaceInfoResponse
export interface WorkspaceFsReadResponse {
  path: string
  content: string
  type: 'file' | 'directory'
  size?: number
  mimeType?: string
}
/** @deprecated Use `WorkspaceFsReadResponse`. */
export type WorkspaceFileContent = WorkspaceFsReadResponse
export interface WorkspaceWriteOptions {
  encoding?: 'utf-8' | 'base64'
  /** Makes missing parent folders. */
  recursive?: boolean
}
/** The result of a write, delete, mkdir or index. */
export interface WorkspaceFsResult {
  success: boolean
  path: string
}
export type WorkspaceFsWriteResponse = WorkspaceFsResult
export type WorkspaceFsDeleteResponse = WorkspaceFsResult
export type WorkspaceFsMkdirResponse = WorkspaceFsResult
export type WorkspaceIndexResponse = WorkspaceFsResult
/** @deprecated Use `WorkspaceIndexResponse`. */
export type WorkspaceIndexResult = WorkspaceFsResult
/** A file or folder of a listing; a mount point has `mount`. */
export interface WorkspaceFileEntry {
  name: string
  type: 'file' | 'directory'
  size?: number
  mount?: {
    provider: string
    icon?: string
    displayName?: string
    description?: string
    status?: 'pending' | 'initializing' | 'ready' | 'starting' | 'running' | 'stopping' | 'stopped' | 'destroying' | 'destroyed' | 'error'
    error?: string
  }
}
export interface WorkspaceFsListResponse {
  path: string
  entries: WorkspaceFileEntry[]
}
/** @deprecated Use `WorkspaceFsListResponse`. */
export type WorkspaceFileList = WorkspaceFsListResponse
export interface WorkspaceFsStatResponse {
  path: string
  type: 'file' | 'directory'
  size?: number
  createdAt?: string
  modifiedAt?: string
  mimeType?: string
}
/** @deprecated Use `WorkspaceFsStatResponse`. */
export type WorkspaceFileStat = WorkspaceFsStatResponse
export interface WorkspaceSearchParams {
  query: string
  topK?: number
  mode?: 'bm25' | 'vector' | 'hybrid'
  minScore?: number
}
/** Where a hit is in its file, and how each search method scored it. */
interface HitDetails {
  lineRange?: { start: number; end: number }
  scoreDetails?: { vector?: number; bm25?: number }
}
/** One hit of a workspace search. */
export interface WorkspaceSearchResult extends HitDetails {
  id: string
  content: string
  score: number
}
export interface WorkspaceSearchResponse {
  results: WorkspaceSearchResult[]
  query: string
  mode: 'bm25' | 'vector' | 'hybrid'
}
export interface WorkspaceIndexParams {
  path: string
  content: string
  metadata?: Record<string, unknown>
}

// ---- skills
/** Where a skill comes from: a package, the project, or Mastra's managed folder. */
export type SkillSource =
  | { type: 'external'; packagePath: string }
  | { type: 'local'; projectPath: string }
  | { type: 'managed'; mastraPath: string }
export interface SkillMetadata {
  name: string
  description: string
  license?: string
  compatibility?: string
  metadata?: Record<string, string>
  path: string
}
/** A skill with its instructions and files. */
export interface Skill extends SkillMetadata {
  instructions: string
  source: SkillSource
  references: string[]
  scripts: string[]
  assets: string[]
}
/** @deprecated Use `Skill`. */
export type WorkspaceSkill = Skill
export interface ListSkillsResponse {
  skills: SkillMetadata[]
  isSkillsConfigured: boolean
}
/** @deprecated Use `ListSkillsResponse`. */
export type WorkspaceSkillsList = ListSkillsResponse
export interface SearchSkillsParams {
  query: string
  topK?: number
  minScore?: number
  /** Searches only these skills. */
  skillNames?: string[]
  includeReferences?: boolean
}
/** One hit of a skill search. */
export interface SkillSearchResult extends HitDetails {
  skillName: string
  source: string
  content: string
  score: number
}
export interface SearchSkillsResponse {
  results: SkillSearchResult[]
  query: string
}
/** @deprecated Use `SearchSkillsResponse`. */
export type SearchSkillsResult = SearchSkillsResponse
export interface ListSkillReferencesResponse {
  skillName: string
  references: string[]
}
/** @deprecated Use `ListSkillReferencesResponse`. */
export type SkillReferencesList = ListSkillReferencesResponse
export interface GetSkillReferenceResponse {
  skillName: string
  referencePath: string
  content: string
}
/** @deprecated Use `GetSkillReferenceResponse`. */
export type SkillReference = GetSkillReferenceResponse

export {}
