'use strict'
// `prepack` / `postpack`: the published package.json leaves out what only a clone uses — the
// `prepare` build and the other dev scripts, devDependencies, allowScripts — so that
// installing the package lists no install script. `strip` keeps the clone's file beside it
// and `restore` puts it back (a strip after a failed pack restores first).
const fs = require('node:fs')
const path = require('node:path')

const file = path.join(__dirname, '..', 'package.json')
const kept = path.join(__dirname, '..', '.package.dev.json')
const DEV_ONLY = ['devDependencies', 'allowScripts']

function restore() {
  if (fs.existsSync(kept)) fs.renameSync(kept, file)
}

function strip() {
  restore()
  const text = fs.readFileSync(file, 'utf8')
  const manifest = JSON.parse(text)
  for (const key of DEV_ONLY) delete manifest[key]
  delete manifest.scripts
  fs.writeFileSync(kept, text)
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
}

const actions = { strip, restore }
const action = actions[process.argv[2]]
if (!action) {
  console.error(`usage: node scripts/manifest.cjs ${Object.keys(actions).join('|')}`)
  process.exit(2)
}
action()
