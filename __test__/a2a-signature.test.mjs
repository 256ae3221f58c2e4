// Agent card signatures: the Node.js build (lib/groups/a2a/signature.js, node:crypto) and the
// web build (lib/groups/a2a/signature-web.js, WebCrypto only) give the same outcome, the
// resolved card or a rejection with the same message, for every signed-card case of
// cases/a2a.mjs and for more keys of each kind; then what only the web build is asked about.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import cases from './cases/a2a.mjs'

const require = createRequire(import.meta.url)
const nodeBuild = require('../lib/groups/a2a/signature.js')
const webBuild = require('../lib/groups/a2a/signature-web.js')
const common = require('../lib/groups/a2a/signature-common.js')
const canonicalizePackage = require('canonicalize')

const outcome = (promise) =>
  Promise.resolve()
    .then(() => promise())
    .then(
      (value) => ({ ok: true, value }),
      (error) => ({ ok: false, name: error?.name, message: error?.message }),
    )

/** Runs both builds on `card` with fresh options from `options()`; asserts they agree and returns the outcome. */
async function both(card, options) {
  const nv = await outcome(() => nodeBuild.verifyAgentCardSignatures(structuredClone(card), options()))
  const web = await outcome(() => webBuild.verifyAgentCardSignatures(structuredClone(card), options()))
  assert.deepEqual(web, nv, 'web and Node builds give the same outcome')
  if (nv.ok) assert.deepEqual(nv.value, card)
  return nv
}
const resolves = async (card, options) => assert.equal((await both(card, options)).ok, true, 'verifies')
async function rejects(card, options, reason) {
  const result = await both(card, options)
  assert.equal(result.ok, false, 'rejects')
  assert.equal(result.name, 'MastraClientError')
  if (reason) assert.equal(result.message, `A2A Agent Card signature verification failed: ${reason}`)
  return result
}

// ---- the signed-card cases of cases/a2a.mjs

const signedCases = cases.filter((c) => c.method === 'A2A.getAgentCard' && c.label?.startsWith('signed card: '))
const VERIFIED = new Set([
  'ES256, PEM key',
  'RS256, JWK key',
  'PS256, async key provider',
  'ES256, CryptoKey',
  'HS256 allowed by the caller',
  'the first signature fails, the second verifies',
  'the provider is told about the signature',
  'no signatures: returned as is',
  'EdDSA allowed by the caller',
  'Ed25519 allowed by the caller',
  'ES384, P-384 JWK',
  'HS256, secret bytes',
  'HS256, secret as an ArrayBuffer',
  'HS256, oct JWK',
])

test('cases/a2a.mjs has the signed-card cases', () => assert.ok(signedCases.length >= 28, `${signedCases.length} cases`))

for (const c of signedCases) {
  const label = c.label.slice('signed card: '.length)
  test(`cases/a2a.mjs: ${label}`, async () => {
    const result = await both(c.answer.body, () => c.args[0]()[0].verifySignature)
    assert.equal(result.ok, VERIFIED.has(label), result.message)
  })
}

test('cases/a2a.mjs: a KeyObject verifies in the Node build only (no KeyObject on the web: read as a JWK, as client-js does)', async () => {
  const c = cases.find((c) => c.method === 'A2A.getAgentCard' && /KeyObject/.test(c.differs ?? ''))
  const card = c.answer.body
  const options = () => c.args[0]()[0].verifySignature
  assert.deepEqual(await nodeBuild.verifyAgentCardSignatures(structuredClone(card), options()), card)
  await assert.rejects(webBuild.verifyAgentCardSignatures(structuredClone(card), options()), {
    name: 'MastraClientError',
    message: 'A2A Agent Card signature verification failed: Invalid or unsupported JWK "alg" (Algorithm) Parameter value',
  })
})

// ---- keys and cards made here

const card = {
  name: 'Card',
  description: 'Ünïcode \u{1F600} and "quotes"',
  url: 'https://agents.example/a2a/x',
  version: '1.0',
  capabilities: { streaming: false },
  skills: [{ id: 's', name: 'S', tags: ['b', 'a'], extra: { z: 1, a: [1, 'two', null] } }],
}
const keys = {
  ec: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  ec384: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  ec521: crypto.generateKeyPairSync('ec', { namedCurve: 'P-521' }),
  k1: crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
  rsa: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }),
  pss: crypto.generateKeyPairSync('rsa-pss', { modulusLength: 2048 }),
  ed: crypto.generateKeyPairSync('ed25519'),
  ed448: crypto.generateKeyPairSync('ed448'),
  x25519: crypto.generateKeyPairSync('x25519'),
}
const ALG_KEYS = { ES256: 'ec', ES384: 'ec384', ES512: 'ec521', RS256: 'rsa', RS384: 'rsa', RS512: 'rsa', PS256: 'rsa', PS384: 'rsa', PS512: 'rsa', EdDSA: 'ed', Ed25519: 'ed' }
const pem = (pair) => pair.publicKey.export({ type: 'spki', format: 'pem' })
const jwk = (pair) => pair.publicKey.export({ format: 'jwk' })
const b64url = (x) => Buffer.from(x).toString('base64url')

/** A detached JWS of `body`; `header` replaces the protected header when given (a string: raw base64url). */
function sign(body, alg, key, { extra = {}, header } = {}) {
  const protectedHeader = typeof header === 'string' ? header : b64url(JSON.stringify(header ?? { alg, kid: 'k-1', ...extra }))
  const input = Buffer.from(`${protectedHeader}.${b64url(canonicalizePackage(body))}`)
  const hash = `sha${alg.slice(2)}`
  let signature
  if (alg.startsWith('HS')) signature = crypto.createHmac(hash, key).update(input).digest()
  else if (alg === 'EdDSA' || alg === 'Ed25519') signature = crypto.sign(null, input, key.privateKey)
  else if (alg.startsWith('ES')) signature = crypto.sign(hash, input, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
  else if (alg.startsWith('PS')) signature = crypto.sign(hash, input, { key: key.privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 })
  else signature = crypto.sign(hash, input, key.privateKey)
  return { protected: protectedHeader, signature: b64url(signature) }
}
const signed = (...signatures) => ({ ...card, signatures })
const options = (key, algorithms) => () => ({ keyProvider: () => (typeof key === 'function' ? key() : key), ...(algorithms ? { algorithms } : {}) })
const ALL = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'Ed25519', 'HS256', 'HS384', 'HS512']
const subtle = crypto.webcrypto.subtle

// ---- DER, to make X.509 certificates here (node:crypto can parse them, not make them)
function der(tag, ...parts) {
  const content = Buffer.concat(parts.map((p) => Buffer.from(p)))
  const n = content.length
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]
  return Buffer.concat([Buffer.from([tag, ...length]), content])
}
const oid = (text) => {
  const [a, b, ...rest] = text.split('.').map(Number)
  const bytes = [40 * a + b]
  for (let v of rest) {
    const chunk = [v & 0x7f]
    while ((v >>= 7)) chunk.unshift(0x80 | (v & 0x7f))
    bytes.push(...chunk)
  }
  return der(0x06, bytes)
}
const name = (cn) => der(0x30, der(0x31, der(0x30, oid('2.5.4.3'), der(0x0c, cn))))
const SIG_ALGS = {
  ec: der(0x30, oid('1.2.840.10045.4.3.2')),
  rsa: der(0x30, oid('1.2.840.113549.1.1.11'), der(0x05)),
  ed25519: der(0x30, oid('1.3.101.112')),
}
/** A self-signed X.509 certificate (PEM) for `pair`; `v1` leaves out the version and extensions. */
function certificate(pair, { v1 = false } = {}) {
  const type = pair.publicKey.asymmetricKeyType
  const tbs = der(
    0x30,
    v1 ? [] : der(0xa0, der(0x02, [2])),
    der(0x02, [0x01, 0x23, 0x45]),
    SIG_ALGS[type],
    name('issuer'),
    der(0x30, der(0x17, '250101000000Z'), der(0x17, '350101000000Z')),
    name('subject ü'),
    pair.publicKey.export({ type: 'spki', format: 'der' }),
    v1 ? [] : der(0xa3, der(0x30, der(0x30, oid('2.5.29.19'), der(0x01, [0xff]), der(0x04, der(0x30, der(0x01, [0xff])))))),
  )
  const signature = crypto.sign(type === 'ed25519' ? null : 'sha256', tbs, pair.privateKey)
  const cert = der(0x30, tbs, SIG_ALGS[type], der(0x03, [0], signature))
  return `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`
}

// ---- the same outcome from both builds

for (const [alg, which] of Object.entries(ALG_KEYS)) {
  const pair = keys[which]
  const body = signed(sign(card, alg, pair))
  test(`${alg}: SPKI PEM, JWK and CryptoKey verify; tampered, wrong key and truncated do not`, async () => {
    await resolves(body, options(pem(pair), ALL))
    await resolves(body, options(jwk(pair), ALL))
    await resolves(body, options(() => subtle.importKey('spki', pair.publicKey.export({ type: 'spki', format: 'der' }), webAlgorithm(alg), false, ['verify']), ALL))
    await rejects({ ...body, description: 'changed' }, options(pem(pair), ALL), 'signature verification failed')
    await rejects({ ...body, signatures: [{ ...body.signatures[0], signature: body.signatures[0].signature.slice(0, -4) }] }, options(pem(pair), ALL), 'signature verification failed')
    const { namedCurve, modulusLength } = pair.publicKey.asymmetricKeyDetails
    const other = crypto.generateKeyPairSync(pair.publicKey.asymmetricKeyType, { namedCurve, modulusLength })
    await rejects(body, options(pem(other), ALL), 'signature verification failed')
  })
}
function webAlgorithm(alg) {
  const hash = `SHA-${alg.slice(2)}`
  if (alg.startsWith('ES')) return { name: 'ECDSA', namedCurve: { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[alg] }
  if (alg.startsWith('RS')) return { name: 'RSASSA-PKCS1-v1_5', hash }
  if (alg.startsWith('PS')) return { name: 'RSA-PSS', hash }
  if (alg.startsWith('HS')) return { name: 'HMAC', hash }
  return { name: 'Ed25519' }
}

test('the default algorithms: ES*, RS*, PS* only', async () => {
  for (const alg of ['ES256', 'ES512', 'RS384', 'PS512']) await resolves(signed(sign(card, alg, keys[ALG_KEYS[alg]])), options(pem(keys[ALG_KEYS[alg]])))
  await rejects(signed(sign(card, 'EdDSA', keys.ed)), options(pem(keys.ed)), 'Agent Card signature algorithm "EdDSA" is not allowed')
  await rejects(signed(sign(card, 'HS512', 'k')), options('k'), 'Agent Card signature algorithm "HS512" is not allowed')
  await rejects(signed({ protected: b64url('{"alg":"none"}'), signature: '' }), options({ kty: 'oct', k: 'AA' }, ['none']), 'Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
  await rejects(signed({ protected: b64url('{"alg":"none"}'), signature: '' }), options('k', ['none']), 'Expected a PEM-encoded public key or certificate string for Agent Card verification')
})

test('wrong alg: the header names another algorithm than the one signed with, or a key of another kind', async () => {
  const rs = sign(card, 'RS256', keys.rsa)
  const claimedPs = { protected: b64url(JSON.stringify({ alg: 'PS256', kid: 'k-1' })), signature: rs.signature }
  await rejects(signed(claimedPs), options(pem(keys.rsa)), 'signature verification failed')
  const claimedRs384 = { protected: b64url(JSON.stringify({ alg: 'RS384' })), signature: rs.signature }
  await rejects(signed(claimedRs384), options(pem(keys.rsa)), 'signature verification failed')
  const es = signed(sign(card, 'ES256', keys.ec))
  await rejects(es, options(pem(keys.ed), ALL), 'Invalid key type')
  await rejects(es, options(pem(keys.ec384)), 'Named curve mismatch')
  await rejects(es, options(jwk(keys.ec521)), 'Named curve mismatch')
  await rejects(es, options(pem(keys.k1)), 'Named curve mismatch')
  await rejects(es, options(jwk(keys.k1)), 'Named curve mismatch')
  await rejects(es, options(jwk(keys.rsa)), 'Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
  await rejects(es, options({ kty: 'oct', k: 'AA' }), 'Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
  await rejects(es, options('k'), 'Expected a PEM-encoded public key or certificate string for Agent Card verification')
  await rejects(es, options(42), 'Agent Card verification key must be a CryptoKey, Uint8Array, PEM text or JWK')
  await rejects(signed(sign(card, 'EdDSA', keys.ed)), options(pem(keys.x25519), ['EdDSA']), 'Invalid key type')
  await rejects(signed(sign(card, 'EdDSA', keys.ed)), options(jwk(keys.x25519), ['EdDSA']), 'Invalid key type')
  await rejects(signed(sign(card, 'HS256', 'k')), options(pem(keys.ec), ['HS256']), 'signature verification failed') // PEM text is a secret for HS*
  await rejects(signed(sign(card, 'HS256', 'k')), options(jwk(keys.ec), ['HS256']), 'Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
  await rejects(signed(sign(card, 'PS256', keys.rsa)), options(pem(keys.ed)), 'Invalid key type')
  await rejects(signed(sign(card, 'PS256', keys.rsa)), options(jwk(keys.ed)), 'Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
})

test('RSA-PSS keys (id-RSASSA-PSS SPKI) verify PS*, not RS*', async () => {
  await resolves(signed(sign(card, 'PS256', keys.pss)), options(pem(keys.pss)))
  await resolves(signed(sign(card, 'PS384', keys.pss)), options(pem(keys.pss)))
  await rejects(signed(sign(card, 'RS256', keys.rsa)), options(pem(keys.pss)), 'Invalid key type')
})

test('Ed448 keys verify EdDSA (and Ed25519, as the Node build does)', async () => {
  await resolves(signed(sign(card, 'EdDSA', keys.ed448)), options(pem(keys.ed448), ['EdDSA']))
  await resolves(signed(sign(card, 'EdDSA', keys.ed448)), options(jwk(keys.ed448), ['EdDSA']))
  await resolves(signed(sign(card, 'Ed25519', keys.ed448)), options(pem(keys.ed448), ['Ed25519']))
})

test('JWK: members beyond the public key (alg, use, key_ops, private members) do not matter', async () => {
  for (const [alg, which] of Object.entries(ALG_KEYS)) {
    const pair = keys[which]
    const body = signed(sign(card, alg, pair))
    await resolves(body, options({ ...jwk(pair), alg: 'XX1', use: 'sig', key_ops: ['encrypt'], kid: 'k', ext: false }, ALL))
    await resolves(body, options(pair.privateKey.export({ format: 'jwk' }), ALL))
  }
})

test('PEM: RSA PUBLIC KEY (PKCS#1), PRIVATE KEY (PKCS#8), text around the block', async () => {
  const rs = signed(sign(card, 'RS256', keys.rsa))
  await resolves(rs, options(keys.rsa.publicKey.export({ type: 'pkcs1', format: 'pem' })))
  await resolves(rs, options(keys.rsa.privateKey.export({ type: 'pkcs8', format: 'pem' })))
  await resolves(rs, options(`key of the agent:\n${pem(keys.rsa)}\nend`))
  for (const alg of ['ES256', 'ES512', 'PS256', 'EdDSA']) {
    const pair = keys[ALG_KEYS[alg]]
    await resolves(signed(sign(card, alg, pair)), options(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), ALL))
  }
  await resolves(signed(sign(card, 'PS256', keys.pss)), options(keys.pss.privateKey.export({ type: 'pkcs8', format: 'pem' })))
})

test('HS*: string (UTF-8), Uint8Array, ArrayBuffer, Buffer, oct JWK and empty secrets', async () => {
  for (const alg of ['HS256', 'HS384', 'HS512']) {
    const body = signed(sign(card, alg, Buffer.from('sécret \u{1F511}')))
    await resolves(body, options('sécret \u{1F511}', [alg]))
    await resolves(body, options(new TextEncoder().encode('sécret \u{1F511}'), [alg]))
    await resolves(body, options(new TextEncoder().encode('sécret \u{1F511}').buffer, [alg]))
    await resolves(body, options(Buffer.from('sécret \u{1F511}'), [alg]))
    await resolves(body, options({ kty: 'oct', k: b64url('sécret \u{1F511}') }, [alg]))
    await rejects(body, options('secret', [alg]), 'signature verification failed')
    await rejects({ ...body, name: 'Other' }, options('sécret \u{1F511}', [alg]), 'signature verification failed')
  }
  // a secret inside a larger buffer: only the view counts
  const big = new Uint8Array([9, 9, 107, 9])
  await resolves(signed(sign(card, 'HS256', 'k')), options(big.subarray(2, 3), ['HS256']))
  // empty secrets (WebCrypto refuses an empty HMAC key; the web build uses the equivalent one)
  await resolves(signed(sign(card, 'HS256', Buffer.alloc(0))), options({ kty: 'oct' }, ['HS256']))
  await resolves(signed(sign(card, 'HS256', Buffer.alloc(0))), options(new Uint8Array(0), ['HS256']))
  await rejects(signed(sign(card, 'HS256', Buffer.alloc(0))), options(new Uint8Array([1]), ['HS256']), 'signature verification failed')
  await resolves(signed(sign(card, 'HS256', Buffer.alloc(0))), options(new Uint8Array(2), ['HS256'])) // zero bytes pad the same HMAC key
  await rejects(signed(sign(card, 'HS256', 'k')), options(new Uint8Array([1]), ['RS256']), 'Agent Card signature algorithm "HS256" is not allowed')
})

test('CryptoKey: as given, or re-imported when another algorithm, usage or the private half', async () => {
  const es = signed(sign(card, 'ES256', keys.ec))
  const rs = signed(sign(card, 'RS256', keys.rsa))
  const ps = signed(sign(card, 'PS256', keys.rsa))
  const ed = signed(sign(card, 'EdDSA', keys.ed))
  const spki = (pair) => pair.publicKey.export({ type: 'spki', format: 'der' })
  const pkcs8 = (pair) => pair.privateKey.export({ type: 'pkcs8', format: 'der' })
  await resolves(es, options(() => subtle.importKey('spki', spki(keys.ec), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify'])))
  await resolves(es, options(() => subtle.importKey('spki', spki(keys.ec), { name: 'ECDH', namedCurve: 'P-256' }, true, [])))
  await resolves(es, options(() => subtle.importKey('pkcs8', pkcs8(keys.ec), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])))
  await resolves(ps, options(() => subtle.importKey('spki', spki(keys.rsa), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, true, ['verify'])))
  await resolves(rs, options(() => subtle.importKey('spki', spki(keys.rsa), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify'])))
  await resolves(rs, options(() => subtle.importKey('spki', spki(keys.rsa), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'])))
  await resolves(ed, options(() => subtle.importKey('spki', spki(keys.ed), { name: 'Ed25519' }, false, ['verify']), ['EdDSA']))
  await resolves(ed, options(() => subtle.importKey('pkcs8', pkcs8(keys.ed), { name: 'Ed25519' }, true, ['sign']), ['EdDSA']))
  const hs = signed(sign(card, 'HS256', 'k'))
  await resolves(hs, options(() => subtle.importKey('raw', new TextEncoder().encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']), ['HS256']))
  await resolves(hs, options(() => subtle.importKey('raw', new TextEncoder().encode('k'), { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']), ['HS256']))
  await rejects(hs, options(() => subtle.importKey('raw', new TextEncoder().encode('j'), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']), ['HS256']), 'signature verification failed')
  await rejects(hs, options(() => subtle.importKey('spki', spki(keys.ec), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']), ['HS256']), 'Invalid key type')
  await rejects(es, options(() => subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['verify'])), 'Invalid key type')
  await rejects(es, options(() => subtle.importKey('spki', spki(keys.ec384), { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify'])), 'Named curve mismatch')
  await rejects(es, options(() => subtle.importKey('spki', spki(keys.rsa), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify'])), 'Invalid key type')
})

test('certificates: the public key of an X.509 certificate (PEM), v3 and v1, EC, RSA and Ed25519', async () => {
  for (const [alg, pair] of [['ES256', keys.ec], ['RS256', keys.rsa], ['PS384', keys.rsa], ['EdDSA', keys.ed]]) {
    const body = signed(sign(card, alg, pair))
    for (const v1 of [false, true]) {
      const cert = certificate(pair, { v1 })
      assert.ok(new crypto.X509Certificate(cert).publicKey.equals(pair.publicKey), 'the certificate made here parses')
      await resolves(body, options(cert, ALL))
      await resolves(body, options(`some text\n${pem(keys.ec)}${cert}`, ALL)) // a certificate wins, as in the Node build
      await rejects({ ...body, name: 'x' }, options(cert, ALL), 'signature verification failed')
    }
  }
  await rejects(signed(sign(card, 'ES384', keys.ec384)), options(certificate(keys.ec)), 'Named curve mismatch')
  await rejects(signed(sign(card, 'RS256', keys.rsa)), options(certificate(keys.ec)), 'Invalid key type')
})

test('certificates: what does not parse', async () => {
  const body = signed(sign(card, 'ES256', keys.ec))
  const cert = certificate(keys.ec)
  const base64 = cert.split('\n').filter((line) => line && !line.startsWith('-----')).join('')
  const bytes = Buffer.from(base64, 'base64')
  const wrap = (b) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(b).toString('base64')}\n-----END CERTIFICATE-----`
  const broken = [
    '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
    '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----',
    `-----BEGIN CERTIFICATE-----\n${base64}`,
    '-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----',
    wrap(Buffer.concat([bytes, Buffer.from([0])])),
    wrap(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff])),
    wrap(Buffer.from([0x30, 0x80, 0, 0])),
    wrap(Buffer.from([0x30, 0x03, 0x30, 0x01])),
  ]
  for (let cut = 1; cut < bytes.length; cut += 7) broken.push(wrap(bytes.subarray(0, cut)))
  for (const text of broken) await rejects(body, options(text), 'Failed to parse the X.509 certificate')
})

test('certificates made by openssl (skipped without the openssl command)', async (t) => {
  let dir
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a2a-cert-'))
  } catch {
    return t.skip('no openssl')
  }
  try {
    for (const [alg, pair] of [['ES256', keys.ec], ['ES512', keys.ec521], ['RS512', keys.rsa], ['EdDSA', keys.ed]]) {
      const keyFile = path.join(dir, `${alg}.key`)
      fs.writeFileSync(keyFile, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }))
      const args = ['req', '-new', '-x509', '-key', keyFile, '-subj', '/CN=agent.example/O=Ä', '-days', '30', '-addext', 'subjectAltName=DNS:agent.example', '-utf8']
      const cert = execFileSync('openssl', alg === 'EdDSA' ? args : [...args, '-sha256'], { encoding: 'utf8' })
      await resolves(signed(sign(card, alg, pair)), options(cert, ALL))
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('protected headers, signatures and cards at the edges', async () => {
  const es = sign(card, 'ES256', keys.ec)
  const key = options(pem(keys.ec))
  const bad = 'Invalid Token or Protected Header formatting'
  for (const p of [undefined, null, '', '!!!', b64url('[]'), b64url('null'), b64url('"ES256"'), b64url('\uFEFF{"alg":"ES256"}'), `${es.protected}=x`]) {
    await rejects(signed({ ...es, protected: p }), key, /=x$/.test(p ?? '') ? 'signature verification failed' : bad)
  }
  await rejects(signed({ protected: b64url('{"alg":256}'), signature: 'AA' }), key, 'Agent Card signature is missing a protected "alg" header')
  await rejects(signed({ ...es, signature: undefined }), key, 'signature verification failed')
  await resolves(signed({ ...es, signature: `${es.signature}=AAAA` }), key) // the first '=' ends base64url data
  // the header still decodes (what is not base64 is skipped), but the signing input is the text as sent
  await rejects(signed({ ...es, protected: es.protected.replace(/^(.)/, '$1 ') }), key, 'signature verification failed')
  // header members: kid/jku passed on when strings
  const seen = []
  const spy = () => ({ keyProvider: (input) => (seen.push([input.kid, input.jku, input.index]), pem(keys.ec)) })
  await resolves(signed(sign(card, 'ES256', keys.ec, { extra: { kid: 7, jku: 'https://k' } })), spy)
  assert.deepEqual(seen, [[undefined, 'https://k', 0], [undefined, 'https://k', 0]])
  // several signatures, the reasons listed in order
  await rejects(
    signed({ protected: '!!!', signature: '' }, sign(card, 'HS256', 'k'), sign(card, 'ES384', keys.ec384)),
    key,
    `${bad}; Agent Card signature algorithm "HS256" is not allowed; Named curve mismatch`,
  )
  // undefined members, toJSON, arrays with holes: canonical JSON as the signer made it
  const odd = { ...card, when: new Date(0), gone: undefined, list: [1, undefined, 'x'] }
  const canonicalBody = JSON.parse(JSON.stringify(odd))
  const body = { ...odd, signatures: [sign(canonicalBody, 'ES256', keys.ec)] }
  for (const build of [nodeBuild, webBuild]) assert.equal(await build.verifyAgentCardSignatures(body, key()), body)
  // no signatures (none, or an empty list): the card as is
  for (const build of [nodeBuild, webBuild]) {
    assert.equal(await build.verifyAgentCardSignatures(card, key()), card)
    const empty = { ...card, signatures: [] }
    assert.equal(await build.verifyAgentCardSignatures(empty, key()), empty)
  }
  // the key provider throws, rejects, gives nothing
  await rejects(signed(es), () => ({ keyProvider: async () => { throw new Error('nope') } }), 'nope')
  await rejects(signed(es), () => ({ keyProvider: () => null }), 'No verification key was provided for Agent Card signature verification')
  await rejects(signed(es), () => ({ keyProvider: () => { throw 'not an error' } }), 'Unknown verification failure')
})

// ---- shared helpers

test('both builds share canonicalize, and it matches the canonicalize package', () => {
  assert.equal(nodeBuild.canonicalize, common.canonicalize)
  assert.equal(webBuild.canonicalize, common.canonicalize)
  for (const value of [card, [1, 'é', null, { b: 1, a: [true, false] }], 'x', 1.5e300, { '\u20ac': 1, a: { c: 2, b: 1 } }]) {
    assert.equal(common.canonicalize(value), canonicalizePackage(value))
  }
})

test('base64url decoding is as lenient as Buffer.from(text, "base64url"); encoding matches Buffer', () => {
  const alphabet = 'AQgw/+_-=é\u0155\u013d \n!.AZaz09'
  let seed = 1
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    assert.deepEqual(common.base64urlDecode(text), new Uint8Array(Buffer.from(text, 'base64url')), JSON.stringify(text))
  }
  for (let n = 0; n < 40; n++) {
    const bytes = crypto.randomBytes(n)
    assert.equal(common.base64urlEncode(bytes), bytes.toString('base64url'))
    assert.deepEqual(common.base64urlDecode(bytes.toString('base64')), new Uint8Array(bytes))
  }
  assert.deepEqual(common.latin1Bytes('a\u0155\u20ac'), new Uint8Array(Buffer.from('a\u0155\u20ac', 'ascii')))
})

// ---- the web build only

test('web build: no node:*, Buffer or process in its sources (comments aside)', () => {
  for (const file of ['signature-web.js', 'signature-common.js']) {
    const code = fs
      .readFileSync(new URL(`../lib/groups/a2a/${file}`, import.meta.url), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/ \/\/ .*$/gm, '')
    assert.doesNotMatch(code, /node:|\bBuffer\b|\bprocess\b|\bglobal\b(?!This)/, file)
    const requires = [...code.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1])
    assert.ok(requires.every((r) => ["'./signature-common'", "'../../errors'"].includes(r)), `${file}: ${requires}`)
  }
})

test('web build: runs in a context with web globals only (no Buffer, process, require of node:*)', async () => {
  const modules = new Map()
  const sandbox = vm.createContext({
    crypto: globalThis.crypto,
    CryptoKey,
    TextEncoder,
    TextDecoder,
    DOMException,
    structuredClone,
    atob,
    btoa,
  })
  const load = (file) => {
    const resolved = require.resolve(file)
    if (modules.has(resolved)) return modules.get(resolved).exports
    const module = { exports: {} }
    modules.set(resolved, module)
    const local = (request) => {
      assert.ok(request.startsWith('.'), `requires ${request}`)
      return load(path.resolve(path.dirname(resolved), request))
    }
    vm.runInContext(`(function (require, module, exports) {${fs.readFileSync(resolved, 'utf8')}\n})`, sandbox, { filename: resolved })(local, module, module.exports)
    return module.exports
  }
  const isolated = load('../lib/groups/a2a/signature-web.js')
  assert.equal(vm.runInContext('typeof Buffer + typeof process + typeof require', sandbox), 'undefinedundefinedundefined')
  // keys made in this realm: plain text and objects (typed arrays and CryptoKeys of another realm are not instances there)
  for (const [alg, key] of [['ES256', pem(keys.ec)], ['RS256', jwk(keys.rsa)], ['PS256', certificate(keys.rsa)], ['EdDSA', jwk(keys.ed)], ['HS256', 'k'], ['HS384', { kty: 'oct', k: b64url('k') }]]) {
    const body = signed(sign(card, alg, ALG_KEYS[alg] ? keys[ALG_KEYS[alg]] : 'k'))
    const result = await isolated.verifyAgentCardSignatures(body, { keyProvider: () => key, algorithms: ALL })
    assert.equal(result, body, alg)
    await assert.rejects(isolated.verifyAgentCardSignatures({ ...body, name: 'x' }, { keyProvider: () => key, algorithms: ALL }), { message: 'A2A Agent Card signature verification failed: signature verification failed' })
  }
})

test('web build: PEM blocks it does not read, with a clear error', async () => {
  const rs = signed(sign(card, 'RS256', keys.rsa))
  const message = (label) =>
    `A2A Agent Card signature verification failed: PEM "${label}" keys are not supported by the web build of Agent Card verification (only the Node.js build reads it); pass the public key as PEM "PUBLIC KEY" (SPKI), a certificate, a JWK or a CryptoKey instead`
  const pkcs1 = keys.rsa.privateKey.export({ type: 'pkcs1', format: 'pem' })
  assert.deepEqual(await nodeBuild.verifyAgentCardSignatures(rs, { keyProvider: () => pkcs1 }), rs)
  await assert.rejects(webBuild.verifyAgentCardSignatures(rs, { keyProvider: () => pkcs1 }), { message: message('RSA PRIVATE KEY') })
  const sec1 = keys.ec.privateKey.export({ type: 'sec1', format: 'pem' })
  await assert.rejects(webBuild.verifyAgentCardSignatures(signed(sign(card, 'ES256', keys.ec)), { keyProvider: () => sec1 }), { message: message('EC PRIVATE KEY') })
  await assert.rejects(webBuild.verifyAgentCardSignatures(rs, { keyProvider: () => '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }), {
    message: 'A2A Agent Card signature verification failed: Failed to parse the PEM-encoded public key',
  })
  await assert.rejects(webBuild.verifyAgentCardSignatures(rs, { keyProvider: () => '-----BEGIN PUBLIC KEY----- no end' }), { message: /This PEM text is not supported by the web build/ })
})

test('web build: a CryptoKey WebCrypto cannot verify with and that cannot be exported, with a clear error', async () => {
  const rs = signed(sign(card, 'RS256', keys.rsa))
  const spki = keys.rsa.publicKey.export({ type: 'spki', format: 'der' })
  const pss = await subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify'])
  assert.deepEqual(await nodeBuild.verifyAgentCardSignatures(rs, { keyProvider: () => pss }), rs)
  await assert.rejects(webBuild.verifyAgentCardSignatures(rs, { keyProvider: () => pss }), {
    message:
      'A2A Agent Card signature verification failed: The public RSA-PSS CryptoKey cannot verify RS256 signatures with WebCrypto and is not extractable; pass a key imported as RSASSA-PKCS1-v1_5 with SHA-256 for "verify" (or an extractable one)',
  })
  const { privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])
  await assert.rejects(webBuild.verifyAgentCardSignatures(signed(sign(card, 'ES256', keys.ec)), { keyProvider: () => privateKey }), {
    message: /The private ECDSA CryptoKey cannot verify ES256 signatures with WebCrypto and is not extractable; pass the public key/,
  })
})

test('web build: algorithms WebCrypto has no hash for are refused', async () => {
  const es = signed({ ...sign(card, 'ES256', keys.k1), protected: b64url('{"alg":"ES256K"}') })
  await assert.rejects(webBuild.verifyAgentCardSignatures(es, { keyProvider: () => pem(keys.k1), algorithms: ['ES256K'] }), {
    message: 'A2A Agent Card signature verification failed: Unsupported "alg" value for a JSON Web Signature: ES256K',
  })
  const hs = signed({ protected: b64url('{"alg":"HS1"}'), signature: 'AA' })
  await assert.rejects(webBuild.verifyAgentCardSignatures(hs, { keyProvider: () => 'k', algorithms: ['HS1'] }), {
    message: 'A2A Agent Card signature verification failed: Unsupported "alg" value for a JSON Web Signature: HS1',
  })
})

test('web build: a runtime without Ed25519 in WebCrypto, or without WebCrypto', async () => {
  const ed = signed(sign(card, 'EdDSA', keys.ed))
  const webCrypto = globalThis.crypto
  const importKey = webCrypto.subtle.importKey
  webCrypto.subtle.importKey = async function (format, data, algorithm, ...rest) {
    if ((algorithm.name ?? algorithm) === 'Ed25519') throw new DOMException('Unrecognized algorithm name', 'NotSupportedError')
    return importKey.call(this, format, data, algorithm, ...rest)
  }
  try {
    await assert.rejects(webBuild.verifyAgentCardSignatures(ed, { keyProvider: () => pem(keys.ed), algorithms: ['EdDSA'] }), {
      message:
        "A2A Agent Card signature verification failed: This runtime's WebCrypto does not support Ed25519 keys (NotSupportedError: Unrecognized algorithm name); Ed25519 signatures verify on Node.js >= 20, Deno, Cloudflare Workers and browsers with WebCrypto Ed25519",
    })
    await resolves(signed(sign(card, 'ES256', keys.ec)), options(pem(keys.ec)))
  } finally {
    delete webCrypto.subtle.importKey
  }
  assert.equal(webCrypto.subtle.importKey, importKey)
  await assert.rejects(webBuild.verifyAgentCardSignatures(ed, { keyProvider: () => ({ kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }), algorithms: ['EdDSA'] }), {
    message: /^A2A Agent Card signature verification failed: Failed to import the JWK for Ed25519 with WebCrypto \(DataError: /,
  })

  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
  try {
    await assert.rejects(webBuild.verifyAgentCardSignatures(ed, { keyProvider: () => pem(keys.ed), algorithms: ['EdDSA'] }), {
      message: /^A2A Agent Card signature verification failed: Agent Card signature verification needs WebCrypto \(globalThis\.crypto\.subtle\)/,
    })
  } finally {
    Object.defineProperty(globalThis, 'crypto', descriptor)
  }
  assert.ok(globalThis.crypto.subtle)
})
