// Types of the memory group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
import type { MastraDBMessage } from './agent_controller'

// ---- threads
/** A memory thread as lists and creation return it (dates as ISO text). */
export interface StorageThread {
  id: string
  title?: string
  resourceId: string
  metadata?: Record<string, unknown>
  createdAt: string
  updatedAt: string
}
/**
 * A thread as `MemoryThread.get()`, `update()` and `transfer()` return it. client-js types its
 * dates as `Date` (the server's own type); over JSON they arrive as ISO text, here as there.
 */
export interface MemoryThreadRecord {
  id: string
  title?: string
  resourceId: string
  metadata?: Record<string, unknown>
  createdAt: Date
  updatedAt: Date
}
/** client-js's name for a created thread. */
export type CreateMemoryThreadResponse = StorageThread
export interface ListMemoryThreadsParams {
  resourceId?: string
  agentId?: string
  metadata?: Record<string, unknown>
  page?: number
  perPage?: number
  orderBy?: { field?: 'createdAt' | 'updatedAt'; direction?: 'ASC' | 'DESC' }
  requestContext?: RequestContextInput
}
export interface MemoryThreadsPage {
  threads: StorageThread[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/** client-js's name for a page of threads. */
export type ListMemoryThreadsResponse = MemoryThreadsPage
export interface CreateMemoryThreadParams {
  agentId: string
  resourceId: string
  title?: string
  metadata?: Record<string, unknown>
  threadId?: string
  requestContext?: RequestContextInput
}
export interface UpdateMemoryThreadParams {
  title?: string
  metadata?: Record<string, unknown>
  resourceId?: string
  agentId?: string
  requestContext?: RequestContextInput
}
/** Exactly one of `agentId` (an agent's memory) and `networkId` (an agent network's). */
export type DeleteThreadOptions =
  | { agentId: string; networkId?: never; requestContext?: RequestContextInput }
  | { networkId: string; agentId?: never; requestContext?: RequestContextInput }
export interface CloneMemoryThreadParams {
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
export interface CloneMemoryThreadResponse {
  /** The new thread; client-js types its dates as both text and `Date` (they arrive as ISO text). */
  thread: StorageThread & MemoryThreadRecord
  clonedMessages: MastraDBMessage[]
}
export interface TransferMemoryThreadParams {
  /** The resource that owns the thread afterwards. */
  resourceId: string
  agentId?: string
  requestContext?: RequestContextInput
}

// ---- messages
export interface ListMemoryMessagesParams {
  agentId?: string
  /** Lists the messages of an agent network's thread instead (`listThreadMessages` only). */
  networkId?: string
  resourceId?: string
  page?: number
  perPage?: number | false
  orderBy?: { field?: 'createdAt'; direction?: 'ASC' | 'DESC' }
  filter?: {
    /** Dates are sent as ISO text. */
    dateRange?: { start?: Date | string; end?: Date | string; startExclusive?: boolean; endExclusive?: boolean }
    roles?: string[]
    metadata?: Record<string, string | number | boolean | null>
  }
  /** Messages to add with some of their neighbours, by id. */
  include?: { id: string; threadId?: string; withPreviousMessages?: number; withNextMessages?: number }[]
  includeSystemReminders?: boolean
  requestContext?: RequestContextInput
}
/** client-js's name for the message list parameters. */
export type ListMemoryThreadMessagesParams = ListMemoryMessagesParams
export interface MemoryMessagesPage {
  messages: MastraDBMessage[]
  /** The messages in AI SDK UI form, when the server sends them. */
  uiMessages: unknown[] | null
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
/** client-js's name for a page of thread messages. */
export type ListMemoryThreadMessagesResponse = MemoryMessagesPage
export interface SaveMessagesParams {
  agentId: string
  /** Messages in the stored form (format 2) or the older v1 form. */
  messages: (MastraDBMessage | Loose)[]
  requestContext?: RequestContextInput
}
/** client-js's name for the save parameters. */
export type SaveMessageToMemoryParams = SaveMessagesParams
/** The parameters of saving messages of an agent network. */
export interface SaveNetworkMessageToMemoryParams {
  networkId?: string
  agentId: string
  messages: (MastraDBMessage | Loose)[]
}
export interface SaveMessageToMemoryResponse {
  messages: MastraDBMessage[]
}
/** Messages to delete: ids, or message objects with an `id`. */
export type MessageIdsInput = string | string[] | { id: string } | { id: string }[]

// ---- working memory
export interface WorkingMemoryParams {
  agentId: string
  threadId: string
  resourceId?: string
  requestContext?: RequestContextInput
}
export interface UpdateWorkingMemoryParams extends WorkingMemoryParams {
  workingMemory: string
}
/** A thread's (or its resource's) working memory. */
export interface WorkingMemory {
  workingMemory: unknown
  source: 'thread' | 'resource'
  workingMemoryTemplate: unknown
  threadExists: boolean
}

// ---- configuration and status
export interface GetMemoryConfigParams {
  agentId: string
  requestContext?: RequestContextInput
}
/** A token budget: a number, or a range. */
export type TokenBudget = number | { min: number; max: number }
/** The working memory settings of a memory configuration. */
interface WorkingMemorySettings {
  enabled?: boolean
  scope?: 'thread' | 'resource'
  template?: string
  schema?: unknown
  version?: 'stable' | 'vnext'
}
/** The observational memory settings of a memory configuration. */
interface ObservationalMemorySettings {
  enabled: boolean
  scope?: 'thread' | 'resource'
  messageTokens?: TokenBudget
  observationTokens?: TokenBudget
  observationModel?: string
  reflectionModel?: string
}
/** An agent's memory configuration as the server reports it (`config` is null without memory). */
export interface MemoryConfigResponse {
  memoryType?: 'local' | 'gateway'
  config: {
    lastMessages?: number | false
    messageHistory?: { maxTokens: number; atMaxRemoveTokens?: number }
    semanticRecall?: unknown
    workingMemory?: WorkingMemorySettings & { [key: string]: unknown }
    observationalMemory?: ObservationalMemorySettings & {
      shareTokenBudget?: boolean
      observationModelRouting?: { upTo: number; model: string }[]
      reflectionModelRouting?: { upTo: number; model: string }[]
    }
  } | null
}
/** client-js's name for an agent's memory configuration. */
export type GetMemoryConfigResponse = MemoryConfigResponse
/** The memory configuration in its fuller (server-side) form, as client-js declares it. */
export interface GetMemoryConfigResponseExtended {
  memoryType?: 'local' | 'gateway'
  config: {
    readOnly?: boolean
    lastMessages?: number | false
    messageHistory?: any
    semanticRecall?: boolean | SemanticRecallConfig
    workingMemory?: WorkingMemorySettings & { useStateSignals?: boolean }
    observationalMemory?: ObservationalMemorySettings
    generateTitle?: boolean | { model?: unknown; instructions?: unknown; minMessages?: number; emitEvent?: boolean }
    filterIncompleteToolCalls?: boolean
    threads?: { generateTitle?: boolean | { model: unknown; instructions?: unknown } }
  }
}
/** Semantic recall settings: how many similar messages, with how much context. */
export interface SemanticRecallConfig {
  topK: number
  messageRange: number | { before: number; after: number }
  scope?: 'thread' | 'resource'
  threshold?: number
  indexName?: string
}
/** Thread title generation: on/off, or its model and prompt. */
export type TitleGenerationConfig = boolean | { model?: string; instructions?: string; minMessages?: number; emitEvent?: boolean }
/** Observation settings of observational memory. */
export interface SerializedObservationConfig {
  model?: string
  messageTokens?: number
  modelSettings?: Record<string, unknown>
  providerOptions?: Record<string, Record<string, unknown> | undefined>
  maxTokensPerBatch?: number
  bufferTokens?: number | false
  bufferActivation?: number
  blockAfter?: number
}
/** Reflection settings of observational memory. */
export interface SerializedReflectionConfig {
  model?: string
  observationTokens?: number
  modelSettings?: Record<string, unknown>
  providerOptions?: Record<string, Record<string, unknown> | undefined>
  blockAfter?: number
  bufferActivation?: number
}
/** Observational memory settings in their stored (JSON) form. */
export interface SerializedObservationalMemoryConfig {
  model?: string
  scope?: 'thread' | 'resource'
  shareTokenBudget?: boolean
  observation?: SerializedObservationConfig
  reflection?: SerializedReflectionConfig
}
/** A memory configuration in its stored (JSON) form, e.g. of a stored agent. */
export interface SerializedMemoryConfig {
  /** The vector store's id, or `false` for none. */
  vector?: string | false
  options?: {
    readOnly?: boolean
    lastMessages?: number | false
    messageHistory?: { maxTokens: number; atMaxRemoveTokens?: number }
    semanticRecall?: boolean | SemanticRecallConfig
    generateTitle?: TitleGenerationConfig
  }
  embedder?: string
  embedderOptions?: Record<string, unknown>
  observationalMemory?: boolean | SerializedObservationalMemoryConfig
}
/** Whether an agent has memory, and the state of its observational memory. */
export interface MemoryStatus {
  result: boolean
  memoryType?: 'local' | 'gateway'
  observationalMemory?: {
    enabled: boolean
    hasRecord?: boolean
    originType?: string
    lastObservedAt?: string
    tokenCount?: number
    observationTokenCount?: number
    isObserving?: boolean
    isReflecting?: boolean
  }
}
/** client-js's name for the memory status. */
export type GetMemoryStatusResponse = MemoryStatus

// ---- observational memory
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
/** A chunk of observations buffered before it is activated. */
export interface BufferedObservationChunk {
  id?: string
  cycleId: string
  observations: string
  tokenCount: number
  messageIds?: string[]
  messageTokens: number
  lastObservedAt?: string
  createdAt?: string
  suggestedContinuation?: string
  currentTask?: string
  threadTitle?: string
  extractedValues?: Record<string, unknown>
  extractionFailures?: { slug: string; error: string }[]
}
/** The observational memory record of a thread or resource. */
export interface ObservationalMemoryRecord {
  id: string
  scope: 'thread' | 'resource'
  resourceId: string
  threadId: string | null
  activeObservations: string
  bufferedObservations?: string
  bufferedObservationChunks?: BufferedObservationChunk[]
  bufferedReflection?: string
  originType: 'initial' | 'observation' | 'reflection'
  generationCount: number
  lastObservedAt?: string
  totalTokensObserved: number
  observationTokenCount: number
  pendingMessageTokens: number
  isObserving: boolean
  isReflecting: boolean
  config: Record<string, unknown>
  metadata?: Record<string, unknown>
  createdAt: string
  updatedAt: string
}
export interface ObservationalMemoryResponse {
  record: ObservationalMemoryRecord | null
  history?: ObservationalMemoryRecord[]
}
/** client-js's name for the observational memory reply. */
export type GetObservationalMemoryResponse = ObservationalMemoryResponse
export interface AwaitBufferStatusParams {
  agentId: string
  resourceId?: string
  threadId?: string
  requestContext?: RequestContextInput
}
/** The record once buffering in flight is done. */
export interface AwaitBufferStatusResponse {
  record: ObservationalMemoryRecord | null
}

// ---- search
export interface SearchMemoryParams {
  agentId: string
  resourceId: string
  threadId?: string
  searchQuery: string
  memoryConfig?: any
  requestContext?: RequestContextInput
}
/** A message next to a search hit. */
export interface MemorySearchContextMessage {
  id: string
  role: string
  content: string
  createdAt: string
}
/** One message found by a memory search, with its neighbours. */
export interface MemorySearchResult extends MemorySearchContextMessage {
  threadId?: string
  threadTitle?: string
  context?: { before?: MemorySearchContextMessage[]; after?: MemorySearchContextMessage[] }
}
export interface MemorySearchResponse {
  results: MemorySearchResult[]
  count: number
  query: string
  searchType?: string
  searchScope?: 'thread' | 'resource'
}

export {}
