// Types of the stored group, re-exported by index.d.ts.
import type { Loose } from './loose'
/** Which version of a stored record to read. */
export type StoredStatus = 'draft' | 'published' | 'archived'
/** Who may see a stored record. */
export type StoredVisibility = 'private' | 'public'
/** One page of stored records. */
export interface StoredPage extends Loose {
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/** Paging and ordering of stored records. */
export interface ListStoredRecordsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'createdAt' | 'updatedAt' | string; direction?: 'ASC' | 'DESC' }
  authorId?: string
  metadata?: Record<string, unknown>
}
/** A stored record as the server keeps it (its active or requested version resolved). */
export interface StoredRecord extends Loose {
  id: string
  status?: string
  authorId?: string
  metadata?: Record<string, unknown>
  activeVersionId?: string
  createdAt: string | Date
  updatedAt: string | Date
}
export interface DeleteStoredResult extends Loose {
  success: boolean
  message: string
}
export interface FavoriteToggleResult extends Loose {
  favorited: boolean
  favoriteCount: number
}

// ---- agents
export interface ListStoredAgentsParams extends ListStoredRecordsParams {
  status?: StoredStatus
  visibility?: StoredVisibility
  /** Only the calling user's favorites. */
  favoritedOnly?: boolean
  /** Puts this user's favorites first. */
  pinFavoritedFor?: string
}
export interface StoredAgentRecord extends StoredRecord {
  name: string
  description?: string
  instructions: string | Loose[]
  model: Loose
  tools?: Loose
  workflows?: Loose
  agents?: Loose
  memory?: Loose
  scorers?: Loose
}
export interface StoredAgentsPage extends StoredPage {
  agents: StoredAgentRecord[]
}
export interface CreateStoredAgentParams extends Loose {
  id?: string
  name: string
  description?: string
  instructions: string | Loose[]
  model: { provider: string; name: string } & Loose
  authorId?: string
  visibility?: StoredVisibility
  metadata?: Record<string, unknown>
}
export interface UpdateStoredAgentParams extends Loose {
  name?: string
  description?: string
  instructions?: string | Loose[]
  model?: { provider: string; name: string } & Loose
  metadata?: Record<string, unknown>
}
export interface ExportStoredAgentParams extends Loose {
  name?: string
  instructions?: string | Loose[]
  model?: Loose
}
export interface OpenChangeRequestParams extends ExportStoredAgentParams {
  changeMessage?: string
  userName?: string
  inspectOnly?: boolean
}
export interface StoredAgentDependents extends Loose {
  dependents: { id: string; name: string }[]
  hiddenCount?: number
}

// ---- versions (agents, prompt blocks, scorers)
export interface ListVersionsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'versionNumber' | 'createdAt'; direction?: 'ASC' | 'DESC' }
}
export interface CreateVersionParams extends Loose {
  changeMessage?: string
}
/** One saved version of a stored record. */
export interface StoredVersion extends Loose {
  id: string
  versionNumber: number
  changedFields?: string[]
  changeMessage?: string
  createdAt: string
}
export interface VersionsPage extends StoredPage {
  versions: StoredVersion[]
}
export interface ActivateVersionResult extends Loose {
  success: boolean
  message: string
  activeVersionId: string
}
export interface DeleteVersionResult extends Loose {
  success: boolean
  message: string
}
export interface CompareVersionsResult extends Loose {
  fromVersion: StoredVersion
  toVersion: StoredVersion
  diffs: { field: string; previousValue: any; currentValue: any; changeType?: 'added' | 'removed' | 'modified' }[]
}

// ---- prompt blocks
export interface ListStoredPromptBlocksParams extends ListStoredRecordsParams {
  status?: StoredStatus
}
export interface StoredPromptBlockRecord extends StoredRecord {
  name: string
  description?: string
  content: string
  rules?: Loose
}
export interface StoredPromptBlocksPage extends StoredPage {
  promptBlocks: StoredPromptBlockRecord[]
}
export interface CreateStoredPromptBlockParams extends Loose {
  id?: string
  name: string
  description?: string
  content: string
  rules?: Loose
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface UpdateStoredPromptBlockParams extends Loose {
  name?: string
  description?: string
  content?: string
  rules?: Loose
  metadata?: Record<string, unknown>
}

// ---- scorers
export interface StoredScorerRecord extends StoredRecord {
  name: string
  description?: string
  type: string
  model?: Loose
  instructions?: string
  scoreRange?: { min?: number; max?: number }
}
export interface StoredScorersPage extends StoredPage {
  scorerDefinitions: StoredScorerRecord[]
}
export interface CreateStoredScorerParams extends Loose {
  id?: string
  name: string
  description?: string
  type: string
  model?: { provider: string; name: string } & Loose
  instructions?: string
  scoreRange?: { min?: number; max?: number }
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface UpdateStoredScorerParams extends Loose {
  name?: string
  description?: string
  instructions?: string
  metadata?: Record<string, unknown>
}

// ---- MCP clients
export interface StoredMCPClientRecord extends StoredRecord {
  name: string
  description?: string
  servers: Record<string, Loose>
}
export interface StoredMCPClientsPage extends StoredPage {
  mcpClients: StoredMCPClientRecord[]
}
export interface CreateStoredMCPClientParams extends Loose {
  id?: string
  name: string
  description?: string
  servers: Record<string, { type: 'stdio' | 'http'; command?: string; args?: string[]; env?: Record<string, string>; url?: string; timeout?: number }>
  authorId?: string
  metadata?: Record<string, unknown>
}
export interface UpdateStoredMCPClientParams extends Loose {
  name?: string
  description?: string
  servers?: Record<string, Loose>
  metadata?: Record<string, unknown>
}

// ---- skills
export interface ListStoredSkillsParams extends ListStoredRecordsParams {
  visibility?: StoredVisibility
  favoritedOnly?: boolean
  pinFavoritedFor?: string
}
export interface StoredSkillRecord extends StoredRecord {
  name: string
  description?: string
  instructions?: string
}
export interface StoredSkillsPage extends StoredPage {
  skills: StoredSkillRecord[]
}
export interface CreateStoredSkillParams extends Loose {
  id?: string
  name: string
  description?: string
  instructions: string
  authorId?: string
  visibility?: StoredVisibility
  metadata?: Record<string, unknown>
}
export interface UpdateStoredSkillParams extends Loose {
  name?: string
  description?: string
  instructions?: string
  metadata?: Record<string, unknown>
}

// ---- workspaces
export interface ListStoredWorkspacesParams {
  page?: number
  perPage?: number
  authorId?: string
  orderBy?: { field?: 'createdAt' | 'updatedAt'; direction?: 'ASC' | 'DESC' }
}
export interface StoredWorkspaceRecord extends StoredRecord {
  name: string
  description?: string
}
export interface StoredWorkspacesPage extends StoredPage {
  workspaces: StoredWorkspaceRecord[]
}
