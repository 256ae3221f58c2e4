// Types of the background tasks group, re-exported by index.d.ts.
import type { Loose } from './loose'
export type BackgroundTaskStatus = 'pending' | 'running' | 'suspended' | 'completed' | 'failed' | 'cancelled' | 'timed_out'
export type BackgroundTaskDateColumn = 'createdAt' | 'startedAt' | 'suspendedAt' | 'completedAt'
export interface ListBackgroundTasksParams {
  agentId?: string
  status?: BackgroundTaskStatus
  runId?: string
  threadId?: string
  resourceId?: string
  toolName?: string
  toolCallId?: string
  fromDate?: Date
  toDate?: Date
  dateFilterBy?: BackgroundTaskDateColumn
  orderBy?: BackgroundTaskDateColumn
  orderDirection?: 'asc' | 'desc'
  page?: number
  perPage?: number
}
export interface StreamBackgroundTasksParams {
  agentId?: string
  runId?: string
  threadId?: string
  resourceId?: string
  taskId?: string
}
export interface BackgroundTask extends Loose {
  id: string
  status: BackgroundTaskStatus
  toolName: string
  toolCallId: string
  args: Record<string, unknown>
  agentId: string
  threadId?: string
  resourceId?: string
  runId: string
  result?: unknown
  error?: { message: string; stack?: string }
  createdAt: string
  startedAt?: string
  completedAt?: string
  retryCount: number
  maxRetries: number
  timeoutMs: number
}
export interface BackgroundTaskList extends Loose {
  tasks: BackgroundTask[]
  total: number
}
/** An event of the background task stream (e.g. a task completed or failed). */
export interface BackgroundTaskEvent extends Loose {
  type?: string
}
