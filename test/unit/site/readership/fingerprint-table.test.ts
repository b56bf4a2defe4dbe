/**
 * The typed-array set behind "Đang truy cập" and the once-per-visit rule (fingerprint-table.ts):
 * checked against a plain Map under random adds, touches and removals, with keys crowded onto a few
 * index slots so probing, wrap-around and backward-shift deletion are all exercised.
 */
import { describe, expect, it } from 'vitest'

import { FingerprintTable } from '@/site/readership/fingerprint-table'

let seed = 7
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed % n
}

/** Key number `n` as four words; the first word's low bits take only a few values (slot clashes). */
const key = (n: number) => Int32Array.of((n % 5) * 3 + 13, n, ~n, n * 7)

describe('fingerprint table', () => {
  it('finds, stamps and forgets exactly what a Map does, oldest first', () => {
    const capacity = 40
    const table = new FingerprintTable(capacity)
    // Key number → time; Map order is the table's least-recently-stamped order.
    const model = new Map<number, number>()
    for (let step = 0; step < 50_000; step++) {
      const n = random(120)
      const entry = table.find(key(n))
      expect(entry >= 0).toBe(model.has(n))
      const op = random(10)
      if (entry >= 0 && op < 3) {
        table.remove(entry)
        model.delete(n)
      } else if (entry >= 0) {
        table.touch(entry, step)
        model.delete(n)
        model.set(n, step)
      } else {
        if (table.size >= capacity) {
          const [oldest] = model.keys()
          expect(table.oldest).toBe(table.find(key(oldest!)))
          table.remove(table.oldest)
          model.delete(oldest!)
        }
        table.add(key(n), step)
        model.set(n, step)
      }
      expect(table.size).toBe(model.size)
    }
    for (const [n, time] of model) expect(table.time(table.find(key(n)))).toBe(time)
    expect(table.held()).toHaveLength(model.size)
    table.clear()
    expect(table.size).toBe(0)
    expect(table.find(key([...model.keys()][0]!))).toBe(-1)
    expect(table.held()).toEqual([])
  })
})
