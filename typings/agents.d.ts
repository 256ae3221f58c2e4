// Types of the agents group, re-exported by index.d.ts: call options, the agent stream's chunk
// union (as @mastra/core's `ChunkType`, so a chunk narrows on `type` and can be passed where core's
// type is expected), generate results (`FullOutput`), versions, signals, the legacy (AI SDK v4)
// shapes, and the generic overloads the route table cannot declare (at the end of this file).
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
import type { GetWorkflowResponse, WorkflowRunStatus, WorkflowStepResult, WorkflowStepStatus } from './workflows'
import type { MastraDBMessage } from './agent_controller'
import type { ToolDetails } from './tools'
import type {
  ConditionalField,
  StoredAgentConfig,
  StoredAgentDefaultOptions,
  StoredAgentRuleGroup,
  StoredMCPClientToolsConfig,
} from './stored'

// ---- shared values
/** A JSON value. */
export type AgentJSONValue = null | string | number | boolean | { [key: string]: AgentJSONValue } | AgentJSONValue[]
/** Provider metadata on a message part or chunk: provider namespace → key → value. */
export type PartProviderMetadata = Record<string, Record<string, AgentJSONValue>>
/** A stream chunk payload may carry provider metadata. */
export type MaybeProviderMetadata = { providerMetadata?: PartProviderMetadata }
/** Token counts of a model call (AI SDK v5 usage, plus Mastra's cache and reasoning counts). */
export interface LanguageModelUsage {
  inputTokens: number | undefined
  outputTokens: number | undefined
  totalTokens: number | undefined
  reasoningTokens?: number | undefined
  cachedInputTokens?: number | undefined
  cacheCreationInputTokens?: number | undefined
  cacheCreationInputTokens5m?: number | undefined
  cacheCreationInputTokens1h?: number | undefined
  raw?: unknown
}

// ---- messages and call options
/** A message the agent takes: text, a list of texts, or message objects (AI SDK or Mastra). */
export type MessageInput = string | string[] | Loose | Loose[]
/** The thread (id or object) and resource a call reads and writes memory in. */
export interface AgentMemoryOption {
  thread: string | { id: string; [key: string]: any }
  resource?: string
  options?: Loose
  readOnly?: boolean
}
/** Client tools: by name, a tool with `execute` (run here) or a JSON-schema description. */
export type ClientToolsInput = Record<string, any>
/** Gives the client tools of each round (client-js's `clientToolsResolver`). */
export type ClientToolsResolver = () => ClientToolsInput | undefined
/** Structured output: a Zod or JSON schema; `OUTPUT` is the type the schema describes. */
export interface StructuredOutputOptions<OUTPUT = undefined> {
  /** A Zod schema, a JSON Schema, or an AI SDK schema (`jsonSchema()`). */
  schema: StructuredOutputSchema<OUTPUT>
  instructions?: string
  model?: unknown
  providerOptions?: Loose
  useAgent?: boolean
  jsonPromptInjection?: boolean | 'auto' | 'system' | 'inline'
  errorStrategy?: 'strict' | 'warn' | 'fallback'
  fallbackValue?: OUTPUT
  logger?: unknown
}
/** A schema giving `OUTPUT`: a Zod schema (`_output`), an AI SDK schema (`jsonSchema<T>()`), or a JSON Schema object. */
export type StructuredOutputSchema<OUTPUT = unknown> =
  | { readonly _output: OUTPUT; [key: string]: any }
  | { readonly _type: OUTPUT; readonly jsonSchema: unknown; [key: string]: any }
  | { type?: unknown; properties?: unknown; [key: string]: any }
/** Options of `generate` and `stream` (client-js's `StreamParamsBase`): memory, context, tools, model settings. */
export interface StreamParamsBase<OUTPUT = undefined> {
  model?: string
  memory?: AgentMemoryOption
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: ClientToolsInput
  clientToolsResolver?: ClientToolsResolver
  runId?: string
  maxSteps?: number
  instructions?: unknown
  system?: unknown
  context?: unknown[]
  savePerStep?: boolean
  activeTools?: string[]
  toolChoice?: 'auto' | 'none' | 'required' | { type: 'tool'; toolName: string }
  modelSettings?: unknown
  providerOptions?: Loose
  tracingOptions?: Loose
  requireToolApproval?: boolean | Loose
  autoResumeSuspendedTools?: boolean
  toolCallConcurrency?: number | Loose
  includeRawChunks?: boolean
  returnScorerData?: boolean
  scorers?: Loose
  untilIdle?: boolean | { maxIdleMs?: number }
  versions?: { agents?: Record<string, AgentVersionIdentifier>; defaultStatus?: 'draft' | 'published' }
  structuredOutput?: StructuredOutputOptions<OUTPUT extends undefined ? any : OUTPUT>
  /** Any other option of the agent's execution, sent as is. */
  [key: string]: any
}
export type StreamParamsBaseWithoutMessages<OUTPUT = undefined> = StreamParamsBase<OUTPUT>
/** A stream call with its messages inside. */
export type StreamParams<OUTPUT = undefined> = StreamParamsBase<OUTPUT> & { messages: MessageInput } & (OUTPUT extends undefined
    ? { structuredOutput?: never }
    : { structuredOutput: StructuredOutputOptions<OUTPUT> })
/** Options of `generate` (this package's name). */
export interface AgentCallOptions extends StreamParamsBase<any> {}
/** Options of `stream` and `streamUntilIdle`. */
export interface AgentStreamOptions extends StreamParamsBase<any> {
  maxIdleMs?: number
}
/** Options of `resumeStream`: the suspended run, and the stream options. */
export interface AgentResumeOptions extends AgentStreamOptions {
  runId: string
  toolCallId?: string
  messages?: MessageInput
}

// ---- stream chunks
declare enum ChunkFrom {
  AGENT = 'AGENT',
  USER = 'USER',
  SYSTEM = 'SYSTEM',
  WORKFLOW = 'WORKFLOW',
  NETWORK = 'NETWORK',
}
/**
 * Where a chunk comes from: @mastra/core's `ChunkFrom` enum, declared alike so that a chunk is
 * assignable to core's `ChunkType`. Exported as a type only (no runtime value): compare
 * `chunk.from === 'AGENT'`.
 */
export type { ChunkFrom }
type ChunkBase = {
  runId: string
  from: ChunkFrom
  metadata?: Record<string, any>
}
type Chunk<T extends string, P> = ChunkBase & { type: T; payload: P }
export interface TextDeltaPayload { id: string; text: string; providerMetadata?: PartProviderMetadata }
export interface TextPartPayload { id: string; providerMetadata?: PartProviderMetadata; [key: string]: unknown }
export interface ReasoningPayload { id: string; text: string; providerMetadata?: PartProviderMetadata }
type ReadonlyJSON = null | string | number | boolean | { readonly [key: string]: ReadonlyJSON } | readonly ReadonlyJSON[]
/** What Mastra adds to a tool call's arguments: where it comes from, and what the tool streamed. */
export interface MastraMetadata {
  isStreaming?: boolean
  from?: 'AGENT' | 'WORKFLOW' | 'USER' | 'SYSTEM'
  networkMetadata?: { readonly [key: string]: ReadonlyJSON }
  toolOutput?: ReadonlyJSON | ReadonlyJSON[]
  messages?: Array<{ type: 'text' | 'tool'; content?: string; toolName?: string; toolInput?: ReadonlyJSON; toolOutput?: ReadonlyJSON; args?: ReadonlyJSON; toolCallId?: string; result?: ReadonlyJSON }>
  workflowFullState?: { readonly [key: string]: ReadonlyJSON }
  selectionReason?: string
}
/** W3C trace context of a client-side tool call, echoed back with its result. */
export interface ObservabilityCarrier {
  traceparent: string
  tracestate?: string
  baggage?: string
}
export interface ToolCallPayload<TArgs = unknown, TOutput = unknown> {
  toolCallId: string
  toolName: string
  args?: TArgs & { __mastraMetadata?: MastraMetadata }
  providerExecuted?: boolean
  providerMetadata?: PartProviderMetadata
  output?: TOutput
  dynamic?: boolean
  title?: string
  observability?: ObservabilityCarrier
}
export interface ToolResultPayload<TResult = unknown, TArgs = unknown> {
  toolCallId: string
  toolName: string
  result: TResult
  isError?: boolean
  providerExecuted?: boolean
  providerMetadata?: PartProviderMetadata
  args?: TArgs
  dynamic?: boolean
}
/** A tool call waiting for approval or suspended (its `resumeSchema` is a JSON Schema string). */
export interface ToolCallSuspendPayload {
  toolCallId: string
  toolName: string
  args: Record<string, any>
  resumeSchema: string
  suspendPayload?: any
}
export interface SourcePayload {
  id: string
  sourceType: 'url' | 'document'
  title: string
  mimeType?: string
  filename?: string
  url?: string
  providerMetadata?: PartProviderMetadata
}
export interface FilePayload {
  data: string | Uint8Array
  base64?: string
  mimeType: string
  filename?: string
  providerMetadata?: PartProviderMetadata
}
type ProviderOptions = Record<string, Record<string, AgentJSONValue>>
type PromptText = { type: 'text'; text: string; providerOptions?: ProviderOptions }
type PromptFile = { type: 'file'; filename?: string; data: string | Uint8Array | URL; mediaType: string; providerOptions?: ProviderOptions }
type PromptReasoning = { type: 'reasoning'; text: string; providerOptions?: ProviderOptions }
type PromptToolCall = { type: 'tool-call'; toolCallId: string; toolName: string; input: unknown; providerExecuted?: boolean; providerOptions?: ProviderOptions }
type PromptToolResult = {
  type: 'tool-result'
  toolCallId: string
  toolName: string
  output:
    | { type: 'text' | 'error-text'; value: string }
    | { type: 'json' | 'error-json'; value: AgentJSONValue }
    | { type: 'content'; value: Array<{ type: 'text'; text: string } | { type: 'media'; data: string; mediaType: string }> }
  providerOptions?: ProviderOptions
}
/** A message of the prompt sent to the model (AI SDK v5 provider format). */
export type LanguageModelPromptMessage = (
  | { role: 'system'; content: string }
  | { role: 'user'; content: Array<PromptText | PromptFile> }
  | { role: 'assistant'; content: Array<PromptText | PromptFile | PromptReasoning | PromptToolCall | PromptToolResult> }
  | { role: 'tool'; content: PromptToolResult[] }
) & { providerOptions?: ProviderOptions }
/** A warning of a model call (a setting or tool the provider does not support, or other). */
export type LanguageModelCallWarning =
  | { type: 'unsupported-setting'; setting: string; details?: string }
  | {
      type: 'unsupported-tool'
      tool:
        | { type: 'function'; name: string; description?: string; inputSchema: Record<string, any>; providerOptions?: ProviderOptions }
        | { type: 'provider-defined'; id: `${string}.${string}`; name: string; args: Record<string, unknown> }
      details?: string
    }
  | { type: 'other'; message: string }
/** Token log probabilities (AI SDK v4). */
export type LegacyLogProbs = Array<{ token: string; logprob: number; topLogprobs: Array<{ token: string; logprob: number }> }>
/** The finish reason of a step (AI SDK v5's, plus Mastra's `tripwire` and `retry`). */
export type FinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown' | 'tripwire' | 'retry'
/** A tool call of a step (AI SDK v5 `TypedToolCall`): a known tool's, or a dynamic one. */
export type StepToolCall =
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: any; providerExecuted?: boolean; dynamic?: false; invalid?: false; error?: undefined; providerMetadata?: PartProviderMetadata }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: unknown; providerExecuted?: boolean; dynamic: true; invalid?: boolean; error?: unknown; providerMetadata?: PartProviderMetadata }
/** A tool result of a step (AI SDK v5 `TypedToolResult`). */
export type StepToolResult =
  | { type: 'tool-result'; toolCallId: string; toolName: string; input: any; output: any; providerExecuted?: boolean; dynamic?: false; preliminary?: boolean; providerMetadata?: PartProviderMetadata }
  | { type: 'tool-result'; toolCallId: string; toolName: string; input: unknown; output: unknown; providerExecuted?: boolean; dynamic: true; preliminary?: boolean; providerMetadata?: PartProviderMetadata }
/** Why a processor stopped a step. */
export interface StepTripwire {
  reason: string
  retry?: boolean
  metadata?: unknown
  processorId?: string
}
/** One step of a run as the AI SDK v5 reports it (`StepResult`, plus a tripwire). */
export interface MastraStepResult {
  content: StepContentPart[]
  text: string
  reasoning: Array<{ type: 'reasoning'; text: string; providerOptions?: ProviderOptions }>
  reasoningText: string | undefined
  files: Array<{ readonly base64: string; readonly uint8Array: Uint8Array; readonly mediaType: string }>
  sources: Array<Extract<StepContentPart, { type: 'source' }>>
  toolCalls: StepToolCall[]
  staticToolCalls: Array<Extract<StepToolCall, { dynamic?: false }>>
  dynamicToolCalls: Array<Extract<StepToolCall, { dynamic: true }>>
  toolResults: StepToolResult[]
  staticToolResults: Array<Extract<StepToolResult, { dynamic?: false }>>
  dynamicToolResults: Array<Extract<StepToolResult, { dynamic: true }>>
  finishReason: Exclude<FinishReason, 'tripwire' | 'retry'>
  usage: { inputTokens: number | undefined; outputTokens: number | undefined; totalTokens: number | undefined; reasoningTokens?: number; cachedInputTokens?: number }
  warnings: LanguageModelCallWarning[] | undefined
  request: { body?: unknown }
  response: { id: string; timestamp: Date; modelId: string; headers?: Record<string, string>; readonly messages: ResponseMessage[]; body?: unknown }
  providerMetadata: PartProviderMetadata | undefined
  tripwire?: StepTripwire
}
/** The response of a step's model call. */
export interface StepResponseMetadata {
  id?: string
  timestamp?: Date
  modelId?: string
  headers?: Record<string, string>
}
export interface StepFinishPayload<OUTPUT = undefined> {
  id?: string
  messageId?: string
  providerMetadata?: PartProviderMetadata
  totalUsage?: LanguageModelUsage
  response?: StepResponseMetadata
  stepResult: { reason: Exclude<FinishReason, 'tripwire' | 'retry'>; rawReason?: string; warnings?: LanguageModelCallWarning[]; isContinued?: boolean; logprobs?: LegacyLogProbs }
  output: { text?: string; toolCalls?: StepToolCall[]; usage: LanguageModelUsage; steps?: MastraStepResult[]; object?: OUTPUT }
  metadata: { request?: { body?: string }; providerMetadata?: PartProviderMetadata; [key: string]: unknown }
  messages?: { all: ModelMessage[]; user: ModelMessage[]; nonUser: ResponseMessage[] }
  [key: string]: unknown
}
/** The last chunk of a run: the reason it stopped, its usage and messages. */
export interface FinishPayload<OUTPUT = undefined> {
  stepResult: { reason: FinishReason; rawReason?: string; warnings?: LanguageModelCallWarning[]; isContinued?: boolean; logprobs?: LegacyLogProbs }
  output: { usage: LanguageModelUsage; steps?: MastraStepResult[] }
  metadata: { providerMetadata?: PartProviderMetadata; request?: { body?: string }; [key: string]: unknown }
  providerMetadata?: PartProviderMetadata
  messages: { all: ModelMessage[]; user: ModelMessage[]; nonUser: ResponseMessage[] }
  response?: FullOutput<OUTPUT>['response']
  [key: string]: unknown
}
export interface TripwirePayload<TMetadata = unknown> {
  reason: string
  retry?: boolean
  metadata?: TMetadata
  processorId?: string
}
/** A scorer's verdict (goal and completion checks). */
export interface ScorerVerdict {
  score: number
  passed: boolean
  reason?: string
  scorerId: string
  scorerName: string
  duration: number
  [key: string]: unknown
}
export interface BackgroundTaskRef {
  taskId: string
  toolName: string
  toolCallId: string
}
interface BackgroundTaskRun extends BackgroundTaskRef {
  runId: string
  agentId: string
}
interface WorkflowStepState {
  id: string
  status: WorkflowStepStatus
  output?: Record<string, any>
  payload?: Record<string, any>
  resumePayload?: Record<string, any>
  suspendPayload?: Record<string, any>
}
interface NetworkStepArgs {
  task: string
  primitiveId: string
  primitiveType: string
  prompt: string
  result: string
  isComplete?: boolean
  selectionReason: string
  iteration: number
}
/** What a step wrote to the stream: a chunk, or a nested workflow's chunk. */
export interface StepOutputPayload {
  output: ChunkType | NestedWorkflowOutput
  [key: string]: unknown
}
/** A chunk of a nested workflow's run, as a step's output carries it. */
export type NestedWorkflowOutput = {
  from: ChunkFrom
  type: string
  payload?: { output?: ChunkType | NestedWorkflowOutput; usage?: unknown; [key: string]: unknown }
  [key: string]: unknown
}
/** The chunks of a workflow run inside an agent stream (@mastra/core's `WorkflowStreamEvent`). */
export type AgentWorkflowStreamEvent =
  | Chunk<'workflow-start', { workflowId: string }>
  | Chunk<'workflow-finish', { workflowStatus: WorkflowRunStatus; finalWorkflowResult?: unknown; output: { usage: { inputTokens: number; outputTokens: number; totalTokens: number } }; metadata: Record<string, any> }>
  | Chunk<'workflow-canceled', {}>
  | Chunk<'workflow-paused', {}>
  | (Chunk<'workflow-step-start', WorkflowStepState & { stepCallId: string }> & { id: string })
  | Chunk<'workflow-step-finish', { id: string; metadata: Record<string, any> }>
  | Chunk<'workflow-step-suspended', WorkflowStepState>
  | Chunk<'workflow-step-waiting', { id: string; payload: Record<string, any>; startedAt: number; status: WorkflowStepStatus }>
  | Chunk<'workflow-step-output', StepOutputPayload>
  | Chunk<'workflow-step-progress', { id: string; completedCount: number; totalCount: number; currentIndex: number; iterationStatus: 'success' | 'failed' | 'suspended'; iterationOutput?: Record<string, any> }>
  | Chunk<'workflow-step-result', WorkflowStepState & { stepCallId: string; tripwire?: StepTripwire }>
/** The chunks of an agent run (@mastra/core's `AgentChunkType`). */
export type AgentChunkType<OUTPUT = undefined> =
  | Chunk<'response-metadata', { signature?: string; [key: string]: unknown }>
  | Chunk<'text-start', { id: string; providerMetadata?: PartProviderMetadata }>
  | Chunk<'text-delta', TextDeltaPayload>
  | Chunk<'text-end', TextPartPayload>
  | Chunk<'reasoning-start', { id: string; providerMetadata?: PartProviderMetadata; signature?: string }>
  | Chunk<'reasoning-delta', ReasoningPayload>
  | Chunk<'reasoning-end', { id: string; providerMetadata?: PartProviderMetadata; signature?: string }>
  | Chunk<'reasoning-signature', { id: string; signature: string; providerMetadata?: PartProviderMetadata }>
  | Chunk<'redacted-reasoning', { id: string; data: unknown; providerMetadata?: PartProviderMetadata }>
  | Chunk<'source', SourcePayload>
  | Chunk<'file', FilePayload>
  | Chunk<'reasoning-file', Omit<FilePayload, 'filename'>>
  | Chunk<'custom', { kind: string; providerMetadata?: PartProviderMetadata }>
  | Chunk<'tool-call', ToolCallPayload>
  | Chunk<'tool-call-approval', ToolCallSuspendPayload>
  | Chunk<'tool-call-suspended', ToolCallSuspendPayload & { suspendPayload: any }>
  | Chunk<'tool-result', ToolResultPayload>
  | Chunk<'tool-call-input-streaming-start', { toolCallId: string; toolName: string; providerExecuted?: boolean; providerMetadata?: PartProviderMetadata; dynamic?: boolean; title?: string; observability?: ObservabilityCarrier }>
  | Chunk<'tool-call-delta', { argsTextDelta: string; toolCallId: string; providerMetadata?: PartProviderMetadata; toolName?: string }>
  | Chunk<'tool-call-input-streaming-end', { toolCallId: string; providerMetadata?: PartProviderMetadata }>
  | Chunk<'finish', FinishPayload<OUTPUT>>
  | Chunk<'error', { error: unknown; [key: string]: unknown }>
  | Chunk<'raw', { [key: string]: unknown }>
  | Chunk<'start', { [key: string]: unknown }>
  | Chunk<'step-start', { messageId?: string; startedAt?: number; request: { body?: string; [key: string]: unknown }; inputMessages?: LanguageModelPromptMessage[]; warnings?: LanguageModelCallWarning[]; [key: string]: unknown }>
  | Chunk<'step-finish', StepFinishPayload<OUTPUT>>
  | Chunk<'tool-error', { id?: string; providerMetadata?: PartProviderMetadata; toolCallId: string; toolName: string; args?: Record<string, unknown>; error: unknown; providerExecuted?: boolean }>
  | Chunk<'tool-output-denied', { toolCallId: string; toolName: string; args?: Record<string, unknown>; approval: { id: string; approved: false; reason?: string } }>
  | Chunk<'abort', { [key: string]: unknown }>
  | (ChunkBase & { type: 'object'; object: Partial<OUTPUT> })
  | (ChunkBase & { type: 'object-result'; object: OUTPUT })
  | Chunk<'tool-output', { output: any; toolCallId: string; toolName?: string; [key: string]: unknown }>
  | Chunk<'step-output', StepOutputPayload>
  | Chunk<'watch', { [key: string]: unknown }>
  | Chunk<'tripwire', TripwirePayload>
  | Chunk<'is-task-complete', { iteration: number; passed: boolean; results: ScorerVerdict[]; duration: number; timedOut: boolean; reason?: string; maxIterationReached: boolean; suppressFeedback: boolean }>
  | Chunk<'goal', { objective: string; iteration: number; maxRuns: number; passed: boolean; status: 'active' | 'paused' | 'done'; results: ScorerVerdict[]; reason?: string; pausedReason?: string; waitingForUser?: boolean; judgeFailed?: boolean; duration: number; timedOut: boolean; maxRunsReached: boolean; suppressFeedback: boolean; shouldContinue?: boolean; pending?: boolean; activity?: Array<{ type: 'tool-call' | 'tool-result' | 'reason'; name?: string; message: string }> }>
  | Chunk<'background-task-started', BackgroundTaskRef>
  | Chunk<'background-task-completed', BackgroundTaskRun & { result: unknown; completedAt: Date; isError?: boolean }>
  | Chunk<'background-task-failed', BackgroundTaskRun & { error: { message: string }; completedAt: Date }>
  | Chunk<'background-task-progress', { taskIds: string[]; runningCount: number; elapsedMs: number }>
  | Chunk<'background-task-running', BackgroundTaskRun & { startedAt: Date; args: Record<string, unknown> }>
  | Chunk<'background-task-cancelled', BackgroundTaskRun & { completedAt: Date }>
  | Chunk<'background-task-output', BackgroundTaskRun & { payload: Chunk<'tool-output', { output: any; toolCallId: string; toolName?: string; [key: string]: unknown }> }>
  | Chunk<'background-task-suspended', BackgroundTaskRun & { args: Record<string, unknown>; suspendPayload?: unknown; suspendedAt?: Date }>
  | Chunk<'background-task-resumed', BackgroundTaskRun & { startedAt: Date; args: Record<string, unknown> }>
/** The chunks of an agent network run (@mastra/core's `NetworkChunkType`). */
export type NetworkChunkType<OUTPUT = undefined> =
  | Chunk<'routing-agent-start', { agentId: string; networkId: string; runId: string; inputData: { task: string; primitiveId: string; primitiveType: string; result?: string; iteration: number; threadId?: string; threadResourceId?: string; isOneOff: boolean; verboseIntrospection: boolean } }>
  | Chunk<'routing-agent-text-delta', { text: string }>
  | Chunk<'routing-agent-text-start', { runId: string }>
  | Chunk<'routing-agent-end', { task: string; primitiveId: string; primitiveType: string; prompt: string; result: string; isComplete?: boolean; selectionReason: string; iteration: number; runId: string; usage: LanguageModelUsage }>
  | Chunk<'routing-agent-abort', { primitiveType: 'routing'; primitiveId: string }>
  | Chunk<'agent-execution-start', { agentId: string; args: NetworkStepArgs; runId: string }>
  | Chunk<'agent-execution-approval', ToolCallSuspendPayload & { agentId: string; usage: LanguageModelUsage; runId: string; selectionReason: string }>
  | Chunk<'agent-execution-suspended', ToolCallSuspendPayload & { agentId: string; suspendPayload: any; usage: LanguageModelUsage; runId: string; selectionReason: string }>
  | Chunk<'agent-execution-end', { task: string; agentId: string; result: string; isComplete: boolean; iteration: number; usage: LanguageModelUsage; runId: string }>
  | Chunk<'agent-execution-abort', { primitiveType: 'agent'; primitiveId: string }>
  | Chunk<'workflow-execution-start', { name: string; workflowId: string; args: NetworkStepArgs; runId: string }>
  | Chunk<'workflow-execution-end', { name: string; workflowId: string; task: string; primitiveId: string; primitiveType: string; result: string; isComplete: boolean; iteration: number; usage: LanguageModelUsage; runId: string }>
  | Chunk<'workflow-execution-suspended', ToolCallSuspendPayload & { name: string; workflowId: string; suspendPayload: any; usage: LanguageModelUsage; runId: string; selectionReason: string }>
  | Chunk<'workflow-execution-abort', { primitiveType: 'workflow'; primitiveId: string }>
  | Chunk<'tool-execution-start', { args: Record<string, unknown> & { toolName?: string; toolCallId?: string; args?: Record<string, unknown>; selectionReason?: string; __mastraMetadata?: MastraMetadata; [key: string]: unknown }; runId: string }>
  | Chunk<'tool-execution-end', { task: string; primitiveId: string; primitiveType: string; result: unknown; isComplete: boolean; iteration: number; toolCallId: string; toolName: string }>
  | Chunk<'tool-execution-approval', ToolCallSuspendPayload & { selectionReason: string; runId: string }>
  | Chunk<'tool-execution-suspended', ToolCallSuspendPayload & { suspendPayload: any; selectionReason: string; runId: string }>
  | Chunk<'tool-execution-abort', { primitiveType: 'tool'; primitiveId: string }>
  | Chunk<'network-execution-event-step-finish', { task: string; result: string; isComplete: boolean; iteration: number; runId: string }>
  | Chunk<'network-execution-event-finish', { task: string; primitiveId: string; primitiveType: string; prompt: string; result: string; object?: OUTPUT; isComplete?: boolean; completionReason: string; iteration: number; threadId?: string; threadResourceId?: string; isOneOff: boolean; usage: LanguageModelUsage }>
  | Chunk<'network-validation-start', { runId: string; iteration: number; checksCount: number }>
  | Chunk<'network-validation-end', { runId: string; iteration: number; passed: boolean; results: ScorerVerdict[]; duration: number; timedOut: boolean; reason?: string; maxIterationReached: boolean; suppressFeedback: boolean }>
  | Chunk<`agent-execution-event-${string}`, AgentChunkType>
  | Chunk<`workflow-execution-event-${string}`, AgentWorkflowStreamEvent>
  | Chunk<'network-object', { object: Partial<OUTPUT> }>
  | Chunk<'network-object-result', { object: OUTPUT }>
/** A custom `data-*` chunk a tool or processor wrote. */
export interface DataChunkType {
  type: `data-${string}`
  data: any
  id?: string
  /** Streamed but not stored. */
  transient?: boolean
}
/**
 * A chunk of an agent stream (@mastra/core's `ChunkType`): `type` tells the chunk apart, so
 * `chunk.type === 'text-delta'` narrows `chunk.payload` to `{ id, text }`.
 */
export type ChunkType<OUTPUT = undefined> =
  | AgentChunkType<OUTPUT>
  | AgentWorkflowStreamEvent
  | NetworkChunkType<OUTPUT>
  | (DataChunkType & { from: never; runId: never; metadata?: Record<string, any>; payload: never })
/** The `type`s of the chunks that carry a `payload`. */
export type PayloadChunkType = Exclude<Extract<ChunkType, { payload: unknown }>['type'], `data-${string}`>
/** This package's name for `ChunkType`. */
export type StreamChunk<OUTPUT = undefined> = ChunkType<OUTPUT>
/** The `Response` of `agent.network()`: its chunks are the network's. */
export interface AgentNetworkStreamResponse<OUTPUT = undefined> extends Response {
  processDataStream(options: { onChunk: (chunk: NetworkChunkType<OUTPUT>) => void | Promise<void> }): Promise<void>
  [Symbol.asyncIterator](): AsyncIterator<NetworkChunkType<OUTPUT>>
}
/**
 * The `Response` of `agent.stream()`, with `processDataStream`; `for await (const chunk of
 * response)` gives the same parsed chunks (extension).
 */
export interface AgentStreamResponse<OUTPUT = undefined> extends Response {
  processDataStream(options: { onChunk: (chunk: ChunkType<OUTPUT>) => void | Promise<void> }): Promise<void>
  [Symbol.asyncIterator](): AsyncIterator<ChunkType<OUTPUT>>
}

// ---- generate results
export type ToolCallChunk = Chunk<'tool-call', ToolCallPayload>
export type ToolResultChunk = Chunk<'tool-result', ToolResultPayload>
export type ReasoningChunk = Chunk<'reasoning', ReasoningPayload>
export type SourceChunk = Chunk<'source', SourcePayload>
export type FileChunk = Chunk<'file', FilePayload>
type PromptImage = { type: 'image'; image: string | Uint8Array | ArrayBuffer | URL; mediaType?: string; providerOptions?: ProviderOptions }
/** A message of a model call (AI SDK v5 `ModelMessage`). */
export type ModelMessage =
  | { role: 'system'; content: string; providerOptions?: ProviderOptions }
  | { role: 'user'; content: string | Array<PromptText | PromptImage | PromptFile>; providerOptions?: ProviderOptions }
  | ResponseMessage
/** A message the model answered with (AI SDK v5): an assistant message or tool results. */
export type ResponseMessage =
  | { role: 'assistant'; content: string | Array<PromptText | PromptFile | PromptReasoning | PromptToolCall | PromptToolResult>; providerOptions?: ProviderOptions }
  | { role: 'tool'; content: PromptToolResult[]; providerOptions?: ProviderOptions }
type UIToolState =
  | { state: 'input-streaming'; input: unknown; output?: never; errorText?: never }
  | { state: 'input-available'; input: unknown; output?: never; errorText?: never; callProviderMetadata?: PartProviderMetadata }
  | { state: 'output-available'; input: unknown; output: unknown; errorText?: never; callProviderMetadata?: PartProviderMetadata; preliminary?: boolean }
  | { state: 'output-error'; input: unknown; rawInput?: unknown; output?: never; errorText: string; callProviderMetadata?: PartProviderMetadata }
/** A part of a UI message (AI SDK v5 `UIMessagePart`). */
export type AgentUIMessagePart =
  | { type: 'text'; text: string; state?: 'streaming' | 'done'; providerMetadata?: PartProviderMetadata }
  | { type: 'reasoning'; text: string; state?: 'streaming' | 'done'; providerMetadata?: PartProviderMetadata }
  | ({ type: 'dynamic-tool'; toolName: string; toolCallId: string; title?: string; providerExecuted?: boolean } & UIToolState)
  | ({ type: `tool-${string}`; toolCallId: string; providerExecuted?: boolean } & UIToolState)
  | { type: 'source-url'; sourceId: string; url: string; title?: string; providerMetadata?: PartProviderMetadata }
  | { type: 'source-document'; sourceId: string; mediaType: string; title: string; filename?: string; providerMetadata?: PartProviderMetadata }
  | { type: 'file'; mediaType: string; filename?: string; url: string; providerMetadata?: PartProviderMetadata }
  | { type: 'step-start' }
  | { type: `data-${string}`; id?: string; data: unknown }
/** A message in the AI SDK v5 UI format. */
export interface AgentUIMessage {
  id: string
  role: 'system' | 'user' | 'assistant'
  /** None on a generate answer's messages (client-js types it `undefined`). */
  metadata?: undefined
  parts: AgentUIMessagePart[]
}
/** A piece of a step's content (AI SDK v5 `ContentPart`). */
export type StepContentPart =
  | { type: 'text'; text: string; providerMetadata?: PartProviderMetadata }
  | { type: 'reasoning'; text: string; providerMetadata?: PartProviderMetadata }
  | { type: 'source'; sourceType: 'url'; id: string; url: string; title?: string; providerMetadata?: PartProviderMetadata }
  | { type: 'source'; sourceType: 'document'; id: string; mediaType: string; title: string; filename?: string; providerMetadata?: PartProviderMetadata }
  | { type: 'file'; file: { readonly base64: string; readonly uint8Array: Uint8Array; readonly mediaType: string }; providerMetadata?: PartProviderMetadata }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: any; providerExecuted?: boolean; dynamic?: false; invalid?: false; error?: undefined; providerMetadata?: PartProviderMetadata }
  | { type: 'tool-result'; toolCallId: string; toolName: string; input: any; output: any; providerExecuted?: boolean; dynamic?: false; preliminary?: boolean; providerMetadata?: PartProviderMetadata }
  | { type: 'tool-error'; toolCallId: string; toolName: string; input: any; error: unknown; providerExecuted?: boolean; dynamic?: false; providerMetadata?: PartProviderMetadata }
/** One step of a run: its text, tool calls and results, usage. */
export interface AgentStepResult {
  stepType?: 'initial' | 'tool-result'
  text: string
  toolCalls: ToolCallChunk[]
  toolResults: ToolResultChunk[]
  dynamicToolCalls: ToolCallChunk[]
  dynamicToolResults: ToolResultChunk[]
  staticToolCalls: ToolCallChunk[]
  staticToolResults: ToolResultChunk[]
  files: FileChunk[]
  sources: SourceChunk[]
  reasoning: ReasoningChunk[]
  reasoningText: string | undefined
  content: StepContentPart[]
  finishReason?: string
  usage: LanguageModelUsage
  warnings: LanguageModelCallWarning[]
  request: { body?: unknown }
  response: FullOutput['response']
  providerMetadata: PartProviderMetadata | undefined
  tripwire?: StepTripwire
}
/** The full answer of `generate` (@mastra/core's `FullOutput`); `object` is the structured output. */
export interface FullOutput<OUTPUT = undefined> {
  text: string
  usage: LanguageModelUsage
  totalUsage: LanguageModelUsage
  steps: AgentStepResult[]
  finishReason: string | undefined
  warnings: LanguageModelCallWarning[]
  providerMetadata: PartProviderMetadata | undefined
  request: { body?: unknown }
  response: { headers?: Record<string, string>; messages?: ResponseMessage[]; dbMessages?: MastraDBMessage[]; uiMessages?: AgentUIMessage[]; id?: string; timestamp?: Date; modelId?: string; [key: string]: unknown }
  reasoning: ReasoningChunk[]
  reasoningText: string | undefined
  toolCalls: ToolCallChunk[]
  toolResults: ToolResultChunk[]
  sources: SourceChunk[]
  files: FileChunk[]
  object: OUTPUT
  usedFallbackValue: boolean
  error: Error | undefined
  tripwire: { reason: string; retry?: boolean; metadata?: unknown; processorId?: string } | undefined
  scoringData?: {
    input: {
      inputMessages: MastraDBMessage[]
      rememberedMessages: MastraDBMessage[]
      systemMessages: AgentSystemMessage[]
      taggedSystemMessages: Record<string, AgentSystemMessage[]>
    }
    output: MastraDBMessage[]
  }
  traceId: string | undefined
  spanId: string | undefined
  runId: string | undefined
  suspendPayload: any
  resumeSchema?: any
  messages: MastraDBMessage[]
  rememberedMessages: MastraDBMessage[]
}
/** This package's name for the answer of `generate`. */
export type GenerateResult<OUTPUT = undefined> = FullOutput<OUTPUT>
// ---- legacy (AI SDK v4) results
type V4Meta = { providerOptions?: ProviderOptions; experimental_providerMetadata?: ProviderOptions }
/** A message the model answered with on the legacy path (AI SDK v4), with its id. */
export type LegacyResponseMessage = (
  | {
      role: 'assistant'
      content:
        | string
        | Array<
            | ({ type: 'text'; text: string } & V4Meta)
            | ({ type: 'file'; data: string | Uint8Array | ArrayBuffer | URL; filename?: string; mimeType: string } & V4Meta)
            | ({ type: 'reasoning'; text: string; signature?: string } & V4Meta)
            | ({ type: 'redacted-reasoning'; data: string } & V4Meta)
            | ({ type: 'tool-call'; toolCallId: string; toolName: string; args: unknown } & V4Meta)
          >
    }
  | { role: 'tool'; content: Array<{ type: 'tool-result'; toolCallId: string; toolName: string; result: unknown; isError?: boolean } & V4Meta> }
) &
  V4Meta & { id: string }
/** A warning of a legacy model call. */
export type LegacyCallWarning =
  | { type: 'unsupported-setting'; setting: 'maxTokens' | 'temperature' | 'stopSequences' | 'topP' | 'topK' | 'presencePenalty' | 'frequencyPenalty' | 'responseFormat' | 'seed' | 'abortSignal' | 'headers'; details?: string }
  | { type: 'unsupported-tool'; tool: { type: 'function'; name: string; description?: string; parameters: Record<string, any> } | { type: 'provider-defined'; id: `${string}.${string}`; name: string; args: Record<string, unknown> }; details?: string }
  | { type: 'other'; message: string }
/** One step of a legacy run. */
export interface LegacyStepResult {
  stepType: 'initial' | 'continue' | 'tool-result'
  text: string
  reasoning: string | undefined
  reasoningDetails: Array<{ type: 'text'; text: string; signature?: string } | { type: 'redacted'; data: string }>
  files: Array<{ base64: string; uint8Array: Uint8Array; mimeType: string }>
  sources: Array<{ sourceType: 'url'; id: string; url: string; title?: string; providerMetadata?: PartProviderMetadata }>
  toolCalls: Array<{ type: 'tool-call'; toolCallId: string; toolName: string; args: any }>
  toolResults: Array<{ type: 'tool-result'; toolCallId: string; toolName: string; args: any; result: any }>
  finishReason: LegacyFinishReason
  usage: { promptTokens: number; completionTokens: number; totalTokens: number }
  warnings: LegacyCallWarning[] | undefined
  logprobs: LegacyLogProbs | undefined
  request: { body?: string }
  response: { id: string; timestamp: Date; modelId: string; headers?: Record<string, string>; readonly messages: LegacyResponseMessage[]; body?: unknown }
  providerMetadata: PartProviderMetadata | undefined
  experimental_providerMetadata: PartProviderMetadata | undefined
  isContinued: boolean
}
/** The answer of the legacy (AI SDK v4) generate; `object` with `output`/`experimental_output`. */
export interface GenerateLegacyResult extends Omit<LegacyStepResult, 'stepType' | 'isContinued'> {
  steps: LegacyStepResult[]
  object?: any
  tripwire?: StepTripwire
  scoringData?: FullOutput['scoringData']
  traceId?: string
  spanId?: string
}

// ---- details
/** Instructions as the agent has them: text, texts, or system messages. */
export type AgentInstructions = string | string[] | AgentSystemMessage | AgentSystemMessage[]
export interface AgentSystemMessage {
  role: 'system'
  content: string
  providerOptions?: Record<string, Record<string, AgentJSONValue>>
}
/** A tool as the agent's details and `getTool` describe it (schemas as JSON Schema strings). */
export interface AgentToolDetails extends ToolDetails {}
/** A skill the agent's workspace has. */
export interface AgentSkillMetadata {
  name: string
  description: string
  license?: string
  path: string
  [key: string]: unknown
}
/** An agent's details as the server gives them. */
export interface GetAgentResponse {
  id: string
  name: string
  description?: string
  metadata?: Record<string, unknown>
  instructions: AgentInstructions
  tools: Record<string, AgentToolDetails>
  agents: Record<string, { id: string; name: string }>
  workflows: Record<string, GetWorkflowResponse>
  skills: AgentSkillMetadata[]
  workspaceTools: string[]
  browserTools: string[]
  hasBrowser: boolean
  workspaceId?: string
  inputProcessors: Array<{ id: string; name?: string }>
  outputProcessors: Array<{ id: string; name?: string }>
  provider?: string
  modelId?: string
  modelVersion?: string
  supportsMemory?: boolean
  modelList?: Array<{ id: string; enabled: boolean; maxRetries: number; model: { modelId: string; provider: string; modelVersion: string } }>
  defaultOptions: StoredAgentDefaultOptions
  defaultGenerateOptionsLegacy: Record<string, unknown>
  defaultStreamOptionsLegacy: Record<string, unknown>
  requestContextSchema?: string
  source?: 'code' | 'stored' | 'fs'
  status?: 'draft' | 'published' | 'archived'
  activeVersionId?: string
  hasDraft?: boolean
  editor?: false | { instructions?: boolean; tools?: boolean | { description?: boolean } }
}
/** This package's name for `GetAgentResponse`. */
export type AgentDetails = GetAgentResponse
/** A model provider the server knows. */
export interface Provider {
  id: string
  name: string
  label?: string
  description?: string
  envVar: string | string[]
  connected: boolean
  docUrl?: string
  models: string[]
}
export interface ListAgentsModelProvidersResponse {
  providers: Provider[]
}
export type AgentModelProviders = ListAgentsModelProvidersResponse
export interface GetAgentPlanResponse {
  path: string
  content: string
}
export type AgentPlan = GetAgentPlanResponse
export interface AgentExecuteToolParams {
  data: unknown
  requestContext?: RequestContextInput
}
export interface AgentEnhancedInstructions {
  explanation: string
  new_prompt: string
}
/** Whether the agent has a browser session, and whether the server can screencast it. */
export interface GetAgentBrowserSessionResponse {
  hasSession: boolean
  screencastAvailable: boolean
}
export type AgentBrowserSession = GetAgentBrowserSessionResponse
export interface CloneAgentParams {
  newId?: string
  newName?: string
  metadata?: Record<string, unknown>
  authorId?: string
  requestContext?: RequestContextInput
}
export type AgentCloneParams = CloneAgentParams

// ---- model
/** The new model of the agent: the server reads `modelId` and `provider`. */
export interface UpdateModelParams {
  modelId: string
  provider: string
}
export type AgentUpdateModelParams = UpdateModelParams
export interface UpdateModelInModelListParams {
  modelConfigId: string
  model?: { modelId: string; provider: string }
  maxRetries?: number
  enabled?: boolean
}
export type AgentUpdateModelInListParams = UpdateModelInModelListParams
export interface ReorderModelListParams {
  reorderedModelIds: string[]
}
export type AgentReorderModelListParams = ReorderModelListParams

// ---- versions
/** Selects a stored version of an agent: by id, or the draft / published one. */
export type AgentVersionIdentifier = { versionId: string } | { status: 'draft' | 'published' }
/** Paths (after the API prefix) used instead of the agent's own routes. */
export interface AgentRouteOverrides {
  stream?: string
}
/** A block of stored instructions: text, a prompt block, or a reference to a stored one. */
export type AgentInstructionBlock =
  | { type: 'text'; content: string }
  | { type: 'prompt_block_ref'; id: string }
  | { type: 'prompt_block'; content: string; rules?: StoredAgentRuleGroup }
/** Default options of a version (client-js's `DefaultOptions`: `toolCallConcurrency` a number). */
export interface AgentVersionDefaultOptions extends StoredAgentDefaultOptions {
  toolCallConcurrency?: number
}
/** client-js's name for the default options of an agent version. */
export type DefaultOptions = AgentVersionDefaultOptions
/** A version of an agent's stored overrides. */
export interface AgentVersionResponse
  extends Pick<
    StoredAgentConfig,
    | 'name' | 'description' | 'instructions' | 'model' | 'tools' | 'workflows' | 'agents' | 'toolProviders' | 'mcpClients'
    | 'inputProcessors' | 'outputProcessors' | 'memory' | 'scorers' | 'requestContextSchema'
  > {
  id: string
  agentId: string
  versionNumber: number
  defaultOptions?: ConditionalField<AgentVersionDefaultOptions>
  integrationTools?: ConditionalField<Record<string, StoredMCPClientToolsConfig>>
  changedFields?: string[]
  changeMessage?: string
  createdAt: string
}
export type AgentVersion = AgentVersionResponse
export interface ListAgentVersionsParams {
  page?: number
  perPage?: number
  orderBy?: { field?: 'versionNumber' | 'createdAt'; direction?: 'ASC' | 'DESC' }
}
export type AgentListVersionsParams = ListAgentVersionsParams
export interface ListAgentVersionsResponse {
  versions: AgentVersionResponse[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
export type AgentVersionPage = ListAgentVersionsResponse
export interface CreateAgentVersionParams {
  changeMessage?: string
}
/** A new version of a code agent's overrides. */
export interface CreateCodeAgentVersionParams {
  instructions?: AgentVersionResponse['instructions']
  tools?: AgentVersionResponse['tools']
  changeMessage?: string
}
/** This package's earlier name for `CreateCodeAgentVersionParams`. */
export type AgentCreateVersionParams = CreateCodeAgentVersionParams
export interface CreateAgentVersionResponse {
  version: AgentVersionResponse
}
export interface ActivateAgentVersionResponse {
  success: boolean
  message: string
  activeVersionId: string
}
export interface RestoreAgentVersionResponse {
  success: boolean
  message: string
  version: AgentVersionResponse
}
export interface DeleteAgentVersionResponse {
  success: boolean
  message: string
}
/** One field that differs between two versions. */
export interface AgentVersionDiff {
  field: string
  previousValue: any
  currentValue: any
  changeType?: 'added' | 'removed' | 'modified'
}
export interface CompareVersionsResponse {
  fromVersion: AgentVersionResponse
  toVersion: AgentVersionResponse
  diffs: AgentVersionDiff[]
}

// ---- runs, approvals, signals
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
export interface AgentToolCallDecision {
  runId: string
  toolCallId?: string
  model?: string
  reason?: string
  format?: string
  abortSignal?: AbortSignal
  requestContext?: RequestContextInput
}
export interface AgentSendToolApprovalParams {
  resourceId?: string
  threadId?: string
  toolCallId: string
  approved: boolean
  resumeData?: unknown
  format?: string
  requestContext?: RequestContextInput
  messages?: MessageInput
  streamOptions?: AgentStreamOptions
}
export interface AgentSendToolApprovalResponse {
  accepted: true
  runId: string
  toolCallId?: string
}
export interface ListAgentSuspendedRunsParams {
  threadId?: string
  resourceId?: string
  fromDate?: Date
  toDate?: Date
  perPage?: number
  page?: number
}
export type AgentSuspendedRunsParams = ListAgentSuspendedRunsParams
export interface AgentSuspendedRunToolCall {
  toolCallId?: string
  toolName?: string
  args?: unknown
  requiresApproval: boolean
  suspendPayload?: unknown
}
/** A run waiting for a tool approval or a resume (dates as ISO strings). */
export interface AgentSuspendedRun {
  runId: string
  status: 'suspended'
  threadId?: string
  resourceId?: string
  suspendedAt: string
  toolCalls: AgentSuspendedRunToolCall[]
}
export interface ListAgentSuspendedRunsResponse {
  runs: AgentSuspendedRun[]
  total: number
}
export type AgentSuspendedRuns = ListAgentSuspendedRunsResponse
/** Options of `network`. */
export interface AgentNetworkOptions {
  memory?: AgentMemoryOption
  requestContext?: RequestContextInput
  maxSteps?: number
  model?: string
  tracingOptions?: Loose
  structuredOutput?: StructuredOutputOptions<any>
  [key: string]: any
}
/** client-js's name for the options of `network` with the messages inside. */
export type NetworkStreamParams<OUTPUT = undefined> = AgentNetworkOptions & { messages: MessageInput; structuredOutput?: StructuredOutputOptions<OUTPUT extends undefined ? any : OUTPUT> }
export interface AgentNetworkToolCallDecision {
  runId: string
  model?: string
  reason?: string
  requestContext?: RequestContextInput
}
/** What a signal does when the thread has an active run. */
export type AgentSignalActiveBehavior = 'deliver' | 'persist' | 'discard'
/** What a signal does when the thread is idle. */
export type AgentSignalIdleBehavior = 'wake' | 'persist' | 'discard'
/** The content of a message or signal: text, or text and file parts. */
export type AgentSignalContents = string | Array<
  | { type: 'text'; text: string; providerOptions?: Loose }
  | { type: 'file'; data: string; mediaType: string; filename?: string; providerOptions?: Loose }
>
/** A message or signal for a thread (`ifIdle.streamOptions` start a run when it is idle). */
export interface AgentSignalParams {
  resourceId?: string
  threadId?: string
  runId?: string
  signal?: { contents: AgentSignalContents; type?: string; id?: string; createdAt?: string | Date; metadata?: Loose; [key: string]: unknown }
  message?: unknown
  ifActive?: { behavior?: AgentSignalActiveBehavior; attributes?: Record<string, string | number | boolean | null | undefined> }
  ifIdle?: { behavior?: AgentSignalIdleBehavior; streamOptions?: AgentStreamOptions; attributes?: Record<string, string | number | boolean | null | undefined> }
  requestContext?: RequestContextInput
  [key: string]: unknown
}
type SignalAttributes = Record<string, string | number | boolean | null | undefined>
type SignalContentPart =
  | { type: 'text'; text: string; providerOptions?: ProviderOptions }
  | { type: 'file'; data: string; mediaType: string; filename?: string; providerOptions?: ProviderOptions }
/** A signal for a thread: state (kept, never transient), or a message-like signal. */
export type AgentSignal = {
  contents: string | SignalContentPart[]
  id?: string
  createdAt?: string | Date
  metadata?: Record<string, AgentJSONValue>
  attributes?: SignalAttributes
  tagName?: string
  providerOptions?: ProviderOptions
} & ({ type: 'state'; transient?: undefined } | { type: 'user' | 'reactive' | 'notification' | 'user-message' | 'system-reminder'; transient?: boolean })
/** Where a signal or message goes: a run by id, or a thread (started per `ifIdle` when idle). */
type SignalTarget =
  | { runId: string; resourceId?: string; threadId?: string; ifIdle?: undefined }
  | { runId?: undefined; resourceId: string; threadId: string; ifIdle?: { behavior?: AgentSignalIdleBehavior; streamOptions?: AgentStreamOptions; attributes?: SignalAttributes } }
type SignalActive = { ifActive?: { behavior?: AgentSignalActiveBehavior; attributes?: SignalAttributes } }
export type SendAgentSignalParams = SignalTarget & SignalActive & { signal: AgentSignal }
export type SendAgentMessageParams = SignalTarget &
  SignalActive & { message: string | SignalContentPart[] | { contents: string | SignalContentPart[]; metadata?: Record<string, AgentJSONValue>; providerOptions?: ProviderOptions } }
export type QueueAgentMessageParams = SendAgentMessageParams
export interface AgentSignalResult {
  accepted: true
  runId: string
  signal?: unknown
}
export interface SubscribeAgentThreadParams {
  resourceId?: string
  threadId: string
}
export type AgentThreadParams = SubscribeAgentThreadParams
export interface AbortAgentThreadParams extends SubscribeAgentThreadParams {
  expectedRunId?: string
}
export type AgentAbortThreadParams = AbortAgentThreadParams
/** Options of `processDataStream` on a thread subscription. */
export interface ProcessAgentThreadStreamOptions {
  onChunk: (chunk: ChunkType) => void | Promise<void>
  reconnect?: boolean | { maxRetries?: number; delayMs?: number }
}
/** The stream of a thread's runs. */
export interface AgentThreadSubscription extends Response {
  processDataStream(options: ProcessAgentThreadStreamOptions): Promise<void>
  /** Aborts the thread's active run; resolves with whether one was aborted. */
  abort(): Promise<boolean>
  /** Stops reading the stream. */
  unsubscribe(): void
}

// ---- vNext network (legacy shapes client-js still exports)
export interface GetVNextNetworkResponse {
  id: string
  name: string
  instructions: string
  agents: Array<{ name: string; provider: string; modelId: string }>
  routingModel: { provider: string; modelId: string }
  workflows: Array<{ name: string; description: string; inputSchema: string | undefined; outputSchema: string | undefined }>
  tools: Array<{ id: string; description: string }>
}
export interface GenerateVNextNetworkResponse {
  task: string
  result: string
  resourceId: string
  resourceType: 'none' | 'tool' | 'agent' | 'workflow'
}
export interface GenerateOrStreamVNextNetworkParams {
  message: string
  threadId?: string
  resourceId?: string
  requestContext?: RequestContextInput
}
export interface LoopStreamVNextNetworkParams extends GenerateOrStreamVNextNetworkParams {
  maxIterations?: number
}
export interface LoopVNextNetworkResponse {
  status: 'success'
  result: {
    task: string
    resourceId: string
    resourceType: 'agent' | 'workflow' | 'none' | 'tool'
    result: string
    iteration: number
    isOneOff: boolean
    prompt: string
    threadId?: string
    threadResourceId?: string
    isComplete?: boolean
    completionReason?: string
  }
  steps: Record<string, WorkflowStepResult>
}

// ---- legacy
/** Parameters of the legacy calls (`messages` inside). */
export interface GenerateLegacyParams<T = undefined> {
  messages: MessageInput
  model?: string
  output?: T
  experimental_output?: T
  requestContext?: RequestContextInput
  abortSignal?: AbortSignal
  clientTools?: ClientToolsInput
  clientToolsResolver?: ClientToolsResolver
  threadId?: string
  resourceId?: string
  [key: string]: unknown
}
export type StreamLegacyParams<T = undefined> = GenerateLegacyParams<T>
export type AgentLegacyParams = GenerateLegacyParams<unknown>
/** The finish reason of a legacy (AI SDK v4) step. */
export type LegacyFinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown'
/** A tool call of the legacy data stream. */
export interface LegacyToolCall {
  toolCallId: string
  toolName: string
  args: any
}
export interface LegacyToolResult extends LegacyToolCall {
  result: any
}
/** The legacy stream: an AI SDK data stream, read with callbacks per part type. */
export interface AgentLegacyStreamResponse extends Response {
  processDataStream(options?: {
    onTextPart?: (text: string) => void | Promise<void>
    onReasoningPart?: (text: string) => void | Promise<void>
    onToolCallPart?: (part: LegacyToolCall) => void | Promise<void>
    onToolResultPart?: (part: Omit<LegacyToolResult, 'args' | 'toolName'>) => void | Promise<void>
    onToolCallStreamingStartPart?: (part: { toolCallId: string; toolName: string }) => void | Promise<void>
    onToolCallDeltaPart?: (part: { toolCallId: string; argsTextDelta: string }) => void | Promise<void>
    onFinishMessagePart?: (part: { finishReason: LegacyFinishReason; usage?: { promptTokens: number; completionTokens: number } }) => void | Promise<void>
    onFinishStepPart?: (part: { isContinued: boolean; finishReason: LegacyFinishReason; usage?: { promptTokens: number; completionTokens: number } }) => void | Promise<void>
    onStartStepPart?: (part: { messageId: string }) => void | Promise<void>
    onErrorPart?: (error: string) => void | Promise<void>
    onDataPart?: (data: AgentJSONValue[]) => void | Promise<void>
    onMessageAnnotationsPart?: (annotations: AgentJSONValue[]) => void | Promise<void>
    onSourcePart?: (source: { sourceType: 'url'; id: string; url: string; title?: string; providerMetadata?: PartProviderMetadata }) => void | Promise<void>
    onFilePart?: (file: { data: string; mimeType: string }) => void | Promise<void>
    onReasoningSignaturePart?: (part: { signature: string }) => void | Promise<void>
    onRedactedReasoningPart?: (part: { data: string }) => void | Promise<void>
  }): Promise<void>
}

// ---- voice
export interface AgentSpeakOptions {
  speaker?: string
  [key: string]: any
}
export interface AgentListenResponse {
  text: string
}
export interface AgentSpeaker {
  voiceId: string
  [key: string]: unknown
}

// ---- generic overloads the route table cannot declare (a method's type parameters): a
// structured-output call gives `object` the schema's type, and `method<T>(...)` type-checks as
// with client-js. The route table's signature stays the last overload.
declare module './generated/classes' {
  interface Agent {
    /** Runs the agent with structured output and resolves with its full answer; `object` has the schema's type. */
    generate<OUTPUT extends {}>(messages: MessageInput, options: AgentCallOptions & { structuredOutput: StructuredOutputOptions<OUTPUT> }): Promise<FullOutput<OUTPUT>>
    /** Streams the agent with structured output (the `object` chunks have the schema's type). */
    stream<OUTPUT extends {}>(messages: MessageInput, options: AgentStreamOptions & { structuredOutput: StructuredOutputOptions<OUTPUT> }): Promise<AgentStreamResponse<OUTPUT>>
    /** As `stream` with structured output, until the thread is idle. */
    streamUntilIdle<OUTPUT extends {}>(messages: MessageInput, options: AgentStreamOptions & { structuredOutput: StructuredOutputOptions<OUTPUT> }): Promise<AgentStreamResponse<OUTPUT>>
    /** Resumes a suspended run with structured output. */
    resumeStream<OUTPUT = undefined>(resumeData: unknown, options: AgentResumeOptions & { structuredOutput?: StructuredOutputOptions<OUTPUT> }): Promise<AgentStreamResponse<OUTPUT>>
    /** Resumes a suspended run with structured output, until the thread is idle. */
    resumeStreamUntilIdle<OUTPUT = undefined>(resumeData: unknown, options: AgentResumeOptions & { structuredOutput?: StructuredOutputOptions<OUTPUT> }): Promise<AgentStreamResponse<OUTPUT>>
    /** Runs the agent as a network with structured output (the `network-object` chunks have its type). */
    network<OUTPUT = undefined>(messages: MessageInput, params: AgentNetworkOptions & { structuredOutput?: StructuredOutputOptions<OUTPUT> }): Promise<AgentNetworkStreamResponse<OUTPUT>>
    /** The legacy generate with an output schema (`output` or `experimental_output`). */
    generateLegacy<Output>(params: GenerateLegacyParams<Output>): Promise<GenerateLegacyResult>
    /** The legacy stream with an output schema. */
    streamLegacy<T = undefined>(params: StreamLegacyParams<T>): Promise<AgentLegacyStreamResponse>
  }
}
