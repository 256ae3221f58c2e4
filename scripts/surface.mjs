// The surface report: which public methods of @mastra/client-js 1.47.0's MastraClient (and
// of every object it makes) the native package has, is missing, or has in excess.
//
//   npm run surface [-- flags]      (or: node scripts/surface.mjs [flags], Node ≥ 22.13)
//     --json           the whole comparison as JSON
//     --class <Name>   one class only
//     --missing        list only the missing methods
//     --strict         exit 1 if any method is missing
//
// Both clients are walked the same way at run time (see tools/surface.mjs);
// members client-js's d.ts marks `private`/`protected` are listed apart, never as missing.
// Needs the native addon built (binding.js and the .node file).

import { compareSurfaces } from '../tools/surface.mjs'

function parseArgs(argv) {
  const flags = { json: false, className: undefined, missingOnly: false, strict: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') flags.json = true
    else if (arg === '--missing') flags.missingOnly = true
    else if (arg === '--strict') flags.strict = true
    else if (arg === '--class') flags.className = argv[++i]
    else if (arg.startsWith('--class=')) flags.className = arg.slice('--class='.length)
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/surface.mjs [--json] [--class <Name>] [--missing] [--strict]')
      process.exit(0)
    } else {
      console.error(`surface: unknown argument ${arg}`)
      process.exit(2)
    }
  }
  if (flags.className === undefined && argv.includes('--class')) {
    console.error('surface: --class needs a class name')
    process.exit(2)
  }
  return flags
}

const wrap = (names, indent = '      ') => {
  const lines = []
  let line = ''
  for (const name of names) {
    if (line && line.length + name.length + 2 > 96) {
      lines.push(line)
      line = ''
    }
    line += (line ? ', ' : '') + name
  }
  if (line) lines.push(line)
  return lines.map((l) => indent + l).join('\n')
}

const flags = parseArgs(process.argv.slice(2))
const report = await compareSurfaces()
let classes = report.classes
if (flags.className) {
  classes = classes.filter((c) => c.name === flags.className)
  if (classes.length === 0) {
    console.error(`surface: no class ${flags.className}; classes: ${report.classes.map((c) => c.name).join(', ')}`)
    process.exit(2)
  }
}
const missingTotal = classes.reduce((n, c) => n + c.missing.length, 0)

if (flags.json) {
  const out = flags.className ? { classes } : report
  if (flags.missingOnly) {
    out.classes = classes.filter((c) => c.missing.length > 0).map((c) => ({ name: c.name, missing: c.missing }))
  }
  console.log(JSON.stringify(out, null, 2))
} else if (flags.missingOnly) {
  for (const c of classes) {
    if (c.missing.length === 0) continue
    console.log(`${c.name} (${c.missing.length} missing${c.reachedNative ? '' : ', class not reached on the native side'})`)
    console.log(wrap(c.missing, '  '))
  }
  console.log(`missing: ${missingTotal}`)
} else {
  const width = Math.max(...classes.map((c) => c.name.length), 5)
  console.log(`${'class'.padEnd(width)}  present  missing  extra  private  reached (client-js)`)
  for (const c of classes) {
    const cells = [c.present.length, c.missing.length, c.extra.length, c.private.length].map((n, i) => String(n).padStart([7, 7, 5, 7][i]))
    console.log(`${c.name.padEnd(width)}  ${cells.join('  ')}  ${c.viaJs ?? '(native only: ' + c.viaNative + ')'}`)
    if (c.missing.length > 0) console.log(`    missing${c.reachedNative ? '' : ' (class not reached on the native side)'}:\n${wrap(c.missing)}`)
    if (c.extra.length > 0) console.log(`    extra:\n${wrap(c.extra)}`)
  }
  if (!flags.className) {
    const t = report.totals
    console.log('')
    console.log(`client-js: ${t.js} public methods on ${t.classesJs} classes (+ ${t.private} private, not counted)`)
    console.log(`native:    ${t.native} methods on ${t.classesNative} classes`)
    console.log(`present ${t.present}, missing ${t.missing}, extra ${t.extra}`)
    const withRequest = report.classes.filter((c) => c.missing.includes('request')).length
    if (withRequest > 0) {
      console.log(`(missing includes \`request\`, BaseResource's public raw-request method, on ${withRequest} classes)`)
    }
    for (const side of ['js', 'native']) {
      for (const line of report.unreached[side]) console.log(`note (${side}): ${line}`)
    }
  }
}

if (flags.strict && missingTotal > 0) process.exitCode = 1
