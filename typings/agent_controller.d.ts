// Types of the agent controller group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export interface AgentControllerInfo extends Loose {
  id: string
}
export interface AgentControllerModeInfo extends Loose {
  id: string
  name?: string
  default?: boolean
}
export interface AgentControllerModelInfo extends Loose {
  id: string
  provider?: string
  hasAuth?: boolean
  useCount?: number
}
export interface AgentControllerActiveRun extends Loose {
  resourceId: string
  threadId?: string
}
export interface AgentControllerWorkspaceStatus extends Loose {}
export interface AgentControllerSessionCreated extends Loose {
  controllerId: string
  resourceId: string
  threadId?: string
}
export interface AgentControllerSessionState extends Loose {
  modeId?: string
  modelId?: string
  threadId?: string | null
  state?: Record<string, unknown>
}
export interface AgentControllerRequestOptions {
  requestContext?: RequestContextInput
}
export type AgentControllerMessageInput =
  | string
  | { content: string; files?: Array<{ data: string; mediaType: string; filename?: string }> }
export interface PlanResume {
  action: 'approved' | 'rejected'
  feedback?: string
  path?: string
  title?: string
  plan?: string
}
/** An event of a session's stream; `message_start` and `thread_created` carry `Date`s. */
export interface AgentControllerEvent extends Loose {
  type: string
}
export interface AgentControllerSubscribeOptions {
  onEvent: (event: AgentControllerEvent) => void
  onError?: (error: unknown) => void
  onReconnect?: () => void
  /** `true`: retry forever from 1 s, doubling up to 30 s. */
  reconnect?: boolean | { maxRetries?: number; delayMs?: number; maxDelayMs?: number }
}
export interface AgentControllerSubscription {
  unsubscribe: () => void
}
export interface AgentControllerThreadInfo extends Loose {
  id: string
  title?: string
  resourceId?: string
  createdAt?: string
  updatedAt?: string
}
/** A thread as `createThread` and `cloneThread` give it. */
export interface AgentControllerThreadCreated extends Loose {
  id: string
  title?: string
  resourceId: string
  createdAt: string
  updatedAt: string
}
export interface AgentControllerListMessagesOptions {
  limit?: number
  page?: number
  perPage?: number | false
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
  filter?: Loose
  include?: unknown[]
}
export interface AgentControllerMessage extends Loose {
  id: string
  role: string
  content: Loose
  createdAt: Date
}
export interface AgentControllerMessagesPage extends Loose {
  messages: AgentControllerMessage[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
/**
 * What `listMessages` resolves with: without options (or with a number) the messages
 * themselves, with options a page holding them. Typed as both, so either use type-checks.
 */
export type AgentControllerMessageList = AgentControllerMessage[] & AgentControllerMessagesPage
export interface AgentControllerGoal extends Loose {
  id: string
  objective: string
  status: 'active' | 'paused' | 'done'
  runsUsed?: number
  maxRuns?: number
  judgeModelId?: string
  startedAt?: number
  updatedAt?: number
}
export type AgentControllerPermissionPolicy = 'allow' | 'ask' | 'deny'
export interface AgentControllerPermissionRules extends Loose {
  categories?: Record<string, AgentControllerPermissionPolicy>
  tools?: Record<string, AgentControllerPermissionPolicy>
}
export interface AgentControllerNotificationInput extends Loose {
  source: string
  kind: string
  summary: string
  priority?: 'low' | 'medium' | 'high' | 'urgent'
  payload?: unknown
  sourceId?: string
  dedupeKey?: string
  coalesceKey?: string
  attributes?: Record<string, unknown>
  metadata?: Record<string, unknown>
}
export interface AgentControllerNotificationResult extends Loose {
  accepted: boolean
  notificationId?: string
  decision?: string
  runId?: string
}
