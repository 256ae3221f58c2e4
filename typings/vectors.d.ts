// Types of the vectors group, re-exported by index.d.ts.
import type { Loose } from './loose'
export interface VectorIndexDetails extends Loose {
  dimension: number
  count: number
  metric?: string
}
export interface CreateIndexParams extends Loose {
  indexName: string
  dimension: number
  metric?: 'cosine' | 'euclidean' | 'dotproduct'
}
export interface UpsertVectorParams extends Loose {
  indexName: string
  vectors: number[][]
  metadata?: Record<string, any>[]
  ids?: string[]
}
export interface QueryVectorParams extends Loose {
  indexName: string
  queryVector: number[]
  topK?: number
  filter?: Record<string, any>
  includeVector?: boolean
}
export interface QueryVectorResult extends Loose {
  id: string
  score: number
  metadata?: Record<string, any>
  vector?: number[]
}
export interface VectorStoresList extends Loose {
  vectors: Array<Loose & { id: string; name: string; type: string; description?: string }>
}
export interface EmbeddersList extends Loose {
  embedders: Array<
    Loose & { id: string; provider: string; name: string; description: string; dimensions: number; maxInputTokens: number }
  >
}
