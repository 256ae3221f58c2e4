// The general types of mastra-client-native: client options, errors, request options, and the
// client-js types of no group (`RequestFunction`, `ZodSchema`, `UIMessageWithMetadata`).
// Re-exported by index.d.ts; hand-written.
/** Options of `new MastraClient(options)`, as in client-js, plus `timeoutMs`, `streamIdleTimeoutMs`, `maxStreamRecordBytes` and `maxResponseBytes`. */
export interface ClientOptions {
  /** Absolute http(s) URL of the Mastra server; a trailing `/` is ignored. */
  baseUrl: string
  /** Path prefix of the API routes (default `/api`). */
  apiPrefix?: string
  /** Extra tries after a network error or 5xx answer (default 3; 4xx is never tried again). */
  retries?: number
  /** First wait between tries in ms (default 100), doubled each time. */
  backoffMs?: number
  /** Longest wait between tries in ms (default 1000). */
  maxBackoffMs?: number
  /** Headers sent with every request; they win over the JSON content type. */
  headers?: Record<string, string>
  /** Aborts every call of this client. */
  abortSignal?: AbortSignal
  /** Accepted for compatibility; a browser setting with no meaning on a server. */
  credentials?: 'omit' | 'same-origin' | 'include'
  /** A `fetch` to send every request through (the fetch transport), on any build, as in client-js. */
  fetch?: typeof fetch
  /** Deadline of a whole call in ms, tries and waits included; for a stream, of its opening (extension; none by default). */
  timeoutMs?: number
  /**
   * Longest wait in ms for the next bytes of an open stream; a stalled stream ends with a
   * `TimeoutError` and its connection is closed (extension; none by default).
   */
  streamIdleTimeoutMs?: number
  /**
   * Longest record of a stream in bytes (an SSE event, a workflow record); a longer one ends
   * the stream with a `RangeError` (extension; default 16 MiB).
   */
  maxStreamRecordBytes?: number
  /**
   * Longest JSON or text reply in bytes, after decompression (an error body too); a longer
   * one rejects the call with a `RangeError` naming this option and its connection is closed,
   * so a reply never holds more memory than this bound plus one network read. `Infinity`
   * lifts the bound (a reply longer than the longest string JavaScript can hold, about
   * 512 MiB, still rejects its own call with a `RangeError`). Extension; default 256 MiB.
   */
  maxResponseBytes?: number
}

/** HTTP error thrown by the client: status, status text and the parsed JSON body if any. */
export declare class MastraClientError extends Error {
  constructor(status: number, statusText: string, message: string, body?: unknown)
  readonly name: 'MastraClientError'
  /** HTTP status code */
  status: number
  /** HTTP status text (e.g. "Not Found") */
  statusText: string
  /** Parsed response body if it was JSON */
  body?: unknown
}

/**
 * A request context: a plain object, or a `RequestContext` (this package's, @mastra/core's, or
 * any object with `entries()`), as client-js takes it. It goes on the wire as a plain object.
 */
export type RequestContextInput = Record<string, any> | { entries(): Iterable<readonly [string, unknown]> }


/** Options of `request(path, options)`, as client-js takes them. */
export interface RequestOptions {
  /** HTTP verb (default `GET`). */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | (string & {})
  /** Headers of this call; they win over the client's. */
  headers?: Record<string, string>
  /** A JSON value (sent as JSON) or a `FormData` (sent as `multipart/form-data`). */
  body?: any
  /** Resolve with the `Response` itself (its body a byte stream) instead of parsed JSON. */
  stream?: boolean
  /** Aborts this call. */
  signal?: AbortSignal
  /** Retries for this call instead of the client's. */
  retries?: number
  /** Accepted and ignored (a browser setting). */
  credentials?: 'omit' | 'same-origin' | 'include'
}

/** `request(path, options)` as a function (client-js `RequestFunction`). */
export type RequestFunction = (path: string, options?: RequestOptions) => Promise<any>

/**
 * A zod schema, v3 or v4 (client-js `ZodSchema`), by its shape: what it parses to (`_output`)
 * and `parse`. No zod is needed to use these types.
 */
export interface ZodSchema<Output = any> {
  readonly _output: Output
  parse(data: unknown, ...rest: any[]): Output
}

type JSONValue = null | string | number | boolean | { [key: string]: JSONValue } | JSONValue[]
type UIToolCall = { toolCallId: string; toolName: string; args: any }
type UIToolInvocation =
  | ({ state: 'partial-call'; step?: number } & UIToolCall)
  | ({ state: 'call'; step?: number } & UIToolCall)
  | ({ state: 'result'; step?: number } & UIToolCall & { result: any })
type UIMessagePart =
  | { type: 'text'; text: string }
  | {
      type: 'reasoning'
      reasoning: string
      details: Array<{ type: 'text'; text: string; signature?: string } | { type: 'redacted'; data: string }>
    }
  | { type: 'tool-invocation'; toolInvocation: UIToolInvocation }
  | {
      type: 'source'
      source: { sourceType: 'url'; id: string; url: string; title?: string; providerMetadata?: Record<string, Record<string, JSONValue>> }
    }
  | { type: 'file'; mimeType: string; data: string }
  | { type: 'step-start' }

/**
 * A UI message's tool-invocation part with the provider metadata the server reads from the
 * part itself (client-js `ToolInvocationUIPartWithMeta`).
 */
export type ToolInvocationUIPartWithMeta = { type: 'tool-invocation'; toolInvocation: UIToolInvocation } & {
  providerMetadata?: Record<string, Record<string, JSONValue>>
}

/**
 * A UI message (AI SDK v4's `UIMessage`) with `metadata`, as @mastra/core's
 * `UIMessageWithMetadata`: one of the message forms an agent call takes.
 */
export interface UIMessageWithMetadata {
  /** A unique identifier for the message. */
  id: string
  createdAt?: Date
  /** Text content; use `parts` when possible. */
  content: string
  /** @deprecated Use `parts`. */
  reasoning?: string
  experimental_attachments?: Array<{ name?: string; contentType?: string; url: string }>
  /** The `data` role is deprecated. */
  role: 'system' | 'user' | 'assistant' | 'data'
  /** @deprecated Data messages will be removed. */
  data?: JSONValue
  annotations?: JSONValue[] | undefined
  /** @deprecated Use `parts`. */
  toolInvocations?: Array<UIToolInvocation>
  /** The parts of the message, to render it. */
  parts: Array<UIMessagePart>
  metadata?: Record<string, unknown>
}

// Only the declarations marked `export` are exported (the helpers above stay private).
export {}
