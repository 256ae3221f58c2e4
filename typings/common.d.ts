// The general types of mastra-client-native: client options, errors, request options. Re-exported
// by index.d.ts; hand-written.
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
  /** Not supported: passing it throws a TypeError (requests go through the native core). */
  fetch?: never
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

/** A request context: a plain object or a `RequestContext` (any object with `entries()`). */
export type RequestContextInput = Record<string, unknown> | { entries(): Iterable<[string, unknown]> }


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
