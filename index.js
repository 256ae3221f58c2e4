'use strict'
// mastra-client-native: a drop-in replacement for an app's `lib/mastra/mastra-client.ts`,
// with @mastra/client-js's `MastraClient` API on a native (Rust) HTTP core.

const { MastraClient, useDefaultTransport } = require('./lib/surface')
const { MastraClientError } = require('./lib/errors')
const { BEARER } = require('./lib/values')
const { createNativeTransport } = require('./lib/transport/native')

// On Node, requests go through the native core; a client given `fetch` uses it instead.
useDefaultTransport(createNativeTransport)

const DEFAULT_BASE_URL = 'http://localhost:4111'

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
function getMastraBaseUrl() {
  const fromEnv = process.env.MASTRA_BASE_URL
  return fromEnv ? fromEnv : DEFAULT_BASE_URL
}

/**
 * A new client on `getMastraBaseUrl()`. A token is sent as `Authorization: Bearer <token>`;
 * without one no Authorization header is sent (there is no fallback to `JWT_TOKEN`).
 */
function createMastraClient(token) {
  if (token !== undefined && token !== null && typeof token !== 'string') {
    throw new TypeError(`createMastraClient(token): token must be a string, got ${typeof token}`)
  }
  return new MastraClient({ baseUrl: getMastraBaseUrl(), [BEARER]: token || undefined })
}

/** The service-level client, made once at load from the environment of that moment. */
function createServiceClient() {
  const token = process.env.JWT_TOKEN
  return new MastraClient({ baseUrl: getMastraBaseUrl(), [BEARER]: token || undefined })
}

const mastraClient = createServiceClient()

module.exports = {
  getMastraBaseUrl,
  mastraClient,
  createMastraClient,
  MastraClient,
  MastraClientError,
}
