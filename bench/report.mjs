// Targets, terminal table and SVG chart for a benchmark result (see run.mjs).
//
// Re-render from a saved result:  node bench/report.mjs [bench/results/latest.json]
// (prints the table and rewrites chart.svg next to the JSON file).

import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const num = (x) => typeof x === 'number' && Number.isFinite(x)

// ---------------------------------------------------------------------------
// Targets (issue 3). Ratios are native ÷ other, medians of per-round ratios.
// ---------------------------------------------------------------------------

export function evaluateTargets(r) {
  const c = r.canned ?? {}
  const cold = r.cold?.native
  const maxOf = (...xs) => (xs.some(num) ? Math.max(...xs.filter(num)) : null)
  const rows = [
    { id: 'get64.vsClientJs', label: 'GET @64 in flight: calls/s vs client-js', value: c['get@64']?.ratios?.vsClientJs, op: '>=', target: 5, fmt: 'x' },
    { id: 'get64.vsCeiling', label: 'GET @64 in flight: calls/s vs Rust ceiling', value: c['get@64']?.ratios?.vsCeiling, op: '>=', target: 0.9, fmt: '%' },
    { id: 'get1.vsClientJs', label: 'GET @1 in flight: calls/s vs client-js', value: c['get@1']?.ratios?.vsClientJs, op: '>=', target: 1.5, fmt: 'x' },
    { id: 'get1.vsCeiling', label: 'GET @1 in flight: calls/s vs Rust ceiling', value: c['get@1']?.ratios?.vsCeiling, op: '>=', target: 0.75, fmt: '%' },
    { id: 'get64.mainCpu', label: 'Main-thread CPU per call (GET @64) vs client-js', value: c['get@64']?.ratios?.mainCpuVsClientJs, op: '<=', target: 0.25, fmt: 'x' },
    { id: 'stream.rate', label: 'Stream of 10k chunks: chunks/s vs client-js', value: c.stream?.ratios?.vsClientJs, op: '>=', target: 3, fmt: 'x' },
    { id: 'stream.ttfc', label: 'Stream: time to first chunk vs client-js', value: c.stream?.ratios?.ttfcVsClientJs, op: '<=', target: 1, fmt: 'x' },
    { id: 'big.vsClientJs', label: '1 MB JSON response: calls/s vs client-js', value: c['big@1']?.ratios?.vsClientJs, op: '>=', target: 1, fmt: 'x' },
    { id: 'cold.loadMs', label: 'Cold start: load time (max of import/require)', value: maxOf(cold?.import?.loadMs, cold?.require?.loadMs), op: '<=', target: 10, fmt: 'ms' },
    { id: 'cold.loadRss', label: 'Cold start: RSS growth on load (max)', value: maxOf(cold?.import?.loadRssMB, cold?.require?.loadRssMB), op: '<=', target: 5, fmt: 'MB' },
    { id: 'memory.flat', label: `RSS flat over ${r.meta?.config?.memoryCalls ?? '200k'} calls (max deviation)`, value: r.memory?.calls?.native?.maxDeviationPct, op: '<=', target: 10, fmt: 'pct' },
  ]
  for (const t of rows) {
    if (!num(t.value)) {
      t.value = null
      t.pass = null
    } else t.pass = t.op === '>=' ? t.value >= t.target : t.value <= t.target
  }
  return rows
}

export function fmtValue(v, fmt) {
  if (!num(v)) return 'n/a'
  switch (fmt) {
    case 'x':
      return `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`
    case '%':
      return `${(v * 100).toFixed(0)}%`
    case 'pct':
      return `${v.toFixed(1)}%`
    case 'ms':
      return `${v.toFixed(1)} ms`
    case 'MB':
      return `${v.toFixed(1)} MB`
    default:
      return String(v)
  }
}

// ---------------------------------------------------------------------------
// Terminal.
// ---------------------------------------------------------------------------

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ')
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n')
}

const int = (x) => (num(x) ? Math.round(x).toLocaleString('en-US') : '-')
const f2 = (x) => (num(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '-')
const pair = (a, b) => `${f2(a)} / ${f2(b)}`

/** Stream rows (agent stream, workflow stream) carry a chunk count. */
const isStream = (s) => s.chunks !== undefined
/** The label of a scenario row. */
function rowLabel(id, s) {
  if (id === 'stream') return `stream ${s.chunks} chunks`
  if (id === 'workflowStream') return `workflow stream ${s.chunks} records`
  return id
}

// ---------------------------------------------------------------------------
// The realistic rows (issue 17): goals and labels.
// ---------------------------------------------------------------------------

/** Issue 17's goals, native ÷ client-js (throughput): `keep` rows only must not be slower. */
export const REALISTIC_GOALS = {
  'listAgents@1': { min: 4 },
  'listAgents@64': { min: 6 },
  'generate@1': { min: 1, keep: true },
  'generate@64': { min: 1, keep: true },
  'messages@1': { min: 2.5 },
  'messages@64': { min: 2.5 },
  'agentStream@1': { min: 3 },
  'agentStream@64': { min: 3 },
  'workflowStream@1': { min: 2 },
  'workflowStream@64': { min: 2 },
}

const kB = (n) => (num(n) ? (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`) : '')

/** `listAgents 32 KB @1`, ... from a realistic row id and the run's body sizes. */
function realisticLabel(id, s, meta) {
  const [row, c] = id.split('@')
  const b = meta?.realistic ?? {}
  const at = ` @${c}`
  switch (row) {
    case 'listAgents':
      return `listAgents ${kB(b.listAgents?.bytes) || '31 KB'}${at}`
    case 'generate':
      return `generate ${kB(b.generate?.requestBytes) || '20 KB'} → ${kB(b.generate?.responseBytes) || '5 KB'}${at}`
    case 'messages':
      return `thread messages ${kB(b.messages?.bytes) || '1 MB'}${at}`
    case 'agentStream':
      return `agent SSE ${s.chunks} chunks${at}`
    case 'workflowStream':
      return `workflow ${s.chunks} records${at}`
    default:
      return id
  }
}

function goalText(id, value) {
  const g = REALISTIC_GOALS[id]
  if (!g) return ''
  const target = g.keep ? 'keep, ≥ 1×' : `≥ ${g.min}×`
  return num(value) ? `${target} ${value >= g.min ? 'met' : 'MISS'}` : target
}

function serverTable(res, withCeiling, { label = rowLabel, unpinned = null, goals = false } = {}) {
  const rows = []
  // The server's CPU per call (streams: per chunk), when the run measured it.
  const serverCpu = Object.values(res ?? {}).some((s) => num(s.native?.serverCpuUs))
  for (const [id, s] of Object.entries(res ?? {})) {
    const cj = s.clientjs ?? {}
    const na = s.native ?? {}
    const ce = s.ceiling ?? {}
    const rate = (x) => (x.error ? 'ERROR' : int(x.chunksPerSec ?? x.callsPerSec))
    const lat = isStream(s) ? 'ttfcMs' : 'p50Ms'
    rows.push([
      label(id, s),
      rate(cj),
      rate(na),
      ...(withCeiling ? [rate(ce)] : []),
      fmtValue(s.ratios?.vsClientJs, 'x'),
      ...(unpinned ? [fmtValue(unpinned[id]?.ratios?.vsClientJs, 'x')] : []),
      ...(withCeiling ? [fmtValue(s.ratios?.vsCeiling, '%')] : []),
      ...(goals ? [goalText(id, s.ratios?.vsClientJs)] : []),
      pair(cj[lat], na[lat]),
      isStream(s) ? '' : pair(cj.p99Ms, na.p99Ms),
      pair(cj.mainCpuUs, na.mainCpuUs),
      withCeiling ? `${pair(cj.procCpuUs, na.procCpuUs)} / ${f2(ce.procCpuUs)}` : pair(cj.procCpuUs, na.procCpuUs),
      pair(cj.elu, na.elu),
      ...(serverCpu ? [withCeiling ? `${pair(cj.serverCpuUs, na.serverCpuUs)} / ${f2(ce.serverCpuUs)}` : pair(cj.serverCpuUs, na.serverCpuUs)] : []),
    ])
  }
  return table(
    [
      'scenario', 'client-js /s', 'native /s', ...(withCeiling ? ['ceiling /s'] : []), 'nat÷cjs', ...(unpinned ? ['unpinned'] : []),
      ...(withCeiling ? ['nat÷ceil'] : []), ...(goals ? ['goal (issue 17)'] : []),
      'p50|ttfc ms cjs/nat', 'p99 ms cjs/nat', 'main CPU µs cjs/nat', withCeiling ? 'proc CPU µs cjs/nat/ceil' : 'proc CPU µs cjs/nat', 'ELU cjs/nat',
      ...(serverCpu ? [withCeiling ? 'server CPU µs cjs/nat/ceil' : 'server CPU µs cjs/nat'] : []),
    ],
    rows,
  )
}

/**
 * Streams at a model's pace: the server sets the rate (events/s the same for both clients);
 * the client's CPU per event, and client-js's ÷ this package's, tell them apart.
 */
export function pacedTable(res) {
  const rows = []
  for (const [id, s] of Object.entries(res ?? {})) {
    const cj = s.clientjs ?? {}
    const na = s.native ?? {}
    // The pace as served: ms between two events of one stream.
    const gap = num(na.chunksPerSec) && na.chunksPerSec > 0 ? (s.concurrency * 1e3) / na.chunksPerSec : null
    const cpuRatio = s.ratios?.procCpuVsClientJs
    rows.push([
      realisticLabel(id, s),
      `${f2(gap)} ms`,
      `${int(cj.chunksPerSec)} / ${int(na.chunksPerSec)}`,
      pair(cj.procCpuUs, na.procCpuUs),
      num(cpuRatio) && cpuRatio > 0 ? `${(1 / cpuRatio).toFixed(2)}×` : '-',
      pair(cj.mainCpuUs, na.mainCpuUs),
      pair(cj.ttfcMs, na.ttfcMs),
      pair(cj.serverCpuUs, na.serverCpuUs),
    ])
  }
  return table(
    ['scenario', 'event every', 'events/s cjs/nat', 'proc CPU µs/event cjs/nat', 'cjs÷nat CPU', 'main CPU µs cjs/nat', 'ttfc ms cjs/nat', 'server CPU µs cjs/nat'],
    rows,
  )
}

/** The Next.js table: per bundler, client-js beside this package. */
export function nextjsTable(r) {
  const rows = [
    `Next.js 16 app, next start, /api/generate (agent.generate) at ${r.concurrency} in flight against the real Mastra server`,
    '',
    'bundler     client      calls/s   p50 ms   p99 ms   .next/server MB   cold start ms   build s',
    '----------  ---------  --------  -------  -------  ----------------  --------------  --------',
  ]
  for (const b of Object.values(r.builds)) {
    rows.push(
      [
        b.bundler.padEnd(10),
        b.client.padEnd(9),
        b.perSecond.toFixed(0).padStart(8),
        b.p50.toFixed(1).padStart(7),
        b.p99.toFixed(1).padStart(7),
        b.serverMB.toFixed(1).padStart(16),
        String(b.coldStartMs).padStart(14),
        (b.buildMs / 1000).toFixed(1).padStart(8),
      ].join('  '),
    )
  }
  return rows.join('\n')
}

export function printReport(r) {
  const out = []
  out.push(`\nmastra-client-native vs @mastra/client-js ${r.meta.contenders?.clientjs?.version ?? ''} — ${r.meta.quick ? 'QUICK run (numbers are indicative only)' : 'full run'}`)
  const pin = r.meta.config?.pin
  out.push(`${r.meta.node}, ${r.meta.cpu} × ${r.meta.cores}, ${r.meta.platform}${r.meta.commit ? `, commit ${r.meta.commit}` : ''}`)
  out.push(pin ? `servers pinned to CPU ${pin.server}, clients and ceiling to CPU ${pin.clients}` : 'no CPU pinning')
  out.push('\nCanned server (Rust, hyper, one thread; bodies recorded from the real server). /s = calls/s (streams: chunks/s);')
  out.push('CPU columns are per call (streams: per chunk): main = JS thread CPU, proc = whole process.\n')
  if (r.canned) out.push(serverTable(r.canned, true))
  if (r.realistic) {
    const b = r.meta?.realistic
    out.push(`\nRealistic workloads (canned server): bodies recorded from the real server at realistic sizes${b?.messages ? ` (thread messages: ${b.messages.nonAsciiCharsPct.toFixed(1)}% of characters, ${b.messages.nonAsciiBytesPct.toFixed(1)}% of bytes non-ASCII)` : ''},`)
    out.push(`streams written one event per network write; 1 and 64 calls (streams) in flight.${r.realisticUnpinned ? ' "unpinned": native ÷ client-js with server and clients free to share all cores.' : pin ? '' : ' No CPU pinning in this run.'}\n`)
    out.push(serverTable(r.realistic, true, { label: (id, s) => realisticLabel(id, s, r.meta), unpinned: r.realisticUnpinned, goals: true }))
    if (r.meta.tcpCongestion) out.push(`\nThe server's connections above use the system's TCP congestion control, ${r.meta.tcpCongestion}.`)
  }
  if (r.realisticReno) {
    out.push('\nThe stream rows again, the server\'s connections on reno (loss-based, as Linux\'s default cubic is). Under BBR a server')
    out.push('writing one event per write packs its writes into fewer segments when the client acknowledges later, so')
    out.push('there the full-speed rows measure a client\'s acknowledgements as much as its CPU.\n')
    out.push(serverTable(r.realisticReno, false, { label: (id, s) => realisticLabel(id, s, r.meta) }))
  }
  if (r.paced) {
    out.push("\nStreams at a model's pace (canned server: one event per network write, each about a millisecond after the one")
    out.push('before; the server sets the rate). CPU per event of the whole client process; cjs÷nat CPU = how many times less here.\n')
    out.push(pacedTable(r.paced))
  }
  if (r.real) {
    out.push('\nReal Mastra server (second process, same machine: server-bound, realistic)\n')
    out.push(serverTable(r.real, false))
  }
  if (r.nextjs) out.push(`\n${nextjsTable(r.nextjs)}`)
  const rows = []
  for (const [n, c] of Object.entries(r.cold ?? {})) {
    for (const how of ['import', 'require']) {
      if (c[how]) rows.push([`${n} ${how}()`, f2(c[how].loadMs), f2(c[how].loadRssMB), f2(c[how].firstCallMs), f2(c[how].totalRssMB)])
    }
  }
  if (rows.length) {
    out.push('\nCold start (fresh processes, medians)\n')
    out.push(table(['load', 'load ms', 'load RSS MB', 'first call ms', 'RSS MB after 1st call'], rows))
  }
  const mem = []
  for (const [n, m] of Object.entries(r.memory?.calls ?? {})) {
    mem.push([
      `${n}: ${int(m.calls)} calls @64`,
      `${f2(m.baseRssMB)} → ${f2(m.endRssMB)} MB`,
      `peak ${f2(m.peakRssMB)} MB`,
      `max dev ${f2(m.maxDeviationPct)}% (RSS − V8 heap: ${f2(m.offHeapMaxDeviationPct)}%)`,
    ])
  }
  for (const [n, m] of Object.entries(r.memory?.streams ?? {})) {
    mem.push([`${n}: ${int(m.streams)} streams open`, `${f2(m.beforeRssMB)} → ${f2(m.duringRssMB)} MB`, `+${f2(m.growthMB)} MB`, `${f2(m.perStreamKB)} KB/stream`])
  }
  if (mem.length) {
    out.push('\nMemory (fresh processes)\n')
    out.push(table(['probe', 'RSS', '', ''], mem))
  }
  out.push('\nTargets (one run)\n')
  out.push(
    table(
      ['target', 'measured', 'target', 'result'],
      (r.targets ?? []).map((t) => [t.label, fmtValue(t.value, t.fmt), `${t.op === '>=' ? '≥' : '≤'} ${fmtValue(t.target, t.fmt)}`, t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'MISS']),
    ),
  )
  if (r.problems?.length) {
    out.push('\nProblems:')
    for (const p of r.problems) out.push(`  - ${p.split('\n').slice(0, 6).join('\n    ')}`)
  }
  console.log(out.join('\n'))
}

// ---------------------------------------------------------------------------
// SVG chart (hand-written, no dependencies).
// ---------------------------------------------------------------------------

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

export function renderSvg(r) {
  const W = 960
  const c = r.canned ?? {}
  const TARGET = { 'get@1': 1.5, 'get@64': 5, stream: 3, 'big@1': 1 }
  const k = (x) => (!num(x) ? 'n/a' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e4 ? `${(x / 1e3).toFixed(1)}k` : Math.round(x).toLocaleString('en-US'))
  const rate = (x) => x?.chunksPerSec ?? x?.callsPerSec
  const bars = Object.entries(c).map(([id, s]) => ({
    id: isStream(s) ? rowLabel(id, s) : id.replace('@', ' @') + ' in flight',
    abs: `client-js ${k(rate(s.clientjs))}, native ${k(rate(s.native))}${isStream(s) ? ' chunks/s' : '/s'}`,
    native: s.ratios?.vsClientJs,
    ceiling: num(s.ratios?.clientJsVsCeiling) ? 1 / s.ratios.clientJsVsCeiling : null,
    target: TARGET[id],
  }))
  const realistic = Object.entries(r.realistic ?? {}).map(([id, s]) => ({
    id: realisticLabel(id, s, r.meta),
    abs: `client-js ${k(rate(s.clientjs))}, native ${k(rate(s.native))}${isStream(s) ? ' chunks/s' : '/s'}`,
    native: s.ratios?.vsClientJs,
    unpinned: r.realisticUnpinned?.[id]?.ratios?.vsClientJs,
    ceiling: num(s.ratios?.clientJsVsCeiling) ? 1 / s.ratios.clientJsVsCeiling : null,
    target: REALISTIC_GOALS[id]?.keep ? null : REALISTIC_GOALS[id]?.min,
  }))
  const all = [...bars, ...realistic].flatMap((b) => [b.native, b.ceiling, b.unpinned]).filter(num)
  const maxRatio = Math.max(10, ...all)
  const lo = Math.min(...all) < 0.5 ? 0.2 : 0.5
  const hi = [10, 20, 50, 100, 200, 500, 1000].find((x) => x >= maxRatio * 1.15) ?? maxRatio * 1.2
  const x0 = 270
  const x1 = W - 70
  const X = (v) => x0 + ((Math.log(Math.max(v, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (x1 - x0)
  const s = []
  let y = 30
  s.push(`<text x="20" y="${y}" class="h">mastra-client-native vs @mastra/client-js ${esc(r.meta?.contenders?.clientjs?.version ?? '')}: speed-up (canned server, one run, log scale)</text>`)
  y += 22
  s.push(`<rect x="${x0}" y="${y - 11}" width="12" height="10" fill="#2563eb"/><text x="${x0 + 17}" y="${y - 2}" class="s">mastra-client-native ÷ client-js</text>`)
  s.push(`<rect x="${x0 + 230}" y="${y - 11}" width="12" height="10" fill="#9ca3af"/><text x="${x0 + 247}" y="${y - 2}" class="s">pure-Rust reqwest ceiling ÷ client-js</text>`)
  s.push(`<line x1="${x0 + 480}" y1="${y - 6}" x2="${x0 + 494}" y2="${y - 6}" stroke="#dc2626" stroke-width="2" stroke-dasharray="3,2"/><text x="${x0 + 499}" y="${y - 2}" class="s">target</text>`)
  y += 14
  // One group of rows: bars of `kinds` ([key, color]) per row, a log axis under them.
  const group = (rows, kinds) => {
    const top = y
    const rowH = 10 + kinds.length * 14
    const bottom = top + rows.length * rowH
    for (const t of [0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].filter((t) => t >= lo && t <= hi)) {
      s.push(`<line x1="${X(t)}" y1="${top}" x2="${X(t)}" y2="${bottom}" stroke="${t === 1 ? '#111827' : '#e5e7eb'}" stroke-width="${t === 1 ? 1.2 : 1}"/>`)
      s.push(`<text x="${X(t)}" y="${bottom + 14}" class="s" text-anchor="middle">${t}×</text>`)
    }
    rows.forEach((b, i) => {
      const yy = top + i * rowH + 6
      s.push(`<text x="${x0 - 10}" y="${yy + 11}" class="l" text-anchor="end">${esc(b.id)}</text>`)
      s.push(`<text x="${x0 - 10}" y="${yy + 25}" class="s" text-anchor="end">${esc(b.abs)}</text>`)
      kinds.forEach(([k, color], j) => {
        const dy = j * 14
        const v = b[k]
        if (!num(v)) {
          if (k === 'native') s.push(`<text x="${x0 + 4}" y="${yy + dy + 10}" class="s">n/a</text>`)
          return
        }
        const w = Math.max(1, X(v) - x0)
        s.push(`<rect x="${x0}" y="${yy + dy}" width="${w.toFixed(1)}" height="12" fill="${color}"/>`)
        s.push(`<text x="${(x0 + w + 4).toFixed(1)}" y="${yy + dy + 10}" class="s">${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×</text>`)
      })
      if (b.target) s.push(`<line x1="${X(b.target)}" y1="${yy - 3}" x2="${X(b.target)}" y2="${yy + kinds.length * 14 + 1}" stroke="#dc2626" stroke-width="2" stroke-dasharray="3,2"/>`)
    })
    y = bottom
  }
  group(bars, [['native', '#2563eb'], ['ceiling', '#9ca3af']])
  if (realistic.length) {
    y += 44
    s.push(`<text x="20" y="${y}" class="h">Realistic workloads: recorded bodies, streams written one event per network write (goals: issue 17)</text>`)
    y += 22
    const unpinned = realistic.some((b) => num(b.unpinned))
    if (unpinned) {
      s.push(`<rect x="${x0}" y="${y - 11}" width="12" height="10" fill="#93c5fd"/><text x="${x0 + 17}" y="${y - 2}" class="s">native ÷ client-js, unpinned (server and clients share all cores)</text>`)
      y += 14
    }
    group(realistic, [['native', '#2563eb'], ...(unpinned ? [['unpinned', '#93c5fd']] : []), ['ceiling', '#9ca3af']])
  }
  const bottom = y
  y = bottom + 44
  s.push(`<text x="20" y="${y}" class="h">Targets</text>`)
  y += 8
  for (const t of r.targets ?? []) {
    y += 22
    const color = t.pass === null ? '#6b7280' : t.pass ? '#16a34a' : '#dc2626'
    const word = t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'MISS'
    s.push(`<text x="20" y="${y}" class="l">${esc(t.label)}</text>`)
    s.push(`<text x="${W - 250}" y="${y}" class="l" text-anchor="end">${esc(fmtValue(t.value, t.fmt))}</text>`)
    s.push(`<text x="${W - 240}" y="${y}" class="s">target ${t.op === '>=' ? '≥' : '≤'} ${esc(fmtValue(t.target, t.fmt))}</text>`)
    s.push(`<rect x="${W - 100}" y="${y - 13}" width="56" height="18" rx="4" fill="${color}"/><text x="${W - 72}" y="${y}" class="p" text-anchor="middle">${word}</text>`)
  }
  y += 30
  const m = r.meta ?? {}
  s.push(`<text x="20" y="${y}" class="s">${esc(`${m.quick ? 'QUICK run (indicative only). ' : ''}Node ${m.node}, ${m.cpu} × ${m.cores}${m.config?.pin ? `, server on CPU ${m.config.pin.server}, clients on CPU ${m.config.pin.clients}` : ''}, ${m.date?.slice(0, 10)}${m.commit ? `, commit ${m.commit}` : ''}.`)}</text>`)
  y += 16
  s.push(`<text x="20" y="${y}" class="s">Reproduce: npm run bench (see bench/README.md). Ratios are medians of per-round ratios; contenders alternate round by round.</text>`)
  const H = y + 16
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif">
<style>.h{font-size:15px;font-weight:600;fill:#111827}.l{font-size:13px;fill:#111827}.s{font-size:11px;fill:#374151}.p{font-size:11px;font-weight:700;fill:#fff}</style>
<rect width="100%" height="100%" fill="#fff"/>
${s.join('\n')}
</svg>
`
}

// ---------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json'))
  const r = JSON.parse(readFileSync(file, 'utf8'))
  r.targets = evaluateTargets(r)
  printReport(r)
  writeFileSync(join(dirname(file), 'chart.svg'), renderSvg(r))
}
