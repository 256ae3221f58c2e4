// The package's types as a true drop-in for @mastra/client-js 1.47.0 (issue 15). Three checks,
// made with TypeScript programs built in-process with the compiler API (typescript, a dev
// dependency) under --strict, always against the package entry `mastra-client-native` as
// resolved from the repo root (never a copy of its typings):
//
// 1. exports: every name client-js's dist/index.d.ts exports (values and types, read with
//    checker.getExportsOfModule, not from a list) is exported here too, a value as a value and
//    a type as a type, from both entries (`import`: index.d.mts, `require`: index.d.ts).
// 2. members: each class of client-js with a counterpart here (paired by name, or found by
//    following public members from MastraClient: getAgent() gives Agent, and so on) has each
//    public member here, and ours is assignable to client-js's member of the same name. A
//    client-js class is nominal (it has private and protected members), so the comparison is
//    against a copy of client-js's declarations with those members removed, served in memory;
//    a generated file holds one `let _n: Theirs['m'] = null as unknown as Ours['m']` line per
//    class and member, and its diagnostics are mapped back to `Class.member`.
// 3. snippets: the small apps in fixtures/types-dropin/snippets import '@mastra/client-js';
//    tsconfig.client-js.json maps that specifier to client-js and tsconfig.native.json to this
//    package (the repo root). Both compile under --strict; an error that only this package has
//    fails the test. A snippet must compile against client-js (checked first): if it does not,
//    the snippet is wrong. Run one side by hand with
//    `npx tsc -p __test__/fixtures/types-dropin/tsconfig.native.json`.
//
// The programs share parsed source files (client-js pulls in about 1000 declaration files of
// @mastra/core and others), so the parse is paid once. Nothing is written to disk (but
// known-gaps.json with KNOWN_GAPS=update, see below).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ts = require('typescript')

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
const FIXTURE = path.join(ROOT, '__test__/fixtures/types-dropin')
const CLIENT_JS_DIST = path.join(path.dirname(require.resolve('@mastra/client-js/package.json')), 'dist')
const CLIENT_JS_INDEX = path.join(CLIENT_JS_DIST, 'index.d.ts')
const MEMBERS_FILE = path.join(FIXTURE, 'members.generated.ts') // served in memory only

const rel = (file) => path.relative(ROOT, file)
const once = (fn) => {
  let value
  return () => (value ??= fn())
}

// ---------------------------------------------------------------------------------------------
// Shared compiler host: parsed files are cached by name and text, so every program below
// reuses what an earlier one parsed. `overrides` serves files from memory.

const sourceFiles = new Map()

function createHost(options, overrides = new Map()) {
  const host = ts.createCompilerHost(options, true)
  const { fileExists, readFile } = host
  host.fileExists = (file) => overrides.has(file) || fileExists.call(host, file)
  host.readFile = (file) => overrides.get(file) ?? readFile.call(host, file)
  host.getSourceFile = (file, languageVersion) => {
    const text = host.readFile(file)
    if (text === undefined) return undefined
    const setup = typeof languageVersion === 'object' ? languageVersion : { languageVersion }
    const key = `${file}\0${setup.languageVersion}\0${setup.impliedNodeFormat}`
    const cached = sourceFiles.get(key)
    if (cached && cached.text === text) return cached
    const sf = ts.createSourceFile(file, text, setup, true)
    sourceFiles.set(key, sf)
    return sf
  }
  return host
}

function readConfig(file) {
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  })
  assert.deepEqual(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], file)
  return parsed
}

// The options of the two export/member programs: the snippets' base options, without paths.
const baseOptions = once(() => readConfig(path.join(FIXTURE, 'tsconfig.base.json')).options)

/** The package entry `mastra-client-native` as `import` and as `require` resolve it from the repo root. */
const packageEntries = once(() => {
  const options = { ...baseOptions(), module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }
  const from = path.join(ROOT, '__test__/entry.ts')
  const entries = {}
  for (const [label, mode] of [['import', ts.ModuleKind.ESNext], ['require', ts.ModuleKind.CommonJS]]) {
    const found = ts.resolveModuleName('mastra-client-native', from, options, ts.sys, undefined, undefined, mode)
    assert.ok(found.resolvedModule, `mastra-client-native does not resolve for ${label}`)
    entries[label] = found.resolvedModule.resolvedFileName
  }
  return entries
})

const messageOf = (d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').replaceAll(`${ROOT}/`, '')
const lineOf = (d) => d.file.getLineAndCharacterOfPosition(d.start).line + 1

// A message line, its long quoted types cut short so that the names after them stay visible.
const clip = (line, width = 260) => {
  const short = line.replace(/'([^']{100,})'/g, (_, type) => `'${type.slice(0, 70)}…'`)
  return short.length > width ? `${short.slice(0, width - 1)}…` : short
}

/** A snippet's diagnostic: its first line and, if there is more, its deepest. */
function reason(d) {
  const chain = messageOf(d).split('\n').map((l) => l.trim()).filter(Boolean)
  return chain.length > 1 ? `${clip(chain[0])} ⟵ ${clip(chain.at(-1))}` : clip(chain[0])
}

/**
 * A member's diagnostic as `where: why`: where is the path the chain walks through (a method's
 * parameter `(options)`, a property `.memory`, an array element `[]`), why its deepest step.
 */
function explain(d, name, isMethod) {
  const chain = messageOf(d).split('\n').map((l) => l.trim()).filter(Boolean)
  const steps = []
  let m
  for (const line of chain.slice(1)) {
    if ((m = line.match(/^Types of parameters '([^']+)' and '[^']+' are incompatible/))) steps.push(`(${m[1]})`)
    else if ((m = line.match(/^Types of property '([^']+)' are incompatible/))) steps.push(`.${m[1]}`)
    else if ((m = line.match(/^The types of '([^']+)' are incompatible/))) steps.push(`.${m[1]}`)
    else if ((m = line.match(/^The types returned by '([^']+)' are incompatible/))) steps.push(m[1] === 'pop()' ? '[]' : `.${m[1]}`)
  }
  let why = chain.at(-1)
  const before = chain.at(-2) ?? ''
  if (/^Type '(undefined|null)' is not assignable/.test(why) && /^Type '/.test(before)) why = before
  const where = `${name}${isMethod && !steps[0]?.startsWith('(') ? ' → result' : ''}${steps.join('')}`
  return `${where}: ${clip(why)}`
}

// ---------------------------------------------------------------------------------------------
// Check 1 and the class discovery of check 2: one program over client-js's index and both
// package entries.

const exportsProgram = once(() => {
  const entries = packageEntries()
  const roots = [CLIENT_JS_INDEX, ...new Set(Object.values(entries))]
  const program = ts.createProgram(roots, baseOptions(), createHost(baseOptions()))
  return { program, checker: program.getTypeChecker(), entries }
})

/** Exports of a module file: name → { symbol (resolved), value (exported as a value), type }. */
function exportsOf(program, checker, file) {
  const sf = program.getSourceFile(file)
  assert.ok(sf, `${file} is not in the program`)
  const moduleSymbol = checker.getSymbolAtLocation(sf)
  assert.ok(moduleSymbol, `${rel(file)} is not a module`)
  const out = new Map()
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    let typeOnly = false
    let current = symbol
    while (current.flags & ts.SymbolFlags.Alias) {
      for (const decl of current.declarations ?? []) {
        if (ts.isTypeOnlyImportOrExportDeclaration(decl)) typeOnly = true
      }
      const next = checker.getImmediateAliasedSymbol(current)
      if (!next || next === current) break
      current = next
    }
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    out.set(symbol.name, {
      symbol: resolved,
      value: !typeOnly && Boolean(resolved.flags & ts.SymbolFlags.Value),
      type: Boolean(resolved.flags & ts.SymbolFlags.Type),
    })
  }
  return out
}

const declaringFile = (symbol) => symbol.declarations?.[0]?.getSourceFile().fileName

function groupLines(groups) {
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, names]) => `  ${group} (${names.length}): ${names.sort().join(', ')}`)
    .join('\n')
}

// ---------------------------------------------------------------------------------------------
// Known gaps. Issue 15 stays open while known-gaps.json lists any: each check fails on a gap
// the file does not list (a regression) and on a listed gap that is gone (the list only
// shrinks: after a fix, rewrite it with KNOWN_GAPS=update and commit the smaller file). Every
// run prints how many are left.

const KNOWN_GAPS_FILE = path.join(FIXTURE, 'known-gaps.json')
const knownGaps = once(() => (fs.existsSync(KNOWN_GAPS_FILE) ? JSON.parse(fs.readFileSync(KNOWN_GAPS_FILE, 'utf8')) : {}))

/** Holds `check`'s gaps (stable keys) against the known ones; `report` is the full explanation. */
function ratchet(t, check, gaps, report) {
  const now = [...new Set(gaps)].sort()
  if (process.env.KNOWN_GAPS === 'update') {
    const all = { ...knownGaps(), [check]: now }
    fs.writeFileSync(KNOWN_GAPS_FILE, JSON.stringify(all, null, 1) + '\n')
    knownGaps()[check] = now
    return
  }
  const known = new Set(knownGaps()[check] ?? [])
  t.diagnostic(`${check}: ${now.length} known gaps left (listed in ${rel(KNOWN_GAPS_FILE)})`)
  const fresh = now.filter((g) => !known.has(g))
  const gone = [...known].filter((g) => !now.includes(g))
  if (fresh.length) assert.fail(`${fresh.length} ${check} gaps that known-gaps.json does not list:\n  ${fresh.join('\n  ')}\n\nThe whole report:\n${report}`)
  if (gone.length) assert.fail(`${gone.length} ${check} gaps listed in known-gaps.json are gone (good): rewrite the list with KNOWN_GAPS=update\n  ${gone.join('\n  ')}`)
}

test('exports: every name client-js 1.47.0 exports is exported here, a value as a value and a type as a type', (t) => {
  const { program, checker, entries } = exportsProgram()
  const theirs = exportsOf(program, checker, CLIENT_JS_INDEX)
  assert.ok(theirs.size > 400, `client-js exports only ${theirs.size} names: is it installed?`)
  const problems = []
  const gaps = []
  for (const [label, file] of Object.entries(entries)) {
    const ours = exportsOf(program, checker, file)
    const missing = new Map()
    const wrongKind = []
    for (const [name, their] of theirs) {
      const our = ours.get(name)
      const where = rel(declaringFile(their.symbol) ?? '?').replace(/^.*@mastra\/client-js\/dist\//, 'dist/')
        .replace(/^.*node_modules\/(.*?)\/dist\/.*$/, '$1')
      if (!our) {
        if (!missing.has(where)) missing.set(where, [])
        missing.get(where).push(their.value ? `${name} (value)` : name)
        gaps.push(name)
        continue
      }
      if (their.value && !our.value) wrongKind.push(`${name}: client-js exports a value, here only a type`)
      if (their.type && !our.type) wrongKind.push(`${name}: client-js exports a type, here only a value`)
      if ((their.value && !our.value) || (their.type && !our.type)) gaps.push(`${name} (kind)`)
    }
    const count = [...missing.values()].reduce((n, names) => n + names.length, 0)
    if (count || wrongKind.length) {
      problems.push(
        `${rel(file)} (${label}): ${theirs.size - count} of client-js's ${theirs.size} names exported; ` +
          `${count} missing, by the client-js file that declares them:\n${groupLines(missing)}` +
          (wrongKind.length ? `\n  exported with the wrong kind (${wrongKind.length}):\n    ${wrongKind.join('\n    ')}` : ''),
      )
    }
  }
  // Both entries normally re-export the same module: say it once.
  const unique = [...new Set(problems.map((p) => p.replace(/^[^\n]*?: /, '')))]
  ratchet(t, 'exports', gaps, problems.length === 2 && unique.length === 1 ? `both entries, ${problems[0]}` : problems.join('\n\n'))
})

// ---------------------------------------------------------------------------------------------
// Check 2: members.

const isPublic = (symbol) =>
  !symbol.name.startsWith('#') &&
  !symbol.name.startsWith('__@') &&
  !(symbol.declarations ?? []).some(
    (d) => ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || (d.name && ts.isPrivateIdentifier(d.name)),
  )

const classSymbolOf = (checker, type, flags = ts.SymbolFlags.Class) => {
  const t = checker.getNonNullableType(type)
  const symbol = t.getSymbol() ?? t.aliasSymbol
  return symbol && symbol.flags & flags ? symbol : undefined
}
// This package's side of a pair may be a class or an interface.
const OURS = ts.SymbolFlags.Class | ts.SymbolFlags.Interface

/** The type arguments a generic class needs when the generated file names it: `any` for each, if one has no default. */
function typeArgsOf(symbol) {
  const decl = symbol.declarations?.find(ts.isClassDeclaration)
  const params = decl?.typeParameters ?? []
  return params.length && params.some((p) => !p.default) ? `<${params.map(() => 'any').join(', ')}>` : ''
}

/**
 * Classes of client-js and their counterparts here. Pairs by name first (client-js's exported
 * classes and the classes its dist declares, against this package's exported classes), then
 * follows public members present on both sides: a property, or a method's (awaited) result,
 * that is a class on both sides pairs those classes, whatever this package calls its class.
 */
const classPairs = once(() => {
  const { program, checker, entries } = exportsProgram()
  const theirsIndex = exportsOf(program, checker, CLIENT_JS_INDEX)
  const ours = exportsOf(program, checker, entries.require)
  const oursByName = new Map([...ours].filter(([, e]) => e.symbol.flags & OURS).map(([n, e]) => [n, e.symbol]))
  const oursNameOf = new Map([...oursByName].map(([n, s]) => [s, n]))

  const theirClasses = new Map() // symbol → name
  for (const [name, e] of theirsIndex) if (e.symbol.flags & ts.SymbolFlags.Class) theirClasses.set(e.symbol, name)
  for (const sf of program.getSourceFiles()) {
    // client-js's own files (not the third-party declarations it bundles under dist/_types)
    if (!sf.fileName.startsWith(CLIENT_JS_DIST + '/') || sf.fileName.startsWith(`${CLIENT_JS_DIST}/_types/`)) continue
    for (const stmt of sf.statements) {
      if (ts.isClassDeclaration(stmt) && stmt.name) {
        const symbol = checker.getSymbolAtLocation(stmt.name)
        if (symbol && !theirClasses.has(symbol)) theirClasses.set(symbol, stmt.name.text)
      }
    }
  }

  const pairs = new Map() // their symbol → pair
  const queue = []
  const add = (theirSymbol, ourSymbol, ourExpr, via) => {
    if (pairs.has(theirSymbol)) return
    const ourType = checker.getDeclaredTypeOfSymbol(ourSymbol)
    const ourName = oursNameOf.get(ourSymbol) // exported by this name, if it is
    const pair = { name: theirClasses.get(theirSymbol) ?? theirSymbol.name, theirSymbol, ourType, ourExpr, ourName, via }
    pairs.set(theirSymbol, pair)
    queue.push(pair)
  }
  for (const [theirSymbol, name] of theirClasses) {
    const ourSymbol = oursByName.get(name)
    if (ourSymbol) add(theirSymbol, ourSymbol, `O.${name}${typeArgsOf(ourSymbol)}`, 'name')
  }
  while (queue.length) {
    const pair = queue.shift()
    const theirType = checker.getDeclaredTypeOfSymbol(pair.theirSymbol)
    for (const member of checker.getPropertiesOfType(theirType).filter(isPublic)) {
      const ourMember = pair.ourType.getProperty(member.name)
      if (!ourMember) continue
      const key = JSON.stringify(member.name)
      const theirT = checker.getTypeOfSymbol(member)
      const ourT = checker.getTypeOfSymbol(ourMember)
      const candidates = [[theirT, ourT, `${pair.ourExpr}[${key}]`]]
      const theirSig = theirT.getCallSignatures()[0]
      const ourSig = ourT.getCallSignatures().at(-1)
      if (theirSig && ourSig) {
        const awaited = (t) => checker.getAwaitedType(t) ?? t
        candidates.push([awaited(theirSig.getReturnType()), awaited(ourSig.getReturnType()), `Awaited<ReturnType<${pair.ourExpr}[${key}]>>`])
      }
      for (const [t, o, expr] of candidates) {
        const theirSymbol = classSymbolOf(checker, t)
        const ourSymbol = classSymbolOf(checker, o, OURS)
        if (!theirSymbol || !ourSymbol || !theirClasses.has(theirSymbol)) continue
        const name = oursNameOf.get(ourSymbol)
        add(theirSymbol, ourSymbol, name ? `O.${name}${typeArgsOf(ourSymbol)}` : `NonNullable<${expr}>`, `${pair.name}.${member.name}`)
      }
    }
  }
  const unpaired = [...theirClasses].filter(([s]) => !pairs.has(s)).map(([, n]) => n)
  return { pairs: [...pairs.values()], unpaired, theirsIndex, ours }
})

/** client-js's declaration text without private and protected class members. */
function dePrivatise(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const cuts = []
  const visit = (node) => {
    if (ts.isClassDeclaration(node)) {
      for (const m of node.members) {
        const hidden =
          (m.name && ts.isPrivateIdentifier(m.name)) ||
          ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)
        if (hidden) cuts.push([m.getStart(sf), m.end])
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  let out = text
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end)
  return out
}

const membersCheck = once(() => {
  const { program: first, checker } = exportsProgram()
  const { pairs, unpaired, theirsIndex, ours } = classPairs()

  // client-js's files that declare a paired class or one of its base classes, de-privatised.
  const overrides = new Map()
  const addClassFiles = (symbol) => {
    const file = declaringFile(symbol)
    if (file && !overrides.has(file)) overrides.set(file, dePrivatise(file, ts.sys.readFile(file)))
    for (const base of checker.getBaseTypes(checker.getDeclaredTypeOfSymbol(symbol)) ?? []) {
      const baseSymbol = base.getSymbol()
      if (baseSymbol) addClassFiles(baseSymbol)
    }
  }
  for (const pair of pairs) addClassFiles(pair.theirSymbol)

  // How the generated file names their class: from client-js's index, its resources index,
  // or the declaring file, whichever exports it.
  const imports = new Map() // module file → alias
  const importFor = (file) => {
    if (!imports.has(file)) imports.set(file, `T${imports.size}`)
    return imports.get(file)
  }
  const resourcesIndex = path.join(CLIENT_JS_DIST, 'resources/index.d.ts')
  const theirExpr = (pair) => {
    for (const file of [CLIENT_JS_INDEX, resourcesIndex, declaringFile(pair.theirSymbol)]) {
      const exported = first.getSourceFile(file) && exportsOf(first, checker, file)
      for (const [name, e] of exported ?? []) {
        if (e.symbol === pair.theirSymbol) return `${importFor(file)}.${name}${typeArgsOf(pair.theirSymbol)}`
      }
    }
    return undefined
  }

  const lines = []
  const labels = new Map() // line number → { cls, member, isMethod }
  const missing = new Map() // class → members client-js has and this package lacks
  const notNamed = []
  const specifier = (file) => {
    const r = path.relative(FIXTURE, file).replace(/\.d\.(m?)ts$/, '.$1js')
    return r.startsWith('.') ? r : `./${r}`
  }
  let n = 0
  for (const pair of pairs.sort((a, b) => a.name.localeCompare(b.name))) {
    const T = theirExpr(pair)
    if (!T) {
      notNamed.push(pair.name)
      continue
    }
    const theirType = checker.getDeclaredTypeOfSymbol(pair.theirSymbol)
    for (const member of checker.getPropertiesOfType(theirType).filter(isPublic)) {
      if (!pair.ourType.getProperty(member.name)) {
        if (!missing.has(pair.name)) missing.set(pair.name, [])
        missing.get(pair.name).push(member.name)
        continue
      }
      const key = JSON.stringify(member.name)
      lines.push(`  let _${n++}: ${T}[${key}] = null as unknown as ${pair.ourExpr}[${key}]`)
      const isMethod = checker.getTypeOfSymbol(member).getCallSignatures().length > 0
      labels.set(lines.length, { cls: pair.name, member: member.name, isMethod })
    }
    // A class client-js exports as a value: ours is one too, and takes every argument list theirs does.
    const theirValue = [...theirsIndex].some(([, e]) => e.symbol === pair.theirSymbol && e.value)
    if (theirValue && !(pair.ourName && ours.get(pair.ourName)?.value)) {
      if (!missing.has(pair.name)) missing.set(pair.name, [])
      missing.get(pair.name).push('constructor (a value export)')
    } else if (theirValue) {
      lines.push(`  let _${n++}: new (...args: ConstructorParameters<typeof ${T.replace(/<.*>$/, '')}>) => unknown = null as unknown as typeof O.${pair.ourName}`)
      labels.set(lines.length, { cls: pair.name, member: 'constructor', isMethod: false })
    }
  }
  const header = [
    `// Generated by __test__/types-dropin.test.mjs (in memory): one line per class and member.`,
    `import type * as O from ${JSON.stringify(path.relative(FIXTURE, ROOT))}`,
    ...[...imports].map(([file, alias]) => `import type * as ${alias} from ${JSON.stringify(specifier(file))}`),
    `export function members(): void {`,
  ]
  const text = [...header, ...lines, '}', ''].join('\n')
  const offset = header.length
  overrides.set(MEMBERS_FILE, text)

  const roots = [...first.getRootFileNames(), MEMBERS_FILE]
  const program = ts.createProgram(roots, baseOptions(), createHost(baseOptions(), overrides))
  const sf = program.getSourceFile(MEMBERS_FILE)
  const failures = new Map() // class → [member: reason]
  const stray = []
  for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
    const at = labels.get(lineOf(d) - offset)
    if (!at) {
      stray.push(`line ${lineOf(d)}: ${reason(d)}`)
      continue
    }
    if (!failures.has(at.cls)) failures.set(at.cls, [])
    failures.get(at.cls).push(explain(d, at.member, at.isMethod))
  }
  return { pairs, unpaired, notNamed, missing, failures, stray, checked: labels.size, text }
})

test("members: each public member of each class here is assignable to client-js's member of the same name", (t) => {
  const { pairs, unpaired, notNamed, missing, failures, stray, checked, text } = membersCheck()
  assert.ok(pairs.length > 10, `only ${pairs.length} classes paired`)
  assert.deepEqual(stray, [], `the generated file does not compile:\n${stray.join('\n')}\n\n${text}`)
  const failed = [...failures.values()].reduce((a, l) => a + l.length, 0)
  const lacking = [...missing.values()].reduce((a, l) => a + l.length, 0)
  const report = []
  if (failed) {
    report.push(`${failed} of ${checked} shared members not assignable to client-js's:`)
    for (const [cls, list] of [...failures].sort(([a], [b]) => a.localeCompare(b))) {
      report.push(`  ${cls} (${list.length}):`, ...list.map((l) => `    ${l}`))
    }
  }
  if (lacking) {
    const bySet = new Map() // the same missing members on several classes: one line
    for (const [cls, members] of missing) {
      const key = members.sort().join(', ')
      bySet.set(key, [...(bySet.get(key) ?? []), cls])
    }
    report.push(`${lacking} members client-js has and this package lacks:`)
    for (const [members, classes] of bySet) report.push(`  ${classes.sort().join(', ')}: ${members}`)
  }
  if (notNamed.length) report.push(`classes the generated file cannot name: ${notNamed.join(', ')}`)
  const note =
    `\n(${pairs.length} classes compared: ${pairs.map((p) => (p.via === 'name' ? p.name : `${p.name} via ${p.via}`)).join(', ')}.` +
    ` client-js classes with no counterpart here: ${unpaired.join(', ') || 'none'}.)`
  const gaps = [
    ...[...failures].flatMap(([cls, list]) => list.map((line) => `${cls}.${line.split(/[ .(:[]/)[0]}`)),
    ...[...missing].flatMap(([cls, members]) => members.map((m) => `${cls}.${m} (missing)`)),
    ...notNamed.map((cls) => `${cls} (not named)`),
  ]
  ratchet(t, 'members', gaps, report.join('\n') + note)
})

// ---------------------------------------------------------------------------------------------
// Check 3: snippets, compiled once against client-js and once against this package.

function compileSnippets(configName) {
  const config = readConfig(path.join(FIXTURE, configName))
  const program = ts.createProgram(config.fileNames, config.options, createHost(config.options))
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...config.fileNames.flatMap((f) => {
      const sf = program.getSourceFile(f)
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]
    }),
  ]
  const errors = diagnostics.map((d) => ({
    where: d.file ? `${path.relative(FIXTURE, d.file.fileName)}:${lineOf(d)}` : configName,
    code: d.code,
    // snippets/_expect.ts's notAny() rejects `any` this way
    text: reason(d).replace(/^Argument of type 'any' is not assignable to parameter of type 'never'\.$/, '$& (notAny: a silent `any` where client-js has a type)'),
  }))
  return { errors, files: config.fileNames.length }
}

const snippetsAgainstClientJs = once(() => compileSnippets('tsconfig.client-js.json'))
const snippetsAgainstNative = once(() => compileSnippets('tsconfig.native.json'))
const show = (errors) => errors.map((e) => `  ${e.where}  TS${e.code}: ${e.text}`).join('\n')

test('snippets: every snippet compiles against client-js itself (else the snippet is wrong)', () => {
  const { errors, files } = snippetsAgainstClientJs()
  assert.ok(files >= 15, `only ${files} snippet files`)
  if (errors.length) assert.fail(`${errors.length} errors against client-js:\n${show(errors)}`)
})

test('snippets: no type error that only this package has', (t) => {
  const theirs = new Set(snippetsAgainstClientJs().errors.map((e) => `${e.where} ${e.code}`))
  const { errors: ours, files: total } = snippetsAgainstNative()
  const onlyOurs = ours.filter((e) => !theirs.has(`${e.where} ${e.code}`))
  const files = new Set(onlyOurs.map((e) => e.where.replace(/:\d+$/, '')))
  const gaps = onlyOurs.map((e) => `${e.where} TS${e.code}`)
  ratchet(t, 'snippets', gaps, `${onlyOurs.length} errors in ${files.size} of ${total} snippet files only with mastra-client-native:\n${show(onlyOurs)}`)
})
