// Types of the conversations group, re-exported by index.d.ts: the server's OpenAI-style
// /v1/conversations routes.
import type { RequestContextInput } from './common'
import type { ResponseOutputFunctionCall, ResponseOutputFunctionCallOutput } from './responses'

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
/** A function call of the conversation: the same item as a response's output. */
export type ConversationItemFunctionCall = ResponseOutputFunctionCall
/** A function call's output in the conversation: the same item as a response's output. */
export type ConversationItemFunctionCallOutput = ResponseOutputFunctionCallOutput
/** One item of a conversation; `type` says which. */
export type ConversationItem = ConversationItemMessage | ConversationItemFunctionCall | ConversationItemFunctionCallOutput
export interface ConversationItemsPage {
  object: 'list'
  data: ConversationItem[]
  first_id: string | null
  last_id: string | null
  has_more: boolean
}
