// Types of the conversations group, re-exported by index.d.ts: the server's OpenAI-style
// /v1/conversations routes.
import type { RequestContextInput } from './common'

export interface CreateConversationParams {
  /** The agent the conversation is with. */
  agent_id?: string
  conversation_id?: string
  resource_id?: string
  title?: string
  metadata?: Record<string, unknown>
  requestContext?: RequestContextInput
}
/** The memory thread that stores a conversation. */
export interface ConversationThread {
  id: string
  title?: string
  resourceId: string
  createdAt: string
  updatedAt: string
  metadata?: Record<string, unknown>
}
export interface Conversation {
  id: string
  object: 'conversation'
  thread: ConversationThread
}
export interface ConversationDeleted {
  id: string
  object: 'conversation.deleted'
  deleted: true
}
/** Text a user (or system) wrote. */
export interface ConversationItemInputText {
  type: 'input_text'
  text: string
}
/** Text the model wrote. */
export interface ConversationItemOutputText {
  type: 'output_text'
  text: string
  annotations?: unknown[]
  logprobs?: unknown[]
}
export interface ConversationItemMessage {
  id: string
  type: 'message'
  role: 'system' | 'user' | 'assistant'
  status: 'completed'
  content: (ConversationItemInputText | ConversationItemOutputText)[]
}
export interface ConversationItemFunctionCall {
  id: string
  type: 'function_call'
  call_id: string
  name: string
  /** The arguments as JSON text. */
  arguments: string
  status?: 'in_progress' | 'completed' | 'incomplete'
}
export interface ConversationItemFunctionCallOutput {
  id: string
  type: 'function_call_output'
  call_id: string
  output: string
}
/** One item of a conversation; `type` says which. */
export type ConversationItem = ConversationItemMessage | ConversationItemFunctionCall | ConversationItemFunctionCallOutput
export interface ConversationItemsPage {
  object: 'list'
  data: ConversationItem[]
  first_id: string | null
  last_id: string | null
  has_more: boolean
}
