// index.d.ts against callers written for @mastra/client-js: the app fixture (a migrated
// lib/mastra/mastra-client.ts and routes that use it) must type-check unchanged, and the
// `@ts-expect-error` lines in it prove that wrong calls are still caught.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

test('a client-js caller type-checks against index.d.ts, and mistakes are caught', () => {
  const tsc = require.resolve('typescript/bin/tsc')
  const project = fileURLToPath(new URL('./fixtures/app/tsconfig.json', import.meta.url))
  const run = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' })
  assert.equal(run.status, 0, `tsc failed:\n${run.stdout}${run.stderr}`)
})
