// Types of the agent controller group, re-exported by index.d.ts: stored messages
// (`MastraDBMessage`), session results, the event union (`KnownAgentControllerEvent`, as the
// server sends it, `message_start` and `thread_created` with `Date`s), and `listMessages`'s
// overloads (at the end of this file).
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
// Only what is marked `export` is exported (without an export list a .d.ts exports every name).
export {}

// ---- messages (@mastra/core's stored message format, v2)
/** Provider metadata on a stored message part: provider namespace → key → value. */
type PartMetadata = Record<string, Record<string, any>>
type JSONValue = null | string | number | boolean | { [key: string]: JSONValue } | JSONValue[]
interface PartExtras {
  providerMetadata?: PartMetadata
  createdAt?: number
}
/** A tool call as a stored message part records it. */
export interface MastraToolInvocation {
  step?: number
  toolCallId: string
  toolName: string
  args: any
  state: 'partial-call' | 'call' | 'result' | 'approval-requested' | 'approval-responded' | 'output-error' | 'output-denied'
  result?: unknown
  isError?: boolean
  errorText?: string
  rawInput?: unknown
  approval?: { id: string; approved?: boolean; reason?: string }
}
/** A part of a stored message: text, reasoning, a file, a tool call, a source, a step start, an error, or `data-*`. */
export type MastraMessagePart =
  | ({ type: 'text'; text: string } & PartExtras)
  | ({ type: 'reasoning'; reasoning: string; details: Array<{ type: 'text'; text: string; signature?: string } | { type: 'redacted'; data: string }> } & PartExtras)
  | ({ type: 'file'; mimeType: string; data: string } & PartExtras)
  | ({ type: 'tool-invocation'; toolInvocation: MastraToolInvocation; providerExecuted?: boolean; title?: string; preliminary?: boolean } & PartExtras)
  | ({ type: 'source'; source: { sourceType: 'url'; id: string; url: string; title?: string; providerMetadata?: PartMetadata } } & PartExtras)
  | ({ type: 'source-document'; sourceId: string; mediaType: string; title: string; filename?: string } & PartExtras)
  | ({ type: 'step-start'; model?: string } & PartExtras)
  | ({ type: 'error'; error: { name: string; message: string } } & PartExtras)
  | ({ type: `data-${string}`; id?: string; data: unknown } & PartExtras)
/** The content of a stored message: its parts, and the AI SDK v4 fields kept beside them. */
export interface MastraMessageContentV2 {
  format: 2
  parts: MastraMessagePart[]
  experimental_attachments?: Array<{ name?: string; contentType?: string; url: string }>
  content?: string
  toolInvocations?: Array<
    | { state: 'partial-call' | 'call'; step?: number; toolCallId: string; toolName: string; args: any }
    | { state: 'result'; step?: number; toolCallId: string; toolName: string; args: any; result: any }
  >
  reasoning?: string
  annotations?: JSONValue[]
  metadata?: Record<string, unknown>
  providerMetadata?: PartMetadata
}
/** A message as Mastra stores it (`createdAt` a `Date`). */
export interface MastraDBMessage {
  id: string
  role: 'user' | 'assistant' | 'system' | 'signal'
  createdAt: Date
  threadId?: string
  resourceId?: string
  type?: string
  content: MastraMessageContentV2
}

// ---- controller and session results
export interface AgentControllerInfo {
  id: string
}
export interface AgentControllerModeInfo {
  id: string
  name?: string
}
/** A model the controller can use, with its auth status and use count. */
export interface AgentControllerAvailableModel {
  id: string
  provider: string
  modelName: string
  hasApiKey: boolean
  useCount: number
}
export type AgentControllerModelInfo = AgentControllerAvailableModel
export interface AgentControllerActiveRun {
  runId: string
  resourceId?: string
  threadId: string
}
export interface AgentControllerWorkspaceStatus {
  hasWorkspace: boolean
  isReady: boolean
}
export interface CreateAgentControllerSessionResponse {
  controllerId: string
  resourceId: string
  threadId?: string
}
export type AgentControllerSessionCreated = CreateAgentControllerSessionResponse
/** A task of the session's task list. */
export interface AgentControllerTaskSnapshot {
  id: string
  content: string
  status: 'pending' | 'in_progress' | 'completed'
  activeForm: string
}
/** Observational memory's token counts and thresholds, in its progress as the status line and the display state show it. */
interface OMProgressCounts {
  pendingTokens: number
  threshold: number
  thresholdPercent: number
  observationTokens: number
  reflectionThreshold: number
  reflectionThresholdPercent: number
}
/** Observational memory progress, as the status line shows it. */
export interface AgentControllerOMProgress extends OMProgressCounts {
  status: string
  projectedMessageRemoval: number
  projectedReflectionSavings: number
}
/** Observational memory's full progress, as the display state shows it. */
interface OMProgressState extends OMProgressCounts {
  status: 'idle' | 'observing' | 'reflecting'
  buffered: {
    observations: { status: 'idle' | 'running' | 'complete'; chunks: number; messageTokens: number; projectedMessageRemoval: number; observationTokens: number }
    reflection: { status: 'idle' | 'running' | 'complete'; inputObservationTokens: number; observationTokens: number }
  }
  generationCount: number
  stepNumber: number
  cycleId?: string
  startTime?: number
  preReflectionTokens: number
}
/** Token counts of a session or thread. */
export interface AgentControllerTokenUsage {
  promptTokens: number
  completionTokens: number
  totalTokens: number
  reasoningTokens?: number
  cachedInputTokens?: number
  cacheCreationInputTokens?: number
  cacheCreationInputTokens5m?: number
  cacheCreationInputTokens1h?: number
  raw?: unknown
}
/** Agent behaviour settings; an absent `thinkingLevel` inherits the default. */
export interface AgentControllerSessionSettings {
  yolo: boolean
  thinkingLevel?: 'off' | 'low' | 'medium' | 'high' | 'xhigh' | 'max'
  notifications: 'off' | 'bell' | 'system' | 'both'
  smartEditing: boolean
}
/** The session's mode, model, thread and progress (for a UI's first render). */
export interface AgentControllerSessionState {
  controllerId: string
  resourceId: string
  threadId?: string
  modeId: string
  modelId: string
  running?: boolean
  tasks?: AgentControllerTaskSnapshot[]
  omProgress?: AgentControllerOMProgress
  tokenUsage?: AgentControllerTokenUsage
  settings?: AgentControllerSessionSettings
}
export interface AgentControllerRequestOptions {
  requestContext?: RequestContextInput
}
export type AgentControllerMessageInput =
  | string
  | { content: string; files?: Array<{ data: string; mediaType: string; filename?: string }> }
/** Resume data of the built-in `submit_plan` suspension. */
export interface PlanResume {
  action: 'approved' | 'rejected'
  feedback?: string
  path?: string
  title?: string
  plan?: string
}

// ---- events
/** A thread as the controller has it (dates as `Date`s). */
export interface AgentControllerThread {
  id: string
  resourceId: string
  title?: string
  createdAt: Date
  updatedAt: Date
  tokenUsage?: AgentControllerTokenUsage
  metadata?: Record<string, unknown>
}
/** An `Error` as the server sends it. */
export interface AgentControllerWireError {
  name: string
  message: string
}
type WorkspaceStatus = 'pending' | 'initializing' | 'ready' | 'paused' | 'error' | 'destroying' | 'destroyed'
type OMOperation = 'observation' | 'reflection'
/** Events about a tool call; they may name their thread. */
type ToolEvent =
  | { type: 'tool_start'; toolCallId: string; toolName: string; args: unknown; title?: string }
  | { type: 'tool_approval_required'; toolCallId: string; toolName: string; args: unknown }
  | { type: 'tool_suspended'; toolCallId: string; toolName: string; args: unknown; suspendPayload: unknown; resumeSchema?: string }
  | { type: 'tool_suspension_cancelled'; toolCallId: string; toolName: string; reason: string }
  | { type: 'tool_update'; toolCallId: string; partialResult: unknown }
  | { type: 'tool_end'; toolCallId: string; result: unknown; isError: boolean; denied?: boolean; providerMetadata?: Record<string, unknown> }
  | { type: 'tool_input_start'; toolCallId: string; toolName: string; title?: string }
  | { type: 'tool_input_delta'; toolCallId: string; argsTextDelta: unknown; toolName?: string }
  | { type: 'tool_input_end'; toolCallId: string }
  | { type: 'shell_output'; toolCallId: string; output: string; stream: 'stdout' | 'stderr' }
  | { type: 'command_exit'; toolCallId: string; exitCode: number; success: boolean }
/**
 * The events the SDK types: a discriminated union, so narrowing on `event.type` gives the
 * payload. `message_start` carries a `MastraDBMessage` and `thread_created` a thread, both
 * with `Date`s; other timestamps are ISO strings as sent.
 */
export type KnownAgentControllerEvent =
  | { type: 'mode_changed'; modeId: string; previousModeId: string }
  | { type: 'model_changed'; modelId: string; scope?: 'global' | 'thread' | 'mode'; modeId?: string }
  | { type: 'thread_changed'; threadId: string; previousThreadId: string | null }
  | { type: 'thread_created'; thread: AgentControllerThread }
  | { type: 'thread_deleted'; threadId: string }
  | { type: 'state_changed'; state: Record<string, unknown>; changedKeys: string[] }
  | { type: 'agent_start' }
  | { type: 'agent_end'; reason?: 'complete' | 'aborted' | 'error' | 'suspended' }
  | { type: 'message_start'; message: MastraDBMessage }
  | {
      type: 'message_update'
      id: string
      event:
        | { type: 'text-delta'; delta: string }
        | { type: 'reasoning-delta'; index: number; delta: string }
        | { type: 'part'; index: number; part: MastraMessagePart }
    }
  | { type: 'message_end'; id: string }
  | ({ threadId?: string } & ToolEvent)
  | { type: 'usage_update'; usage: AgentControllerTokenUsage }
  | { type: 'info'; message: string }
  | { type: 'error'; error: AgentControllerWireError; errorType?: string; retryable?: boolean; retryDelay?: number; retryAttempt?: number; maxRetries?: number }
  | { type: 'follow_up_queued'; count: number; runId?: string }
  | { type: 'workspace_status_changed'; status: WorkspaceStatus; error?: AgentControllerWireError }
  | { type: 'workspace_ready'; workspaceId: string; workspaceName: string }
  | { type: 'workspace_error'; error: AgentControllerWireError }
  | {
      type: 'om_status'
      windows: {
        active: { messages: { tokens: number; threshold: number }; observations: { tokens: number; threshold: number } }
        buffered: {
          observations: { status: 'idle' | 'running' | 'complete'; chunks: number; messageTokens: number; projectedMessageRemoval: number; observationTokens: number }
          reflection: { status: 'idle' | 'running' | 'complete'; inputObservationTokens: number; observationTokens: number }
        }
      }
      recordId: string
      threadId: string
      stepNumber: number
      generationCount: number
    }
  | { type: 'om_observation_start'; cycleId: string; operationType: OMOperation; tokensToObserve: number }
  | { type: 'om_observation_end'; cycleId: string; durationMs: number; tokensObserved: number; observationTokens: number; observations?: string; currentTask?: string; suggestedResponse?: string }
  | { type: 'om_observation_failed'; cycleId: string; error: string; durationMs: number }
  | { type: 'om_reflection_start'; cycleId: string; tokensToReflect: number }
  | { type: 'om_reflection_end'; cycleId: string; durationMs: number; compressedTokens: number; observations?: string }
  | { type: 'om_reflection_failed'; cycleId: string; error: string; durationMs: number }
  | { type: 'om_model_changed'; role: 'observer' | 'reflector'; modelId: string }
  | { type: 'om_buffering_start'; cycleId: string; operationType: OMOperation; tokensToBuffer: number }
  | { type: 'om_buffering_end'; cycleId: string; operationType: OMOperation; tokensBuffered: number; bufferedTokens: number; observations?: string }
  | { type: 'om_buffering_failed'; cycleId: string; operationType: OMOperation; error: string }
  | {
      type: 'om_activation'
      cycleId: string
      operationType: OMOperation
      chunksActivated: number
      tokensActivated: number
      observationTokens: number
      messagesActivated: number
      generationCount: number
      triggeredBy?: 'threshold' | 'ttl' | 'provider_change'
      lastActivityAt?: number
      ttlExpiredMs?: number
      activateAfterIdle?: number
      previousModel?: string
      currentModel?: string
    }
  | { type: 'om_thread_title_updated'; cycleId: string; threadId: string; oldTitle?: string; newTitle: string }
  | { type: 'thread_title_updated'; threadId: string; title: string }
  | { type: 'subagent_start'; toolCallId: string; agentType: string; task: string; modelId: string; forked?: boolean }
  | { type: 'subagent_text_delta'; toolCallId: string; agentType: string; textDelta: string }
  | { type: 'subagent_tool_start'; toolCallId: string; agentType: string; subToolName: string; subToolArgs: unknown }
  | { type: 'subagent_tool_end'; toolCallId: string; agentType: string; subToolName: string; subToolResult: unknown; isError: boolean }
  | { type: 'subagent_end'; toolCallId: string; agentType: string; result: string; isError: boolean; durationMs: number }
  | { type: 'subagent_model_changed'; modelId: string; scope: 'global' | 'thread'; agentType?: string }
  | { type: 'task_updated'; tasks: AgentControllerTaskSnapshot[] }
  | { type: 'goal_evaluation'; payload: AgentControllerGoalEvaluation }
  | { type: 'display_state_changed'; displayState: AgentControllerDisplayState }
  | {
      type: 'notification'
      notificationId?: string
      message: string
      source?: string
      kind?: string
      priority?: string
      status?: string
      attributes?: Record<string, unknown>
      metadata?: Record<string, unknown>
    }
  | {
      type: 'notification_summary'
      message: string
      pending: number
      bySource: Record<string, number>
      byPriority: Record<string, number>
      notificationIds: string[]
    }
/** A goal judge's verdict, as a `goal_evaluation` event carries it. */
export interface AgentControllerGoalEvaluation {
  objective: string
  iteration: number
  maxRuns: number
  passed: boolean
  status: 'active' | 'paused' | 'done'
  results: Array<{ score: number; passed: boolean; reason?: string; scorerId: string; scorerName: string; duration: number; [key: string]: unknown }>
  reason?: string
  pausedReason?: string
  waitingForUser?: boolean
  judgeFailed?: boolean
  duration: number
  timedOut: boolean
  maxRunsReached: boolean
  suppressFeedback: boolean
  shouldContinue?: boolean
  pending?: boolean
  activity?: Array<{ type: 'tool-call' | 'tool-result' | 'reason'; name?: string; message: string }>
}
/** The session's display state as sent (maps as records, dates as strings). */
export interface AgentControllerDisplayState {
  isRunning: boolean
  /** The message being streamed, as sent (`createdAt` an ISO string). */
  currentMessage: (Omit<MastraDBMessage, 'createdAt'> & { createdAt: string }) | null
  queuedFollowUps: number
  tokenUsage: AgentControllerTokenUsage
  activeTools: Record<string, { name: string; args: unknown; status: 'streaming_input' | 'running' | 'completed' | 'error'; partialResult?: string; result?: unknown; isError?: boolean; shellOutput?: string }>
  toolInputBuffers: Record<string, { text: string; toolName: string }>
  pendingApproval: { toolCallId: string; toolName: string; args: unknown } | null
  pendingSuspensions: Record<string, { toolCallId: string; toolName: string; args: unknown; suspendPayload: unknown; resumeSchema?: string }>
  activeSubagents: Record<string, { agentType: string; displayName?: string; task: string; modelId?: string; forked?: boolean; toolCalls: Array<{ name: string; isError: boolean }>; textDelta: string; status: 'running' | 'completed' | 'error'; durationMs?: number; result?: string }>
  omProgress: OMProgressState
  bufferingMessages: boolean
  bufferingObservations: boolean
  /** Files the run changed (`firstModified` an ISO string). */
  modifiedFiles: Record<string, { operations: string[]; firstModified: string }>
  tasks: AgentControllerTaskSnapshot[]
  previousTasks: AgentControllerTaskSnapshot[]
}
/** An event the SDK does not model. */
export interface OtherAgentControllerEvent {
  type: string
  [key: string]: unknown
}
/**
 * An event of a session's stream. Comparing `event.type` to a literal does not narrow this
 * union (`OtherAgentControllerEvent` has `type: string`): narrow with
 * `isKnownAgentControllerEvent` first.
 */
export type AgentControllerEvent = KnownAgentControllerEvent | OtherAgentControllerEvent
export interface SubscribeAgentControllerSessionOptions {
  onEvent: (event: AgentControllerEvent) => void
  /** Called when the stream ends or fails and no reconnect follows. */
  onError?: (error: unknown) => void
  /** Called after each reconnect; events missed meanwhile are not replayed. */
  onReconnect?: () => void
  /** `true`: retry forever from 1 s, doubling up to 30 s. */
  reconnect?: boolean | { maxRetries?: number; delayMs?: number; maxDelayMs?: number }
}
export type AgentControllerSubscribeOptions = SubscribeAgentControllerSessionOptions
export interface AgentControllerSubscription {
  unsubscribe: () => void
}

// ---- threads and messages
/** A thread as `listThreads` gives it: its tags and whether a run is active on it. */
export interface AgentControllerThreadInfo {
  id: string
  title?: string
  updatedAt?: string
  tags?: Record<string, string>
  state?: 'active' | 'idle'
}
/** A thread as `createThread` and `cloneThread` give it. */
export interface CreateAgentControllerThreadResponse {
  id: string
  title?: string
  resourceId?: string
  createdAt?: string
  updatedAt?: string
}
export type AgentControllerThreadCreated = CreateAgentControllerThreadResponse
export interface AgentControllerListMessagesOptions {
  /** @deprecated Use `perPage` (may only be combined with `page`). */
  limit?: number
  page?: number
  perPage?: number | false
  orderBy?: { field?: 'createdAt'; direction?: 'ASC' | 'DESC' }
  filter?: Loose
  include?: Array<{ id: string; threadId?: string; withPreviousMessages?: number; withNextMessages?: number }>
}
export type AgentControllerMessage = MastraDBMessage
/** A page of a thread's messages. */
export interface AgentControllerMessagesPage {
  messages: MastraDBMessage[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/**
 * What `listMessages` resolves with: without options (or with a number) the messages
 * themselves, with options a page holding them. Typed as both, so either use type-checks.
 */
export type AgentControllerMessageList = MastraDBMessage[] & AgentControllerMessagesPage

// ---- goals, permissions, notifications
/** The goal of the session's thread, judged after each turn. */
export interface AgentControllerGoalRecord {
  id?: string
  objective: string
  status: 'active' | 'paused' | 'done'
  runsUsed: number
  maxRuns?: number
  judgeModelId?: string
  startedAt: number
  updatedAt: number
  pausedReason?: string
}
export type AgentControllerGoal = AgentControllerGoalRecord
export type PermissionPolicy = 'allow' | 'ask' | 'deny'
export type AgentControllerPermissionPolicy = PermissionPolicy
/** The category of a tool, for approval policies. */
export type ToolCategory = 'read' | 'edit' | 'execute' | 'mcp' | 'other'
/** Per-category and per-tool approval policies. */
export interface PermissionRules {
  categories?: Record<string, PermissionPolicy>
  tools?: Record<string, PermissionPolicy>
}
export type AgentControllerPermissionRules = PermissionRules
export interface SendNotificationInput {
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
export type AgentControllerNotificationInput = SendNotificationInput
export interface SendNotificationResult {
  accepted: boolean
  notificationId?: string
  decision?: string
  runId?: string
}
export type AgentControllerNotificationResult = SendNotificationResult

// ---- overloads the route table cannot declare: `listMessages` gives the messages themselves
// without options (or with a number), a page with options.
declare module './generated/classes' {
  interface AgentControllerSession {
    /** The thread's messages (the last `limit` of them), `createdAt` as `Date`s. */
    listMessages(threadId: string, limit?: number): Promise<MastraDBMessage[]>
    /** A page of the thread's messages, `createdAt` as `Date`s. */
    listMessages(threadId: string, options: AgentControllerListMessagesOptions): Promise<AgentControllerMessagesPage>
  }
}
