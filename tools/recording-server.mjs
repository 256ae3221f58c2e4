// A small loopback HTTP server for tests: it records every request and answers from a
// programmable script.
//
//   const srv = await startRecordingServer()
//   srv.reply({ status: 200, body: { ok: true } })        // the answer when the queue is empty
//   srv.reply((req) => ({ status: 404, body: 'nope' }))   // or a function of the request
//   srv.queue({ status: 500 }, { status: 500 })           // answers used first, in order
//   await fetch(`${srv.url}/api/x`)
//   srv.requests[0] // { method, url, headers, body, rawBody, closed, closedEarly }
//                   // body: the body as UTF-8 text; rawBody: its bytes (a Buffer)
//   await srv.close()
//
// An answer is an object:
//   { status = 200, statusText?, headers?, body? }  body: string, Buffer, or any other value
//                                                  (sent as JSON with content-type JSON)
//   { hang: true }                                 never answers (the socket stays open)
//   { drop: true }                                 destroys the socket without an answer
//   { status?, headers?, chunks: [...], delayMs?,  writes the chunks (strings or Buffers) one
//     hangAfter?, dropAfter? }                     by one, `delayMs` apart, then ends (or, with
//                                                  hangAfter, keeps the response open; with
//                                                  dropAfter, destroys the socket mid-body;
//                                                  with delayMs: 0, a chunk waits for the
//                                                  socket to drain: `written` counts them)
//
// Each request record carries `closed` (a promise that settles when the connection of that
// request is closed, or its response finished) and `closedEarly` (a promise that resolves
// only when the client closed the connection before the response was complete).

import http from 'node:http'

const DEFAULT_ANSWER = { status: 200, body: {} }

/** Starts a recording server on 127.0.0.1 and an ephemeral port. */
export async function startRecordingServer({ defaultAnswer = DEFAULT_ANSWER } = {}) {
  const requests = []
  const queue = []
  let fallback = defaultAnswer
  const sockets = new Set()
  const timers = new Set()
  const waiters = []

  const server = http.createServer((req, res) => {
    const parts = []
    req.on('data', (chunk) => parts.push(chunk))
    req.on('end', () => {
      let resolveClosed
      let resolveEarly
      const record = {
        method: req.method,
        url: req.url,
        headers: { ...req.headers },
        rawBody: Buffer.concat(parts),
        body: Buffer.concat(parts).toString('utf8'),
        closed: new Promise((resolve) => (resolveClosed = resolve)),
        closedEarly: new Promise((resolve) => (resolveEarly = resolve)),
        isClosedEarly: false,
        written: 0,
      }
      res.on('close', () => {
        if (!res.writableFinished) {
          record.isClosedEarly = true
          resolveEarly()
        }
        resolveClosed()
      })
      requests.push(record)
      for (const waiter of [...waiters]) {
        if (requests.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(requests.slice())
        }
      }
      const script = queue.length > 0 ? queue.shift() : fallback
      Promise.resolve()
        .then(() => (typeof script === 'function' ? script(record, requests.length - 1) : script))
        .then((answer) => answerWith(req, res, answer ?? DEFAULT_ANSWER, record))
        .catch((err) => {
          if (!res.headersSent) {
            res.writeHead(599, { 'content-type': 'text/plain' })
            res.end(`recording server script failed: ${err?.stack ?? err}`)
          } else {
            res.destroy()
          }
        })
    })
  })

  function later(ms, fn) {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
  }

  function answerWith(req, res, answer, record) {
    if (answer.hang) return
    if (answer.drop) {
      req.socket.destroy()
      return
    }
    const headers = { ...(answer.headers ?? {}) }
    const status = answer.status ?? 200
    if (answer.chunks) {
      res.writeHead(status, answer.statusText, headers)
      if (typeof res.flushHeaders === 'function') res.flushHeaders()
      const chunks = [...answer.chunks]
      const delay = answer.delayMs ?? 20
      const step = () => {
        if (res.destroyed) return
        if (chunks.length === 0) {
          if (answer.dropAfter) req.socket.destroy()
          else if (!answer.hangAfter) res.end()
          return
        }
        const drained = res.write(chunks.shift())
        record.written++
        if (delay === 0 && !drained) res.once('drain', step)
        else later(delay, step)
      }
      step()
      return
    }
    let body = answer.body
    if (body === undefined || body === null) body = ''
    else if (typeof body !== 'string' && !Buffer.isBuffer(body)) {
      body = JSON.stringify(body)
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
    }
    headers['content-length'] = Buffer.byteLength(body)
    res.writeHead(status, answer.statusText, headers)
    res.end(body)
  }

  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address()

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    /** Sets the answer (or function of the request) used when the queue is empty. */
    reply(answer) {
      fallback = answer
      return this
    },
    /** Adds answers used first, one per request, in order. */
    queue(...answers) {
      queue.push(...answers)
      return this
    },
    /** Forgets recorded requests and queued answers, and restores the default answer. */
    reset() {
      requests.length = 0
      queue.length = 0
      fallback = defaultAnswer
      return this
    },
    /** Resolves once at least `count` requests were recorded. */
    waitForRequests(count = 1) {
      if (requests.length >= count) return Promise.resolve(requests.slice())
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    /** Number of open client connections. */
    get openConnections() {
      return sockets.size
    },
    /** Stops the server: ends pending chunk writers and closes every connection. */
    async close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const closed = new Promise((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections?.()
      await closed
    },
  }
}
