// The public surface of a MastraClient, found by walking it at run time, and the comparison
// of two surfaces (client-js 1.47.0 and the native package).
//
//   const { methods, via, unreached } = await walk(client, { reach })
//   methods: Map<className, Set<methodName>>   via: Map<className, how it was reached>
//   await walkSurface(client)                  → the same `methods` Map only
//
// How the walk goes, the same on both clients:
//   - a class is identified by its constructor name; each class is visited once;
//   - its methods: the function-valued properties of its prototype chain up to
//     Object.prototype, string names only, without `constructor` (getters are not called);
//   - members: own enumerable properties whose value is a class instance (not a plain object,
//     not a built-in such as Map or Date) are followed: `client.conversations`,
//     `client.conversations.items`, `agent.voice`, ...;
//   - factories: every `get*` / `create*` method (and the ones named in `reach`) is called
//     with placeholder arguments: first strings ('p1', 'p2', ...), then, if that throws or
//     makes no class instance, one object whose every field is 'p1'. A call that returns a
//     class instance synchronously reaches that class. A call that returns a promise is a
//     request: it is let go (its rejection is caught), and it reaches nothing;
//   - reach recipes: an explicit list for classes only an async call makes (`Run`, from
//     `workflow.createRun()`), or made from arguments a placeholder cannot stand for.
//     A recipe is `{ from: 'Workflow', name: 'createRun', make: async (workflow) => run }`;
//     recipes that make requests need the client to point at a server that answers them:
//     `startReachServer()` is a recording server that answers every request the way the
//     default recipes need (`{ runId: 'r1' }`, and an SSE stream for `/v1/responses`).
//
// Members that client-js's d.ts files mark `private` or `protected` (parsed from
// node_modules/@mastra/client-js/dist/**/*.d.ts, inheritance included) are not part of the
// public surface: `compareSurfaces` lists them apart and never counts them as missing, and
// the walk never calls them. A member object the d.ts marks private is still followed (its
// class's methods are public): `client.observability` is one, shown as such in `via`.

import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { startRecordingServer } from './recording-server.mjs'

const require = createRequire(import.meta.url)
const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The dist folder of @mastra/client-js (its d.ts files are read for `private` members). */
export const CLIENT_JS_DIST = path.join(path.dirname(require.resolve('@mastra/client-js/package.json')), 'dist')

const BUILTIN_CONSTRUCTORS = new Set(
  Object.getOwnPropertyNames(globalThis)
    .map((name) => globalThis[name])
    .filter((value) => typeof value === 'function'),
)

/** True for an instance of a user class (not a plain object, array, function or built-in). */
export function isClassInstance(value) {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  if (proto === null || proto === Object.prototype) return false
  const ctor = proto.constructor
  if (typeof ctor !== 'function' || !ctor.name) return false
  return !BUILTIN_CONSTRUCTORS.has(ctor)
}

/** The class name of an object: its constructor's name. */
export const classOf = (value) => Object.getPrototypeOf(value)?.constructor?.name

/** Names of the methods of an object: functions on its prototype chain, up to Object.prototype. */
export function methodNames(object) {
  const names = []
  const seen = new Set(['constructor'])
  for (let proto = Object.getPrototypeOf(object); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (seen.has(name)) continue
      seen.add(name)
      const desc = Object.getOwnPropertyDescriptor(proto, name)
      if (typeof desc.value === 'function') names.push(name)
    }
  }
  return names
}

const isFactoryName = (name) => /^(get|create)[A-Z0-9_]/.test(name) || name === 'get' || name === 'create'

/** A placeholder object: every string-keyed field reads as 'p1' (so `{ threadId }` destructures). */
function placeholderObject() {
  return new Proxy(
    {},
    {
      get: (_target, key) => (typeof key === 'string' && key !== 'then' && key !== 'toJSON' ? 'p1' : undefined),
    },
  )
}

/** Calls `fn` on `object`; resolves with what it makes (or undefined); never throws. */
function tryCall(object, fn, args) {
  try {
    const value = fn.apply(object, args)
    if (value && typeof value.then === 'function') {
      Promise.resolve(value).catch(() => {})
      return { promise: true }
    }
    return { value }
  } catch (error) {
    return { error }
  }
}

/**
 * The recipes the default walk uses for classes that no synchronous factory with placeholder
 * arguments makes. Each recipe: `from` (class name), `name` (the method it stands for),
 * `make(object)` → the made object (may be async). Keep `name` the real method name, so the
 * generic factory pass skips it.
 */
export const DEFAULT_REACH = [
  // client-js: `async createRun(params)` → POST create-run, then `new Run(options, workflowId, res.runId)`.
  { from: 'Workflow', name: 'createRun', make: (workflow) => workflow.createRun({ runId: 'r1' }) },
  // client-js: `session(resourceId, scope)` → `new AgentControllerSession(...)`, synchronous.
  { from: 'AgentController', name: 'session', make: (controller) => controller.session('p1', 'p2') },
  // client-js: `responses.stream(params)` → POST /v1/responses (SSE) → `new ResponsesStream(response)`.
  { from: 'Responses', name: 'stream', make: (responses) => responses.stream({ model: 'p1', input: 'p1' }) },
  // client-js: `getMemoryThread({ threadId, agentId })` takes an object.
  { from: 'MastraClient', name: 'getMemoryThread', make: (client) => client.getMemoryThread({ threadId: 'p1', agentId: 'p1' }) },
]

/**
 * A recording server that answers the requests of a walk: an SSE stream (one event, then
 * [DONE]) for POST /v1/responses, and `{ runId: 'r1' }` for anything else.
 */
export async function startReachServer() {
  const srv = await startRecordingServer()
  srv.reply((req) =>
    req.method === 'POST' && /\/v1\/responses(\?|$)/.test(req.url)
      ? { status: 200, headers: { 'content-type': 'text/event-stream' }, body: 'data: {"type":"response.created"}\n\ndata: [DONE]\n\n' }
      : { status: 200, body: { runId: 'r1' } },
  )
  return srv
}

/**
 * Walks the surface reachable from `root`.
 * @param {object} root  a MastraClient (or any object)
 * @param {{ reach?: typeof DEFAULT_REACH, isPrivate?: (className: string, member: string) => boolean }} [options]
 *   `isPrivate`: members that are not public (never called as factories; marked in `via`).
 * @returns {Promise<{ methods: Map<string, Set<string>>, via: Map<string, string>, unreached: string[] }>}
 */
export async function walk(root, { reach = DEFAULT_REACH, isPrivate = () => false } = {}) {
  const methods = new Map()
  const via = new Map()
  const unreached = []
  const queue = [[root, classOf(root)]]
  while (queue.length > 0) {
    const [object, how] = queue.shift()
    const name = classOf(object)
    if (methods.has(name)) continue
    const names = methodNames(object)
    methods.set(name, new Set(names))
    via.set(name, how)
    const found = (value, label) => {
      if (isClassInstance(value) && !methods.has(classOf(value))) queue.push([value, `${how} → ${label}`])
    }
    for (const [key, value] of Object.entries(object)) found(value, isPrivate(name, key) ? `.${key} (private in d.ts)` : `.${key}`)
    const recipes = reach.filter((r) => r.from === name)
    for (const recipe of recipes) {
      if (typeof object[recipe.name] !== 'function') continue
      try {
        found(await recipe.make(object), `${recipe.name}() [recipe]`)
      } catch (error) {
        unreached.push(`${name}.${recipe.name} (recipe failed: ${error?.message ?? error})`)
      }
    }
    for (const method of names) {
      if (!isFactoryName(method) || isPrivate(name, method) || recipes.some((r) => r.name === method)) continue
      const fn = object[method]
      const arity = Math.max(fn.length, 1)
      const strings = Array.from({ length: arity }, (_, i) => `p${i + 1}`)
      let made = tryCall(object, fn, strings)
      if (made.error || (!made.promise && !isClassInstance(made.value))) {
        const second = tryCall(object, fn, [placeholderObject()])
        if (!second.error) made = second
      }
      if (made.value !== undefined) found(made.value, `${method}()`)
    }
  }
  return { methods, via, unreached }
}

/** Walks `root` and returns `Map<className, Set<methodName>>`. */
export async function walkSurface(root, options) {
  return (await walk(root, options)).methods
}

// ---------------------------------------------------------------------------
// client-js d.ts: private and protected members per class
// ---------------------------------------------------------------------------

function dtsFiles(dir) {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '_types' && entry.name !== '__tests__') out.push(...dtsFiles(full))
    } else if (entry.name.endsWith('.d.ts')) out.push(full)
  }
  return out
}

/**
 * Parses the class declarations of client-js's d.ts files.
 * @returns {Map<string, { extends?: string, private: Set<string>, public: Set<string> }>} with
 *   inherited members merged in (private: `private`/`protected` members, fields included).
 */
export function parseDeclarations(distDir = CLIENT_JS_DIST) {
  const classes = new Map()
  for (const file of dtsFiles(distDir)) {
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    const lines = text.split('\n')
    let current = null
    let depth = 0
    for (const line of lines) {
      if (!current) {
        const m = /^\s*(?:export\s+)?declare\s+(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)(?:<[^{]*?>)?(?:\s+extends\s+([A-Za-z_$][\w$]*))?/.exec(line)
        if (m && line.includes('{')) {
          current = { name: m[1], extends: m[2], private: new Set(), public: new Set() }
          classes.set(m[1], current)
          depth = 0
          for (const ch of line.slice(line.indexOf('{'))) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
          if (depth <= 0) current = null
        }
        continue
      }
      if (depth === 1) {
        const priv = /^\s*(?:private|protected)\s+(?:static\s+)?(?:readonly\s+)?(?:(?:get|set|async)\s+)?([A-Za-z_$][\w$]*)/.exec(line)
        const pub = /^\s*(?:public\s+)?(?:static\s+)?(?:readonly\s+)?(?:(?:get|set|async)\s+)?([A-Za-z_$][\w$]*)\s*[?!]?\s*[(<:;]/.exec(line)
        if (priv) current.private.add(priv[1])
        else if (pub && pub[1] !== 'constructor') current.public.add(pub[1])
      }
      for (const ch of line) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
      if (depth <= 0) current = null
    }
  }
  const merged = new Map()
  const resolve = (name) => {
    if (merged.has(name)) return merged.get(name)
    const own = classes.get(name)
    if (!own) return { private: new Set(), public: new Set() }
    const parent = own.extends ? resolve(own.extends) : { private: new Set(), public: new Set() }
    const out = {
      extends: own.extends,
      private: new Set([...parent.private, ...own.private]),
      public: new Set([...[...parent.public].filter((n) => !own.private.has(n)), ...own.public]),
    }
    merged.set(name, out)
    return out
  }
  for (const name of classes.keys()) resolve(name)
  return merged
}

// ---------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------

/** Loads both packages and makes one client of each on `baseUrl`. */
export async function makeClients(baseUrl) {
  const { MastraClient: JsClient } = await import('@mastra/client-js')
  const Native = require(path.join(ROOT, 'index.js'))
  const options = { baseUrl, retries: 0 }
  return { js: new JsClient(options), native: new Native.MastraClient(options) }
}

/**
 * Walks both clients (against a reach server) and compares them, class by class.
 * @returns {Promise<{ classes: Array<{ name, viaJs, viaNative, present: string[], missing: string[],
 *   extra: string[], private: string[] }>, totals: { js, native, present, missing, extra, private,
 *   classesJs, classesNative }, unreached: { js: string[], native: string[] } }>}
 */
export async function compareSurfaces() {
  const srv = await startReachServer()
  try {
    const declarations = parseDeclarations()
    const isPrivate = (cls, name) => declarations.get(cls)?.private.has(name) ?? false
    const { js, native } = await makeClients(srv.url)
    const jsWalk = await walk(js, { isPrivate })
    const nvWalk = await walk(native, { isPrivate })
    const names = [...new Set([...jsWalk.methods.keys(), ...nvWalk.methods.keys()])]
    const classes = names.map((name) => {
      const jsAll = [...(jsWalk.methods.get(name) ?? [])]
      const nv = nvWalk.methods.get(name) ?? new Set()
      const jsPublic = jsAll.filter((m) => !isPrivate(name, m))
      return {
        name,
        viaJs: jsWalk.via.get(name),
        viaNative: nvWalk.via.get(name),
        reachedNative: nvWalk.methods.has(name),
        present: jsPublic.filter((m) => nv.has(m)),
        missing: jsPublic.filter((m) => !nv.has(m)),
        extra: [...nv].filter((m) => !jsPublic.includes(m)),
        private: jsAll.filter((m) => isPrivate(name, m)),
      }
    })
    const sum = (key) => classes.reduce((n, c) => n + c[key].length, 0)
    const totals = {
      js: sum('present') + sum('missing'),
      native: [...nvWalk.methods.values()].reduce((n, s) => n + s.size, 0),
      present: sum('present'),
      missing: sum('missing'),
      extra: sum('extra'),
      private: sum('private'),
      classesJs: jsWalk.methods.size,
      classesNative: nvWalk.methods.size,
    }
    return { classes, totals, unreached: { js: jsWalk.unreached, native: nvWalk.unreached } }
  } finally {
    await srv.close()
  }
}

/** Walks the native client only (against a reach server): `Map<className, Set<methodName>>`. */
export async function nativeSurface() {
  const srv = await startReachServer()
  try {
    const Native = require(path.join(ROOT, 'index.js'))
    return await walkSurface(new Native.MastraClient({ baseUrl: srv.url, retries: 0 }))
  } finally {
    await srv.close()
  }
}
