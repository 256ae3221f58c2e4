// Records real Mastra server response bodies into bench/fixtures/, for the
// canned-response benchmark server (bench/native/src/bin/canned-server.rs).
//
//   node_modules/.bin/node bench/record.mjs [fixture ...]     (no names: all of them)
//
// Starts the real server fixture (tools/mastra-server.mjs) in this
// process, talks to it with plain fetch (no client library involved) and writes:
//   fixtures/agent-details.json   GET  /api/agents/echo-agent
//   fixtures/generate.json        POST /api/agents/echo-agent/generate   ("hello")
//   fixtures/stream.sse           POST /api/agents/echo-agent/stream     ("chunks:3")
//   fixtures/threads.json         GET  /api/memory/threads?...           (one thread)
// and, for the realistic rows (see bench/README.md):
//   fixtures/agents.json          GET  /api/agents (every agent of the test server, ~4 KB)
//   fixtures/history.json         a ~20 KB message history (what the `generate` row sends; made
//                                 here, not recorded: the same text generator as below)
//   fixtures/generate-5k.json     POST /api/agents/echo-agent/generate with one short (~130-character)
//                                 user message: a ~5 KB answer
//   fixtures/thread-messages.json GET  /api/memory/threads/:id/messages after 12 exchanges with
//                                 the echo agent (memory on), texts with accented words, CJK and emoji
// The canned server repeats the recorded text-delta event N times to make an
// N-chunk stream, the recorded thread ~5,000 times to make a 1 MB list, the recorded
// agents (new ids) to a ~31 KB agent list and the recorded messages (new ids) to ~1 MB.

import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMastraServer } from '../tools/mastra-server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, 'fixtures')
mkdirSync(out, { recursive: true })
const only = new Set(process.argv.slice(2))
const want = (name) => only.size === 0 || only.has(name)

// Deterministic chat-like text (mulberry32 PRNG): English words with accented words, CJK and
// emoji mixed in (about 3.5% of its characters, 9% of its UTF-8 bytes, are non-ASCII; in the
// thread-message body, whose ids, dates and keys are ASCII: ~2% of characters, ~5% of bytes).
function textMaker(seed) {
  let s = seed >>> 0
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
  const EN = (
    'the a to of and in for is on that with this it we you can be as are at your from have will our ' +
    'deployment plan release service agent workflow memory thread message customer order invoice ' +
    'report summary meeting schedule budget team review request response latency error retry ' +
    'database cache queue user account settings update version feature test build server client ' +
    'please could would should need want know think next week today tomorrow morning afternoon ' +
    'quickly carefully together already still again also only just maybe probably definitely'
  ).split(' ')
  const NON_ASCII = [
    'café', 'naïve', 'résumé', 'déjà vu', 'Zürich', 'São Paulo', 'señor', 'crème brûlée', 'façade', 'Ångström',
    'München', 'Kraków', 'coöperate', 'piñata', 'über', 'Dvořák', 'Øresund', 'jalapeño',
    '東京', '会議', '你好', '谢谢', '데이터', '감사합니다', 'こんにちは', 'ありがとう', '北京', '日本語',
    '🎉', '🚀', '👍', '✅', '😀', '🙏', '📅', '☕', '—', '…', '€', '°C', '“ok”',
  ]
  return (chars) => {
    let t = ''
    let sentence = 0
    while (t.length < chars) {
      let w = rnd() < 0.12 ? pick(NON_ASCII) : pick(EN)
      if (sentence === 0) w = w[0].toUpperCase() + w.slice(1)
      t += w
      sentence++
      if (sentence > 6 && rnd() < 0.15) {
        t += pick(['. ', '. ', '? ', '! ', ', '])
        sentence = t.endsWith(', ') ? 1 : 0
      } else t += ' '
    }
    return t.slice(0, chars).trimEnd() + '.'
  }
}

// Share of characters (code points) and of UTF-8 bytes outside ASCII.
function nonAscii(text) {
  const cps = [...text]
  const n = cps.filter((c) => c.codePointAt(0) > 0x7f).length
  const bytes = Buffer.byteLength(text)
  return `${((n / cps.length) * 100).toFixed(1)}% of characters, ${(((bytes - (cps.length - n)) / bytes) * 100).toFixed(1)}% of bytes non-ASCII`
}

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
  const save = (name, text, note = '') => {
    writeFileSync(join(out, name), text)
    console.log(`wrote fixtures/${name} (${Buffer.byteLength(text)} bytes${note ? `; ${note}` : ''})`)
  }

  if (want('agent-details.json')) save('agent-details.json', await call('/api/agents/echo-agent'))
  if (want('generate.json')) {
    save(
      'generate.json',
      await call('/api/agents/echo-agent/generate', {
        method: 'POST',
        body: { messages: [{ role: 'user', content: 'hello' }] },
      }),
    )
  }
  if (want('stream.sse')) {
    const sse = await call('/api/agents/echo-agent/stream', {
      method: 'POST',
      body: { messages: [{ role: 'user', content: 'chunks:3' }] },
    })
    if (!sse.includes('"type":"text-delta"') || !sse.trimEnd().endsWith('data: [DONE]')) {
      throw new Error('unexpected stream recording:\n' + sse.slice(0, 500))
    }
    save('stream.sse', sse)
  }
  if (want('threads.json')) {
    await call('/api/memory/threads?agentId=echo-agent', {
      method: 'POST',
      body: { resourceId: 'bench-user', title: 'Benchmark thread', metadata: { topic: 'bench', priority: 1 } },
    })
    save('threads.json', await call('/api/memory/threads?agentId=echo-agent&resourceId=bench-user'))
  }

  // --- realistic rows ---
  if (want('agents.json')) {
    const agents = await call('/api/agents')
    save('agents.json', agents, `${Object.keys(JSON.parse(agents)).length} agents`)
  }
  if (want('history.json')) {
    // 20 messages of ~900 characters, user and assistant in turn, then the user's question;
    // the last message's length is set so that {"messages":[...]} is 20 KiB of UTF-8.
    const text = textMaker(17)
    const history = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: text(880) }))
    const size = (h) => Buffer.byteLength(JSON.stringify({ messages: h }))
    const last = { role: 'user', content: '' }
    let chars = 40
    for (let i = 0; i < 4; i++) {
      last.content = text(chars)
      chars = Math.max(20, chars + (20 * 1024 - size([...history, last])))
    }
    history.push(last)
    save('history.json', JSON.stringify(history), `${size(history)} bytes as {"messages":[...]}, ${history.length} messages, ${nonAscii(JSON.stringify(history))}`)
  }
  if (want('generate-5k.json')) {
    // One user message whose echo makes a ~5 KiB answer (the reply text appears ~10 times in it).
    const text = textMaker(23)
    let chars = 200
    let body = ''
    for (let i = 0; i < 4; i++) {
      body = await call('/api/agents/echo-agent/generate', {
        method: 'POST',
        body: { messages: [{ role: 'user', content: text(chars) }] },
      })
      chars = Math.max(20, chars + Math.round((5 * 1024 - Buffer.byteLength(body)) / 11))
    }
    save('generate-5k.json', body)
  }
  if (want('thread-messages.json')) {
    const thread = JSON.parse(
      await call('/api/memory/threads?agentId=echo-agent', {
        method: 'POST',
        body: { resourceId: 'bench-user', title: 'Trip planning 🗺️', metadata: { topic: 'bench' } },
      }),
    )
    const text = textMaker(29)
    const lengths = [120, 480, 260, 900, 60, 350, 700, 180, 540, 90, 420, 300]
    for (const n of lengths) {
      await call('/api/agents/echo-agent/generate', {
        method: 'POST',
        body: { messages: [{ role: 'user', content: text(n) }], memory: { thread: thread.id, resource: 'bench-user' } },
      })
    }
    const page = await call(`/api/memory/threads/${thread.id}/messages?agentId=echo-agent&perPage=100`)
    const n = JSON.parse(page).messages.length
    if (n !== lengths.length * 2) throw new Error(`thread-messages: ${n} messages, expected ${lengths.length * 2}`)
    save('thread-messages.json', page, `${n} messages, ${nonAscii(page)}`)
  }
} finally {
  await close()
}
