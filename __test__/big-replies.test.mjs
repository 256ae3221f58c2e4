// Long JSON replies reach JavaScript as text prepared on the I/O thread (Latin-1 or UTF-16,
// the forms V8 stores strings in): the value must be the one `fetch` + `JSON.parse` gives for
// the same bytes, for every kind of text and at every size around the threshold (64 KiB),
// invalid UTF-8 included (U+FFFD, as fetch does); a JSON text with few characters beyond
// U+00FF comes as one-byte text with those escaped, which must parse to the same value, and a
// long reply that is not JSON must be quoted in its error as it came. The I/O thread keeps its long buffers for
// the next reply, and one drain of the completion queue hands over a bounded amount of text.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { createRequire } from 'node:module'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)
const { MastraClient } = require('../index.js')

/** A JSON text of about `bytes` bytes whose strings are made of `sample`. */
function jsonOf(sample, bytes) {
  const items = []
  let size = 2
  for (let i = 0; size < bytes; i++) {
    const item = { id: i, text: `${sample} ${i}` }
    size += Buffer.byteLength(JSON.stringify(item)) + 1
    items.push(item)
  }
  return Buffer.from(JSON.stringify(items))
}

const BODIES = {
  ascii: jsonOf('plain ASCII text', 200_000),
  latin1: jsonOf('café crème, naïve façade, ÿ', 200_000),
  utf16: jsonOf('日本語のテキスト 😀 and 𝄞 with ASCII', 200_000),
  justBelow: jsonOf('é', 64 * 1024 - 200),
  justAbove: jsonOf('é', 64 * 1024 + 200),
  // 1 MiB of recorded-looking messages, ~5% of the bytes non-ASCII: a UTF-16 text.
  messages: jsonOf('a message with some text, café, 日本語 and 😀 in it', 1 << 20),
  // Invalid UTF-8 inside a string: a lone continuation byte and a cut 3-byte sequence.
  invalid: Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(70_000, 'x'), Buffer.from([0x80, 0xe6, 0x97]), Buffer.from('z","b":"日本"}')]),
}

// Long 200 replies that are not JSON, with characters beyond U+00FF near their start: an HTML
// page, and an object whose string escapes one of them with a backslash (invalid there).
const NOT_JSON = {
  page: Buffer.from(`<html><p>日本語 😀</p>${'x'.repeat(70_000)}</html>`),
  escaped: Buffer.from(`{"a":"x\\日本","b":"${'x'.repeat(70_000)}"}`),
}

let server
let baseUrl
before(async () => {
  server = http.createServer((req, res) => {
    const name = req.url.split('/').pop()
    const body = BODIES[name] ?? NOT_JSON[name]
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
    res.end(body ?? '{}')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${server.address().port}`
})
after(() => server.close())

for (const name of Object.keys(BODIES)) {
  test(`a ${BODIES[name].length}-byte ${name} reply is the value fetch + JSON.parse give`, async () => {
    const client = new MastraClient({ baseUrl })
    const expected = JSON.parse(new TextDecoder().decode(BODIES[name]))
    const got = await client.request(`/replies/${name}`)
    assert.deepEqual(got, expected)
    // Many at once: the strings of one batch of completions stay apart.
    const many = await Promise.all(Array.from({ length: 8 }, () => client.request(`/replies/${name}`)))
    for (const value of many) assert.deepEqual(value, expected)
  })
}

/** Minor page faults of the native I/O threads so far (Linux: /proc/self/task). */
function ioThreadFaults() {
  let faults = 0
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    if (name.startsWith('mastra-client-n')) faults += Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7])
  }
  return faults
}

test('1 MiB replies one after another reuse the I/O thread buffers instead of faulting in fresh memory each time', { skip: !existsSync('/proc/self/task') && 'needs /proc/self/task (Linux)' }, async () => {
  const client = new MastraClient({ baseUrl })
  const expected = JSON.parse(new TextDecoder().decode(BODIES.messages))
  for (let i = 0; i < 5; i++) assert.deepEqual(await client.request('/replies/messages'), expected)
  const before = ioThreadFaults()
  const calls = 20
  for (let i = 0; i < calls; i++) assert.equal((await client.request('/replies/messages')).length, expected.length)
  const perCall = (ioThreadFaults() - before) / calls
  // A fresh 1 MiB body and its 2 MiB of UTF-16 cost ~500 faults of 4 KiB a call (467–520
  // measured); with kept buffers what is left is the HTTP stack's own (10–90 measured).
  assert.ok(perCall < 160, `${perCall} page faults a call on the I/O thread`)
})

test('40 long replies finishing together all settle with their own values (drained a bounded batch at a time)', async () => {
  const client = new MastraClient({ baseUrl })
  const names = ['messages', 'utf16', 'latin1', 'ascii']
  const expected = Object.fromEntries(names.map((n) => [n, JSON.parse(new TextDecoder().decode(BODIES[n]))]))
  const order = Array.from({ length: 40 }, (_, i) => names[i % names.length])
  const got = await Promise.all(order.map((n) => client.request(`/replies/${n}`)))
  got.forEach((value, i) => assert.deepEqual(value, expected[order[i]], `call ${i} (${order[i]})`))
})

test('64 replies of 65–200 KB finishing together all settle with their own values (a batch over 1 MiB is settled over several turns)', async () => {
  // 10 MB of replies, each under the 256 KiB a reply may have to be settled in any turn: the calls
  // settled in the first turns go on while the rest wait for theirs; none is lost or crossed.
  const client = new MastraClient({ baseUrl })
  const names = ['ascii', 'latin1', 'utf16', 'justAbove']
  const expected = Object.fromEntries(names.map((n) => [n, JSON.parse(new TextDecoder().decode(BODIES[n]))]))
  const order = Array.from({ length: 64 }, (_, i) => names[i % names.length])
  const followUps = []
  const got = await Promise.all(
    order.map((n, i) =>
      client.request(`/replies/${n}`).then((value) => {
        // A caller that goes on with another call at once, as a request handler would.
        if (i % 8 === 0) followUps.push(client.request('/replies/justBelow'))
        return value
      }),
    ),
  )
  got.forEach((value, i) => assert.deepEqual(value, expected[order[i]], `call ${i} (${order[i]})`))
  const justBelow = JSON.parse(new TextDecoder().decode(BODIES.justBelow))
  for (const value of await Promise.all(followUps)) assert.deepEqual(value, justBelow)
})

for (const name of Object.keys(NOT_JSON)) {
  test(`a long ${name} reply that is not JSON fails, quoting its text as it came`, async () => {
    const text = NOT_JSON[name].toString()
    assert.throws(() => JSON.parse(text), SyntaxError)
    const client = new MastraClient({ baseUrl })
    await assert.rejects(client.request(`/replies/${name}`), (err) => {
      assert.equal(err.status, 200)
      assert.ok(err.message.includes(JSON.stringify(`${text.slice(0, 120)}…`)), err.message)
      return true
    })
  })
}
