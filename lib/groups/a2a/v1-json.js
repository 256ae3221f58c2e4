'use strict'
// The A2A v1.0 messages in their protobuf JSON form (proto3 JSON mapping, as ts-proto
// generates it): `toJSON` drops fields at their default value and writes enums by name;
// `fromJSON` fills every field (defaults included), reads enums by name or number and
// accepts snake_case names too. Each message is a table of fields; a oneof is one field
// whose value is `{ $case, value }`.

const { bytesOfBase64, base64OfBytes } = require('../../values')

const isSet = (v) => v !== null && v !== undefined
const isObject = (v) => typeof v === 'object' && v !== null

/** An enum of `names` (numbered from 0): read by name or number, written by name. */
function enumOf(names) {
  const known = (n) => Number.isInteger(n) && n >= 0 && n < names.length
  return {
    fromJSON: (v) => (typeof v === 'number' ? (known(v) ? v : -1) : names.indexOf(v)),
    toJSON: (n) => (known(n) ? names[n] : 'UNRECOGNIZED'),
  }
}

const TaskState = enumOf([
  'TASK_STATE_UNSPECIFIED', 'TASK_STATE_SUBMITTED', 'TASK_STATE_WORKING', 'TASK_STATE_COMPLETED', 'TASK_STATE_FAILED',
  'TASK_STATE_CANCELED', 'TASK_STATE_INPUT_REQUIRED', 'TASK_STATE_REJECTED', 'TASK_STATE_AUTH_REQUIRED',
])
const Role = enumOf(['ROLE_UNSPECIFIED', 'ROLE_USER', 'ROLE_AGENT'])

const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

// Field kinds: 'str' (default ''), 'bool' (false), 'int' (0), 'optStr' / 'optBool' /
// 'optInt' (undefined), 'struct' (a JSON object, undefined), 'strs' (string list),
// ['enum', E], ['msg', name], ['msgs', name], ['map', name | 'str'], ['oneof', [[key, name], ...]],
// 'part' (Part's content oneof).
const M = {}
const def = (name, fields) => (M[name] = fields)

def('SendMessageConfiguration', [['acceptedOutputModes', 'strs'], ['taskPushNotificationConfig', ['msg', 'TaskPushNotificationConfig']], ['historyLength', 'optInt'], ['returnImmediately', 'bool']])
def('Task', [['id', 'str'], ['contextId', 'str'], ['status', ['msg', 'TaskStatus']], ['artifacts', ['msgs', 'Artifact']], ['history', ['msgs', 'Message']], ['metadata', 'struct']])
def('TaskStatus', [['state', ['enum', TaskState]], ['message', ['msg', 'Message']], ['timestamp', 'optStr']])
def('Part', [['content', 'part'], ['metadata', 'struct'], ['filename', 'str'], ['mediaType', 'str']])
def('Message', [['messageId', 'str'], ['contextId', 'str'], ['taskId', 'str'], ['role', ['enum', Role]], ['parts', ['msgs', 'Part']], ['metadata', 'struct'], ['extensions', 'strs'], ['referenceTaskIds', 'strs']])
def('Artifact', [['artifactId', 'str'], ['name', 'str'], ['description', 'str'], ['parts', ['msgs', 'Part']], ['metadata', 'struct'], ['extensions', 'strs']])
def('TaskStatusUpdateEvent', [['taskId', 'str'], ['contextId', 'str'], ['status', ['msg', 'TaskStatus']], ['metadata', 'struct']])
def('TaskArtifactUpdateEvent', [['taskId', 'str'], ['contextId', 'str'], ['artifact', ['msg', 'Artifact']], ['append', 'bool'], ['lastChunk', 'bool'], ['metadata', 'struct']])
def('AuthenticationInfo', [['scheme', 'str'], ['credentials', 'str']])
def('AgentInterface', [['url', 'str'], ['protocolBinding', 'str'], ['tenant', 'str'], ['protocolVersion', 'str']])
def('AgentCard', [
  ['name', 'str'], ['description', 'str'], ['supportedInterfaces', ['msgs', 'AgentInterface']], ['provider', ['msg', 'AgentProvider']],
  ['version', 'str'], ['documentationUrl', 'optStr'], ['capabilities', ['msg', 'AgentCapabilities']], ['securitySchemes', ['map', 'SecurityScheme']],
  ['securityRequirements', ['msgs', 'SecurityRequirement']], ['defaultInputModes', 'strs'], ['defaultOutputModes', 'strs'],
  ['skills', ['msgs', 'AgentSkill']], ['signatures', ['msgs', 'AgentCardSignature']], ['iconUrl', 'optStr'],
])
def('AgentProvider', [['url', 'str'], ['organization', 'str']])
def('AgentCapabilities', [['streaming', 'optBool'], ['pushNotifications', 'optBool'], ['extensions', ['msgs', 'AgentExtension']], ['extendedAgentCard', 'optBool']])
def('AgentExtension', [['uri', 'str'], ['description', 'str'], ['required', 'bool'], ['params', 'struct']])
def('AgentSkill', [['id', 'str'], ['name', 'str'], ['description', 'str'], ['tags', 'strs'], ['examples', 'strs'], ['inputModes', 'strs'], ['outputModes', 'strs'], ['securityRequirements', ['msgs', 'SecurityRequirement']]])
def('AgentCardSignature', [['protected', 'str'], ['signature', 'str'], ['header', 'struct']])
def('TaskPushNotificationConfig', [['tenant', 'str'], ['id', 'str'], ['taskId', 'str'], ['url', 'str'], ['token', 'str'], ['authentication', ['msg', 'AuthenticationInfo']]])
def('StringList', [['list', 'strs']])
def('SecurityRequirement', [['schemes', ['map', 'StringList']]])
def('SecurityScheme', [['scheme', ['oneof', [['apiKeySecurityScheme', 'APIKeySecurityScheme'], ['httpAuthSecurityScheme', 'HTTPAuthSecurityScheme'], ['oauth2SecurityScheme', 'OAuth2SecurityScheme'], ['openIdConnectSecurityScheme', 'OpenIdConnectSecurityScheme'], ['mtlsSecurityScheme', 'MutualTlsSecurityScheme']]]]])
def('APIKeySecurityScheme', [['description', 'str'], ['location', 'str'], ['name', 'str']])
def('HTTPAuthSecurityScheme', [['description', 'str'], ['scheme', 'str'], ['bearerFormat', 'str']])
def('OAuth2SecurityScheme', [['description', 'str'], ['flows', ['msg', 'OAuthFlows']], ['oauth2MetadataUrl', 'str']])
def('OpenIdConnectSecurityScheme', [['description', 'str'], ['openIdConnectUrl', 'str']])
def('MutualTlsSecurityScheme', [['description', 'str']])
def('OAuthFlows', [['flow', ['oneof', [['authorizationCode', 'AuthorizationCodeOAuthFlow'], ['clientCredentials', 'ClientCredentialsOAuthFlow'], ['implicit', 'ImplicitOAuthFlow'], ['password', 'PasswordOAuthFlow'], ['deviceCode', 'DeviceCodeOAuthFlow']]]]])
def('AuthorizationCodeOAuthFlow', [['authorizationUrl', 'str'], ['tokenUrl', 'str'], ['refreshUrl', 'str'], ['scopes', ['map', 'str']], ['pkceRequired', 'bool']])
def('ClientCredentialsOAuthFlow', [['tokenUrl', 'str'], ['refreshUrl', 'str'], ['scopes', ['map', 'str']]])
def('ImplicitOAuthFlow', [['authorizationUrl', 'str'], ['refreshUrl', 'str'], ['scopes', ['map', 'str']]])
def('PasswordOAuthFlow', [['tokenUrl', 'str'], ['refreshUrl', 'str'], ['scopes', ['map', 'str']]])
def('DeviceCodeOAuthFlow', [['deviceAuthorizationUrl', 'str'], ['tokenUrl', 'str'], ['refreshUrl', 'str'], ['scopes', ['map', 'str']]])
def('SendMessageRequest', [['tenant', 'str'], ['message', ['msg', 'Message']], ['configuration', ['msg', 'SendMessageConfiguration']], ['metadata', 'struct']])
def('GetTaskRequest', [['tenant', 'str'], ['id', 'str'], ['historyLength', 'optInt']])
def('ListTasksRequest', [['tenant', 'str'], ['contextId', 'str'], ['status', ['enum', TaskState]], ['pageSize', 'optInt'], ['pageToken', 'str'], ['historyLength', 'optInt'], ['statusTimestampAfter', 'optStr'], ['includeArtifacts', 'optBool']])
def('ListTasksResponse', [['tasks', ['msgs', 'Task']], ['nextPageToken', 'str'], ['pageSize', 'int'], ['totalSize', 'int']])
def('CancelTaskRequest', [['tenant', 'str'], ['id', 'str'], ['metadata', 'struct']])
def('GetTaskPushNotificationConfigRequest', [['tenant', 'str'], ['taskId', 'str'], ['id', 'str']])
def('DeleteTaskPushNotificationConfigRequest', [['tenant', 'str'], ['taskId', 'str'], ['id', 'str']])
def('SubscribeToTaskRequest', [['tenant', 'str'], ['id', 'str']])
def('ListTaskPushNotificationConfigsRequest', [['tenant', 'str'], ['taskId', 'str'], ['pageSize', 'int'], ['pageToken', 'str']])
def('SendMessageResponse', [['payload', ['oneof', [['task', 'Task'], ['message', 'Message']]]]])
def('StreamResponse', [['payload', ['oneof', [['task', 'Task'], ['message', 'Message'], ['statusUpdate', 'TaskStatusUpdateEvent'], ['artifactUpdate', 'TaskArtifactUpdateEvent']]]]])
def('ListTaskPushNotificationConfigsResponse', [['configs', ['msgs', 'TaskPushNotificationConfig']], ['nextPageToken', 'str']])

/** The JSON value of `name` in `object`, under its camelCase or snake_case name. */
function read(object, name, test = isSet) {
  if (test(object?.[name])) return object[name]
  const alt = snake(name)
  return alt !== name && test(object?.[alt]) ? object[alt] : undefined
}

const SCALAR_DEFAULTS = { str: '', bool: false, int: 0 }

/** The first field a missing (null) message fails on: lists are read with `?.`, the rest not. */
function firstStrictKey(fields) {
  for (const [key, kind] of fields) {
    if (kind === 'strs' || kind[0] === 'msgs') continue
    if (kind === 'part') return 'text'
    return kind[0] === 'oneof' ? kind[1][0][0] : key
  }
  return undefined
}

/** Message `name` from its JSON form, every field filled. */
function fromJSON(name, object) {
  if (object === null || object === undefined) {
    const key = firstStrictKey(M[name])
    if (key !== undefined) throw new TypeError(`Cannot read properties of ${object} (reading '${key}')`)
  }
  const out = {}
  for (const [key, kind] of M[name]) out[key] = fieldFromJSON(object, key, kind)
  return out
}

function fieldFromJSON(object, key, kind) {
  if (kind === 'part') return partFromJSON(object)
  if (kind === 'struct') return isObject(object?.[key]) ? object[key] : undefined
  if (kind === 'strs') {
    const list = read(object, key, Array.isArray)
    return list ? list.map(String) : []
  }
  if (typeof kind === 'string') {
    const value = read(object, key)
    const base = kind.replace(/^opt/, '').toLowerCase()
    if (value === undefined) return kind.startsWith('opt') ? undefined : SCALAR_DEFAULTS[base]
    return base === 'str' ? String(value) : base === 'bool' ? Boolean(value) : Number(value)
  }
  const [type, arg] = kind
  if (type === 'enum') {
    const value = read(object, key)
    return value === undefined ? 0 : arg.fromJSON(value)
  }
  if (type === 'msg') {
    const value = read(object, key)
    return value === undefined ? undefined : fromJSON(arg, value)
  }
  if (type === 'msgs') {
    const list = read(object, key, Array.isArray)
    return list ? list.map((e) => fromJSON(arg, e)) : []
  }
  if (type === 'map') {
    const map = read(object, key, isObject)
    const out = {}
    if (map) for (const [k, v] of Object.entries(map)) out[k] = arg === 'str' ? String(v) : fromJSON(arg, v)
    return out
  }
  // oneof: the first case set in the object
  for (const [caseKey, caseType] of arg) {
    const value = read(object, caseKey)
    if (value !== undefined) return { $case: caseKey, value: fromJSON(caseType, value) }
  }
  return undefined
}

/** Part's content: text, raw bytes (base64 in JSON), url or data. */
function partFromJSON(object) {
  if (isSet(object.text)) return { $case: 'text', value: String(object.text) }
  if (isSet(object.raw)) return { $case: 'raw', value: bytesOfBase64(String(object.raw)) }
  if (isSet(object.url)) return { $case: 'url', value: String(object.url) }
  if (isSet(object.data)) return { $case: 'data', value: object.data }
  return undefined
}

/** Message `name` in its JSON form, fields at their default value left out. */
function toJSON(name, message) {
  const out = {}
  for (const [key, kind] of M[name]) fieldToJSON(out, key, kind, message[key])
  return out
}

function fieldToJSON(out, key, kind, value) {
  if (kind === 'part') {
    if (value?.$case === 'raw') out.raw = base64OfBytes(value.value)
    else if (value?.$case === 'text' || value?.$case === 'url' || value?.$case === 'data') out[value.$case] = value.value
    return
  }
  if (kind === 'strs') {
    if (value?.length) out[key] = value
    return
  }
  if (typeof kind === 'string') {
    if (kind.startsWith('opt') || kind === 'struct') {
      if (value !== undefined) out[key] = kind === 'optInt' ? Math.round(value) : value
    } else if (value !== SCALAR_DEFAULTS[kind]) {
      out[key] = kind === 'int' ? Math.round(value) : value
    }
    return
  }
  const [type, arg] = kind
  if (type === 'enum') {
    if (value !== 0) out[key] = arg.toJSON(value)
  } else if (type === 'msg') {
    if (value !== undefined) out[key] = toJSON(arg, value)
  } else if (type === 'msgs') {
    if (value?.length) out[key] = value.map((e) => toJSON(arg, e))
  } else if (type === 'map') {
    const entries = value ? Object.entries(value) : []
    if (entries.length > 0) out[key] = Object.fromEntries(entries.map(([k, v]) => [k, arg === 'str' ? v : toJSON(arg, v)]))
  } else {
    const match = arg.find(([caseKey]) => caseKey === value?.$case)
    if (match) out[match[0]] = toJSON(match[1], value.value)
  }
}

/** `{ toJSON, fromJSON }` of message `name`. */
const codec = (name) => ({ toJSON: (m) => toJSON(name, m), fromJSON: (o) => fromJSON(name, o) })

module.exports = { codec }
