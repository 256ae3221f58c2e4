// The package's entries (index.js: Node; edge.js and browser.js: the fetch build) are
// CommonJS; each must show its five exports to Node's ESM loader by name, as bundlers and
// tools that import a CommonJS file (the benchmark, test runners) read them.

import { test } from 'node:test'
import assert from 'node:assert/strict'

const NAMES = ['MastraClient', 'MastraClientError', 'createMastraClient', 'getMastraBaseUrl', 'mastraClient']

for (const entry of ['index.js', 'edge.js', 'browser.js']) {
  test(`${entry}: import * gives the five exports by name`, async () => {
    const mod = await import(new URL(`../${entry}`, import.meta.url))
    assert.deepEqual(NAMES.filter((name) => mod[name] === undefined), [])
    assert.equal(mod.mastraClient.constructor, mod.MastraClient)
  })
}
