'use strict'
// Child process of seed.test.mjs: loads the package with the environment it was given,
// makes at most one call, and prints what it saw as one line of JSON.
//   node seed-child.cjs '{"call":"service"}'            -> mastraClient.listAgents()
//   node seed-child.cjs '{"call":"create","args":["t"]}' -> createMastraClient(...args).listAgents()
//   node seed-child.cjs '{}'                            -> no call
const mod = require('../../index.js')

async function main() {
  const op = JSON.parse(process.argv[2] || '{}')
  const out = {
    baseUrl: mod.getMastraBaseUrl(),
    exports: Object.keys(mod).sort(),
    env: { MASTRA_BASE_URL: process.env.MASTRA_BASE_URL ?? null, JWT_TOKEN: process.env.JWT_TOKEN ?? null },
  }
  try {
    if (op.call === 'service') out.result = await mod.mastraClient.listAgents()
    else if (op.call === 'create') out.result = await mod.createMastraClient(...(op.args ?? [])).listAgents()
    out.ok = true
  } catch (err) {
    out.ok = false
    out.error = { name: err && err.name, message: err && err.message }
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}

main().catch((err) => {
  process.stderr.write(String((err && err.stack) || err))
  process.exitCode = 1
})
