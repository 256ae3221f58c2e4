// Wire-differential cases: one declaration per method, run on @mastra/client-js 1.47.0 and on
// the native package against one loopback recording server, comparing the requests each
// sends and what each call resolves or rejects with.
//
// ===========================================================================================
// WRITING CASES
// ===========================================================================================
//
// A case file is `__test__/cases/<group>.mjs`; `__test__/wire-surface.test.mjs` loads every
// file there. It default-exports an array of cases:
//
//   import { RC, rcMap, sse, records, readSse, readRecords, readChunks } from '../support/wire-cases.mjs'
//
//   export default [
//     {
//       method: 'Agent.details',                 // REQUIRED. 'Class.method', as `npm run surface` names it
//                                                //   (`npm run surface -- --class Agent` lists a class's methods)
//       target: (c) => c.getAgent('a 1'),        // the object to call the method on (default: the client).
//                                                //   May be async; the requests it makes are not compared.
//       args: [[], [RC], [rcMap()]],             // argument lists (default [[]]). Each list is one test, run
//                                                //   on both clients. An entry may be `() => [...]`, called once
//                                                //   per client: use that for streams, FormData, Blobs, signals.
//                                                //   Plain arrays are deep-copied per client (plain objects,
//                                                //   arrays and Dates; other values are shared).
//       answer: { status: 200, body: { id: 'a' } },  // the server's answer (default 200 `{}`), or a function
//                                                //   `(request, index) => answer`. `answers: [a, b]` are used
//                                                //   first, one per request, in order; then `answer`.
//     },
//   ]
//
// An answer, as the recording server takes it: { status = 200, statusText?, headers?, body? }
// with a string/Buffer body sent as is and any other body sent as JSON. Helpers make the
// streaming ones: `sse([...events])` and `records([...values])`.
//
// What each test checks, for one argument list:
//   1. Both clients are made with the same options: `{ baseUrl, retries: 0, ...options }`.
//   2. Each side: `target` is reached (the server answers `targetAnswer` meanwhile, default
//      200 `{ runId: 'r1' }`, so `(c) => c.getWorkflow('w').createRun({ runId: 'r1' })` works),
//      its class must be the one `method` names, then the method is called with fresh
//      arguments and its result passed through `consume` when the case has one.
//   3. The requests match, one for one (same count; for each, in order):
//        - method; path, compared segment by segment after percent-decoding;
//        - query, as the ordered list of decoded [key, value] pairs, where the `requestContext`
//          value is base64-decoded and parsed as JSON;
//        - body: raw text, and parsed JSON when it is JSON; for `multipart/form-data`, the
//          parts one by one (name, filename, content type, bytes) instead of the raw text;
//        - content-type: presence and value (multipart: without its boundary);
//        - authorization, and every header the case's `options.headers` sets.
//   4. The outcomes match: both resolve, or both reject with the same error class (constructor
//      name), `name`, `message`, `status` and `body`. Resolved values are deep-compared when
//      they are plain JSON; an object of a client class (an Agent, a Run...) is compared by
//      class name and own enumerable string fields (`apiPrefix` left out), so a "maker" such as
//      `getAgent` needs no more than `{ method: 'MastraClient.getAgent', args: [['a']] }`.
//      Anything else (a Response, a ReadableStream) is compared only through `consume`.
//
// Optional fields:
//   consume: async (result, side) => value   read a stream result fully; `value` is compared
//                                            (unless `compareResult: false`). Readers below.
//   compareResult: false                     do not compare resolved values (errors still are).
//   kind: 'maker'                            also assert that neither client made a request.
//   options: { headers: {...}, ... }         more client options (or `(side, { baseUrl }) => ({...})`, per
//                                            client; `baseUrl`: the recording server's URL).
//   token: 'tok'                             client-js gets `headers: { Authorization: 'Bearer tok' }`,
//                                            the native side `createMastraClient('tok')`. Both then use
//                                            the default retries (3): do not answer 5xx in such a case.
//   targetAnswer: answer                     the server's answer while `target` runs.
//   normalize: (req) => req                  rewrite each described request (both sides) before the
//                                            comparison, e.g. `({ ...req, json: { ...req.json, id: typeof req.json.id } })`.
//   wait: n                                  for calls that resolve before their request is sent:
//                                            wait until n requests arrived before comparing.
//   differs: 'why'                           a documented, deliberate difference: steps 3 and 4 are
//   expect: (nv, js, { nvOutcome, jsOutcome, args }) => {}   replaced by `expect`, which must assert
//                                            what the native side does. Without `differs`, `expect`
//                                            runs after the standard checks, as extra assertions.
//                                            `nv`/`js`: described requests (see describeRequest below:
//                                            { method, url, path, segments, query, body, json, parts,
//                                            contentType, hasContentType, authorization, headers });
//                                            outcomes: { ok: true, value } | { ok: false, error }.
//   label: 'text'                            a name for the test instead of the argument preview.
//   todo: 'bug'                              a known bug of the native package, not yet fixed: the test
//                                            runs as a node:test `todo` (reported, never failing the
//                                            suite). Remove `todo` with the fix. Not for deliberate
//                                            differences (that is `differs`).
//
// Helpers:
//   RC                 a plain request context object, with non-ASCII text.
//   rcMap()            the same entries as a RequestContext: the class client-js re-exports
//                      (client-js recognises a request context with `instanceof`, against its own
//                      copy of @mastra/core; any other object is sent as its JSON).
//   sse(events)        an answer streaming `data: <json>\n\n` per event, then `data: [DONE]\n\n`.
//   records(values)    an answer streaming each value as JSON followed by `\x1E`.
//   readSse(x)         reads SSE events (a Response, a ReadableStream or an async iterable of
//                      bytes, text or parsed objects) into an array, without [DONE].
//   readRecords(x)     reads a stream of `\x1E`-separated JSON records (or of parsed objects).
//   readChunks(resp)   the chunks `response.processDataStream({ onChunk })` delivers (agent streams).
//   json(body, status) shorthand for `{ status, body }`.
//   missingParams(method, args, { target, param })   a whole case for a call that leaves out its
//                      required parameter object (or gives `null` for an optional one): client-js
//                      fails reading it (a TypeError from the engine, nothing sent, the premise);
//                      the native method sends nothing and throws a TypeError whose message starts
//                      `<Class.method>(): <param> must be an object` (`param`: a regular expression
//                      source, default any word). `target` as in a case.
//
// Multipart bodies (client-js builds them with FormData, e.g. `agent.voice.listen(blob)`): parts
// are compared as undici writes them, so the native side must write them the same way: a Blob
// without a name is `filename="blob"`, without a type `Content-Type: application/octet-stream`;
// a string part has no content type and its LF line breaks become CRLF; in names and filenames
// `"` is sent as `%22` and line breaks as `%0D%0A` (`%0A` in a filename). Names are compared as
// sent, not unescaped.
//
// Coverage: every method the native surface walker finds must be named by some case, or the
// coverage test fails and lists the uncovered methods. A case whose method the native package
// lacks fails too (write the case first, then the method).
//
// Normalisations the harness applies to every case (deliberate differences documented in the
// README, which no case needs to handle):
//   - A trailing `?` (empty query) is dropped: client-js builds URLs such as `create-run?`;
//     the native package never sends the `?`. (Node's fetch already drops it on the wire.)
//   - Paths are compared after percent-decoding each segment: the native package encodes path
//     values like encodeURIComponent, client-js often pastes them raw and lets the URL parser
//     encode a few characters. What the server's router sees is compared. A value holding `/`
//     still differs (one segment against two): that is a real difference, use `differs`. So
//     does a value holding `%` (`%2e%2e`: client-js sends it raw, the native package `%252e%252e`).
//   - Query values are compared decoded: the native package always form-encodes them (`+` for
//     a space), client-js sometimes pastes them raw.
// Deliberate differences a case must declare with `differs` + `expect`:
//   - a path value holding `/` (`a/b` → `/agents/a%2Fb`, not `/agents/a/b`);
//   - a path value `.` or `..`: the native package rejects it with a TypeError before sending,
//     where client-js lets the URL parser normalise it away. (Not implemented yet when this
//     harness was written: cases/core.mjs holds it as a `todo` case.)
// ===========================================================================================

import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MastraClient as JsClient, RequestContext } from '@mastra/client-js'
import { isClassInstance, classOf } from '../../tools/surface.mjs'
import { startRecordingServer } from '../../tools/recording-server.mjs'

const require = createRequire(import.meta.url)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

// ---------------------------------------------------------------------------
// Helpers for case files
// ---------------------------------------------------------------------------

/** A plain request context, with non-ASCII text (its base64 holds `+`, `/` and `=`). */
export const RC = { tenant: 'Zoë', city: '東京', n: 1 }

/** A RequestContext (client-js's own class) holding RC's entries. */
export function rcMap(entries = Object.entries(RC)) {
  return new RequestContext(entries)
}

/** `{ status, body }`. */
export const json = (body, status = 200) => ({ status, body })

/**
 * A case for a call missing its parameter object: client-js fails on reading it (a TypeError from
 * the engine); the native method fails first, sending nothing, with a TypeError naming the method
 * and the parameter (`param`, a regular expression source).
 */
export const missingParams = (method, args, { target, param = '\\w+' } = {}) => ({
  method,
  target,
  args,
  differs: 'a missing parameter object is a TypeError naming the method and the parameter',
  expect: (nv, js, { nvOutcome, jsOutcome }) => {
    assert.equal(js.length, 0, 'client-js sent nothing (premise)')
    assert.equal(jsOutcome.error.constructor.name, 'TypeError', 'client-js TypeError (premise)')
    assert.equal(nv.length, 0, 'nothing sent')
    assert.equal(nvOutcome.ok, false)
    assert.equal(nvOutcome.error.constructor.name, 'TypeError')
    assert.match(nvOutcome.error.message, new RegExp(`^${method.replace('.', '\\.')}\\(\\): ${param} must be an object`))
  },
})

/** An answer streaming server-sent events: `data: <json>\n\n` each, then `data: [DONE]\n\n`. */
export function sse(events, { status = 200, headers = {}, done = true } = {}) {
  let body = events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`).join('')
  if (done) body += 'data: [DONE]\n\n'
  return { status, headers: { 'content-type': 'text/event-stream', ...headers }, body }
}

/** An answer streaming JSON records, each followed by the record separator `\x1E`. */
export function records(values, { status = 200, headers = {} } = {}) {
  return { status, headers: { 'content-type': 'text/plain', ...headers }, body: values.map((v) => `${JSON.stringify(v)}\x1E`).join('') }
}

const decoder = () => new TextDecoder()

/** Items of a Response body, ReadableStream or async iterable, bytes decoded to text. */
async function collect(source) {
  if (source && typeof source.text === 'function' && !source.getReader) return [await source.text()]
  const stream = source && source.body && typeof source.body.getReader === 'function' ? source.body : source
  const items = []
  const dec = decoder()
  const push = (item) => {
    if (item instanceof Uint8Array) items.push(dec.decode(item, { stream: true }))
    else items.push(item)
  }
  if (stream && typeof stream[Symbol.asyncIterator] === 'function') {
    for await (const item of stream) push(item)
  } else if (stream && typeof stream.getReader === 'function') {
    const reader = stream.getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) push(r.value)
  } else {
    throw new TypeError(`cannot read ${Object.prototype.toString.call(source)} as a stream`)
  }
  const tail = dec.decode()
  if (tail) items.push(tail)
  return items
}

/** Parses SSE text into the JSON of its `data:` events (without [DONE]). */
function parseSseText(text) {
  const out = []
  for (const frame of text.split(/\r?\n\r?\n/)) {
    const data = frame
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''))
    if (data.length === 0) continue
    const payload = data.join('\n')
    if (payload === '[DONE]') continue
    out.push(JSON.parse(payload))
  }
  return out
}

/** The events of an SSE stream (Response, ReadableStream, async iterable), parsed, without [DONE]. */
export async function readSse(source) {
  const items = await collect(source)
  const objects = items.filter((i) => typeof i !== 'string')
  const text = items.filter((i) => typeof i === 'string').join('')
  return [...objects, ...parseSseText(text)]
}

/** The records of a `\x1E`-separated JSON stream (or of a stream of parsed objects). */
export async function readRecords(source) {
  const items = await collect(source)
  const objects = items.filter((i) => typeof i !== 'string')
  const text = items.filter((i) => typeof i === 'string').join('')
  return [
    ...objects,
    ...text
      .split('\x1E')
      .filter((r) => r.trim() !== '')
      .map((r) => JSON.parse(r)),
  ]
}

/** The chunks an agent stream's `processDataStream({ onChunk })` delivers. */
export async function readChunks(response) {
  const chunks = []
  await response.processDataStream({ onChunk: async (chunk) => void chunks.push(chunk) })
  return chunks
}

// ---------------------------------------------------------------------------
// Requests as the comparison sees them
// ---------------------------------------------------------------------------

const safeDecode = (s) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** A `requestContext` query value: base64 of UTF-8 JSON → the value (or a marker if not). */
function decodeRequestContext(value) {
  try {
    return JSON.parse(Buffer.from(value, 'base64').toString('utf8'))
  } catch {
    return { undecodableRequestContext: value }
  }
}

/** Parameters of a header value: `form-data; name="a"; filename="b"` → { name, filename }. */
function headerParams(value) {
  const out = {}
  for (const m of value.matchAll(/;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    let v = m[2].trim()
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1')
    out[m[1].toLowerCase()] = v
  }
  return out
}

/** Text when the bytes are UTF-8 (round-trip), else `base64:...`. */
function bytesView(buf) {
  const text = buf.toString('utf8')
  return Buffer.from(text, 'utf8').equals(buf) ? text : `base64:${buf.toString('base64')}`
}

/**
 * The parts of a multipart/form-data body, in order: { name, filename, contentType, content }
 * (`content`: text when UTF-8, else `base64:...`; other part headers under `headers`).
 */
export function parseMultipart(raw, boundary) {
  const parts = []
  const open = Buffer.from(`--${boundary}`)
  const next = Buffer.from(`\r\n--${boundary}`)
  let pos = raw.indexOf(open)
  if (pos === -1) return { malformed: bytesView(raw) }
  pos += open.length
  for (;;) {
    if (raw[pos] === 0x2d && raw[pos + 1] === 0x2d) break // `--`: the end
    if (raw[pos] === 0x0d && raw[pos + 1] === 0x0a) pos += 2
    const headEnd = raw.indexOf('\r\n\r\n', pos)
    if (headEnd === -1) return { malformed: bytesView(raw) }
    const headers = {}
    for (const line of raw.subarray(pos, headEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':')
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    const end = raw.indexOf(next, headEnd + 4)
    if (end === -1) return { malformed: bytesView(raw) }
    const disposition = headerParams(headers['content-disposition'] ?? '')
    const { 'content-disposition': _d, 'content-type': contentType, ...other } = headers
    const part = { name: disposition.name, filename: disposition.filename, contentType, content: bytesView(raw.subarray(headEnd + 4, end)) }
    if (Object.keys(other).length > 0) part.headers = other
    parts.push(part)
    pos = end + next.length
  }
  return parts
}

/**
 * A recorded request as the comparison sees it:
 * { method, url (as received), path (raw, without query), segments (decoded), query
 *   ([[key, value]] decoded; requestContext parsed), contentType (multipart: no boundary),
 *   hasContentType, body (raw text; undefined for multipart), json (parsed body or undefined),
 *   parts (multipart only), authorization, headers (all, lower-case names) }
 */
export function describeRequest(record) {
  let url = record.url
  if (url.endsWith('?')) url = url.slice(0, -1)
  const q = url.indexOf('?')
  const rawPath = q === -1 ? url : url.slice(0, q)
  const search = q === -1 ? '' : url.slice(q + 1)
  const query = [...new URLSearchParams(search)].map(([k, v]) => (k === 'requestContext' ? [k, decodeRequestContext(v)] : [k, v]))
  const headers = record.headers
  const rawType = headers['content-type']
  const multipart = typeof rawType === 'string' && /^multipart\/form-data/i.test(rawType)
  let json
  if (!multipart && record.body !== '') {
    try {
      json = JSON.parse(record.body)
    } catch {}
  }
  const raw = record.rawBody ?? Buffer.from(record.body, 'utf8')
  return {
    method: record.method,
    url: record.url,
    path: rawPath,
    segments: rawPath.split('/').map(safeDecode),
    query,
    hasContentType: rawType !== undefined,
    contentType: multipart
      ? rawType
          .split(';')
          .filter((p) => !/^\s*boundary=/i.test(p))
          .join(';')
          .trim()
      : rawType,
    body: multipart ? undefined : record.body,
    json,
    parts: multipart ? parseMultipart(raw, headerParams(rawType).boundary) : undefined,
    authorization: headers.authorization,
    headers,
  }
}

/** What of a described request is compared (user headers: the lower-case names the case sets). */
function projection(req, userHeaders) {
  const out = {
    method: req.method,
    segments: req.segments,
    query: req.query,
    hasContentType: req.hasContentType,
    contentType: req.contentType,
    authorization: req.authorization,
  }
  if (req.parts !== undefined) out.parts = req.parts
  else out.body = req.body
  if (req.json !== undefined) out.json = req.json
  for (const name of userHeaders) out[`header ${name}`] = req.headers[name]
  return out
}

// ---------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------

/** True for plain JSON data (null, booleans, numbers, strings, plain arrays and objects). */
function isPlainJson(value, depth = 0) {
  if (depth > 64) return false
  if (value === null || value === undefined) return true
  const t = typeof value
  if (t === 'string' || t === 'number' || t === 'boolean') return true
  if (t !== 'object') return false
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1))
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  return Object.values(value).every((v) => isPlainJson(v, depth + 1))
}

/** A client object (Agent, Run, ...) as compared: its class and own string fields. */
function madeObject(value) {
  const fields = {}
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' && k !== 'apiPrefix') fields[k] = v
  return { class: classOf(value), fields }
}

function errorView(error) {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return { thrown: error }
  const view = { class: classOf(error), name: error.name, message: error.message }
  if ('status' in error) view.status = error.status
  if ('body' in error) view.body = error.body
  return view
}

const describeOutcome = (o) => (o.ok ? `resolved with ${preview(o.value, 200)}` : `rejected with ${classOf(o.error) ?? typeof o.error}: ${o.error?.message ?? String(o.error)}`)

function compareOutcomes(nv, js, kase) {
  if (nv.ok !== js.ok) {
    assert.fail(`outcome: client-js ${describeOutcome(js)}; native ${describeOutcome(nv)}`)
  }
  if (!js.ok) {
    assert.deepStrictEqual(errorView(nv.error), errorView(js.error), 'error (class, name, message, status, body)')
    return
  }
  if (kase.compareResult === false) return
  const value = js.value
  if (kase.consume || isPlainJson(value)) {
    assert.deepStrictEqual(nv.value, value, 'resolved value')
  } else if (isClassInstance(value) && !(value instanceof Response)) {
    assert.ok(nv.value !== null && typeof nv.value === 'object', `resolved value: native resolved with ${preview(nv.value)}, client-js with a ${classOf(value)}`)
    assert.deepStrictEqual(madeObject(nv.value), madeObject(value), 'made object (class and string fields)')
  } else if (kase.compareResult === true) {
    assert.deepStrictEqual(nv.value, value, 'resolved value')
  }
}

// ---------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------

const KNOWN_FIELDS = new Set([
  'method', 'target', 'args', 'answer', 'answers', 'targetAnswer', 'consume', 'compareResult', 'kind',
  'options', 'token', 'normalize', 'wait', 'differs', 'expect', 'label', 'todo',
])

/** Throws a clear error for a malformed case. */
export function validateCase(kase, where = 'case') {
  const fail = (msg) => {
    throw new TypeError(`${where}: ${msg}`)
  }
  if (kase === null || typeof kase !== 'object') fail('a case must be an object')
  for (const key of Object.keys(kase)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field '${key}' (known: ${[...KNOWN_FIELDS].join(', ')})`)
  if (typeof kase.method !== 'string' || !/^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/.test(kase.method)) fail(`method must be 'Class.method', got ${preview(kase.method)}`)
  if (kase.args !== undefined) {
    if (!Array.isArray(kase.args) || kase.args.length === 0) fail('args must be a non-empty array of argument lists')
    kase.args.forEach((a, i) => {
      if (!Array.isArray(a) && typeof a !== 'function') fail(`args[${i}] must be an array or a function returning one`)
    })
  }
  for (const key of ['target', 'consume', 'normalize', 'expect']) {
    if (kase[key] !== undefined && typeof kase[key] !== 'function') fail(`${key} must be a function`)
  }
  if (kase.answers !== undefined && !Array.isArray(kase.answers)) fail('answers must be an array')
  if (kase.kind !== undefined && kase.kind !== 'maker') fail(`kind must be 'maker'`)
  if (kase.differs !== undefined && (typeof kase.differs !== 'string' || !kase.differs || typeof kase.expect !== 'function')) {
    fail('differs must be a non-empty reason, and a case with differs needs expect(nv, js)')
  }
  if (kase.token !== undefined && typeof kase.token !== 'string') fail('token must be a string')
  if (kase.todo !== undefined && (typeof kase.todo !== 'string' || !kase.todo)) fail('todo must be a non-empty description of the bug')
  if (kase.wait !== undefined && !(Number.isInteger(kase.wait) && kase.wait > 0)) fail('wait must be a positive integer')
}

/** The argument lists of a case. */
export const argLists = (kase) => kase.args ?? [[]]

/** A short text for a value in a test name. */
export function preview(value, max = 60) {
  let text
  if (value === RC) text = 'RC'
  else if (value instanceof RequestContext) text = 'rcMap()'
  else if (value === undefined) text = 'undefined'
  else if (typeof value === 'function') text = value.name ? `fn ${value.name}` : 'fn'
  else if (value instanceof Date) text = `Date(${value.toISOString()})`
  else if (isClassInstance(value)) text = `<${classOf(value)}>`
  else {
    try {
      text = JSON.stringify(value) ?? String(value)
    } catch {
      text = String(value)
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The test name of one argument list of a case. */
export function caseTitle(kase, index) {
  const entry = argLists(kase)[index]
  const shown = kase.label ?? (typeof entry === 'function' ? `args[${index}]()` : entry.map((a) => preview(a, 40)).join(', '))
  const tag = kase.differs ? ' [differs]' : kase.todo ? ' [todo]' : ''
  return `${kase.method}(${shown})${tag} #${index}`
}

/** Deep copy of plain data (objects, arrays, Dates); other values are kept. */
function copyPlain(value) {
  if (Array.isArray(value)) return value.map(copyPlain)
  if (value instanceof Date) return new Date(value.getTime())
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      const out = proto === null ? Object.create(null) : {}
      for (const [k, v] of Object.entries(value)) out[k] = copyPlain(v)
      return out
    }
  }
  return value
}

function freshArgs(entry) {
  const list = typeof entry === 'function' ? entry() : copyPlain(entry)
  if (!Array.isArray(list)) throw new TypeError('an args function must return an array')
  return list
}

let nativePackage
let entry = 'index.js'
/**
 * Which entry of the package the cases run on: `index.js` (the Node.js build, native
 * transport; the default) or `edge.js` (the fetch build). Set before the first case runs.
 */
export function useEntry(name) {
  if (nativePackage) throw new Error('useEntry() after the package was loaded')
  entry = name
}

/** The package under test (its entry `useEntry` named). */
export function loadNative() {
  nativePackage ??= require(path.join(ROOT, entry))
  return nativePackage
}

/**
 * One test per argument list of every case of `cases/*.mjs`, grouped by case file, against a
 * recording server started for them (`runner` holds node:test's test, describe, before, after).
 */
export async function describeCases(runner, options) {
  const { test, describe, before, after } = runner
  const files = await loadCaseFiles(new URL('../cases/', import.meta.url))
  let srv
  before(async () => {
    srv = await startRecordingServer()
  })
  after(async () => {
    await srv?.close()
  })
  for (const { file, cases, error } of files) {
    describe(`cases/${file}`, () => {
      if (error) {
        test('loads', () => {
          throw error
        })
        return
      }
      for (const kase of cases) {
        argLists(kase).forEach((_, index) => {
          test(caseTitle(kase, index), kase.todo ? { ...options, todo: kase.todo } : options, () => runCase(srv, kase, index))
        })
      }
    })
  }
  return files
}

/** The client of one side for a case. */
function makeClient(side, kase, baseUrl) {
  const extra = typeof kase.options === 'function' ? kase.options(side, { baseUrl }) : (kase.options ?? {})
  const native = loadNative()
  if (kase.token !== undefined) {
    if (side === 'js') {
      return new JsClient({ baseUrl, ...extra, headers: { ...(extra.headers ?? {}), Authorization: `Bearer ${kase.token}` } })
    }
    const before = process.env.MASTRA_BASE_URL
    process.env.MASTRA_BASE_URL = baseUrl
    try {
      return native.createMastraClient(kase.token)
    } finally {
      if (before === undefined) delete process.env.MASTRA_BASE_URL
      else process.env.MASTRA_BASE_URL = before
    }
  }
  const options = { baseUrl, retries: 0, ...extra }
  return side === 'js' ? new JsClient(options) : new native.MastraClient(options)
}

const DEFAULT_ANSWER = { status: 200, body: {} }
const DEFAULT_TARGET_ANSWER = { status: 200, body: { runId: 'r1' } }

/** Runs one argument list of a case on one side; resolves with { requests, outcome }. */
async function runSide(srv, side, kase, index) {
  const [className, methodName] = kase.method.split('.')
  const who = side === 'js' ? 'client-js' : 'native'
  srv.reset()
  srv.reply(kase.targetAnswer ?? DEFAULT_TARGET_ANSWER)
  const client = makeClient(side, kase, srv.url)
  const target = kase.target ? await kase.target(client) : client
  assert.ok(isClassInstance(target), `${who}: target is ${preview(target)}, not a ${className}`)
  assert.equal(classOf(target), className, `${who}: target is a ${classOf(target)}, not a ${className}`)
  const fn = target[methodName]
  if (typeof fn !== 'function') assert.fail(`${who}: ${className} has no method ${methodName}`)

  srv.reset()
  if (kase.answers) srv.queue(...kase.answers)
  srv.reply(kase.answer ?? DEFAULT_ANSWER)
  const args = freshArgs(argLists(kase)[index])
  let outcome
  try {
    let value = await fn.apply(target, args)
    if (kase.consume) value = await kase.consume(value, side)
    outcome = { ok: true, value }
  } catch (error) {
    outcome = { ok: false, error }
  }
  if (kase.wait) await srv.waitForRequests(kase.wait)
  let requests = srv.requests.map(describeRequest)
  if (kase.normalize) requests = requests.map((r) => kase.normalize(r))
  return { requests, outcome, args }
}

/**
 * Runs argument list `index` of `kase` on both clients against the recording server `srv`
 * and asserts what the case format promises (see the top of this file).
 */
export async function runCase(srv, kase, index) {
  const js = await runSide(srv, 'js', kase, index)
  const nv = await runSide(srv, 'nv', kase, index)
  srv.reset()
  if (kase.kind === 'maker') {
    assert.equal(js.requests.length, 0, 'client-js made a request (premise of a maker case)')
    assert.equal(nv.requests.length, 0, 'native made a request (a maker case makes none)')
  }
  const ctx = { nvOutcome: nv.outcome, jsOutcome: js.outcome, args: nv.args }
  if (kase.differs) {
    await kase.expect(nv.requests, js.requests, ctx)
    return
  }
  const userHeaders = Object.keys((typeof kase.options === 'function' ? kase.options('js', { baseUrl: srv.url }) : kase.options)?.headers ?? {}).map((h) => h.toLowerCase())
  const urls = (list) => list.map((r) => `${r.method} ${r.url}`).join(', ') || 'none'
  assert.equal(
    nv.requests.length,
    js.requests.length,
    `request count: client-js sent ${js.requests.length} (${urls(js.requests)}), native ${nv.requests.length} (${urls(nv.requests)}); outcomes: client-js ${describeOutcome(js.outcome)}; native ${describeOutcome(nv.outcome)}`,
  )
  for (let i = 0; i < js.requests.length; i++) {
    assert.deepStrictEqual(
      projection(nv.requests[i], userHeaders),
      projection(js.requests[i], userHeaders),
      `request #${i}: native ${nv.requests[i].method} ${nv.requests[i].url} vs client-js ${js.requests[i].method} ${js.requests[i].url}`,
    )
  }
  compareOutcomes(nv.outcome, js.outcome, kase)
  if (kase.expect) await kase.expect(nv.requests, js.requests, ctx)
}

// ---------------------------------------------------------------------------
// Case files
// ---------------------------------------------------------------------------

/** The case files of a folder, in name order: [{ file, cases, error? }]. */
export async function loadCaseFiles(dir = new URL('../cases/', import.meta.url)) {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => n.endsWith('.mjs')).sort() : []
  const out = []
  for (const name of names) {
    const file = path.join(folder, name)
    try {
      const mod = await import(pathToFileURL(file).href)
      const cases = mod.default
      if (!Array.isArray(cases)) throw new TypeError(`${name}: the default export must be an array of cases`)
      cases.forEach((kase, i) => validateCase(kase, `${name} case #${i} (${kase?.method ?? '?'})`))
      out.push({ file: name, cases })
    } catch (error) {
      out.push({ file: name, cases: [], error })
    }
  }
  return out
}
