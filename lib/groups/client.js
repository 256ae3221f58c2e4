'use strict'
// Every class: `request(path, options)`, client-js's way to reach any server route.

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])

const custom = {
  /**
   * `request(path, options)` as client-js's: `path` after the API prefix; `options.body` sent
   * as JSON (a `FormData` as multipart), `headers` after the client's, `retries` for this
   * call, `signal`, and with `stream: true` the `Response` itself.
   */
  request: (kit) =>
    async function request(path, options = {}) {
      if (typeof path !== 'string') throw new TypeError(`request(path): path must be a string, got ${typeof path}`)
      const { method = 'GET', headers, body, stream, signal, retries } = options ?? {}
      const verb = String(method).toUpperCase()
      if (!VERBS.has(verb)) throw new TypeError(`request(): unsupported method ${JSON.stringify(method)} (GET, POST, PUT, PATCH or DELETE)`)
      if (retries !== undefined && (!Number.isSafeInteger(retries) || retries < 0)) {
        throw new RangeError('retries must be a non-negative safe integer')
      }
      if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError('request(): options.signal must be an AbortSignal')
      }
      const own = kit.plainHeaders(headers, 'request(): options.headers')
      const extras = {
        method: verb,
        path,
        headers: own ? Object.entries(own).flat() : undefined,
        retries: retries === undefined ? undefined : Math.min(retries, 0xffffffff),
      }
      const payload = body instanceof FormData ? body : body ? JSON.stringify(body) : null
      if (payload !== null && verb === 'GET') throw new TypeError('request(): a GET request cannot have a body')
      return kit.send(this, { body: payload, signal: signal ?? undefined, extras, reply: stream ? 'response' : 'json', where: `${verb} ${path}` })
    },
}

module.exports = { custom }
