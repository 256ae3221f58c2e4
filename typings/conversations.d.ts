// Types of the conversations group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export interface CreateConversationParams extends Loose {
  agent_id?: string
  conversation_id?: string
  resource_id?: string
  title?: string
  metadata?: Loose
  requestContext?: RequestContextInput
}
export interface Conversation extends Loose {
  id: string
  object: 'conversation'
  thread?: Loose
}
export interface ConversationDeleted extends Loose {
  id: string
  object: string
  deleted: boolean
}
export interface ConversationItemsPage extends Loose {
  object: 'list'
  data: Loose[]
  first_id?: string | null
  last_id?: string | null
  has_more: boolean
}
