'use strict'
// The fetch build on the server side of runtimes where a native addon cannot load: Next.js
// edge routes and middleware, Vercel Edge, Cloudflare Workers, Deno. Same exports, classes
// and requests as the Node.js build (index.js); requests go through the platform's `fetch`.

const { useDefaultTransport } = require('./lib/surface')
const { fetchTransport } = require('./lib/transport/fetch-adapter')
const { moduleExports, envVar, clientValues } = require('./lib/exports')

useDefaultTransport(fetchTransport)

// `mastraClient` sends `Authorization: Bearer $JWT_TOKEN` when the runtime has it set.
const { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError } = moduleExports(() => envVar('JWT_TOKEN'))

// Named here so that Node's ESM loader (and bundlers) see the names of this CommonJS module.
module.exports = { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }

// client-js's other values, each loaded at its first read (lib/exports.js `clientValues`).
Object.defineProperty(module.exports, 'RequestContext', { enumerable: true, get() { return clientValues.RequestContext } })
Object.defineProperty(module.exports, 'ClientTool', { enumerable: true, get() { return clientValues.ClientTool } })
Object.defineProperty(module.exports, 'createTool', { enumerable: true, get() { return clientValues.createTool } })
Object.defineProperty(module.exports, 'agentControllerMessageText', { enumerable: true, get() { return clientValues.agentControllerMessageText } })
Object.defineProperty(module.exports, 'isKnownAgentControllerEvent', { enumerable: true, get() { return clientValues.isKnownAgentControllerEvent } })
