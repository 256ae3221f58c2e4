// Types of the agents group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export type MessageInput = string | string[] | Loose | Loose[]
export interface AgentCallOptions extends Loose {
  memory?: { thread: string | { id: string; [key: string]: any }; resource: string; options?: Loose }
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: Record<string, Loose>
  structuredOutput?: { schema: unknown; [key: string]: any }
}
export interface AgentDetails extends Loose {
  name: string
  instructions?: unknown
  tools?: Record<string, Loose>
}
export interface GenerateResult extends Loose {
  text: string
  finishReason?: string
  usage?: Loose
  toolCalls?: Loose[]
  toolResults?: Loose[]
}
/** Where a stream chunk comes from (@mastra/core's `ChunkFrom`). */
export type ChunkFrom = 'AGENT' | 'USER' | 'SYSTEM' | 'WORKFLOW' | 'NETWORK'
/** The types of the agent stream chunks that carry a `payload`, as in @mastra/core's `ChunkType`. */
export type PayloadChunkType =
  | 'routing-agent-start' | 'routing-agent-text-delta' | 'routing-agent-text-start'
  | 'routing-agent-end' | 'routing-agent-abort' | 'agent-execution-start'
  | 'agent-execution-approval' | 'agent-execution-suspended' | 'agent-execution-end'
  | 'agent-execution-abort' | 'workflow-execution-start' | 'workflow-execution-end'
  | 'workflow-execution-suspended' | 'workflow-execution-abort' | 'tool-execution-start'
  | 'tool-execution-end' | 'tool-execution-approval' | 'tool-execution-suspended'
  | 'tool-execution-abort' | 'network-execution-event-step-finish'
  | 'network-execution-event-finish' | 'network-validation-start' | 'network-validation-end'
  | 'network-object' | 'network-object-result' | 'response-metadata' | 'text-start'
  | 'text-delta' | 'text-end' | 'reasoning-start' | 'reasoning-delta' | 'reasoning-end'
  | 'reasoning-signature' | 'redacted-reasoning' | 'source' | 'file' | 'reasoning-file'
  | 'custom' | 'tool-call' | 'tool-call-approval' | 'tool-call-suspended' | 'tool-result'
  | 'tool-call-input-streaming-start' | 'tool-call-delta' | 'tool-call-input-streaming-end'
  | 'finish' | 'error' | 'raw' | 'start' | 'step-start' | 'step-finish' | 'tool-error'
  | 'tool-output-denied' | 'abort' | 'tool-output' | 'step-output' | 'watch' | 'tripwire'
  | 'is-task-complete' | 'goal' | 'background-task-started' | 'background-task-completed'
  | 'background-task-failed' | 'background-task-progress' | 'background-task-running'
  | 'background-task-cancelled' | 'background-task-output' | 'background-task-suspended'
  | 'background-task-resumed' | 'workflow-start' | 'workflow-finish' | 'workflow-canceled'
  | 'workflow-paused' | 'workflow-step-start' | 'workflow-step-finish'
  | 'workflow-step-suspended' | 'workflow-step-waiting' | 'workflow-step-output'
  | 'workflow-step-progress' | 'workflow-step-result'
/**
 * A chunk of an agent stream: `type` tells the chunk apart, so `chunk.type === 'text-delta'`
 * narrows to a chunk whose `payload` is there, as with client-js; `data-*` chunks carry `data`.
 */
export type StreamChunk =
  | { type: PayloadChunkType; runId: string; from: ChunkFrom; payload: Loose; metadata?: Loose; [key: string]: any }
  | { type: 'object'; runId: string; from: ChunkFrom; object: any; metadata?: Loose; [key: string]: any }
  | { type: `data-${string}`; data: unknown; id?: string; [key: string]: any }
/**
 * The `Response` of `agent.stream()`, with `processDataStream`; `for await (const chunk of
 * response)` gives the same parsed chunks (extension).
 */
export interface AgentStreamResponse extends Response {
  processDataStream(options: { onChunk: (chunk: StreamChunk) => void | Promise<void> }): Promise<void>
  [Symbol.asyncIterator](): AsyncIterator<StreamChunk>
}

/** Selects a stored version of an agent: by id, or the draft / published one. */
export type AgentVersionIdentifier = { versionId: string } | { status: 'draft' | 'published' }
/** Paths (after the API prefix) used instead of the agent's own routes. */
export interface AgentRouteOverrides {
  stream?: string
}
/** Options of `stream` and `streamUntilIdle`. */
export interface AgentStreamOptions extends AgentCallOptions {
  maxIdleMs?: number
  clientToolsResolver?: () => Record<string, Loose> | undefined
}
/** Options of `resumeStream`: the suspended run, and the stream options. */
export interface AgentResumeOptions extends AgentStreamOptions {
  runId: string
  toolCallId?: string
  messages?: MessageInput
}
export interface AgentModelProviders extends Loose {
  providers: Array<{ id: string; name?: string; connected?: boolean; [key: string]: any }>
}
export interface AgentPlan extends Loose {
  path?: string
  content?: string
}
export interface AgentToolDetails extends Loose {
  id?: string
  description?: string
  inputSchema?: unknown
  outputSchema?: unknown
}
export interface AgentExecuteToolParams extends Loose {
  data?: unknown
  requestContext?: RequestContextInput
}
export interface AgentEnhancedInstructions extends Loose {
  explanation?: string
  new_prompt?: string
}
export interface AgentBrowserSession extends Loose {
  hasSession: boolean
  screencastAvailable: boolean
}
export interface AgentCloneParams extends Loose {
  newId?: string
  newName?: string
  metadata?: Loose
  authorId?: string
  requestContext?: RequestContextInput
}
export interface AgentUpdateModelParams extends Loose {
  model: { provider?: string; modelId: string; [key: string]: any } | Loose
}
export interface AgentUpdateModelInListParams extends Loose {
  modelConfigId: string
  model?: Loose
  maxRetries?: number
  enabled?: boolean
}
export interface AgentReorderModelListParams extends Loose {
  reorderedModelIds: string[]
}
export interface AgentListVersionsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'versionNumber' | 'createdAt'; direction?: 'ASC' | 'DESC' }
}
export interface AgentCreateVersionParams extends Loose {
  changeMessage?: string
}
export interface AgentVersion extends Loose {
  id: string
  agentId?: string
  versionNumber?: number
  changeMessage?: string
  createdAt?: string | Date
}
export interface AgentVersionPage extends Loose {
  versions: AgentVersion[]
  total?: number
  page?: number
  perPage?: number | false
  hasMore?: boolean
}
export interface AgentObserveParams {
  runId: string
  offset?: number
}
export interface AgentRecoverParams {
  runId: string
  requestContext?: Record<string, unknown>
  versions?: { agents?: Record<string, AgentVersionIdentifier>; defaultStatus?: 'draft' | 'published' }
}
/** Approving or declining a suspended tool call of a run. */
export interface AgentToolCallDecision extends Loose {
  runId: string
  toolCallId?: string
  model?: string
  reason?: string
  abortSignal?: AbortSignal
  requestContext?: RequestContextInput
}
export interface AgentSendToolApprovalParams extends Loose {
  resourceId?: string
  threadId?: string
  toolCallId: string
  approved: boolean
  requestContext?: RequestContextInput
  messages?: MessageInput
  streamOptions?: AgentStreamOptions
}
export interface AgentSuspendedRunsParams {
  threadId?: string
  resourceId?: string
  fromDate?: Date
  toDate?: Date
  perPage?: number
  page?: number
}
export interface AgentSuspendedRuns extends Loose {
  runs: Loose[]
  total: number
}
export interface AgentNetworkOptions extends Loose {
  memory?: AgentCallOptions['memory']
  requestContext?: RequestContextInput
  maxSteps?: number
  structuredOutput?: { schema: unknown; [key: string]: any }
}
export interface AgentNetworkToolCallDecision {
  runId: string
  model?: string
  reason?: string
  requestContext?: RequestContextInput
}
/** A message or signal for a thread (`ifIdle.streamOptions` start a run when it is idle). */
export interface AgentSignalParams extends Loose {
  resourceId?: string
  threadId?: string
  ifIdle?: { streamOptions?: AgentStreamOptions; [key: string]: any }
}
export interface AgentSignalResult extends Loose {
  runId?: string
}
export interface AgentThreadParams {
  resourceId?: string
  threadId: string
}
export interface AgentAbortThreadParams extends AgentThreadParams {
  expectedRunId?: string
}
/** The stream of a thread's runs. */
export interface AgentThreadSubscription extends Response {
  processDataStream(options: {
    onChunk: (chunk: StreamChunk) => void | Promise<void>
    reconnect?: boolean | { maxRetries?: number; delayMs?: number }
  }): Promise<void>
  /** Aborts the thread's active run; resolves with whether one was aborted. */
  abort(): Promise<boolean>
  /** Stops reading the stream. */
  unsubscribe(): void
}
/** Parameters of the legacy calls (`messages` inside). */
export interface AgentLegacyParams extends Loose {
  messages: MessageInput
  output?: unknown
  experimental_output?: unknown
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: Record<string, Loose>
  threadId?: string
  resourceId?: string
}
/** The legacy stream: an AI SDK data stream, read with callbacks per part type. */
export interface AgentLegacyStreamResponse extends Response {
  processDataStream(options?: {
    onTextPart?: (text: string) => void | Promise<void>
    onToolCallPart?: (part: Loose) => void | Promise<void>
    onToolResultPart?: (part: Loose) => void | Promise<void>
    onFinishMessagePart?: (part: Loose) => void | Promise<void>
    onErrorPart?: (error: string) => void | Promise<void>
    [callback: string]: ((part: any) => void | Promise<void>) | undefined
  }): Promise<void>
}
export interface AgentSpeakOptions extends Loose {
  speaker?: string
}
