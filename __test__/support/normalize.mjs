// Deep normalization of API results, so that two results of the same call made
// through two clients (client-js and the native package) compare equal with
// assert.deepStrictEqual even though the server made up fresh ids and times.
//
// Rules, by value pattern and by key name only (no per-call special cases):
//   - UUID-looking text, anywhere (whole value, inside a longer string, or an
//     object key), becomes `<uuid:N>`, N counting distinct UUIDs in order of
//     first appearance. Identity is kept: the same id twice gives the same N.
//     Object keys are visited in sorted order for this count, so the numbering
//     does not depend on key order (key order is checked apart, see sameJson).
//   - ISO-8601 date-times, anywhere in text, become `<time>`.
//   - Under a time-like key (`createdAt`, `startedAt`, `*_at`, `timestamp`,
//     `time`, `date`, `fromDate`, ...): numbers (epoch ms), date strings and
//     Date objects become `<time>`.
//   - Under a duration-like key (`duration`, `durationMs`, `elapsed`,
//     `latency`, ...): numbers become `<duration>`.
//   - Under an id-like key (`id`, `runId`, `traceId`, `*_id`, `*Ids`): long hex
//     strings (trace/span ids) become `<hex:N>`, numbered like UUIDs.
//   - Values the caller made different on purpose (e.g. one thread name per
//     client) are declared with `replace: [[stringOrRegExp, replacement], ...]`
//     and rewritten in every string and key before the rules above.
// Objects are rebuilt as plain objects (key order kept), arrays as arrays;
// `undefined` members are kept, as deepStrictEqual sees them.

const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const ISO_RE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g
const HEX_ID_RE = /^[0-9a-f]{16,}$/i

// camelCase `...At` (createdAt, startedAt, suspendedAt; not `format`), snake `..._at`,
// and whole names that hold a point in time.
const TIME_KEY_RE = /(?:[a-z0-9]At|_at)$|^(?:timestamp|time|date|ts|now|fromDate|toDate|startTime|endTime|lastModified)$/
const DURATION_KEY_RE = /(?:duration|elapsed|latency)(?:_?ms|_?ns|_?seconds|_s)?$|^took(?:ms)?$/i
const ID_KEY_RE = /^(?:id|ids)$|[a-z0-9](?:Id|Ids|ID)$|_ids?$/

/**
 * A normalizer keeps one numbering of ids across several values, e.g. all the
 * events of one stream. Use `normalize()` for a single value.
 * @param {{ replace?: Array<[string|RegExp, string]> }} [options]
 */
export function createNormalizer({ replace = [] } = {}) {
  const ids = new Map()
  const idFor = (kind, raw) => {
    const key = `${kind}:${raw.toLowerCase()}`
    if (!ids.has(key)) ids.set(key, `<${kind}:${ids.size + 1}>`)
    return ids.get(key)
  }
  const rules = replace.map(([from, to]) =>
    typeof from === 'string' ? [new RegExp(escapeRe(from), 'g'), to] : [new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g'), to],
  )

  function text(s) {
    for (const [re, to] of rules) s = s.replace(re, to)
    s = s.replace(UUID_RE, (m) => idFor('uuid', m))
    s = s.replace(ISO_RE, '<time>')
    return s
  }

  function value(v, key) {
    if (v instanceof Date) return '<time>'
    if (key !== undefined && TIME_KEY_RE.test(key)) {
      if (typeof v === 'number' && Number.isFinite(v)) return '<time>'
      if (typeof v === 'string' && v !== '' && !Number.isNaN(Date.parse(v))) return '<time>'
    }
    if (key !== undefined && DURATION_KEY_RE.test(key) && typeof v === 'number') return '<duration>'
    if (typeof v === 'string') {
      if (key !== undefined && ID_KEY_RE.test(key) && HEX_ID_RE.test(v)) return idFor('hex', v)
      return text(v)
    }
    if (Array.isArray(v)) return v.map((item) => value(item, key))
    if (v !== null && typeof v === 'object') {
      if (ArrayBuffer.isView(v)) return v
      const keys = Object.keys(v)
      const out = new Map()
      // Sorted visit for a key-order-independent numbering, original order for the output.
      for (const k of [...keys].sort()) out.set(k, [text(k), value(v[k], k)])
      const obj = {}
      for (const k of keys) {
        const [nk, nv] = out.get(k)
        obj[nk] = nv
      }
      return obj
    }
    return v
  }

  return {
    /** Normalizes any JSON-like value (see the rules above). */
    value: (v) => value(v, undefined),
    /** Normalizes free text: declared replacements, UUIDs and ISO date-times only. */
    text,
    /**
     * Normalizes a Server-Sent Events body: each `data:` line holding JSON is
     * parsed, normalized and printed again (key order kept); all other bytes,
     * framing included, are kept as they are.
     */
    sse(body) {
      return body.replace(/^data: ?(.*)$/gm, (line, payload) => {
        let parsed
        try {
          parsed = JSON.parse(payload)
        } catch {
          return text(line)
        }
        return `data: ${JSON.stringify(value(parsed, undefined))}`
      })
    },
  }
}

/** Normalizes one value with a fresh id numbering. */
export function normalize(v, options) {
  return createNormalizer(options).value(v)
}

/** Normalizes one Server-Sent Events body with a fresh id numbering. */
export function normalizeSse(body, options) {
  return createNormalizer(options).sse(body)
}

/** Normalizes one piece of free text with a fresh id numbering. */
export function normalizeText(s, options) {
  return createNormalizer(options).text(s)
}

/** Keys of an object tree in visiting order, as `path` strings, for key-order checks. */
export function keyOrder(v, path = '$', out = []) {
  if (Array.isArray(v)) v.forEach((item, i) => keyOrder(item, `${path}[${i}]`, out))
  else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    out.push(`${path}: ${Object.keys(v).join(',')}`)
    for (const k of Object.keys(v)) keyOrder(v[k], `${path}.${k}`, out)
  }
  return out
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
