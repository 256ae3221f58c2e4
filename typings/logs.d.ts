// Types of the logs group, spliced into index.d.ts by `npm run typings`.
export interface ListLogsParams {
  transportId: string
  fromDate?: Date
  toDate?: Date
  logLevel?: string
  filters?: Record<string, string>
  page?: number
  perPage?: number
}
export interface LogsPage extends Loose {
  logs: Loose[]
  total: number
  page: number
  perPage: number
  hasMore: boolean
}
/** Filters, pagination and order of observability log records; dates are sent as ISO text. */
export interface ListLogsVNextParams extends Loose {
  filters?: Loose & {
    timestamp?: { start?: Date | string; end?: Date | string }
    level?: string | string[]
    traceId?: string
    spanId?: string
    runId?: string
  }
  pagination?: { page?: number; perPage?: number }
  orderBy?: { field?: string; direction?: 'ASC' | 'DESC' }
}
export interface LogsVNextPage extends Loose {
  logs: Loose[]
  pagination: Loose & { total: number; page: number; perPage: number; hasMore: boolean }
}
