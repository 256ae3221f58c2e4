// Types of mastra-client-native: the same exports and shapes as an app's
// `lib/mastra/mastra-client.ts` built on @mastra/client-js 1.47.0. This entry is hand-written:
// the general types are in typings/common.d.ts, each group's in typings/<group>.d.ts, and the
// resource classes in typings/generated/classes.d.ts (rendered from the route table by
// `npm run generate`). The values client-js exports besides the classes (`RequestContext`,
// `createTool`, `ClientTool`, the agent-controller helpers) are in typings/values.d.ts, and
// client-js's route types (`RouteTypes`, `Body`, `ClientRequest`...) in typings/route-types.d.ts.
// Everything is self-contained: no @mastra/core, client-js or zod is needed to type-check.
import type { MastraClient } from './typings/generated/classes'

export * from './typings/common'
export * from './typings/values'
export * from './typings/route-types'
export * from './typings/a2a'
export * from './typings/agent_builder'
export * from './typings/agent_controller'
export * from './typings/agents'
export * from './typings/background_tasks'
export * from './typings/channels'
export * from './typings/conversations'
export * from './typings/datasets'
export * from './typings/logs'
export * from './typings/memory'
export * from './typings/observability'
export * from './typings/responses'
export * from './typings/schedules'
export * from './typings/scores'
export * from './typings/stored'
export * from './typings/system'
export * from './typings/tools'
export * from './typings/vectors'
export * from './typings/workflows'
export * from './typings/workspaces'
export * from './typings/generated/classes'

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
export declare function getMastraBaseUrl(): string
/** The service-level client, made at load; sends `Bearer $JWT_TOKEN` only when `JWT_TOKEN` is set. */
export declare const mastraClient: MastraClient
/** A new client on `getMastraBaseUrl()`; a token is sent as a Bearer header (no `JWT_TOKEN` fallback). */
export declare function createMastraClient(token?: string): MastraClient
