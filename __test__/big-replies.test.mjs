// Long JSON replies reach JavaScript as text prepared on the I/O thread (Latin-1 or UTF-16,
// the forms V8 stores strings in; external strings where Node has them): the value must be
// the one `fetch` + `JSON.parse` gives for the same bytes, for every kind of text and at
// every size around the threshold (64 KiB), invalid UTF-8 included (U+FFFD, as fetch does).

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import { createRequire } from 'node:module'

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
  // Invalid UTF-8 inside a string: a lone continuation byte and a cut 3-byte sequence.
  invalid: Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(70_000, 'x'), Buffer.from([0x80, 0xe6, 0x97]), Buffer.from('z","b":"日本"}')]),
}

let server
let baseUrl
before(async () => {
  server = http.createServer((req, res) => {
    const body = BODIES[req.url.split('/').pop()]
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
