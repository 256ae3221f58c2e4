// Types of the agents group, spliced into index.d.ts by `npm run typings`.
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
/** A chunk of an agent stream. */
export interface StreamChunk extends Loose {
  type: string
  runId?: string
  from?: string
  payload?: Loose
}
/** The `Response` of `agent.stream()`, with `processDataStream`. */
export interface AgentStreamResponse extends Response {
  processDataStream(options: { onChunk: (chunk: StreamChunk) => void | Promise<void> }): Promise<void>
}
