/**
 * Compares two V8 heap snapshots of the server under test (`npm run bench:load --
 * --heap-snapshots` takes one after the warm-up and one at the end): live objects grouped by
 * constructor (or V8's own kind for strings, arrays, code…), with their count and shallow size,
 * sorted by growth. Shallow size, as DevTools' "Summary" shows it: enough to see which kind of
 * object accumulates; finding who holds them then needs the snapshot in DevTools.
 *
 *   node --max-old-space-size=8192 --import tsx bench/load/heap-diff.ts <first> <second> [--top 30]
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

interface Group {
  count: number
  bytes: number
}

/** Shallow size and count per group, for the live objects of one snapshot. */
export function summarise(snapshot: Snapshot): Map<string, Group> {
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const stride = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const groups = new Map<string, Group>()
  const { nodes, strings } = snapshot
  for (let i = 0; i < nodes.length; i += stride) {
    const type = types[nodes[i + typeAt] ?? 0] ?? 'unknown'
    const name = strings[nodes[i + nameAt] ?? 0] ?? ''
    // Objects by constructor; closures, strings, arrays, code… by their kind, as DevTools does.
    const key =
      type === 'object' || type === 'native'
        ? name.split(' ')[0] || `(${type})`
        : type === 'closure'
          ? '(closure)'
          : `(${type})`
    const group = groups.get(key) ?? { count: 0, bytes: 0 }
    group.count++
    group.bytes += nodes[i + sizeAt] ?? 0
    groups.set(key, group)
  }
  return groups
}

const load = (file: string) => summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot)

const isMain = process.argv[1]?.endsWith('heap-diff.ts')
if (isMain) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' } },
  })
  const [first, second] = positionals
  if (!first || !second) throw new Error('usage: heap-diff.ts <first> <second> [--top N]')
  const a = load(first)
  const b = load(second)
  const total = (g: Map<string, Group>) => [...g.values()].reduce((s, x) => s + x.bytes, 0)
  const mib = (n: number) => (n / 1024 / 1024).toFixed(2)
  console.log(`Live heap: ${mib(total(a))} MiB -> ${mib(total(b))} MiB`)
  const keys = new Set([...a.keys(), ...b.keys()])
  const rows = [...keys].map((key) => {
    const x = a.get(key) ?? { count: 0, bytes: 0 }
    const y = b.get(key) ?? { count: 0, bytes: 0 }
    return { key, x, y, delta: y.bytes - x.bytes }
  })
  rows.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta))
  console.log(
    `${'group'.padEnd(40)}${'count'.padStart(10)}${'→ count'.padStart(10)}${'MiB'.padStart(9)}${'→ MiB'.padStart(9)}${'Δ MiB'.padStart(9)}`,
  )
  for (const r of rows.slice(0, Number(values.top))) {
    console.log(
      `${r.key.slice(0, 39).padEnd(40)}${String(r.x.count).padStart(10)}${String(r.y.count).padStart(10)}` +
        `${mib(r.x.bytes).padStart(9)}${mib(r.y.bytes).padStart(9)}${mib(r.delta).padStart(9)}`,
    )
  }
}
