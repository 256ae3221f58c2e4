// Types of the scores group, re-exported by index.d.ts: the server's /scores routes.
type Rec = Record<string, unknown>

/** A scorer the server registers, with the agents and workflows that use it. */
export interface ScorerInfo {
  scorer: { config: { id: string; name?: string; description: string; type?: unknown; judge?: unknown } }
  sampling?: {}
  agentIds: string[]
  agentNames: string[]
  workflowIds: string[]
  isRegistered: boolean
  /** Where the scorer is defined: in code, in the stored scorers, or on the filesystem. */
  source: 'code' | 'stored' | 'fs'
}
/** `getScorer`: the scorer, or `null` when there is none with that id. */
export type GetScorerResponse = ScorerInfo | null
/** `listScorers`: the registered scorers by id. */
export type GetScorersResponse = Record<string, ScorerInfo>

/** The fields of a score as a scorer records it (without id and timestamps). */
export interface ScoreRowInput {
  scorerId: string
  entityId: string
  runId: string
  input?: unknown
  output: unknown
  score: number
  reason?: string
  scorer: Rec
  entity: Rec
  source: 'LIVE' | 'TEST'
  additionalContext?: Rec
  requestContext?: Rec
  extractStepResult?: Rec
  extractPrompt?: string
  analyzeStepResult?: Rec
  analyzePrompt?: string
  reasonPrompt?: string
  metadata?: Rec
  entityType?: string
  structuredOutput?: boolean
  traceId?: string
  spanId?: string
  resourceId?: string
  threadId?: string
  organizationId?: string | null
  projectId?: string | null
  batchId?: string | null
  datasetId?: string | null
  datasetItemId?: string | null
  preprocessStepResult?: Rec
  preprocessPrompt?: string
  generateScorePrompt?: string
  generateReasonPrompt?: string
}
/** One recorded score, its dates as ISO text (as JSON carries them). */
export interface ClientScoreRowData extends ScoreRowInput {
  id: string
  createdAt: string
  updatedAt: string | null
}
/** @deprecated Use `ClientScoreRowData`. */
export type ScoreRecord = ClientScoreRowData
/** A page of scores. */
export interface ListScoresResponse {
  pagination: { total: number; page: number; perPage: number | false; hasMore: boolean }
  scores: ClientScoreRowData[]
}
/** @deprecated Use `ListScoresResponse`. */
export type ScoresPage = ListScoresResponse
export interface ListScoresByScorerIdParams {
  scorerId: string
  entityId?: string
  entityType?: string
  page?: number
  perPage?: number
}
export interface ListScoresByRunIdParams {
  runId: string
  page?: number
  perPage?: number
}
export interface ListScoresByEntityIdParams {
  entityId: string
  entityType: string
  page?: number
  perPage?: number
}
/** The score to save (the server gives it its id and timestamps). */
export interface SaveScoreParams {
  score: ScoreRowInput
}
export interface SaveScoreResponse {
  score: ClientScoreRowData
}

export {}
