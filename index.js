'use strict'
// mastra-client-native: a drop-in replacement for an app's `lib/mastra/mastra-client.ts`,
// with @mastra/client-js's `MastraClient` API on a native (Rust) HTTP core. This is the
// Node.js build; browsers and edge runtimes get the fetch build (browser.js, edge.js) by
// the package's export conditions.

const { useDefaultTransport } = require('./lib/surface')
const { createNativeTransport } = require('./lib/transport/native')
const { moduleExports, envVar, clientValues } = require('./lib/exports')

// Requests go through the native core; a client given `fetch` uses that instead.
useDefaultTransport(createNativeTransport)

// `mastraClient` sends `Authorization: Bearer $JWT_TOKEN` when it is set (server to server).
const { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError } = moduleExports(() => envVar('JWT_TOKEN'))

// Named here so that Node's ESM loader (and bundlers) see the names of this CommonJS module.
module.exports = { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }

// client-js's other values, each loaded at its first read (lib/exports.js `clientValues`).
Object.defineProperty(module.exports, 'RequestContext', { enumerable: true, get() { return clientValues.RequestContext } })
Object.defineProperty(module.exports, 'ClientTool', { enumerable: true, get() { return clientValues.ClientTool } })
Object.defineProperty(module.exports, 'createTool', { enumerable: true, get() { return clientValues.createTool } })
Object.defineProperty(module.exports, 'agentControllerMessageText', { enumerable: true, get() { return clientValues.agentControllerMessageText } })
Object.defineProperty(module.exports, 'isKnownAgentControllerEvent', { enumerable: true, get() { return clientValues.isKnownAgentControllerEvent } })
