'use strict'
// `prepare`: builds the native addon in a clone (`npm install`, `npm ci`). npm does not run
// `prepare` for registry installs, and the published package.json has no scripts (see
// manifest.cjs); a user's binary comes from the platform package.
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const { spawnSync } = require('node:child_process')

const root = join(__dirname, '..')
if (!existsSync(join(root, 'Cargo.toml')) || !existsSync(join(root, 'src'))) {
  console.log('mastra-client-native: no Rust sources here, nothing to build')
  process.exit(0)
}
// `npm pack` and `npm publish` run `prepare` too: they package what was built before.
if (['pack', 'publish'].includes(process.env.npm_command)) process.exit(0)
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm']
const run = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], { cwd: root, stdio: 'inherit', shell: npm.length === 1 })
process.exit(run.status === null ? 1 : run.status)
