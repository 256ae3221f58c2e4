// Wire cases of the A2A group: `getA2A` / `getA2AV1`, JSON-RPC envelopes on POST
// /a2a/{agentId}, agent cards (signed ones too), and the A2A event streams. Format: see the
// top of ../support/wire-cases.mjs.
//
// A JSON-RPC request id is random on both sides: `rpcId` compares it by shape (a v4 UUID).

import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import { createRequire } from 'node:module'
import { json, sse } from '../support/wire-cases.mjs'

const require = createRequire(import.meta.url)
const canonicalize = require('canonicalize')

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** A request with its JSON-RPC id replaced by its shape, in the parsed and the raw body. */
function rpcId(req) {
  if (!req.json || !('id' in req.json)) return req
  const id = req.json.id
  const shape = typeof id === 'string' && UUID_V4.test(id) ? '<uuid v4>' : `<not a uuid v4: ${JSON.stringify(id)}>`
  return { ...req, json: { ...req.json, id: shape }, body: req.body.replace(JSON.stringify(id), JSON.stringify(shape)) }
}

/** Extra check of v1.0 calls: both sides send `A2A-Version: 1.0`. */
const v1Header = (nv, js) => {
  for (const [side, reqs] of [['native', nv], ['client-js', js]]) {
    for (const r of reqs) assert.equal(r.headers['a2a-version'], '1.0', `${side}: A2A-Version header`)
  }
}
/** Extra check of v0.3 calls: no version header. */
const noVersionHeader = (nv) => {
  for (const r of nv) assert.equal(r.headers['a2a-version'], undefined)
}

/** All the events of an async generator (or the error it ends with). */
const drain = async (generator) => {
  const events = []
  for await (const event of generator) events.push(event)
  return events
}
/** Plain JSON of a value (bytes as `{ type: 'Buffer', data }`). */
const plain = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))
const drainPlain = async (generator) => plain(await drain(generator))
/** The first event of an async generator; the loop's early exit ends the generator. */
const first = async (generator) => {
  for await (const event of generator) return plain(event)
}
const bodyText = async (response) => ({ status: response.status, text: await response.text() })

const a2a = (c) => c.getA2A('echo-agent')
const a2aV1 = (c) => c.getA2AV1('echo-agent')
const envelope = (result) => json({ jsonrpc: '2.0', id: 'srv-1', result })
const rpcFailure = (code, message, data) => json({ jsonrpc: '2.0', id: 'srv-1', error: { code, message, data } })
const notFound = json({ error: 'agent not found' }, 404)

// ---- v0.3 values
const message = { kind: 'message', messageId: 'm-1', role: 'user', parts: [{ kind: 'text', text: 'héllo 😀' }] }
const task = {
  kind: 'task',
  id: 't-1',
  contextId: 'c-1',
  status: { state: 'completed', timestamp: '2026-01-02T03:04:05.000Z', message: { ...message, role: 'agent' } },
  artifacts: [{ artifactId: 'a-1', parts: [{ kind: 'text', text: 'done' }] }],
  history: [message],
}
const sendParams = [
  [{ message }],
  [{ message, configuration: { acceptedOutputModes: ['text'], blocking: true, historyLength: 2 }, metadata: { trace: 'é' } }],
  [{ message: { ...message, contextId: 'c-1', taskId: 't-1' } }],
]
const pushConfig = { taskId: 't-1', pushNotificationConfig: { id: 'p-1', url: 'https://hooks.example/a2a', token: 'tok', authentication: { schemes: ['Bearer'] } } }
const streamEvents = [
  { jsonrpc: '2.0', id: 'srv-1', result: { ...task, status: { state: 'working' } } },
  { jsonrpc: '2.0', id: 'srv-1', result: { kind: 'status-update', taskId: 't-1', contextId: 'c-1', status: { state: 'working' }, final: false } },
  { jsonrpc: '2.0', id: 'srv-1', result: { kind: 'artifact-update', taskId: 't-1', contextId: 'c-1', artifact: { artifactId: 'a', parts: [{ kind: 'text', text: 'é😀' }] } } },
  { kind: 'status-update', taskId: 't-1', contextId: 'c-1', status: { state: 'completed' }, final: true },
]
/** Other stream framings an A2A server may use. */
const framings = [
  { label: 'events with CRLF, comments and ids', body: `: hello\r\nid: 1\r\ndata: ${JSON.stringify(streamEvents[0])}\r\n\r\ndata: ${JSON.stringify(streamEvents[1])}\r\n\r\n` },
  { label: 'JSON records separated by \\x1E', body: streamEvents.map((e) => `${JSON.stringify(e)}\x1E`).join('') },
  { label: 'a last event without a separator', body: `data: ${JSON.stringify(streamEvents[0])}\n\ndata: ${JSON.stringify(streamEvents[3])}` },
  { label: 'multi-line data', body: `data: {"kind":"status-update",\ndata: "taskId":"t-1"}\n\n` },
  { label: 'events after [DONE] are not read', body: `data: ${JSON.stringify(streamEvents[0])}\n\ndata: [DONE]\n\ndata: ${JSON.stringify(streamEvents[1])}\n\n` },
  { label: 'an error event rejects', body: `data: ${JSON.stringify(streamEvents[0])}\n\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32603, message: 'boom' } })}\n\n` },
  { label: 'an event that is not JSON rejects', body: `data: ${JSON.stringify(streamEvents[0])}\n\ndata: {nope\n\n` },
  { label: 'an empty body', body: '' },
]

// ---- agent cards, signed with keys made here (the same card goes to both clients)
const card = {
  name: 'Echo Agent',
  description: 'Echo the user message.',
  url: 'http://localhost/a2a/echo-agent',
  version: '1.0',
  protocolVersion: '0.3.0',
  capabilities: { streaming: true, pushNotifications: false },
  defaultInputModes: ['text'],
  defaultOutputModes: ['text'],
  skills: [{ id: 's', name: 'Ünïcode', description: 'd', tags: ['t'] }],
}
const keys = {
  ec: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  ec384: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  rsa: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }),
  ed: crypto.generateKeyPairSync('ed25519'),
}
const pem = (key) => key.publicKey.export({ type: 'spki', format: 'pem' })
const jwk = (key) => key.publicKey.export({ format: 'jwk' })
const b64url = (x) => Buffer.from(x).toString('base64url')

/** A JWS signature of `body` (detached payload: the canonical card without signatures). */
function sign(body, alg, key, extra = {}) {
  const protectedHeader = b64url(JSON.stringify({ alg, kid: 'k-1', ...extra }))
  const input = Buffer.from(`${protectedHeader}.${b64url(canonicalize(body))}`)
  const hash = `sha${alg.slice(2)}`
  let signature
  if (alg.startsWith('HS')) signature = crypto.createHmac(hash, key).update(input).digest()
  else if (alg === 'EdDSA' || alg === 'Ed25519') signature = crypto.sign(null, input, key.privateKey)
  else if (alg.startsWith('ES')) signature = crypto.sign(hash, input, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
  else if (alg.startsWith('PS')) signature = crypto.sign(hash, input, { key: key.privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
  else signature = crypto.sign(hash, input, key.privateKey)
  return { protected: protectedHeader, signature: b64url(signature) }
}
const signed = (...signatures) => ({ ...card, signatures })
const verify = (keyProvider, algorithms) => ({ verifySignature: { keyProvider, ...(algorithms ? { algorithms } : {}) } })

const ecCard = signed(sign(card, 'ES256', keys.ec))
const signedCards = [
  { label: 'ES256, PEM key', card: ecCard, options: () => [verify(() => pem(keys.ec))] },
  { label: 'RS256, JWK key', card: signed(sign(card, 'RS256', keys.rsa)), options: () => [verify(() => jwk(keys.rsa))] },
  { label: 'PS256, async key provider', card: signed(sign(card, 'PS256', keys.rsa)), options: () => [verify(async () => pem(keys.rsa))] },
  { label: 'ES256, CryptoKey', card: ecCard, options: () => [verify(() => crypto.webcrypto.subtle.importKey('jwk', jwk(keys.ec), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']))] },
  { label: 'HS256 allowed by the caller', card: signed(sign(card, 'HS256', 'secret-é')), options: () => [verify(() => 'secret-é', ['HS256'])] },
  { label: 'HS256 not allowed by default', card: signed(sign(card, 'HS256', 'secret')), options: () => [verify(() => 'secret')] },
  { label: 'tampered card', card: { ...ecCard, name: 'Other' }, options: () => [verify(() => pem(keys.ec))] },
  { label: 'wrong key', card: ecCard, options: () => [verify(() => pem(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })))] },
  { label: 'the first signature fails, the second verifies', card: signed(sign(card, 'ES256', keys.ec, { kid: 'bad' }), sign(card, 'RS256', keys.rsa)), options: () => [verify(() => pem(keys.rsa))] },
  { label: 'no key given', card: ecCard, options: () => [verify(() => undefined)] },
  { label: 'a key that is not PEM', card: ecCard, options: () => [verify(() => 'not a pem')] },
  { label: 'a header without alg', card: signed({ protected: b64url('{"kid":"x"}'), signature: 'AA' }), options: () => [verify(() => pem(keys.ec))] },
  { label: 'the provider is told about the signature', card: ecCard, options: () => [verify((input) => {
    assert.equal(input.alg, 'ES256')
    assert.equal(input.kid, 'k-1')
    assert.equal(input.index, 0)
    assert.equal(input.agentCard.name, 'Echo Agent')
    return pem(keys.ec)
  })] },
  { label: 'no signatures: returned as is', card, options: () => [verify(() => assert.fail('not called'))] },
  { label: 'EdDSA allowed by the caller', card: signed(sign(card, 'EdDSA', keys.ed)), options: () => [verify(() => pem(keys.ed), ['EdDSA'])] },
  { label: 'Ed25519 allowed by the caller', card: signed(sign(card, 'Ed25519', keys.ed)), options: () => [verify(() => jwk(keys.ed), ['Ed25519'])] },
  { label: 'ES384, P-384 JWK', card: signed(sign(card, 'ES384', keys.ec384)), options: () => [verify(() => jwk(keys.ec384))] },
  { label: 'HS256, secret bytes', card: signed(sign(card, 'HS256', 'k')), options: () => [verify(() => new TextEncoder().encode('k'), ['HS256'])] },
  { label: 'HS256, secret as an ArrayBuffer', card: signed(sign(card, 'HS256', 'k')), options: () => [verify(() => new TextEncoder().encode('k').buffer, ['HS256'])] },
  { label: 'HS256, oct JWK', card: signed(sign(card, 'HS256', 'k')), options: () => [verify(() => ({ kty: 'oct', k: b64url('k') }), ['HS256'])] },
  { label: 'ES256 signature, RSA key', card: ecCard, options: () => [verify(() => pem(keys.rsa))] },
  { label: 'RS256 signature, EC key', card: signed(sign(card, 'RS256', keys.rsa)), options: () => [verify(() => pem(keys.ec))] },
  { label: 'ES384 signature, P-256 key', card: signed(sign(card, 'ES384', keys.ec384)), options: () => [verify(() => pem(keys.ec))] },
  { label: 'RS256 signature, EC JWK', card: signed(sign(card, 'RS256', keys.rsa)), options: () => [verify(() => jwk(keys.ec))] },
  { label: 'RS256 signature, secret bytes', card: signed(sign(card, 'RS256', keys.rsa)), options: () => [verify(() => new Uint8Array([1, 2]))] },
  { label: 'a protected header that is not JSON', card: signed({ protected: '!!!', signature: 'AA' }), options: () => [verify(() => pem(keys.ec))] },
  { label: 'a certificate that does not parse', card: ecCard, options: () => [verify(() => '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')] },
  { label: 'a truncated signature', card: signed({ ...sign(card, 'ES256', keys.ec), signature: 'AAAA' }), options: () => [verify(() => pem(keys.ec))] },
  { label: 'the key provider throws', card: ecCard, options: () => [verify(() => { throw new Error('no key for k-1') })] },
  { label: 'no keyProvider', card: ecCard, options: () => [{ verifySignature: {} }] },
]

// ---- v1.0 values (protobuf JSON form)
const v1Message = { messageId: 'm-1', contextId: '', taskId: '', role: 1, parts: [{ content: { $case: 'text', value: 'héllo' }, filename: '', mediaType: 'text/plain' }], extensions: [], referenceTaskIds: [] }
const v1Send = [
  [{ tenant: '', message: v1Message }],
  [{ message: { messageId: 'm-2', role: 2, parts: [{ content: { $case: 'raw', value: new Uint8Array([1, 2, 255]) } }, { content: { $case: 'data', value: { a: [1] } }, metadata: { x: 1 } }, { content: { $case: 'url', value: 'https://x/y.png' }, filename: 'y.png' }] }, configuration: { acceptedOutputModes: ['text/plain'], historyLength: 2.6, returnImmediately: true, taskPushNotificationConfig: { url: 'https://hook', token: 't', authentication: { scheme: 'Bearer', credentials: 'c' } } }, metadata: { m: 'é' } }],
  [{ message: { messageId: 'm-3', role: 0, parts: [], referenceTaskIds: ['t-0'], extensions: ['urn:x'] } }],
  [{}],
]
const v1TaskJson = {
  id: 't-1',
  contextId: 'c-1',
  status: { state: 'TASK_STATE_COMPLETED', timestamp: '2026-01-02T03:04:05Z', message: { messageId: 'm-9', role: 'ROLE_AGENT', parts: [{ text: 'done' }] } },
  artifacts: [{ artifactId: 'a-1', name: 'out', parts: [{ text: 'é' }, { raw: 'AQL/' }, { data: { k: 1 }, media_type: 'application/json' }] }],
  history: [{ message_id: 'm-1', context_id: 'c-1', role: 1, parts: [{ url: 'https://x' }], reference_task_ids: ['t-0'] }],
  metadata: { n: 1 },
}
const v1CardJson = {
  name: 'Echo Agent',
  description: 'Echo',
  supported_interfaces: [{ url: 'http://localhost/a2a/echo-agent', protocol_binding: 'JSONRPC', protocolVersion: '1.0' }],
  provider: { organization: 'Mastra', url: 'https://mastra.ai' },
  version: '1.0.0',
  capabilities: { streaming: true, push_notifications: false, extensions: [{ uri: 'urn:e', required: true, params: { a: 1 } }] },
  securitySchemes: {
    bearer: { httpAuthSecurityScheme: { scheme: 'Bearer', bearer_format: 'JWT' } },
    oauth: { oauth2_security_scheme: { flows: { client_credentials: { token_url: 'https://t', scopes: { read: 'Read' } } } } },
    key: { apiKeySecurityScheme: { location: 'header', name: 'x-key' } },
  },
  securityRequirements: [{ schemes: { bearer: { list: ['read'] } } }],
  defaultInputModes: ['text/plain'],
  default_output_modes: ['text/plain'],
  skills: [{ id: 's', name: 'S', tags: ['t'], input_modes: ['text/plain'] }],
  signatures: [{ protected: 'p', signature: 's', header: { kid: 'k' } }],
  icon_url: 'https://x/icon.png',
}
const v1Stream = [
  { jsonrpc: '2.0', id: 'srv-1', result: { task: { ...v1TaskJson, status: { state: 'TASK_STATE_WORKING' } } } },
  { jsonrpc: '2.0', id: 'srv-1', result: { statusUpdate: { taskId: 't-1', contextId: 'c-1', status: { state: 'TASK_STATE_INPUT_REQUIRED' }, metadata: { m: 1 } } } },
  { jsonrpc: '2.0', id: 'srv-1', result: { artifact_update: { task_id: 't-1', artifact: { artifactId: 'a', parts: [{ text: 'x' }] }, append: true, last_chunk: true } } },
  { jsonrpc: '2.0', id: 'srv-1', result: { message: { messageId: 'm', role: 'ROLE_AGENT', parts: [{ text: 'bye' }] } } },
  { jsonrpc: '2.0', id: 'srv-1', result: {} },
]
const v1Config = { tenant: '', id: 'p-1', taskId: 't-1', url: 'https://hook', token: 'tok', authentication: { scheme: 'Bearer', credentials: 'c' } }

const rpcCase = (method, target, args, answer, more = {}) => ({ method, target, args, answer, normalize: rpcId, ...more })

export default [
  { method: 'MastraClient.getA2A', kind: 'maker', args: [['echo-agent'], ['a 1'], ['ü']] },
  { method: 'MastraClient.getA2AV1', kind: 'maker', args: [['echo-agent'], ['a 1']] },
  { method: 'A2A.request', target: a2a, args: [[`/a2a/echo-agent`, { method: 'POST', body: { jsonrpc: '2.0', id: 1, method: 'tasks/get', params: { id: 't' } } }]] },
  { method: 'A2AV1.request', target: a2aV1, args: [[`/custom`, { headers: { 'A2A-Version': '1.0' } }]] },

  // -------------------------------------------------------------------------
  // A2A (v0.3)
  // -------------------------------------------------------------------------
  { method: 'A2A.getAgentCard', target: a2a, args: [[], [{}], [{ verifySignature: undefined }]], answer: json(card), expect: noVersionHeader },
  { method: 'A2A.getAgentCard', target: (c) => c.getA2A('a 1'), label: 'id with a space', answer: json(card) },
  { method: 'A2A.getAgentCard', target: a2a, label: '404 answer', answer: notFound },
  ...signedCards.map(({ label, card: body, options }) => ({ method: 'A2A.getAgentCard', target: a2a, label: `signed card: ${label}`, args: [options], answer: json(body) })),
  {
    method: 'A2A.getAgentCard',
    differs: 'a KeyObject from node:crypto is taken as a verification key (client-js reads it as a JWK and fails)',
    target: a2a,
    args: [() => [verify(() => keys.ec.publicKey)]],
    answer: json(ecCard),
    expect: (nv, js, { nvOutcome, jsOutcome }) => {
      assert.equal(jsOutcome.ok, false, 'client-js rejects (premise)')
      assert.equal(nvOutcome.ok, true)
      assert.deepEqual(nvOutcome.value, ecCard)
      assert.equal(nv.length, 1)
    },
  },
  { method: 'A2A.getCard', target: a2a, args: [[], [{}]], answer: json(card) },
  { method: 'A2A.getCard', target: a2a, label: 'signed card, verified', args: [signedCards[0].options], answer: json(ecCard) },
  { method: 'A2A.getCard', target: a2a, label: 'signed card, tampered', args: [signedCards[6].options], answer: json(signedCards[6].card) },

  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], envelope(card), { expect: noVersionHeader }),
  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], rpcFailure(-32007, 'Extended agent card is not configured'), { label: 'JSON-RPC error with a code' }),
  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], json({ jsonrpc: '2.0', id: 1, error: { message: 'no code' } }), { label: 'JSON-RPC error without a code' }),
  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], json({ jsonrpc: '2.0', id: 1 }), { label: 'neither result nor error' }),
  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], json({ jsonrpc: '2.0', id: 1, error: null, result: null }), { label: 'null error, null result' }),
  rpcCase('A2A.getExtendedAgentCard', a2a, [[]], notFound, { label: '404 answer' }),

  rpcCase('A2A.sendMessage', a2a, sendParams, envelope(task)),
  rpcCase('A2A.sendMessage', a2a, [[undefined], [{}]], envelope(message), { label: 'no params' }),
  rpcCase('A2A.sendMessage', a2a, [sendParams[0]], rpcFailure(-32602, 'Invalid params', { field: 'message' }), { label: 'JSON-RPC error: the envelope is returned' }),
  rpcCase('A2A.sendMessage', a2a, [sendParams[0]], json({ error: 'boom' }, 500), { label: '500 answer' }),
  rpcCase('A2A.sendMessageStream', a2a, sendParams, sse(streamEvents), { consume: drain }),
  ...framings.map(({ label, body }) => rpcCase('A2A.sendMessageStream', a2a, [sendParams[0]], { status: 200, headers: { 'content-type': 'text/event-stream' }, body }, { label, consume: drain })),
  rpcCase('A2A.sendMessageStream', a2a, [sendParams[0]], notFound, { label: '404 answer', consume: drain }),
  rpcCase('A2A.sendMessageStream', a2a, [sendParams[0]], sse(streamEvents), { label: 'a consumer that stops after one event', consume: first }),
  rpcCase('A2A.sendStreamingMessage', a2a, sendParams, sse(streamEvents), { consume: bodyText }),
  rpcCase('A2A.sendStreamingMessage', a2a, [sendParams[0]], notFound, { label: '404 answer', consume: bodyText }),
  rpcCase('A2A.getTask', a2a, [[{ id: 't-1' }], [{ id: 't-1', historyLength: 3, metadata: { a: 'é' } }]], envelope(task)),
  rpcCase('A2A.getTask', a2a, [[{ id: 'nope' }]], rpcFailure(-32001, 'Task not found: nope'), { label: 'JSON-RPC error: the envelope is returned' }),
  rpcCase('A2A.cancelTask', a2a, [[{ id: 't-1' }], [{ id: 't-1', metadata: { why: 'x' } }]], envelope({ ...task, status: { state: 'canceled' } })),
  rpcCase('A2A.cancelTask', a2a, [[{ id: 't-1' }]], json({ error: 'nope' }, 400), { label: '400 answer' }),
  rpcCase('A2A.resubscribeTask', a2a, [[{ id: 't-1' }], [{ id: 't-1', metadata: { m: 1 } }]], sse(streamEvents.slice(1)), { consume: drain }),
  rpcCase('A2A.resubscribeTask', a2a, [[{ id: 't-1' }]], { status: 200, body: framings[5].body }, { label: 'an error event rejects', consume: drain }),
  rpcCase('A2A.setTaskPushNotificationConfig', a2a, [[pushConfig]], envelope(pushConfig)),
  rpcCase('A2A.setTaskPushNotificationConfig', a2a, [[pushConfig]], rpcFailure(-32003, 'Push Notification is not supported'), { label: 'JSON-RPC error', expect: (nv, js, { nvOutcome }) => {
    assert.equal(nvOutcome.error.code, -32003)
    assert.equal(nvOutcome.error.data, undefined)
    assert.deepEqual(nvOutcome.error.toJSONRPCError(), { code: -32003, message: 'Push Notification is not supported' })
  } }),
  rpcCase('A2A.getTaskPushNotificationConfig', a2a, [[{ id: 't-1' }], [{ id: 't-1', pushNotificationConfigId: 'p-1' }]], envelope(pushConfig)),
  rpcCase('A2A.getTaskPushNotificationConfig', a2a, [[{ id: 't-1' }]], rpcFailure(-32001, 'Task not found', { taskId: 't-1' }), { label: 'JSON-RPC error with data', expect: (nv, js, { nvOutcome }) => {
    assert.equal(nvOutcome.error.name, 'MastraA2AError')
    assert.deepEqual(nvOutcome.error.data, { taskId: 't-1' })
  } }),
  rpcCase('A2A.listTaskPushNotificationConfig', a2a, [[{ id: 't-1' }]], envelope([pushConfig, pushConfig])),
  rpcCase('A2A.listTaskPushNotificationConfig', a2a, [[{ id: 't-1' }]], json({ jsonrpc: '2.0', id: 1 }), { label: 'no result' }),
  rpcCase('A2A.deleteTaskPushNotificationConfig', a2a, [[{ id: 't-1', pushNotificationConfigId: 'p-1' }]], envelope(null)),
  rpcCase('A2A.deleteTaskPushNotificationConfig', a2a, [[{ id: 't-1', pushNotificationConfigId: 'p-1' }]], rpcFailure(-32001, 'Task not found'), { label: 'JSON-RPC error' }),

  // -------------------------------------------------------------------------
  // A2AV1 (v1.0): requests in their protobuf JSON form, answers read back
  // -------------------------------------------------------------------------
  { method: 'A2AV1.getAgentCard', target: a2aV1, answer: json(v1CardJson), expect: v1Header },
  { method: 'A2AV1.getAgentCard', target: a2aV1, label: 'an empty card', answer: json({}) },
  { method: 'A2AV1.getAgentCard', target: a2aV1, label: 'the version header wins over a client header', options: { headers: { 'A2A-Version': '0.3' } }, answer: json(card) },
  { method: 'A2AV1.getAgentCard', target: a2aV1, label: '404 answer', answer: notFound },
  {
    method: 'A2AV1.getAgentCard',
    differs: 'the version header replaces a client header of any case (client-js sends both values when the case differs)',
    target: a2aV1,
    options: { headers: { 'a2a-version': '0.3' } },
    answer: json(card),
    expect: (nv, js) => {
      assert.equal(js[0].headers['a2a-version'], '0.3, 1.0', 'client-js joins both (premise)')
      assert.equal(nv[0].headers['a2a-version'], '1.0')
    },
  },
  rpcCase('A2AV1.sendMessage', a2aV1, v1Send, envelope({ task: v1TaskJson }), { consume: plain, expect: v1Header }),
  rpcCase('A2AV1.sendMessage', a2aV1, [v1Send[0]], envelope({ message: v1TaskJson.status.message }), { label: 'a message answer', consume: plain }),
  rpcCase('A2AV1.sendMessage', a2aV1, [v1Send[0]], envelope({}), { label: 'an empty answer', consume: plain }),
  rpcCase('A2AV1.sendMessage', a2aV1, [v1Send[0]], rpcFailure(-32001, 'Task not found'), { label: 'JSON-RPC error' }),
  rpcCase('A2AV1.sendMessage', a2aV1, [[undefined]], envelope({}), { label: 'no params' }),
  rpcCase('A2AV1.sendMessageStream', a2aV1, [v1Send[0], v1Send[1]], sse(v1Stream), { consume: drainPlain, expect: v1Header }),
  rpcCase('A2AV1.sendMessageStream', a2aV1, [v1Send[0]], { status: 200, body: framings[5].body }, { label: 'an error event rejects', consume: drainPlain }),
  rpcCase('A2AV1.sendMessageStream', a2aV1, [v1Send[0]], notFound, { label: '404 answer', consume: drainPlain }),
  rpcCase('A2AV1.resubscribeTask', a2aV1, [[{ id: 't-1' }]], sse(v1Stream), { label: 'a consumer that stops after one event', consume: first }),
  rpcCase('A2AV1.getTask', a2aV1, [[{ tenant: '', id: 't-1', historyLength: 2 }], [{ id: 't-1' }], [{ id: 't-1', historyLength: 0.4 }]], envelope(v1TaskJson), { consume: plain, expect: v1Header }),
  rpcCase('A2AV1.getTask', a2aV1, [[{ id: 't-1' }]], envelope({ id: 't-1', status: { state: 'NOT_A_STATE' }, history: [{ role: 'ROLE_NOPE' }, { role: 7 }, { role: 1.5 }] }), { label: 'unknown enum values', consume: plain }),
  rpcCase('A2AV1.getTask', a2aV1, [[{ id: 't-1' }]], envelope({ id: 't-1', status: { state: 4 } }), { label: 'enum by number', consume: plain }),
  rpcCase('A2AV1.getTask', a2aV1, [[{ id: 't-1' }]], envelope(null), { label: 'a null result', consume: plain }),
  rpcCase('A2AV1.listTasks', a2aV1, [[{}]], envelope(null), { label: 'a null result', consume: plain }),
  rpcCase('A2AV1.sendMessage', a2aV1, [v1Send[0]], envelope(null), { label: 'a null result', consume: plain }),
  rpcCase('A2AV1.sendMessageStream', a2aV1, [v1Send[0]], sse([{ jsonrpc: '2.0', id: 1, result: null }, { jsonrpc: '2.0', id: 1, result: { task: { id: 't', status: null, artifacts: null, history: [null] } } }]), { label: 'null values in events', consume: drainPlain }),
  rpcCase('A2AV1.listTasks', a2aV1, [[{ contextId: 'c-1', status: 3, pageSize: 10, pageToken: 'p', historyLength: 1, statusTimestampAfter: '2026-01-01T00:00:00Z', includeArtifacts: false }], [{ tenant: '', contextId: '', status: 0, pageToken: '' }], [{}]], envelope({ tasks: [v1TaskJson], next_page_token: 'n', pageSize: 1, total_size: 3 }), { consume: plain }),
  rpcCase('A2AV1.listTasks', a2aV1, [[{ status: 3 }]], envelope({}), { label: 'an empty page', consume: plain }),
  rpcCase('A2AV1.cancelTask', a2aV1, [[{ id: 't-1' }], [{ tenant: 'x', id: 't-1', metadata: { why: 'é' } }]], envelope({ ...v1TaskJson, status: { state: 'TASK_STATE_CANCELED' } }), { consume: plain }),
  rpcCase('A2AV1.cancelTask', a2aV1, [[{ id: 't-1' }]], rpcFailure(-32002, 'Task not cancelable'), { label: 'JSON-RPC error' }),
  rpcCase('A2AV1.resubscribeTask', a2aV1, [[{ id: 't-1' }], [{ tenant: 't', id: 't-1' }]], sse(v1Stream.slice(1)), { consume: drainPlain, expect: v1Header }),
  rpcCase('A2AV1.createTaskPushNotificationConfig', a2aV1, [[v1Config], [{ taskId: 't-1', url: 'https://hook' }]], envelope({ id: 'p-1', task_id: 't-1', url: 'https://hook', authentication: { scheme: 'Bearer' } }), { consume: plain, expect: v1Header }),
  rpcCase('A2AV1.createTaskPushNotificationConfig', a2aV1, [[v1Config]], rpcFailure(-32003, 'Push Notification is not supported'), { label: 'JSON-RPC error' }),
  rpcCase('A2AV1.getTaskPushNotificationConfig', a2aV1, [[{ taskId: 't-1', id: 'p-1' }], [{ tenant: '', taskId: 't-1', id: '' }]], envelope(v1Config), { consume: plain }),
  rpcCase('A2AV1.listTaskPushNotificationConfigs', a2aV1, [[{ taskId: 't-1', pageSize: 5, pageToken: 'x' }], [{ taskId: 't-1' }], [{ tenant: '', taskId: 't-1', pageSize: 0, pageToken: '' }]], envelope({ configs: [v1Config], next_page_token: 'n' }), { consume: plain }),
  rpcCase('A2AV1.deleteTaskPushNotificationConfig', a2aV1, [[{ taskId: 't-1', id: 'p-1' }]], envelope(null), { expect: v1Header }),
  rpcCase('A2AV1.deleteTaskPushNotificationConfig', a2aV1, [[{ taskId: 't-1', id: 'p-1' }]], rpcFailure(-32001, 'Task not found'), { label: 'JSON-RPC error' }),
  rpcCase('A2AV1.deleteTaskPushNotificationConfig', a2aV1, [[undefined]], envelope(null), { label: 'no params' }),
]
