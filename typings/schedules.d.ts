// Types of the schedules group, re-exported by index.d.ts: the server's /schedules routes.

/** Status of a workflow run a schedule started. */
type RunStatus = 'running' | 'success' | 'failed' | 'tripwire' | 'suspended' | 'waiting' | 'pending' | 'canceled' | 'bailed' | 'skipped' | 'paused'
export type ScheduleStatus = 'active' | 'paused'
/** The last run of a workflow schedule (epoch milliseconds). */
export interface ScheduleRunSummary {
  status: RunStatus
  startedAt?: number
  completedAt?: number
  durationMs?: number
  error?: string
}
/** Attributes of the signal an agent schedule sends. */
export type ScheduleSignalAttributes = Record<string, string | number | boolean | null | undefined>
/** Kind of signal an agent schedule sends. */
export type ScheduleSignalType = 'user' | 'state' | 'reactive' | 'notification' | 'user-message' | 'system-reminder'
/** What happens when the agent is busy when the schedule fires. */
export interface ScheduleIfActive {
  behavior?: 'deliver' | 'persist' | 'discard'
  attributes?: ScheduleSignalAttributes
}
/** What happens when the agent is idle when the schedule fires. */
export interface ScheduleIfIdle {
  behavior?: 'wake' | 'persist' | 'discard'
  attributes?: ScheduleSignalAttributes
  streamOptions?: { requestContext?: Record<string, unknown> }
}
/** The signal fields of an agent schedule. */
interface AgentSignalFields {
  signalType?: ScheduleSignalType
  tagName?: string
  attributes?: ScheduleSignalAttributes
  ifActive?: ScheduleIfActive
  ifIdle?: ScheduleIfIdle
  providerOptions?: Record<string, unknown>
}
interface ScheduleBase {
  id: string
  cron: string
  timezone?: string
  status: ScheduleStatus
  /** Epoch milliseconds. */
  nextFireAt: number
  lastFireAt?: number
  lastRunId?: string
  resourceId?: string
  metadata?: Record<string, unknown>
  createdAt: number
  updatedAt: number
}
/** A schedule that sends `prompt` to an agent. */
export interface AgentSchedule extends ScheduleBase, AgentSignalFields {
  agentId: string
  workflowId?: undefined
  lastRun?: undefined
  prompt: string
  name?: string
  threadId?: string
}
/** A schedule that starts a workflow run. */
export interface WorkflowSchedule extends ScheduleBase {
  workflowId: string
  agentId?: undefined
  lastRun?: ScheduleRunSummary
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
}
/** An agent schedule or a workflow schedule (`agentId` or `workflowId` tells). */
export type ScheduleResponse = AgentSchedule | WorkflowSchedule
/** @deprecated Use `ScheduleResponse`. */
export type Schedule = ScheduleResponse
export interface ListSchedulesParams {
  agentId?: string
  workflowId?: string
  status?: ScheduleStatus
  threadId?: string
  resourceId?: string
  name?: string
}
export interface ListSchedulesResponse {
  schedules: ScheduleResponse[]
}
export interface CreateAgentScheduleInput extends AgentSignalFields {
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
export interface CreateWorkflowScheduleInput {
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
/** The fields to change (agent fields for an agent schedule, workflow fields for a workflow one). */
export interface UpdateScheduleInput extends AgentSignalFields {
  cron?: string
  timezone?: string
  status?: ScheduleStatus
  metadata?: Record<string, unknown>
  prompt?: string
  name?: string
  inputData?: unknown
  initialState?: unknown
  requestContext?: Record<string, unknown>
  resourceId?: string
}
export interface RunScheduleResponse {
  scheduleId: string
  claimId: string
  /** Epoch milliseconds. */
  scheduledFireAt: number
}
export interface ListScheduleTriggersParams {
  limit?: number
  /** Epoch milliseconds. */
  fromActualFireAt?: number
  toActualFireAt?: number
}
/** Outcomes of a schedule's fire. */
export type ScheduleTriggerOutcome = 'published' | 'succeeded' | 'delivered' | 'persisted' | 'discarded' | 'skipped' | 'aborted' | 'failed'
/** What made a trigger: the schedule's fire, a queued signal's drain, or `runSchedule`. */
export type ScheduleTriggerKind = 'schedule-fire' | 'queue-drain' | 'manual'
/** One fire of a schedule (epoch milliseconds). */
export interface ScheduleTriggerResponse {
  id?: string
  scheduleId: string
  runId: string | null
  scheduledFireAt: number
  actualFireAt: number
  outcome: ScheduleTriggerOutcome | 'acked' | 'alerted' | 'deferred' | 'appended-from-queue' | 'dropped-stale' | 'dropped-superseded' | 'dropped-busy'
  error?: string
  triggerKind?: ScheduleTriggerKind
  parentTriggerId?: string
  metadata?: Record<string, unknown>
  run?: ScheduleRunSummary
}
/** @deprecated Use `ScheduleTriggerResponse`. */
export type ScheduleTrigger = ScheduleTriggerResponse
export interface ListScheduleTriggersResponse {
  triggers: ScheduleTriggerResponse[]
}

export {}
