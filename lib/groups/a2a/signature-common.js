'use strict'
// Agent card signatures (A2A), the platform-neutral part shared by the Node.js build
// (./signature.js, node:crypto) and the web build (./signature-web.js, WebCrypto): each
// signature is a detached JWS over the card without its `signatures`, canonicalized as JSON
// (RFC 8785). The card passes when one signature verifies with the key the caller's
// `keyProvider` gives for it. Nothing here touches node:*, Buffer or process.

const { MastraClientError } = require('../../errors')

const DEFAULT_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']

/** The key types (as node:crypto names them) and curves each JWS algorithm family verifies with. */
const KEY_TYPES = { ES: ['ec'], RS: ['rsa'], PS: ['rsa', 'rsa-pss'], Ed: ['ed25519', 'ed448'] }
const CURVES = { ES256: 'prime256v1', ES384: 'secp384r1', ES512: 'secp521r1' }
/** The JWK key type each algorithm family takes. */
const JWK_TYPES = { ES: 'EC', RS: 'RSA', PS: 'RSA', Ed: 'OKP' }

const family = (alg) => (alg === 'EdDSA' || alg === 'Ed25519' ? 'Ed' : alg.slice(0, 2))

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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const SIXBITS = new Int8Array(256).fill(-1)
for (let i = 0; i < 64; i++) SIXBITS[ALPHABET.charCodeAt(i)] = i
SIXBITS[0x2b] = 62 // '+'
SIXBITS[0x2f] = 63 // '/'

/**
 * Base64url (or base64) text to bytes, as leniently as Node's `Buffer.from(text, 'base64url')`:
 * each character counts by its low byte, characters outside both alphabets are skipped, the
 * first '=' ends the data, and a dangling 6 bits are dropped.
 */
function base64urlDecode(text) {
  const out = new Uint8Array(Math.ceil((text.length * 3) / 4))
  let length = 0
  let bits = 0
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) & 0xff
    if (code === 0x3d) break // '='
    const value = SIXBITS[code]
    if (value < 0) continue
    bits = (bits << 6) | value
    count += 6
    if (count >= 8) {
      count -= 8
      out[length++] = (bits >> count) & 0xff
    }
  }
  return out.slice(0, length)
}

/** Bytes to unpadded base64url text. */
function base64urlEncode(bytes) {
  let text = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    text += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]
  }
  if (i < bytes.length) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8)
    text += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63]
    if (i + 1 < bytes.length) text += ALPHABET[(n >> 6) & 63]
  }
  return text
}

/** A string's bytes as Node's 'ascii'/'latin1' encoding gives them: the low byte of each code unit. */
function latin1Bytes(text) {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}

// ignoreBOM keeps a leading U+FEFF, as Buffer#toString('utf8') does (JSON.parse then refuses it).
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const utf8Encoder = new TextEncoder()

/** The protected header of a signature, decoded. */
function protectedHeaderOf(signature) {
  let header
  try {
    header = JSON.parse(utf8Decoder.decode(base64urlDecode(String(signature.protected ?? ''))))
  } catch {
    throw new Error('Invalid Token or Protected Header formatting')
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) throw new Error('Invalid Token or Protected Header formatting')
  return header
}

/**
 * Checks one signature of the card; throws with the reason when it does not verify.
 * `keyFor(key, alg)` turns what the key provider gave into a key for `verify` (it may return
 * a promise); `verify(alg, key, inputBytes, signatureBytes)` resolves to whether it verifies.
 */
async function checkSignature(card, signature, index, payload, options, algorithms, platform) {
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
  const input = latin1Bytes(`${signature.protected}.${payload}`)
  const bytes = base64urlDecode(String(signature.signature ?? ''))
  const key = await platform.keyFor(provided, header.alg)
  if (!(await platform.verify(header.alg, key, input, bytes))) throw new Error('signature verification failed')
}

/**
 * `verifyAgentCardSignatures(card, options)` for a platform's `{ keyFor, verify }`: resolves
 * with the card when it has no signatures or when one of them verifies; rejects with a
 * MastraClientError listing why each failed otherwise.
 */
function makeVerifier(platform) {
  return async function verifyAgentCardSignatures(card, options) {
    const signatures = card.signatures ?? []
    if (signatures.length === 0) return card
    const unsigned = structuredClone(card)
    delete unsigned.signatures
    const canonical = canonicalize(unsigned)
    if (!canonical) throw new MastraClientError(200, 'OK', 'Failed to canonicalize A2A Agent Card for signature verification')
    const payload = base64urlEncode(utf8Encoder.encode(canonical))
    const algorithms = options.algorithms ?? [...DEFAULT_ALGORITHMS]
    const errors = []
    for (const [index, signature] of signatures.entries()) {
      try {
        await checkSignature(card, signature, index, payload, options, algorithms, platform)
        return card
      } catch (error) {
        errors.push(error instanceof Error ? error.message : 'Unknown verification failure')
      }
    }
    throw new MastraClientError(200, 'OK', `A2A Agent Card signature verification failed: ${errors.join('; ')}`)
  }
}

module.exports = {
  DEFAULT_ALGORITHMS,
  KEY_TYPES,
  CURVES,
  JWK_TYPES,
  family,
  canonicalize,
  base64urlDecode,
  base64urlEncode,
  latin1Bytes,
  protectedHeaderOf,
  makeVerifier,
}
