// Types of the logs group, re-exported by index.d.ts.
import type { Loose } from './loose'
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
