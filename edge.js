'use strict'
// The fetch build on the server side of runtimes where a native addon cannot load: Next.js
// edge routes and middleware, Vercel Edge, Cloudflare Workers, Deno. Same exports, classes
// and requests as the Node.js build (index.js); requests go through the platform's `fetch`.

const { useDefaultTransport } = require('./lib/surface')
const { fetchTransport } = require('./lib/transport/fetch-adapter')
const { moduleExports, envVar } = require('./lib/exports')

useDefaultTransport(fetchTransport)

// `mastraClient` sends `Authorization: Bearer $JWT_TOKEN` when the runtime has it set.
const { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError } = moduleExports(() => envVar('JWT_TOKEN'))

// Named here so that Node's ESM loader (and bundlers) see the names of this CommonJS module.
module.exports = { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }
