'use strict'
// Agent card signatures (A2A), web build: browsers, edge runtimes (Next.js edge, Cloudflare
// Workers, Deno) and Node.js >= 20, with nothing but web-platform APIs (WebCrypto via
// globalThis.crypto.subtle, TextEncoder/TextDecoder, Uint8Array). The checks and the error
// messages are those of the Node.js build (./signature.js); the shared part, the loop over the
// signatures included, is ./signature-common.js.
//
// Keys taken: CryptoKey; JWK (EC P-256/384/521, RSA, OKP Ed25519/Ed448, oct for HS*); PEM
// "PUBLIC KEY" (SPKI), "RSA PUBLIC KEY" (PKCS#1), "PRIVATE KEY" (PKCS#8, its public half is
// used) and "CERTIFICATE" (X.509: its SubjectPublicKeyInfo, found by a DER walk); secrets for
// HS* as a Uint8Array, an ArrayBuffer or a string (UTF-8). Node's KeyObject does not exist here.

const { KEY_TYPES, CURVES, JWK_TYPES, family, canonicalize, base64urlDecode, makeVerifier } = require('./signature-common')

/** Curve names (JWK `crv`, WebCrypto `namedCurve`) as node:crypto gives them, and back. */
const CURVE_NAMES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', secp256k1: 'secp256k1' }
const WEB_CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }
/** Key types (as node:crypto names them) of OKP curves and of WebCrypto algorithms. */
const OKP_TYPES = { Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' }
const WEB_TYPES = { ...OKP_TYPES, ECDSA: 'ec', ECDH: 'ec', 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', 'RSA-OAEP': 'rsa' }
/** DER object identifiers (content bytes, hex) of SubjectPublicKeyInfo algorithms and curves. */
const KEY_OIDS = {
  '2a8648ce3d0201': 'ec',
  '2a864886f70d010101': 'rsa',
  '2a864886f70d01010a': 'rsa-pss',
  '2b6570': 'ed25519',
  '2b6571': 'ed448',
  '2b656e': 'x25519',
  '2b656f': 'x448',
  '2a8648ce380401': 'dsa',
}
const CURVE_OIDS = { '2a8648ce3d030107': 'prime256v1', '2b81040022': 'secp384r1', '2b81040023': 'secp521r1', '2b8104000a': 'secp256k1' }
/** AlgorithmIdentifier { rsaEncryption, NULL }: WebCrypto imports RSA keys under this OID only. */
const RSA_ENCRYPTION = Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00)
const HASHES = { 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' }

function subtle() {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) {
    throw new Error('Agent Card signature verification needs WebCrypto (globalThis.crypto.subtle), which this runtime does not provide (browsers provide it in secure contexts only)')
  }
  return subtle
}

const unsupported = (alg) => new Error(`Unsupported "alg" value for a JSON Web Signature: ${alg}`)

function hashOf(alg) {
  const hash = HASHES[alg.slice(2)]
  if (!hash) throw unsupported(alg)
  return hash
}

/** The WebCrypto algorithm to import a key of `type` (and `curve`) with, to verify `alg`. */
function importAlgorithm(alg, type, curve) {
  if (alg.startsWith('HS')) return { name: 'HMAC', hash: hashOf(alg) }
  switch (family(alg)) {
    case 'Ed':
      return { name: type === 'ed448' ? 'Ed448' : 'Ed25519' }
    case 'ES':
      hashOf(alg)
      return { name: 'ECDSA', namedCurve: WEB_CURVES[curve] }
    case 'RS':
      return { name: 'RSASSA-PKCS1-v1_5', hash: hashOf(alg) }
    case 'PS':
      return { name: 'RSA-PSS', hash: hashOf(alg) }
  }
  throw unsupported(alg)
}

/** Throws when a key of `kind` ('secret' or not), `type` and `curve` does not fit `alg` (as signature.js checks). */
function check(kind, type, curve, alg) {
  if (alg.startsWith('HS')) {
    if (kind !== 'secret') throw new TypeError('Invalid key type')
    return
  }
  if (kind === 'secret' || !(KEY_TYPES[family(alg)] ?? []).includes(type)) throw new TypeError('Invalid key type')
  if (CURVES[alg] && curve !== CURVES[alg]) throw new TypeError('Named curve mismatch')
}

/** `subtle.importKey`, with the reason in the error when the runtime refuses the key. */
async function importKey(format, data, algorithm, what, usages = ['verify'], extractable = false) {
  const crypto = subtle()
  try {
    return await crypto.importKey(format, data, algorithm, extractable, usages)
  } catch (error) {
    const reason = `${error?.name ?? 'Error'}: ${error?.message ?? error}`
    if (algorithm.name.startsWith('Ed') && error?.name === 'NotSupportedError') {
      throw new TypeError(`This runtime's WebCrypto does not support ${algorithm.name} keys (${reason}); ${algorithm.name} signatures verify on Node.js >= 20, Deno, Cloudflare Workers and browsers with WebCrypto ${algorithm.name}`)
    }
    throw new TypeError(`Failed to import the ${what} for ${algorithm.name} with WebCrypto (${reason})`)
  }
}

/** An HMAC key of `bytes`; an empty secret becomes one zero byte, the same HMAC key (WebCrypto refuses empty ones). */
const secretKey = (bytes, alg) => importKey('raw', bytes.length === 0 ? new Uint8Array(1) : bytes, importAlgorithm(alg), 'secret')

/** The public members of a JWK (WebCrypto refuses `alg`, `key_ops`, `use` that do not fit, and private members for 'verify'). */
function publicJwk(jwk) {
  if (jwk.kty === 'RSA') return { kty: 'RSA', n: jwk.n, e: jwk.e }
  if (jwk.kty === 'EC') return { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x }
}

// ---- DER, as much as SubjectPublicKeyInfo, PKCS#8 and X.509 certificates need

/** The element at `at` (no further than `end`): tag, start of the content, end. Throws when malformed. */
function element(der, at, end = der.length) {
  if (at + 2 > end || (der[at] & 0x1f) === 0x1f) throw new Error('malformed DER')
  let length = der[at + 1]
  let start = at + 2
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4 || start + count > end) throw new Error('malformed DER')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + der[start++]
  }
  if (start + length > end) throw new Error('malformed DER')
  return { tag: der[at], at, start, end: start + length }
}

/** The elements inside a constructed `node`, checked to be of `tags` (as many, in order) when given. */
function children(der, node, tags) {
  const list = []
  for (let at = node.start; at < node.end; at = list[list.length - 1].end) list.push(element(der, at, node.end))
  if (tags && (list.length < tags.length || tags.some((tag, i) => list[i].tag !== tag))) throw new Error('malformed DER')
  return list
}

/** The single top-level SEQUENCE of `der`. */
function sequence(der) {
  const top = element(der, 0)
  if (top.tag !== 0x30 || top.end !== der.length) throw new Error('malformed DER')
  return top
}

const hex = (der, node) => Array.from(der.subarray(node.start, node.end), (b) => b.toString(16).padStart(2, '0')).join('')

/** Key type and curve named by an AlgorithmIdentifier. */
function algorithmOf(der, algorithm) {
  const [oid, parameters] = children(der, algorithm, [0x06])
  const type = KEY_OIDS[hex(der, oid)]
  return { type, curve: type === 'ec' && parameters?.tag === 0x06 ? CURVE_OIDS[hex(der, parameters)] : undefined }
}

function encode(tag, ...parts) {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const header = length < 0x80 ? [tag, length] : [tag, 0x80 | bigEndian(length).length, ...bigEndian(length)]
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let at = header.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
const bigEndian = (n) => (n > 0xff ? [...bigEndian(Math.floor(n / 256)), n & 0xff] : [n])

/** `der` (a SEQUENCE holding an AlgorithmIdentifier) with that identifier replaced by rsaEncryption. */
function asRsaEncryption(der, top, algorithm) {
  return encode(0x30, der.subarray(top.start, algorithm.at), RSA_ENCRYPTION, der.subarray(algorithm.end, top.end))
}

/** The SubjectPublicKeyInfo of an X.509 certificate (DER). */
function subjectPublicKeyInfo(der) {
  const [tbs] = children(der, sequence(der), [0x30, 0x30, 0x03])
  let fields = children(der, tbs)
  if (fields[0]?.tag === 0xa0) fields = fields.slice(1) // [0] version
  // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
  const tags = [0x02, 0x30, 0x30, 0x30, 0x30, 0x30]
  if (fields.length < tags.length || tags.some((tag, i) => fields[i].tag !== tag)) throw new Error('malformed DER')
  return der.slice(fields[5].at, fields[5].end)
}

/** The DER of the first PEM block labelled `label` (any label when not given), and its label. */
function pemBlock(text, label = '[A-Z0-9 ]+') {
  const match = new RegExp(`-----BEGIN (${label})-----([^-]*)-----END \\1-----`).exec(text)
  if (!match) return undefined
  const body = match[2].replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) return { label: match[1], der: new Uint8Array(0) }
  return { label: match[1], der: base64urlDecode(body) }
}

// ---- keys

/** A verification key for `alg` from a SubjectPublicKeyInfo (DER). */
async function fromSpki(der, alg) {
  let top, algorithm, info
  try {
    top = sequence(der)
    ;[algorithm] = children(der, top, [0x30, 0x03])
    info = algorithmOf(der, algorithm)
  } catch {
    throw new TypeError('Failed to parse the PEM-encoded public key')
  }
  check('public', info.type, info.curve, alg)
  if (info.type === 'rsa-pss') der = asRsaEncryption(der, top, algorithm)
  return importKey('spki', der, importAlgorithm(alg, info.type, info.curve), 'public key')
}

/** A verification key for `alg` from the public half of a PKCS#8 private key (DER). */
async function fromPkcs8(der, alg) {
  let top, algorithm, info
  try {
    top = sequence(der)
    ;[, algorithm] = children(der, top, [0x02, 0x30, 0x04])
    info = algorithmOf(der, algorithm)
  } catch {
    throw new TypeError('Failed to parse the PEM-encoded private key')
  }
  check('public', info.type, info.curve, alg)
  if (info.type === 'rsa-pss') der = asRsaEncryption(der, top, algorithm)
  const privateKey = await importKey('pkcs8', der, importAlgorithm(alg, info.type, info.curve), 'private key', ['sign'], true)
  return importKey('jwk', publicJwk(await subtle().exportKey('jwk', privateKey)), importAlgorithm(alg, info.type, info.curve), 'public key')
}

/** A verification key for `alg` from PEM text. */
function fromPem(text, alg) {
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    let spki
    try {
      spki = subjectPublicKeyInfo(pemBlock(text, 'CERTIFICATE').der)
    } catch {
      throw new TypeError('Failed to parse the X.509 certificate')
    }
    return fromSpki(spki, alg)
  }
  const block = pemBlock(text)
  if (block?.label === 'PUBLIC KEY') return fromSpki(block.der, alg)
  if (block?.label === 'RSA PUBLIC KEY') return fromSpki(encode(0x30, RSA_ENCRYPTION, encode(0x03, [0], block.der)), alg)
  if (block?.label === 'PRIVATE KEY') return fromPkcs8(block.der, alg)
  throw new TypeError(
    `${block ? `PEM "${block.label}" keys are` : 'This PEM text is'} not supported by the web build of Agent Card verification (only the Node.js build reads it); pass the public key as PEM "PUBLIC KEY" (SPKI), a certificate, a JWK or a CryptoKey instead`,
  )
}

/** A verification key for `alg` from a CryptoKey: itself when WebCrypto can verify `alg` with it, else re-imported. */
async function fromCryptoKey(key, alg) {
  const type = key.type === 'secret' ? undefined : WEB_TYPES[key.algorithm?.name]
  const curve = CURVE_NAMES[key.algorithm?.namedCurve]
  check(key.type, type, curve, alg)
  const wanted = importAlgorithm(alg, type, curve)
  const fits = key.algorithm.name === wanted.name && (!wanted.hash || key.algorithm.hash?.name === wanted.hash)
  if (fits && key.type !== 'private' && key.usages.includes('verify')) return key
  if (!key.extractable) {
    throw new TypeError(
      `The ${key.type} ${key.algorithm.name} CryptoKey cannot verify ${alg} signatures with WebCrypto and is not extractable; pass ${
        key.type === 'private' ? 'the public key' : `a key imported as ${wanted.name}${wanted.hash ? ` with ${wanted.hash}` : ''} for "verify"`
      } (or an extractable one)`,
    )
  }
  if (key.type === 'secret') return secretKey(new Uint8Array(await subtle().exportKey('raw', key)), alg)
  return importKey('jwk', publicJwk(await subtle().exportKey('jwk', key)), wanted, 'CryptoKey')
}

/** A verification key for `alg` from a JWK. */
function fromJwk(jwk, alg) {
  const type = jwk.kty === 'EC' ? 'ec' : jwk.kty === 'RSA' ? 'rsa' : OKP_TYPES[jwk.crv]
  const curve = jwk.kty === 'EC' ? (CURVE_NAMES[jwk.crv] ?? String(jwk.crv)) : undefined
  check('public', type, curve, alg)
  return importKey('jwk', publicJwk(jwk), importAlgorithm(alg, type, curve), 'JWK')
}

/** The key to verify `alg` with, from what a key provider may give (checked as signature.js does). */
async function keyFor(key, alg) {
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return fromCryptoKey(key, alg)
  if (key instanceof ArrayBuffer) key = new Uint8Array(key)
  if (key instanceof Uint8Array) {
    if (!alg.startsWith('HS')) {
      throw new TypeError(`Key for the ${alg} algorithm must be one of type CryptoKey, KeyObject, or JSON Web Key. Received an instance of Uint8Array`)
    }
    return secretKey(key, alg)
  }
  if (typeof key === 'string') {
    if (alg.startsWith('HS')) return secretKey(new TextEncoder().encode(key), alg)
    if (!key.includes('-----BEGIN ')) throw new Error('Expected a PEM-encoded public key or certificate string for Agent Card verification')
    return fromPem(key, alg)
  }
  if (key && typeof key === 'object') {
    const wanted = alg.startsWith('HS') ? 'oct' : JWK_TYPES[family(alg)]
    if (key.kty !== wanted) throw new Error('Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
    if (key.kty === 'oct') return secretKey(base64urlDecode(String(key.k ?? '')), alg)
    return fromJwk(key, alg)
  }
  throw new TypeError('Agent Card verification key must be a CryptoKey, Uint8Array, PEM text or JWK')
}

/** Whether `signature` (bytes) signs `input` (bytes) under `alg` with the CryptoKey `key`. */
function verify(alg, key, input, signature) {
  let algorithm
  if (alg.startsWith('HS')) algorithm = { name: 'HMAC' }
  else if (alg === 'EdDSA' || alg === 'Ed25519') algorithm = { name: key.algorithm.name }
  else if (alg.startsWith('ES')) algorithm = { name: 'ECDSA', hash: hashOf(alg) } // IEEE P1363 r||s, as JWS has it
  else if (alg.startsWith('RS')) algorithm = { name: 'RSASSA-PKCS1-v1_5' }
  else if (alg.startsWith('PS')) algorithm = { name: 'RSA-PSS', saltLength: Number(alg.slice(2)) / 8 }
  else throw unsupported(alg)
  return subtle().verify(algorithm, key, signature, input)
}

/**
 * Resolves with the card when it has no signatures or when one of them verifies; rejects
 * with a MastraClientError listing why each failed otherwise.
 */
const verifyAgentCardSignatures = makeVerifier({ keyFor, verify })

module.exports = { verifyAgentCardSignatures, canonicalize }
