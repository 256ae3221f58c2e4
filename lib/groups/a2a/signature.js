'use strict'
// Agent card signatures (A2A), Node.js build: the keys and the verification come from
// node:crypto (KeyObject, CryptoKey, PEM keys, X.509 certificates, JWK, secrets); the rest
// (canonical JSON, protected headers, the loop over the signatures) is ./signature-common.js,
// shared with the web build (./signature-web.js).

const crypto = require('node:crypto')
const { KEY_TYPES, CURVES, JWK_TYPES, family, canonicalize, makeVerifier } = require('./signature-common')

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

/** Whether `signature` (bytes) signs `input` (bytes) under `alg` with `key`. */
function verify(alg, key, input, signature) {
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

/**
 * Resolves with the card when it has no signatures or when one of them verifies; rejects
 * with a MastraClientError listing why each failed otherwise.
 */
const verifyAgentCardSignatures = makeVerifier({ keyFor, verify })

module.exports = { verifyAgentCardSignatures, canonicalize }
