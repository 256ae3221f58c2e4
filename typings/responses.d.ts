// Types of the responses group, re-exported by index.d.ts: the server's OpenAI-style
// /v1/responses routes.
import type { RequestContextInput } from './common'

/** A text part of an input message. */
export interface ResponseInputTextPart {
  type: 'text' | 'input_text' | 'output_text'
  text: string
}
/** One input message. */
export interface ResponseInputMessage {
  role: 'system' | 'developer' | 'user' | 'assistant'
  content: string | ResponseInputTextPart[]
}
/** How the output text is formatted: any JSON object, or JSON matching a schema. */
export type ResponseTextFormat =
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; description?: string; schema: Record<string, unknown>; strict?: boolean }
export interface ResponseTextConfig {
  format: ResponseTextFormat
}
/** Provider-specific options, by provider. */
type ProviderOptions = { [provider: string]: unknown; openai?: Record<string, unknown>; azure?: Record<string, unknown> }
export interface CreateResponseParams {
  /** The agent to run (`agent_id`), or a model. */
  model?: string
  agent_id?: string
  input: string | ResponseInputMessage[]
  instructions?: string
  text?: ResponseTextConfig
  stream?: boolean
  store?: boolean
  conversation_id?: string
  previous_response_id?: string
  providerOptions?: ProviderOptions
  requestContext?: RequestContextInput
}
/** Text the model wrote. */
export interface ResponseOutputText {
  type: 'output_text'
  text: string
  annotations?: unknown[]
  logprobs?: unknown[]
}
export interface ResponseOutputMessage {
  id: string
  type: 'message'
  role: 'assistant'
  status: 'in_progress' | 'completed' | 'incomplete'
  content: ResponseOutputText[]
}
export interface ResponseOutputFunctionCall {
  id: string
  type: 'function_call'
  call_id: string
  name: string
  /** The arguments as JSON text. */
  arguments: string
  status?: 'in_progress' | 'completed' | 'incomplete'
}
export interface ResponseOutputFunctionCallOutput {
  id: string
  type: 'function_call_output'
  call_id: string
  output: string
}
/** One output item; `type` says which. */
export type ResponseOutputItem = ResponseOutputMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput
export interface ResponseUsage {
  input_tokens: number
  output_tokens: number
  total_tokens: number
  input_tokens_details?: { cached_tokens: number }
  output_tokens_details?: { reasoning_tokens: number }
}
/** A function tool the response could call. */
export interface ResponseTool {
  type: 'function'
  name: string
  description?: string
  parameters?: unknown
}
/** A response, with `output_text`: the text of its message outputs, joined. */
export interface ResponsesResponse {
  id: string
  object: 'response'
  created_at: number
  completed_at: number | null
  model: string
  status: 'in_progress' | 'completed' | 'incomplete'
  output: ResponseOutputItem[]
  usage: ResponseUsage | null
  error?: null
  incomplete_details?: null
  instructions?: string | null
  text?: ResponseTextConfig | null
  previous_response_id?: string | null
  conversation_id?: string | null
  providerOptions?: ProviderOptions
  tools?: ResponseTool[]
  store?: boolean
  output_text: string
}
/** @deprecated Use `ResponsesResponse`. */
export type ResponseObject = ResponsesResponse
export interface ResponsesDeleteResponse {
  id: string
  object: 'response'
  deleted: true
}
/** @deprecated Use `ResponsesDeleteResponse`. */
export type ResponseDeleted = ResponsesDeleteResponse

// ---- stream events
export interface ResponsesCreatedEvent {
  type: 'response.created'
  response: ResponsesResponse
  sequence_number?: number
}
export interface ResponsesInProgressEvent {
  type: 'response.in_progress'
  response: ResponsesResponse
  sequence_number?: number
}
export interface ResponsesOutputItemAddedEvent {
  type: 'response.output_item.added'
  output_index: number
  item: ResponseOutputItem
  sequence_number?: number
}
export interface ResponsesContentPartAddedEvent {
  type: 'response.content_part.added'
  output_index: number
  content_index: number
  item_id: string
  part: ResponseOutputText
  sequence_number?: number
}
export interface ResponsesOutputTextDeltaEvent {
  type: 'response.output_text.delta'
  output_index: number
  content_index: number
  item_id: string
  delta: string
  sequence_number?: number
}
export interface ResponsesOutputTextDoneEvent {
  type: 'response.output_text.done'
  output_index: number
  content_index: number
  item_id: string
  text: string
  sequence_number?: number
}
export interface ResponsesContentPartDoneEvent {
  type: 'response.content_part.done'
  output_index: number
  content_index: number
  item_id: string
  part: ResponseOutputText
  sequence_number?: number
}
export interface ResponsesOutputItemDoneEvent {
  type: 'response.output_item.done'
  output_index: number
  item: ResponseOutputItem
  sequence_number?: number
}
export interface ResponsesFunctionCallArgumentsDeltaEvent {
  type: 'response.function_call_arguments.delta'
  output_index: number
  item_id: string
  delta: string
  sequence_number?: number
}
export interface ResponsesFunctionCallArgumentsDoneEvent {
  type: 'response.function_call_arguments.done'
  output_index: number
  item_id: string
  name: string
  arguments: string
  sequence_number?: number
}
export interface ResponsesCompletedEvent {
  type: 'response.completed'
  response: ResponsesResponse
  sequence_number?: number
}
/** One event of a streamed response; `type` says which. */
export type ResponsesStreamEvent =
  | ResponsesCreatedEvent
  | ResponsesInProgressEvent
  | ResponsesOutputItemAddedEvent
  | ResponsesContentPartAddedEvent
  | ResponsesOutputTextDeltaEvent
  | ResponsesOutputTextDoneEvent
  | ResponsesContentPartDoneEvent
  | ResponsesOutputItemDoneEvent
  | ResponsesFunctionCallArgumentsDeltaEvent
  | ResponsesFunctionCallArgumentsDoneEvent
  | ResponsesCompletedEvent
/** @deprecated Use `ResponsesStreamEvent`. */
export type ResponseStreamEvent = ResponsesStreamEvent
/** A streamed response: iterate it with `for await` for its events. */
export interface ResponsesStream extends AsyncIterable<ResponsesStreamEvent> {
  readonly response: Response
  /** The streaming Response itself. */
  asResponse(): Response
}

export {}
