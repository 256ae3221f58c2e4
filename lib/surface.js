'use strict'
// The client surface, built from the route table of the native core: every class and
// method below comes from one declaration in src/core/routes.rs.

const { NativeClient, routeTable } = require('../binding.js')
const { fromNativeConfigError } = require('./errors')
const { requestJson, completions } = require('./calls')
const hooks = require('./hooks')
const { openSseResponse } = require('./stream')

const CORE = Symbol('mastra.client.core')
const table = JSON.parse(routeTable())

/** Compiles a `src` reference (`a.b|c`) into a reader of the call namespace. */
function reader(src) {
  const alternatives = src.split('|').map((alt) => alt.split('.'))
  return (ns) => {
    for (const path of alternatives) {
      let value = ns
      for (const key of path) value = value == null ? undefined : value[key]
      if (value !== undefined && value !== null) return value
    }
    return undefined
  }
}

/** Appends the query pair(s) of one value, as client-js writes them. */
function appendQuery(out, key, enc, value) {
  switch (enc) {
    case 'str':
      if (value !== undefined && value !== null && value !== '') out.push(key, String(value))
      return
    case 'raw':
      out.push(key, `${value}`)
      return
    case 'num':
      if (value !== undefined && value !== null) out.push(key, String(value))
      return
    case 'json':
      if (value !== undefined && value !== null) out.push(key, JSON.stringify(value))
      return
    case 'rc': {
      const context = hooks.plainRequestContext(value)
      if (context) out.push(key, JSON.stringify(context))
      return
    }
    case 'flag':
      if (value) out.push(key, 'true')
      return
    case 'iso':
      if (value) out.push(key, value instanceof Date ? value.toISOString() : new Date(value).toISOString())
      return
    case 'pairs':
      if (value) for (const [k, v] of Object.entries(value)) out.push(key, `${k}:${v}`)
      return
    default:
      throw new TypeError(`unknown query encoding ${enc}`)
  }
}

/** Compiles the body declaration of a route into a function of the namespace → JSON text. */
function bodyBuilder(body) {
  switch (body.kind) {
    case 'none':
      return () => null
    case 'whole': {
      const read = reader(body.src)
      return (ns) => {
        const value = read(ns)
        return value === undefined ? null : JSON.stringify(value)
      }
    }
    case 'pick': {
      const fields = body.fields.map((f) => [f.key, reader(f.src), f.enc])
      return (ns) => {
        const out = {}
        for (const [key, read, enc] of fields) out[key] = enc === 'rc' ? hooks.plainRequestContext(read(ns)) : read(ns)
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
    default:
      throw new TypeError(`unknown body kind ${body.kind}`)
  }
}

/** Both signals (client-wide and per call) as one, or undefined. */
function mergeSignals(a, b) {
  if (!a) return b
  if (!b) return a
  return AbortSignal.any([a, b])
}

/** Parameter names of a route (`name?: Type` → `name`). */
function paramNames(route) {
  return route.params.map((p) => p.split(':')[0].trim().replace(/\?$/, ''))
}

/** Puts a call's arguments into its namespace under their parameter names. */
function bindArgs(ns, names, args) {
  for (let i = 0; i < names.length; i++) ns[names[i]] = args[i]
  return ns
}

/** Builds the method for an HTTP route. */
function httpMethod(route, index, resource) {
  const names = paramNames(route)
  const fields = resource.fields
  const where = `${route.verb} ${route.path}`
  const label = `${route.class}.${route.method}()`
  const placeholders = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1], reader(m[1])])
  const query = route.query.map((q) => [q.key, reader(q.src), q.enc, q.required])
  const buildBody = bodyBuilder(route.body)
  const prepare = route.prepare && hooks.prepare[route.prepare]
  const finish = route.finish && hooks.finish[route.finish]
  const readSignal = route.signal ? reader(route.signal) : null
  const streams = route.reply.kind === 'sse'
  const make = route.reply.kind === 'resourceFromReply' ? resourceMaker(route, route.reply.class) : null

  return function (...args) {
    const core = this[CORE]
    const ns = {}
    for (const field of fields) ns[field] = this[field]
    bindArgs(ns, names, args)
    if (prepare) prepare(ns, route)

    const path = []
    for (const [name, read] of placeholders) {
      const value = read(ns)
      if (value === undefined || value === null || value === '') throw new TypeError(`${label}: ${name} is required`)
      path.push(String(value))
    }
    let pairs = null
    for (const [key, read, enc, required] of query) {
      const value = read(ns)
      if (required && (value === undefined || value === null || value === '')) {
        throw new Error(`${label} ${required} ${route.method}().`)
      }
      appendQuery((pairs ??= []), key, enc, value)
    }
    if (pairs !== null && pairs.length === 0) pairs = null
    const body = buildBody(ns)
    const signal = mergeSignals(core.signal, readSignal && readSignal(ns))

    if (streams) return openSseResponse(core.native, index, path, pairs, body, signal)

    let pending = requestJson(core.native, index, path, pairs, body, where, signal)
    if (make) pending = pending.then((reply) => make(this, ns, reply))
    if (finish) pending = pending.then((reply) => finish(reply, ns, this, signal))
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
    return new classes[className](owner[CORE], values)
  }
}

/** Builds the method for a route that makes a resource without a request. */
function resourceMethod(route) {
  const names = paramNames(route)
  const make = resourceMaker(route, route.reply.class)
  return function (...args) {
    return make(this, bindArgs({}, names, args), undefined)
  }
}

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
  let native
  try {
    native = new NativeClient(
      {
        baseUrl: options.baseUrl,
        apiPrefix: options.apiPrefix,
        retries: options.retries,
        backoffMs: options.backoffMs,
        maxBackoffMs: options.maxBackoffMs,
        headers: hooks.plainHeaders(options.headers),
        bearerToken: options[hooks.BEARER],
        timeoutMs: options.timeoutMs,
      },
      completions,
    )
  } catch (err) {
    throw fromNativeConfigError(err)
  }
  return { native, signal }
}

const classes = {}
for (const resource of table.resources) {
  const name = resource.class
  const Cls =
    name === 'MastraClient'
      ? class MastraClient {
          /** @param {import('../index').ClientOptions} options */
          constructor(options) {
            this[CORE] = createCore(options)
          }
        }
      : {
          [name]: class {
            constructor(core, values) {
              this[CORE] = core
              for (const field of resource.fields) this[field] = values[field]
            }
          },
        }[name]
  classes[name] = Cls
}
// Methods from the table. A route with `when` is a variant of its method: a call takes it
// when the value named by `when` is set, else the method's main route.
const variants = new Map()
table.routes.forEach((route, index) => {
  if (!route.when) return
  const key = `${route.class}.${route.method}`
  if (!variants.has(key)) variants.set(key, [])
  variants.get(key).push([reader(route.when), httpMethod(route, index, resourceOf(route))])
})
table.routes.forEach((route, index) => {
  if (route.when) return
  let method = route.verb ? httpMethod(route, index, resourceOf(route)) : resourceMethod(route)
  const alternatives = variants.get(`${route.class}.${route.method}`)
  if (alternatives) method = withVariants(route, method, alternatives)
  Object.defineProperty(method, 'name', { value: route.method })
  Object.defineProperty(classes[route.class].prototype, route.method, { value: method, writable: true, configurable: true })
})

function resourceOf(route) {
  return table.resources.find((r) => r.class === route.class)
}

/** The method that takes the first variant whose `when` value is set, else `main`. */
function withVariants(route, main, alternatives) {
  const names = paramNames(route)
  return function (...args) {
    const ns = bindArgs({}, names, args)
    for (const [isSet, variant] of alternatives) if (isSet(ns)) return variant.apply(this, args)
    return main.apply(this, args)
  }
}

module.exports = { classes }
