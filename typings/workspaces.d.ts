// Types of the workspaces group, re-exported by index.d.ts.
import type { Loose } from './loose'
export interface WorkspacesList extends Loose {
  workspaces: ({ id: string; name: string; source?: 'mastra' | 'agent'; agentId?: string } & Loose)[]
}
export interface WorkspaceInfo extends Loose {
  isWorkspaceConfigured: boolean
  id?: string
  name?: string
  status?: string
  capabilities?: Loose
}
export interface WorkspaceFileContent extends Loose {
  path: string
  content: string
  type: 'file' | 'directory'
  size?: number
  mimeType?: string
}
export interface WorkspaceWriteOptions {
  encoding?: 'utf-8' | 'base64'
  /** Makes missing parent folders. */
  recursive?: boolean
}
export interface WorkspaceFsResult extends Loose {
  success: boolean
  path: string
}
export interface WorkspaceFileEntry extends Loose {
  name: string
  type: 'file' | 'directory'
  size?: number
}
export interface WorkspaceFileList extends Loose {
  path: string
  entries: WorkspaceFileEntry[]
}
export interface WorkspaceFileStat extends Loose {
  path: string
  type: 'file' | 'directory'
  size?: number
  createdAt?: string
  modifiedAt?: string
  mimeType?: string
}
export interface WorkspaceSearchParams {
  query: string
  topK?: number
  mode?: 'bm25' | 'vector' | 'hybrid'
  minScore?: number
}
export interface WorkspaceSearchResult extends Loose {
  results: ({ id: string; content: string; score: number } & Loose)[]
  query: string
  mode: string
}
export interface WorkspaceIndexParams extends Loose {
  path: string
  content: string
  metadata?: Record<string, unknown>
}
export interface WorkspaceIndexResult extends Loose {
  success: boolean
  path: string
}
export interface WorkspaceSkill extends Loose {
  name: string
  description: string
  path: string
  instructions?: string
  references?: string[]
}
export interface WorkspaceSkillsList extends Loose {
  skills: WorkspaceSkill[]
  isSkillsConfigured: boolean
}
export interface SearchSkillsParams {
  query: string
  topK?: number
  minScore?: number
  /** Searches only these skills. */
  skillNames?: string[]
  includeReferences?: boolean
}
export interface SearchSkillsResult extends Loose {
  results: ({ skillName: string; source: string; content: string; score: number } & Loose)[]
  query: string
}
export interface SkillReferencesList extends Loose {
  skillName: string
  references: string[]
}
export interface SkillReference extends Loose {
  skillName: string
  referencePath: string
  content: string
}
