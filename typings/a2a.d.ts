// Types of the a2a group, re-exported by index.d.ts: A2A v0.3 (JSON-RPC objects as the
// protocol defines them) and v1.0 (protobuf JSON form, read into ts-proto shapes).
// Only what is marked `export` is exported (without an export list a .d.ts exports every name).
export {}

type Metadata = { [k: string]: unknown }

/** Options of `getAgentCard`: check the card's JWS signatures before resolving. */
export interface GetAgentCardOptions {
  verifySignature?: VerifyAgentCardSignatureOptions
}
/** What a key provider is told about the signature it gives a key for. */
export interface AgentCardSignatureKeyProviderInput {
  agentCard: A2AAgentCard
  signature: A2AAgentCardSignature
  protectedHeader: Record<string, unknown>
  alg: string
  kid?: string
  jku?: string
  index: number
}
/** A verification key: a CryptoKey or KeyObject, secret bytes, PEM text (key or certificate), or a JWK. */
export type AgentCardVerificationKey = CryptoKey | Uint8Array | ArrayBuffer | string | { [key: string]: any }
export interface VerifyAgentCardSignatureOptions {
  keyProvider: (input: AgentCardSignatureKeyProviderInput) => AgentCardVerificationKey | undefined | null | Promise<AgentCardVerificationKey | undefined | null>
  /** Allowed JWS algorithms (default: ES256/384/512, RS256/384/512, PS256/384/512). */
  algorithms?: string[]
}

// ---- v0.3
export interface A2AAgentCardSignature {
  protected: string
  signature: string
  header?: Metadata
}
export interface A2AAgentExtension {
  uri: string
  description?: string
  required?: boolean
  params?: Metadata
}
export interface A2AAgentCapabilities {
  streaming?: boolean
  pushNotifications?: boolean
  stateTransitionHistory?: boolean
  extensions?: A2AAgentExtension[]
}
export interface A2AAgentSkill {
  id: string
  name: string
  description: string
  tags: string[]
  examples?: string[]
  inputModes?: string[]
  outputModes?: string[]
  security?: Array<{ [k: string]: string[] }>
}
type OAuthFlow = { authorizationUrl?: string; tokenUrl?: string; refreshUrl?: string; scopes: { [k: string]: string } }
/** How the agent authenticates callers (OpenAPI security schemes). */
export type A2ASecurityScheme =
  | { type: 'apiKey'; in: 'cookie' | 'header' | 'query'; name: string; description?: string }
  | { type: 'http'; scheme: string; bearerFormat?: string; description?: string }
  | {
      type: 'oauth2'
      flows: {
        authorizationCode?: OAuthFlow & { authorizationUrl: string; tokenUrl: string }
        clientCredentials?: OAuthFlow & { tokenUrl: string }
        implicit?: OAuthFlow & { authorizationUrl: string }
        password?: OAuthFlow & { tokenUrl: string }
      }
      oauth2MetadataUrl?: string
      description?: string
    }
  | { type: 'openIdConnect'; openIdConnectUrl: string; description?: string }
  | { type: 'mutualTLS'; description?: string }
/** An agent's card: who it is, where and how to call it, what it can do. */
export interface A2AAgentCard {
  name: string
  description: string
  url: string
  version: string
  protocolVersion: string
  capabilities: A2AAgentCapabilities
  defaultInputModes: string[]
  defaultOutputModes: string[]
  skills: A2AAgentSkill[]
  additionalInterfaces?: Array<{ transport: string; url: string }>
  documentationUrl?: string
  iconUrl?: string
  preferredTransport?: string
  provider?: { organization: string; url: string }
  security?: Array<{ [k: string]: string[] }>
  securitySchemes?: { [k: string]: A2ASecurityScheme }
  signatures?: A2AAgentCardSignature[]
  supportsAuthenticatedExtendedCard?: boolean
}
/** A part of a message or artifact: text, a file (bytes as base64, or a URI), or JSON data. */
export type A2APart =
  | { kind: 'text'; text: string; metadata?: Metadata }
  | { kind: 'file'; file: { bytes: string; mimeType?: string; name?: string } | { uri: string; mimeType?: string; name?: string }; metadata?: Metadata }
  | { kind: 'data'; data: { [k: string]: unknown }; metadata?: Metadata }
export interface A2AMessage {
  kind: 'message'
  messageId: string
  role: 'user' | 'agent'
  parts: A2APart[]
  contextId?: string
  taskId?: string
  extensions?: string[]
  referenceTaskIds?: string[]
  metadata?: Metadata
}
export type A2ATaskState = 'submitted' | 'working' | 'input-required' | 'completed' | 'canceled' | 'failed' | 'rejected' | 'auth-required' | 'unknown'
export interface A2ATaskStatus {
  state: A2ATaskState
  message?: A2AMessage
  timestamp?: string
}
export interface A2AArtifact {
  artifactId: string
  parts: A2APart[]
  name?: string
  description?: string
  extensions?: string[]
  metadata?: Metadata
}
export interface A2ATask {
  kind: 'task'
  id: string
  contextId: string
  status: A2ATaskStatus
  artifacts?: A2AArtifact[]
  history?: A2AMessage[]
  metadata?: Metadata
}
export interface A2ATaskStatusUpdateEvent {
  kind: 'status-update'
  taskId: string
  contextId: string
  status: A2ATaskStatus
  final: boolean
  metadata?: Metadata
}
export interface A2ATaskArtifactUpdateEvent {
  kind: 'artifact-update'
  taskId: string
  contextId: string
  artifact: A2AArtifact
  append?: boolean
  lastChunk?: boolean
  metadata?: Metadata
}
export interface A2APushNotificationConfig {
  url: string
  id?: string
  token?: string
  authentication?: { schemes: string[]; credentials?: string }
}
export interface A2AMessageSendParams {
  message: A2AMessage
  configuration?: {
    acceptedOutputModes?: string[]
    blocking?: boolean
    historyLength?: number
    pushNotificationConfig?: A2APushNotificationConfig
  }
  metadata?: Metadata
}
export interface A2ATaskQueryParams {
  id: string
  historyLength?: number
  metadata?: Metadata
}
export interface A2ATaskIdParams {
  id: string
  metadata?: Metadata
}
/** A task's push notification config, by task id and (for get and delete) config id. */
export interface A2APushNotificationConfigParams {
  id: string
  pushNotificationConfigId?: string
  metadata?: Metadata
}
export interface A2ATaskPushNotificationConfig {
  taskId: string
  pushNotificationConfig: A2APushNotificationConfig
}
/** A JSON-RPC error: `code` tells it apart (-32001 task not found, -32002 not cancelable, ...). */
export interface A2AJsonRpcError {
  code: number
  message: string
  data?: { [k: string]: unknown }
}
/** A JSON-RPC answer that failed. */
export interface A2AJsonRpcErrorResponse {
  jsonrpc: '2.0'
  id: string | number | null
  error: A2AJsonRpcError
}
/** A JSON-RPC answer that succeeded. */
export interface A2AJsonRpcSuccessResponse<T> {
  jsonrpc: '2.0'
  id: string | number | null
  result: T
}
/** A JSON-RPC answer: `'error' in response` (or `'result' in response`) tells which. */
export type A2AJsonRpcResponse<T = unknown> = A2AJsonRpcSuccessResponse<T> | A2AJsonRpcErrorResponse
/** What `sendMessage` resolves with: a message or a task, or an error. */
export type A2ASendMessageResponse = A2AJsonRpcResponse<A2AMessage | A2ATask>
/** What `getTask` and `cancelTask` resolve with: the task, or an error. */
export type A2ATaskResponse = A2AJsonRpcResponse<A2ATask>
/** One event of an A2A stream: a task, a message, or a status or artifact update (`kind` tells). */
export type A2AStreamEvent = A2AMessage | A2ATask | A2ATaskStatusUpdateEvent | A2ATaskArtifactUpdateEvent

// ---- v1.0: messages in their protobuf JSON form, read into ts-proto shapes (absent strings
// as '', lists as []); enums as numbers, oneofs as { $case, value }
/** Bytes as the runtime gives them: a `Buffer` under Node (when its types are loaded), else a `Uint8Array`. */
export type A2AV1Bytes = typeof globalThis extends { Buffer: { prototype: infer B } } ? B : Uint8Array
type Struct = { [key: string]: any }
export interface A2AV1Part {
  content?: { $case: 'text'; value: string } | { $case: 'raw'; value: A2AV1Bytes } | { $case: 'url'; value: string } | { $case: 'data'; value: any }
  metadata: Struct | undefined
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
  metadata: Struct | undefined
  extensions: string[]
  referenceTaskIds: string[]
}
export interface A2AV1TaskStatus {
  /** TaskState: 1 submitted, 2 working, 3 completed, 4 failed, 5 canceled, 6 input required, 7 rejected, 8 auth required. */
  state: number
  message: A2AV1Message | undefined
  timestamp: string | undefined
}
export interface A2AV1Artifact {
  artifactId: string
  name: string
  description: string
  parts: A2AV1Part[]
  metadata: Struct | undefined
  extensions: string[]
}
export interface A2AV1Task {
  id: string
  contextId: string
  status: A2AV1TaskStatus | undefined
  artifacts: A2AV1Artifact[]
  history: A2AV1Message[]
  metadata: Struct | undefined
}
export interface A2AV1TaskStatusUpdateEvent {
  taskId: string
  contextId: string
  status: A2AV1TaskStatus | undefined
  metadata: Struct | undefined
}
export interface A2AV1TaskArtifactUpdateEvent {
  taskId: string
  contextId: string
  artifact: A2AV1Artifact | undefined
  append: boolean
  lastChunk: boolean
  metadata: Struct | undefined
}
/** A message to send; fields left out take their protobuf defaults. */
export interface A2AV1SendMessageRequest {
  tenant?: string
  message?: Partial<A2AV1Message>
  configuration?: {
    acceptedOutputModes?: string[]
    taskPushNotificationConfig?: A2AV1TaskPushNotificationConfig
    historyLength?: number
    returnImmediately?: boolean
  }
  metadata?: Struct
}
export interface A2AV1SendMessageResponse {
  payload?: { $case: 'task'; value: A2AV1Task } | { $case: 'message'; value: A2AV1Message }
}
export interface A2AV1StreamResponse {
  payload?:
    | { $case: 'task'; value: A2AV1Task }
    | { $case: 'message'; value: A2AV1Message }
    | { $case: 'statusUpdate'; value: A2AV1TaskStatusUpdateEvent }
    | { $case: 'artifactUpdate'; value: A2AV1TaskArtifactUpdateEvent }
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
  metadata?: Struct
}
export interface A2AV1SubscribeToTaskRequest {
  tenant?: string
  id: string
}
/** A push notification config to create (fields left out take their protobuf defaults). */
export interface A2AV1TaskPushNotificationConfig {
  tenant?: string
  id?: string
  taskId?: string
  url?: string
  token?: string
  authentication?: { scheme: string; credentials: string }
}
/** A push notification config as the server gives it back. */
export interface A2AV1TaskPushNotificationConfigResult {
  tenant: string
  id: string
  taskId: string
  url: string
  token: string
  authentication: { scheme: string; credentials: string } | undefined
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
  configs: A2AV1TaskPushNotificationConfigResult[]
  nextPageToken: string
}
type V1OAuthFlowBase = { refreshUrl: string; scopes: { [key: string]: string } }
/** A security scheme of a v1.0 card: one of five, as a oneof. */
export interface A2AV1SecurityScheme {
  scheme?:
    | { $case: 'apiKeySecurityScheme'; value: { description: string; location: string; name: string } }
    | { $case: 'httpAuthSecurityScheme'; value: { description: string; scheme: string; bearerFormat: string } }
    | {
        $case: 'oauth2SecurityScheme'
        value: {
          description: string
          oauth2MetadataUrl: string
          flows:
            | {
                flow?:
                  | { $case: 'authorizationCode'; value: V1OAuthFlowBase & { authorizationUrl: string; tokenUrl: string; pkceRequired: boolean } }
                  | { $case: 'clientCredentials'; value: V1OAuthFlowBase & { tokenUrl: string } }
                  | { $case: 'implicit'; value: V1OAuthFlowBase & { authorizationUrl: string } }
                  | { $case: 'password'; value: V1OAuthFlowBase & { tokenUrl: string } }
                  | { $case: 'deviceCode'; value: V1OAuthFlowBase & { deviceAuthorizationUrl: string; tokenUrl: string } }
              }
            | undefined
        }
      }
    | { $case: 'openIdConnectSecurityScheme'; value: { description: string; openIdConnectUrl: string } }
    | { $case: 'mtlsSecurityScheme'; value: { description: string } }
}
export interface A2AV1SecurityRequirement {
  schemes: { [key: string]: { list: string[] } }
}
export interface A2AV1AgentCard {
  name: string
  description: string
  supportedInterfaces: Array<{ url: string; protocolBinding: string; tenant: string; protocolVersion: string }>
  provider: { url: string; organization: string } | undefined
  version: string
  documentationUrl?: string
  capabilities:
    | {
        streaming?: boolean
        pushNotifications?: boolean
        extensions: Array<{ uri: string; description: string; required: boolean; params: Struct | undefined }>
        extendedAgentCard?: boolean
      }
    | undefined
  securitySchemes: { [key: string]: A2AV1SecurityScheme }
  securityRequirements: A2AV1SecurityRequirement[]
  defaultInputModes: string[]
  defaultOutputModes: string[]
  skills: Array<{
    id: string
    name: string
    description: string
    tags: string[]
    examples: string[]
    inputModes: string[]
    outputModes: string[]
    securityRequirements: A2AV1SecurityRequirement[]
  }>
  signatures: Array<{ protected: string; signature: string; header: Struct | undefined }>
  iconUrl?: string
}
