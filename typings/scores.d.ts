// Types of the scores group, re-exported by index.d.ts.
import type { Loose } from './loose'

/** A scorer the server registers, with the agents and workflows that use it. */
export interface ScorerInfo extends Loose {
  scorer: Loose
  agentIds?: string[]
  agentNames?: string[]
  workflowIds?: string[]
  isRegistered?: boolean
}
/** One recorded score. */
export interface ScoreRecord extends Loose {
  id: string
  scorerId: string
  entityId?: string
  entityType?: string
  runId?: string
  score: number
  reason?: string
  createdAt?: string | Date
}
export interface ScoresPage extends Loose {
  scores: ScoreRecord[]
  pagination: { total: number; page: number; perPage: number | false; hasMore: boolean }
}
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
  score: Omit<ScoreRecord, 'id' | 'createdAt'> & Loose
}
