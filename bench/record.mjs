// Records real Mastra server response bodies into bench/fixtures/, for the
// canned-response benchmark server (bench/native/src/bin/canned-server.rs).
//
//   node_modules/.bin/node bench/record.mjs
//
// Starts the real server fixture (tools/mastra-server.mjs) in this
// process, talks to it with plain fetch (no client library involved) and writes:
//   fixtures/agent-details.json   GET  /api/agents/echo-agent
//   fixtures/generate.json        POST /api/agents/echo-agent/generate   ("hello")
//   fixtures/stream.sse           POST /api/agents/echo-agent/stream     ("chunks:3")
//   fixtures/threads.json         GET  /api/memory/threads?...           (one thread)
// The canned server repeats the recorded text-delta event N times to make an
// N-chunk stream, and the recorded thread ~5,000 times to make a 1 MB list.

import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMastraServer } from '../tools/mastra-server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, 'fixtures')
mkdirSync(out, { recursive: true })

const { url, close } = await startMastraServer({ port: 0 })
try {
  const call = async (path, init = {}) => {
    const res = await fetch(url + path, {
      ...init,
      headers: init.body ? { 'content-type': 'application/json' } : {},
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${res.status}: ${text.slice(0, 300)}`)
    return text
  }
  const save = (name, text) => {
    writeFileSync(join(out, name), text)
    console.log(`wrote fixtures/${name} (${text.length} bytes)`)
  }

  save('agent-details.json', await call('/api/agents/echo-agent'))
  save(
    'generate.json',
    await call('/api/agents/echo-agent/generate', {
      method: 'POST',
      body: { messages: [{ role: 'user', content: 'hello' }] },
    }),
  )
  const sse = await call('/api/agents/echo-agent/stream', {
    method: 'POST',
    body: { messages: [{ role: 'user', content: 'chunks:3' }] },
  })
  if (!sse.includes('"type":"text-delta"') || !sse.trimEnd().endsWith('data: [DONE]')) {
    throw new Error('unexpected stream recording:\n' + sse.slice(0, 500))
  }
  save('stream.sse', sse)
  await call('/api/memory/threads?agentId=echo-agent', {
    method: 'POST',
    body: { resourceId: 'bench-user', title: 'Benchmark thread', metadata: { topic: 'bench', priority: 1 } },
  })
  save('threads.json', await call('/api/memory/threads?agentId=echo-agent&resourceId=bench-user'))
} finally {
  await close()
}
