/**
 * The short "what changed" line of an audit entry: the names of the fields that differ and,
 * for small scalar values, old → new. Secrets (passwords, hashes, salts, tokens, sessions, API
 * keys) are never shown, not even their names' values; bookkeeping fields are left out.
 */
const SECRET = /pass|hash|salt|token|secret|api_?key|session|lockUntil|loginAttempts/i
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'globalType', '_verified', 'mediaRefs'])
const MAX_VALUE = 60
export const MAX_SUMMARY = 500

type Record_ = Record<string, unknown>

/** Relationship values come populated or as ids depending on depth: compare ids only. */
function normalise(value: unknown): unknown {
  // An empty list and no value at all are the same to a reader of the log (a hasMany field
  // comes back [] once saved): no "categories: ∅ → []" noise.
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise)
  if (value && typeof value === 'object') {
    const object = value as Record_
    if ('id' in object && (typeof object.id === 'string' || typeof object.id === 'number'))
      return object.id
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, normalise(v)]))
  }
  return value ?? null
}

function shown(value: unknown): string | undefined {
  if (value === null) return '∅'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string' && value.length <= MAX_VALUE) return `"${value}"`
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const text = value.join(', ')
    return text.length <= MAX_VALUE ? `[${text}]` : undefined
  }
  return undefined
}

/** `title: "A" → "B"; body; categories: [x] → [x, y]`, cut to MAX_SUMMARY characters. */
export function summarizeChanges(before: unknown, after: unknown): string {
  const a = (before && typeof before === 'object' ? before : {}) as Record_
  const b = (after && typeof after === 'object' ? after : {}) as Record_
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  const parts: string[] = []
  for (const key of keys) {
    if (IGNORED.has(key)) continue
    const old = normalise(a[key])
    const now = normalise(b[key])
    if (JSON.stringify(old) === JSON.stringify(now)) continue
    if (SECRET.test(key)) {
      parts.push(key)
      continue
    }
    const from = shown(old)
    const to = shown(now)
    parts.push(from !== undefined && to !== undefined ? `${key}: ${from} → ${to}` : key)
  }
  return truncate(parts.join('; '))
}

export const truncate = (text: string, max = MAX_SUMMARY): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`
