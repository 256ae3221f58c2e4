'use strict'
// The client surface, built from the route table: every class and method below comes from
// one declaration in src/core/routes/, rendered into lib/generated/. A method is compiled on
// its first call, so loading stays fast however large the table grows. Requests go through
// the client's transport (lib/transport/): the native core, or `fetch`.

const classFiles = require('./generated/classes')
const resourceByClass = require('./generated/resources')
const { reader, appendQuery, queryString, pathBuilder, pathSegment } = require('./encode')
const { plainRequestContext, plainHeaders } = require('./values')
const { clientConfig } = require('./options')
const { CORE } = require('./core')

/**
 * The `kind` hook of `route`: its entry (`refs`) names the function statically; a missing
 * one is a clear error naming the file it should be in.
 */
function hookOf(kind, route, refs) {
  const fn = refs?.[kind]?.()
  if (typeof fn !== 'function') throw new Error(`${route.name}: no ${kind} hook '${route[kind]}' in ${route.hookFile}`)
  return fn
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
  return { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') }
}

/** Both signals (client-wide and per call) as one, or undefined. */
function mergeSignals(a, b) {
  if (!a) return b
  if (!b) return a
  return AbortSignal.any([a, b])
}

/** Puts a call's arguments into its namespace under their parameter names. */
function bindArgs(ns, names, args) {
  for (let i = 0; i < names.length; i++) ns[names[i]] = args[i]
  return ns
}

/** The route's own headers (`[name, value, …]`), then the call's; undefined without any. */
function headersFor(route, own) {
  if (!route.headers) return own
  const headers = route.headers.flat()
  return own ? headers.concat(own) : headers
}

/**
 * Sends one request of `route` for `self` (a resource) and resolves with what `reply`
 * returns: `json` (parsed), `sse`, `records`, `events`, `response` or `batches` (see
 * stream.js). `path` holds the values of the route's placeholders, in order; `extras` may
 * set the call's own `method`, `path` (a ready target after the API prefix), `headers`,
 * `contentType` or `retries`.
 */
function send(self, route, { path = [], pairs = null, body = null, signal, extras, reply = 'json', where }) {
  const core = self[CORE]
  signal = mergeSignals(core.signal, signal)
  if (body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) {
    // A FormData: its bytes and multipart content type, as fetch would send them.
    return formBody(body).then((form) =>
      send(self, route, { path, pairs, body: form.body, signal, extras: { ...extras, contentType: form.contentType }, reply, where }),
    )
  }
  const label = `${route.class}.${route.method}()`
  const request = {
    verb: extras?.method ?? route.verb,
    target: (extras?.path ?? fillPath(route.path, path, label)) + queryString(pairs),
    body,
    contentType: extras?.contentType,
    headers: headersFor(route, extras?.headers),
    retries: extras?.retries,
    where: where ?? `${route.verb} ${route.path}`,
  }
  return dispatch(core, request, reply, signal)
}

/** Hands `request` to the client's transport: a JSON call, or a stream of kind `reply`. */
function dispatch(core, request, reply, signal) {
  // The stream shapes load with the first stream.
  if (reply !== 'json') return require('./stream').openStream(reply, core.transport, request, signal, request.where)
  return core.transport.request(request, signal)
}

/** `path` with its placeholders filled, in order, from `values` (encoded; '.' and '..' refused). */
function fillPath(path, values, label) {
  let i = 0
  return path.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = values[i++]
    if (value === undefined || value === null || value === '') throw new TypeError(`${label}: ${name} is required`)
    return pathSegment(value, name, label)
  })
}

/** Builds the method for an HTTP route (`refs`: its entry's hook references). */
function httpMethod(route, resource, refs) {
  const names = route.params
  const fields = resource ? resource.fields : []
  const where = `${route.verb} ${route.path}`
  const label = `${route.class}.${route.method}()`
  const buildPath = pathBuilder(route.path, label)
  const query = route.query.map((q) => [q, reader(q.src)])
  const buildBody = bodyBuilder(route.body)
  const prepare = route.prepare && hookOf('prepare', route, refs)
  const keep = keeper(route.keep)
  const finish = route.finish && hookOf('finish', route, refs)
  const readSignal = route.signal ? reader(route.signal) : null
  const reply = route.reply.kind === 'resourceFromReply' ? 'json' : route.reply.kind
  const make = route.reply.kind === 'resourceFromReply' ? resourceMaker(route, route.reply.class) : null
  const headers = headersFor(route, undefined)

  return function (...args) {
    let ns, pending, signal
    try {
      ns = {}
      for (const field of fields) ns[field] = this[field]
      bindArgs(ns, names, args)
      if (prepare) prepare(ns, route)
      let target = buildPath(ns)
      if (query.length !== 0) {
        const pairs = []
        for (const [q, read] of query) {
          const value = read(ns)
          if (q.required && (value === undefined || value === null || value === '')) {
            throw new Error(`${label} ${q.required} ${route.method}().`)
          }
          appendQuery(pairs, q, value)
        }
        target += queryString(pairs)
      }
      const body = buildBody(ns)
      const core = this[CORE]
      signal = mergeSignals(core.signal, readSignal ? readSignal(ns) : undefined)
      if (body !== null && typeof body === 'object') {
        pending = formBody(body).then((form) =>
          dispatch(core, { verb: route.verb, target, body: form.body, contentType: form.contentType, headers, where }, reply, signal),
        )
      } else {
        pending = dispatch(core, { verb: route.verb, target, body, headers, where }, reply, signal)
      }
    } catch (err) {
      return Promise.reject(err)
    }
    if (make) pending = pending.then((value) => make(this, ns, value))
    if (keep) pending = pending.then(keep)
    if (finish) pending = pending.then((value) => finish(value, ns, this, signal))
    return pending
  }
}

/** What of the parsed reply a method resolves with (`keep` in the table); null for all of it. */
function keeper(keep) {
  if (keep === undefined) return null
  if (keep === 'nothing') return () => undefined
  const field = keep.field
  return (reply) => reply[field]
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
  const names = route.params
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
 * What a custom method (`custom` in the table, made by a hook file) works with: its route,
 * the plain method the route declares, `send` for requests of its own, `make` for objects, and
 * `signal` (a call's own signal merged with the client-wide one).
 */
function kitFor(route, resource, refs) {
  return {
    route,
    plain: route.verb ? httpMethod(route, resource, refs) : null,
    send: (self, options) => send(self, route, { where: `${route.class}.${route.method}()`, ...options }),
    make: (self, className, values) => new (classOf(className))(self[CORE], values),
    signal: (self, own) => mergeSignals(self[CORE].signal, own),
    plainHeaders,
  }
}

// ---- transports: the entry point (index.js: native; browser.js: fetch) names the default;
// a client given `fetch` uses the fetch transport with it wherever it runs.
let defaultTransport = null

/** Sets the transport of clients made without `fetch` (called once by the package's entry). */
function useDefaultTransport(create) {
  defaultTransport = create
}

/** Creates the core of a client (`{ transport, signal, options }`) from client-js `ClientOptions`. */
function createCore(options) {
  const config = clientConfig(options)
  // The fetch transport loads only where a client uses it (the fetch build, or `fetch`).
  const transport = config.fetch ? require('./transport/fetch-adapter').fetchTransport(config) : defaultTransport(config)
  return { transport, signal: config.signal, options }
}

// ---- classes: generated (lib/generated/classes/) on `Base`, which gives an object its
// core, its fields and its members (e.g. `client.observability`, made with their owner).
const membersOf = new Map()
for (const [className, resource] of Object.entries(resourceByClass)) {
  if (!resource.member) continue
  const list = membersOf.get(resource.member.of) ?? []
  list.push([resource.member.field, className, resource.fields])
  membersOf.set(resource.member.of, list)
}

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
    for (const field of resourceByClass[name].fields) this[field] = values?.[field]
    const members = membersOf.get(name)
    if (members) for (const member of members) defineMember(this, core, member)
  }

  /** The core of a new client, from client-js `ClientOptions`. */
  static client(options) {
    return createCore(options)
  }

  /**
   * client-js's `BaseResource.options`: the options the client was made with, the same object
   * for every object it makes (read once: changing it later changes nothing).
   */
  get options() {
    return this[CORE].options
  }
}

// ---- methods: each compiled at its first call and kept on its route's entry (in
// lib/generated/routes/<group>.js). A route with `when` is a variant of its method: a call
// takes it when the value named by `when` is set, else the main route.

/** Calls the method of route `entry` on `self`, compiling it first if need be. */
function run(self, entry, args) {
  const method = entry.method ?? compileFor(self, entry)
  return method.apply(self, args)
}

/** Compiles the route of `entry` (for `self`'s class when the route is on every class). */
function compileFor(self, entry) {
  const route = (entry.route ??= JSON.parse(entry.json))
  if (route.class !== '*') return (entry.method = named(compile(route, resourceByClass[route.class], entry), route))
  // A method of every class (`request`): compiled once per class, and not kept on the entry.
  const byClass = (entry.byClass ??= new Map())
  const className = self.constructor.name
  let method = byClass.get(className)
  if (!method) byClass.set(className, (method = named(compile(route, resourceByClass[className], entry), route)))
  return method
}

/** `method` with the route's method name. */
function named(method, route) {
  return Object.defineProperty(method, 'name', { value: route.method })
}

/** Compiles the method of the main route `route` (of `entry`) for `resource`'s class. */
function compile(route, resource, entry) {
  let method
  if (route.custom) method = hookOf('custom', route, entry)(kitFor(route, resource, entry))
  else if (route.reply.kind === 'delegate') method = delegateMethod(route)
  else if (route.verb) method = httpMethod(route, resource, entry)
  else method = resourceMethod(route)
  if (route.variants) {
    const variants = route.variants.map((variant, i) => [reader(variant.when), httpMethod(variant, resource, entry.variants?.[i])])
    method = withVariants(route, method, variants)
  }
  return method
}

// The classes are rendered from the route table into lib/generated/classes/ (one file per
// group); a group's file is loaded when one of its classes is first needed.
const Resource = require('./generated/classes/resource')(Base, run)
const groupClasses = new Map()
/** The class named `name`. */
function classOf(name) {
  const group = resourceByClass[name].group
  let made = groupClasses.get(group)
  if (!made) groupClasses.set(group, (made = classFiles[group](Resource, Base, run)))
  return made[name]
}

/** The method that takes the first variant whose `when` value is set, else `main`. */
function withVariants(route, main, alternatives) {
  const names = route.params
  return function (...args) {
    const ns = bindArgs({}, names, args)
    for (const [isSet, variant] of alternatives) if (isSet(ns)) return variant.apply(this, args)
    return main.apply(this, args)
  }
}

module.exports = { MastraClient: classOf('MastraClient'), useDefaultTransport }
