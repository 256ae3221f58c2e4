// Types of the memory group, spliced into index.d.ts by `npm run typings`.
export interface StorageThread extends Loose {
  id: string
  title?: string
  resourceId: string
  metadata?: Record<string, unknown> | null
  createdAt: string | Date
  updatedAt: string | Date
}
export interface ListMemoryThreadsParams {
  resourceId?: string
  agentId?: string
  metadata?: Record<string, unknown>
  page?: number
  perPage?: number
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
  requestContext?: RequestContextInput
}
export interface MemoryThreadsPage extends Loose {
  threads: StorageThread[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
export interface CreateMemoryThreadParams extends Loose {
  agentId: string
  resourceId: string
  title?: string
  metadata?: Record<string, unknown>
  threadId?: string
  requestContext?: RequestContextInput
}
export interface UpdateMemoryThreadParams extends Loose {
  title?: string
  metadata?: Record<string, unknown>
  resourceId?: string
  agentId?: string
  requestContext?: RequestContextInput
}
export interface ListMemoryMessagesParams {
  agentId?: string
  /** Lists the messages of an agent network's thread instead (`listThreadMessages` only). */
  networkId?: string
  resourceId?: string
  page?: number
  perPage?: number | false
  orderBy?: Loose
  filter?: Loose
  include?: Loose[]
  includeSystemReminders?: boolean
  requestContext?: RequestContextInput
}
export interface MemoryMessagesPage extends Loose {
  messages: Loose[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
export interface SaveMessagesParams extends Loose {
  agentId: string
  messages: Loose[]
  requestContext?: RequestContextInput
}
export interface WorkingMemoryParams {
  agentId: string
  threadId: string
  resourceId?: string
  requestContext?: RequestContextInput
}
export interface UpdateWorkingMemoryParams extends WorkingMemoryParams {
  workingMemory: string
}
export interface WorkingMemory extends Loose {
  workingMemory: string | null
  source?: string
}
