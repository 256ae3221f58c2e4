'use strict'
// The client surface, built from the route table of the native core: every class and
// method below comes from one declaration in src/core/routes/. A method is compiled on its
// first call, so loading stays fast however large the table grows.

const { NativeClient, resourceTable, routeJson } = require('./native')
const { fromNativeConfigError } = require('./errors')
const { requestJson, completions } = require('./calls')
const hooks = require('./hooks')
const { BEARER, plainRequestContext, plainHeaders, isoDate, queryValue } = require('./values')

const { CORE } = require('./core')
// Only the resources are read at load; a route's declaration is read at its method's first
// call.
const resources = JSON.parse(resourceTable())
const resourceByClass = new Map(resources.map((r) => [r.class, r]))
/** The whole declaration of route `index`. */
const routeAt = (index) => JSON.parse(routeJson(index))

/**
 * Compiles a `src` reference (`a.b|c`) into a reader of the call namespace. A single path
 * reads its value as it is (`null` included, as `JSON.stringify` keeps it); alternatives
 * give the first value that is set.
 */
function reader(src) {
  const alternatives = src.split('|').map((alt) => alt.split('.'))
  if (alternatives.length === 1) {
    const [path] = alternatives
    return (ns) => {
      let value = ns
      for (const key of path) value = value == null ? undefined : value[key]
      return value
    }
  }
  return (ns) => {
    for (const path of alternatives) {
      let value = ns
      for (const key of path) value = value == null ? undefined : value[key]
      if (value !== undefined && value !== null) return value
    }
    return undefined
  }
}

const isSet = (value) => value !== undefined && value !== null

/** Appends the query pair(s) of one value, as client-js writes them. */
function appendQuery(out, query, value) {
  const key = query.key
  switch (query.enc) {
    case 'str':
      if (isSet(value) && value !== '') out.push(key, String(value))
      return
    case 'raw':
      out.push(key, `${value}`)
      return
    case 'num':
      if (isSet(value)) out.push(key, String(value))
      return
    case 'json':
      if (isSet(value)) out.push(key, JSON.stringify(value))
      return
    case 'rc': {
      const context = plainRequestContext(value)
      if (context) out.push(key, JSON.stringify(context))
      return
    }
    case 'flag':
      if (value) out.push(key, 'true')
      return
    case 'iso':
      if (value) out.push(key, isoDate(value))
      return
    case 'pairs':
      if (value) for (const [k, v] of Object.entries(value)) out.push(key, `${k}:${v}`)
      return
    case 'csv':
      if (Array.isArray(value) ? value.length > 0 : isSet(value) && value !== '') out.push(key, [].concat(value).join(','))
      return
    case 'params':
      return appendParams(out, value, query.flatten ?? [])
    case 'spread':
      if (!value) return
      for (const [k, v] of Object.entries(value)) {
        // An array value is one pair per element (a parameter appended several times).
        if (Array.isArray(v)) for (const e of v) out.push(k, String(e))
        else if (isSet(v)) out.push(k, String(v))
      }
      return
    default:
      throw new TypeError(`unknown query encoding ${query.enc}`)
  }
}

/** client-js `toQueryParams(params, flatten)`: a key set twice keeps its first place. */
function appendParams(out, params, flatten) {
  if (!params || typeof params !== 'object') return
  const set = new Map()
  const add = (obj) => {
    for (const [key, value] of Object.entries(obj)) {
      if (!isSet(value)) continue
      if (flatten.includes(key) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) add(value)
      else set.set(key, queryValue(value))
    }
  }
  add(params)
  for (const [key, value] of set) out.push(key, value)
}

/** Compiles the body declaration of a route into a function of the namespace → body. */
function bodyBuilder(body) {
  switch (body.kind) {
    case 'none':
      return () => null
    case 'whole': {
      const read = reader(body.src)
      // A falsy value (undefined, null, 0, '') sends no body, as client-js's request() does.
      return (ns) => {
        const value = read(ns)
        return value ? JSON.stringify(value) : null
      }
    }
    case 'pick': {
      const fields = body.fields.map((f) => [f.key, reader(f.src), f.enc])
      return (ns) => {
        const out = {}
        for (const [key, read, enc] of fields) out[key] = enc === 'rc' ? plainRequestContext(read(ns)) : read(ns)
        return JSON.stringify(out)
      }
    }
    case 'omit': {
      const read = reader(body.src)
      const drop = new Set(body.keys)
      return (ns) => {
        const out = {}
        for (const [k, v] of Object.entries(read(ns) ?? {})) if (!drop.has(k)) out[k] = v
        return JSON.stringify(out)
      }
    }
    case 'form': {
      const read = reader(body.src)
      return (ns) => read(ns) ?? null
    }
    default:
      throw new TypeError(`unknown body kind ${body.kind}`)
  }
}

/** A `FormData` as the bytes and content type `fetch` would send. */
async function formBody(form) {
  const request = new Request('http://form.invalid/', { method: 'POST', body: form })
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type') }
}

/** Both signals (client-wide and per call) as one, or undefined. */
function mergeSignals(a, b) {
  if (!a) return b
  if (!b) return a
  return AbortSignal.any([a, b])
}

/** Parameter or field names (`name?: Type` → `name`, `...rest: T[]` → `rest`). */
function namesOf(decls) {
  return decls.map((p) => p.split(':')[0].trim().replace(/^\.\.\./, '').replace(/\?$/, ''))
}

/** Puts a call's arguments into its namespace under their parameter names. */
function bindArgs(ns, names, args) {
  for (let i = 0; i < names.length; i++) ns[names[i]] = args[i]
  return ns
}

/**
 * Sends one request for `self` (a resource) and resolves with what `reply` returns:
 * `json` (parsed), `sse`, `records`, `events` or `response` (see stream.js).
 * `extras` may set the call's own verb, path, headers, content type or retries.
 */
function send(self, index, { path = [], pairs = null, body = null, signal, extras, reply = 'json', where }) {
  const core = self[CORE]
  signal = mergeSignals(core.signal, signal)
  if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) {
    // A FormData: its bytes and multipart content type, as fetch would send them.
    return formBody(body).then((form) =>
      send(self, index, { path, pairs, body: form.body, signal, extras: { ...extras, contentType: form.contentType }, reply, where }),
    )
  }
  if (reply !== 'json') return require('./stream').openStream(reply, core.native, index, path, pairs, body, signal, extras, where)
  return requestJson(core.native, index, path, pairs, body, where, signal, extras)
}

/** Builds the method for an HTTP route. */
function httpMethod(route, index, resource) {
  const names = namesOf(route.params)
  const fields = namesOf(resource ? resource.fields : [])
  const where = `${route.verb} ${route.path}`
  const label = `${route.class}.${route.method}()`
  const placeholders = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1], reader(m[1])])
  const query = route.query.map((q) => [q, reader(q.src)])
  const buildBody = bodyBuilder(route.body)
  const prepare = route.prepare && hooks.hookOf('prepare', route.prepare, route)
  const finish = route.finish && hooks.hookOf('finish', route.finish, route)
  const readSignal = route.signal ? reader(route.signal) : null
  const reply = route.reply.kind === 'resourceFromReply' ? 'json' : route.reply.kind
  const make = route.reply.kind === 'resourceFromReply' ? resourceMaker(route, route.reply.class) : null

  return function (...args) {
    let ns, pending, signal
    try {
      ns = {}
      for (const field of fields) ns[field] = this[field]
      bindArgs(ns, names, args)
      if (prepare) prepare(ns, route)

      const path = []
      for (const [name, read] of placeholders) {
        const value = read(ns)
        if (value === undefined || value === null || value === '') throw new TypeError(`${label}: ${name} is required`)
        const text = String(value)
        if (text === '.' || text === '..') {
          throw new TypeError(`${label}: ${name} cannot be ${JSON.stringify(text)}: a path value of '.' or '..' would change the request path`)
        }
        path.push(text)
      }
      let pairs = null
      for (const [q, read] of query) {
        const value = read(ns)
        if (q.required && (value === undefined || value === null || value === '')) {
          throw new Error(`${label} ${q.required} ${route.method}().`)
        }
        appendQuery((pairs ??= []), q, value)
      }
      if (pairs !== null && pairs.length === 0) pairs = null
      signal = readSignal ? readSignal(ns) : undefined
      pending = send(this, index, { path, pairs, body: buildBody(ns), signal, reply, where })
    } catch (err) {
      return Promise.reject(err)
    }
    if (make) pending = pending.then((value) => make(this, ns, value))
    if (finish) pending = pending.then((value) => finish(value, ns, this, mergeSignals(this[CORE].signal, signal)))
    return pending
  }
}

/** A function making the resource a route returns, with its fields bound. */
function resourceMaker(route, className) {
  const binds = route.bind.map((b) => [b.field, reader(b.src), b.optional])
  return (owner, ns, reply) => {
    const values = {}
    const scope = reply === undefined ? ns : { ...ns, reply }
    for (const [field, read, optional] of binds) {
      const value = read(scope)
      if (!optional && (typeof value !== 'string' || value === '')) {
        throw new TypeError(`${route.method}(): ${field} must be a non-empty string`)
      }
      values[field] = value
    }
    return new (classOf(className))(owner[CORE], values)
  }
}

/** Builds the method for a route that makes a resource without a request. */
function resourceMethod(route) {
  const names = namesOf(route.params)
  const make = resourceMaker(route, route.reply.class)
  return function (...args) {
    return make(this, bindArgs({}, names, args), undefined)
  }
}

/** Builds the method that forwards to `member.method` (client-js's delegating methods). */
function delegateMethod(route) {
  const [member, method] = route.reply.to.split('.')
  return function (...args) {
    return this[member][method](...args)
  }
}

/**
 * What a custom method (`custom` in the table, made by a group file) works with: its route,
 * the plain method the route declares, `send` for requests of its own, `make` for objects, and
 * `signal` (a call's own signal merged with the client-wide one).
 */
function kitFor(route, index, resource) {
  return {
    route,
    index,
    plain: route.verb ? httpMethod(route, index, resource) : null,
    send: (self, options) => send(self, index, { where: `${route.class}.${route.method}()`, ...options }),
    make: (self, className, values) => new (classOf(className))(self[CORE], values),
    signal: (self, own) => mergeSignals(self[CORE].signal, own),
    plainHeaders,
  }
}

/** Number options this package adds to client-js's (checked here; ranges in the core). */
const EXTENSION_NUMBERS = ['timeoutMs', 'streamIdleTimeoutMs', 'maxStreamRecordBytes']

/** Creates the native core of a client from client-js `ClientOptions`. */
function createCore(options) {
  if (options === null || typeof options !== 'object') throw new TypeError('MastraClient: options must be an object')
  if (typeof options.baseUrl !== 'string') throw new TypeError('MastraClient: options.baseUrl must be a string')
  if (options.fetch !== undefined) {
    throw new TypeError(
      'MastraClient: the `fetch` option is not supported: requests go through the native HTTP core (use `headers`, `timeoutMs` and `abortSignal` instead)',
    )
  }
  const signal = options.abortSignal
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError('MastraClient: options.abortSignal must be an AbortSignal')
  for (const name of EXTENSION_NUMBERS) {
    if (options[name] !== undefined && typeof options[name] !== 'number') throw new TypeError(`MastraClient: options.${name} must be a number`)
  }
  let native
  try {
    native = new NativeClient(
      {
        baseUrl: options.baseUrl,
        apiPrefix: options.apiPrefix,
        retries: options.retries,
        backoffMs: options.backoffMs,
        maxBackoffMs: options.maxBackoffMs,
        headers: plainHeaders(options.headers),
        bearerToken: options[BEARER],
        timeoutMs: options.timeoutMs,
        streamIdleTimeoutMs: options.streamIdleTimeoutMs,
        maxStreamRecordBytes: options.maxStreamRecordBytes,
      },
      completions,
    )
  } catch (err) {
    throw fromNativeConfigError(err)
  }
  return { native, signal }
}

// ---- classes: generated (lib/classes/) on `Base`, which gives an object its core, its
// fields and its members (e.g. `client.observability`, made with their owner).
const membersOf = new Map()
for (const resource of resources) {
  if (!resource.member) continue
  const list = membersOf.get(resource.member.of) ?? []
  list.push([resource.member.field, resource.class, namesOf(resource.fields)])
  membersOf.set(resource.member.of, list)
}
const fieldsOf = new Map(resources.map((r) => [r.class, namesOf(r.fields)]))

/**
 * Gives `self` the member `field` (an object of `memberClass` with the owner's fields of the
 * same names), made when first read: a client does not pay for members it never uses.
 */
function defineMember(self, core, [field, memberClass, memberFields]) {
  Object.defineProperty(self, field, {
    enumerable: true,
    configurable: true,
    get() {
      const own = {}
      for (const f of memberFields) own[f] = self[f]
      const value = new (classOf(memberClass))(core, own)
      Object.defineProperty(self, field, { value, enumerable: true, writable: true, configurable: true })
      return value
    },
    set(value) {
      Object.defineProperty(self, field, { value, enumerable: true, writable: true, configurable: true })
    },
  })
}

class Base {
  /** A resource on `core` with the given field values (a client: `Base.client(options)`). */
  constructor(core, values) {
    const name = new.target.name
    this[CORE] = core
    for (const field of fieldsOf.get(name)) this[field] = values?.[field]
    const members = membersOf.get(name)
    if (members) for (const member of members) defineMember(this, core, member)
  }

  /** The core of a new client, from client-js `ClientOptions`. */
  static client(options) {
    return createCore(options)
  }
}

// ---- methods: each compiled at its first call. A route with `when` is a variant of its
// method: a call takes it when the value named by `when` is set, else the main route.
const compiled = []
const compiledPerClass = []

/** Calls the method of route `index` on `self`, compiling it first if need be. */
function run(self, index, args) {
  const method = compiled[index] ?? compileFor(self, index)
  return method.apply(self, args)
}

/** Compiles route `index` (for `self`'s class when the route is on every class). */
function compileFor(self, index) {
  const route = routeAt(index)
  if (route.class !== '*') return (compiled[index] = named(compile(route, index, resourceByClass.get(route.class)), route))
  const byClass = (compiledPerClass[index] ??= new Map())
  const name = self.constructor.name
  let method = byClass.get(name)
  if (!method) byClass.set(name, (method = named(compile(route, index, resourceByClass.get(name)), route)))
  return method
}

/** `method` with the route's method name. */
function named(method, route) {
  return Object.defineProperty(method, 'name', { value: route.method })
}

/** Compiles the method of the main route `route` (index `index`) for `resource`'s class. */
function compile(route, index, resource) {
  let method
  if (route.custom) method = hooks.hookOf('custom', route.custom, route)(kitFor(route, index, resource))
  else if (route.reply.kind === 'delegate') method = delegateMethod(route)
  else if (route.verb) method = httpMethod(route, index, resource)
  else method = resourceMethod(route)
  if (route.variants) {
    const compiledVariants = route.variants.map((i) => {
      const variant = routeAt(i)
      return [reader(variant.when), httpMethod(variant, i, resource)]
    })
    method = withVariants(route, method, compiledVariants)
  }
  return method
}

// The classes are rendered from the route table into lib/classes/ (one file per group); a
// group's file is loaded when one of its classes is first needed.
const Resource = require('./classes/resource')(Base, run)
const groupClasses = new Map()
/** The class named `name`. */
function classOf(name) {
  const group = resourceByClass.get(name).group
  let made = groupClasses.get(group)
  if (!made) groupClasses.set(group, (made = require(`./classes/${group}`)(Resource, Base, run)))
  return made[name]
}

/** The method that takes the first variant whose `when` value is set, else `main`. */
function withVariants(route, main, alternatives) {
  const names = namesOf(route.params)
  return function (...args) {
    const ns = bindArgs({}, names, args)
    for (const [isSet, variant] of alternatives) if (isSet(ns)) return variant.apply(this, args)
    return main.apply(this, args)
  }
}

module.exports = { MastraClient: classOf('MastraClient') }
