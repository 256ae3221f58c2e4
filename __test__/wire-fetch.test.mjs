// Every method on the wire, through the fetch build: the cases of __test__/cases/*.mjs run on
// @mastra/client-js 1.47.0 and on the package's edge entry (edge.js: the same facade over the
// platform's `fetch`, framing streams in JavaScript), against one loopback recording server;
// requests and outcomes must match, as for the native build (wire-surface.test.mjs).

import { test, describe, before, after } from 'node:test'
import { describeCases, useEntry } from './support/wire-cases.mjs'

const T = { timeout: 10_000 } // a guard against hangs only
useEntry('edge.js')
await describeCases({ test, describe, before, after }, T)

test('the cases above ran on the fetch transport, not the native one', async () => {
  const { loadNative } = await import('./support/wire-cases.mjs')
  const { CORE } = await import('../lib/core.js')
  const client = new (loadNative().MastraClient)({ baseUrl: 'http://127.0.0.1:1' })
  if (client[CORE].transport.kind !== 'fetch') throw new Error(`transport is ${client[CORE].transport.kind}`)
  const { createRequire } = await import('node:module')
  const loaded = Object.keys(createRequire(import.meta.url).cache)
  if (loaded.some((file) => file.endsWith('lib/transport/native.js') || file.endsWith('.node'))) {
    throw new Error('the native transport was loaded')
  }
})
