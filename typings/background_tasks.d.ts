// Types of the background tasks group, re-exported by index.d.ts.
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
/** A tool call run in the background (dates as ISO text). */
export interface BackgroundTask {
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
  /** What a suspended task is waiting for. */
  suspendPayload?: unknown
  createdAt: string
  startedAt?: string
  completedAt?: string
  retryCount: number
  maxRetries: number
  timeoutMs: number
}
/** client-js's name for a background task. */
export type BackgroundTaskResponse = BackgroundTask
export interface BackgroundTaskList {
  tasks: BackgroundTask[]
  total: number
}
/** client-js's name for a page of background tasks. */
export type ListBackgroundTasksResponse = BackgroundTaskList
/** An event of the background task stream (`task.running`, `task.completed`, `task.failed`, ...). */
export interface BackgroundTaskEvent {
  type?: string
  [key: string]: unknown
}

export {}
