'use strict'
// The fetch build for browsers (e.g. Next.js client components). Same exports, classes and
// requests as the Node.js build (index.js); requests go through the browser's `fetch`.
// A browser never holds the service token: `mastraClient` sends no Authorization header,
// and nothing here reads the server's environment for it.

const { useDefaultTransport } = require('./lib/surface')
const { fetchTransport } = require('./lib/transport/fetch-adapter')
const { moduleExports, clientValues } = require('./lib/exports')

useDefaultTransport(fetchTransport)

const { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError } = moduleExports(() => undefined)

// Named here so that Node's ESM loader (and bundlers) see the names of this CommonJS module.
module.exports = { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }

// client-js's other values, each loaded at its first read (lib/exports.js `clientValues`).
Object.defineProperty(module.exports, 'RequestContext', { enumerable: true, get() { return clientValues.RequestContext } })
Object.defineProperty(module.exports, 'ClientTool', { enumerable: true, get() { return clientValues.ClientTool } })
Object.defineProperty(module.exports, 'createTool', { enumerable: true, get() { return clientValues.createTool } })
Object.defineProperty(module.exports, 'agentControllerMessageText', { enumerable: true, get() { return clientValues.agentControllerMessageText } })
Object.defineProperty(module.exports, 'isKnownAgentControllerEvent', { enumerable: true, get() { return clientValues.isKnownAgentControllerEvent } })
