// Types of the logs group, re-exported by index.d.ts: the server's /logs routes.

/** Levels of the server's logger. */
export type ServerLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'
/** `listLogs`: a transport's log records, filtered and one page at a time. */
export interface GetLogsParams {
  transportId: string
  fromDate?: Date
  toDate?: Date
  logLevel?: ServerLogLevel
  /**
   * `{ key: value }` filters, each sent as a `filters=key:value` parameter. (client-js also
   * types a string or array here; both are sent by their entries, as client-js sends them.)
   */
  filters?: Record<string, string> | string | string[]
  page?: number
  perPage?: number
}
/** @deprecated Use `GetLogsParams`. */
export type ListLogsParams = GetLogsParams
/** `getLogForRun`: the log records of one run. */
export interface GetLogParams extends GetLogsParams {
  runId: string
}
/** One log record. */
export interface ServerLogRecord {
  level: ServerLogLevel
  msg: string
  time: string
  context?: Record<string, unknown>
  runId?: string
  pid: number
  hostname: string
  name: string
}
export interface GetLogsResponse {
  logs: ServerLogRecord[]
  total: number
  page: number
  perPage: number | false
  hasMore: boolean
}
/** @deprecated Use `GetLogsResponse`. */
export type LogsPage = GetLogsResponse

export {}
