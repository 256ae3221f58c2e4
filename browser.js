'use strict'
// The fetch build for browsers (e.g. Next.js client components). Same exports, classes and
// requests as the Node.js build (index.js); requests go through the browser's `fetch`.
// A browser never holds the service token: `mastraClient` sends no Authorization header,
// and nothing here reads the server's environment for it.

const { useDefaultTransport } = require('./lib/surface')
const { fetchTransport } = require('./lib/transport/fetch-adapter')
const { moduleExports } = require('./lib/exports')

useDefaultTransport(fetchTransport)

const { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError } = moduleExports(() => undefined)

// Named here so that Node's ESM loader (and bundlers) see the names of this CommonJS module.
module.exports = { getMastraBaseUrl, mastraClient, createMastraClient, MastraClient, MastraClientError }
