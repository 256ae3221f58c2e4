// Types of the schedules group, re-exported by index.d.ts.
import type { Loose } from './loose'
export interface ListSchedulesParams {
  agentId?: string
  workflowId?: string
  status?: 'active' | 'paused'
  threadId?: string
  resourceId?: string
  name?: string
}
/** An agent schedule (`agentId`, `prompt`) or a workflow schedule (`workflowId`). */
export interface Schedule extends Loose {
  id: string
  agentId?: string
  workflowId?: string
  cron: string
  timezone?: string
  status: 'active' | 'paused'
  nextFireAt: number
  lastFireAt?: number
  lastRunId?: string
  lastRun?: Loose
  prompt?: string
  name?: string
  threadId?: string
  resourceId?: string
  metadata?: Record<string, unknown>
  createdAt: number
  updatedAt: number
}
export interface CreateAgentScheduleInput extends Loose {
  agentId: string
  prompt: string
  cron: string
  id?: string
  timezone?: string
  name?: string
  threadId?: string
  resourceId?: string
  metadata?: Record<string, unknown>
}
export interface CreateWorkflowScheduleInput extends Loose {
  workflowId: string
  cron: string
  id?: string
  timezone?: string
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
  resourceId?: string
  metadata?: Record<string, unknown>
}
export type CreateScheduleInput = CreateAgentScheduleInput | CreateWorkflowScheduleInput
export interface UpdateScheduleInput extends Loose {
  cron?: string
  timezone?: string
  status?: 'active' | 'paused'
  metadata?: Record<string, unknown>
  prompt?: string
  name?: string
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
}
export interface RunScheduleResponse extends Loose {
  scheduleId: string
  claimId: string
  scheduledFireAt: number
}
export interface ListScheduleTriggersParams {
  limit?: number
  /** Epoch milliseconds. */
  fromActualFireAt?: number
  toActualFireAt?: number
}
export interface ScheduleTrigger extends Loose {
  id?: string
  scheduleId: string
  runId: string | null
  scheduledFireAt: number
  actualFireAt: number
  outcome: string
  error?: string
  triggerKind?: 'schedule-fire' | 'queue-drain' | 'manual'
  run?: Loose
}
