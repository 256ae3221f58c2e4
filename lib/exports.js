'use strict'
// The exports of the module this package replaces (`lib/mastra/mastra-client.ts`), the same
// for every build: `getMastraBaseUrl`, `mastraClient`, `createMastraClient`, and the values
// @mastra/client-js exports: `MastraClient`, `MastraClientError`, and (`clientValues`, loaded
// at first use) `RequestContext`, `ClientTool`, `createTool`, `agentControllerMessageText`,
// `isKnownAgentControllerEvent`. Each entry (index.js: native; edge.js and browser.js: fetch)
// says how the service token is found.

const { MastraClient } = require('./surface')
const { MastraClientError } = require('./errors')
const { BEARER } = require('./values')

const DEFAULT_BASE_URL = 'http://localhost:4111'

/** An environment variable, where the platform has them (not in browsers or bare workers). */
function envVar(name) {
  return typeof process !== 'undefined' && process.env ? process.env[name] : undefined
}

/** `MASTRA_BASE_URL` when set and not empty, else `http://localhost:4111`; read at each call. */
function getMastraBaseUrl() {
  return envVar('MASTRA_BASE_URL') || DEFAULT_BASE_URL
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

/**
 * The module's exports; `serviceToken()` gives the token of `mastraClient`, the service-level
 * client made once at load (none: no Authorization header).
 */
function moduleExports(serviceToken) {
  const token = serviceToken()
  const mastraClient = new MastraClient({ baseUrl: getMastraBaseUrl(), [BEARER]: token || undefined })
  return { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }
}

/**
 * client-js's other values, each file loaded when one of its values is first read, so that
 * loading the package does not grow with them: the entries define their exports as getters
 * reading these (`get() { return clientValues.RequestContext }`, a form Node's ESM loader and
 * bundlers see by name). The same object on every read.
 */
const clientValues = Object.defineProperties(
  {},
  {
    RequestContext: { enumerable: true, get: () => require('./client-values').RequestContext },
    ClientTool: { enumerable: true, get: () => require('./client-values').ClientTool },
    createTool: { enumerable: true, get: () => require('./client-values').createTool },
    agentControllerMessageText: { enumerable: true, get: () => require('./client-values').agentControllerMessageText },
    isKnownAgentControllerEvent: { enumerable: true, get: () => require('./client-values').isKnownAgentControllerEvent },
  },
)

module.exports = { moduleExports, envVar, clientValues }
