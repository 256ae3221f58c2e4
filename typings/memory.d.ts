// Types of the memory group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
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
export interface GetMemoryConfigParams {
  agentId: string
  requestContext?: RequestContextInput
}
export interface MemoryConfigResponse extends Loose {
  memoryType?: 'local' | 'gateway'
  config: Loose & {
    lastMessages?: number | false
    semanticRecall?: boolean | Loose
    workingMemory?: Loose
    observationalMemory?: Loose
  }
}
/** Exactly one of `agentId` (an agent's memory) and `networkId` (an agent network's). */
export type DeleteThreadOptions =
  | { agentId: string; networkId?: never; requestContext?: RequestContextInput }
  | { networkId: string; agentId?: never; requestContext?: RequestContextInput }
export interface MemoryStatus extends Loose {
  result: boolean
  memoryType?: 'local' | 'gateway'
  observationalMemory?: Loose & {
    enabled: boolean
    hasRecord?: boolean
    originType?: string
    lastObservedAt?: string | Date
    tokenCount?: number
    observationTokenCount?: number
    isObserving?: boolean
    isReflecting?: boolean
  }
}
export interface GetObservationalMemoryParams {
  agentId: string
  resourceId?: string
  threadId?: string
  /** Sent as ISO text when a `Date`, as given when text. */
  from?: Date | string
  to?: Date | string
  offset?: number
  limit?: number
  requestContext?: RequestContextInput
}
export interface ObservationalMemoryResponse extends Loose {
  record: Loose | null
  history?: Loose[]
}
export interface AwaitBufferStatusParams {
  agentId: string
  resourceId?: string
  threadId?: string
  requestContext?: RequestContextInput
}
export interface SearchMemoryParams {
  agentId: string
  resourceId: string
  threadId?: string
  searchQuery: string
  memoryConfig?: Loose
  requestContext?: RequestContextInput
}
export interface MemorySearchResponse extends Loose {
  results: Loose[]
  count: number
  query: string
  searchType?: string
  searchScope?: 'thread' | 'resource'
}
/** Messages to delete: ids, or message objects with an `id`. */
export type MessageIdsInput = string | string[] | { id: string } | { id: string }[]
export interface CloneMemoryThreadParams extends Loose {
  /** Defaults to the thread's own agent. */
  agentId?: string
  newThreadId?: string
  resourceId?: string
  title?: string
  metadata?: Record<string, unknown>
  options?: {
    messageLimit?: number
    messageFilter?: { startDate?: Date | string; endDate?: Date | string; messageIds?: string[] }
  }
  requestContext?: RequestContextInput
}
export interface CloneMemoryThreadResponse extends Loose {
  thread: StorageThread
  clonedMessages: Loose[]
}
export interface TransferMemoryThreadParams extends Loose {
  /** The resource that owns the thread afterwards. */
  resourceId: string
  agentId?: string
  requestContext?: RequestContextInput
}
