// Types of the a2a group, re-exported by index.d.ts.
import type { Loose } from './loose'
/** Options of `getAgentCard`: check the card's JWS signatures before resolving. */
export interface GetAgentCardOptions {
  verifySignature?: VerifyAgentCardSignatureOptions
}
/** What a key provider is told about the signature it gives a key for. */
export interface AgentCardSignatureKeyProviderInput {
  agentCard: A2AAgentCard
  signature: A2AAgentCardSignature
  protectedHeader: Loose
  alg: string
  kid?: string
  jku?: string
  index: number
}
/** A verification key: a CryptoKey or KeyObject, secret bytes, PEM text (key or certificate), or a JWK. */
export type AgentCardVerificationKey = CryptoKey | Uint8Array | ArrayBuffer | string | Loose
export interface VerifyAgentCardSignatureOptions {
  keyProvider: (input: AgentCardSignatureKeyProviderInput) => AgentCardVerificationKey | undefined | null | Promise<AgentCardVerificationKey | undefined | null>
  /** Allowed JWS algorithms (default: ES256/384/512, RS256/384/512, PS256/384/512). */
  algorithms?: string[]
}
export interface A2AAgentCardSignature extends Loose {
  protected: string
  signature: string
  header?: Loose
}
export interface A2AAgentCard extends Loose {
  name: string
  description?: string
  url?: string
  version?: string
  protocolVersion?: string
  capabilities?: Loose
  skills?: Loose[]
  defaultInputModes?: string[]
  defaultOutputModes?: string[]
  signatures?: A2AAgentCardSignature[]
}
export interface A2APart extends Loose {
  kind: 'text' | 'file' | 'data'
  text?: string
  file?: Loose
  data?: Loose
  metadata?: Loose
}
export interface A2AMessage extends Loose {
  kind?: 'message'
  messageId: string
  role: 'user' | 'agent'
  parts: A2APart[]
  contextId?: string
  taskId?: string
  metadata?: Loose
}
export interface A2AMessageSendParams extends Loose {
  message: A2AMessage
  configuration?: Loose
  metadata?: Loose
}
export interface A2ATaskQueryParams extends Loose {
  id: string
  historyLength?: number
  metadata?: Loose
}
export interface A2ATaskIdParams extends Loose {
  id: string
  metadata?: Loose
}
export interface A2APushNotificationConfigParams extends Loose {
  id: string
  pushNotificationConfigId?: string
}
export interface A2ATaskPushNotificationConfig extends Loose {
  taskId: string
  pushNotificationConfig: Loose
}
export interface A2ATask extends Loose {
  kind?: 'task'
  id: string
  contextId: string
  status: { state: string; message?: A2AMessage; timestamp?: string }
  artifacts?: Loose[]
  history?: A2AMessage[]
}
/** A JSON-RPC 2.0 response envelope: `result` or `error`. */
export interface A2AJsonRpcResponse<T = any> extends Loose {
  jsonrpc: '2.0'
  id: string | number | null
  result?: T
  error?: { code: number; message: string; data?: unknown }
}
/** One event of an A2A stream: a task, a message, or a status or artifact update. */
export type A2AStreamEvent = A2ATask | A2AMessage | Loose
// ---- v1.0: messages in their protobuf JSON form; enums as numbers, oneofs as { $case, value }
export interface A2AV1Part {
  content?: { $case: 'text'; value: string } | { $case: 'raw'; value: Uint8Array } | { $case: 'url'; value: string } | { $case: 'data'; value: any }
  metadata?: Loose
  filename: string
  mediaType: string
}
export interface A2AV1Message {
  messageId: string
  contextId: string
  taskId: string
  /** 0 unspecified, 1 user, 2 agent. */
  role: number
  parts: A2AV1Part[]
  metadata?: Loose
  extensions: string[]
  referenceTaskIds: string[]
}
export interface A2AV1TaskStatus {
  /** TaskState: 1 submitted, 2 working, 3 completed, 4 failed, 5 canceled, 6 input required, 7 rejected, 8 auth required. */
  state: number
  message?: A2AV1Message
  timestamp?: string
}
export interface A2AV1Task {
  id: string
  contextId: string
  status?: A2AV1TaskStatus
  artifacts: Loose[]
  history: A2AV1Message[]
  metadata?: Loose
}
export interface A2AV1SendMessageRequest {
  tenant?: string
  message?: Partial<A2AV1Message>
  configuration?: Loose
  metadata?: Loose
}
export interface A2AV1SendMessageResponse {
  payload?: { $case: 'task'; value: A2AV1Task } | { $case: 'message'; value: A2AV1Message }
}
export interface A2AV1StreamResponse {
  payload?:
    | { $case: 'task'; value: A2AV1Task }
    | { $case: 'message'; value: A2AV1Message }
    | { $case: 'statusUpdate'; value: Loose }
    | { $case: 'artifactUpdate'; value: Loose }
}
export interface A2AV1GetTaskRequest {
  tenant?: string
  id: string
  historyLength?: number
}
export interface A2AV1ListTasksRequest {
  tenant?: string
  contextId?: string
  status?: number
  pageSize?: number
  pageToken?: string
  historyLength?: number
  statusTimestampAfter?: string
  includeArtifacts?: boolean
}
export interface A2AV1ListTasksResponse {
  tasks: A2AV1Task[]
  nextPageToken: string
  pageSize: number
  totalSize: number
}
export interface A2AV1CancelTaskRequest {
  tenant?: string
  id: string
  metadata?: Loose
}
export interface A2AV1SubscribeToTaskRequest {
  tenant?: string
  id: string
}
export interface A2AV1TaskPushNotificationConfig {
  tenant?: string
  id?: string
  taskId?: string
  url?: string
  token?: string
  authentication?: { scheme: string; credentials: string }
}
export interface A2AV1TaskConfigRequest {
  tenant?: string
  taskId: string
  id: string
}
export interface A2AV1ListConfigsRequest {
  tenant?: string
  taskId: string
  pageSize?: number
  pageToken?: string
}
export interface A2AV1ListConfigsResponse {
  configs: A2AV1TaskPushNotificationConfig[]
  nextPageToken: string
}
export interface A2AV1AgentCard {
  name: string
  description: string
  supportedInterfaces: Loose[]
  provider?: Loose
  version: string
  documentationUrl?: string
  capabilities?: Loose
  securitySchemes: Record<string, Loose>
  securityRequirements: Loose[]
  defaultInputModes: string[]
  defaultOutputModes: string[]
  skills: Loose[]
  signatures: Loose[]
  iconUrl?: string
}
