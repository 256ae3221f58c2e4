'use strict'
// Agent card signatures (A2A): each signature is a detached JWS over the card without its
// `signatures`, canonicalized as JSON (RFC 8785). The card passes when one signature
// verifies with the key the caller's `keyProvider` gives for it.

const crypto = require('node:crypto')
const { MastraClientError } = require('../../errors')

const DEFAULT_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']

/** RFC 8785 canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. */
function canonicalize(value) {
  if (value === null || typeof value !== 'object' || value.toJSON != null) return JSON.stringify(value)
  if (Array.isArray(value)) {
    return `[${value.map((v) => canonicalize(v === undefined || typeof v === 'symbol' ? null : v)).join(',')}]`
  }
  const members = []
  for (const key of Object.keys(value).sort()) {
    const v = value[key]
    if (v === undefined || typeof v === 'symbol') continue
    members.push(`${JSON.stringify(key)}:${canonicalize(v)}`)
  }
  return `{${members.join(',')}}`
}

/** The protected header of a signature, decoded. */
function protectedHeaderOf(signature) {
  let header
  try {
    header = JSON.parse(Buffer.from(String(signature.protected ?? ''), 'base64url').toString('utf8'))
  } catch {
    throw new Error('Invalid Token or Protected Header formatting')
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) throw new Error('Invalid Token or Protected Header formatting')
  return header
}

/** The key types and curves each JWS algorithm family verifies with. */
const KEY_TYPES = { ES: ['ec'], RS: ['rsa'], PS: ['rsa', 'rsa-pss'], Ed: ['ed25519', 'ed448'] }
const CURVES = { ES256: 'prime256v1', ES384: 'secp384r1', ES512: 'secp521r1' }
/** The JWK key type each algorithm family takes. */
const JWK_TYPES = { ES: 'EC', RS: 'RSA', PS: 'RSA', Ed: 'OKP' }

const family = (alg) => (alg === 'EdDSA' || alg === 'Ed25519' ? 'Ed' : alg.slice(0, 2))

/** The key to verify `alg` with, from what a key provider may give. */
function keyFor(key, alg) {
  if (key instanceof crypto.KeyObject) return checked(key, alg)
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return checked(crypto.KeyObject.from(key), alg)
  if (key instanceof ArrayBuffer) key = new Uint8Array(key)
  if (key instanceof Uint8Array) {
    if (!alg.startsWith('HS')) {
      throw new TypeError(`Key for the ${alg} algorithm must be one of type CryptoKey, KeyObject, or JSON Web Key. Received an instance of Uint8Array`)
    }
    return crypto.createSecretKey(key)
  }
  if (typeof key === 'string') {
    if (alg.startsWith('HS')) return crypto.createSecretKey(Buffer.from(key, 'utf8'))
    if (!key.includes('-----BEGIN ')) throw new Error('Expected a PEM-encoded public key or certificate string for Agent Card verification')
    if (key.includes('-----BEGIN CERTIFICATE-----')) {
      let certificate
      try {
        certificate = new crypto.X509Certificate(key)
      } catch {
        throw new TypeError('Failed to parse the X.509 certificate')
      }
      return checked(certificate.publicKey, alg)
    }
    return checked(crypto.createPublicKey(key), alg)
  }
  if (key && typeof key === 'object') {
    const wanted = alg.startsWith('HS') ? 'oct' : JWK_TYPES[family(alg)]
    if (key.kty !== wanted) throw new Error('Invalid or unsupported JWK "alg" (Algorithm) Parameter value')
    if (key.kty === 'oct') return crypto.createSecretKey(Buffer.from(String(key.k ?? ''), 'base64url'))
    return checked(crypto.createPublicKey({ key, format: 'jwk' }), alg)
  }
  throw new TypeError('Agent Card verification key must be a CryptoKey, Uint8Array, PEM text or JWK')
}

/** `key`, when its type (and curve) fits `alg`. */
function checked(key, alg) {
  if (alg.startsWith('HS')) {
    if (key.type !== 'secret') throw new TypeError('Invalid key type')
    return key
  }
  if (key.type === 'secret' || !(KEY_TYPES[family(alg)] ?? []).includes(key.asymmetricKeyType)) throw new TypeError('Invalid key type')
  if (CURVES[alg] && key.asymmetricKeyDetails?.namedCurve !== CURVES[alg]) throw new TypeError('Named curve mismatch')
  return key
}

/** Whether `signature` (bytes) signs `input` under `alg` with `key`. */
function verifies(alg, key, input, signature) {
  const bits = alg.slice(2)
  const hash = `sha${bits}`
  if (alg.startsWith('HS')) {
    const mac = crypto.createHmac(hash, key).update(input).digest()
    return mac.length === signature.length && crypto.timingSafeEqual(mac, signature)
  }
  if (alg === 'EdDSA' || alg === 'Ed25519') return crypto.verify(null, input, key, signature)
  if (alg.startsWith('ES')) return crypto.verify(hash, input, { key, dsaEncoding: 'ieee-p1363' }, signature)
  if (alg.startsWith('RS')) return crypto.verify(hash, input, key, signature)
  if (alg.startsWith('PS')) {
    return crypto.verify(hash, input, { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(bits) / 8 }, signature)
  }
  throw new Error(`Unsupported "alg" value for a JSON Web Signature: ${alg}`)
}

/** Checks one signature of the card; throws with the reason when it does not verify. */
async function checkSignature(card, signature, index, payload, options, algorithms) {
  const header = protectedHeaderOf(signature)
  if (typeof header.alg !== 'string') throw new Error('Agent Card signature is missing a protected "alg" header')
  if (!algorithms.includes(header.alg)) throw new Error(`Agent Card signature algorithm "${header.alg}" is not allowed`)
  const provided = await options.keyProvider({
    agentCard: card,
    signature,
    protectedHeader: header,
    alg: header.alg,
    kid: typeof header.kid === 'string' ? header.kid : undefined,
    jku: typeof header.jku === 'string' ? header.jku : undefined,
    index,
  })
  if (!provided) throw new Error('No verification key was provided for Agent Card signature verification')
  const input = Buffer.from(`${signature.protected}.${payload}`, 'ascii')
  const bytes = Buffer.from(String(signature.signature ?? ''), 'base64url')
  if (!verifies(header.alg, keyFor(provided, header.alg), input, bytes)) throw new Error('signature verification failed')
}

/**
 * Resolves with the card when it has no signatures or when one of them verifies; rejects
 * with a MastraClientError listing why each failed otherwise.
 */
async function verifyAgentCardSignatures(card, options) {
  const signatures = card.signatures ?? []
  if (signatures.length === 0) return card
  const unsigned = structuredClone(card)
  delete unsigned.signatures
  const canonical = canonicalize(unsigned)
  if (!canonical) throw new MastraClientError(200, 'OK', 'Failed to canonicalize A2A Agent Card for signature verification')
  const payload = Buffer.from(canonical, 'utf8').toString('base64url')
  const algorithms = options.algorithms ?? [...DEFAULT_ALGORITHMS]
  const errors = []
  for (const [index, signature] of signatures.entries()) {
    try {
      await checkSignature(card, signature, index, payload, options, algorithms)
      return card
    } catch (error) {
      errors.push(error instanceof Error ? error.message : 'Unknown verification failure')
    }
  }
  throw new MastraClientError(200, 'OK', `A2A Agent Card signature verification failed: ${errors.join('; ')}`)
}

module.exports = { verifyAgentCardSignatures, canonicalize }
