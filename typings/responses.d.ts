// Types of the responses group, re-exported by index.d.ts.
import type { Loose } from './loose'
import type { RequestContextInput } from './common'
export interface CreateResponseParams extends Loose {
  model?: string
  agent_id?: string
  input: string | Loose[]
  instructions?: string
  stream?: boolean
  store?: boolean
  conversation_id?: string
  previous_response_id?: string
  requestContext?: RequestContextInput
}
export interface ResponseObject extends Loose {
  id: string
  object: 'response'
  status?: string
  output: Loose[]
  /** The text of the message outputs, joined. */
  output_text: string
}
export interface ResponseDeleted extends Loose {
  id: string
  object: string
  deleted: boolean
}
/** One event of a streamed response (`response.created`, `response.output_text.delta`, ...). */
export interface ResponseStreamEvent extends Loose {
  type: string
}
/** A streamed response: iterate it with `for await` for its events. */
export interface ResponsesStream extends AsyncIterable<ResponseStreamEvent> {
  readonly response: Response
  /** The streaming Response itself. */
  asResponse(): Response
}
