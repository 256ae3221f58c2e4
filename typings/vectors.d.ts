// Types of the vectors group, re-exported by index.d.ts.
/** Size and shape of a vector index. */
export interface VectorIndexDetails {
  dimension: number
  count: number
  metric?: string
}
/** client-js's name for an index's details. */
export type GetVectorIndexResponse = VectorIndexDetails
export interface CreateIndexParams {
  indexName: string
  dimension: number
  metric?: 'cosine' | 'euclidean' | 'dotproduct'
}
export interface UpsertVectorParams {
  indexName: string
  vectors: number[][]
  /** One metadata object per vector. */
  metadata?: Record<string, unknown>[]
  ids?: string[]
}
export interface QueryVectorParams {
  indexName: string
  queryVector: number[]
  topK?: number
  filter?: Record<string, unknown>
  includeVector?: boolean
}
/** A vector found by a query, with its similarity score. */
export interface QueryVectorResult {
  id: string
  score: number
  metadata?: Record<string, any>
  vector?: number[]
  document?: string
}
/** client-js's name for a query's results. */
export type QueryVectorResponse = QueryVectorResult[]
/** The server's vector stores. */
export interface VectorStoresList {
  vectors: { id: string; name: string; type: string; description?: string }[]
}
/** client-js's name for the list of vector stores. */
export type ListVectorsResponse = VectorStoresList
/** The embedding models the server offers. */
export interface EmbeddersList {
  embedders: { id: string; provider: string; name: string; description: string; dimensions: number; maxInputTokens: number }[]
}
/** client-js's name for the list of embedders. */
export type ListEmbeddersResponse = EmbeddersList

export {}
