// Every method, on the wire: each case of __test__/cases/*.mjs runs on @mastra/client-js
// 1.47.0 and on the native package against one loopback recording server, and the requests
// and outcomes must match (the case format is documented at the top of
// support/wire-cases.mjs). The coverage tests fail for a native method that no case names.

import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { describeCases } from './support/wire-cases.mjs'
import { compareSurfaces } from '../tools/surface.mjs'

const T = { timeout: 10_000 } // a guard against hangs only
const files = await describeCases({ test, describe, before, after }, T)

describe('coverage', () => {
  let surface
  before(async () => {
    surface = await compareSurfaces()
  })
  const named = new Set(files.flatMap((f) => f.cases.map((c) => c.method)))

  test('every method of the native surface has a case', T, () => {
    const uncovered = []
    for (const c of surface.classes) {
      if (!c.reachedNative) continue
      for (const m of [...c.present, ...c.extra]) if (!named.has(`${c.name}.${m}`)) uncovered.push(`${c.name}.${m}`)
    }
    assert.deepEqual(uncovered, [], `native methods without a case in __test__/cases/*.mjs:\n  ${uncovered.join('\n  ')}`)
  })

  test('every case names a public method of client-js', T, () => {
    const publicJs = new Set(surface.classes.flatMap((c) => [...c.present, ...c.missing].map((m) => `${c.name}.${m}`)))
    const unknown = [...named].filter((m) => !publicJs.has(m))
    assert.deepEqual(unknown, [], `cases name methods client-js does not have (or has as private):\n  ${unknown.join('\n  ')}`)
  })
})
