// A newcomer's path through the code, as an editor's go-to-definition walks it (the
// TypeScript language service over the package's JavaScript): from a method's generated stub
// to its route's declaration in one hop, and from there to the hand-written steps in a second.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ts = require('typescript')
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A language service over the package's JavaScript files (lib/ and the entries). */
function languageService() {
  const files = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.js')) files.push(full)
    }
  }
  walk(path.join(root, 'lib'))
  const options = { allowJs: true, checkJs: false, noEmit: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, types: [] }
  const host = {
    getScriptFileNames: () => files,
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (fs.existsSync(file) ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, 'utf8')) : undefined),
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  return ts.createLanguageService(host, ts.createDocumentRegistry())
}

const service = languageService()

/** Where go-to-definition on `needle` (its last character) in `file` leads: file and line text. */
function definitionOf(file, needle) {
  const full = path.join(root, file)
  const text = fs.readFileSync(full, 'utf8')
  const at = text.indexOf(needle)
  assert.notEqual(at, -1, `${needle} is not in ${file}`)
  const found = service.getDefinitionAtPosition(full, at + needle.length - 1) ?? []
  assert.ok(found.length > 0, `no definition for ${needle} in ${file}`)
  const target = found[0]
  const targetText = fs.readFileSync(target.fileName, 'utf8')
  const line = targetText.slice(0, target.textSpan.start).split('\n').length
  return { file: path.relative(root, target.fileName), line: targetText.split('\n')[line - 1].trim() }
}

test('Agent.generate: stub → route entry → its hand-written steps (two hops)', () => {
  const route = definitionOf('lib/generated/classes/agents.js', "routes.agents['Agent.generate']")
  assert.equal(route.file, 'lib/generated/routes/agents.js')
  assert.match(route.line, /^'Agent\.generate': \{ json: /)
  const prepare = definitionOf('lib/generated/routes/agents.js', 'hooks.Agent.prepare.agentCall')
  assert.deepEqual([prepare.file, prepare.line.startsWith('agentCall(ns, route)')], ['lib/resources/agent.js', true], prepare.line)
  const finish = definitionOf('lib/generated/routes/agents.js', 'hooks.Agent.finish.clientTools')
  assert.deepEqual([finish.file, finish.line.startsWith('async clientTools(')], ['lib/resources/agent.js', true], finish.line)
})

test('Run.stream: stub → route entry, where its whole behaviour is declared (one hop)', () => {
  const route = definitionOf('lib/generated/classes/workflows.js', "routes.workflows['Run.stream']")
  assert.equal(route.file, 'lib/generated/routes/workflows.js')
  assert.match(route.line, /^'Run\.stream': \{ json: /)
})
