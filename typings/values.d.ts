// The values client-js exports besides `MastraClient` and `MastraClientError`: `RequestContext`
// (as @mastra/core's), client tools (`createTool`, `ClientTool`) and the two agent-controller
// helpers. Re-exported by index.d.ts; hand-written, self-contained (no @mastra/core, no zod).

import type { AgentControllerEvent, KnownAgentControllerEvent } from './agent_controller'

type RecordToTuple<T> = { [K in keyof T]: [K, T[K]] }[keyof T][]
type ValueKey<Values> = Values extends Record<string, any> ? keyof Values : string
type ValueOf<Values, K> = Values extends Record<string, any> ? (K extends keyof Values ? Values[K] : never) : unknown

/**
 * Request-scoped values, as @mastra/core's `RequestContext` (client-js re-exports that one):
 * `new RequestContext([['locale', 'en']])`, or from an object. Pass it as `requestContext` to
 * any call: its entries go on the wire as a plain object, as client-js sends them.
 * `Values` types the keys, as in core.
 */
export declare class RequestContext<Values extends Record<string, any> | unknown = unknown> {
  constructor(
    iterable?:
      | (Values extends Record<string, any> ? RecordToTuple<Partial<Values>> : Iterable<readonly [string, unknown]>)
      | (Values extends Record<string, any> ? Partial<Values> : Record<string, unknown>),
  )
  set<K extends ValueKey<Values>>(key: K, value: ValueOf<Values, K>): void
  /** Sets a key outside the declared `Values` (e.g. `mastra__resourceId`). */
  setRaw(key: string, value: unknown): void
  get<K extends ValueKey<Values>, R = ValueOf<Values, K>>(key: K): R
  getRaw(key: string): unknown
  has<K extends ValueKey<Values>>(key: K): boolean
  hasRaw(key: string): boolean
  delete<K extends ValueKey<Values>>(key: K): boolean
  deleteRaw(key: string): boolean
  clear(): void
  keys(): IterableIterator<Values extends Record<string, any> ? keyof Values : string>
  values(): IterableIterator<Values extends Record<string, any> ? Values[keyof Values] : unknown>
  entries(): IterableIterator<Values extends Record<string, any> ? { [K in keyof Values]: [K, Values[K]] }[keyof Values] : [string, unknown]>
  /** The number of entries (a method, as in core). */
  size(): number
  forEach<K extends ValueKey<Values>>(
    callbackfn: (value: Values extends Record<string, any> ? (K extends keyof Values ? Values[K] : unknown) : unknown, key: K, map: Map<string, unknown>) => void,
  ): void
  /** The entries as a plain object, leaving out what JSON cannot hold (functions, symbols, cycles, BigInt…). */
  toJSON(): Record<string, any>
  /** The entries for a trace span: `mastra__authToken` redacted, objects other than plain ones as `[type]`. */
  serializeForSpan(): Record<string, unknown>
  /** Every entry as one object. */
  get all(): Values extends Record<string, any> ? Values : Record<string, any>
}

/**
 * The type a schema validates to: a zod schema's (v3 or v4, its `_output`), a Standard Schema's
 * (`~standard.types.output`), else `unknown`. Stands for client-js's `z.infer`, without zod.
 */
export type InferSchemaOutput<S> = S extends { readonly _output: infer O }
  ? O
  : S extends { readonly '~standard': { readonly types?: infer T } }
    ? NonNullable<T> extends { readonly output: infer O }
      ? O
      : unknown
    : unknown

/** Spans and logs a client tool records; they go back to the server with its result. */
export interface ClientToolObserve {
  span<T>(name: string, fn: () => Promise<T> | T, attributes?: Record<string, unknown>): Promise<T>
  log(level: 'debug' | 'info' | 'warn' | 'error' | 'fatal', message: string, data?: Record<string, unknown>): void
}

/**
 * What a client tool's `execute` gets besides its input (core's `ToolExecutionContext` as a
 * client tool sees it): `observe`, the request context, and the calling agent (its id, the
 * tool call id, the messages so far, its thread and resource), the last two typed loosely.
 */
export interface ClientToolExecutionContext {
  requestContext?: any
  tracingContext?: any
  agent?: any
  observe: ClientToolObserve
  [key: string]: any
}

/** A client tool's definition, as `createTool` takes it (client-js `ClientToolAction`). */
export interface ClientToolAction<TSchemaIn = undefined, TSchemaOut = undefined> {
  id: string
  description: string
  inputSchema?: TSchemaIn
  outputSchema?: TSchemaOut
  execute?: (
    inputData: [TSchemaIn] extends [undefined] ? unknown : InferSchemaOutput<TSchemaIn>,
    context: ClientToolExecutionContext,
  ) => Promise<[TSchemaOut] extends [undefined] ? unknown : InferSchemaOutput<TSchemaOut>>
}

/**
 * A tool run in this process when an agent calls it: pass it in `clientTools` of an agent call.
 * Its schemas go to the server as JSON Schema.
 */
export declare class ClientTool<TSchemaIn = undefined, TSchemaOut = undefined> implements ClientToolAction<TSchemaIn, TSchemaOut> {
  id: string
  description: string
  inputSchema?: TSchemaIn
  outputSchema?: TSchemaOut
  execute?: ClientToolAction<TSchemaIn, TSchemaOut>['execute']
  constructor(opts: ClientToolAction<TSchemaIn, TSchemaOut>)
}

/** A `ClientTool` from its definition; `execute`'s input is typed from `inputSchema`. */
export declare function createTool<TSchemaIn = undefined, TSchemaOut = undefined>(
  opts: ClientToolAction<TSchemaIn, TSchemaOut>,
): ClientTool<TSchemaIn, TSchemaOut>

/**
 * Whether an agent-controller event is one of the explicitly typed kinds: a type guard from
 * `AgentControllerEvent` to `KnownAgentControllerEvent`, as client-js's. Any other object with
 * a `type` is answered too, without narrowing.
 */
export declare function isKnownAgentControllerEvent(event: AgentControllerEvent): event is KnownAgentControllerEvent
export declare function isKnownAgentControllerEvent(event: { type: string }): boolean

/** The plain text of a message: its `text` parts, joined. */
export declare function agentControllerMessageText(message: { content: { parts: ReadonlyArray<{ type: string }> } }): string

// Only the declarations marked `export` are exported (the helpers above stay private).
export {}
